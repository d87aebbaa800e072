"""Connection tracking: packets in, streaming events out (sans-I/O).

::

    tracker = FlowTracker(max_buffer=4 << 20)
    for pkt in packets:
        for ev in tracker.feed(pkt): ...
    for ev in tracker.finish(): ...

Connections are forgotten as soon as :class:`ConnectionClosed` is emitted, so memory stays flat
on long captures.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from ..report.i18n import _
from ..source.packet import Packet
from .connection_limit import MAX_CONNECTIONS, limit_warnings, make_room
from .events import ConnectionClosed, ConnectionOpened, Direction, FlowEvent, StreamData, StreamGap
from .reassembly import Chunk, Reassembler
from .tcp_state import End, TcpSession, Transition

_FIN, _SYN, _RST, _ACK = 0x01, 0x02, 0x04, 0x10
_SLOW_FLAGS = _FIN | _SYN | _RST

Key = tuple[str, int, str, int]


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

    def to_json(self) -> dict[str, int]:
        return {
            "packets": self.packets,
            "payload_bytes": self.payload_bytes,
            "bytes_delivered": self.bytes_delivered,
            "gaps": self.gaps,
            "gap_bytes": self.gap_bytes,
            "retransmissions": self.retransmissions,
            "retransmitted_bytes": self.retransmitted_bytes,
            "out_of_order": self.out_of_order,
            "overlaps": self.overlaps,
            "overlap_bytes": self.overlap_bytes,
            "dropped_bytes": self.dropped_bytes,
        }


class TcpSummary:
    """TCP-level facts about one connection (live view while the connection is tracked)."""

    def __init__(self, session: TcpSession, c2s: Reassembler, s2c: Reassembler) -> None:
        self._session = session
        self._r = {"c2s": c2s, "s2c": s2c}
        self.c2s = DirectionStats()
        self.s2c = DirectionStats()

    def _sync(self) -> None:
        for name, st in (("c2s", self.c2s), ("s2c", self.s2c)):
            r = self._r[name]
            st.bytes_delivered = r.bytes_delivered
            st.gaps = r.gaps
            st.gap_bytes = r.gap_bytes
            st.retransmissions = r.retransmissions
            st.retransmitted_bytes = r.retransmitted_bytes
            st.out_of_order = r.out_of_order
            st.overlaps = r.overlaps
            st.overlap_bytes = r.overlap_bytes
            st.dropped_bytes = r.dropped_bytes

    def direction(self, name: Direction) -> DirectionStats:
        self._sync()
        return self.c2s if name == "c2s" else self.s2c

    @property
    def handshake(self) -> str:
        return self._session.handshake

    @property
    def close(self) -> str:
        return self._session.close

    @property
    def closed_by(self) -> str | None:
        return self._session.closed_by

    @property
    def client_states(self) -> list[str]:
        return list(self._session.ends["client"].states)

    @property
    def server_states(self) -> list[str]:
        return list(self._session.ends["server"].states)

    @property
    def transitions(self) -> list[Transition]:
        return list(self._session.transitions)

    def _sum(self, attr: str) -> int:
        return int(getattr(self._r["c2s"], attr)) + int(getattr(self._r["s2c"], attr))

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
        return self.c2s.packets + self.s2c.packets

    @property
    def c2s_bytes(self) -> int:
        return self._r["c2s"].bytes_delivered

    @property
    def s2c_bytes(self) -> int:
        return self._r["s2c"].bytes_delivered

    def to_json(self) -> dict[str, Any]:
        return {
            "handshake": self.handshake,
            "close": self.close,
            "closed_by": self.closed_by,
            "client_states": self.client_states,
            "server_states": self.server_states,
            "gaps": self.gaps,
            "gap_bytes": self.gap_bytes,
            "retransmissions": self.retransmissions,
            "out_of_order": self.out_of_order,
            "packets": self.packets,
            "c2s_bytes": self.c2s_bytes,
            "s2c_bytes": self.s2c_bytes,
        }


class Connection:
    """One TCP connection; ``client``/``server`` are (ip, port)."""

    def __init__(
        self,
        index: int,
        client: tuple[str, int],
        server: tuple[str, int],
        pkt: Packet,
        max_buffer: int,
    ) -> None:
        self.index = index
        self.client = client
        self.server = server
        self.first_frame = pkt.frame
        self.last_frame = pkt.frame
        self.first_ts = pkt.timestamp
        self.last_ts = pkt.timestamp
        self.session = TcpSession(pkt.flags)
        self.c2s = Reassembler(max_buffer)
        self.s2c = Reassembler(max_buffer)
        self.tcp = TcpSummary(self.session, self.c2s, self.s2c)
        self.warnings: list[str] = list(self.session.notes)
        self.closed = False

    def __repr__(self) -> str:
        c, s = self.client, self.server
        return f"<Connection #{self.index} {c[0]}:{c[1]} -> {s[0]}:{s[1]}>"

    @property
    def mid_connection(self) -> bool:
        """The capture began after the connection had opened (no SYN seen)."""
        return self.tcp.handshake == "missing"

    @property
    def key(self) -> Key:
        return (self.client[0], self.client[1], self.server[0], self.server[1])


class _Side:
    """One direction of a connection, as the tracker finds it by a packet's 4-tuple: the
    direction's name and what a packet sent that way updates, so they need not be worked out
    again for every packet."""

    __slots__ = ("conn", "direction", "end", "sender", "receiver", "stats")

    def __init__(self, conn: Connection, direction: Direction) -> None:
        self.conn = conn
        self.direction: Direction = direction
        c2s = direction == "c2s"
        self.end: End = "client" if c2s else "server"  # who sends
        self.sender = conn.c2s if c2s else conn.s2c  # reassembles what is sent this way
        self.receiver = conn.s2c if c2s else conn.c2s  # the ACKs sent this way are for it
        self.stats = conn.tcp.c2s if c2s else conn.tcp.s2c


@dataclass(slots=True)
class TrackerStats:
    packets: int = 0
    connections: int = 0
    open_connections: int = 0
    max_open_connections: int = 0
    late_packets: int = 0  # packets of a connection already closed (ignored)
    idle_closed: int = 0  # connections closed by the FIN timeout (final ACK never seen)
    closed_at_limit: int = 0  # closed early to make room (max_connections were open)
    extra: dict[str, int] = field(default_factory=dict)


class FlowTracker:
    """Tracks TCP connections and reassembles both directions of each.

    ``max_buffer``: out-of-order bytes buffered per direction before a hole becomes a gap.
    ``fin_timeout``: seconds (capture time) after both FINs were seen with no packets, after
    which a connection whose final ACK is missing is considered closed.
    """

    def __init__(self, max_buffer: int = 4 << 20, fin_timeout: float = 60.0,
                 max_connections: int = MAX_CONNECTIONS) -> None:
        self.max_buffer = max_buffer
        self.fin_timeout = fin_timeout
        self.max_connections = max_connections
        self.stats = TrackerStats()
        self._sides: dict[Key, _Side] = {}  # each orientation of the 4-tuple: one direction
        self._tombstones: OrderedDict[Key, int] = OrderedDict()
        self._next_index = 1
        self._since_sweep = 0

    # -- public -------------------------------------------------------------------------------
    @property
    def connections(self) -> list[Connection]:
        """Connections currently tracked (not yet closed), oldest first."""
        conns = [side.conn for side in self._sides.values() if side.direction == "c2s"]
        return sorted(conns, key=lambda conn: conn.index)

    def feed(self, pkt: Packet) -> list[FlowEvent]:
        self.stats.packets += 1
        out: list[FlowEvent] = []
        key = (pkt.src, pkt.sport, pkt.dst, pkt.dport)
        side = self._sides.get(key)
        flags = pkt.flags
        if flags & _SYN and side is not None and not flags & _ACK:
            conn = side.conn
            cl = conn.session.ends["client"]
            reuse = conn.session.closed_by is not None or conn.session.close != "none"
            if (pkt.src, pkt.sport) == conn.client and cl.isn not in (None, pkt.seq) and reuse:
                self._close(conn, out)
                side = None
        if side is None:
            if key in self._tombstones and not (flags & _SYN and not flags & _ACK):
                self.stats.late_packets += 1
                return out
            self._tombstones.pop(key, None)
            self._tombstones.pop((pkt.dst, pkt.dport, pkt.src, pkt.sport), None)
            if self.stats.open_connections >= self.max_connections:
                make_room(self, out)
            conn = self._open(pkt)
            out.append(ConnectionOpened(conn))
            side = self._sides[key]
        conn = side.conn
        self._process(side, pkt, out)
        if conn.session.finished:
            self._close(conn, out)
        self._since_sweep += 1
        if self._since_sweep >= 4096:
            self._since_sweep = 0
            self._sweep(pkt.timestamp, out)
        return out

    def finish(self) -> list[FlowEvent]:
        out: list[FlowEvent] = []
        for conn in self.connections:
            self._close(conn, out)
        return out

    @property
    def warnings(self) -> list[str]:
        """What the whole capture should know about the tracking (for the summary)."""
        return limit_warnings(self)

    # -- internals ----------------------------------------------------------------------------
    def _open(self, pkt: Packet) -> Connection:
        a, b = (pkt.src, pkt.sport), (pkt.dst, pkt.dport)
        if pkt.flags & _SYN:
            client, server = (a, b) if not pkt.flags & _ACK else (b, a)
        elif pkt.sport != pkt.dport:
            client, server = (a, b) if pkt.sport > pkt.dport else (b, a)
        else:
            client, server = a, b
        conn = Connection(self._next_index, client, server, pkt, self.max_buffer)
        self._next_index += 1
        self._sides[conn.key] = _Side(conn, "c2s")
        reverse = (server[0], server[1], client[0], client[1])
        if reverse != conn.key:  # a socket connected to itself has one side, client->server
            self._sides[reverse] = _Side(conn, "s2c")
        self.stats.connections += 1
        self.stats.open_connections += 1
        self.stats.max_open_connections = max(
            self.stats.max_open_connections, self.stats.open_connections
        )
        return conn

    def _process(self, side: _Side, pkt: Packet, out: list[FlowEvent]) -> None:
        conn = side.conn
        flags = pkt.flags
        payload = pkt.payload
        truncated = pkt.truncated
        size = len(payload) + truncated
        st = side.stats
        st.packets += 1
        st.payload_bytes += size
        frame = conn.last_frame = pkt.frame
        conn.last_ts = pkt.timestamp
        session = conn.session
        if flags & _SLOW_FLAGS or not session.quiet:
            session.segment(side.end, flags, pkt.seq, pkt.ack, size, frame)
        if not flags & _SLOW_FLAGS and payload and not truncated:
            # the common case: data in order, nothing buffered -> one StreamData, no Chunk
            if flags & _ACK:
                side.receiver.acked(pkt.ack, frame)
            if side.sender.in_order(pkt.seq, payload):
                out.append(StreamData(conn, side.direction, payload, frame))
            else:
                self._chunks(conn, side.direction,
                             side.sender.segment(pkt.seq, payload, frame, False, 0), out)
            return
        if flags & _RST:
            if size:  # data in an RST segment (e.g. a last alert) is still delivered
                chunks = side.sender.segment(pkt.seq, payload, frame, False, truncated)
                self._chunks(conn, side.direction, chunks, out)
            elif side.sender.out_of_window(pkt.seq):
                conn.warnings.append(
                    _("frame {frame}: RST outside the {direction} window (sequence number "
                      "{seq}); it carries no data and is not counted as missing data").format(
                        frame=frame, direction=side.direction, seq=pkt.seq))
            return
        if flags & _ACK:
            side.receiver.acked(pkt.ack, frame)
        seq = pkt.seq
        if flags & _SYN:
            side.sender.syn(seq)
            seq = (seq + 1) & 0xFFFFFFFF
        if size or flags & _FIN:
            chunks = side.sender.segment(seq, payload, frame, bool(flags & _FIN), truncated)
            self._chunks(conn, side.direction, chunks, out)

    def _chunks(
        self, conn: Connection, direction: Direction, chunks: list[Chunk], out: list[FlowEvent]
    ) -> None:
        for ch in chunks:
            if ch.data is not None:
                out.append(StreamData(conn, direction, ch.data, ch.frame))
            else:
                out.append(StreamGap(conn, direction, ch.size, ch.frame))
                conn.warnings.append(f"gap of {ch.size} bytes in {direction} at frame {ch.frame}")

    def _close(self, conn: Connection, out: list[FlowEvent]) -> None:
        if conn.closed:
            return
        conn.closed = True
        conn.session.flush()
        # bare ACK/FIN numbers alone never make a gap: only on a connection with payload
        carried = conn.tcp.c2s.payload_bytes + conn.tcp.s2c.payload_bytes > 0
        self._chunks(conn, "c2s", conn.c2s.flush(carried), out)
        self._chunks(conn, "s2c", conn.s2c.flush(carried), out)
        for way, reassembler in (("c2s", conn.c2s), ("s2c", conn.s2c)):
            if reassembler.unacceptable_acks:
                conn.warnings.append(
                    _("frame {frame}: acknowledgement number {ack} does not acknowledge the SYN "
                      "sent in {direction} (a challenge ACK, or another connection on the same "
                      "ports): outside the window, not counted as missing data").format(
                        frame=reassembler.unacceptable_ack_frame,
                        ack=reassembler.unacceptable_ack, direction=way))
            if reassembler.unseen_bytes:
                conn.warnings.append(
                    _("{direction}: {n} bytes acknowledged but never captured on a connection "
                      "that carried no payload; not counted as a gap").format(
                        direction=way, n=reassembler.unseen_bytes))
        conn.tcp._sync()
        for name in ("c2s", "s2c"):
            d = conn.tcp.direction(name)
            if d.retransmissions:
                conn.warnings.append(
                    f"{d.retransmissions} retransmitted segment(s) in {name} "
                    f"({d.retransmitted_bytes} bytes)"
                )
            if d.dropped_bytes:
                conn.warnings.append(f"{d.dropped_bytes} bytes in {name} after its FIN ignored")
        for name, reassembler in (("c2s", conn.c2s), ("s2c", conn.s2c)):
            if reassembler.cap_flushes:
                conn.warnings.append(
                    f"{name}: the out-of-order buffer reached its limit of "
                    f"{reassembler.max_buffer} bytes {reassembler.cap_flushes} time(s); the "
                    "missing bytes before it were declared a gap")
        out.append(ConnectionClosed(conn))
        for key in (conn.key, (conn.server[0], conn.server[1], conn.client[0], conn.client[1])):
            side = self._sides.get(key)
            if side is not None and side.conn is conn:
                del self._sides[key]
            self._tombstones[key] = conn.index
        while len(self._tombstones) > 65536:
            self._tombstones.popitem(last=False)
        self.stats.open_connections -= 1

    def _sweep(self, now: float, out: list[FlowEvent]) -> None:
        for conn in self.connections:
            if conn.session.both_fins_sent and now - conn.last_ts > self.fin_timeout:
                self.stats.idle_closed += 1
                self._close(conn, out)
