"""OpenSSL 3.0's s_server and s_client (pcaps/openssl-cli/, MANIFEST.md): certificates with
Ed25519, Ed448, RSA-PSS and P-384 keys under an ECDSA CA, TLS 1.3 post-handshake client
authentication, client certificates a TLS 1.3 server refuses after the handshake's messages,
TLS 1.2 PSK without a certificate, OCSP stapling, small records, record padding, TLS 1.0."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

import pytest
from asn1crypto import pem
from conftest import PCAPS

from tlcp_decode.cli import main
from tlcp_decode.crypto import verify_certificate_signature

CLI = PCAPS / "openssl-cli"
CA = CLI / "pki" / "ca.pem"
CAPTURES = sorted(p.stem for p in CLI.glob("*.pcapng"))
#: the two handshakes a server refuses after the client's last flight
REFUSED = {"tls13_client_cert_refused", "tls13_client_cert_missing"}
#: a ClientHello the server refuses at once
FALLBACK = "tls11_fallback_scsv"
#: a HelloRetryRequest with a cookie, the second ClientHello left unanswered
STATELESS = "tls13_hrr_cookie_stateless"
#: the server's certificate key in each capture that has one
SERVER_KEYS = {
    "tls13_ed25519": ("Ed25519", None), "tls12_ed25519": ("Ed25519", None),
    "tls13_ed448": ("Ed448", None), "tls13_rsa_pss_key": ("RSA", 2048),
    "tls12_rsa_pss_key": ("RSA", 2048), "tls12_ecdsa_p384": ("EC", 384),
}


def flows(name: str, *extra: str) -> list[dict[str, Any]]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main([str(CLI / f"{name}.pcapng"), "--keylog", str(CLI / f"{name}.keylog"),
                     *extra, "--json", "--jobs", "1"]) == 0
    objects = [json.loads(line) for line in out.getvalue().splitlines()]
    return [o["tlcp"] for o in objects if o["type"] == "flow"]


def only_flow(name: str, *extra: str) -> dict[str, Any]:
    (flow,) = flows(name, *extra)
    return flow


def checks(flow: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {c["name"]: c for c in flow["checks"]}


def test_the_folder_holds_every_case() -> None:
    assert len(CAPTURES) == 23
    assert all((CLI / f"{name}.keylog").is_file() for name in CAPTURES)


@pytest.mark.parametrize("name", [n for n in CAPTURES if n not in (FALLBACK, STATELESS)])
def test_handshakes_complete_and_decrypt(name: str) -> None:
    flow = only_flow(name)
    assert all(m["expected"] for m in flow["handshake"]), name
    assert flow["handshake_state"] == "established"
    assert flow["handshake_complete"] is (name not in REFUSED)
    assert not flow["resumed"]
    assert flow["decryption"]["status"] == "decrypted"
    assert flow["decryption"]["finished_verified"] == {"client": True, "server": True}
    if name not in REFUSED:  # (a refused client may not have written yet)
        assert flow["decryption"]["c2s_plaintext_bytes"] >= len(b"hello\n")


@pytest.mark.parametrize("name", sorted(SERVER_KEYS))
def test_certificates_with_other_keys_are_summarised(name: str) -> None:
    """asn1crypto fails on an Ed25519 key's size: the certificate still parses."""
    leaf = only_flow(name)["certificates"]["server"][0]
    assert "error" not in leaf or not leaf["error"]
    assert (leaf["key_type"], leaf["key_bits"]) == SERVER_KEYS[name]
    assert leaf["subject"] == "CN=localhost"
    assert leaf["signature_algorithm"] == "ecdsa-with-SHA256"


@pytest.mark.parametrize("name", [n for n in CAPTURES
                                  if n not in ("tls12_psk", FALLBACK, STATELESS)])
def test_chains_signed_with_ecdsa_lead_to_the_trusted_ca(name: str) -> None:
    """Every leaf here is signed by a P-256 CA with ECDSA: --ca verifies it (it failed every
    chain whose CA was not SM2 or RSA)."""
    chain = checks(only_flow(name, "--ca", str(CA)))["server_single_certificate_chain"]
    assert chain["ok"], chain["detail"]
    assert "leads to the trusted CA CN=rt-ca" in chain["detail"]


def test_a_chain_to_another_ca_is_not_trusted() -> None:
    other = PCAPS / "openssl" / "pki" / "ca.pem"
    chain = checks(only_flow("tls13_ed25519", "--ca", str(other)))[
        "server_single_certificate_chain"]
    assert not chain["ok"]
    assert "no certificate of its issuer CN=rt-ca" in chain["detail"]


def _der(path: Path) -> bytes:
    return pem.unarmor(path.read_bytes())[2]


@pytest.mark.parametrize("leaf", ["ed25519", "ed448", "rsapss", "p384", "rsa", "client"])
def test_certificate_signatures_by_an_ecdsa_ca(leaf: str) -> None:
    cert, ca = _der(CLI / "pki" / f"{leaf}.pem"), _der(CA)
    check = verify_certificate_signature(cert, ca)
    assert check.ok, check.detail
    assert "sha256_ecdsa" in check.detail
    # the signature's last byte changed: the same check fails
    tampered = cert[:-1] + bytes([cert[-1] ^ 1])
    assert not verify_certificate_signature(tampered, ca).ok
    # signed by the CA, not by another key: a leaf does not verify its own certificate
    assert not verify_certificate_signature(cert, cert).ok


def test_post_handshake_authentication() -> None:
    """RFC 8446 4.6.2: a CertificateRequest after the handshake, answered with Certificate,
    CertificateVerify and Finished, each checked against that exchange's transcript; the
    Finished with the client's application traffic secret, changing no keys."""
    flow = only_flow("tls13_post_handshake_auth")
    types = [(m["dir"], m["type"]) for m in flow["handshake"]]
    assert types.count(("s2c", "certificate_request")) == 2
    assert types.count(("c2s", "finished")) == 2
    found = checks(flow)
    for name in ("client_finished", "server_finished", "client_certificate_verify",
                 "client_post_handshake_certificate_verify", "client_post_handshake_finished"):
        assert found[name]["ok"], (name, found[name]["detail"])
    # the client's data after the exchange decrypts with the same keys
    assert flow["decryption"]["c2s_plaintext_bytes"] == len(b"hello\nafter\n")
    assert flow["decryption"]["s2c_plaintext_bytes"] == len(b"server-line\n")
    assert flow["decryption"]["key_updates"] == 0


@pytest.mark.parametrize(("name", "alert", "cause"), [
    ("tls13_client_cert_refused", "unsupported_certificate",
     "the server rejected the client's certificate (CN=localhost)"),
    ("tls13_client_cert_missing", "certificate_required",
     "the server asked for a client certificate (CertificateRequest) and the client sent none"),
])
def test_a_tls13_server_refusing_the_client_flight(name: str, alert: str, cause: str) -> None:
    """Both Finished came, then the server's fatal alert: the handshake did not complete."""
    flow = only_flow(name)
    complete = checks(flow)["handshake_complete"]
    assert not complete["ok"]
    assert f"the server refused the handshake with a fatal {alert}" in complete["detail"]
    (fatal,) = [a for a in flow["alerts"] if a["level"] == "fatal"]
    assert fatal["description"] == alert
    assert cause in fatal["likely_cause"]


def test_tls12_psk_without_a_certificate() -> None:
    """RFC 4279: ServerHello then ServerHelloDone (no identity hint): a full handshake."""
    flow = only_flow("tls12_psk")
    assert [m["type"] for m in flow["handshake"]][:3] == [
        "client_hello", "server_hello", "server_hello_done"]
    assert flow["cipher_suite"]["name"] == "TLS_PSK_WITH_AES_128_GCM_SHA256"
    assert not flow["certificates"].get("server")


def test_ocsp_stapling_is_explained(capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # the ladder's line unwrapped
    assert main([str(CLI / "tls12_ocsp_stapling.pcapng"), "--jobs", "1"]) == 0
    assert "the server's OCSP response for its certificate" in capsys.readouterr().out


@pytest.mark.parametrize(("name", "sent"), [
    ("tls10_ecdhe_rsa_cbc", b"hello\n"),
    ("tls10_mac_then_encrypt", b"hello\nsecond line\n"),
    ("tls11_ecdhe_rsa_cbc", b"hello\nsecond line\n"),
])
def test_tls10_and_tls11_decrypt(name: str, sent: bytes, tmp_path: Path) -> None:
    """TLS 1.0 and 1.1: the PRF of MD5 with SHA-1 (RFC 2246 5) for the key block and both
    Finished; TLS 1.0's records carry no IV, each continuing the CBC chain of the record before
    (with and without encrypt_then_mac): the second record of a direction decrypts too."""
    flow = only_flow(name, "--dump-plaintext", str(tmp_path))
    assert flow["decryption"]["status"] == "decrypted"
    assert flow["decryption"]["finished_verified"] == {"client": True, "server": True}
    (c2s,) = tmp_path.glob("*c2s*")
    assert c2s.read_bytes() == sent
    assert only_flow(name, "--crypto")["crypto"]["prf"] == "MD5+SHA1"


def test_tls10_rsa_key_transport_with_the_server_key(tmp_path: Path) -> None:
    """No key log: the pre-master secret from the ClientKeyExchange with the server's key, the
    master secret from it with TLS 1.0's PRF over the session hash (MD5 || SHA-1)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main([str(CLI / "tls10_rsa_key_transport.pcapng"), "--key",
                     str(CLI / "pki" / "rsa.key"), "--dump-plaintext", str(tmp_path), "--json",
                     "--jobs", "1"]) == 0
    (flow,) = [json.loads(line)["tlcp"] for line in out.getvalue().splitlines()
               if json.loads(line)["type"] == "flow"]
    assert flow["decryption"]["key_source"] == "server_key"
    assert flow["decryption"]["finished_verified"] == {"client": True, "server": True}
    (c2s,) = tmp_path.glob("*c2s*")
    assert c2s.read_bytes() == b"hello\nsecond line\n"


def test_a_fallback_the_server_refuses() -> None:
    """RFC 7507: TLS_FALLBACK_SCSV in a TLS 1.1 ClientHello, the server speaks TLS 1.3."""
    flow = only_flow(FALLBACK)
    (alert,) = flow["alerts"]
    assert (alert["dir"], alert["description"]) == ("s2c", "inappropriate_fallback")
    assert alert["likely_cause"].startswith(
        "the ClientHello is a retry at a lower version (it offers TLS_FALLBACK_SCSV, version "
        "TLS 1.1)")
    assert not checks(flow)["handshake_complete"]["ok"]


def test_a_hello_retry_request_for_a_cookie(capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A HelloRetryRequest without a key_share (a cookie) is not 'another key share (-)'."""
    flow = only_flow(STATELESS)
    assert flow["hello_retry_request"] and flow["tls"]["retry_group"] is None
    assert [m["type"] for m in flow["handshake"]].count("client_hello") == 2
    monkeypatch.setenv("COLUMNS", "200")
    assert main([str(CLI / f"{STATELESS}.pcapng"), "--jobs", "1"]) == 0
    out = capsys.readouterr().out
    assert "the server asked for the ClientHello again without naming a group" in out
    assert "another key share" not in out


def test_a_wrong_tls13_secret_is_said_in_chinese(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A record that does not open with its epoch's keys: the reason, in a Chinese report, is
    Chinese, the epoch named too (it was an English sentence)."""
    lines = (CLI / "tls13_ed25519.keylog").read_text().splitlines()
    wrong = [line[:-1] + ("0" if line[-1] != "0" else "1")
             if line.startswith("SERVER_HANDSHAKE_TRAFFIC_SECRET") else line for line in lines]
    keylog = tmp_path / "wrong.keylog"
    keylog.write_text("\n".join(wrong) + "\n")
    monkeypatch.setenv("COLUMNS", "300")  # the reason on one line
    assert main([str(CLI / "tls13_ed25519.pcapng"), "--keylog", str(keylog), "--lang", "zh",
                 "--jobs", "1"]) in (0, 1)
    out = capsys.readouterr().out
    assert "第 6 帧的记录无法用 握手 阶段的密钥解密" in out
    assert "does not decrypt" not in out


def test_each_post_handshake_finished_reads_its_own_exchange() -> None:
    """Two post-handshake authentications, the second failed: the ladder says so of the
    second Finished, not the first exchange's verdict of both."""
    from types import SimpleNamespace

    from tlcp_decode.report import i18n, tls_text

    i18n.set_language("en")  # (a test before may have left another)

    def message(direction: str, kind: str) -> SimpleNamespace:
        return SimpleNamespace(direction=direction, type=kind)

    messages = [message("c2s", "client_hello"), message("s2c", "finished"),
                message("c2s", "finished")]
    for _exchange in range(2):
        messages += [message("s2c", "certificate_request"), message("c2s", "certificate"),
                     message("c2s", "certificate_verify"), message("c2s", "finished")]
    checks = [SimpleNamespace(name="client_post_handshake_finished", ok=ok)
              for ok in (True, False)]
    session = SimpleNamespace(messages=messages, checks=checks)
    finished = [m for m in messages if m.type == "finished" and m.direction == "c2s"]
    phrases = [tls_text._post_handshake_phrase(
        session, "finished", tls_text._post_handshake_exchange(session, m))  # type: ignore
        for m in finished[1:]]
    assert phrases == ["post-handshake authentication: decrypted; verify_data matches its "
                       "transcript", "post-handshake authentication: decrypted; verify_data "
                       "does NOT match its transcript"]
    assert tls_text._post_handshake_exchange(session, finished[0]) is None  # type: ignore
