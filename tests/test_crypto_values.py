"""tlcp.crypto (issue 15): every cryptographic value, checked against the implementations' own
traces, the MANIFEST's certificates, the key logs, and a PRF written here independently of
tlcp_decode.crypto.prf (cryptography's HMAC and ten lines of P_hash)."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path
from typing import Any

import pytest
from asn1crypto import pem, x509
from conftest import CAPTURES, PCAPS, Capture, decode_json, flows
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

GMSSL_KEY = ["--key", str(PCAPS / "gmssl" / "pki" / "server_enc_key.pem"),
             "--key-password", "P@ssw0rd"]
TONGSUO_SM2_KEY = ["--key", str(PCAPS / "tongsuo" / "pki" / "sm2_server_enc.key")]
TONGSUO_RSA_KEY = ["--key", str(PCAPS / "tongsuo" / "pki" / "rsa_server_enc.key")]


def capture(suffix: str) -> Capture:
    return next(c for c in CAPTURES if c.name.endswith(suffix))


def crypto_of(path: Path, *extra: str) -> dict[str, Any]:
    (flow,) = flows(decode_json(path, "--crypto", *extra))
    values: dict[str, Any] = flow["tlcp"]["crypto"]
    return values


# -- an independent PRF (GB/T 38636-2020 6.5.2 / RFC 5246 5) ----------------------------------


def _hmac(algorithm: hashes.HashAlgorithm, key: bytes, data: bytes) -> bytes:
    h = hmac.HMAC(key, algorithm)
    h.update(data)
    return h.finalize()


def prf(algorithm: hashes.HashAlgorithm, secret: bytes, label: bytes, seed: bytes,
        length: int) -> bytes:
    seed = label + seed
    out, a = b"", seed
    while len(out) < length:
        a = _hmac(algorithm, secret, a)
        out += _hmac(algorithm, secret, a + seed)
    return out[:length]


HASHES: dict[str, hashes.HashAlgorithm] = {"SM3": hashes.SM3(), "SHA256": hashes.SHA256()}


def check_derivation(values: dict[str, Any], cbc: bool) -> None:
    """master secret (from the pre-master when known), key block and verify_data, recomputed."""
    algorithm = HASHES[values["prf"]]
    client_random = bytes.fromhex(values["client_random"])
    server_random = bytes.fromhex(values["server_random"])
    master = bytes.fromhex(values["master_secret"])
    if values["pre_master_secret"] is not None:
        pre_master = bytes.fromhex(values["pre_master_secret"])
        assert len(pre_master) == 48 and pre_master[:2] == b"\x01\x01"
        assert prf(algorithm, pre_master, b"master secret", client_random + server_random,
                   48) == master
    block = values["key_block"]
    mac_length, key_length, iv_length = (32, 16, 16) if cbc else (0, 16, 4)
    assert (block["mac_key_length"], block["key_length"], block["iv_length"]) == (
        mac_length, key_length, iv_length)
    expected = prf(algorithm, master, b"key expansion", server_random + client_random,
                   2 * (mac_length + key_length + iv_length))
    assert block["block"] == expected.hex()
    parts = {}
    offset = 0
    for name, size in (("client_write_mac_key", mac_length), ("server_write_mac_key", mac_length),
                       ("client_write_key", key_length), ("server_write_key", key_length),
                       ("client_write_iv", iv_length), ("server_write_iv", iv_length)):
        parts[name] = expected[offset:offset + size].hex() if size else None
        offset += size
    assert {name: block[name] for name in parts} == parts
    for side in ("client", "server"):
        fin = values["finished"][side]
        verify_data = prf(algorithm, master, f"{side} finished".encode(),
                          bytes.fromhex(fin["transcript_hash"]), 12)
        assert fin["computed"] == fin["received"] == verify_data.hex() and fin["match"]


# -- the implementations' traces --------------------------------------------------------------


def trace_value(trace: str, anchor: str, label: str) -> str:
    """The hex printed on the first ``label...: HEX`` line after ``anchor``."""
    start = trace.index(anchor)
    match = re.compile(rf"^\s*{label}[^:\n]*: ([0-9A-Fa-f]+)\s*$", re.M).search(trace, start)
    assert match is not None, (anchor, label)
    return match.group(1).lower()


def der_integers(der: bytes) -> list[bytes]:
    """The contents of the top-level SEQUENCE's elements (a ten-line DER reader)."""
    def header(data: bytes, i: int) -> tuple[int, int]:
        length = data[i + 1]
        if length < 0x80:
            return i + 2, length
        n = length & 0x7F
        return i + 2 + n, int.from_bytes(data[i + 2:i + 2 + n], "big")
    i, _ = header(der, 0)
    out = []
    while i < len(der):
        start, length = header(der, i)
        out.append(der[start:start + length])
        i = start + length
    return out


def sign_certificate_key(path: Path) -> bytes:
    data = path.read_bytes()
    der = pem.unarmor(data)[2] if pem.detect(data) else data
    return bytes(x509.Certificate.load(der).public_key["public_key"].contents[1:])


TONGSUO_TRACES = [("tongsuo_ecc_sm4_cbc_sm3", "ECC"), ("tongsuo_ecdhe_sm4_gcm_sm3", "ECDHE"),
                  ("tongsuo_rsa_sm4_cbc_sm3", "RSA"), ("tongsuo_ecc_sm4_cbc_sm3_download", "ECC")]


@pytest.mark.parametrize("suffix,kx", TONGSUO_TRACES)
def test_public_values_equal_tongsuo_trace(suffix: str, kx: str) -> None:
    cap = capture(suffix)
    trace = (PCAPS / f"{cap.name}.client-trace.txt").read_text()
    values = crypto_of(cap.path)  # public values: no key needed
    ske = values["server_key_exchange"]
    assert ske["valid"] is True
    cke = values["client_key_exchange"]
    if kx == "RSA":  # Tongsuo's trace cannot parse the RSA ServerKeyExchange
        assert ske["algorithm"] == "RSA" and ske["signature_rs"] is None
        assert cke["encrypted_pre_master"] == trace_value(
            trace, "ClientKeyExchange, Length", "EncryptedPreMasterSecret")
        n = ske["signer_public_key"]["modulus"]
        from cryptography import x509 as cx509
        cert = cx509.load_pem_x509_certificate(
            (PCAPS / "tongsuo" / "pki" / "rsa_server_sign.crt").read_bytes())
        numbers = cert.public_key().public_numbers()  # type: ignore[union-attr]
        assert int(n, 16) == numbers.n and ske["signer_public_key"]["exponent"] == numbers.e
        return
    signature = trace_value(trace, "ServerKeyExchange, Length", "Signature")
    assert ske["signature_der"] == signature
    r, s = decode_dss_signature(bytes.fromhex(signature))
    assert ske["signature_rs"] == (r.to_bytes(32, "big") + s.to_bytes(32, "big")).hex()
    assert ske["signer_public_key"] == sign_certificate_key(
        PCAPS / "tongsuo" / "pki" / "sm2_server_sign.crt").hex()
    assert ske["signer_certificate"]["role"] == "sign"
    assert ske["sm2_id"] == "1234567812345678" and len(ske["z"]) == len(ske["e"]) == 64
    if kx == "ECC":
        der = trace_value(trace, "ClientKeyExchange, Length", "EncryptedPreMasterSecret")
        assert cke["encrypted_pre_master_der"] == der
        x, y, c3, c2 = der_integers(bytes.fromhex(der))
        c1 = b"\x04" + int.from_bytes(x, "big").to_bytes(32, "big") + \
            int.from_bytes(y, "big").to_bytes(32, "big")
        assert (cke["c1"], cke["c3"], cke["c2"]) == (c1.hex(), c3.hex(), c2.hex())
        assert cke["c1c3c2"] == (c1 + c3 + c2).hex()
    else:
        assert cke["curve"] == "curveSM2"  # the IANA name of the SM2 curve (RFC 8998)
        assert cke["server_public_point"] == trace_value(trace, "ServerKeyExchange, Length",
                                                         "point")
        assert cke["client_public_point"] == trace_value(trace, "ClientKeyExchange, Length",
                                                         "sm2dh_Yc")
        cv = values["certificate_verify"]
        assert cv["valid"] is True and cv["signature_der"] == trace_value(
            trace, "CertificateVerify, Length", "Signature")
        assert cv["signer_public_key"] == sign_certificate_key(
            PCAPS / "tongsuo" / "pki" / "sm2_client_sign.crt").hex()
        assert cv["signed_data"] == cv["transcript_hash"]  # Tongsuo signs SM3(messages)


@pytest.mark.parametrize("suffix", ["gmssl_ecc_sm4_cbc_sm3", "gmssl_ecc_sm4_gcm_sm3",
                                    "gmssl_ecdhe_sm4_gcm_sm3_clientauth",
                                    "gmssl_ecdhe_sm4_cbc_sm3_clientauth"])
def test_values_equal_gmssl_trace(suffix: str) -> None:
    cap = capture(suffix)
    trace = (PCAPS / f"{cap.name}.client-trace.txt").read_text()
    values = crypto_of(cap.path, "--keylog", str(cap.keylog_path), "--show-secrets")
    ske, cke = values["server_key_exchange"], values["client_key_exchange"]
    assert ske["valid"] is True
    assert ske["signer_public_key"] == sign_certificate_key(
        PCAPS / "gmssl" / "pki" / "server_sign_cert.pem").hex()
    if "ecdhe" in suffix:
        assert cke["server_public_point"] == trace_value(trace, "recv ServerKeyExchange",
                                                         "point")
        cv = values["certificate_verify"]
        assert cv["valid"] is True
        # GmSSL prints the uint16 length in front of the signature
        assert "00" + format(len(cv["signature_der"]) // 2, "02x") + cv["signature_der"] == \
            trace_value(trace, "send CertificateVerify", "Signature")
        assert cv["signed_data"] != cv["transcript_hash"]  # GmSSL signs the messages
        assert cv["signer_public_key"] == sign_certificate_key(
            PCAPS / "gmssl" / "pki" / "client_cert.pem").hex()
    else:
        assert ske["signature_der"] == trace_value(trace, "recv ServerKeyExchange", "signature")
        assert cke["encrypted_pre_master_der"] == trace_value(
            trace, "send ClientKeyExchange", "EncryptedPreMasterSecret")
    assert values["master_secret"] == trace_value(trace, "master_secret", "master_secret")
    block = values["key_block"]
    for name in ("client_write_mac_key", "server_write_mac_key", "client_write_key",
                 "server_write_key", "client_write_iv", "server_write_iv"):
        if f"\n{name}:" in trace:
            assert block[name] == trace_value(trace, "key_blocks", name), name
    client_hash = re.findall(r"^transcript_hash \w+: ([0-9a-f]+)$",
                             trace[:trace.index("send client {Finished}")], re.M)[-1]
    assert values["finished"]["client"]["transcript_hash"] == client_hash
    assert values["finished"]["client"]["received"] == trace_value(
        trace, "send client {Finished}", "verify_data")
    check_derivation(values, cbc="cbc" in suffix)


@pytest.mark.parametrize("suffix,key,cbc", [
    ("gmssl_ecc_sm4_cbc_sm3", GMSSL_KEY, True),
    ("gmssl_ecc_sm4_gcm_sm3", GMSSL_KEY, False),
    ("tongsuo_ecc_sm4_cbc_sm3", TONGSUO_SM2_KEY, True),
    ("tongsuo_rsa_sm4_cbc_sm3", TONGSUO_RSA_KEY, True),
])
def test_master_secret_from_the_key_equals_the_key_log(suffix: str, key: list[str],
                                                       cbc: bool) -> None:
    cap = capture(suffix)
    values = crypto_of(cap.path, *key, "--show-secrets")
    assert values["master_secret_derivation"]["source"] == "server_key"
    assert values["client_key_exchange"]["opened_by"]
    logged = cap.keylog_path.read_text().split()
    assert logged[logged.index("CLIENT_RANDOM") + 2].lower() == values["master_secret"]
    check_derivation(values, cbc)


@pytest.mark.parametrize("suffix,cbc", [("tongsuo_ecdhe_sm4_gcm_sm3", False),
                                        ("gmssl_ecdhe_sm4_cbc_sm3_clientauth", True)])
def test_ecdhe_derivation_from_the_key_log(suffix: str, cbc: bool) -> None:
    cap = capture(suffix)
    values = crypto_of(cap.path, "--keylog", str(cap.keylog_path), "--show-secrets")
    assert values["pre_master_secret"] is None  # forward secrecy: only the master is logged
    assert values["master_secret_derivation"]["pre_master_known"] is False
    check_derivation(values, cbc)


def _patched_suite(cap: Capture, old: int, new: int, tmp_path: Path) -> Path:
    """The capture with the ServerHello's suite replaced: a SHA-256 PRF suite no real capture
    negotiates (the records then do not decrypt, the derivation is what is checked)."""
    data = bytearray(cap.path.read_bytes())
    hello = data.find(b"\x16\x01\x01", data.find(b"\x16\x01\x01") + 1)  # the server's first
    while data[hello + 5] != 2:
        hello = data.find(b"\x16\x01\x01", hello + 1)
    body = hello + 9
    suite = body + 2 + 32 + 1 + data[body + 34]
    assert int.from_bytes(data[suite:suite + 2], "big") == old
    data[suite:suite + 2] = new.to_bytes(2, "big")
    path = tmp_path / "patched.pcapng"
    path.write_bytes(bytes(data))
    return path


def test_sha256_prf_synthetic_vector(tmp_path: Path) -> None:
    cap = capture("tongsuo_rsa_sm4_cbc_sm3")
    path = _patched_suite(cap, 0xE019, 0xE01C, tmp_path)  # RSA_SM4_CBC_SHA256
    (flow,) = flows(decode_json(path, "--crypto", *TONGSUO_RSA_KEY, "--show-secrets"))
    values = flow["tlcp"]["crypto"]
    assert flow["tlcp"]["cipher_suite"]["id"] == "0xe01c" and values["prf"] == "SHA256"
    algorithm = hashes.SHA256()
    pre_master = bytes.fromhex(values["pre_master_secret"])
    client_random = bytes.fromhex(values["client_random"])
    server_random = bytes.fromhex(values["server_random"])
    master = prf(algorithm, pre_master, b"master secret", client_random + server_random, 48)
    assert values["master_secret"] == master.hex()
    assert values["key_block"]["block"] == prf(algorithm, master, b"key expansion",
                                               server_random + client_random, 128).hex()
    # the real handshake used the SM3 PRF: the Finished computed with SHA-256 cannot match
    fin = values["finished"]
    assert all(f is None or f["match"] is False for f in fin.values())


# -- tampering: the values side by side -------------------------------------------------------


def test_flipped_signature_byte_shows_invalid_with_values(tmp_path: Path) -> None:
    cap = capture("tongsuo_ecc_sm4_cbc_sm3")
    good = crypto_of(cap.path)["server_key_exchange"]
    data = bytearray(cap.path.read_bytes())
    where = data.find(bytes.fromhex(good["signature_der"]))
    data[where + 40] ^= 0x01  # inside s
    path = tmp_path / "flipped.pcapng"
    path.write_bytes(bytes(data))
    bad = crypto_of(path)["server_key_exchange"]
    assert bad["valid"] is False and bad["variant"] is None
    assert bad["signature_rs"] != good["signature_rs"]
    assert (bad["z"], bad["e"], bad["signed_data"]) == (good["z"], good["e"], good["signed_data"])
    assert bad["signer_public_key"] == good["signer_public_key"]


def test_flipped_ciphertext_byte_is_not_opened(tmp_path: Path) -> None:
    cap = capture("gmssl_ecc_sm4_cbc_sm3")
    good = crypto_of(cap.path, *GMSSL_KEY)["client_key_exchange"]
    data = bytearray(cap.path.read_bytes())
    where = data.find(bytes.fromhex(good["c2"]))
    data[where + 3] ^= 0x01
    path = tmp_path / "flipped.pcapng"
    path.write_bytes(bytes(data))
    (flow,) = flows(decode_json(path, "--crypto", *GMSSL_KEY))
    bad = flow["tlcp"]["crypto"]
    assert bad["client_key_exchange"]["opened_by"] is None
    assert bad["client_key_exchange"]["c2"] != good["c2"]
    assert bad["client_key_exchange"]["c1"] == good["c1"]
    assert bad["master_secret_derivation"] is None
    assert "C3 mismatch" in flow["tlcp"]["decryption"]["reason"]


def test_changed_transcript_shows_finished_mismatch(tmp_path: Path) -> None:
    cap = capture("gmssl_ecc_sm4_cbc_sm3")
    good = crypto_of(cap.path, "--keylog", str(cap.keylog_path))
    data = bytearray(cap.path.read_bytes())
    # the last byte of the signing certificate's own signature: in the transcript, signed by
    # nothing the handshake checks
    sign_cert = pem.unarmor((PCAPS / "gmssl" / "pki" / "server_sign_cert.pem").read_bytes())[2]
    where = data.find(sign_cert) + len(sign_cert) - 1
    data[where] ^= 0x01
    path = tmp_path / "flipped.pcapng"
    path.write_bytes(bytes(data))
    bad = crypto_of(path, "--keylog", str(cap.keylog_path))
    for side in ("client", "server"):
        fin = bad["finished"][side]
        assert fin["match"] is False and fin["computed"] != fin["received"]
        assert fin["received"] == good["finished"][side]["received"]
        assert fin["transcript_hash"] != good["finished"][side]["transcript_hash"]


def test_corrupted_gcm_record_shows_both_tags(tmp_path: Path) -> None:
    cap = capture("gmssl_ecc_sm4_gcm_sm3")
    good = crypto_of(cap.path, "--keylog", str(cap.keylog_path), "--records")["records"]
    assert all(r["match"] and r["auth"] == "tag" and r["padding_length"] is None for r in good)
    assert all(len(r["nonce"]) == 24 and r["nonce"].endswith(r["explicit_iv"]) for r in good)
    data = bytearray(cap.path.read_bytes())
    request = data.find(bytes.fromhex("170101"))
    data[request + 20] ^= 0xFF
    path = tmp_path / "flipped.pcapng"
    path.write_bytes(bytes(data))
    records = crypto_of(path, "--keylog", str(cap.keylog_path), "--records")["records"]
    bad = [r for r in records if not r["match"]]
    assert len(bad) == 1 and bad[0]["received"] != bad[0]["computed"]
    assert bad[0]["error"] == "GCM tag mismatch"


def test_cbc_records_have_mac_and_padding() -> None:
    cap = capture("tongsuo_ecc_sm4_cbc_sm3")
    (flow,) = flows(decode_json(cap.path, "--crypto", "--keylog", str(cap.keylog_path),
                                "--records"))
    records = flow["tlcp"]["crypto"]["records"]
    assert records and all(r["match"] and r["auth"] == "mac" for r in records)
    for r in records:
        assert len(r["received"]) == 64 and len(r["explicit_iv"]) == 32
        # IV + plaintext + MAC + padding + its length byte = the record
        assert r["length"] == 16 + r["plaintext_length"] + 32 + r["padding_length"] + 1
    assert [r["seq"] for r in records if r["dir"] == "c2s"] == list(
        range(sum(r["dir"] == "c2s" for r in records)))
    total = sum(r["plaintext_length"] for r in records if r["content_type"] == 23)
    d = flow["tlcp"]["decryption"]
    assert total == d["c2s_plaintext_bytes"] + d["s2c_plaintext_bytes"]


# -- secrets ---------------------------------------------------------------------------------


def _text(*argv: str) -> str:
    from tlcp_decode.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main([*argv, "--color", "never", "--jobs", "1"]) == 0
    return out.getvalue()


@pytest.mark.parametrize("suffix,key", [("gmssl_ecc_sm4_cbc_sm3", GMSSL_KEY),
                                        ("tongsuo_rsa_sm4_cbc_sm3", TONGSUO_RSA_KEY)])
def test_no_secret_without_show_secrets(suffix: str, key: list[str]) -> None:
    cap = capture(suffix)
    args = [str(cap.path), "--crypto", "--records", "--keylog", str(cap.keylog_path), *key]
    shown = crypto_of(cap.path, *args[1:], "--show-secrets")
    block = shown["key_block"]
    secrets = [shown["master_secret"], shown["pre_master_secret"], block["block"]]
    secrets += [block[n] for n in ("client_write_mac_key", "server_write_mac_key",
                                   "client_write_key", "server_write_key", "client_write_iv",
                                   "server_write_iv")]
    secrets += [w.lower() for w in cap.keylog_path.read_text().split() if len(w) > 64]
    assert all(secrets)
    text = _text(*args)
    hidden = str(decode_json(cap.path, *args[1:])).lower()
    for output in (text.replace("\n", "").replace("│", "").replace(" ", "").lower(), hidden):
        for secret in secrets:
            assert secret.lower() not in output
    assert "--show-secrets" in text
    shown_text = _text(*args, "--show-secrets").replace("\n", "").replace("│", "")
    assert shown["master_secret"] in shown_text.replace(" ", "")


def test_crypto_without_keys_shows_public_values_only() -> None:
    cap = capture("gmssl_ecc_sm4_cbc_sm3")
    (flow,) = flows(decode_json(cap.path, "--crypto"))
    assert "decryption" not in flow["tlcp"]
    values = flow["tlcp"]["crypto"]
    assert values["server_key_exchange"]["valid"] is True
    assert values["client_key_exchange"]["c3"]
    assert values["master_secret_derivation"] is None
    assert values["finished"] == {"client": None, "server": None}
    checks = {c["name"]: c["ok"] for c in flow["tlcp"]["checks"]}
    assert checks["server_key_exchange_signature"] is True
    (plain,) = flows(decode_json(cap.path))
    assert "crypto" not in plain["tlcp"]
    (keyed,) = flows(decode_json(cap.path, "--keylog", str(cap.keylog_path)))
    assert "crypto" not in keyed["tlcp"]  # only --crypto asks for the values
    assert "cryptographic values" not in _text(str(cap.path), "--keylog", str(cap.keylog_path))


def test_text_report_in_chinese() -> None:
    cap = capture("gmssl_ecdhe_sm4_gcm_sm3_clientauth")
    text = _text(str(cap.path), "--crypto", "--keylog", str(cap.keylog_path), "--lang", "zh")
    for word in ("签名值", "公钥", "主密钥", "工作密钥", "密码运算数值"):
        assert word in text, word
