"""Checking the handshake signatures: ServerKeyExchange (ECC, ECDHE, RSA) and CertificateVerify.

Signed data, as GmSSL 3.3 and Tongsuo 8.5 produce it (checked against the real captures and
their sources):

* ECC and RSA ServerKeyExchange: ``client_random || server_random || uint24 length || DER of the
  server's encryption certificate`` (GB/T 38636-2020 6.4.5.4).
* ECDHE ServerKeyExchange: ``client_random || server_random || ServerECDHParams`` where the
  params are ``curve_type(3) || named_curve(2 bytes) || uint8 length || point``.
* SM2 signatures: SM2 with Z (default ID ``1234567812345678``) over the signed data, i.e.
  e = SM3(Z || data); DER ``SEQUENCE { r, s }``.
* RSA signatures: PKCS#1 v1.5 with a DigestInfo (SHA-256 in Tongsuo; SM3 is accepted too).
* CertificateVerify: GmSSL signs the handshake messages themselves (SM2: e = SM3(Z ||
  messages)); Tongsuo hashes them first with the signature's hash and signs that hash
  (ntls_statem_lib.c: SM2 e = SM3(Z || SM3(messages)); RSA: PKCS#1 v1.5 DigestInfo SHA-256 of
  SHA-256(messages)). Every form is tried and the detail names the one that verified.
"""

from __future__ import annotations

from collections.abc import Sequence

from asn1crypto import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from ..messages import Msg, joined, msg
from ..precompiled import dataclass
from ..registry import CipherSuite, Hash, KeyExchange
from . import sm2
from .errors import KeyLoadError
from .hashes import digest, sm3
from .keys import KeyKind, public_key_of
from .library_reasons import library_reason


@dataclass(frozen=True)
class SignatureCheck:
    """The verdict and, once the signer's key was read, every value the check computed (for
    the report's cryptographic values; all public)."""

    ok: bool
    detail: str
    algorithm: str = ""  # "SM2" or "RSA"; empty when the key or signature could not be read
    variant: str | None = None  # the name of the signed form that verified
    signed_data: bytes = b""  # the form that verified, else the first one tried
    public_key: bytes = b""  # SM2: 04 || x || y
    rsa_modulus: int | None = None
    rsa_exponent: int | None = None
    rs: tuple[int, int] | None = None  # SM2 (r, s)
    z: bytes = b""  # SM2: SM3(ENTL || ID || a || b || xG || yG || xA || yA)
    e: bytes = b""  # SM2: SM3(Z || signed_data)
    uid: bytes = b""  # SM2 distinguishing identifier used for Z
    rsa_hash: str = ""  # RSA: the digest of the PKCS#1 v1.5 signature that verified

    def __bool__(self) -> bool:
        return self.ok


@dataclass(frozen=True)
class SignedForm:
    """One way an implementation may have signed: a name and the data handed to the signer
    (the signer then hashes it: SM2 with Z, RSA with the DigestInfo's hash)."""

    name: str
    data: bytes


def signed_certificate_data(client_random: bytes, server_random: bytes, enc_cert: bytes) -> bytes:
    """What ECC and RSA ServerKeyExchange sign."""
    return client_random + server_random + len(enc_cert).to_bytes(3, "big") + enc_cert


def split_server_key_exchange(kx: KeyExchange, body: bytes) -> tuple[bytes, bytes]:
    """(params, signature) of a ServerKeyExchange body; params are empty for ECC and RSA."""
    params = b""
    if kx is KeyExchange.ECDHE:
        if len(body) < 4 or body[0] != 3:
            raise ValueError(msg("ECDHE ServerKeyExchange does not start with curve_type "
                                 "named_curve"))
        end = 4 + body[3]
        params, body = body[:end], body[end:]
    if len(body) < 2:
        raise ValueError(msg("ServerKeyExchange has no signature"))
    n = int.from_bytes(body[:2], "big")
    if len(body) != 2 + n:
        raise ValueError(msg("signature length {n} does not match the {left} bytes left",
                             n=n, left=len(body) - 2))
    return params, body[2:]


def split_signature(body: bytes) -> bytes:
    """The signature of a CertificateVerify body (uint16 length + signature)."""
    if len(body) < 2 or len(body) != 2 + int.from_bytes(body[:2], "big"):
        raise ValueError(msg("CertificateVerify length does not match its body"))
    return body[2:]


_RSA_HASHES: tuple[hashes.HashAlgorithm, ...] = (hashes.SHA256(), hashes.SM3())
_RSA_HASH_NAMES = {"sha256": "SHA-256", "sm3": "SM3"}


def _verify_any(cert: bytes, signature: bytes, forms: Sequence[SignedForm],
                what: str) -> SignatureCheck:
    """Try each form in order; the first that verifies names the result."""
    try:
        kind, pub = public_key_of(cert)
    except KeyLoadError as exc:
        return SignatureCheck(False, msg("{what}: cannot read the signer's public key ({error})",
                                         what=what, error=str(exc)))
    first = forms[0].data if forms else b""
    if kind is KeyKind.SM2:
        assert isinstance(pub, sm2.Point)
        point = sm2.encode_point(pub)
        z = sm2.z_value(pub)
        try:
            r, s = sm2.decode_signature(signature)
        except sm2.SM2Error as exc:
            return SignatureCheck(False, msg("{what}: {error}", what=what, error=str(exc)),
                                  "SM2", None, first, point, z=z, e=sm3(z + first),
                                  uid=sm2.DEFAULT_ID)
        for form in forms:
            e = sm3(z + form.data)
            if sm2.verify_digest(pub, int.from_bytes(e, "big"), r, s):
                return SignatureCheck(True, msg(
                    "{what}: valid SM2 signature (with Z, default ID) over {form}",
                    what=what, form=form.name), "SM2", form.name, form.data, point, rs=(r, s),
                    z=z, e=e, uid=sm2.DEFAULT_ID)
        return SignatureCheck(False, msg(
            "{what}: SM2 signature does not verify with the signer's key over any known form "
            "({forms})", what=what, forms=_form_list(forms)), "SM2", None, first, point,
            rs=(r, s), z=z, e=sm3(z + first), uid=sm2.DEFAULT_ID)
    assert isinstance(pub, rsa.RSAPublicKey)
    numbers = pub.public_numbers()
    for form in forms:
        for h in _RSA_HASHES:
            try:
                pub.verify(signature, form.data, padding.PKCS1v15(), h)
            except InvalidSignature:
                continue
            return SignatureCheck(True, msg(
                "{what}: valid RSA PKCS#1 v1.5 signature (DigestInfo {hash}) over {form}",
                what=what, hash=_RSA_HASH_NAMES.get(h.name, h.name.upper()), form=form.name),
                "RSA", form.name, form.data, rsa_modulus=numbers.n, rsa_exponent=numbers.e,
                rsa_hash=h.name.upper())
    return SignatureCheck(False, msg(
        "{what}: RSA signature does not verify with the signer's key over any known form "
        "({forms}; DigestInfo SHA-256 or SM3)", what=what, forms=_form_list(forms)),
        "RSA", None, first, rsa_modulus=numbers.n, rsa_exponent=numbers.e)


def _form_list(forms: Sequence[SignedForm]) -> Msg:
    """The forms tried, joined for a failure detail (each name stays translatable)."""
    return joined([form.name for form in forms], "{a}; {b}")


def verify_ecc_server_key_exchange(
    client_random: bytes, server_random: bytes, signature: bytes, sign_cert: bytes,
    enc_cert: bytes,
) -> SignatureCheck:
    """ECC (SM2) and RSA ServerKeyExchange: the signing certificate signs both randoms and the
    encryption certificate."""
    data = signed_certificate_data(client_random, server_random, enc_cert)
    return _verify_any(
        sign_cert, signature,
        [SignedForm(msg("client_random + server_random + uint24 length + encryption "
                        "certificate"), data)],
        "ServerKeyExchange",
    )


verify_rsa_server_key_exchange = verify_ecc_server_key_exchange


def verify_ecdhe_server_key_exchange(
    client_random: bytes, server_random: bytes, params: bytes, signature: bytes,
    sign_cert: bytes,
) -> SignatureCheck:
    data = client_random + server_random + params
    return _verify_any(
        sign_cert, signature,
        [SignedForm(msg("client_random + server_random + ServerECDHParams"), data)],
        "ServerKeyExchange",
    )


def verify_server_key_exchange(
    suite: CipherSuite, client_random: bytes, server_random: bytes, body: bytes,
    server_certs: Sequence[bytes],
) -> SignatureCheck:
    """Check a ServerKeyExchange body given the server's Certificate list (TLCP order: signing
    certificate, encryption certificate, then the chain)."""
    kx = suite.key_exchange
    if kx not in (KeyExchange.ECC, KeyExchange.ECDHE, KeyExchange.RSA):
        return SignatureCheck(False, msg("ServerKeyExchange of {kx} suites is not checked",
                                         kx=str(kx)))
    try:
        params, signature = split_server_key_exchange(kx, body)
    except ValueError as exc:
        return SignatureCheck(False, msg("ServerKeyExchange: {error}", error=exc.args[0]))
    if not server_certs:
        return SignatureCheck(False, msg("ServerKeyExchange: no server certificate"))
    if kx is KeyExchange.ECDHE:
        return verify_ecdhe_server_key_exchange(
            client_random, server_random, params, signature, server_certs[0]
        )
    if len(server_certs) < 2:
        return SignatureCheck(False, msg("ServerKeyExchange: the server sent no encryption "
                                         "certificate"))
    return verify_ecc_server_key_exchange(
        client_random, server_random, signature, server_certs[0], server_certs[1]
    )


def verify_certificate_verify(
    signature: bytes, client_sign_cert: bytes, handshake_messages: bytes
) -> SignatureCheck:
    """``handshake_messages``: every handshake message (4-byte headers included) from
    ClientHello up to, not including, CertificateVerify."""
    return _verify_any(client_sign_cert, signature, certificate_verify_forms(handshake_messages),
                       "CertificateVerify")


def certificate_verify_forms(handshake_messages: bytes) -> list[SignedForm]:
    """What real implementations hand to the signer for CertificateVerify, most common first.
    RSA keys try each with a SHA-256 and an SM3 DigestInfo, so SHA-256(messages) signed with
    SHA-256 is Tongsuo's RSA form."""
    return [
        SignedForm(msg("the handshake messages (GmSSL form)"), handshake_messages),
        SignedForm(msg("SM3(handshake messages) (Tongsuo SM2 form)"), sm3(handshake_messages)),
        SignedForm(msg("SHA-256(handshake messages) (Tongsuo RSA form)"),
                   digest(Hash.SHA256, handshake_messages)),
    ]


def verify_certificate_signature(cert_der: bytes, issuer_der: bytes) -> SignatureCheck:
    """Was ``cert_der`` signed by the key of ``issuer_der``?

    An SM2 issuer key: SM2 with Z (default ID); an RSA key with sha256WithRSAEncryption or
    sm3WithRSAEncryption: PKCS#1 v1.5 (SHA-256 and SM3 tried, as TLCP CAs sign). Every other
    signature (ECDSA, RSA-PSS, RSA with another digest, Ed25519, Ed448, DSA: the CAs of the
    TLS beside TLCP) as the certificate's signatureAlgorithm names it, by the cryptography
    library."""
    try:
        cert = x509.Certificate.load(cert_der)
        tbs = cert["tbs_certificate"].dump()
        signature = bytes(cert["signature_value"].native)
        algorithm = cert["signature_algorithm"]["algorithm"]
        oid, name = algorithm.dotted, str(algorithm.native)  # e.g. sha256_ecdsa
    except (ValueError, TypeError, KeyError) as exc:
        return SignatureCheck(False, msg("certificate does not parse ({error})",
                                         error=type(exc).__name__))
    try:
        kind: KeyKind | None = public_key_of(issuer_der)[0]
    except KeyLoadError:  # not SM2 or RSA (a P-256 or Ed25519 key, say): the library's
        kind = None
    if kind is KeyKind.SM2 or (kind is KeyKind.RSA and oid in _TLCP_RSA_SIGNATURES):
        return _verify_any(issuer_der, signature,
                           [SignedForm(msg("the certificate's TBS"), tbs)], "certificate")
    return _verify_by_library(cert_der, issuer_der, name)


#: sha256WithRSAEncryption and sm3WithRSAEncryption: verified with both digests (_verify_any).
_TLCP_RSA_SIGNATURES = frozenset({"1.2.840.113549.1.1.11", "1.2.156.10197.1.504"})


def _verify_by_library(cert_der: bytes, issuer_der: bytes, name: str) -> SignatureCheck:
    """The certificate's signature checked by the cryptography library, with the algorithm,
    digest and (RSA-PSS) parameters its signatureAlgorithm names."""
    from cryptography import x509 as library_x509  # only chains of non-SM CAs pay for it
    from cryptography.exceptions import UnsupportedAlgorithm

    try:
        cert = library_x509.load_der_x509_certificate(cert_der)
        issuer = library_x509.load_der_x509_certificate(issuer_der)
        cert.verify_directly_issued_by(issuer)
    except InvalidSignature:
        return SignatureCheck(False, msg("certificate: {algorithm} signature does not verify "
                                         "with the signer's key", algorithm=name))
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        return SignatureCheck(False, msg("certificate: the signature cannot be checked ({error})",
                                         error=library_reason(exc)))
    return SignatureCheck(True, msg("certificate: valid {algorithm} signature over the "
                                    "certificate's TBS", algorithm=name), name)
