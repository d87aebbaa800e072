"""The TLS 1.3 key schedule pieces a decoder needs (RFC 8446 7), with SM3 for RFC 8998 suites.

From a traffic secret of the key log: the record key and IV (HKDF-Expand-Label "key"/"iv"),
the next secret after a KeyUpdate ("traffic upd"), the Finished MAC ("finished"); the record
nonce (IV XOR sequence number) and the signed content of CertificateVerify (RFC 8446 4.4.3).
"""

from __future__ import annotations

from ..registry import CipherSuite, Hash
from .hashes import digest, digest_length, hmac_digest

IV_LENGTH = 12

CERTIFICATE_VERIFY_CONTEXT = {
    "server": b"TLS 1.3, server CertificateVerify",
    "client": b"TLS 1.3, client CertificateVerify",
}


def hkdf_expand(hash_: Hash, prk: bytes, info: bytes, length: int) -> bytes:
    """RFC 5869 2.3: T(i) = HMAC(PRK, T(i-1) || info || i)."""
    out = bytearray()
    block = b""
    counter = 1
    while len(out) < length:
        block = hmac_digest(hash_, prk, block + info + bytes([counter]))
        out += block
        counter += 1
    return bytes(out[:length])


def hkdf_expand_label(hash_: Hash, secret: bytes, label: str, context: bytes,
                      length: int) -> bytes:
    """RFC 8446 7.1: HKDF-Expand(secret, HkdfLabel, length), the label prefixed "tls13 "."""
    full = b"tls13 " + label.encode()
    info = (length.to_bytes(2, "big") + bytes([len(full)]) + full + bytes([len(context)])
            + context)
    return hkdf_expand(hash_, secret, info, length)


def traffic_keys(suite: CipherSuite, secret: bytes) -> tuple[bytes, bytes]:
    """(write key, write IV) of a traffic secret (RFC 8446 7.3)."""
    hash_ = suite.prf_hash
    return (hkdf_expand_label(hash_, secret, "key", b"", suite.key_length),
            hkdf_expand_label(hash_, secret, "iv", b"", IV_LENGTH))


def next_traffic_secret(suite: CipherSuite, secret: bytes) -> bytes:
    """The application traffic secret after a KeyUpdate (RFC 8446 7.2)."""
    hash_ = suite.prf_hash
    return hkdf_expand_label(hash_, secret, "traffic upd", b"", digest_length(hash_))


def finished_verify_data(suite: CipherSuite, handshake_secret: bytes, transcript: bytes) -> bytes:
    """HMAC(finished_key, Transcript-Hash(messages before this Finished)) (RFC 8446 4.4.4)."""
    hash_ = suite.prf_hash
    key = hkdf_expand_label(hash_, handshake_secret, "finished", b"", digest_length(hash_))
    return hmac_digest(hash_, key, digest(hash_, transcript))


def record_nonce(iv: bytes, sequence: int) -> bytes:
    """The per-record nonce: the IV XOR the 64-bit sequence number, left-padded (5.3)."""
    padded = sequence.to_bytes(len(iv), "big")
    return bytes(a ^ b for a, b in zip(iv, padded, strict=True))


def message_hash(suite: CipherSuite, first_client_hello: bytes) -> bytes:
    """What replaces ClientHello1 in the transcript after a HelloRetryRequest (4.4.1)."""
    hashed = digest(suite.prf_hash, first_client_hello)
    return bytes([254, 0, 0, len(hashed)]) + hashed


def certificate_verify_content(side: str, suite: CipherSuite, transcript: bytes) -> bytes:
    """64 spaces, the context string, a zero byte, Transcript-Hash (RFC 8446 4.4.3)."""
    return (b" " * 64 + CERTIFICATE_VERIFY_CONTEXT[side] + b"\x00"
            + digest(suite.prf_hash, transcript))
