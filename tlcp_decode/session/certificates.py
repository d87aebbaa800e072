"""X.509 certificates of a TLCP handshake, summarised for the report.

asn1crypto parses SM2 certificates as they are (cryptography refuses the SM2 curve). The
role of each certificate comes from its position (TLCP: signing, encryption, then the chain;
6.4.5.3) and is checked against its key usage.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from tlcp_decode.bounded_cache import ByteBoundedCache, SharedValues
from tlcp_decode.messages import msg
from tlcp_decode.model import Certificate
from tlcp_decode.session.der_depth import MAX_DER_DEPTH, nesting_depth_exceeds
from tlcp_decode.session.der_fields import (
    RDN_SHORT,
    names_text,
    public_key,
    serial_text,
    signature_algorithm,
    tables_recorded_from_installed_asn1crypto,
    usages_and_ca,
    validity_text,
)

if TYPE_CHECKING:
    from asn1crypto import algos, keys, x509

SM2_CURVE_OID = "1.2.156.10197.1.301"
SM2_SIGNATURE_OID = "1.2.156.10197.1.501"

_SIGN_USAGES = {"digital_signature", "non_repudiation"}
_ENC_USAGES = {"key_encipherment", "data_encipherment", "key_agreement"}


# One instance serves every connection that sent the same certificate (see describe).
CertificateInfo = Certificate


def distinguished_name(name: x509.Name) -> str:
    """RFC 4514 style, most specific first: ``CN=server.tlcp.test, O=TLCPTest, C=CN``."""
    # Made once per distinct name: a CA's name is the issuer of every certificate it signed,
    # a TLCP server's signing and encryption certificates have one subject, and reading the
    # attributes of a name costs asn1crypto more than the rest of a certificate's summary.
    return _names.get(name.dump(), lambda _der: _distinguished_name(name))


def _distinguished_name(name: x509.Name) -> str:
    parts = []
    for rdn in reversed(list(name.chosen)):
        for attribute in rdn:
            key = attribute["type"].native
            parts.append(f"{RDN_SHORT.get(key, key)}={attribute['value'].native}")
    return ", ".join(parts)


#: Names kept (see distinguished_name), each at most this many bytes of DER.
_names: SharedValues[bytes, str] = SharedValues(limit=1024, size=len, largest=1024)

#: A certificate's fields read from its DER (session.der_fields: names of the DirectoryString
#: kinds asn1crypto decodes with Python's codecs, times of DER's form, SM2, EC and RSA keys,
#: the usual extensions and signature algorithms: nearly every certificate's) rather than from
#: asn1crypto's parse of them, which cost ~600,000 instructions a name, ~150,000 a time and
#: ~200,000 a key, and the import of its parser (43M); the others through asn1crypto.
#: False: all through asn1crypto (the general way, which tests compare with).
FIELDS_READ_DIRECTLY = True


def _key_type(info: keys.PublicKeyInfo) -> str:
    algorithm = info["algorithm"]["algorithm"].dotted
    if algorithm == SM2_CURVE_OID:
        return "SM2"
    name = info.algorithm
    if name == "ec":
        params = info["algorithm"]["parameters"]
        curve = params.chosen.dotted if params.name == "named" else ""
        return "SM2" if curve == SM2_CURVE_OID else "EC"
    return _KEY_TYPES.get(name, "unknown")


#: asn1crypto's public key algorithm names, as the report names the key types.
_KEY_TYPES = {"rsa": "RSA", "rsassa_pss": "RSA", "dsa": "DSA", "ed25519": "Ed25519",
              "ed448": "Ed448"}


# The names OpenSSL and RFC 5280/5758 give these algorithms, as evaluators read them.
_SIGNATURE_NAMES = {
    "sha1_rsa": "sha1WithRSAEncryption", "sha224_rsa": "sha224WithRSAEncryption",
    "sha256_rsa": "sha256WithRSAEncryption", "sha384_rsa": "sha384WithRSAEncryption",
    "sha512_rsa": "sha512WithRSAEncryption", "md5_rsa": "md5WithRSAEncryption",
    "rsassa_pss": "RSASSA-PSS", "sha1_ecdsa": "ecdsa-with-SHA1",
    "sha224_ecdsa": "ecdsa-with-SHA224", "sha256_ecdsa": "ecdsa-with-SHA256",
    "sha384_ecdsa": "ecdsa-with-SHA384", "sha512_ecdsa": "ecdsa-with-SHA512",
    "sha1_dsa": "dsa-with-SHA1", "sha256_dsa": "dsa-with-SHA256", "ed25519": "Ed25519",
    "ed448": "Ed448",
}
SM3_WITH_RSA_OID = "1.2.156.10197.1.504"


def _signature_algorithm(algorithm: algos.SignedDigestAlgorithmId) -> str:
    if algorithm.dotted == SM2_SIGNATURE_OID:
        return "SM2-with-SM3"
    if algorithm.dotted == SM3_WITH_RSA_OID:
        return "sm3WithRSAEncryption"
    return _SIGNATURE_NAMES.get(str(algorithm.native), algorithm.dotted)


def _key_bits(key_type: str, bit_size: int | None,
              parsed: Callable[[], x509.Certificate]) -> int | None:
    """The size the summary gives a key of ``key_type``: asn1crypto's ``bit_size`` (read from
    the DER when ``bit_size`` is not None), but for the keys whose type says it."""
    if key_type == "SM2":
        return 256
    if key_type in ("Ed25519", "Ed448"):  # the name says the size
        return None
    if bit_size is not None:
        return bit_size
    try:
        return int(parsed().public_key.bit_size)
    except Exception:  # asn1crypto fails in more ways than ValueError on keys it half knows
        # (UnboundLocalError on Ed25519): a key without a size, not a certificate that does
        # not parse
        return None


def _role(position: int, usages: set[str], is_ca: bool, count: int, tlcp: bool) -> str:
    if not tlcp:  # TLS (RFC 5246 7.4.2, RFC 8446 4.4.2): one end-entity certificate first
        return "single" if position == 0 else "ca"
    if is_ca or "key_cert_sign" in usages:
        return "ca"
    if position == 0:
        return "sign" if count > 1 else "single"
    if position == 1:
        return "enc"
    return "ca"


#: Certificate summaries kept (each holds its DER: counted twice), in bytes.
CERTIFICATE_CACHE_BYTES = 16 << 20
#: A certificate's summary in each place it was seen: (position, count, tlcp) -> summary.
_Places = dict[tuple[int, int, bool], CertificateInfo]
_described: ByteBoundedCache[bytes, _Places] = ByteBoundedCache(
    CERTIFICATE_CACHE_BYTES, lambda der: 2 * len(der))


def describe(der: bytes, position: int = 0, count: int = 1, tlcp: bool = True) -> CertificateInfo:
    """Summarise one DER certificate; a certificate that does not parse gets ``error``.
    ``position`` in a chain of ``count``, and the protocol (``tlcp``), decide its role."""
    # Servers send the same chain on every connection: parse each certificate once (within
    # a byte budget: a capture may hold many large certificates), whatever its place in the
    # chain (a CA's certificate ends chains of different lengths): only the role differs.
    places = _described.get(der)
    if places is None:
        places = {}
        _described.put(der, places)
    place = (position, count, tlcp)
    info = places.get(place)
    if info is None:
        seen = next(iter(places.values()), None)
        if seen is None:
            info = _describe(der, position, count, tlcp)
        elif seen.error:  # did not parse: no role to tell
            info = seen
        else:
            info = replace(seen, role=_role(position, set(seen.key_usage), seen.is_ca, count,
                                             tlcp))
        places[place] = info
    return info


def _describe(der: bytes, position: int, count: int, tlcp: bool) -> CertificateInfo:
    if nesting_depth_exceeds(der):  # before asn1crypto recurses into it
        return CertificateInfo("?", "?", "?", "?", "?", "unknown", (), False, "unknown", "?",
                               der, b"", f"certificate nests deeper than {MAX_DER_DEPTH} "
                               "levels: not parsed")
    parsed = _parser(der)
    direct = FIELDS_READ_DIRECTLY and tables_recorded_from_installed_asn1crypto()
    try:
        # (read in this order either way: asn1crypto's first error is the one reported)
        extensions = usages_and_ca(der) if direct else None
        if extensions is not None:
            usages, is_ca = extensions
        else:
            cert = parsed()
            usages = set(cert.key_usage_value.native) if cert.key_usage_value else set()
            is_ca = bool(cert.ca)
        key = public_key(der) if direct else None
        key_type = key[0] if key is not None else _key_type(parsed().public_key)
        names = names_text(der) if direct else None
        subject, issuer = names if names is not None else (
            distinguished_name(parsed().subject), distinguished_name(parsed().issuer))
        serial = serial_text(der) if direct else None
        if serial is None:
            serial = parsed()["tbs_certificate"]["serial_number"].contents.hex()
        validity = validity_text(der) if direct else None
        if validity is None:
            times = parsed()["tbs_certificate"]["validity"]
            validity = (times["not_before"].native.isoformat(),
                        times["not_after"].native.isoformat())
        signature = signature_algorithm(der) if direct else None
        if signature is None:
            signature = _signature_algorithm(parsed()["signature_algorithm"]["algorithm"])
        return CertificateInfo(
            subject=subject,
            issuer=issuer,
            serial=serial,
            not_before=validity[0],
            not_after=validity[1],
            key_type=key_type,
            key_usage=tuple(sorted(usages)),
            is_ca=is_ca,
            role=_role(position, usages, is_ca, count, tlcp),
            signature_algorithm=signature,
            der=der,
            public_key=key[1] if key is not None else bytes(
                parsed().public_key["public_key"].contents[1:]),
            key_bits=_key_bits(key_type, key[2] if key is not None else None, parsed),
        )
    except Exception as exc:  # asn1crypto raises many types on hostile DER; report, don't crash
        return CertificateInfo("?", "?", "?", "?", "?", "unknown", (), False, "unknown", "?",
                               der, b"", msg("certificate does not parse: {error}",
                                                   error=type(exc).__name__))


def _parser(der: bytes) -> Callable[[], x509.Certificate]:
    """asn1crypto's parse of the certificate ``der``, made on the first call (the same on each):
    only when a field not read from the DER asks for it, asn1crypto's parser imported then (a
    capture without such a certificate, and the reading process, never import it)."""

    @cache
    def parsed() -> x509.Certificate:
        from asn1crypto import x509

        return x509.Certificate.load(der)

    return parsed


#: Chains described (the same DER as the certificate cache: bytes shared, not copied).
_chains: ByteBoundedCache[tuple[tuple[bytes, ...], bool], tuple[CertificateInfo, ...]] = (
    ByteBoundedCache(CERTIFICATE_CACHE_BYTES, lambda key: sum(len(der) for der in key[0])))


def describe_chain(certificates: list[bytes], tlcp: bool = True) -> tuple[CertificateInfo, ...]:
    """The chain's certificates, summarised. TLCP's chain is the signing then the encryption
    certificate (GB/T 38636-2020 6.4.5.2), TLS's one end-entity certificate (``tlcp=False``);
    CA certificates follow. A chain seen before gives the same tuple object, so what is
    derived from a chain (session.per_chain) can be kept once per chain."""
    key = (tuple(certificates), tlcp)
    chain = _chains.get(key)
    if chain is None:
        chain = tuple(describe(der, i, len(key[0]), tlcp) for i, der in enumerate(key[0]))
        _chains.put(key, chain)
    return chain


def usage_fits(info: CertificateInfo) -> bool | None:
    """Does the key usage fit the role? None when the certificate has no key usage."""
    if not info.key_usage:
        return None
    usages = set(info.key_usage)
    if info.role == "sign":
        return bool(usages & _SIGN_USAGES) and not usages & {"key_encipherment", "data_encipherment"}
    if info.role == "enc":
        return bool(usages & _ENC_USAGES)
    if info.role == "ca":
        return "key_cert_sign" in usages
    return True
