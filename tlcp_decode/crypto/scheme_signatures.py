"""Signatures named by a TLS SignatureScheme (TLS 1.3 CertificateVerify, TLS 1.2 signatures):
sm2sig_sm3 with RFC 8998's SM2 identifier, ECDSA, RSA-PSS, RSA PKCS#1 v1.5, EdDSA."""

from __future__ import annotations

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, padding, rsa

from .. import registry
from ..messages import msg
from ..registry import SignatureAlgorithm
from . import sm2
from .errors import KeyLoadError
from .keys import KeyKind, public_key_of
from .library_reasons import library_reason
from .signatures import SignatureCheck

#: RFC 8998 3.2.1: the SM2 distinguishing identifier of sm2sig_sm3 in TLS 1.3 (GmSSL and Tongsuo
#: agree; it is not the SM2 default ID 1234567812345678 of certificates and TLCP).
TLS13_SM2_ID = b"TLSv1.3+GM+Cipher+Suite"

_HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "SHA1": hashes.SHA1, "SHA224": hashes.SHA224, "SHA256": hashes.SHA256,
    "SHA384": hashes.SHA384, "SHA512": hashes.SHA512, "SM3": hashes.SM3,
}


def verify_scheme(scheme_id: int, certificate: bytes, content: bytes,
                  signature: bytes) -> SignatureCheck:
    """Does ``signature`` (scheme ``scheme_id``) over ``content`` verify with the certificate's
    public key? The detail names the scheme; a scheme not implemented here is said so."""
    scheme = registry.signature_scheme(scheme_id)
    name = registry.signature_scheme_name(scheme_id)
    if scheme is None:
        return SignatureCheck(False, msg("unknown signature scheme {name}", name=name))
    if scheme.algorithm is SignatureAlgorithm.SM2:
        try:
            kind, pub = public_key_of(certificate)
        except KeyLoadError as exc:
            return SignatureCheck(False, msg("{name}: cannot read the public key ({error})", name=name,
                                            error=str(exc)))
        if kind is not KeyKind.SM2 or not isinstance(pub, sm2.Point):
            return SignatureCheck(False, msg("{name}: the certificate has no SM2 key", name=name))
        try:
            ok = sm2.verify(pub, content, signature, TLS13_SM2_ID)
        except sm2.SM2Error as exc:
            return SignatureCheck(False, msg("{name}: {error}", name=name, error=str(exc)))
        return SignatureCheck(ok, msg("{name} signature verifies" if ok else
                                      "{name} signature does NOT verify", name=name))
    try:
        key = x509.load_der_x509_certificate(certificate).public_key()
    except (ValueError, UnsupportedAlgorithm) as exc:
        return SignatureCheck(False, msg("{name}: cannot read the public key ({error})", name=name,
                                         error=library_reason(exc)))
    hash_cls = _HASHES.get(scheme.hash)
    try:
        if scheme.algorithm is SignatureAlgorithm.ECDSA and isinstance(
                key, ec.EllipticCurvePublicKey) and hash_cls is not None:
            key.verify(signature, content, ec.ECDSA(hash_cls()))
        elif scheme.algorithm in (SignatureAlgorithm.RSA_PSS_RSAE, SignatureAlgorithm.RSA_PSS_PSS
                                  ) and isinstance(key, rsa.RSAPublicKey) and hash_cls is not None:
            key.verify(signature, content,
                       padding.PSS(padding.MGF1(hash_cls()), padding.PSS.DIGEST_LENGTH), hash_cls())
        elif scheme.algorithm is SignatureAlgorithm.RSA_PKCS1 and isinstance(
                key, rsa.RSAPublicKey) and hash_cls is not None:
            key.verify(signature, content, padding.PKCS1v15(), hash_cls())
        elif isinstance(key, ed25519.Ed25519PublicKey | ed448.Ed448PublicKey):
            key.verify(signature, content)
        else:
            return SignatureCheck(False, msg("{name}: not verified (scheme and key {key} not "
                                             "supported here)", name=name,
                                             key=type(key).__name__))
    except InvalidSignature:
        return SignatureCheck(False, msg("{name} signature does NOT verify", name=name))
    return SignatureCheck(True, msg("{name} signature verifies", name=name))
