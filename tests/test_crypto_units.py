"""Unit tests of tlcp_decode.crypto that need no capture: key logs, key files, SM2, the PRF and
record protection."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from hypothesis import given, settings
from hypothesis import strategies as st

from tlcp_decode.crypto import (
    DecryptError,
    KeyKind,
    KeyLoadError,
    PremasterError,
    PrivateKey,
    RecordDecryptor,
    finished_verify_data,
    key_block,
    load_private_keys,
    parse_keylog,
    recover_premaster,
    sm2,
    write_keylog,
)
from tlcp_decode.crypto.keys import load_private_keys_from_bytes, public_key_of
from tlcp_decode.crypto.prf import prf
from tlcp_decode.registry import CipherSuite, lookup

PCAPS = Path(__file__).resolve().parent.parent / "pcaps"
CR, SR = bytes(range(32)), bytes(range(32, 64))


def suite(sid: int) -> CipherSuite:
    s = lookup(sid)
    assert s is not None
    return s


# --- key logs -----------------------------------------------------------------------------------


def test_keylog_parsing_and_bad_lines() -> None:
    ms, pms = bytes(range(48)), b"\x01\x01" + bytes(46)
    text = "\n".join([
        "# SSL/TLS secrets log file",
        "",
        f"CLIENT_RANDOM {CR.hex()} {ms.hex()}",
        f"RSA 0011223344556677 {pms.hex()}",
        "CLIENT_RANDOM zz 00",
        f"CLIENT_RANDOM {CR.hex()[:10]} {ms.hex()}",
        "garbage",
        f"CLIENT_TRAFFIC_SECRET_0 {CR.hex()} {bytes(32).hex()}",
        f"WHATEVER {CR.hex()} {ms.hex()}",
        # after a KeyUpdate: OpenSSL's label, and numbered ones; known, derived anyway
        f"CLIENT_TRAFFIC_SECRET_N {CR.hex()} {bytes(32).hex()}",
        f"SERVER_TRAFFIC_SECRET_2 {CR.hex()} {bytes(32).hex()}",
        f"CLIENT_TRAFFIC_SECRET_X {CR.hex()} {bytes(32).hex()}",
    ])
    log = parse_keylog(text)
    assert log.master_secret(CR) == ms
    assert log.master_secret(SR) is None
    assert log.rsa_premaster(bytes.fromhex("0011223344556677") + b"more") == pms
    assert [b.line_number for b in log.bad_lines] == [5, 6, 7, 9, 12]
    assert all(ms.hex() not in b.reason for b in log.bad_lines)


def test_write_keylog_round_trip(tmp_path: Path) -> None:
    entries = [(CR, bytes(48)), (SR, bytes(range(48)))]
    buf = io.StringIO()
    assert write_keylog(buf, entries) == 2
    path = tmp_path / "k.log"
    write_keylog(path, entries)
    assert path.read_text() == buf.getvalue()
    log = parse_keylog(buf.getvalue())
    assert log.master_secret(SR) == bytes(range(48)) and not log.bad_lines
    with pytest.raises(ValueError):
        write_keylog(io.StringIO(), [(b"short", bytes(48))])


# --- key files ----------------------------------------------------------------------------------


def test_gmssl_encrypted_pkcs8_password_errors() -> None:
    path = PCAPS / "gmssl/pki/server_enc_key.pem"
    with pytest.raises(KeyLoadError, match="wrong password"):
        load_private_keys(path, b"not the password")
    with pytest.raises(KeyLoadError, match="encrypted: a password is needed"):
        load_private_keys(path, None)
    (key,) = load_private_keys(path, b"P@ssw0rd")
    assert key.kind is KeyKind.SM2
    assert "P@ssw0rd" not in repr(key) and "_sm2_private" not in repr(key)


def test_key_matches_its_certificate_only() -> None:
    from asn1crypto import pem

    def cert(name: str) -> bytes:
        return bytes(pem.unarmor((PCAPS / name).read_bytes())[2])

    (enc,) = load_private_keys(PCAPS / "gmssl/pki/server_enc_key.pem", b"P@ssw0rd")
    assert enc.matches(cert("gmssl/pki/server_enc_cert.pem"))
    assert not enc.matches(cert("gmssl/pki/server_sign_cert.pem"))
    assert enc.matches(enc.public_bytes())  # raw point
    spki = cert("gmssl/pki/server_enc_cert.pem")
    from asn1crypto import x509

    spki_der = x509.Certificate.load(spki)["tbs_certificate"]["subject_public_key_info"].dump()
    assert enc.matches(spki_der)
    (rsa_enc,) = load_private_keys(PCAPS / "tongsuo/pki/rsa_server_enc.key")
    assert rsa_enc.kind is KeyKind.RSA
    assert rsa_enc.matches(cert("tongsuo/pki/rsa_server_enc.crt"))
    assert not rsa_enc.matches(cert("tongsuo/pki/rsa_server_sign.crt"))
    assert not rsa_enc.matches(cert("gmssl/pki/server_enc_cert.pem"))
    assert not enc.matches(b"junk")


def test_sec1_and_other_formats(tmp_path: Path) -> None:
    (key,) = load_private_keys(PCAPS / "tongsuo/pki/sm2_server_enc.key")
    # SEC1 "EC PRIVATE KEY" built from the same scalar
    from asn1crypto import pem as apem

    from tlcp_decode.crypto.keys import _ECPrivateKey

    scalar = key._sm2_private
    assert scalar is not None
    sec1 = _ECPrivateKey({"version": 1, "private_key": scalar.to_bytes(32, "big"),
                          "parameters": sm2.CURVE_OID}).dump()
    (again,) = load_private_keys_from_bytes(apem.armor("EC PRIVATE KEY", sec1))
    assert again.public_bytes() == key.public_bytes()
    (der_again,) = load_private_keys_from_bytes(sec1)  # bare DER
    assert der_again.public_bytes() == key.public_bytes()

    # PKCS#8 whose algorithm OID is the SM2 curve OID itself (some writers do this).
    from tlcp_decode.crypto.keys import _PrivateKeyInfo

    odd = _PrivateKeyInfo({
        "version": 0,
        "private_key_algorithm": {"algorithm": sm2.CURVE_OID},
        "private_key": _ECPrivateKey({"version": 1,
                                      "private_key": scalar.to_bytes(32, "big")}).dump(),
    }).dump()
    (odd_key,) = load_private_keys_from_bytes(apem.armor("PRIVATE KEY", odd))
    assert odd_key.public_bytes() == key.public_bytes()

    # A certificate and a key in one PEM file.
    both = (PCAPS / "tongsuo/pki/sm2_server_enc.crt").read_bytes() + \
        (PCAPS / "tongsuo/pki/sm2_server_enc.key").read_bytes()
    (from_both,) = load_private_keys_from_bytes(both)
    assert from_both.public_bytes() == key.public_bytes()

    # A P-256 key is refused with a clear message.
    p256 = ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption())
    with pytest.raises(KeyLoadError, match="unsupported EC curve"):
        load_private_keys_from_bytes(p256)

    # RSA: PKCS#1 PEM, and PKCS#8 encrypted by cryptography (PBES2 + AES).
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    pkcs1 = rsa_key.private_bytes(serialization.Encoding.PEM,
                                  serialization.PrivateFormat.TraditionalOpenSSL,
                                  serialization.NoEncryption())
    assert load_private_keys_from_bytes(pkcs1)[0].kind is KeyKind.RSA
    enc = rsa_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.BestAvailableEncryption(b"pw"))
    assert load_private_keys_from_bytes(enc, b"pw")[0].kind is KeyKind.RSA
    with pytest.raises(KeyLoadError, match="wrong password"):
        load_private_keys_from_bytes(enc, b"nope")

    # Certificates only, garbage, missing file.
    with pytest.raises(KeyLoadError, match="no private key"):
        load_private_keys(PCAPS / "gmssl/pki/server_enc_cert.pem")
    with pytest.raises(KeyLoadError):
        load_private_keys_from_bytes(b"\x30\x03\x02\x01\x00")
    with pytest.raises(KeyLoadError, match="cannot read"):
        load_private_keys(tmp_path / "missing.pem")


# --- SM2 ----------------------------------------------------------------------------------------

_KEY = 0x3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8


def test_sm2_curve_and_point_codec() -> None:
    assert sm2.is_on_curve(sm2.G)
    assert sm2.scalar_mult(sm2.N, sm2.G) is None
    pub = sm2.public_key(_KEY)
    assert sm2.decode_point(sm2.encode_point(pub)) == pub
    compressed = bytes([2 + (pub.y & 1)]) + pub.x.to_bytes(32, "big")
    assert sm2.decode_point(compressed) == pub
    with pytest.raises(sm2.SM2Error, match="not on the SM2 curve"):
        sm2.decode_point(b"\x04" + bytes(63) + b"\x01")


def test_sm2_against_gmalg() -> None:
    gmalg = pytest.importorskip("gmalg")
    sk = _KEY.to_bytes(32, "big")
    other = gmalg.SM2(sk=sk, uid=sm2.DEFAULT_ID)
    assert other.generate_pk(sk) == sm2.encode_point(sm2.public_key(_KEY))
    msg = b"message digest"
    r, s = other.sign(msg)
    der = sm2.encode_signature(int.from_bytes(r, "big"), int.from_bytes(s, "big"))
    assert sm2.verify(sm2.public_key(_KEY), msg, der)
    r2, s2 = sm2.decode_signature(sm2.sign(_KEY, msg))
    verifier = gmalg.SM2(pk=sm2.encode_point(sm2.public_key(_KEY)), uid=sm2.DEFAULT_ID)
    assert verifier.verify(msg, r2.to_bytes(32, "big"), s2.to_bytes(32, "big"))
    ct = sm2.decode_ciphertext(sm2.encrypt(sm2.public_key(_KEY), msg))
    assert other.decrypt(sm2.encode_point(ct.c1) + ct.c3 + ct.c2) == msg


@settings(max_examples=10, deadline=None)
@given(st.binary(min_size=1, max_size=200), st.integers(1, sm2.N - 2))
def test_sm2_round_trips(msg: bytes, d: int) -> None:
    pub = sm2.public_key(d)
    assert sm2.decrypt(d, sm2.encrypt(pub, msg)) == msg
    sig = sm2.sign(d, msg)
    assert sm2.verify(pub, msg, sig)
    assert not sm2.verify(pub, msg + b"x", sig)
    assert not sm2.verify(pub, msg, sig, uid=b"another id")


def test_sm2_decrypt_errors() -> None:
    pub = sm2.public_key(_KEY)
    ct = sm2.decode_ciphertext(sm2.encrypt(pub, b"\x01\x01" + bytes(46)))
    tampered = sm2.encode_ciphertext(ct._replace(c2=bytes([ct.c2[0] ^ 1]) + ct.c2[1:]))
    with pytest.raises(sm2.SM2DecryptError, match="C3 mismatch"):
        sm2.decrypt(_KEY, tampered)
    with pytest.raises(sm2.SM2DecryptError, match="C3 mismatch"):
        sm2.decrypt(_KEY + 1, sm2.encode_ciphertext(ct))
    off_curve = sm2.encode_ciphertext(ct._replace(c1=sm2.Point(ct.c1.x, ct.c1.y ^ 1)))
    with pytest.raises(sm2.SM2DecryptError, match="not on the curve"):
        sm2.decrypt(_KEY, off_curve)
    with pytest.raises(sm2.SM2DecryptError, match="not the DER"):
        sm2.decrypt(_KEY, b"\x30\x00")
    with pytest.raises(sm2.SM2Error):
        sm2.verify(pub, b"m", b"not der")



# --- PRF ----------------------------------------------------------------------------------------


def test_prf_sha256_known_answer() -> None:
    # The widely used TLS 1.2 PRF (SHA-256) test vector.
    out = prf("SHA256", bytes.fromhex("9bbe436ba940f017b17652849a71db35"), b"test label",
              bytes.fromhex("a0ba9f936cda311827a6f796ffd5198c"), 100)
    assert out.hex().startswith("e3f229ba727be17b8d122620557cd453c2aab21d07c3d495329b52d4e61edb5a")
    assert out.hex().endswith("5a5110fff70187347b66")


def test_key_block_layout() -> None:
    cbc, gcm, sha = suite(0xE013), suite(0xE053), suite(0xE01C)
    km = key_block(bytes(48), CR, SR, cbc)
    assert [len(x) for x in (km.client_mac, km.server_mac, km.client_key, km.server_key,
                             km.client_iv, km.server_iv)] == [32, 32, 16, 16, 16, 16]
    km = key_block(bytes(48), CR, SR, gcm)
    assert [len(km.client_mac), len(km.client_key), len(km.client_iv)] == [0, 16, 4]
    assert key_block(bytes(48), CR, SR, sha) != key_block(bytes(48), CR, SR, cbc)
    assert bytes(48).hex() not in repr(km) and "client_key=" not in repr(km)
    assert len(finished_verify_data(bytes(48), "client finished", b"x", "SM3")) == 12
    with pytest.raises(ValueError):
        finished_verify_data(bytes(48), "client", b"x", "SM3")


# --- records ------------------------------------------------------------------------------------


def _decryptor(sid: int) -> RecordDecryptor:
    s = suite(sid)
    km = key_block(bytes(range(48)), CR, SR, s)
    return RecordDecryptor(s, km.client_key, km.client_iv, km.client_mac)


@settings(max_examples=25, deadline=None)
@given(st.sampled_from([0xE011, 0xE013, 0xE051, 0xE053, 0xE019, 0xE01C, 0xE05A]),
       st.binary(max_size=300), st.integers(0, 2**64 - 1), st.sampled_from([21, 22, 23]))
def test_record_round_trip(sid: int, data: bytes, seq: int, ctype: int) -> None:
    dec = _decryptor(sid)
    frag = dec.encrypt(ctype, 0x0101, seq, data)
    assert dec.decrypt(ctype, 0x0101, seq, frag) == data
    with pytest.raises(DecryptError):
        dec.decrypt(ctype, 0x0101, (seq + 1) % 2**64, frag)
    with pytest.raises(DecryptError):
        dec.decrypt(ctype ^ 1, 0x0101, seq, frag)


def test_record_errors() -> None:
    cbc, gcm = _decryptor(0xE013), _decryptor(0xE053)
    frag = cbc.encrypt(23, 0x0101, 0, b"hello")
    with pytest.raises(DecryptError, match="record shorter than IV\\+MAC"):
        cbc.decrypt(23, 0x0101, 0, frag[:16 + 16])
    with pytest.raises(DecryptError, match="whole number"):
        cbc.decrypt(23, 0x0101, 0, frag[:-1])
    # Flip a bit of the IV: the first plaintext byte changes, the MAC fails.
    with pytest.raises(DecryptError, match="bad MAC"):
        cbc.decrypt(23, 0x0101, 0, bytes([frag[0] ^ 1]) + frag[1:])
    # Flip the last byte of the next-to-last block: the padding byte changes.
    bad = bytearray(frag)
    bad[-17] ^= 0x40
    with pytest.raises(DecryptError, match="padding"):
        cbc.decrypt(23, 0x0101, 0, bytes(bad))
    gfrag = gcm.encrypt(23, 0x0101, 0, b"hello")
    with pytest.raises(DecryptError, match="GCM tag mismatch"):
        gcm.decrypt(23, 0x0101, 0, gfrag[:-1] + bytes([gfrag[-1] ^ 1]))
    with pytest.raises(DecryptError, match="record shorter"):
        gcm.decrypt(23, 0x0101, 0, gfrag[:23])
    assert gcm.decrypt(23, 0x0101, 0, gcm.encrypt(23, 0x0101, 0, b"")) == b""
    with pytest.raises(ValueError):
        RecordDecryptor(suite(0xE003), bytes(16), bytes(16), bytes(32))  # SM1


# --- pre-master edge cases ----------------------------------------------------------------------


def test_premaster_without_keys() -> None:
    ecc, rsa_suite, ibc = suite(0xE013), suite(0xE019), suite(0xE017)
    key = PrivateKey.from_sm2(_KEY, "test key")
    pms = b"\x01\x01" + bytes(range(46))
    der = sm2.encrypt(key.sm2_public, pms)
    body = len(der).to_bytes(2, "big") + der
    assert recover_premaster(ecc, body, [key], None) == (pms, "SM2 decryption with test key")
    assert recover_premaster(ecc, der, [key], key.public_bytes())[0] == pms  # no length prefix
    with pytest.raises(PremasterError, match="no SM2 private key given"):
        recover_premaster(ecc, body, [], None)
    with pytest.raises(PremasterError, match="no RSA private key"):
        recover_premaster(rsa_suite, b"\x00\x02\x00\x00", [key], None)
    with pytest.raises(PremasterError, match="SM9"):
        recover_premaster(ibc, body, [key], None)
    with pytest.raises(PremasterError) as info:
        recover_premaster(ecc, body, [PrivateKey.from_sm2(_KEY + 1, "other")], None)
    assert pms.hex() not in str(info.value)


def test_public_key_of_rejects_junk() -> None:
    with pytest.raises(KeyLoadError):
        public_key_of(b"\x01\x02\x03")
