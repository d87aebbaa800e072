"""TLS 1.3 with the SM suites (RFC 8998) and its companions, on the real captures of
pcaps/tls13/ (Tongsuo 8.5, GmSSL 3.3): protocol, version, suite, group, signature scheme,
resumption, verified Finished and CertificateVerify, plaintext equal to plaintext/ (issue 16)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import PCAPS
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESCCM

from tlcp_decode import registry
from tlcp_decode.cli import main
from tlcp_decode.crypto import tls13_keys
from tlcp_decode.crypto.aead import CCM, open_aead
from tlcp_decode.crypto.errors import DecryptError
from tlcp_decode.crypto.hashes import hmac_digest
from tlcp_decode.crypto.record import RecordDecryptor

TLS13 = PCAPS / "tls13"
SM = "TLS 1.3 (RFC 8998 SM)"


@dataclass(frozen=True)
class Expected:
    protocol: str
    suite: str
    group: str | None
    scheme: str | None  # the server's CertificateVerify scheme (None: PSK, no certificate)
    resumed_from: int | None = None  # for a resumed connection: the connection it came from
    client_auth: bool = False
    plaintext: str = ""  # suffix of the plaintext/ files ("" for one connection)


CASES: dict[str, list[Expected]] = {
    "01_tongsuo_tls13_sm4_gcm_sm3": [Expected(SM, "TLS_SM4_GCM_SM3", "curveSM2", "sm2sig_sm3")],
    "03_tongsuo_tls13_sm_client_auth": [
        Expected(SM, "TLS_SM4_GCM_SM3", "curveSM2", "sm2sig_sm3", client_auth=True)],
    "04_tongsuo_tls13_sm_resumption": [
        Expected(SM, "TLS_SM4_GCM_SM3", "curveSM2", "sm2sig_sm3", plaintext=".conn1_full"),
        Expected(SM, "TLS_SM4_GCM_SM3", "curveSM2", None, resumed_from=1,
                 plaintext=".conn2_psk")],
    "07_tongsuo_tls13_aes128gcm_ecdsa": [
        Expected("TLS 1.3", "TLS_AES_128_GCM_SHA256", "x25519", "ecdsa_secp256r1_sha256")],
    "09_tongsuo_tlcp_and_tls13_same_port": [
        Expected("TLCP", "ECC_SM4_CBC_SM3", None, None, plaintext=".conn1_tlcp"),
        Expected(SM, "TLS_SM4_GCM_SM3", "curveSM2", "sm2sig_sm3", plaintext=".conn2_tls13")],
    "12_gmssl_tls13_sm4_gcm_sm3": [Expected(SM, "TLS_SM4_GCM_SM3", "curveSM2", "sm2sig_sm3")],
}


def decode(*argv: str) -> list[dict[str, Any]]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main([*argv, "--json"]) == 0
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    return [line["tlcp"] for line in lines if line["type"] == "flow"]


@pytest.mark.parametrize("name", sorted(CASES))
def test_capture_decodes_verifies_and_decrypts(name: str, tmp_path: Path) -> None:
    pcap = TLS13 / f"{name}.pcapng"
    connections = decode(str(pcap), "--keylog", str(TLS13 / f"{name}.keylog"),
                         "--dump-plaintext", str(tmp_path), "--jobs", "1")
    assert len(connections) == len(CASES[name])
    for index, (conn, want) in enumerate(zip(connections, CASES[name], strict=True), 1):
        assert conn["protocol"] == want.protocol
        assert conn["cipher_suite"]["name"] == want.suite
        checks = {c["name"]: c for c in conn["checks"]}
        failed = [c["name"] for c in checks.values() if not c["ok"]]
        assert failed == ([] if want.protocol in (SM, "TLCP") else ["sm_algorithms_only"])
        assert conn["handshake_complete"] is True
        decryption = conn["decryption"]
        assert decryption["status"] == "decrypted" and decryption["records_failed"] == 0
        assert decryption["finished_verified"] == {"client": True, "server": True}
        if want.protocol == "TLCP":
            assert conn["version"] == "0x0101" and conn["group"] is None
        else:
            assert conn["version"] == "0x0304"
            assert conn["group"]["name"] == want.group
            assert (conn["signature_scheme"] or {}).get("name") == want.scheme
            assert conn["hello_retry_request"] is False
            assert checks["sm_algorithms_only"]["ok"] is (want.protocol == SM)
            if want.scheme is not None:
                assert "verifies" in checks["server_certificate_verify"]["detail"]
            assert ("client_certificate_verify" in checks) is want.client_auth
        assert conn["resumed"] is (want.resumed_from is not None)
        assert conn["resumed_from"] == want.resumed_from
        for direction in ("c2s", "s2c"):
            expected = (TLS13 / "plaintext" / f"{name}{want.plaintext}.{direction}.bin").read_bytes()
            assert (tmp_path / f"{index}-{direction}.bin").read_bytes() == expected


def test_without_keys_the_handshake_is_shown_encrypted() -> None:
    conn, = decode(str(TLS13 / "01_tongsuo_tls13_sm4_gcm_sm3.pcapng"), "--jobs", "1")
    types = [(h["dir"], h["type"]) for h in conn["handshake"]]
    assert types[:3] == [("c2s", "client_hello"), ("s2c", "server_hello"),
                         ("s2c", "change_cipher_spec")]
    assert ("s2c", "encrypted_handshake") in types and types[-1] == ("c2s", "encrypted_handshake")
    assert all(h["expected"] for h in conn["handshake"])
    assert conn["version"] == "0x0304" and conn["protocol"] == SM
    assert conn["group"]["name"] == "curveSM2" and conn["signature_scheme"] is None
    names = {c["name"]: c["ok"] for c in conn["checks"]}
    # the end of an encrypted handshake is not visible: no verdict rather than a false one
    assert "handshake_complete" not in names and "suite_is_tlcp" not in names
    assert names["sm_algorithms_only"] is True


def test_partial_key_log_is_used_as_far_as_it_goes(tmp_path: Path) -> None:
    name = "01_tongsuo_tls13_sm4_gcm_sm3"
    lines = (TLS13 / f"{name}.keylog").read_text().splitlines()
    partial = tmp_path / "partial.keylog"
    partial.write_text("\n".join(line for line in lines if "HANDSHAKE" not in line) + "\n")
    conn, = decode(str(TLS13 / f"{name}.pcapng"), "--keylog", str(partial), "--jobs", "1",
                   "--dump-plaintext", str(tmp_path))
    decryption = conn["decryption"]
    assert decryption["records_without_key"] > 0 and decryption["records_failed"] == 0
    assert decryption["status"] == "partial"
    assert decryption["finished_verified"] == {"client": None, "server": None}
    for direction in ("c2s", "s2c"):
        assert (tmp_path / f"1-{direction}.bin").read_bytes() == (
            TLS13 / "plaintext" / f"{name}.{direction}.bin").read_bytes()


@pytest.mark.skipif(shutil.which("tshark") is None, reason="tshark is not installed")
def test_both_packet_sources_give_the_same_json() -> None:
    for name in ("04_tongsuo_tls13_sm_resumption", "09_tongsuo_tlcp_and_tls13_same_port"):
        args = [str(TLS13 / f"{name}.pcapng"), "--keylog", str(TLS13 / f"{name}.keylog"),
                "--jobs", "1"]
        assert decode(*args, "--source", "native") == decode(*args, "--source", "pyshark")


def test_ccm_matches_the_aes_reference_and_sm4_ccm_round_trips() -> None:
    for tag in (16, 8):
        for size in (0, 1, 15, 16, 17, 100):
            key, nonce, data, aad = (os.urandom(16), os.urandom(12), os.urandom(size),
                                     os.urandom(size % 13))
            sealed = AESCCM(key, tag_length=tag).encrypt(nonce, data, aad or None)
            assert CCM(algorithms.AES, key, tag).encrypt(nonce, data, aad) == sealed
    sm4 = open_aead(registry.Cipher.SM4, registry.Mode.CCM, b"k" * 16)
    sealed = sm4.encrypt(b"n" * 12, b"hello TLS 1.3", b"\x17\x03\x03\x00\x1e")
    assert sm4.decrypt(b"n" * 12, sealed, b"\x17\x03\x03\x00\x1e") == b"hello TLS 1.3"
    with pytest.raises(DecryptError):
        sm4.decrypt(b"n" * 12, sealed[:-1] + bytes([sealed[-1] ^ 1]), b"\x17\x03\x03\x00\x1e")


def test_key_schedule_pieces() -> None:
    # RFC 8448 (simple 1-RTT): the server handshake traffic secret gives this key and IV
    suite = registry.lookup(0x1301)
    assert suite is not None
    secret = bytes.fromhex("b67b7d690cc16c4e75e54213cb2d37b4e9c912bcded9105d42befd59d391ad38")
    key, iv = tls13_keys.traffic_keys(suite, secret)
    assert key.hex() == "3fce516009c21727d0f2e4e86ee403bc"
    assert iv.hex() == "5d313eb2671276ee13000b30"
    assert tls13_keys.record_nonce(iv, 1).hex() == "5d313eb2671276ee13000b31"


@pytest.mark.parametrize("suite_id", [0xC02F, 0xC030, 0xCCA8, 0xC0AC, 0xC0A0, 0x009C, 0xE053])
def test_tls12_aead_records_round_trip(suite_id: int) -> None:
    suite = registry.lookup(suite_id)
    assert suite is not None and suite.decryptable and suite.aead
    record = RecordDecryptor(suite, bytes(range(suite.key_length)),
                             bytes(range(50, 50 + suite.fixed_iv_length)), b"")
    for seq in (0, 1, 7):
        sealed = record.encrypt(23, 0x0303, seq, b"GET / HTTP/1.1\r\n\r\n")
        assert len(sealed) == (suite.record_iv_length + 18 + suite.tag_length)
        assert record.decrypt(23, 0x0303, seq, sealed) == b"GET / HTTP/1.1\r\n\r\n"
        with pytest.raises(DecryptError):
            record.decrypt(23, 0x0303, seq + 1, sealed)


def test_tls12_encrypt_then_mac() -> None:
    suite = registry.lookup(0x003C)  # TLS_RSA_WITH_AES_128_CBC_SHA256
    assert suite is not None
    key, mac_key, iv = b"k" * 16, b"m" * 32, b"i" * 16
    data = b"hello, encrypt-then-MAC"
    pad = 15 - len(data) % 16
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    ciphertext = enc.update(data + bytes([pad]) * (pad + 1)) + enc.finalize()
    header = (5).to_bytes(8, "big") + b"\x17\x03\x03" + (16 + len(ciphertext)).to_bytes(2, "big")
    mac = hmac_digest(registry.Hash.SHA256, mac_key, header + iv + ciphertext)
    record = RecordDecryptor(suite, key, b"\0" * 16, mac_key)
    record.encrypt_then_mac = True
    assert record.decrypt(23, 0x0303, 5, iv + ciphertext + mac) == data
    with pytest.raises(DecryptError, match="bad MAC"):
        record.decrypt(23, 0x0303, 6, iv + ciphertext + mac)


def _decryption_secrets(pcapng: bytes) -> bytes:
    """The key log lines of a pcapng's Decryption Secrets Blocks (type 0x0A, TLS key log)."""
    out, pos = b"", 0
    while pos + 12 <= len(pcapng):
        block_type, length = struct.unpack_from("<II", pcapng, pos)
        if block_type == 0x0A:
            _secrets_type, size = struct.unpack_from("<II", pcapng, pos + 8)
            out += pcapng[pos + 16:pos + 16 + size]
        pos += length
    return out


def test_chrome_to_cloudflare_with_the_captures_own_secrets(tmp_path: Path) -> None:
    """A browser's TLS 1.3 (AES-128-GCM, x25519, ECDSA, a brotli-compressed Certificate, h2),
    keys from the capture's own Decryption Secrets Block: the same bytes as Wireshark 4.0's
    `-z follow,tls,raw,0` (536 bytes to the server, 10331 back)."""
    pcap = PCAPS / "foreign-tls" / "FoxIO-LLC__pcap__chrome-cloudflare-quic-with-secrets.pcapng"
    keylog = tmp_path / "chrome.keylog"
    keylog.write_bytes(_decryption_secrets(pcap.read_bytes()))
    conn, = decode(str(pcap), "--keylog", str(keylog), "--jobs", "1",
                   "--dump-plaintext", str(tmp_path))
    assert conn["protocol"] == "TLS 1.3" and conn["tls"]["alpn"] == "h2"
    assert conn["decryption"]["finished_verified"] == {"client": True, "server": True}
    assert all(h["expected"] for h in conn["handshake"])
    assert "compressed_certificate" in [h["type"] for h in conn["handshake"]]
    c2s, s2c = ((tmp_path / f"1-{d}.bin").read_bytes() for d in ("c2s", "s2c"))
    assert (len(c2s), len(s2c)) == (536, 10331)
    assert c2s.startswith(b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n")
    names = {c["name"]: c["ok"] for c in conn["checks"]}
    # the certificate is brotli-compressed: verified only where brotli is installed, never a ✗
    assert names.get("server_certificate_verify", True) is True


# -- a synthetic TLS 1.3 connection: HelloRetryRequest and SM4-CCM, which no capture here shows ---


def _message(msg_type: str, body: dict[str, Any]) -> bytes:
    from tlcp_decode.schema import HandshakeBody, HandshakeHeader

    encoded = HandshakeBody.build(body, msg_type=msg_type, key_exchange="TLS13")
    return HandshakeHeader.build({"msg_type": msg_type, "length": len(encoded)}) + encoded


def _hello(random_: bytes, extensions: list[dict[str, Any]], client: bool) -> dict[str, Any]:
    hello: dict[str, Any] = {
        "random": {"gmt_unix_time": int.from_bytes(random_[:4], "big"),
                   "random_bytes": random_[4:]},
        "session_id": b"", "extensions": extensions}
    if client:
        hello.update(client_version="TLSv1_2", cipher_suites=[0x00C7],
                     compression_methods=["null"])
    else:
        hello.update(server_version="TLSv1_2", cipher_suite=0x00C7, compression_method="null")
    return hello


def _plain(content_type: int, data: bytes) -> bytes:
    return bytes([content_type]) + b"\x03\x03" + len(data).to_bytes(2, "big") + data


class _Protect:
    """Writes TLS 1.3 records of one key epoch (RFC 8446 5.2)."""

    def __init__(self, suite: registry.CipherSuite, secret: bytes) -> None:
        key, self.iv = tls13_keys.traffic_keys(suite, secret)
        self.aead = open_aead(suite.cipher, suite.mode, key)
        self.seq = 0

    def record(self, content_type: int, data: bytes) -> bytes:
        inner = data + bytes([content_type])
        header = b"\x17\x03\x03" + (len(inner) + self.aead.tag_length).to_bytes(2, "big")
        sealed = self.aead.encrypt(tls13_keys.record_nonce(self.iv, self.seq), inner, header)
        self.seq += 1
        return header + sealed


def test_the_hello_retry_request_random_is_the_sha256_of_its_name() -> None:
    import hashlib

    from tlcp_decode.session.tls13 import HELLO_RETRY_REQUEST_RANDOM

    assert HELLO_RETRY_REQUEST_RANDOM == hashlib.sha256(b"HelloRetryRequest").digest()


def test_hello_retry_request_with_sm4_ccm(tmp_path: Path) -> None:
    from tcp_synth import Conv, write_capture

    from tlcp_decode.session.tls13 import HELLO_RETRY_REQUEST_RANDOM

    suite = registry.lookup(0x00C7)
    assert suite is not None
    client_random = bytes(range(32))
    share = {"group": 0x0029, "key_exchange": b"\x04" + bytes(64)}
    ch1 = _message("client_hello", _hello(client_random, [
        {"type": "supported_versions", "data": [0x0304]},
        {"type": "supported_groups", "data": [0x11EE, 0x0029]},
        {"type": "key_share", "data": [{"group": 0x11EE, "key_exchange": bytes(1249)}]},
        {"type": "signature_algorithms", "data": [0x0708]}], client=True))
    hrr = _message("server_hello", _hello(HELLO_RETRY_REQUEST_RANDOM, [
        {"type": "supported_versions", "data": 0x0304},
        {"type": "key_share", "data": {"selected_group": 0x0029}}], client=False))
    ch2 = _message("client_hello", _hello(client_random, [
        {"type": "supported_versions", "data": [0x0304]},
        {"type": "supported_groups", "data": [0x11EE, 0x0029]},
        {"type": "key_share", "data": [share]},
        {"type": "signature_algorithms", "data": [0x0708]}], client=True))
    sh = _message("server_hello", _hello(bytes(range(100, 132)), [
        {"type": "supported_versions", "data": 0x0304},
        {"type": "key_share", "data": {"server_share": share}}], client=False))
    ee = _message("encrypted_extensions", {"extensions": []})
    secrets = {label: bytes([n]) * 32 for n, label in enumerate(
        ("CLIENT_HANDSHAKE_TRAFFIC_SECRET", "SERVER_HANDSHAKE_TRAFFIC_SECRET",
         "CLIENT_TRAFFIC_SECRET_0", "SERVER_TRAFFIC_SECRET_0"), 1)}
    transcript = tls13_keys.message_hash(suite, ch1) + hrr + ch2 + sh + ee
    server_finished = _message("finished", {"verify_data": tls13_keys.finished_verify_data(
        suite, secrets["SERVER_HANDSHAKE_TRAFFIC_SECRET"], transcript)})
    client_finished = _message("finished", {"verify_data": tls13_keys.finished_verify_data(
        suite, secrets["CLIENT_HANDSHAKE_TRAFFIC_SECRET"], transcript + server_finished)})
    server_hs = _Protect(suite, secrets["SERVER_HANDSHAKE_TRAFFIC_SECRET"])
    client_hs = _Protect(suite, secrets["CLIENT_HANDSHAKE_TRAFFIC_SECRET"])
    server_app = _Protect(suite, secrets["SERVER_TRAFFIC_SECRET_0"])
    client_app = _Protect(suite, secrets["CLIENT_TRAFFIC_SECRET_0"])
    ccs = _plain(20, b"\x01")
    conv = Conv().handshake()
    conv.c(_plain(22, ch1))
    conv.s(_plain(22, hrr) + ccs)
    conv.c(ccs + _plain(22, ch2))
    conv.s(_plain(22, sh) + server_hs.record(22, ee) + server_hs.record(22, server_finished))
    conv.c(client_hs.record(22, client_finished))
    conv.c(client_app.record(23, b"GET / HTTP/1.1\r\n\r\n"))
    conv.s(server_app.record(23, b"HTTP/1.1 200 OK\r\n\r\n"))
    conv.c(client_app.record(21, b"\x01\x00"))
    pcap = write_capture(tmp_path / "hrr.pcap", conv.packets)
    keylog = tmp_path / "hrr.keylog"
    keylog.write_text("# synthetic\n" + "".join(
        f"{label} {client_random.hex()} {secret.hex()}\n" for label, secret in secrets.items()))
    conn, = decode(str(pcap), "--keylog", str(keylog), "--jobs", "1",
                   "--dump-plaintext", str(tmp_path))
    assert conn["hello_retry_request"] is True and conn["version"] == "0x0304"
    assert conn["tls"]["retry_group"]["name"] == "curveSM2"
    assert conn["tls"]["key_share_groups"] == [{"id": "0x0029", "name": "curveSM2"}]
    assert conn["cipher_suite"]["name"] == "TLS_SM4_CCM_SM3" and conn["group"]["name"] == "curveSM2"
    assert [h["type"] for h in conn["handshake"]] == [
        "client_hello", "hello_retry_request", "change_cipher_spec", "change_cipher_spec",
        "client_hello", "server_hello", "encrypted_extensions", "finished", "finished"]
    assert all(h["expected"] for h in conn["handshake"]) and conn["handshake_complete"]
    assert conn["decryption"]["status"] == "decrypted"
    assert conn["decryption"]["finished_verified"] == {"client": True, "server": True}
    assert conn["alerts"][0]["description"] == "close_notify"
    assert (tmp_path / "1-c2s.bin").read_bytes() == b"GET / HTTP/1.1\r\n\r\n"
    assert (tmp_path / "1-s2c.bin").read_bytes() == b"HTTP/1.1 200 OK\r\n\r\n"
