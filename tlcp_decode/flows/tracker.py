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
from collections.abc import Iterator
from dataclasses import field

from tlcp_decode.precompiled import dataclass

from ..messages import msg
from ..model_base import DIRECTIONS, Warning
from ..source.packet import ACK, FIN, RST, SYN, Packet
from .buffer_budget import MAX_OUT_OF_ORDER, OutOfOrderBudget
from .connection import Connection, Key
from .connection_limit import MAX_CONNECTIONS, Evictions, eviction_warning
from .events import ConnectionClosed, ConnectionOpened, Direction, FlowEvent, StreamData, StreamGap
from .reassembly import Chunk, Reassembler
from .tcp_state import _LISTEN, _MOVED_BY_RECV_SYNACK, _SYN_RECEIVED, _SYN_SENT

_FIN, _SYN, _RST, _ACK = FIN, SYN, RST, ACK  # plain ints: see TcpFlag
_SLOW_FLAGS = _FIN | _SYN | _RST
_SYN_ACK = _SYN | _ACK
_FIN_ACK = _FIN | _ACK
#: Segments of an established connection without SYN, FIN or RST take the short way in
#: FlowTracker.feed (tests turn it off to compare it with the general path, general_way).
QUIET_FAST_PATH = True
#: The opening handshake's segments without data (a connection's SYN, SYN+ACK and the ACK of
#: the SYN+ACK) take a short way in FlowTracker.general_way when what they change is known
#: (FlowTracker._handshake; tests turn it off to compare it with the general way).
OPENING_SHORT_WAY = True
#: The usual close's segments without data (a FIN+ACK from a quiet connection, the peer's ACK
#: or FIN+ACK of it, the last ACK) take a short way in FlowTracker.general_way when what they
#: change is known (FlowTracker._closing; tests turn it off to compare it with the general way).
CLOSING_SHORT_WAY = True
#: Seconds (capture time) a connection over (both FINs acknowledged) stays open while data it
#: carried is missing: a capture may record a segment after the packets that acknowledge it.
LINGER = 1.0
#: Open connections are looked over for the timeouts (LINGER, fin_timeout) every this many
#: packets.
SWEEP_EVERY = 4096


@dataclass(slots=True)
class TrackerStats:
    packets: int = 0
    connections: int = 0
    open_connections: int = 0
    max_open_connections: int = 0
    late_packets: int = 0  # packets of a connection already closed (ignored)
    idle_closed: int = 0  # connections closed by the FIN timeout (final ACK never seen)
    bad_checksums: int = 0  # segments with a wrong TCP checksum (--check-checksums), not used
    evicted: int = 0  # closed early to make room: max_connections were open (connection_limit)
    extra: dict[str, int] = field(default_factory=dict)


#: What :attr:`FlowTracker.by_ends` knows of a segment by its ends: its connection, whether
#: the client sent it, its 4-tuple.
KnownEnds = tuple[Connection, bool, Key]


def _reverse_ends(ends: bytes) -> bytes:
    """The segment ends (see FlowTracker.know_ends) of the other direction."""
    return ends[4:8] + ends[:4] + ends[10:] + ends[8:10]


class FlowTracker:
    """Tracks TCP connections and reassembles both directions of each.

    ``max_buffer``: out-of-order bytes buffered per direction before a hole becomes a gap;
    ``max_out_of_order``: by all connections together (see flows.buffer_budget).
    ``fin_timeout``: seconds (capture time) after both FINs were seen with no packets, after
    which a connection whose final ACK is missing is considered closed.
    """

    def __init__(self, max_buffer: int = 4 << 20, fin_timeout: float = 60.0,
                 max_connections: int = MAX_CONNECTIONS,
                 max_out_of_order: int = MAX_OUT_OF_ORDER) -> None:
        self.max_buffer = max_buffer
        self._budget = OutOfOrderBudget(max_out_of_order)
        self.fin_timeout = fin_timeout
        self.max_connections = max_connections
        self.stats = TrackerStats()
        # client -> server 4-tuple (the connection's own key) -> connection; a packet's
        # direction is whether its 4-tuple is that one or the reverse (one entry per
        # connection: a SYN flood's hundred thousand open connections cost less)
        self._sides: dict[Key, Connection] = {}
        # the same connections, those the reading process's fused loop has met (see
        # know_ends), by each direction's segment ends
        self.by_ends: dict[bytes, KnownEnds] = {}
        self._tombstones: OrderedDict[Key, int] = OrderedDict()
        self._next_index = 1
        self._evictions = Evictions()
        # the count of segments (stats.packets) at which the next sweep comes: SWEEP_EVERY
        # segments after the last one, not counting those that change nothing (a late one,
        # a bad checksum: each moves it on by one). One int compared per segment, where a
        # count of its own was kept besides stats.packets
        self._next_sweep = SWEEP_EVERY
        # connection index -> (segments with a bad checksum, the first one's frame)
        self._bad_checksums: dict[int, tuple[int, int]] = {}

    # -- public -------------------------------------------------------------------------------
    @property
    def connections(self) -> list[Connection]:
        """Connections currently tracked (not yet closed), oldest first."""
        return sorted(self._sides.values(), key=lambda conn: conn.index)

    def feed(self, pkt: Packet) -> list[FlowEvent]:
        self.stats.packets += 1
        out: list[FlowEvent] = []
        key = (pkt.src, pkt.sport, pkt.dst, pkt.dport)
        conn = self._sides.get(key)
        if conn is None:  # the server -> client direction of a connection, or a new one
            conn = self._sides.get((pkt.dst, pkt.dport, pkt.src, pkt.sport))
        if pkt.bad_checksum:  # its header cannot be trusted: it opens and changes nothing
            self.stats.bad_checksums += 1
            self._next_sweep += 1  # (not counted for the sweep)
            if conn is not None:
                count, first = self._bad_checksums.get(conn.index, (0, pkt.frame))
                self._bad_checksums[conn.index] = (count + 1, first)
            return out
        flags = pkt.flags
        if (conn is not None and not flags & _SLOW_FLAGS and conn.session.quiet
                and not pkt.bad_checksum and QUIET_FAST_PATH):
            # The bulk of a connection: data or a pure ACK once both ends are established and
            # neither sent FIN or RST. What _process does for such a segment, without what
            # cannot apply: the state machine (quiet: see TcpSession._settle), a SYN, a RST,
            # a FIN; and nothing can finish the connection (no FIN or RST was seen).
            payload = pkt.payload
            truncated = pkt.truncated
            frame = pkt.frame
            c2s = key == conn.key
            direction: Direction = "c2s" if c2s else "s2c"
            sender = conn.quiet_segment(c2s, frame, pkt.timestamp, len(payload) + truncated,
                                        flags, pkt.ack)
            if sender is not None:  # it carries bytes (else a pure ACK)
                peer = conn._s2c if c2s else conn._c2s
                if peer is not None and peer._starts:  # (see peer_holes)
                    self.peer_holes(conn, direction, peer, out)
                if not truncated and sender.in_order(pkt.seq, payload):
                    out.append(StreamData(conn, direction, payload, frame))
                else:
                    self._segment(conn, direction, pkt.seq, payload, frame, False, truncated,
                                  out)
            return self._counted(pkt.timestamp, out)
        return self.general_way(conn, key, out, pkt.frame, pkt.timestamp, pkt.src, pkt.sport,
                                pkt.dst, pkt.dport, pkt.seq, pkt.ack, flags, pkt.payload,
                                pkt.truncated)

    def general_way(self, conn: Connection | None, key: Key, out: list[FlowEvent], frame: int,
                    ts: float, src: str, sport: int, dst: str, dport: int, seq: int, ack: int,
                    flags: int, payload: bytes, truncated: int,
                    ends: bytes | None = None) -> list[FlowEvent]:
        """What :meth:`feed` does with a segment of these fields (and a right checksum),
        counted already, the general way (which gives what the short way gives): ``conn`` is
        its connection, found by its 4-tuple ``key`` or the reverse one, if any; the events
        are added to ``out``. For the reading process's fused loop (tlcp_decode.reading),
        which has the fields but no Packet; a connection the segment opens is indexed by its
        ``ends`` when given (see :meth:`know_ends`)."""
        if conn is not None:
            session = conn.session
            if session.finished and ts - conn.last_ts > LINGER:
                self.close(conn, out)  # waited for missing data long enough: this packet is late
                conn = None
            elif (flags & _SYN and not flags & _ACK and (src, sport) == conn.client
                  and session.client.isn not in (None, seq)
                  and (session.closed_by is not None or session.close != "none")):
                self.close(conn, out)  # a new connection on the same ports (its own ISN)
                conn = None
        if conn is None:
            tombstones = self._tombstones
            if key in tombstones:
                if not (flags & _SYN and not flags & _ACK):
                    self.stats.late_packets += 1
                    self._next_sweep += 1  # (not counted for the sweep)
                    return out
                del tombstones[key]
            if tombstones:
                tombstones.pop((dst, dport, src, sport), None)
            if self.stats.open_connections >= self.max_connections:
                self._evict(out)
            conn = self._open(frame, ts, src, sport, dst, dport, flags, key)
            out.append(ConnectionOpened(conn))
            if ends is not None:
                self.know_ends(conn, ends, key, key == conn.key)
        # (a connection that saw a FIN is past its opening: _handshake would say no, and most
        # pure ACKs that come here come after a FIN)
        if ((flags == _ACK or flags == _SYN or flags == _SYN_ACK) and not payload
                and not truncated and OPENING_SHORT_WAY and not conn.session.saw_fin
                and self._handshake(conn, key, frame, ts, seq, ack, flags)):
            return self._counted(ts, out)
        if ((flags == _ACK or flags == _FIN_ACK) and not payload and not truncated
                and CLOSING_SHORT_WAY and self._closing(conn, key, frame, ts, seq, ack, flags, out)):
            return self._counted(ts, out)
        # one segment of ``conn``, sent client -> server when ``c2s``
        c2s = key == conn.key
        size = len(payload) + truncated
        if c2s:
            conn.c2s_packets += 1
            conn.c2s_payload_bytes += size
        else:
            conn.s2c_packets += 1
            conn.s2c_payload_bytes += size
        conn.last_frame = frame
        conn.last_ts = ts
        session = conn.session
        slow = flags & _SLOW_FLAGS
        if slow or not session.quiet:
            session.segment("client" if c2s else "server", flags, seq, ack, size, frame)
        if flags & _ACK and not flags & _RST:
            # the peer's direction (what this packet's ACK field is about)
            acknowledged = conn._s2c if c2s else conn._c2s
            if acknowledged is not None:
                acknowledged.acked(ack, frame)
            else:
                conn.acked("s2c" if c2s else "c2s", ack, frame)
        if size:
            peer = conn._s2c if c2s else conn._c2s
            if peer is not None and peer._starts:  # (see peer_holes)
                self.peer_holes(conn, "c2s" if c2s else "s2c", peer, out)
        if not slow:
            if payload and not truncated:
                # the common case: data in order, nothing buffered -> one StreamData, no Chunk
                direction: Direction = "c2s" if c2s else "s2c"
                sender = (conn._c2s if c2s else conn._s2c) or conn.reassembler(direction)
                if sender.in_order(seq, payload):
                    out.append(StreamData(conn, direction, payload, frame))
                else:
                    self._segment(conn, direction, seq, payload, frame, False, 0, out)
            elif size:
                self._segment(conn, "c2s" if c2s else "s2c", seq, payload, frame, False,
                              truncated, out)
        elif flags & _RST:
            if size:  # data in an RST segment (e.g. a last alert) is still delivered
                self._segment(conn, "c2s" if c2s else "s2c", seq, payload, frame, False,
                              truncated, out)
            else:
                direction = "c2s" if c2s else "s2c"
                if conn.reassembler(direction).out_of_window(seq):
                    conn.warn(Warning(
                        "tcp_rst_out_of_window", frame,
                        msg("frame {frame}: RST outside the {direction} window (sequence "
                            "number {seq}); it carries no data and is not counted as missing "
                            "data", frame=frame, direction=direction, seq=seq)))
        else:
            if flags & _SYN:
                # the session noted the SYN's number: a reassembler made later starts there
                started = conn._c2s if c2s else conn._s2c
                if started is not None:
                    started.syn(seq)
                seq = (seq + 1) & 0xFFFFFFFF
            if size or flags & _FIN:
                self._segment(conn, "c2s" if c2s else "s2c", seq, payload, frame,
                              bool(flags & _FIN), truncated, out)
        if session.finished and (session.saw_rst or not conn.missing_data()):
            self.close(conn, out)
        return self._counted(ts, out)

    def _counted(self, ts: float, out: list[FlowEvent]) -> list[FlowEvent]:
        """One more segment seen (at capture time ``ts``; stats.packets counts it already):
        every SWEEP_EVERY segments the sweep (see _sweep), its events added to ``out``;
        returns ``out``."""
        packets = self.stats.packets
        if packets >= self._next_sweep:
            self._next_sweep = packets + SWEEP_EVERY
            self._sweep(ts, out)
        return out

    def know_ends(self, conn: Connection, ends: bytes, key: Key, c2s: bool) -> KnownEnds:
        """Index ``conn`` (open) by both directions' segment ends (see
        tlcp_decode.source.native.SegmentTaker: IPv4 addresses and TCP ports as in the
        headers), ``ends`` and ``key`` being the ends and the 4-tuple of a segment sent by its
        client when ``c2s``: the fused loop (tlcp_decode.reading) then finds the connection of
        a segment, its direction and its 4-tuple by its ends alone. :meth:`close` drops both
        entries, so the index holds exactly the open connections it was given, as
        :attr:`_sides` does. Returns the entry of ``ends``."""
        reverse = _reverse_ends(ends)
        reverse_key = (key[2], key[3], key[0], key[1])
        by_ends = self.by_ends
        if c2s:
            by_ends[reverse] = (conn, False, reverse_key)
            # (the client's last: a connection to itself, one 4-tuple both ways, is its
            # client's, as in _sides)
            by_ends[ends] = (conn, True, key)
            conn.ends, conn.server_ends = ends, reverse
        else:
            by_ends[ends] = (conn, False, key)
            by_ends[reverse] = (conn, True, reverse_key)
            conn.ends, conn.server_ends = reverse, ends
        return by_ends[ends]

    def finish(self) -> list[FlowEvent]:
        return [event for events in self.finish_each() for event in events]

    def finish_each(self) -> Iterator[list[FlowEvent]]:
        """End of the capture: each open connection's last events, one connection at a time
        (a hundred thousand may be open: their results need not all exist at once)."""
        for conn in self.connections:
            out: list[FlowEvent] = []
            self.close(conn, out)
            yield out

    # -- internals ----------------------------------------------------------------------------
    def _open(self, frame: int, ts: float, src: str, sport: int, dst: str, dport: int,
              flags: int, key: Key) -> Connection:
        """A new connection, from its first segment's fields (``key``: its 4-tuple)."""
        # the sender is the client when it sends a SYN, else the end on the higher port
        if flags & _SYN:
            sent_by_client = not flags & _ACK
        else:
            sent_by_client = sport >= dport
        if not sent_by_client:
            key = (dst, dport, src, sport)
        conn = Connection(self._next_index, key, frame, ts, flags, self.max_buffer)
        self._next_index += 1
        self._sides[key] = conn
        stats = self.stats
        stats.connections += 1
        stats.open_connections += 1
        if stats.open_connections > stats.max_open_connections:
            stats.max_open_connections = stats.open_connections
        return conn

    def _handshake(self, conn: Connection, key: Key, frame: int, ts: float, seq: int, ack: int,
                   flags: int) -> bool:
        """A segment of the opening handshake without data (``flags``: exactly SYN, SYN+ACK or
        ACK) done here, when ``conn`` is where the general way's outcome is known: what the
        rest of :meth:`general_way` does, with the session's state changes written out
        (TcpSession.syn_opened ...); False when it is not (the general way then does it). The
        connection cannot finish here, and no reassembler is made or changed: the SYNs'
        acknowledgements are the ISN + 1 that a direction without a reassembler only notes
        (Connection.acked)."""
        session = conn.session
        if flags == _SYN:
            # the SYN that opened conn just now (nothing counted yet); it was sent by the client
            if conn.c2s_packets or conn.s2c_packets:
                return False
            conn.c2s_packets = 1
            session.syn_opened(seq, frame)
            return True
        if conn._c2s is not None or conn._s2c is not None or session.finished:
            return False
        client, server = session.client, session.server
        if flags == _SYN_ACK:
            isn = client.isn
            if (key == conn.key or server.isn is not None or server.state is not _LISTEN
                    or isn is None or ack != (isn + 1) & 0xFFFFFFFF
                    or client.state in _MOVED_BY_RECV_SYNACK):
                return False
            conn.s2c_packets += 1
            conn.last_frame = frame
            conn.last_ts = ts
            session.synack_sent(seq, frame)
            conn.syn_acked |= 1  # the client's SYN acknowledged (see Connection.acked)
            return True
        isn = server.isn
        if (client.state is not _SYN_SENT or server.state is not _SYN_RECEIVED
                or key != conn.key or isn is None or ack != (isn + 1) & 0xFFFFFFFF
                or client.pending_fin_frame or server.fin_seq is not None or session.saw_fin
                or session.saw_rst):
            return False
        conn.c2s_packets += 1
        conn.last_frame = frame
        conn.last_ts = ts
        session.handshake_acked(frame)
        conn.syn_acked |= 2  # the server's SYN acknowledged
        return True

    def _closing(self, conn: Connection, key: Key, frame: int, ts: float, seq: int, ack: int,
                 flags: int, out: list[FlowEvent]) -> bool:
        """A segment of the usual close without data (``flags``: exactly ACK or FIN+ACK) done
        here, when its session change is known (TcpSession.closing_segment): what the rest of
        :meth:`general_way` does, in fewer steps; False when it is not (the general way then
        does it). The session's change reads and changes nothing of what the rest does (the
        counts, the acknowledgement, the FIN's place in the sender's stream), so it comes
        first."""
        c2s = key == conn.key
        session = conn.session
        if not session.closing_segment("client" if c2s else "server", flags, seq, ack, frame):
            return False
        # counted and its acknowledgement applied, as any segment of the connection
        conn.quiet_segment(c2s, frame, ts, 0, flags, ack)
        if flags & _FIN:
            self._segment(conn, "c2s" if c2s else "s2c", seq, b"", frame, True, 0, out)
        elif session.finished and not conn.missing_data():
            self.close(conn, out)
        return True

    def _segment(self, conn: Connection, direction: Direction, seq: int, payload: bytes,
                 frame: int, fin: bool, truncated: int, out: list[FlowEvent]) -> None:
        """A segment through the direction's reassembler, within the budget of all
        connections' out-of-order data."""
        reassembler = conn.reassembler(direction)
        chunks = reassembler.segment(seq, payload, frame, fin, truncated)
        if chunks:
            self._chunks(conn, direction, chunks, out)
        budget = self._budget
        if (reassembler.buffered or budget.held) and budget.note(conn, direction, reassembler):
            for victim, way, held, keep in budget.over_budget():
                self._chunks(victim, way, held.shrink(keep), out)

    def peer_holes(self, conn: Connection, direction: Direction, peer: Reassembler,
                   out: list[FlowEvent]) -> None:
        """Before a segment of ``direction`` with data is delivered: the holes of its
        ``peer`` (the other direction's reassembler, holding data out of order) that
        ``direction`` acknowledged past, given up as gaps, and the data they held back
        delivered first (Reassembler.acked_holes): the segment may answer it, and the
        analysis reads the two directions in the order the ends spoke. Before, such a hole
        waited for the connection's end, and everything the peer sent after it was read
        after all of ``direction``'s data."""
        chunks = peer.acked_holes()
        if chunks:
            peer_direction: Direction = "s2c" if direction == "c2s" else "c2s"
            self._chunks(conn, peer_direction, chunks, out)
            if self._budget.held:
                self._budget.note(conn, peer_direction, peer)

    def _chunks(
        self, conn: Connection, direction: Direction, chunks: list[Chunk], out: list[FlowEvent]
    ) -> None:
        for ch in chunks:
            if ch.data is not None:
                out.append(StreamData(conn, direction, ch.data, ch.frame))
            else:
                out.append(StreamGap(conn, direction, ch.size, ch.frame))
                conn.warn(Warning(
                    "tcp_gap", ch.frame, msg("gap of {size} bytes in {direction} at frame {frame}",
                                             size=ch.size, direction=direction, frame=ch.frame)))

    def close(self, conn: Connection, out: list[FlowEvent]) -> None:
        """Finish ``conn`` now: its last chunks and warnings, then ConnectionClosed."""
        if conn.closed:
            return
        conn.closed = True
        conn.session.flush()
        # bare ACK/FIN numbers alone never make a gap: only on a connection with payload
        carried = conn.c2s_payload_bytes + conn.s2c_payload_bytes > 0
        budget = self._budget
        c2s, s2c = conn._c2s, conn._s2c
        if c2s is not None:
            flushed = c2s.flush(carried)
            if flushed:
                self._chunks(conn, "c2s", flushed, out)
            if budget.held:
                budget.forget(c2s)
        if s2c is not None:
            flushed = s2c.flush(carried)
            if flushed:
                self._chunks(conn, "s2c", flushed, out)
            if budget.held:
                budget.forget(s2c)
        if ((c2s is not None and c2s.has_notes()) or (s2c is not None and s2c.has_notes())
                or (self._bad_checksums and conn.index in self._bad_checksums)):
            self._close_warnings(conn)
        out.append(ConnectionClosed(conn))
        if self._sides.get(conn.key) is conn:
            del self._sides[conn.key]
        if conn.ends is not None:  # (see know_ends)
            self.by_ends.pop(conn.ends, None)
            self.by_ends.pop(conn.server_ends, None)
        key = conn.key
        tombstones = self._tombstones
        tombstones[key] = tombstones[(key[2], key[3], key[0], key[1])] = conn.index
        while len(tombstones) > 65536:
            tombstones.popitem(last=False)
        self.stats.open_connections -= 1

    def _close_warnings(self, conn: Connection) -> None:
        """What ``conn``'s end says of its TCP side, when there is something to say (see
        Reassembler.has_notes)."""
        for way in DIRECTIONS:
            reassembler = conn.reassembler_or_unused(way)
            if reassembler.unacceptable_acks:
                conn.warn(Warning(
                    "tcp_unacceptable_ack", reassembler.unacceptable_ack_frame,
                    msg("frame {frame}: acknowledgement number {ack} does not acknowledge the "
                        "SYN sent in {direction} (a challenge ACK, or another connection on the "
                        "same ports): outside the window, not counted as missing data",
                        frame=reassembler.unacceptable_ack_frame,
                        ack=reassembler.unacceptable_ack, direction=way)))
            if reassembler.unseen_bytes:
                conn.warn(Warning(
                    "tcp_unseen_bytes", None,
                    msg("{direction}: {n} bytes acknowledged but never captured on a connection "
                        "that carried no payload; not counted as a gap",
                        direction=way, n=reassembler.unseen_bytes)))
        bad = self._bad_checksums.pop(conn.index, None) if self._bad_checksums else None
        if bad is not None:
            conn.warn(Warning(
                "tcp_bad_checksum", bad[1],
                msg("{n} segment(s) with a bad TCP checksum not used (the first in frame "
                    "{frame})", n=bad[0], frame=bad[1])))
        for name in DIRECTIONS:
            reassembler = conn.reassembler_or_unused(name)
            if reassembler.retransmissions:
                conn.warn(Warning(
                    "tcp_retransmissions", None,
                    msg("{n} retransmitted segment(s) in {direction} ({size} bytes)",
                        n=reassembler.retransmissions, direction=name,
                        size=reassembler.retransmitted_bytes)))
            if reassembler.dropped_bytes:
                conn.warn(Warning(
                    "tcp_data_after_fin", None,
                    msg("{size} bytes in {direction} after its FIN ignored",
                        size=reassembler.dropped_bytes, direction=name)))
        for name in DIRECTIONS:
            reassembler = conn.reassembler_or_unused(name)
            if reassembler.cap_flushes:
                conn.warn(Warning(
                    "tcp_buffer_limit", None,
                    msg("{direction}: the out-of-order buffer reached its limit of {limit} bytes "
                        "{n} time(s); the missing bytes before it were declared a gap",
                        direction=name, limit=reassembler.max_buffer, n=reassembler.cap_flushes)))
            if reassembler.budget_flushes:
                conn.warn(Warning(
                    "tcp_buffer_budget", None,
                    msg("{direction}: the out-of-order data of all connections reached the "
                        "decoder's limit of {limit} bytes {n} time(s); this connection held the "
                        "most, and the missing bytes before its data were declared a gap",
                        direction=name, limit=self._budget.limit, n=reassembler.budget_flushes)))

    def _evict(self, out: list[FlowEvent]) -> None:
        """Make room for one more connection (see connection_limit)."""
        victim = self._evictions.next_victim(self._sides.values)
        if victim is not None:
            victim.warn(eviction_warning(victim, self.max_connections))
            self.stats.evicted += 1
            self.close(victim, out)

    def _sweep(self, now: float, out: list[FlowEvent]) -> None:
        idle = [conn for conn in self._sides.values()
                if conn.session.both_fins_sent and now - conn.last_ts > (
                    LINGER if conn.session.finished else self.fin_timeout)]
        for conn in sorted(idle, key=lambda conn: conn.index):
            if not conn.session.finished:
                self.stats.idle_closed += 1
            self.close(conn, out)
