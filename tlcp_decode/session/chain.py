"""Certificate chain checks against the CAs given with ``--ca``.

Each certificate a peer sent for its own keys (TLCP: the signing and the encryption
certificate) must lead, issuer by issuer through the certificates sent with it, to a trusted
CA: every signature verifying (SM2-with-SM3 with the default ID, or RSA), every certificate
of the path valid at the time of the connection (the trust anchor too), every issuer a CA
(basicConstraints cA and, when the key usage extension is present, keyCertSign), and no
issuer's pathLenConstraint exceeded. Revocation is not checked (no CRL or OCSP), and the
detail says so.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from asn1crypto import x509

from tlcp_decode.crypto import verify_certificate_signature
from tlcp_decode.messages import Msg, joined, msg
from tlcp_decode.session.certificates import CertificateInfo, distinguished_name

MAX_DEPTH = 8
_PEM = re.compile(rb"-----BEGIN CERTIFICATE-----(.+?)-----END CERTIFICATE-----", re.S)


def load_trusted(paths: Sequence[str]) -> list[bytes]:
    """DER certificates from PEM (one or several per file) or DER files."""
    found: list[bytes] = []
    for name in paths:
        data = Path(name).read_bytes()
        blocks = _PEM.findall(data)
        if blocks:
            found.extend(base64.b64decode(b"".join(block.split())) for block in blocks)
        else:
            found.append(data)
        for der in found:
            try:
                x509.Certificate.load(der).subject  # noqa: B018 - forces parsing
            except (ValueError, TypeError) as exc:
                raise ValueError(msg("{name}: not a certificate ({error})", name=name,
                                     error=type(exc).__name__)) from None
    return found


def _names(der: bytes) -> tuple[bytes, bytes]:
    cert = x509.Certificate.load(der)
    return cert.subject.dump(), cert.issuer.dump()


def _subject(cert: x509.Certificate) -> str:
    return distinguished_name(cert.subject)


def _time_text(moment: datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M} UTC"


def _validity_problem(cert: x509.Certificate, when: datetime) -> Msg | None:
    validity = cert["tbs_certificate"]["validity"]
    start, end = validity["not_before"].native, validity["not_after"].native
    if start <= when <= end:
        return None
    return msg("{subject} is not valid at {at} (valid from {start} to {end})",
               subject=_subject(cert), at=_time_text(when), start=_time_text(start),
               end=_time_text(end))


def _ca_problem(issuer: x509.Certificate, intermediates_below: int) -> Msg | None:
    """Is ``issuer`` allowed to have issued a certificate with that many CAs below it?"""
    constraints = issuer.basic_constraints_value
    if constraints is None or not constraints["ca"].native:
        return msg("{subject} issued a certificate but is not a CA (basicConstraints cA is "
                   "not set)", subject=_subject(issuer))
    usage = issuer.key_usage_value
    if usage is not None and "key_cert_sign" not in usage.native:
        return msg("{subject} issued a certificate but its key usage lacks keyCertSign",
                   subject=_subject(issuer))
    limit = constraints["path_len_constraint"].native
    if limit is not None and intermediates_below > limit:
        return msg("path too long: {subject} allows {limit} intermediate CA certificate(s) "
                   "below it, the path has {count}", subject=_subject(issuer), limit=limit,
                   count=intermediates_below)
    return None


def _build_path(leaf: bytes, sent: list[bytes], trusted: list[bytes]) -> tuple[list[bytes], Msg]:
    """Leaf first, issuer by issuer, to a trusted certificate; (path, why) when it stops short."""
    path = [leaf]
    current = leaf
    for _depth in range(MAX_DEPTH):
        if current in trusted:
            return path, msg("")
        _subject_name, issuer_name = _names(current)
        candidates = [c for c in trusted + sent if _names(c)[0] == issuer_name and c != current]
        if not candidates:
            issuer = distinguished_name(x509.Certificate.load(current).issuer)
            return path, msg("no certificate of its issuer {issuer} was sent or trusted",
                             issuer=issuer)
        for candidate in candidates:
            if verify_certificate_signature(current, candidate).ok:
                current = candidate
                path.append(current)
                break
        else:
            cert = x509.Certificate.load(current)
            return path, msg("the signature of {subject} does not verify with the key of its "
                             "issuer {issuer}", subject=_subject(cert),
                             issuer=distinguished_name(cert.issuer))
    return path, msg("chain longer than {n} certificates", n=MAX_DEPTH)


NOT_VERIFIED = msg("not verified: revocation (no CRL or OCSP is consulted), name constraints, "
                   "certificate policies, extended key usage")


def _path_to_trust(leaf: bytes, sent: list[bytes], trusted: list[bytes],
                   when: datetime) -> tuple[bool, Msg]:
    path, stopped = _build_path(leaf, sent, trusted)
    if path[-1] not in trusted:
        return False, stopped
    certs = [x509.Certificate.load(der) for der in path]
    intermediates_below = 0
    for position, cert in enumerate(certs):
        problem = _validity_problem(cert, when)
        if problem is None and position > 0:
            problem = _ca_problem(cert, intermediates_below)
            if not cert.self_issued:
                intermediates_below += 1
        if problem is not None:
            return False, problem
    anchor = _subject(certs[-1])
    return True, msg(
        "leads to the trusted CA {anchor} ({n} certificate(s)); verified: every signature, "
        "validity at {at} of each certificate and of the trust anchor, issuers are CAs "
        "(basicConstraints cA, keyCertSign), path length constraints; {not_verified}",
        anchor=anchor, n=len(certs), at=_time_text(when), not_verified=NOT_VERIFIED)


def verify_path(der: bytes, sent: list[bytes], trusted: list[bytes],
                when: float | None) -> tuple[bool, Msg]:
    """(ok, why) for one certificate: does it lead to a trusted CA at time ``when``?"""
    moment = datetime.fromtimestamp(when, UTC) if when is not None else datetime.now(UTC)
    try:
        return _path_to_trust(der, sent, trusted, moment)
    except (ValueError, TypeError, KeyError) as exc:
        return False, msg("certificate does not parse ({error})", error=type(exc).__name__)


def sign_enc_pair(sign: CertificateInfo, enc: CertificateInfo) -> tuple[bool, Msg]:
    """TLCP's double certificates belong to one entity: same subject, same issuer, two keys."""
    problems = []
    if sign.subject != enc.subject:
        problems.append(msg("subjects differ ({sign} / {enc})", sign=sign.subject,
                            enc=enc.subject))
    if sign.issuer != enc.issuer:
        problems.append(msg("issuers differ ({sign} / {enc})", sign=sign.issuer,
                            enc=enc.issuer))
    if sign.public_key == enc.public_key:
        problems.append(msg("both hold the same public key"))
    if problems:
        return False, msg("signing and encryption certificates: {problems}",
                          problems=joined(problems, "{a}; {b}"))
    return True, msg("signing and encryption certificates share subject {subject} and issuer "
                     "{issuer} and hold different keys", subject=sign.subject,
                     issuer=sign.issuer)
