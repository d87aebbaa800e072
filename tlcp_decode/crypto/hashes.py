"""Hash and HMAC primitives (all from ``cryptography``), selected by the registry's Hash."""

from __future__ import annotations

from cryptography.hazmat.primitives import hashes, hmac

from ..registry import Hash

_ALGORITHMS: dict[Hash, type[hashes.HashAlgorithm]] = {
    Hash.SM3: hashes.SM3,
    Hash.SHA256: hashes.SHA256,
    Hash.SHA384: hashes.SHA384,
    Hash.SHA1: hashes.SHA1,
    Hash.MD5: hashes.MD5,
}


def algorithm(hash_: Hash | str) -> hashes.HashAlgorithm:
    return _ALGORITHMS[Hash(hash_)]()


def digest(hash_: Hash | str, data: bytes) -> bytes:
    if hash_ == Hash.MD5_SHA1:  # TLS 1.0/1.1's handshake hash (RFC 2246 7.4.9)
        return digest(Hash.MD5, data) + digest(Hash.SHA1, data)
    h = hashes.Hash(algorithm(hash_))
    h.update(data)
    return h.finalize()


def sm3(data: bytes) -> bytes:
    return digest(Hash.SM3, data)


def hmac_digest(hash_: Hash | str, key: bytes, data: bytes) -> bytes:
    h = hmac.HMAC(key, algorithm(hash_))
    h.update(data)
    return h.finalize()


def digest_length(hash_: Hash | str) -> int:
    return algorithm(hash_).digest_size
