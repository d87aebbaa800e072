"""The fused loop (of the reading process, and of the one-process decoder): the common segment
from the capture file's bytes straight to its connection's record stream.

Most segments of a capture belong to an established connection that has sent no FIN or RST
(its TCP state machine is "quiet", see :class:`~tlcp_decode.flows.tcp_state.TcpSession`), and
carry in-order data or nothing but an acknowledgement. Through the general pipeline each such
segment becomes a :class:`~tlcp_decode.source.Packet`, goes through
:meth:`FlowTracker.feed <tlcp_decode.flows.FlowTracker.feed>`, which makes a list of events
with a :class:`~tlcp_decode.flows.StreamData` in it, and through
:meth:`RecordStage.feed <tlcp_decode.record_stage.RecordStage.feed>`. :class:`QuietSegments`
does what those do for such a segment, offered by the capture's framing before it becomes a
packet (:meth:`NativeReader.offer_segments
<tlcp_decode.source.native.NativeReader.offer_segments>`), without any of those objects. The
other segments (SYN, FIN, RST, a connection's first or last ones) take the tracker's short
ways for the opening handshake and the usual close, or its general way, still without a
packet (:meth:`FlowTracker.general_way <tlcp_decode.flows.FlowTracker.general_way>`), and
their events go to the record stage. The reading process's :class:`QuietSegments` sends on
what that stage says; the one-process :class:`~tlcp_decode.pipeline.Decoder`'s is given the
connections finished (see :meth:`~tlcp_decode.pipeline.Decoder.take_segments_of`).

The tracker and the record stage stay usable packet by packet (sans-I/O): this is only a
shorter way through them, turned off by :data:`FUSED` (tests compare both ways on every
capture and on segments lost, duplicated and reordered: tests/test_fused_reading.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tlcp_decode import record_stage as record_stage_module
from tlcp_decode.flows import FlowTracker
from tlcp_decode.flows import tracker as tracker_module
from tlcp_decode.flows.connection import Connection, Key
from tlcp_decode.flows.events import Direction, FlowEvent, StreamData
from tlcp_decode.flows.reassembly import Reassembler
from tlcp_decode.flows.tracker import KnownEnds
from tlcp_decode.record_stage import RecordStage
from tlcp_decode.source.native import segment_ends
from tlcp_decode.source.packet import ACK, FIN, RST, SYN

#: The reading process offers the common segments to :class:`QuietSegments` (tests turn it
#: off to compare with the general way).
FUSED = True
#: A segment's connection is found by its ends (the 12 bytes of its addresses and ports: see
#: FlowTracker.know_ends), once met: without the addresses' text, a 4-tuple and its hash, for
#: each of the bulk of the segments (tests turn it off: found by the 4-tuple each time).
BY_ENDS = True

#: Whether a segment with these flags (the TCP header's flags byte) has SYN, FIN or RST: a
#: look-up where ``flags & (SYN | FIN | RST)`` would be an int operation that CPython 3.11
#: does not specialise, for each segment
_SYN_FIN_OR_RST = tuple(bool(flags & (SYN | FIN | RST)) for flags in range(256))
_FIN_ACK = FIN | ACK
_SYN_ACK = SYN | ACK
_ACK = ACK


class QuietSegments:
    """Takes each segment offered (see the module's text): what ``FlowTracker.feed`` and
    ``RecordStage.feed`` would do with it as a packet, done here.

    ``after_calls(packets)`` is called after a segment whose bytes went to the record stage
    (which may have told its sink something), with the number of packets read so far: the
    reading process sends its batch there once it is full (None: nothing to do then, the
    one-process decoder's sink being its session stage).

    ``finished(result)`` is given what the record stage made of each connection a segment
    finished (the one-process :class:`~tlcp_decode.pipeline.Decoder`'s results, which
    ``FlowTracker.feed`` of the segment as a packet would have returned); None: those are not
    wanted (the reading process: its sink sends them on itself).
    """

    __slots__ = ("_tracker", "_by_ends", "_stats", "_records", "_record_connections",
                 "_sink", "_after_calls", "_finished", "_sides")

    def __init__(self, tracker: FlowTracker, records: RecordStage[Any],
                 after_calls: Callable[[int], None] | None,
                 finished: Callable[[Any], None] | None = None) -> None:
        self._tracker = tracker
        self._sides = tracker._sides  # the tracker's connections by their 4-tuple
        self._by_ends = tracker.by_ends  # ... by their segments' ends, once met here
        self._stats = tracker.stats
        self._records = records
        self._record_connections = records._connections  # index -> ConnectionRecords
        self._sink = records.sink
        self._after_calls = after_calls
        self._finished = finished

    def take(self, frame: int, ts: float, ends: bytes, seq: int, ack: int, flags: int,
             payload: bytes, truncated: int) -> bool:
        """A segment (with a right checksum): handled here, whichever it is (the general way
        without a packet either: FlowTracker.general_way)."""
        known = self._by_ends.get(ends)
        conn, c2s, key = self._met(ends) if known is None else known
        tracker = self._tracker
        if (conn is None or _SYN_FIN_OR_RST[flags] or truncated or not conn.session.quiet
                or not tracker_module.QUIET_FAST_PATH):
            stats = self._stats
            packets = stats.packets = stats.packets + 1
            out: list[FlowEvent] = []
            # A segment without data of a connection not finished: general_way's first steps
            # find nothing to do (it is not late, and neither a plain SYN nor a first
            # segment), and if it is one of the opening handshake's or of the usual close's,
            # the tracker's short way for those may take it (changing nothing when it does
            # not; of the two, the one that can take it is asked: FlowTracker._closing needs a
            # FIN pending, FlowTracker._handshake no FIN seen)
            if conn is None or payload or truncated or conn.session.finished:
                taken = False
            elif flags == _FIN_ACK or (flags == _ACK and conn.session.saw_fin):
                taken = (tracker_module.CLOSING_SHORT_WAY
                         and tracker._closing(conn, key, frame, ts, seq, ack, flags, out))
            else:
                taken = ((flags == _ACK or flags == _SYN_ACK) and tracker_module.OPENING_SHORT_WAY
                         and tracker._handshake(conn, key, frame, ts, seq, ack, flags))
            if not taken:
                src, sport, dst, dport = key
                out = tracker.general_way(conn, key, out, frame, ts, src, sport, dst, dport,
                                          seq, ack, flags, payload, truncated,
                                          ends if BY_ENDS else None)
            elif packets >= tracker._next_sweep:  # (general_way's last step: _counted)
                tracker._counted(ts, out)
            if out:
                self._feed(out, ts, packets)
            return True
        packets = self._stats.packets = self._stats.packets + 1
        # FlowTracker.feed's short way for a quiet connection
        sender = conn.quiet_segment(c2s, frame, ts, len(payload), flags, ack)
        if sender is not None:  # it carries bytes (else a pure ACK)
            direction: Direction = "c2s" if c2s else "s2c"
            peer = conn._s2c if c2s else conn._c2s
            if (peer is not None and peer._starts  # (see FlowTracker.peer_holes)
                    and self._after_peer_holes(conn, direction, peer, sender, frame, ts, seq,
                                               payload, packets)):
                pass  # (taken there, as events after the peer's)
            elif sender.in_order(seq, payload):
                # RecordStage.feed of the one StreamData, written out (its short way for a
                # connection already parsed as records, else RecordStage.data)
                index = conn.index
                records = self._record_connections.get(index)
                if (records is not None and records.protocol == "tlcp"
                        and records.start_ts is not None and record_stage_module.DATA_SHORT_WAY):
                    parser = records.parser
                    parsed = parser.streams[direction].feed_tuples(payload, frame)
                    if parsed:  # none for application data (counted by the parser)
                        self._sink.parsed(index, direction, parsed, ts, parser.context.tls13)
                        if self._after_calls is not None:
                            self._after_calls(packets)
                else:
                    self._records.data(index, direction, payload, frame, ts)
                    if self._after_calls is not None:
                        self._after_calls(packets)
            else:
                out = []
                tracker._segment(conn, direction, seq, payload, frame, False, 0, out)
                if out:
                    self._feed(out, ts, packets)
        if packets >= tracker._next_sweep:
            # (FlowTracker._counted, a call per segment on the hot path where it is not)
            out = tracker._counted(ts, [])
            if out:
                self._feed(out, ts, packets)
        return True

    def _after_peer_holes(self, conn: Connection, direction: Direction, peer: Reassembler,
                          sender: Reassembler, frame: int, ts: float, seq: int, payload: bytes,
                          packets: int) -> bool:
        """The segment of ``direction`` (its ``sender`` reassembler) after the data its
        peer's holes held back, when it acknowledged past them (FlowTracker.peer_holes):
        both as events, as the general way makes them. False when there was none to deliver
        (the segment is not taken)."""
        events: list[FlowEvent] = []
        self._tracker.peer_holes(conn, direction, peer, events)
        if not events:
            return False
        if sender.in_order(seq, payload):
            events.append(StreamData(conn, direction, payload, frame))
        else:
            self._tracker._segment(conn, direction, seq, payload, frame, False, 0, events)
        self._feed(events, ts, packets)
        return True

    def _feed(self, events: list[FlowEvent], ts: float, packets: int) -> None:
        """``events`` of the segment (captured at ``ts``, the ``packets``-th) to the record
        stage, the connections they finished to ``finished``; then ``after_calls``."""
        ended = self._records.feed(events, ts)
        if ended and self._finished is not None:
            for result in ended:
                self._finished(result)
        if self._after_calls is not None:
            self._after_calls(packets)

    def _met(self, ends: bytes) -> KnownEnds | tuple[None, bool, Key]:
        """What the tracker knows of a segment with these ends not found by them (see
        FlowTracker.by_ends): its connection looked up by its 4-tuple, as FlowTracker.feed
        does, and indexed by its ends from now on (see BY_ENDS); the connection None when it
        has none (the segment may open one: FlowTracker.general_way then indexes it)."""
        key = segment_ends(ends)
        src, sport, dst, dport = key
        sides = self._sides
        conn = sides.get(key)
        # the tracker keys each connection by its own 4-tuple (client first): found by the
        # segment's, it was sent by the client
        c2s = conn is not None
        if conn is None:
            conn = sides.get((dst, dport, src, sport))
            if conn is None:
                return None, False, key
        if not BY_ENDS:
            return conn, c2s, key
        return self._tracker.know_ends(conn, ends, key, c2s)
