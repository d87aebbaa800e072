"""Decryption end to end: key logs, server keys, Finished, signatures, plaintext = MANIFEST."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from conftest import CAPTURES, PCAPS, Capture, capture_ids, decode_json, flows

KEYLOGGED = [c for c in CAPTURES if c.keylog]
GMSSL_KEY = PCAPS / "gmssl" / "pki" / "server_enc_key.pem"
TONGSUO_KEY = PCAPS / "tongsuo" / "pki" / "sm2_server_enc.key"
REQUEST = b"GET / HTTP/1.0\r\nHost: server.tlcp.test\r\n\r\nhello tlcp\n"


def upload_body() -> bytes:
    return bytes((7 * i + 13) % 251 for i in range(60000))


def decryption(flow: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = flow["tlcp"]["decryption"]
    return result


@pytest.mark.parametrize("capture", KEYLOGGED, ids=[c.name.split("/")[-1] for c in KEYLOGGED])
def test_every_keylogged_capture_decrypts_completely(capture: Capture, tmp_path: Path) -> None:
    results = flows(decode_json(capture.path, "--keylog", str(capture.keylog_path),
                                "--dump-plaintext", str(tmp_path)))
    for flow in results:
        d = decryption(flow)
        assert d["status"] == "decrypted", d
        assert d["records_failed"] == 0
        failed = [c["name"] for c in flow["tlcp"]["checks"] if not c["ok"]]
        if capture.alerts:  # the server refused the handshake after the client's Finished
            assert d["finished_verified"] == {"client": True, "server": None}
            assert failed == ["handshake_complete"]
            continue
        assert d["finished_verified"] == {"client": True, "server": True}
        assert failed == []
        names = {c["name"] for c in flow["tlcp"]["checks"]}
        if not flow["tlcp"]["resumed"]:
            assert "server_key_exchange_signature" in names
        if any(h["type"] == "certificate_verify" for h in flow["tlcp"]["handshake"]):
            assert "certificate_verify_signature" in names
        # decrypted close_notify alerts
        assert all(a["description"] == "close_notify" for a in flow["tlcp"]["alerts"]
                   if a["encrypted"])
    files = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    expected_total = sum(decryption(f)["c2s_plaintext_bytes"] + decryption(f)["s2c_plaintext_bytes"]
                         for f in results)
    assert sum(len(v) for v in files.values()) == expected_total


def _plaintext(capture_suffix: str, tmp_path: Path, *keys: str) -> dict[str, bytes]:
    capture = next(c for c in CAPTURES if c.name.endswith(capture_suffix))
    args = list(keys) or ["--keylog", str(capture.keylog_path)]
    decode_json(capture.path, *args, "--dump-plaintext", str(tmp_path))
    return {p.name: p.read_bytes() for p in tmp_path.iterdir()}


def test_plaintext_equals_the_manifest_gmssl(tmp_path: Path) -> None:
    data = _plaintext("gmssl_ecc_sm4_gcm_sm3", tmp_path)
    assert data["1-c2s.bin"] == REQUEST
    assert data["1-s2c.bin"].startswith(b"HTTP/1.0 200 OK") and REQUEST in data["1-s2c.bin"]


def test_bigdata_upload_byte_for_byte(tmp_path: Path) -> None:
    data = _plaintext("gmssl_ecc_sm4_cbc_sm3_bigdata", tmp_path)
    header = b"POST /upload HTTP/1.0\r\nHost: server.tlcp.test\r\nContent-Length: 60000\r\n\r\n"
    assert data["1-c2s.bin"] == header + upload_body()


def test_tongsuo_download_byte_for_byte(tmp_path: Path) -> None:
    data = _plaintext("tongsuo_ecc_sm4_cbc_sm3_download", tmp_path)
    body = bytes((31 * i + 7) % 256 for i in range(100000))
    assert data["1-c2s.bin"] == b"GET /big.bin HTTP/1.0\r\n\r\n"
    assert data["1-s2c.bin"].endswith(body)


def test_segmented_exact_bytes_each_way(tmp_path: Path) -> None:
    data = _plaintext("12_ecc_sm4_cbc_sm3_large_mtu1500", tmp_path)
    folder = PCAPS / "tongsuo-segmented"
    assert data["1-c2s.bin"] == (folder / "12_ecc_sm4_cbc_sm3_large_mtu1500.c2s.txt").read_bytes()
    assert data["1-s2c.bin"] == (folder / "12_ecc_sm4_cbc_sm3_large_mtu1500.s2c.txt").read_bytes()


def test_echo_lines(tmp_path: Path) -> None:
    data = _plaintext("10_ecdhe_sm4_cbc_sm3_echo_lines_64x800", tmp_path)
    lines = data["1-c2s.bin"].split(b"\n")
    assert len(lines) == 801 and all(len(line) == 63 for line in lines[:-1])
    assert data["1-s2c.bin"] == data["1-c2s.bin"]


@pytest.mark.parametrize("suffix,key,password", [
    ("gmssl_ecc_sm4_cbc_sm3", GMSSL_KEY, "P@ssw0rd"),
    ("gmssl_ecc_sm4_gcm_sm3_bigdata", GMSSL_KEY, "P@ssw0rd"),
    ("tongsuo_ecc_sm4_cbc_sm3", TONGSUO_KEY, None),
])
def test_ecc_decrypts_from_the_server_key_alone(suffix: str, key: Path, password: str | None,
                                                tmp_path: Path) -> None:
    capture = next(c for c in CAPTURES if c.name.endswith(suffix))
    extra = ["--key", str(key)] + (["--key-password", password] if password else [])
    keylog = tmp_path / "written.keylog"
    (flow,) = flows(decode_json(capture.path, *extra, "--write-keylog", str(keylog)))
    d = decryption(flow)
    assert d["status"] == "decrypted" and d["key_source"] == "server_key"
    assert d["finished_verified"] == {"client": True, "server": True}
    assert "master_secret" not in d  # secrets only with --show-secrets
    # the written key log is the implementation's own
    theirs = [line.lower().split() for line in capture.keylog_path.read_text().splitlines()
              if line.startswith("CLIENT_RANDOM")]
    ours = [line.lower().split() for line in keylog.read_text().splitlines()]
    assert ours == theirs


def test_rsa_decrypts_from_the_rsa_key() -> None:
    capture = next(c for c in CAPTURES if c.name.endswith("tongsuo_rsa_sm4_cbc_sm3"))
    (flow,) = flows(decode_json(capture.path, "--key",
                                str(PCAPS / "tongsuo" / "pki" / "rsa_server_enc.key")))
    assert decryption(flow)["status"] == "decrypted"


def test_ecdhe_without_a_key_log_says_so() -> None:
    capture = next(c for c in CAPTURES if c.name.endswith("tongsuo_ecdhe_sm4_gcm_sm3"))
    (flow,) = flows(decode_json(capture.path, "--key", str(TONGSUO_KEY)))
    d = decryption(flow)
    assert d["status"] == "no_key" and "key log" in d["reason"]


def test_wrong_key_and_foreign_keylog_fail_per_flow() -> None:
    capture = next(c for c in CAPTURES if c.name.endswith("gmssl_ecc_sm4_cbc_sm3"))
    (flow,) = flows(decode_json(capture.path, "--key", str(TONGSUO_KEY)))
    assert decryption(flow)["status"] in ("failed", "no_key") and decryption(flow)["reason"]
    other = next(c for c in CAPTURES if c.name.endswith("tongsuo_ecc_sm4_cbc_sm3"))
    (flow,) = flows(decode_json(capture.path, "--keylog", str(other.keylog_path)))
    d = decryption(flow)
    assert d["status"] == "no_key" and d["reason"]
    assert flow["tlcp"]["cipher_suite"]["id"] == "0xe013"  # the rest is still decoded


def test_corrupted_record_is_a_clear_failure(tmp_path: Path) -> None:
    capture = next(c for c in CAPTURES if c.name.endswith("gmssl_ecc_sm4_gcm_sm3"))
    data = bytearray(capture.path.read_bytes())
    request = data.find(bytes.fromhex("170101"))  # first application data record
    assert request > 0
    data[request + 20] ^= 0xFF
    path = tmp_path / "flipped.pcapng"
    path.write_bytes(bytes(data))
    (flow,) = flows(decode_json(path, "--keylog", str(capture.keylog_path)))
    d = decryption(flow)
    assert d["status"] == "failed" and "tag" in d["reason"]


def test_flipped_signature_fails_the_check(tmp_path: Path) -> None:
    capture = next(c for c in CAPTURES if c.name.endswith("tongsuo_ecc_sm4_cbc_sm3"))
    data = bytearray(capture.path.read_bytes())
    ske = data.find(bytes.fromhex("0c0000"))  # ServerKeyExchange header
    assert ske > 0
    data[ske + 20] ^= 0x01  # inside the DER signature
    path = tmp_path / "flipped.pcapng"
    path.write_bytes(bytes(data))
    (flow,) = flows(decode_json(path, "--keylog", str(capture.keylog_path)))
    checks = {c["name"]: c for c in flow["tlcp"]["checks"]}
    assert checks["server_key_exchange_signature"]["ok"] is False


@pytest.mark.skipif(shutil.which("tshark") is None, reason="tshark is not installed")
def test_written_keylog_lets_wireshark_decrypt(tmp_path: Path) -> None:
    capture = next(c for c in CAPTURES if c.name.endswith("tongsuo_ecc_sm4_cbc_sm3"))
    keylog = tmp_path / "k.log"
    decode_json(capture.path, "--key", str(TONGSUO_KEY), "--write-keylog", str(keylog))
    out = subprocess.run(
        ["tshark", "-r", str(capture.path), "-d", f"tcp.port=={capture.port},tls", "-o",
         f"tls.keylog_file:{keylog}", "-Y", "http", "-T", "fields", "-e", "http.request.method"],
        capture_output=True, text=True, timeout=60)
    assert "GET" in out.stdout


def test_show_secrets() -> None:
    capture = CAPTURES[0]
    (flow,) = flows(decode_json(capture.path, "--keylog", str(capture.keylog_path),
                                "--show-secrets"))
    assert len(decryption(flow)["master_secret"]) == 96
    (flow,) = flows(decode_json(capture.path, "--keylog", str(capture.keylog_path)))
    secret = capture.keylog_path.read_text().split()[2].lower()
    assert secret not in str(flow).lower()


def test_capture_ids_cover_keylogs() -> None:
    assert len(KEYLOGGED) >= 15 and len(capture_ids()) == len(CAPTURES)


@pytest.mark.parametrize("suffix,ca,ok", [
    ("gmssl_ecc_sm4_cbc_sm3", PCAPS / "gmssl" / "pki" / "root_cert.pem", True),
    ("gmssl_ecc_sm4_cbc_sm3", PCAPS / "gmssl" / "pki" / "other_root_cert.pem", False),
    ("tongsuo_rsa_sm4_cbc_sm3", PCAPS / "tongsuo" / "pki" / "rsa_ca.crt", True),
    ("tongsuo_rsa_sm4_cbc_sm3", PCAPS / "tongsuo" / "pki" / "sm2_ca.crt", False),
    ("gmssl_ecdhe_sm4_cbc_sm3_clientauth", PCAPS / "gmssl" / "pki" / "root_cert.pem", True),
])
def test_certificate_chains_against_ca(suffix: str, ca: Path, ok: bool) -> None:
    capture = next(c for c in CAPTURES if c.name.endswith(suffix))
    (flow,) = flows(decode_json(capture.path, "--ca", str(ca)))
    chains = [c for c in flow["tlcp"]["checks"] if c["name"].endswith("_certificate_chain")]
    names = {c["name"] for c in chains}
    assert {"server_sign_certificate_chain", "server_enc_certificate_chain"} <= names
    if "clientauth" in suffix:
        assert "client_sign_certificate_chain" in names
    assert all(c["ok"] is ok for c in chains), chains


def test_forged_certificate_signature_fails_the_chain(tmp_path: Path) -> None:
    capture = next(c for c in CAPTURES if c.name.endswith("gmssl_ecc_sm4_cbc_sm3"))
    data = bytearray(capture.path.read_bytes())
    cert = data.find(bytes.fromhex("3082021a308201c0"))  # the signing certificate's TBS
    assert cert > 0
    data[cert + 20] ^= 0x01  # inside the serial number: the issuer's signature breaks
    path = tmp_path / "forged.pcapng"
    path.write_bytes(bytes(data))
    (flow,) = flows(decode_json(path, "--ca", str(PCAPS / "gmssl" / "pki" / "root_cert.pem")))
    checks = {c["name"]: c for c in flow["tlcp"]["checks"]}
    assert checks["server_sign_certificate_chain"]["ok"] is False
    assert checks["server_enc_certificate_chain"]["ok"] is True


def test_jobs_keep_order_secrets_and_plaintext(tmp_path: Path) -> None:
    """--jobs 2 on two files: same JSON as one process, key log and dumps of both files."""
    import json
    import sys

    gmssl = next(c for c in CAPTURES if c.name.endswith("gmssl_ecc_sm4_cbc_sm3"))
    tongsuo = next(c for c in CAPTURES if c.name.endswith("tongsuo_ecc_sm4_cbc_sm3"))
    common = [str(gmssl.path), str(tongsuo.path), "--json", "--quiet", "--keylog",
              str(gmssl.keylog_path), "--key", str(TONGSUO_KEY)]
    import contextlib
    import io

    from tlcp_decode.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(common) == 0
    sequential = flows([json.loads(line) for line in out.getvalue().splitlines()])
    keylog = tmp_path / "k.log"
    result = subprocess.run(
        [sys.executable, "-m", "tlcp_decode", *common, "--jobs", "2", "--write-keylog",
         str(keylog), "--dump-plaintext", str(tmp_path / "out")],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    parallel = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o for o in parallel if o["type"] == "flow"] == sequential
    assert len(keylog.read_text().splitlines()) == 2
    # each input in its own folder: position and file name (tlcp_decode.output_files)
    first = tmp_path / "out" / "1-gmssl_ecc_sm4_cbc_sm3.pcapng"
    assert (first / "1-c2s.bin").read_bytes() == REQUEST
    assert (tmp_path / "out" / "2-tongsuo_ecc_sm4_cbc_sm3.pcapng" / "1-c2s.bin").exists()
