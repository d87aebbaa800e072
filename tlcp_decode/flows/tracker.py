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

from ..messages import msg
from ..model import Warning
from ..source.packet import ACK, FIN, RST, SYN, Packet
from .connection import Connection, Key
from .events import ConnectionClosed, ConnectionOpened, Direction, FlowEvent, StreamData, StreamGap
from .reassembly import Chunk
from .tcp_state import End

_FIN, _SYN, _RST, _ACK = FIN, SYN, RST, ACK  # plain ints: see TcpFlag
_SLOW_FLAGS = _FIN | _SYN | _RST


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
    bad_checksums: int = 0  # segments with a wrong TCP checksum (--check-checksums), not used
    extra: dict[str, int] = field(default_factory=dict)


class FlowTracker:
    """Tracks TCP connections and reassembles both directions of each.

    ``max_buffer``: out-of-order bytes buffered per direction before a hole becomes a gap.
    ``fin_timeout``: seconds (capture time) after both FINs were seen with no packets, after
    which a connection whose final ACK is missing is considered closed.
    """

    def __init__(self, max_buffer: int = 4 << 20, fin_timeout: float = 60.0) -> None:
        self.max_buffer = max_buffer
        self.fin_timeout = fin_timeout
        self.stats = TrackerStats()
        self._sides: dict[Key, _Side] = {}  # each orientation of the 4-tuple: one direction
        self._tombstones: OrderedDict[Key, int] = OrderedDict()
        self._next_index = 1
        self._since_sweep = 0
        # connection index -> (segments with a bad checksum, the first one's frame)
        self._bad_checksums: dict[int, tuple[int, int]] = {}

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
        if pkt.bad_checksum:  # its header cannot be trusted: it opens and changes nothing
            self.stats.bad_checksums += 1
            if side is not None:
                count, first = self._bad_checksums.get(side.conn.index, (0, pkt.frame))
                self._bad_checksums[side.conn.index] = (count + 1, first)
            return out
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
                conn.warnings.append(Warning(
                    "tcp_rst_out_of_window", frame,
                    msg("frame {frame}: RST outside the {direction} window (sequence number "
                        "{seq}); it carries no data and is not counted as missing data",
                        frame=frame, direction=side.direction, seq=pkt.seq)))
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
                conn.warnings.append(Warning(
                    "tcp_gap", ch.frame, msg("gap of {size} bytes in {direction} at frame {frame}",
                                             size=ch.size, direction=direction, frame=ch.frame)))

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
                conn.warnings.append(Warning(
                    "tcp_unacceptable_ack", reassembler.unacceptable_ack_frame,
                    msg("frame {frame}: acknowledgement number {ack} does not acknowledge the "
                        "SYN sent in {direction} (a challenge ACK, or another connection on the "
                        "same ports): outside the window, not counted as missing data",
                        frame=reassembler.unacceptable_ack_frame,
                        ack=reassembler.unacceptable_ack, direction=way)))
            if reassembler.unseen_bytes:
                conn.warnings.append(Warning(
                    "tcp_unseen_bytes", None,
                    msg("{direction}: {n} bytes acknowledged but never captured on a connection "
                        "that carried no payload; not counted as a gap",
                        direction=way, n=reassembler.unseen_bytes)))
        bad = self._bad_checksums.pop(conn.index, None)
        if bad is not None:
            conn.warnings.append(Warning(
                "tcp_bad_checksum", bad[1],
                msg("{n} segment(s) with a bad TCP checksum not used (the first in frame "
                    "{frame})", n=bad[0], frame=bad[1])))
        conn.tcp._sync()
        for name in ("c2s", "s2c"):
            d = conn.tcp.direction(name)
            if d.retransmissions:
                conn.warnings.append(Warning(
                    "tcp_retransmissions", None,
                    msg("{n} retransmitted segment(s) in {direction} ({size} bytes)",
                        n=d.retransmissions, direction=name, size=d.retransmitted_bytes)))
            if d.dropped_bytes:
                conn.warnings.append(Warning(
                    "tcp_data_after_fin", None,
                    msg("{size} bytes in {direction} after its FIN ignored",
                        size=d.dropped_bytes, direction=name)))
        for name, reassembler in (("c2s", conn.c2s), ("s2c", conn.s2c)):
            if reassembler.cap_flushes:
                conn.warnings.append(Warning(
                    "tcp_buffer_limit", None,
                    msg("{direction}: the out-of-order buffer reached its limit of {limit} bytes "
                        "{n} time(s); the missing bytes before it were declared a gap",
                        direction=name, limit=reassembler.max_buffer, n=reassembler.cap_flushes)))
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
