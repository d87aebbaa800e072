"""Recovering the pre-master secret from a ClientKeyExchange with the server's private keys
(ECC: SM2 decryption; RSA: PKCS#1 v1.5 decryption) or an RSA key log line."""

from __future__ import annotations

from collections.abc import Sequence

from ..messages import Msg, joined, msg
from ..registry import CipherSuite, KeyExchange
from . import sm2
from .errors import PremasterError
from .keylog import KeyLog
from .keys import KeyKind, PrivateKey

PREMASTER_LENGTH = 48
TLCP_VERSION = 0x0101

_NO_KEYS_REASON = {
    KeyExchange.ECDHE: "ECDHE has forward secrecy: a key log (CLIENT_RANDOM) is needed",
    KeyExchange.DHE: "DHE has forward secrecy: a key log (CLIENT_RANDOM) is needed",
    KeyExchange.IBSDH: "IBSDH (SM9 key agreement) has forward secrecy: a key log "
                       "(CLIENT_RANDOM) is needed",
    KeyExchange.IBC: "IBC (SM9 encryption) pre-masters cannot be recovered: SM9 is not "
                     "supported, a key log (CLIENT_RANDOM) is needed",
    KeyExchange.TLS13: "TLS 1.3 suites are not TLCP",
}


def exchange_keys_body(body: bytes) -> bytes:
    """The encrypted pre-master inside a ClientKeyExchange body (uint16 length + data). A body
    without the length prefix (a bare DER SEQUENCE) is accepted too."""
    if len(body) >= 2 and int.from_bytes(body[:2], "big") == len(body) - 2:
        return body[2:]
    if body[:1] == b"\x30":
        return body
    raise PremasterError(msg("ClientKeyExchange length does not match its body"))


def recover_premaster(
    suite: CipherSuite,
    client_key_exchange_body: bytes,
    keys: Sequence[PrivateKey],
    enc_cert_der: bytes | None,
    keylog: KeyLog | None = None,
    client_version: int = TLCP_VERSION,
) -> tuple[bytes, str]:
    """(pre_master, source) or PremasterError with the reason. ``source`` names where the secret
    came from (a key file name or "key log"), never the secret. ``client_version``: the
    ClientHello's, which an RSA-encrypted pre-master starts with (RFC 5246 7.4.7.1; 0x0101 in
    TLCP)."""
    kx = suite.key_exchange
    if kx in _NO_KEYS_REASON:
        raise PremasterError(_NO_KEYS_REASON[kx])
    if kx not in (KeyExchange.ECC, KeyExchange.RSA):
        # (static DH and ECDH, PSK, SRP, Kerberos ...: not implemented, or no key file opens it)
        raise PremasterError(msg("no private key recovers a {kx} pre-master: a key log "
                                 "(CLIENT_RANDOM) is needed", kx=kx))
    encrypted = exchange_keys_body(client_key_exchange_body)
    if kx is KeyExchange.ECC:
        return _ecc(encrypted, keys, enc_cert_der)
    return _rsa(encrypted, keys, enc_cert_der, keylog, client_version)


def _candidates(
    keys: Sequence[PrivateKey], kind: KeyKind, enc_cert_der: bytes | None
) -> list[PrivateKey]:
    of_kind = [k for k in keys if k.kind is kind]
    if enc_cert_der is None:
        return of_kind
    return [k for k in of_kind if k.matches(enc_cert_der)]


def _check(pms: bytes, source: str) -> tuple[bytes, str]:
    if len(pms) != PREMASTER_LENGTH:
        raise PremasterError(msg("decrypted pre-master is {n} bytes, expected 48 ({source})",
                                 n=len(pms), source=source))
    return pms, source


def _ecc(
    encrypted: bytes, keys: Sequence[PrivateKey], enc_cert_der: bytes | None
) -> tuple[bytes, str]:
    candidates = _candidates(keys, KeyKind.SM2, enc_cert_der)
    if not candidates:
        if enc_cert_der is None:
            raise PremasterError(msg("no SM2 private key given"))
        raise PremasterError(msg("no SM2 private key matches the server's encryption "
                                 "certificate"))
    failures: list[Msg] = []
    for key in candidates:
        try:
            return _check(key.sm2_decrypt(encrypted), f"SM2 decryption with {key.source}")
        except sm2.SM2Error as exc:
            failures.append(msg("{source}: {error}", source=key.source, error=str(exc)))
    raise PremasterError(joined(failures, "{a}; {b}"))


def _rsa(
    encrypted: bytes, keys: Sequence[PrivateKey], enc_cert_der: bytes | None,
    keylog: KeyLog | None, client_version: int,
) -> tuple[bytes, str]:
    failures: list[Msg] = []
    version = client_version.to_bytes(2, "big")
    for key in _candidates(keys, KeyKind.RSA, enc_cert_der):
        # OpenSSL's implicit rejection returns random bytes instead of failing on bad padding,
        # so a wrong key is recognised by the result: 48 bytes starting with the client's
        # version.
        try:
            pms = key.rsa_decrypt_pkcs1v15(encrypted)
        except ValueError:
            pms = b""
        if len(pms) == PREMASTER_LENGTH and pms[:2] == version:
            return pms, f"RSA decryption with {key.source}"
        failures.append(msg(
            "{source}: RSA PKCS#1 v1.5 decryption failed (wrong key or corrupted ciphertext: "
            "no 48-byte pre-master starting with version {version})", source=key.source,
            version=f"0x{client_version:04x}"))
    if keylog is not None:
        logged = keylog.rsa_premaster(encrypted)
        if logged is not None:
            return _check(logged, "key log (RSA line)")
        failures.append(msg("no RSA line for this pre-master in the key log"))
    if not failures:
        raise PremasterError(msg(
            "no RSA private key matches the server's encryption certificate and no key log"))
    raise PremasterError(joined(failures, "{a}; {b}"))
