"""The crypto layer against the real GmSSL and Tongsuo captures (ground truth: key logs, the
implementations' own traces and the MANIFESTs)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from crypto_helpers import (
    HAVE_TSHARK,
    PCAPS,
    Connection,
    certificates,
    connections,
    hello_random,
    hello_suite,
    message,
)

import tlcp_decode
from tlcp_decode.crypto import (
    DecryptError,
    KeyLog,
    PremasterError,
    PrivateKey,
    connection_decryptors,
    finished_verify_data,
    key_block,
    load_keylog,
    load_private_keys,
    master_secret,
    recover_premaster,
    split_signature,
    verify_certificate_verify,
    verify_server_key_exchange,
)
from tlcp_decode.registry import CipherSuite, KeyExchange, lookup

pytestmark = pytest.mark.skipif(not HAVE_TSHARK, reason="tshark is needed to read the captures")

GMSSL_PW = b"P@ssw0rd"
SMALL_REQUEST = b"GET / HTTP/1.0\r\nHost: server.tlcp.test\r\n\r\nhello tlcp\n"
BIG_HEADER = b"POST /upload HTTP/1.0\r\nHost: server.tlcp.test\r\nContent-Length: 60000\r\n\r\n"
BIG_BODY = bytes((7 * i + 13) % 251 for i in range(60000))


@dataclass(frozen=True)
class Capture:
    pcap: str
    port: int
    keylog: str
    key_file: str | None  # the server's encryption key
    password: bytes | None = None


def _g(name: str, port: int) -> Capture:
    return Capture(f"gmssl/{name}.pcapng", port, f"gmssl/{name}.keylog",
                   "gmssl/pki/server_enc_key.pem", GMSSL_PW)


def _t(name: str, port: int, key: str = "tongsuo/pki/sm2_server_enc.key") -> Capture:
    return Capture(f"tongsuo/{name}.pcapng", port, f"tongsuo/{name}.keylog", key)


ECC = [
    _g("gmssl_ecc_sm4_cbc_sm3", 24441),
    _g("gmssl_ecc_sm4_gcm_sm3", 24442),
    _g("gmssl_ecc_sm4_gcm_sm3_clientauth", 24445),
    _g("gmssl_ecc_sm4_cbc_sm3_bigdata", 24446),
    _g("gmssl_ecc_sm4_gcm_sm3_bigdata", 24447),
    _g("gmssl_ecc_two_suites_offered", 24449),
    _t("tongsuo_ecc_sm4_cbc_sm3", 34431),
    _t("tongsuo_ecc_sm4_cbc_sm3_download", 34444),
    _t("tongsuo_ecc_sm4_cbc_sm3_resume", 34441),
    Capture("tongsuo-segmented/12_ecc_sm4_cbc_sm3_large_mtu1500.pcapng", 33013,
            "tongsuo-segmented/12_ecc_sm4_cbc_sm3_large_mtu1500.keylog",
            "tongsuo-segmented/keys/sm2_server_enc.key"),
    Capture("tongsuo-segmented/16_ecc_sm4_cbc_sm3_resume_ticket.pcapng", 34013,
            "tongsuo-segmented/16_ecc_sm4_cbc_sm3_resume_ticket.keylog",
            "tongsuo-segmented/keys/sm2_server_enc.key"),
]
ECDHE = [
    Capture("gmssl/gmssl_ecdhe_sm4_cbc_sm3_clientauth.pcapng", 24443,
            "gmssl/gmssl_ecdhe_sm4_cbc_sm3_clientauth.keylog", None),
    Capture("gmssl/gmssl_ecdhe_sm4_gcm_sm3_clientauth.pcapng", 24444,
            "gmssl/gmssl_ecdhe_sm4_gcm_sm3_clientauth.keylog", None),
    Capture("tongsuo/tongsuo_ecdhe_sm4_gcm_sm3.pcapng", 34434,
            "tongsuo/tongsuo_ecdhe_sm4_gcm_sm3.keylog", None),
    Capture("gmssl-segmented/10_ecdhe_sm4_cbc_sm3_echo_lines_64x800.pcapng", 20110,
            "gmssl-segmented/10_ecdhe_sm4_cbc_sm3_echo_lines_64x800.keylog", None),
]
RSA = _t("tongsuo_rsa_sm4_cbc_sm3", 34435, "tongsuo/pki/rsa_server_enc.key")
ALL = ECC + ECDHE + [RSA]


def _id(c: Capture) -> str:
    return c.pcap.split("/")[-1].removesuffix(".pcapng")


# --- per-connection helpers ----------------------------------------------------------------------


@dataclass
class Handshake:
    conn: Connection
    suite: CipherSuite
    client_random: bytes
    server_random: bytes
    client_msgs: list[bytes]
    server_msgs: list[bytes]

    @property
    def full(self) -> bool:
        return any(m[0] == 16 for m in self.client_msgs)

    def server_first_flight(self) -> list[bytes]:
        types = [m[0] for m in self.server_msgs]
        return self.server_msgs[: types.index(14) + 1] if 14 in types else self.server_msgs[:1]

    def transcript_before_client_finished(self) -> bytes:
        first = self.server_first_flight()
        return self.client_msgs[0] + b"".join(first) + b"".join(self.client_msgs[1:])

    def server_after_first_flight(self) -> bytes:
        return b"".join(self.server_msgs[len(self.server_first_flight()) :])


def handshakes(cap: Capture) -> list[Handshake]:
    out = []
    for conn in connections(cap.pcap, cap.port):
        cm, sm = conn.handshake_messages("client"), conn.handshake_messages("server")
        if not cm or not sm:
            continue
        suite = lookup(hello_suite(message(sm, 2)))
        assert suite is not None
        out.append(Handshake(conn, suite, hello_random(message(cm, 1)),
                             hello_random(message(sm, 2)), cm, sm))
    assert out, f"no handshake found in {cap.pcap}"
    return out


_KEYS: dict[str, list[PrivateKey]] = {}


def server_keys(cap: Capture) -> list[PrivateKey]:
    assert cap.key_file is not None
    if cap.key_file not in _KEYS:
        _KEYS[cap.key_file] = load_private_keys(PCAPS / cap.key_file, cap.password)
    return _KEYS[cap.key_file]


def keylog(cap: Capture) -> KeyLog:
    log = load_keylog(PCAPS / cap.keylog)
    assert not log.bad_lines
    return log


# --- pre-master and master secret ---------------------------------------------------------------


@pytest.mark.parametrize("cap", ECC, ids=_id)
def test_ecc_premaster_from_server_key_gives_keylog_master(cap: Capture) -> None:
    log = keylog(cap)
    full = [h for h in handshakes(cap) if h.full]
    assert full
    for hs in full:
        cke = message(hs.client_msgs, 16)[4:]
        enc_cert = certificates(message(hs.server_msgs, 11))[1]
        pms, source = recover_premaster(hs.suite, cke, server_keys(cap), enc_cert, None)
        assert pms[:2] == b"\x01\x01" and len(pms) == 48
        assert "SM2 decryption" in source and pms.hex() not in source
        ms = master_secret(pms, hs.client_random, hs.server_random, hs.suite.prf_hash)
        assert ms == log.master_secret(hs.client_random)


def test_rsa_premaster_from_rsa_key_equals_keylog_rsa_line() -> None:
    log = keylog(RSA)
    (hs,) = handshakes(RSA)
    assert hs.suite.key_exchange is KeyExchange.RSA
    cke = message(hs.client_msgs, 16)[4:]
    enc_cert = certificates(message(hs.server_msgs, 11))[1]
    pms, source = recover_premaster(hs.suite, cke, server_keys(RSA), enc_cert, None)
    assert source.startswith("RSA decryption")
    assert pms == log.rsa_premaster(cke[2:])
    assert master_secret(pms, hs.client_random, hs.server_random, hs.suite.prf_hash) == \
        log.master_secret(hs.client_random)
    # Without the key, the key log's RSA line is used.
    pms2, source2 = recover_premaster(hs.suite, cke, [], enc_cert, log)
    assert pms2 == pms and source2 == "key log (RSA line)"
    # The signing key is the wrong key: decryption fails with a reason, no secret leaks.
    sign_key = load_private_keys(PCAPS / "tongsuo/pki/rsa_server_sign.key")
    with pytest.raises(PremasterError, match="decryption failed") as info:
        recover_premaster(hs.suite, cke, sign_key, None, None)
    assert pms.hex() not in str(info.value)


@pytest.mark.parametrize("cap", ECDHE, ids=_id)
def test_ecdhe_premaster_is_not_recoverable(cap: Capture) -> None:
    hs = handshakes(cap)[0]
    cke = message(hs.client_msgs, 16)[4:]
    with pytest.raises(PremasterError, match="forward secrecy.*key log"):
        recover_premaster(hs.suite, cke, load_private_keys(
            PCAPS / "gmssl/pki/server_enc_key.pem", GMSSL_PW), None, keylog(cap))


def test_ecc_premaster_with_the_wrong_key() -> None:
    cap = ECC[0]
    hs = handshakes(cap)[0]
    cke = message(hs.client_msgs, 16)[4:]
    enc_cert = certificates(message(hs.server_msgs, 11))[1]
    tongsuo = load_private_keys(PCAPS / "tongsuo/pki/sm2_server_enc.key")
    with pytest.raises(PremasterError, match="no SM2 private key matches"):
        recover_premaster(hs.suite, cke, tongsuo, enc_cert, None)
    with pytest.raises(PremasterError, match="C3 mismatch") as info:
        recover_premaster(hs.suite, cke, tongsuo, None, None)
    assert "sm2_server_enc.key" in str(info.value)


# --- PRF against GmSSL's own printout -----------------------------------------------------------

_TRACE_FIELD = re.compile(r"^(master_secret|key_blocks|verify_data): ([0-9a-f]+)$", re.M)


@pytest.mark.parametrize("cap", [c for c in ALL if c.pcap.startswith("gmssl/")], ids=_id)
def test_key_block_matches_gmssl_trace(cap: Capture) -> None:
    trace = (PCAPS / cap.pcap.replace(".pcapng", ".client-trace.txt")).read_text()
    fields = dict(_TRACE_FIELD.findall(trace))
    (hs,) = handshakes(cap)
    ms = keylog(cap).master_secret(hs.client_random)
    assert ms is not None and ms.hex() == fields["master_secret"]
    km = key_block(ms, hs.client_random, hs.server_random, hs.suite)
    block = km.client_mac + km.server_mac + km.client_key + km.server_key + km.client_iv \
        + km.server_iv
    printed = bytes.fromhex(fields["key_blocks"])
    # GmSSL derives no CBC IVs (explicit IVs are used), so it prints a shorter block.
    assert len(printed) in (len(block), len(block) - 32)
    assert block.startswith(printed)
    # The client Finished GmSSL printed is the one computed over the transcript.
    verify_datas = re.findall(r"verify_data: ([0-9a-f]{24})", trace)
    mine = finished_verify_data(ms, "client finished", hs.transcript_before_client_finished(),
                                hs.suite.prf_hash)
    assert verify_datas[0] == mine.hex()


# --- Finished messages and application data ----------------------------------------------------


def _master(cap: Capture, hs: Handshake) -> bytes:
    ms = keylog(cap).master_secret(hs.client_random)
    assert ms is not None
    return ms


@pytest.mark.parametrize("cap", ALL, ids=_id)
def test_finished_verify_data_matches_transcript(cap: Capture) -> None:
    for hs in (h for h in handshakes(cap) if h.full):
        ms = _master(cap, hs)
        cdec, sdec = connection_decryptors(hs.suite, ms, hs.client_random, hs.server_random)
        crec = hs.conn.encrypted_after_ccs("client")[0]
        srec = hs.conn.encrypted_after_ccs("server")[0]
        client_fin = cdec.decrypt(crec.content_type, crec.version, 0, crec.fragment)
        server_fin = sdec.decrypt(srec.content_type, srec.version, 0, srec.fragment)
        assert client_fin[:4] == b"\x14\x00\x00\x0c" and server_fin[:4] == b"\x14\x00\x00\x0c"
        transcript = hs.transcript_before_client_finished()
        h = hs.suite.prf_hash
        assert client_fin[4:] == finished_verify_data(ms, "client finished", transcript, h)
        transcript += client_fin + hs.server_after_first_flight()
        assert server_fin[4:] == finished_verify_data(ms, "server finished", transcript, h)


def _client_app_data(cap: Capture, hs: Handshake) -> bytes:
    cdec, _ = connection_decryptors(hs.suite, _master(cap, hs), hs.client_random,
                                    hs.server_random)
    out = b""
    for seq, rec in enumerate(hs.conn.encrypted_after_ccs("client")):
        plain = cdec.decrypt(rec.content_type, rec.version, seq, rec.fragment)
        if rec.content_type == 23:
            out += plain
    return out


@pytest.mark.parametrize(
    "cap",
    [ECC[0], ECC[1], ECDHE[0], ECDHE[1]],
    ids=_id,
)
def test_first_application_data_is_the_request(cap: Capture) -> None:
    (hs,) = handshakes(cap)
    assert _client_app_data(cap, hs) == SMALL_REQUEST


@pytest.mark.parametrize("cap", [ECC[3], ECC[4]], ids=_id)
def test_bigdata_upload_decrypts(cap: Capture) -> None:
    (hs,) = handshakes(cap)
    assert _client_app_data(cap, hs) == BIG_HEADER + BIG_BODY


def test_tongsuo_request_after_empty_record() -> None:
    for cap in (ECC[6], RSA, ECDHE[2]):
        hs = handshakes(cap)[0]
        assert _client_app_data(cap, hs) == b"GET / HTTP/1.0\r\n\r\n"


def test_corrupted_records_raise_typed_errors() -> None:
    for cap, reason in ((ECC[0], "bad MAC|bad padding"), (ECC[1], "GCM tag mismatch")):
        (hs,) = handshakes(cap)
        cdec, _ = connection_decryptors(hs.suite, _master(cap, hs), hs.client_random,
                                        hs.server_random)
        rec = hs.conn.encrypted_after_ccs("client")[1]
        frag = bytearray(rec.fragment)
        frag[-20] ^= 1
        with pytest.raises(DecryptError, match=reason):
            cdec.decrypt(rec.content_type, rec.version, 1, bytes(frag))
        with pytest.raises(DecryptError):  # wrong sequence number
            cdec.decrypt(rec.content_type, rec.version, 2, rec.fragment)
        with pytest.raises(DecryptError, match="record shorter"):
            cdec.decrypt(rec.content_type, rec.version, 1, rec.fragment[:20])


# --- signatures ---------------------------------------------------------------------------------

SIGNED = [ECC[0], ECC[2], ECC[6], ECDHE[0], ECDHE[1], ECDHE[2], RSA]


def _flip(body: bytes, index: int) -> bytes:
    b = bytearray(body)
    b[index] ^= 0x01
    return bytes(b)


@pytest.mark.parametrize("cap", SIGNED, ids=_id)
def test_server_key_exchange_signature(cap: Capture) -> None:
    hs = handshakes(cap)[0]
    ske = message(hs.server_msgs, 12)[4:]
    certs = certificates(message(hs.server_msgs, 11))
    check = verify_server_key_exchange(hs.suite, hs.client_random, hs.server_random, ske, certs)
    assert check.ok, check.detail
    expected = "RSA PKCS#1 v1.5 signature (DigestInfo SHA-256)" if hs.suite.key_exchange is KeyExchange.RSA else "SM2"
    assert expected in check.detail
    bad = verify_server_key_exchange(hs.suite, hs.client_random, hs.server_random,
                                     _flip(ske, len(ske) - 5), certs)
    assert not bad.ok
    swapped = verify_server_key_exchange(hs.suite, hs.server_random, hs.client_random, ske,
                                         certs)
    assert not swapped.ok


@pytest.mark.parametrize("cap", [ECC[2], ECDHE[0], ECDHE[1], ECDHE[2]], ids=_id)
def test_certificate_verify_signature(cap: Capture) -> None:
    hs = handshakes(cap)[0]
    types = [m[0] for m in hs.client_msgs]
    cv_index = types.index(15)
    client_sign_cert = certificates(message(hs.client_msgs, 11))[0]
    transcript = hs.client_msgs[0] + b"".join(hs.server_first_flight()) + \
        b"".join(hs.client_msgs[1:cv_index])
    signature = split_signature(hs.client_msgs[cv_index][4:])
    check = verify_certificate_verify(signature, client_sign_cert, transcript)
    assert check.ok, check.detail
    form = "Tongsuo SM2 form" if cap.pcap.startswith("tongsuo") else "GmSSL form"
    assert form in check.detail
    assert not verify_certificate_verify(_flip(signature, 40), client_sign_cert, transcript).ok
    assert not verify_certificate_verify(signature, client_sign_cert, transcript[:-1]).ok
    server_cert = certificates(message(hs.server_msgs, 11))[0]
    assert not verify_certificate_verify(signature, server_cert, transcript).ok


SERVER_KEYS = (PCAPS / "tongsuo/pki/rsa_server_sign.key", PCAPS / "tongsuo/pki/sm2_server_enc.key")
EVERY_KEY_EXCHANGE = sorted(p for p in PCAPS.rglob("*.pcapng") if "foreign-tls" not in p.parts)


@pytest.mark.parametrize("capture", EVERY_KEY_EXCHANGE, ids=lambda p: p.stem)
def test_a_private_key_given_for_any_key_exchange(capture: Path) -> None:
    """A private key given for a capture whatever its key exchange (a user tries the server's
    RSA key on DHE or PSK traffic): the key is said not to open it, with the reason. A DHE
    or PSK suite raised AssertionError (a traceback) where a key file was tried."""
    for conn in tlcp_decode.decode(capture, keys=SERVER_KEYS):
        decryption = conn.tlcp.decryption if conn.tlcp is not None else None
        if decryption is not None and decryption.status in ("no_key", "failed"):
            assert decryption.reason


def test_no_private_key_recovers_a_dhe_or_psk_pre_master() -> None:
    for name, said in (("tls12_dhe_rsa", "DHE has forward secrecy: a key log (CLIENT_RANDOM) "
                                         "is needed"),
                       ("tls12_psk", "no private key recovers a PSK pre-master: a key log "
                                     "(CLIENT_RANDOM) is needed")):
        (conn,) = tlcp_decode.decode(PCAPS / "openssl-cli" / f"{name}.pcapng", keys=SERVER_KEYS)
        assert conn.tlcp is not None and conn.tlcp.decryption is not None
        assert conn.tlcp.decryption.status == "no_key"
        assert conn.tlcp.decryption.reason == said
