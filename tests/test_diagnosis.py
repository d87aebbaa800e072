"""Certificate validity, chain checks, failure causes, --strict and tables options (issue 12).

Cases no real capture shows (an expired or not-yet-valid certificate, an issuer without CA
flags, a path longer than a pathLenConstraint allows) are built with tlcp_synth: certificates
from ``cryptography``, the handshake written with the schemas, TCP from tcp_synth.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import tlcp_synth
from tlcp_synth import CONNECTION_TIME, CertSpec, standard_pki

PCAPS = Path(__file__).resolve().parent.parent / "pcaps"
DAY = dt.timedelta(days=1)


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    # wide lines: the assertions look for whole phrases, which a narrow pipe width would wrap
    return subprocess.run([sys.executable, "-m", "tlcp_decode", *args], capture_output=True,
                          text=True, timeout=300, env={**os.environ, "COLUMNS": "1000"})


def flow_of(capture: Path, *args: str) -> dict[str, Any]:
    out = cli(str(capture), "--json", "-q", "--jobs", "1", *args).stdout
    flows = [json.loads(line) for line in out.splitlines()]
    return next(f for f in flows if f.get("type") == "flow")


def checks_of(flow: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {c["name"]: c for c in flow["tlcp"]["checks"]}


def synth(tmp_path: Path, name: str, **changes: CertSpec) -> tlcp_synth.Synthetic:
    return tlcp_synth.rsa_client_auth_capture(tmp_path, name, standard_pki(**changes))


# -- validity at capture time, without --ca -------------------------------------------------

def test_validity_on_real_captures_passes() -> None:
    flow = flow_of(PCAPS / "gmssl" / "gmssl_ecdhe_sm4_cbc_sm3_clientauth.pcapng")
    checks = checks_of(flow)
    names = [n for n in checks if n.endswith("_certificate_validity")]
    assert {"server_sign_certificate_validity", "server_enc_certificate_validity",
            "client_sign_certificate_validity", "client_enc_certificate_validity",
            "server_chain2_certificate_validity"} <= set(names)
    assert all(checks[n]["ok"] for n in names)
    assert "valid at the connection time 2026-11-23" in checks[names[0]]["detail"]


@pytest.mark.parametrize(("spec", "ok", "words"), [
    (CertSpec("server.synth.test", "server_sign", issuer="sub",
              not_after=CONNECTION_TIME - 3 * DAY), False, "expired 3 day(s) before"),
    (CertSpec("server.synth.test", "server_sign", issuer="sub",
              not_before=CONNECTION_TIME + 2 * DAY), False, "not yet valid at the connection"),
    (CertSpec("server.synth.test", "server_sign", issuer="sub",
              not_after=CONNECTION_TIME + 10 * DAY + dt.timedelta(hours=1)), True,
     "expires within 10 day(s)"),
], ids=["expired", "not_yet_valid", "expires_soon"])
def test_validity_of_a_synthetic_certificate(tmp_path: Path, spec: CertSpec, ok: bool,
                                             words: str) -> None:
    capture = synth(tmp_path, "validity", server_sign=spec)
    check = checks_of(flow_of(capture.capture))["server_sign_certificate_validity"]
    assert check["ok"] is ok and words in check["detail"], check


def test_text_report_shows_signature_algorithm_and_key_size(tmp_path: Path) -> None:
    text = cli(str(PCAPS / "tongsuo" / "tongsuo_rsa_sm4_cbc_sm3.pcapng"), "--color", "never",
               "--jobs", "1").stdout
    assert "RSA 2048-bit, signed with sha256WithRSAEncryption" in text
    sm2 = cli(str(PCAPS / "gmssl" / "gmssl_ecc_sm4_cbc_sm3.pcapng"), "--color", "never",
              "--jobs", "1").stdout
    assert "SM2 256-bit, signed with" in sm2 and "SM2-with-SM3, key usage" in sm2


# -- chain checks with --ca -----------------------------------------------------------------

def _with_ca(tmp_path: Path, synthetic: tlcp_synth.Synthetic) -> dict[str, dict[str, Any]]:
    root = tmp_path / "root.pem"
    root.write_bytes(tlcp_synth.cert_pem(synthetic.certificates["root"]))
    return checks_of(flow_of(synthetic.capture, "--ca", str(root)))


def test_good_chain_says_what_was_and_was_not_verified(tmp_path: Path) -> None:
    checks = _with_ca(tmp_path, synth(tmp_path, "good"))
    detail = checks["server_sign_certificate_chain"]["detail"]
    assert checks["server_sign_certificate_chain"]["ok"]
    assert "issuers are CAs (basicConstraints cA, keyCertSign)" in detail
    assert "not verified: revocation" in detail
    assert checks["server_sign_enc_pair"]["ok"] and checks["client_sign_enc_pair"]["ok"]


def test_issuer_without_ca_flag_fails(tmp_path: Path) -> None:
    sub = CertSpec("Synth Sub CA", "sub", issuer="root", ca=False,
                   key_usage={"key_cert_sign", "crl_sign"})
    checks = _with_ca(tmp_path, synth(tmp_path, "no_ca_flag", sub=sub))
    check = checks["server_sign_certificate_chain"]
    assert not check["ok"] and "is not a CA (basicConstraints cA is not set)" in check["detail"]


def test_issuer_without_key_cert_sign_fails(tmp_path: Path) -> None:
    sub = CertSpec("Synth Sub CA", "sub", issuer="root", ca=True, key_usage={"crl_sign"})
    checks = _with_ca(tmp_path, synth(tmp_path, "no_cert_sign", sub=sub))
    assert "lacks keyCertSign" in checks["server_enc_certificate_chain"]["detail"]
    assert not checks["server_enc_certificate_chain"]["ok"]


def test_path_too_long_fails(tmp_path: Path) -> None:
    root = CertSpec("Synth Root CA", "root", ca=True, path_length=0,
                    key_usage={"key_cert_sign", "crl_sign"})
    checks = _with_ca(tmp_path, synth(tmp_path, "path_too_long", root=root))
    check = checks["client_sign_certificate_chain"]
    assert not check["ok"] and "path too long" in check["detail"], check


def test_expired_trust_anchor_fails(tmp_path: Path) -> None:
    root = CertSpec("Synth Root CA", "root", ca=True, path_length=1,
                    key_usage={"key_cert_sign", "crl_sign"},
                    not_after=CONNECTION_TIME - DAY)
    checks = _with_ca(tmp_path, synth(tmp_path, "old_root", root=root))
    check = checks["server_sign_certificate_chain"]
    assert not check["ok"] and "Synth Root CA" in check["detail"] and "not valid" in check["detail"]


def test_sign_and_enc_certificates_must_pair(tmp_path: Path) -> None:
    enc = CertSpec("other.synth.test", "server_sign", issuer="sub",
                   key_usage={"key_encipherment"})
    checks = _with_ca(tmp_path, synth(tmp_path, "unpaired", server_enc=enc))
    detail = checks["server_sign_enc_pair"]["detail"]
    assert not checks["server_sign_enc_pair"]["ok"]
    assert "subjects differ" in detail and "same public key" in detail


def test_real_chains_with_their_ca() -> None:
    checks = checks_of(flow_of(PCAPS / "gmssl" / "gmssl_ecdhe_sm4_cbc_sm3_clientauth.pcapng",
                               "--ca", str(PCAPS / "gmssl" / "pki" / "root_cert.pem")))
    for name in ("server_sign_certificate_chain", "server_enc_certificate_chain",
                 "client_sign_certificate_chain", "client_enc_certificate_chain",
                 "server_sign_enc_pair", "client_sign_enc_pair"):
        assert checks[name]["ok"], checks[name]


# -- failures explained ---------------------------------------------------------------------

@pytest.mark.parametrize(("capture", "cause"), [
    ("gmssl/gmssl_suite_mismatch_alert", "no cipher suite in common"),
    ("gmssl/gmssl_ecc_untrusted_ca_alert",
     "its chain probably does not lead to anything the client trusts"),
    ("tongsuo/tongsuo_clientauth_missing_alert", "the client sent none"),
    ("gmssl-segmented/19_alert_tls12_client_to_tlcp_server", "a TLS client"),
])
def test_each_failed_capture_names_its_likely_cause(capture: str, cause: str) -> None:
    flow = flow_of(PCAPS / f"{capture}.pcapng")
    first = next(a for a in flow["tlcp"]["alerts"] if a["level"] == "fatal")
    assert cause in first["likely_cause"]
    text = cli(str(PCAPS / f"{capture}.pcapng"), "--color", "never", "--jobs", "1").stdout
    assert "likely cause (an inference" in text


def test_offered_suites_are_named() -> None:
    text = cli(str(PCAPS / "gmssl" / "gmssl_ecc_two_suites_offered.pcapng"), "--color",
               "never", "--jobs", "1").stdout
    assert "offers 2 cipher suite(s): ECC_SM4_CBC_SM3, ECC_SM4_GCM_SM3" in text


def test_certificate_checks_run_on_a_failed_handshake() -> None:
    checks = checks_of(flow_of(PCAPS / "tongsuo" / "tongsuo_clientauth_missing_alert.pcapng"))
    assert not checks["client_certificate_sent"]["ok"]


def test_key_log_reasons(tmp_path: Path) -> None:
    capture = PCAPS / "gmssl" / "gmssl_ecc_sm4_cbc_sm3.pcapng"
    empty = tmp_path / "empty.keylog"
    empty.write_text("# nothing here\nnot a key log line\n")
    reason = flow_of(capture, "--keylog", str(empty))["tlcp"]["decryption"]["reason"]
    assert reason == "the key log has no usable line"
    other = PCAPS / "tongsuo" / "tongsuo_ecc_sm4_cbc_sm3.keylog"
    reason = flow_of(capture, "--keylog", str(other))["tlcp"]["decryption"]["reason"]
    assert reason.startswith("the key log holds nothing for this connection")
    line = (PCAPS / "gmssl" / "gmssl_ecc_sm4_cbc_sm3.keylog").read_text().split()
    wrong = tmp_path / "wrong.keylog"
    wrong.write_text(f"CLIENT_RANDOM {line[1]} {'00' * 48}\n")
    decryption = flow_of(capture, "--keylog", str(wrong))["tlcp"]["decryption"]
    assert decryption["status"] == "failed"
    assert decryption["reason"].startswith("the master secret does not match: c2s record 0")


# -- --strict -------------------------------------------------------------------------------

@pytest.mark.parametrize(("capture", "status"), [
    ("gmssl/gmssl_ecc_sm4_cbc_sm3", 0),
    ("gmssl/gmssl_suite_mismatch_alert", 1),  # handshake_complete fails
    ("tongsuo/tongsuo_clientauth_missing_alert", 1),
])
def test_strict_exits_1_on_any_failed_check(capture: str, status: int) -> None:
    assert cli(str(PCAPS / f"{capture}.pcapng"), "--strict", "-q", "--brief",
               "--jobs", "1").returncode == status


def test_strict_on_an_expired_certificate(tmp_path: Path) -> None:
    old = CertSpec("server.synth.test", "server_sign", issuer="sub",
                   not_after=CONNECTION_TIME - DAY)
    capture = synth(tmp_path, "strict_expired", server_sign=old)
    assert cli(str(capture.capture), "--jobs", "1", "-q").returncode == 0
    assert cli(str(capture.capture), "--strict", "--jobs", "1", "-q").returncode == 1


# -- tables ---------------------------------------------------------------------------------

def test_tables_csv_has_no_comment_line_and_takes_several_captures() -> None:
    static = cli("tables", "--format", "csv").stdout
    assert not any(line.startswith("#") for line in static.splitlines())
    one = PCAPS / "gmssl" / "gmssl_ecc_sm4_cbc_sm3.pcapng"
    two = PCAPS / "gmssl" / "gmssl_ecc_two_suites_offered.pcapng"
    three = PCAPS / "tongsuo" / "tongsuo_ecc_sm4_cbc_sm3.pcapng"
    out = cli("tables", "--format", "csv", "--capture", str(one), str(two), str(three)).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["server"] for r in rows} == {"127.0.0.1:24441", "127.0.0.1:24449",
                                           "127.0.0.1:34431"}
    positional = cli("tables", "--format", "csv", str(one), str(two), str(three)).stdout
    assert positional == out


def test_tables_in_chinese() -> None:
    text = cli("tables", "--lang", "zh").stdout
    assert "## 密码套件" in text and "| 编号" in text and "是" in text
    assert "Cipher suites" not in text
