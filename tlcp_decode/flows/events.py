"""Events produced by :class:`~tlcp_decode.flows.tracker.FlowTracker` (small frozen records)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from tlcp_decode.precompiled import dataclass

if TYPE_CHECKING:
    from .connection import Connection

Direction = Literal["c2s", "s2c"]


# Not frozen, like StreamData: one of each per connection, and a frozen dataclass sets its
# field through object.__setattr__. Read-only by convention.
@dataclass(slots=True)
class ConnectionOpened:
    """First packet of a new connection seen."""

    conn: Connection


# Not frozen, unlike the rarer events: one is made per TCP segment with data, and a frozen dataclass
# sets every field through object.__setattr__ (see source.packet.Packet). Read-only by
# convention.
@dataclass(slots=True)
class StreamData:
    """In-order bytes of one direction, complete in ``frame``: the frame that carried them, or
    for bytes that arrived out of order, the later frame that filled the hole before them
    (Wireshark's frame for them with out-of-order reassembly)."""

    conn: Connection
    direction: Direction
    data: bytes
    frame: int


@dataclass(frozen=True, slots=True)
class StreamGap:
    """``size`` bytes of one direction that were never captured; the stream continues after."""

    conn: Connection
    direction: Direction
    size: int
    frame: int  # the frame after the hole (or the one that revealed it)


@dataclass(slots=True)  # not frozen: see ConnectionOpened
class ConnectionClosed:
    """The connection is finished (FIN exchange, RST, or end of capture); no more events."""

    conn: Connection


FlowEvent = ConnectionOpened | StreamData | StreamGap | ConnectionClosed
