"""TLCP cryptography: key logs, private keys, SM2, the PRF, record protection, handshake
signatures and pre-master recovery.

SM3, SM4, HMAC and RSA come from ``cryptography``; SM2 is implemented in :mod:`.sm2`.
Secrets are never logged nor put in exception messages.
"""

from __future__ import annotations

from .errors import CryptoError, DecryptError, KeyLoadError, PremasterError
from .keylog import BadLine, KeyLog, load_keylog, load_keylogs, parse_keylog, write_keylog
from .keys import KeyKind, PrivateKey, find_key, load_private_keys, public_key_of
from .premaster import recover_premaster
from .prf import KeyMaterial, finished_verify_data, key_block, master_secret
from .record import RecordDecryptor, RecordOpening, connection_decryptors, decryptors_for
from .signatures import (
    SignatureCheck,
    split_server_key_exchange,
    split_signature,
    verify_certificate_signature,
    verify_certificate_verify,
    verify_ecc_server_key_exchange,
    verify_ecdhe_server_key_exchange,
    verify_rsa_server_key_exchange,
    verify_server_key_exchange,
)

__all__ = [
    "BadLine",
    "CryptoError",
    "DecryptError",
    "KeyKind",
    "KeyLoadError",
    "KeyLog",
    "KeyMaterial",
    "PremasterError",
    "PrivateKey",
    "RecordDecryptor",
    "RecordOpening",
    "SignatureCheck",
    "connection_decryptors",
    "decryptors_for",
    "find_key",
    "finished_verify_data",
    "key_block",
    "load_keylog",
    "load_keylogs",
    "load_private_keys",
    "master_secret",
    "parse_keylog",
    "public_key_of",
    "recover_premaster",
    "split_server_key_exchange",
    "split_signature",
    "verify_certificate_signature",
    "verify_certificate_verify",
    "verify_ecc_server_key_exchange",
    "verify_ecdhe_server_key_exchange",
    "verify_rsa_server_key_exchange",
    "verify_server_key_exchange",
    "write_keylog",
]
