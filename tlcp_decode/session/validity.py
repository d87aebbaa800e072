"""Was each certificate valid when the connection was made? (No --ca needed.)

The connection's time is the capture time of its first handshake message (or of its first
packet). A certificate outside notBefore..notAfter at that moment fails; one that expires
within ``EXPIRY_NOTICE`` of it passes with a note, so an evaluator sees it coming.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum

from tlcp_decode.messages import Msg, msg
from tlcp_decode.session.certificates import CertificateInfo

EXPIRY_NOTICE = timedelta(days=30)


class Validity(Enum):
    VALID = "valid"
    EXPIRES_SOON = "expires_soon"
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    UNKNOWN = "unknown"  # the dates do not parse


@dataclass(frozen=True)
class ValidityFinding:
    state: Validity
    detail: Msg

    @property
    def ok(self) -> bool:
        return self.state in (Validity.VALID, Validity.EXPIRES_SOON)


def _moment(iso: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _time_text(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%d %H:%M:%S} UTC"


def validity_at(cert: CertificateInfo, when: datetime) -> ValidityFinding:
    """The certificate's validity period against ``when``."""
    start, end = _moment(cert.not_before), _moment(cert.not_after)
    if start is None or end is None:
        return ValidityFinding(Validity.UNKNOWN, msg("the validity dates do not parse"))
    period = {"start": _time_text(start), "end": _time_text(end), "at": _time_text(when)}
    if when < start:
        return ValidityFinding(Validity.NOT_YET_VALID, msg(
            "not yet valid at the connection time {at}: valid from {start} to {end}", **period))
    if when > end:
        days = (when - end).days
        return ValidityFinding(Validity.EXPIRED, msg(
            "expired {days} day(s) before the connection time {at}: valid from {start} to "
            "{end}", days=days, **period))
    left = end - when
    if left <= EXPIRY_NOTICE:
        return ValidityFinding(Validity.EXPIRES_SOON, msg(
            "valid at the connection time {at}, but expires within {days} day(s) (on {end}); "
            "valid from {start}", days=left.days, **period))
    return ValidityFinding(Validity.VALID, msg(
        "valid at the connection time {at} (valid from {start} to {end}, {days} day(s) left)",
        days=left.days, **period))


def certificate_label(side: str, cert: CertificateInfo, position: int) -> str:
    """``server_sign``, ``client_enc``, ``server_chain2``: the certificate's name in a check."""
    if cert.role in ("sign", "enc", "single"):
        return f"{side}_{cert.role}"
    return f"{side}_chain{position}"


def validity_checks(side: str, chain: Sequence[CertificateInfo],
                    when: datetime) -> Iterator[tuple[str, bool, Msg]]:
    """(check name, ok, detail) for every certificate a side sent."""
    for position, cert in enumerate(chain):
        if cert.error:
            continue
        finding = validity_at(cert, when)
        detail = msg("{subject}: {finding}", subject=cert.subject, finding=finding.detail)
        yield f"{certificate_label(side, cert, position)}_certificate_validity", finding.ok, detail


def connection_time(first_handshake: float | None, first_packet: float | None) -> datetime | None:
    moment = first_handshake if first_handshake is not None else first_packet
    return datetime.fromtimestamp(moment, UTC) if moment is not None else None
