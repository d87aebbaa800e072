"""Loading private keys (SM2 and RSA) from PEM or DER files, including encrypted PKCS#8.

``cryptography`` refuses SM2 keys (unsupported curve), so the ASN.1 is read with asn1crypto and
PBES2 (PBKDF2 + SM4/AES-CBC, as GmSSL and OpenSSL write it) is decrypted here with
``cryptography``'s PBKDF2HMAC and block ciphers. RSA keys are handed to ``cryptography``.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import field
from pathlib import Path
from typing import Any

from asn1crypto import core, pem, x509
from asn1crypto import keys as asn1keys
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

from ..messages import msg, reason_of
from ..precompiled import dataclass
from . import sm2
from .errors import KeyLoadError

EC_PUBLIC_KEY_OID = "1.2.840.10045.2.1"
RSA_OID = "1.2.840.113549.1.1.1"
PBES2_OID = "1.2.840.113549.1.5.13"
PBKDF2_OID = "1.2.840.113549.1.5.12"

_PBKDF2_PRFS: dict[str, type[hashes.HashAlgorithm]] = {
    "1.2.840.113549.2.7": hashes.SHA1,  # hmacWithSHA1 (the PKCS#5 default)
    "1.2.840.113549.2.9": hashes.SHA256,
    "1.2.840.113549.2.10": hashes.SHA384,
    "1.2.840.113549.2.11": hashes.SHA512,
    "1.2.156.10197.1.401.2": hashes.SM3,  # hmacWithSM3 (GmSSL)
    "1.2.156.10197.1.401.3": hashes.SM3,  # seen in some GM/T 0010 writers
}

# encryption scheme OID -> (block cipher factory, key length)
_PBES2_CIPHERS: dict[str, tuple[str, int]] = {
    "1.2.156.10197.1.104.2": ("SM4", 16),  # SM4-CBC
    "2.16.840.1.101.3.4.1.2": ("AES", 16),  # aes128-CBC
    "2.16.840.1.101.3.4.1.22": ("AES", 24),
    "2.16.840.1.101.3.4.1.42": ("AES", 32),
}


class KeyKind(enum.StrEnum):
    SM2 = "SM2"
    RSA = "RSA"


@dataclass(frozen=True, eq=False)
class PrivateKey:
    """One private key. The secret parts are never shown by repr() or str()."""

    kind: KeyKind
    source: str  # where it came from ("file.pem #1"), for messages
    _sm2_private: int | None = field(default=None, repr=False)
    _rsa_private: rsa.RSAPrivateKey | None = field(default=None, repr=False)
    _sm2_public: sm2.Point | None = field(default=None, repr=False)

    @classmethod
    def from_sm2(cls, private: int, source: str = "SM2 key") -> PrivateKey:
        if not 1 <= private < sm2.N - 1:
            raise KeyLoadError(msg("{source}: SM2 private key out of range", source=source))
        return cls(KeyKind.SM2, source, _sm2_private=private, _sm2_public=sm2.public_key(private))

    @classmethod
    def from_rsa(cls, key: rsa.RSAPrivateKey, source: str = "RSA key") -> PrivateKey:
        return cls(KeyKind.RSA, source, _rsa_private=key)

    # --- public parts ---------------------------------------------------------------------

    @property
    def sm2_public(self) -> sm2.Point:
        if self._sm2_public is None:
            raise TypeError("not an SM2 key")
        return self._sm2_public

    @property
    def rsa_public(self) -> rsa.RSAPublicKey:
        if self._rsa_private is None:
            raise TypeError("not an RSA key")
        return self._rsa_private.public_key()

    def public_bytes(self) -> bytes:
        """Uncompressed point for SM2, DER SubjectPublicKeyInfo for RSA."""
        if self.kind is KeyKind.SM2:
            return sm2.encode_point(self.sm2_public)
        return self.rsa_public.public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    def matches(self, public: bytes) -> bool:
        """Whether this key belongs to ``public``: a certificate (DER), a SubjectPublicKeyInfo
        (DER) or a raw SM2 point."""
        try:
            kind, value = public_key_of(public)
        except KeyLoadError:
            return False
        if kind is not self.kind:
            return False
        if kind is KeyKind.SM2:
            return value == self.sm2_public
        assert isinstance(value, rsa.RSAPublicKey)
        return value.public_numbers() == self.rsa_public.public_numbers()

    # --- private operations ---------------------------------------------------------------

    def sm2_decrypt(self, ciphertext_der: bytes) -> bytes:
        if self._sm2_private is None:
            raise TypeError("not an SM2 key")
        return sm2.decrypt(self._sm2_private, ciphertext_der)

    def sm2_sign(self, message: bytes, uid: bytes = sm2.DEFAULT_ID) -> bytes:
        if self._sm2_private is None:
            raise TypeError("not an SM2 key")
        return sm2.sign(self._sm2_private, message, uid)

    def rsa_decrypt_pkcs1v15(self, ciphertext: bytes) -> bytes:
        """PKCS#1 v1.5 decryption. With OpenSSL's implicit rejection a wrong key or a bad
        ciphertext may give random bytes instead of a ValueError: check the result."""
        if self._rsa_private is None:
            raise TypeError("not an RSA key")
        return self._rsa_private.decrypt(ciphertext, padding.PKCS1v15())

    def __str__(self) -> str:
        return f"{self.kind} private key ({self.source})"


def public_key_of(data: bytes) -> tuple[KeyKind, sm2.Point | rsa.RSAPublicKey]:
    """The public key in a DER certificate, a DER SubjectPublicKeyInfo or a raw SM2 point."""
    if len(data) in (33, 64, 65) and data[0] in (2, 3, 4):
        try:
            return KeyKind.SM2, sm2.decode_point(data)
        except sm2.SM2Error:
            pass
    spki: Any = None
    try:
        cert = x509.Certificate.load(data, strict=True)
        spki = cert["tbs_certificate"]["subject_public_key_info"]
        spki["algorithm"]["algorithm"].dotted  # noqa: B018 - forces parsing
    except (ValueError, TypeError, KeyError):
        try:
            spki = asn1keys.PublicKeyInfo.load(data, strict=True)
            spki["algorithm"]["algorithm"].dotted  # noqa: B018
        except (ValueError, TypeError, KeyError) as exc:
            raise KeyLoadError(msg("not a certificate, SubjectPublicKeyInfo or SM2 point")) from exc
    oid = spki["algorithm"]["algorithm"].dotted
    if oid == RSA_OID:
        der = spki.dump()
        key = serialization.load_der_public_key(der)
        if not isinstance(key, rsa.RSAPublicKey):
            raise KeyLoadError(msg("RSA public key did not load"))
        return KeyKind.RSA, key
    if oid in (EC_PUBLIC_KEY_OID, sm2.CURVE_OID):
        point = bytes(spki["public_key"].contents)[1:]  # skip the BIT STRING unused-bits byte
        try:
            return KeyKind.SM2, sm2.decode_point(point)
        except sm2.SM2Error as exc:
            raise KeyLoadError(msg("bad SM2 public key: {reason}", reason=reason_of(exc))) from exc
    raise KeyLoadError(msg("unsupported public key algorithm {oid}", oid=oid))


# --- loading ------------------------------------------------------------------------------------


def load_private_keys(path: str | Path, password: bytes | None = None) -> list[PrivateKey]:
    """Every private key in a PEM file (several blocks allowed) or a DER file."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise KeyLoadError(msg("{source}: cannot read ({reason})",
                               source=p.name, reason=exc.strerror)) from exc
    return load_private_keys_from_bytes(data, password, source=p.name)


def load_private_keys_from_bytes(
    data: bytes, password: bytes | None = None, source: str = "key"
) -> list[PrivateKey]:
    blocks: list[tuple[str, bytes]]
    if pem.detect(data):
        try:
            blocks = [(t, der) for t, _h, der in pem.unarmor(data, multiple=True)]
        except ValueError as exc:
            raise KeyLoadError(msg("{source}: malformed PEM", source=source)) from exc
    else:
        blocks = [("", data)]
    out: list[PrivateKey] = []
    for i, (label, der) in enumerate(blocks, 1):
        name = f"{source} #{i}" if len(blocks) > 1 else source
        if label in ("CERTIFICATE", "PUBLIC KEY", "EC PARAMETERS", "SM2 PARAMETERS"):
            continue
        out.append(_load_der(label, der, password, name))
    if not out:
        raise KeyLoadError(msg("{source}: no private key found", source=source))
    return out


def _load_der(label: str, der: bytes, password: bytes | None, source: str) -> PrivateKey:
    if label == "ENCRYPTED PRIVATE KEY" or (not label and _looks_encrypted(der)):
        if password is None:
            raise KeyLoadError(msg("{source}: the private key is encrypted: a password is needed",
                                   source=source))
        return _from_pkcs8(_decrypt_pkcs8(der, password, source), source)
    if label == "EC PRIVATE KEY":
        return _from_sec1(der, None, source)
    if label == "RSA PRIVATE KEY":
        return _rsa_from_der(der, source)
    if label in ("PRIVATE KEY", ""):
        try:
            return _from_pkcs8(der, source)
        except KeyLoadError:
            if label:
                raise
        for loader in (_from_sec1_plain, _rsa_from_der):
            try:
                return loader(der, source)
            except KeyLoadError:
                continue
        raise KeyLoadError(msg("{source}: not a PKCS#8, SEC1 or RSA private key", source=source))
    raise KeyLoadError(msg("{source}: unsupported PEM block '{label}'", source=source, label=label))


def _looks_encrypted(der: bytes) -> bool:
    try:
        info = asn1keys.EncryptedPrivateKeyInfo.load(der, strict=True)
        info["encryption_algorithm"]["algorithm"].dotted  # noqa: B018
        return True
    except (ValueError, TypeError, KeyError):
        return False


def _decrypt_pkcs8(der: bytes, password: bytes, source: str) -> bytes:
    try:
        info = asn1keys.EncryptedPrivateKeyInfo.load(der, strict=True)
        scheme = info["encryption_algorithm"]["algorithm"].dotted
    except (ValueError, TypeError, KeyError) as exc:
        raise KeyLoadError(msg("{source}: malformed encrypted PKCS#8", source=source)) from exc
    if scheme != PBES2_OID:
        return _decrypt_with_cryptography(der, password, source, scheme)
    try:
        params = info["encryption_algorithm"]["parameters"]
        kdf = params["key_derivation_func"]
        enc = params["encryption_scheme"]
        kdf_oid = kdf["algorithm"].dotted
        enc_oid = enc["algorithm"].dotted
    except (ValueError, TypeError, KeyError) as exc:
        raise KeyLoadError(msg("{source}: malformed PBES2 parameters", source=source)) from exc
    if kdf_oid != PBKDF2_OID:
        return _decrypt_with_cryptography(der, password, source, kdf_oid)
    if enc_oid not in _PBES2_CIPHERS:
        return _decrypt_with_cryptography(der, password, source, enc_oid)
    cipher_name, key_len = _PBES2_CIPHERS[enc_oid]
    try:
        kp = kdf["parameters"]
        salt = kp["salt"].native
        iterations = int(kp["iteration_count"].native)
        prf_oid = kp["prf"]["algorithm"].dotted
        iv = enc["parameters"].native
        if isinstance(iv, core.OctetString):
            iv = iv.native
        encrypted = bytes(info["encrypted_data"].native)
    except (ValueError, TypeError, KeyError) as exc:
        raise KeyLoadError(msg("{source}: malformed PBKDF2 parameters", source=source)) from exc
    if not isinstance(salt, bytes) or not isinstance(iv, bytes) or len(iv) != 16:
        raise KeyLoadError(msg("{source}: unsupported PBKDF2 salt or cipher IV", source=source))
    if prf_oid not in _PBKDF2_PRFS:
        raise KeyLoadError(msg("{source}: unsupported PBKDF2 PRF {prf_oid}",
                               source=source, prf_oid=prf_oid))
    if len(encrypted) == 0 or len(encrypted) % 16:
        raise KeyLoadError(msg("{source}: encrypted key is not a whole number of blocks",
                               source=source))
    key = PBKDF2HMAC(_PBKDF2_PRFS[prf_oid](), key_len, salt, iterations).derive(password)
    algo = algorithms.SM4(key) if cipher_name == "SM4" else algorithms.AES(key)
    dec = Cipher(algo, modes.CBC(iv)).decryptor()
    plain = dec.update(encrypted) + dec.finalize()
    pad = plain[-1]
    if not 1 <= pad <= 16 or plain[-pad:] != bytes([pad]) * pad:
        raise KeyLoadError(msg("{source}: wrong password (or corrupted encrypted key)",
                               source=source))
    plain = plain[:-pad]
    try:
        _parse_pkcs8(plain)
    except ValueError as exc:
        raise KeyLoadError(msg("{source}: wrong password (or corrupted encrypted key)",
                               source=source)) from exc
    return plain


def _decrypt_with_cryptography(der: bytes, password: bytes, source: str, what: str) -> bytes:
    """Other encryption schemes (PBES1, scrypt...): only for keys cryptography supports."""
    try:
        key = serialization.load_der_private_key(der, password)
    except ValueError as exc:
        raise KeyLoadError(msg("{source}: wrong password or unsupported encryption {what}",
                               source=source, what=what)) from exc
    except UnsupportedAlgorithm as exc:
        raise KeyLoadError(msg("{source}: unsupported key encryption {what}",
                               source=source, what=what)) from exc
    return key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


class _AlgorithmIdentifier(core.Sequence):
    _fields = [("algorithm", core.ObjectIdentifier), ("parameters", core.Any, {"optional": True})]


class _PrivateKeyInfo(core.Sequence):
    """PKCS#8 PrivateKeyInfo, read without asn1crypto's per-algorithm parsing (which rejects
    the SM2 OID used as the algorithm by some writers)."""

    _fields = [
        ("version", core.Integer),
        ("private_key_algorithm", _AlgorithmIdentifier),
        ("private_key", core.OctetString),
        ("attributes", core.Any, {"implicit": 0, "optional": True}),
    ]


def _parse_pkcs8(der: bytes) -> tuple[str, str | None, bytes]:
    """(algorithm OID, named curve OID or None, private key octets); ValueError if not PKCS#8."""
    try:
        info = _PrivateKeyInfo.load(der, strict=True)
        oid = info["private_key_algorithm"]["algorithm"].dotted
        params = info["private_key_algorithm"]["parameters"]
        key = bytes(info["private_key"].native)
    except (ValueError, TypeError, KeyError) as exc:
        raise ValueError("not PKCS#8") from exc
    curve = None
    if not isinstance(params, core.Void) and params is not None:
        try:
            curve = core.ObjectIdentifier.load(params.dump()).dotted
        except (ValueError, TypeError):
            curve = None  # explicit curve parameters: not supported, reported below
    return oid, curve, key


def _from_pkcs8(der: bytes, source: str) -> PrivateKey:
    try:
        oid, curve, key = _parse_pkcs8(der)
    except ValueError as exc:
        raise KeyLoadError(msg("{source}: not a PKCS#8 private key", source=source)) from exc
    if oid == RSA_OID:
        return _rsa_from_der(der, source)
    if oid == sm2.CURVE_OID:
        return _from_sec1(key, sm2.CURVE_OID, source)
    if oid == EC_PUBLIC_KEY_OID:
        return _from_sec1(key, curve, source)
    raise KeyLoadError(msg("{source}: unsupported private key algorithm {oid}",
                           source=source, oid=oid))


class _ECPrivateKey(core.Sequence):
    """RFC 5915 ECPrivateKey, with the curve OID kept as a plain ObjectIdentifier."""

    _fields = [
        ("version", core.Integer),
        ("private_key", core.OctetString),
        ("parameters", core.ObjectIdentifier, {"explicit": 0, "optional": True}),
        ("public_key", core.BitString, {"explicit": 1, "optional": True}),
    ]


def _from_sec1_plain(der: bytes, source: str) -> PrivateKey:
    return _from_sec1(der, None, source)


def _from_sec1(der: bytes, curve: str | None, source: str) -> PrivateKey:
    try:
        ec = _ECPrivateKey.load(der, strict=True)
        scalar = bytes(ec["private_key"].native)
        params = ec["parameters"]
        inner_curve = None if isinstance(params, core.Void) else params.dotted
    except (ValueError, TypeError, KeyError) as exc:
        raise KeyLoadError(msg("{source}: not an EC private key", source=source)) from exc
    curve = curve or inner_curve
    if curve is not None and curve != sm2.CURVE_OID:
        raise KeyLoadError(msg("{source}: unsupported EC curve {curve} (only SM2 keys are used)",
                               source=source, curve=curve))
    if curve is None:
        raise KeyLoadError(msg("{source}: EC private key names no curve", source=source))
    return PrivateKey.from_sm2(int.from_bytes(scalar, "big"), source)


def _rsa_from_der(der: bytes, source: str) -> PrivateKey:
    try:
        key = serialization.load_der_private_key(der, None)
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        raise KeyLoadError(msg("{source}: not an RSA private key", source=source)) from exc
    if not isinstance(key, rsa.RSAPrivateKey):
        raise KeyLoadError(msg("{source}: not an RSA private key", source=source))
    return PrivateKey.from_rsa(key, source)


def find_key(keys: Sequence[PrivateKey], public: bytes) -> PrivateKey | None:
    """The first key matching a certificate / SubjectPublicKeyInfo / point."""
    for key in keys:
        if key.matches(public):
            return key
    return None
