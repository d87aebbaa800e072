"""A bound on the connections tracked at once (memory bounded whatever the input).

A SYN flood or a scan opens hundreds of thousands of connections that never close. When
``max_connections`` are open and another one starts, the tracker first closes the one that
matters least: half-open ones (no complete TCP handshake) before established ones, and among
those the longest idle (oldest last packet). Each is reported as usual, finished early, with a
``tcp_evicted`` warning, and counted (``TrackerStats.evicted``, the summary's
``connections_evicted``).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from ..messages import Msg, msg
from ..model_base import Warning

if TYPE_CHECKING:
    from .connection import Connection

#: Default bound. A connection that carried nothing costs under 1 KB while tracked, but one
#: left with a partial record some 8.5 KB with its analysis (reassembler, analyzer, record
#: parser): at this bound both processes together stay under 300 MB whatever the capture
#: holds (benchmarks/run.py --flood-check). Captures with more connections open at once than
#: this need --max-connections.
MAX_CONNECTIONS = 20_000


def _eviction_order(conn: Connection) -> tuple[bool, float, int]:
    """Sort key: half-open first, then the longest idle, then the oldest."""
    return conn.session.handshake == "complete", conn.last_ts, conn.index


class Evictions:
    """Which connection to close next when the limit is reached.

    The open connections are sorted (:func:`_eviction_order`) and the first eighth kept as the
    next victims; each new connection past the limit closes one of them, so results come one
    at a time, and the sort is paid once per eighth of the limit. A victim that saw a packet
    since it was chosen is spared (it is no longer idle); when none is left, they are chosen
    again.
    """

    def __init__(self) -> None:
        self._victims: deque[tuple[Connection, int]] = deque()  # (connection, its last frame)

    def next_victim(self, open_now: Callable[[], Iterable[Connection]]) -> Connection | None:
        """The open connection that matters least (half-open or longest idle)."""
        for _attempt in range(2):
            if not self._victims:
                ranked = sorted(open_now(), key=_eviction_order)
                self._victims.extend((conn, conn.last_frame)
                                     for conn in ranked[:max(1, len(ranked) // 8)])
            while self._victims:
                conn, last_frame = self._victims.popleft()
                if not conn.closed and conn.last_frame == last_frame:
                    return conn
        return None


def eviction_warning(conn: Connection, limit: int) -> Warning:
    """What an evicted connection says about it."""
    return Warning(
        "tcp_evicted", conn.last_frame,
        msg("closed early by the decoder after frame {frame}: {limit} connections were "
            "open at once (the longest idle and the half-open ones are closed first); "
            "later packets of this connection are ignored",
            frame=conn.last_frame, limit=limit))


def eviction_warnings(evicted: int, limit: int) -> list[Msg]:
    """The capture-level warning for the summary, when connections had to be closed early."""
    if not evicted:
        return []
    return [msg("{n} connection(s) closed early to stay within {limit} connections tracked at "
                "once (raise the limit with --max-connections)", n=evicted, limit=limit)]
