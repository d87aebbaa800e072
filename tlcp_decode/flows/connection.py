"""One tracked TCP connection and its TCP-level facts, as the tracker updates them.

Apart from the tracker (``tracker.py``) so that the events, which carry a connection, and the
tracker, which makes them, do not import each other.

A tap may hold a hundred thousand connections at once (a SYN flood, a scan), so a connection
that carried nothing costs a few hundred bytes: slotted objects, the 4-tuple kept once (it is
also the tracker's key), no list until there is something to put in it, and no reassembler
for a direction until that direction carries (or is acknowledged beyond) more than its SYN.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, cast

from tlcp_decode.named_tuple import NamedTuple
from tlcp_decode.precompiled import dataclass

from ..folding import WarningList
from ..model_base import Direction, Warning
from ..source.packet import ACK
from .reassembly import Reassembler
from .tcp_state import TcpSession, Transition, TransitionValues, as_transition

Key = tuple[str, int, str, int]

_MOD = 1 << 32
_ACK = ACK  # a plain int: see TcpFlag


@dataclass(slots=True)
class DirectionStats:
    packets: int = 0
    payload_bytes: int = 0  # sum of TCP payload lengths on the wire (incl. retransmissions)
    bytes_delivered: int = 0
    gaps: int = 0
    gap_bytes: int = 0
    retransmissions: int = 0
    retransmitted_bytes: int = 0
    out_of_order: int = 0
    overlaps: int = 0
    overlap_bytes: int = 0
    dropped_bytes: int = 0


# A direction that never needed a reassembler: every counter zero.
_UNUSED = Reassembler()

#: One direction's counters, in the order of :class:`DirectionStats`' fields.
DirectionCounts = tuple[int, int, int, int, int, int, int, int, int, int, int]


class TcpFacts(NamedTuple):
    """Everything the result model shows of a finished connection's TCP side, as plain
    values (strs, ints, tuples): made once where the packets are read, it crosses to the
    analysing process (tlcp_decode.parallel) without any code of ours running to load it."""

    handshake: str
    close: str
    closed_by: str | None
    client_states: tuple[str, ...]
    server_states: tuple[str, ...]
    transitions: tuple[TransitionValues, ...]
    c2s: DirectionCounts
    s2c: DirectionCounts


#: ``tcp_facts_from(values)`` is ``TcpFacts(*values)`` made in C (a named tuple's own
#: constructor is Python code; one is made per connection, in each process:
#: tlcp_decode.parallel)
tcp_facts_from = cast(Callable[[tuple[Any, ...]], TcpFacts], partial(tuple.__new__, TcpFacts))


class TcpSummary:
    """TCP-level facts about one connection: a view made when asked for, reading the live
    connection (nothing of it is kept per connection)."""

    __slots__ = ("_conn",)

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def facts(self, transitions: bool = True) -> TcpFacts:
        """The facts as they stand now (asked for once the connection is over); the
        transitions left empty unless ``transitions`` (the states are read from them
        either way)."""
        return tcp_facts_from(self.fact_values(transitions))

    def fact_values(self, transitions: bool = True) -> tuple[Any, ...]:
        """:meth:`facts` as a plain tuple (see :func:`tcp_fact_values`)."""
        return tcp_fact_values(self._conn, transitions)

    def counts(self, name: Direction) -> DirectionCounts:
        """``direction(name)``'s counters as a tuple."""
        return direction_counts(self._conn)[name != "c2s"]

    def direction(self, name: Direction) -> DirectionStats:
        return DirectionStats(*self.counts(name))

    @property
    def c2s(self) -> DirectionStats:
        return self.direction("c2s")

    @property
    def s2c(self) -> DirectionStats:
        return self.direction("s2c")

    @property
    def handshake(self) -> str:
        return self._conn.session.handshake

    @property
    def close(self) -> str:
        return self._conn.session.close

    @property
    def closed_by(self) -> str | None:
        return self._conn.session.closed_by

    @property
    def client_states(self) -> list[str]:
        return self._conn.session.states("client")

    @property
    def server_states(self) -> list[str]:
        return self._conn.session.states("server")

    @property
    def transitions(self) -> list[Transition]:
        return list(map(as_transition, self._conn.session.transitions))

    def _sum(self, attr: str) -> int:
        conn = self._conn
        return (int(getattr(conn.reassembler_or_unused("c2s"), attr))
                + int(getattr(conn.reassembler_or_unused("s2c"), attr)))

    @property
    def gaps(self) -> int:
        return self._sum("gaps")

    @property
    def gap_bytes(self) -> int:
        return self._sum("gap_bytes")

    @property
    def retransmissions(self) -> int:
        return self._sum("retransmissions")

    @property
    def out_of_order(self) -> int:
        return self._sum("out_of_order")

    @property
    def overlaps(self) -> int:
        return self._sum("overlaps")

    @property
    def packets(self) -> int:
        return self._conn.c2s_packets + self._conn.s2c_packets

    @property
    def c2s_bytes(self) -> int:
        return self._conn.reassembler_or_unused("c2s").bytes_delivered

    @property
    def s2c_bytes(self) -> int:
        return self._conn.reassembler_or_unused("s2c").bytes_delivered


def tcp_fact_values(conn: Connection, transitions: bool = True) -> tuple[Any, ...]:
    """``conn.tcp.facts(transitions)`` as a plain tuple (what crosses to the analysing process,
    once per connection: tlcp_decode.parallel), made without the summary object."""
    session = conn.session
    client_states, server_states = session.both_states()
    return (session.handshake, session.close, session.closed_by_of(client_states, server_states),
            tuple(client_states), tuple(server_states),
            session.transitions if transitions else (), *direction_counts(conn))


def direction_counts(conn: Connection) -> tuple[DirectionCounts, DirectionCounts]:
    """The counters of ``conn``'s two directions (c2s, s2c) as tuples, in one call (a
    direction without a reassembler counts zeros)."""
    r = conn._c2s
    if r is None:
        r = _UNUSED
    c2s = (conn.c2s_packets, conn.c2s_payload_bytes, r.bytes_delivered, r.gaps, r.gap_bytes,
           r.retransmissions, r.retransmitted_bytes, r.out_of_order, r.overlaps, r.overlap_bytes,
           r.dropped_bytes)
    r = conn._s2c
    if r is None:
        r = _UNUSED
    return c2s, (conn.s2c_packets, conn.s2c_payload_bytes, r.bytes_delivered, r.gaps,
                 r.gap_bytes, r.retransmissions, r.retransmitted_bytes, r.out_of_order,
                 r.overlaps, r.overlap_bytes, r.dropped_bytes)


class Connection:
    """One TCP connection; ``client``/``server`` are (ip, port), ``key`` both in one tuple."""

    __slots__ = ("index", "key", "first_frame", "last_frame", "first_ts", "last_ts", "session",
                 "max_buffer", "_c2s", "_s2c", "syn_acked", "c2s_packets", "s2c_packets",
                 "c2s_payload_bytes", "s2c_payload_bytes", "warnings", "closed", "ends",
                 "server_ends")

    def __init__(self, index: int, key: Key, frame: int, ts: float, flags: int,
                 max_buffer: int) -> None:
        """``frame``, ``ts`` and ``flags``: its first segment's."""
        self.index = index
        self.key = key
        self.first_frame = self.last_frame = frame
        self.first_ts = self.last_ts = ts
        self.session = TcpSession(flags)
        self.max_buffer = max_buffer
        # each direction's reassembler, made by reassembler() when first needed
        self._c2s: Reassembler | None = None
        self._s2c: Reassembler | None = None
        # directions whose SYN the peer acknowledged before they had a reassembler (bit 1:
        # c2s, bit 2: s2c): the one thing such an acknowledgement changes (see acked())
        self.syn_acked = 0
        self.c2s_packets = self.s2c_packets = 0
        self.c2s_payload_bytes = self.s2c_payload_bytes = 0
        # a tuple (the session's notes, often the shared empty one) until warn() adds to it
        self.warnings: tuple[Warning, ...] | list[Warning] = self.session.notes
        self.closed = False
        # its client's and its server's segments' ends (see FlowTracker.know_ends), once
        # known by them
        self.ends: bytes | None = None
        self.server_ends = b""

    def __repr__(self) -> str:
        c, s = self.client, self.server
        return f"<Connection #{self.index} {c[0]}:{c[1]} -> {s[0]}:{s[1]}>"

    @property
    def client(self) -> tuple[str, int]:
        return self.key[0], self.key[1]

    @property
    def server(self) -> tuple[str, int]:
        return self.key[2], self.key[3]

    @property
    def tcp(self) -> TcpSummary:
        return TcpSummary(self)

    @property
    def c2s(self) -> Reassembler:
        return self.reassembler("c2s")

    @property
    def s2c(self) -> Reassembler:
        return self.reassembler("s2c")

    @property
    def mid_connection(self) -> bool:
        """The capture began after the connection had opened (no SYN seen)."""
        return self.session.handshake == "missing"

    def warn(self, warning: Warning) -> None:
        if not isinstance(self.warnings, WarningList):
            self.warnings = WarningList(self.warnings)
        self.warnings.append(warning)

    # -- per-direction reassembly, made on demand ---------------------------------------------
    def reassembler(self, direction: Direction) -> Reassembler:
        """The direction's reassembler, made now if it had none: started at the SYN its
        sender was seen sending (the session has its sequence number), if any."""
        if direction == "c2s":
            r = self._c2s
            if r is None:
                r = self._c2s = self._started(self.session.client.isn, 1)
        else:
            r = self._s2c
            if r is None:
                r = self._s2c = self._started(self.session.server.isn, 2)
        return r

    def _started(self, isn: int | None, syn_acked: int) -> Reassembler:
        """A new reassembler for a direction whose sender sent its SYN at ``isn`` (None: not
        seen), acknowledged if ``syn_acked`` (its bit of :attr:`syn_acked`) is set."""
        r = Reassembler(self.max_buffer)
        if isn is not None:
            r.syn(isn)
            if self.syn_acked & syn_acked:
                r.syn_unacked = False
        return r

    def missing_data(self) -> bool:
        """Is data that either end sent (acknowledged or ended by a FIN) not seen yet?"""
        return (self._c2s is not None and self._c2s.missing) or (
            self._s2c is not None and self._s2c.missing)

    def reassembler_or_unused(self, direction: Direction) -> Reassembler:
        """The direction's reassembler, or one with every counter zero (none was needed)."""
        r = self._c2s if direction == "c2s" else self._s2c
        return _UNUSED if r is None else r

    def quiet_segment(self, c2s: bool, frame: int, ts: float, size: int, flags: int,
                      ack: int) -> Reassembler | None:
        """A segment (``size`` bytes, sent client -> server when ``c2s``) of a quiet connection
        (see TcpSession.quiet: no SYN, FIN or RST to follow) counted and its acknowledgement
        applied, which is all the TCP side of such a segment does; its sender's reassembler
        when it carries bytes (made for its first ones), None for a pure ACK.
        The short ways of FlowTracker.feed and of the reading process (tlcp_decode.reading);
        and of the usual close's segments without data (FlowTracker._closing), whose session
        change is done apart."""
        self.last_frame = frame
        self.last_ts = ts
        if c2s:
            self.c2s_packets += 1
            self.c2s_payload_bytes += size
            sender, acknowledged = self._c2s, self._s2c
        else:
            self.s2c_packets += 1
            self.s2c_payload_bytes += size
            sender, acknowledged = self._s2c, self._c2s
        if flags & _ACK:
            if acknowledged is not None:
                if ack != acknowledged.nxt_seq or acknowledged.syn_unacked:
                    acknowledged.acked(ack, frame)
                elif acknowledged.acked_off < acknowledged.nxt:
                    # Reassembler.acked of an acknowledgement of all that was delivered (as
                    # most are), written out: it moves acked_off there, if not there yet (most
                    # often it is: the same ACK field as the sender's last segment's)
                    acknowledged.acked_off = acknowledged.nxt
                    acknowledged.ack_frame = frame
            else:
                self.acked("s2c" if c2s else "c2s", ack, frame)
        if not size:
            return None
        if sender is None:  # its first bytes: the reassembler starts at its SYN, if seen
            sender = self.reassembler("c2s" if c2s else "s2c")
        return sender

    def acked(self, direction: Direction, ack: int, frame: int) -> None:
        """The peer of ``direction``'s sender acknowledged up to ``ack``.

        Without a reassembler yet, an acknowledgement of the SYN alone (ISN + 1) only marks the
        SYN acknowledged, and one before any SYN changes nothing (the direction has not started):
        neither needs a reassembler. Anything else is the reassembler's to judge.

        A direction whose SYN was not captured but its peer's was (a capture of one direction
        only, or its SYN lost) starts at the peer's first acknowledgement, the handshake's
        third segment's, which is its ISN + 1: what the peer acknowledges beyond it was sent
        and not captured, a gap.
        """
        r = self._c2s if direction == "c2s" else self._s2c
        if r is not None:
            r.acked(ack, frame)
            return
        session = self.session
        end, peer = ((session.client, session.server) if direction == "c2s"
                     else (session.server, session.client))
        if end.isn is None:
            if peer.isn is not None:
                r = self.reassembler(direction)
                r.syn((ack - 1) % _MOD)
                r.syn_unacked = False
            return
        if ack == (end.isn + 1) % _MOD:
            self.syn_acked |= 1 if direction == "c2s" else 2
            return
        self.reassembler(direction).acked(ack, frame)
