"""The TLS 1.2-style PRF of GB/T 38636-2020 6.5.2 (P_hash with HMAC-SM3, or HMAC-SHA256 for the
*_SHA256 suites), the master secret, the key block and the Finished verify_data; TLS 1.0 and
1.1's PRF (``Hash.MD5_SHA1``: P_MD5 XOR P_SHA1, RFC 2246 5) where the version asks for it."""

from __future__ import annotations

from dataclasses import field

from ..precompiled import dataclass
from ..registry import CipherSuite, Hash
from .hashes import digest, hmac_digest

MASTER_SECRET_LENGTH = 48
VERIFY_DATA_LENGTH = 12
FINISHED_LABELS = ("client finished", "server finished")
MASTER_SECRET_LABEL = b"master secret"
#: RFC 7627 4: with the extended_master_secret extension, the seed is the session hash
EXTENDED_MASTER_SECRET_LABEL = b"extended master secret"
KEY_EXPANSION_LABEL = b"key expansion"


def master_secret_seed(client_random: bytes, server_random: bytes) -> bytes:
    return client_random + server_random


def key_expansion_seed(client_random: bytes, server_random: bytes) -> bytes:
    """Note the order: server_random + client_random (RFC 5246 6.3)."""
    return server_random + client_random


def p_hash(hash_: Hash | str, secret: bytes, seed: bytes, length: int) -> bytes:
    """RFC 5246 5: A(0) = seed, A(i) = HMAC(secret, A(i-1)); output HMAC(secret, A(i) || seed)."""
    out = bytearray()
    a = seed
    while len(out) < length:
        a = hmac_digest(hash_, secret, a)
        out += hmac_digest(hash_, secret, a + seed)
    return bytes(out[:length])


def prf(hash_: Hash | str, secret: bytes, label: bytes, seed: bytes, length: int) -> bytes:
    if hash_ == Hash.MD5_SHA1:  # RFC 2246 5: the secret's two halves (sharing a middle byte
        half = (len(secret) + 1) // 2  # when its length is odd)
        md5 = p_hash(Hash.MD5, secret[:half], label + seed, length)
        sha1 = p_hash(Hash.SHA1, secret[len(secret) - half:], label + seed, length)
        return bytes(a ^ b for a, b in zip(md5, sha1, strict=True))
    return p_hash(hash_, secret, label + seed, length)


def master_secret(
    pre_master: bytes, client_random: bytes, server_random: bytes, hash_: Hash | str
) -> bytes:
    return prf(hash_, pre_master, MASTER_SECRET_LABEL,
               master_secret_seed(client_random, server_random), MASTER_SECRET_LENGTH)


def session_hash(hash_: Hash | str, handshake_messages: bytes) -> bytes:
    """RFC 7627 3: the hash of the handshake messages up to and including ClientKeyExchange."""
    return digest(hash_, handshake_messages)



@dataclass(frozen=True)
class KeyMaterial:
    """The key block split per the suite (RFC 5246 6.3). Secrets are hidden from repr()."""

    client_mac: bytes = field(repr=False)
    server_mac: bytes = field(repr=False)
    client_key: bytes = field(repr=False)
    server_key: bytes = field(repr=False)
    client_iv: bytes = field(repr=False)  # the 4-byte nonce salt for GCM
    server_iv: bytes = field(repr=False)

    @property
    def block(self) -> bytes:
        """The whole key block, in the order it was split."""
        return (self.client_mac + self.server_mac + self.client_key + self.server_key
                + self.client_iv + self.server_iv)


def key_block_length(suite: CipherSuite) -> int:
    return 2 * (suite.mac_key_length + suite.key_length + suite.fixed_iv_length)


def key_block(
    master: bytes, client_random: bytes, server_random: bytes, suite: CipherSuite,
    prf_hash: Hash | None = None,
) -> KeyMaterial:
    """``prf_hash``: the version's PRF when it is not the suite's (TLS 1.0/1.1). A CBC suite's
    IVs are split off too (TLS 1.0 uses them; later versions carry one in each record)."""
    block = prf(prf_hash or suite.prf_hash, master, KEY_EXPANSION_LABEL,
                key_expansion_seed(client_random, server_random), key_block_length(suite))
    sizes = [suite.mac_key_length] * 2 + [suite.key_length] * 2 + [suite.fixed_iv_length] * 2
    parts = []
    offset = 0
    for size in sizes:
        parts.append(block[offset : offset + size])
        offset += size
    return KeyMaterial(*parts)


def finished_verify_data(
    master: bytes, label: str, handshake_messages: bytes, hash_: Hash | str
) -> bytes:
    """PRF(master, label, Hash(handshake_messages))[:12]; ``handshake_messages`` are all the
    handshake messages (with their 4-byte headers) before this Finished."""
    return verify_data_from_hash(master, label, digest(hash_, handshake_messages), hash_)


def verify_data_from_hash(
    master: bytes, label: str, transcript_hash: bytes, hash_: Hash | str
) -> bytes:
    """The Finished verify_data given the hash of the handshake transcript."""
    if label not in FINISHED_LABELS:
        raise ValueError(f"Finished label must be one of {FINISHED_LABELS}")
    return prf(hash_, master, label.encode(), transcript_hash, VERIFY_DATA_LENGTH)
