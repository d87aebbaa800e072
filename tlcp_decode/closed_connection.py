"""What the result model needs of a connection the TCP tracker is done with, as plain values.

The tracked :class:`~tlcp_decode.flows.Connection` holds the live TCP state machine and the
reassemblers; once the connection is over, :mod:`tlcp_decode.session.build` only needs its
endpoints, frames, times, warnings and TCP facts. In the two-process pipeline
(:mod:`tlcp_decode.parallel`) those cross to the analysing process once per connection, so they
are made where the packets are read, of tuples, ints and strs: loading them there runs none of
our code (the tracked connection took 40 times longer). The one-process pipeline makes and
reads the same value, so both build the model the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, cast

from tlcp_decode.flows import Connection as TrackedConnection
from tlcp_decode.flows.connection import TcpFacts
from tlcp_decode.model_base import Warning
from tlcp_decode.named_tuple import NamedTuple


class ClosedConnection(NamedTuple):
    """A finished connection, as :func:`tlcp_decode.session.build.connection` reads it."""

    flow_index: int  # the tracked connection's index
    client: tuple[str, int]
    server: tuple[str, int]
    first_frame: int
    last_frame: int
    first_ts: float
    last_ts: float
    tcp: TcpFacts
    # a tuple, or the tracker's WarningList (which knows how many it left out)
    warnings: Sequence[Warning]


#: ``closed_from(values)`` is ``ClosedConnection(*values)`` made in C (a named tuple's own
#: constructor is Python code; one is made per connection, and the analysing process makes
#: it back from what crossed the pipe: tlcp_decode.parallel)
closed_from = cast(Callable[[tuple[Any, ...]], ClosedConnection],
                   partial(tuple.__new__, ClosedConnection))


def closed_connection(conn: TrackedConnection, transitions: bool = True) -> ClosedConnection:
    """``conn``'s values, once the tracker has closed it (nothing changes it afterwards);
    without its TCP state transitions unless ``transitions`` (see TcpSummary.facts)."""
    key = conn.key
    return closed_from((conn.index, (key[0], key[1]), (key[2], key[3]), conn.first_frame,
                    conn.last_frame, conn.first_ts, conn.last_ts, conn.tcp.facts(transitions),
                    conn.warnings))
