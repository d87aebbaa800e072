"""Certificate chain checks against the CAs given with ``--ca``.

Each certificate a peer sent for its own keys (TLCP: the signing and the encryption
certificate) must lead, issuer by issuer through the certificates sent with it, to a trusted
CA, every signature verifying (SM2-with-SM3 with the default ID, or RSA) and every
certificate valid at the time of the connection.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from asn1crypto import x509

from tlcp_decode.crypto import verify_certificate_signature
from tlcp_decode.session.certificates import distinguished_name

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
                raise ValueError(f"{name}: not a certificate ({type(exc).__name__})") from None
    return found


def _names(der: bytes) -> tuple[bytes, bytes]:
    cert = x509.Certificate.load(der)
    return cert.subject.dump(), cert.issuer.dump()


def _valid_at(der: bytes, when: datetime) -> bool:
    validity = x509.Certificate.load(der)["tbs_certificate"]["validity"]
    return bool(validity["not_before"].native <= when <= validity["not_after"].native)


def _path_to_trust(leaf: bytes, sent: list[bytes], trusted: list[bytes],
                   when: datetime) -> tuple[bool, str]:
    current = leaf
    for _depth in range(MAX_DEPTH):
        if not _valid_at(current, when):
            subject = distinguished_name(x509.Certificate.load(current).subject)
            return False, f"{subject} is not valid at {when:%Y-%m-%d %H:%M} UTC"
        if current in trusted:
            return True, "reaches a trusted CA"
        _subject, issuer_name = _names(current)
        candidates = [c for c in trusted + sent if _names(c)[0] == issuer_name and c != current]
        if not candidates:
            issuer = distinguished_name(x509.Certificate.load(current).issuer)
            return False, f"no certificate of its issuer {issuer} was sent or trusted"
        for candidate in candidates:
            if verify_certificate_signature(current, candidate).ok:
                current = candidate
                break
        else:
            return False, "the issuer's signature does not verify"
        if current in trusted:
            return True, "signed by a trusted CA"
    return False, f"chain longer than {MAX_DEPTH}"


def verify_path(der: bytes, sent: list[bytes], trusted: list[bytes],
                when: float | None) -> tuple[bool, str]:
    """(ok, why) for one certificate: does it lead to a trusted CA at time ``when``?"""
    moment = datetime.fromtimestamp(when, UTC) if when is not None else datetime.now(UTC)
    try:
        return _path_to_trust(der, sent, trusted, moment)
    except (ValueError, TypeError, KeyError) as exc:
        return False, f"certificate does not parse ({type(exc).__name__})"
