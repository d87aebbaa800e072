"""Was each certificate valid when the connection was made? (No --ca needed.)

The connection's time is the capture time of its first handshake message (or of its first
packet). A certificate outside notBefore..notAfter at that moment fails; one that expires
within ``EXPIRY_NOTICE`` of it passes with a note, so an evaluator sees it coming.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from enum import Enum
from functools import lru_cache

from tlcp_decode.bounded_cache import ByteBoundedCache
from tlcp_decode.messages import Msg, msg
from tlcp_decode.precompiled import dataclass
from tlcp_decode.session.certificates import CERTIFICATE_CACHE_BYTES, CertificateInfo
from tlcp_decode.session.per_chain import chain_bytes

EXPIRY_NOTICE = timedelta(days=30)


class Validity(Enum):
    VALID = "valid"
    EXPIRES_SOON = "expires_soon"
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    UNKNOWN = "unknown"  # the dates do not parse


@dataclass(frozen=True)
class ValidityFinding:
    """A certificate's validity at the connection's time, and the sentence that says it."""

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


# validity_key of a chain for each second of connections (see validity_in_second); each entry
# holds its chain, counted at the chain's size
_keys_by_second: ByteBoundedCache[tuple[int, int], tuple[Sequence[CertificateInfo], int,
                                                         tuple[object, ...]]] = (
    ByteBoundedCache(CERTIFICATE_CACHE_BYTES, lambda key: 0))
# per chain: the seconds of the day at which one of its certificates' day count or state
# changes (None: a validity bound is not a whole second, every second is worked out)
_turning_points: ByteBoundedCache[int, tuple[Sequence[CertificateInfo],
                                             frozenset[int] | None]] = (
    ByteBoundedCache(CERTIFICATE_CACHE_BYTES, lambda key: 0))
_DAY = 86400


def validity_in_second(chain: Sequence[CertificateInfo], moment: float) -> tuple[object, ...]:
    """``validity_key(chain, connection_time(moment))``, as one tuple object for every
    connection with that chain within the same second, where nothing of the key can change
    within that second: the time is written to the second, and for certificates whose bounds
    are whole seconds a state or day count changes only at a second that is a whole number of
    days before a notAfter (at it, the instant itself and the rest of the second differ), which
    is worked out for each connection, as is a moment rounding up into the next second."""
    second = math.floor(moment)
    if moment - second >= 0.999999:
        return validity_key(chain, datetime.fromtimestamp(moment, UTC))
    key = (id(chain), second)
    # an entry is only made for a second that is no turning point of its chain, so one found
    # needs no other test
    entry = _keys_by_second.get(key)
    if entry is not None and entry[0] is chain:
        return entry[2]
    if not _turning_point(chain, second):
        value = validity_key(chain, datetime.fromtimestamp(moment, UTC))
        _keys_by_second.put(key, (chain, second, value), chain_bytes(chain))
        return value
    return validity_key(chain, datetime.fromtimestamp(moment, UTC))


def _turning_point(chain: Sequence[CertificateInfo], second: int) -> bool:
    found = _turning_points.get(id(chain))
    if found is None or found[0] is not chain:
        found = (chain, _turning_seconds(chain))
        _turning_points.put(id(chain), found, chain_bytes(chain))
    seconds = found[1]
    return seconds is None or second % _DAY in seconds


def _turning_seconds(chain: Sequence[CertificateInfo]) -> frozenset[int] | None:
    seconds = set()
    for cert in chain:
        period = None if cert.error else _period(cert.not_before, cert.not_after)
        if period is None:
            continue  # no state to change
        start, end = period[0], period[1]
        if start.microsecond or end.microsecond:
            return None
        seconds.add(int(end.timestamp()) % _DAY)
    return frozenset(seconds)


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
