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
from functools import lru_cache

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
    moment = moment.astimezone(UTC)
    if 1000 <= moment.year:  # what strftime writes, ~10x faster (strftime: year 999 is "999")
        return (f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d} "
                f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d} UTC")
    return f"{moment:%Y-%m-%d %H:%M:%S} UTC"


@lru_cache(maxsize=4096)
def _period(not_before: str, not_after: str) -> tuple[datetime, datetime, str, str] | None:
    """A certificate's validity period and its text (the same for every connection)."""
    start, end = _moment(not_before), _moment(not_after)
    if start is None or end is None:
        return None
    return start, end, _time_text(start), _time_text(end)


def _state(start: datetime, end: datetime, when: datetime) -> tuple[Validity, int]:
    """Where ``when`` falls in start..end, and the days the detail names."""
    if when < start:
        return Validity.NOT_YET_VALID, 0
    if when > end:
        return Validity.EXPIRED, (when - end).days
    left = end - when
    return (Validity.EXPIRES_SOON if left <= EXPIRY_NOTICE else Validity.VALID), left.days


def validity_at(cert: CertificateInfo, when: datetime, at: str | None = None) -> ValidityFinding:
    """The certificate's validity period against ``when`` (``at``: its text, when known)."""
    period = _period(cert.not_before, cert.not_after)
    if period is None:
        return ValidityFinding(Validity.UNKNOWN, msg("the validity dates do not parse"))
    start, end, start_text, end_text = period
    state, days = _state(start, end, when)
    return _finding(state, days, start_text, end_text, at if at is not None else _time_text(when))


def _finding(state: Validity, days: int, start: str, end: str, at: str) -> ValidityFinding:
    period = {"start": start, "end": end, "at": at}
    if state is Validity.NOT_YET_VALID:
        return ValidityFinding(state, msg(
            "not yet valid at the connection time {at}: valid from {start} to {end}", **period))
    if state is Validity.EXPIRED:
        return ValidityFinding(state, msg(
            "expired {days} day(s) before the connection time {at}: valid from {start} to "
            "{end}", days=days, **period))
    if state is Validity.EXPIRES_SOON:
        return ValidityFinding(state, msg(
            "valid at the connection time {at}, but expires within {days} day(s) (on {end}); "
            "valid from {start}", days=days, **period))
    return ValidityFinding(state, msg(
        "valid at the connection time {at} (valid from {start} to {end}, {days} day(s) left)",
        days=days, **period))


def validity_key(chain: Sequence[CertificateInfo], when: datetime) -> tuple[object, ...]:
    """What :func:`validity_checks` of ``chain`` at ``when`` depends on besides the chain: the
    connection time to the second as written, and each certificate's state and day count.
    Connections with equal keys get equal checks (session.per_chain keeps them once)."""
    states: list[object] = [_time_text(when)]
    for cert in chain:
        period = None if cert.error else _period(cert.not_before, cert.not_after)
        states.append(None if period is None else _state(period[0], period[1], when))
    return tuple(states)


def certificate_label(side: str, cert: CertificateInfo, position: int) -> str:
    """``server_sign``, ``client_enc``, ``server_chain2``: the certificate's name in a check."""
    if cert.role in ("sign", "enc", "single"):
        return f"{side}_{cert.role}"
    return f"{side}_chain{position}"


def validity_checks(side: str, chain: Sequence[CertificateInfo],
                    when: datetime) -> Iterator[tuple[str, bool, Msg]]:
    """(check name, ok, detail) for every certificate a side sent."""
    at = _time_text(when)
    for position, cert in enumerate(chain):
        if cert.error:
            continue
        finding = validity_at(cert, when, at)
        detail = msg("{subject}: {finding}", subject=cert.subject, finding=finding.detail)
        yield f"{certificate_label(side, cert, position)}_certificate_validity", finding.ok, detail


def connection_time(first_handshake: float | None, first_packet: float | None) -> datetime | None:
    moment = first_handshake if first_handshake is not None else first_packet
    return datetime.fromtimestamp(moment, UTC) if moment is not None else None
