"""A bound on the connections tracked at once (issue 14: memory bounded whatever the input).

Each tracked connection costs a few kilobytes, and a SYN flood or a scan opens hundreds of
thousands that never close. When ``max_connections`` are open and another one starts, the
oldest eighth of them is closed first, half-open ones (no complete handshake) before
established ones, each by its last packet: the idle and the never-answered go, connections
that are still talking stay. Each such connection says so in its warnings, and the summary
counts them (``closed_at_limit``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..report.i18n import _

if TYPE_CHECKING:
    from .events import FlowEvent
    from .tracker import FlowTracker

#: Default bound: with the analysis of each, about 200 MB for both processes together.
MAX_CONNECTIONS = 20_000


def make_room(tracker: FlowTracker, out: list[FlowEvent]) -> None:
    """Close the oldest eighth of the open connections, half-open ones first."""
    open_now = tracker.connections
    open_now.sort(key=lambda conn: (conn.tcp.handshake == "complete", conn.last_ts, conn.index))
    message = _("closed early by the decoder: {n} connections were open at once "
                "(the oldest idle or half-open are closed first)").format(
        n=tracker.max_connections)
    for conn in open_now[:max(1, len(open_now) // 8)]:
        conn.warnings.append(message)
        tracker.stats.closed_at_limit += 1
        tracker._close(conn, out)


def limit_warnings(tracker: FlowTracker) -> list[str]:
    closed = tracker.stats.closed_at_limit
    if not closed:
        return []
    return [_("{closed} connection(s) closed early: more than {n} were open at once").format(
        closed=closed, n=tracker.max_connections)]
