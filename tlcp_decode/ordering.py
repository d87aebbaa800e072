"""``--order start``: connections printed in the order they began rather than the order they ended.

Connections are numbered as they are first seen, so printing by start means holding a finished
connection until every lower-numbered one has finished too. Only those finished early are held
(a long-lived connection near the start of a capture holds everything after it: the default,
``--order end``, holds nothing).
"""

from __future__ import annotations

import heapq
from typing import Generic, Protocol, TypeVar


class _Numbered(Protocol):
    @property
    def index(self) -> int: ...


NumberedT = TypeVar("NumberedT", bound=_Numbered)

ORDERS = ("end", "start")


class StartOrder(Generic[NumberedT]):
    """Feeds results in any order, gives them back by ascending ``index`` without holes."""

    def __init__(self, first_index: int = 1) -> None:
        self._next = first_index
        self._held: list[tuple[int, int, NumberedT]] = []
        self._sequence = 0  # ties (the same index twice) keep their arrival order

    def add(self, result: NumberedT) -> list[NumberedT]:
        """The results that can be printed now (``result`` and any it was holding back)."""
        if result.index == self._next and not self._held:
            self._next += 1
            return [result]
        self._sequence += 1
        heapq.heappush(self._held, (result.index, self._sequence, result))
        ready = []
        while self._held and self._held[0][0] <= self._next:
            index, _, held = heapq.heappop(self._held)
            ready.append(held)
            self._next = max(self._next, index + 1)
        return ready

    def finish(self) -> list[NumberedT]:
        """Whatever is still held (numbers that never finished are skipped)."""
        ready = [held for _, _, held in sorted(self._held)]
        self._held.clear()
        return ready
