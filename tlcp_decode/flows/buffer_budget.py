"""One budget for the out-of-order data of all connections.

Each direction of a connection buffers at most ``max_buffer`` bytes out of order (4 MiB, a
window's worth) before it gives up its first hole as a gap; but a capture may hold thousands of
connections waiting for a lost segment at once, and 20,000 of them at 4 MiB each would be 80 GB.
:class:`OutOfOrderBudget` knows how much each direction holds; when all of them together pass
:data:`MAX_OUT_OF_ORDER` the ones holding the most give up their first holes (as the per-direction
cap does, reported the same way: a gap, and a warning at the connection's end) until a quarter
of the budget is free again, so the choice is made once in a while, not at every packet.
"""

from __future__ import annotations

from collections.abc import Iterator

from .connection import Connection
from .events import Direction
from .reassembly import Reassembler

#: Out-of-order bytes buffered by all connections together.
MAX_OUT_OF_ORDER = 64 << 20


class OutOfOrderBudget:
    """What each reassembler with out-of-order data holds, and their total."""

    __slots__ = ("limit", "total", "held")

    def __init__(self, limit: int = MAX_OUT_OF_ORDER) -> None:
        self.limit = limit
        self.total = 0
        # only those holding something: reassembler -> (bytes held, its connection, direction);
        # while it is empty, forget() has nothing to do, nor note() for a reassembler that
        # buffered nothing (the tracker looks before calling them)
        self.held: dict[Reassembler, tuple[int, Connection, Direction]] = {}

    def note(self, conn: Connection, direction: Direction, reassembler: Reassembler) -> bool:
        """``reassembler`` was just given a segment: its new holding; True when the total is
        over the budget."""
        before = self.held.pop(reassembler, (0,))[0]
        now = reassembler.buffered
        if now:
            self.held[reassembler] = (now, conn, direction)
        self.total += now - before
        return self.total > self.limit

    def forget(self, reassembler: Reassembler) -> None:
        """Its connection ended (what it held was flushed)."""
        self.total -= self.held.pop(reassembler, (0,))[0]

    def over_budget(self) -> Iterator[tuple[Connection, Direction, Reassembler, int]]:
        """The directions to shrink, largest holding first, each with the size to shrink it
        to, until the total is three quarters of the budget (the caller shrinks each before
        asking for the next)."""
        target = self.limit * 3 // 4
        largest_first = sorted(self.held.items(), key=lambda item: -item[1][0])
        for reassembler, (held, conn, direction) in largest_first:
            if self.total <= target:
                return
            yield conn, direction, reassembler, max(0, held - (self.total - target))
            self.note(conn, direction, reassembler)


__all__ = ["MAX_OUT_OF_ORDER", "OutOfOrderBudget"]
