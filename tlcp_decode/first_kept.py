"""Lists of what one connection carried, bounded: the first items kept, the rest counted.

A connection may carry any number of handshake messages and alerts (a hostile peer sends
200,000 alerts in one connection of 1.5 MB); each one kept would cost memory and a line of every
report. The reports list the first :data:`MAX_MESSAGES` messages and :data:`MAX_ALERTS` alerts
of a connection (the handshake, which is what they explain, comes first) and a warning says how
many more there were (``messages_left_out``, ``alerts_left_out``); ``--records`` lists up to
:data:`MAX_RECORDS` records.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

#: Handshake messages (and ChangeCipherSpec) listed per connection: a full handshake with
#: client authentication is 13, a renegotiation as many again.
MAX_MESSAGES = 128
#: Alerts listed per connection (a connection ends at its first fatal one; warnings are rare).
MAX_ALERTS = 64
#: Records listed per connection by ``--records`` (a bulk transfer is thousands).
MAX_RECORDS = 100_000

T = TypeVar("T")


class FirstKept(list[T]):
    """A list that keeps its first ``limit`` items; ``left_out`` counts those appended after."""

    limit: int
    # a class-level default, set on the instance once an item is left out (an instance's
    # attribute dictionary is made only then: see KeptMessages)
    left_out = 0

    def __init__(self, limit: int, items: Iterable[T] = ()) -> None:
        # empty as made: no list.__init__ to call (super() would make a proxy object)
        self.limit = limit
        if items != ():  # one made per connection and list, nearly always empty
            self.extend(items)

    def append(self, item: T) -> None:
        # list.append named: super() would make a proxy object on every call of a hot path
        if len(self) < self.limit:
            list.append(self, item)
        else:
            self.left_out += 1

    def extend(self, items: Iterable[T]) -> None:
        for item in items:
            self.append(item)

    def __reduce__(self) -> tuple[object, ...]:  # pickled whole by the parallel modes
        return (_rebuilt, (self.limit, list(self), self.left_out))


class KeptMessages(FirstKept[T]):
    """A connection's handshake messages: a FirstKept of :data:`MAX_MESSAGES`, made empty by
    ``KeptMessages()`` with no Python call (its limit a class attribute, list's own
    ``__init__``): the analyzer makes two such lists for every connection."""

    limit = MAX_MESSAGES
    __init__ = list.__init__


class KeptAlerts(FirstKept[T]):
    """A connection's alerts: a FirstKept of :data:`MAX_ALERTS`, made as KeptMessages."""

    limit = MAX_ALERTS
    __init__ = list.__init__


def _rebuilt(limit: int, items: list[T], left_out: int) -> FirstKept[T]:
    rebuilt = FirstKept(limit, items)
    rebuilt.left_out = left_out
    return rebuilt


__all__ = ["MAX_ALERTS", "MAX_MESSAGES", "MAX_RECORDS", "FirstKept", "KeptAlerts", "KeptMessages"]
