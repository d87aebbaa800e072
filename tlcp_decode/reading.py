"""The reading process's fused loop: the common segment from the capture file's bytes straight
to its connection's record stream.

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
other segments (SYN, FIN, RST, a connection's first or last ones) take the tracker's general
way, still without a packet (:meth:`FlowTracker.general_way
<tlcp_decode.flows.FlowTracker.general_way>`), and their events go to the record stage.

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
from tlcp_decode.flows.events import Direction, FlowEvent
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

#: With ``quiet_only`` (see QuietSegments), the segments the general way takes that cannot end
#: a connection are taken too (the opening handshake's, a connection's first FINs: most of a
#: handshake capture's segments that are not quiet), rather than made packets, those the
#: tracker's short ways take without the general way's first steps (tests turn it off: only
#: the quiet connections' segments taken).
QUIET_ONLY_OPENING_AND_CLOSING = True

_SYN_FIN_RST = SYN | FIN | RST  # a plain int: see TcpFlag
_SYN_FIN = SYN | FIN
_FIN_ACK = FIN | ACK
_SYN_ACK = SYN | ACK
_ACK = ACK


class QuietSegments:
    """Takes each segment offered (see the module's text): what ``FlowTracker.feed`` and
    ``RecordStage.feed`` would do with it as a packet, done here.

    ``after_calls(packets)`` is called after a segment whose bytes went to the record stage
    (which may have told its sink something), with the number of packets read so far: the
    reading process sends its batch there once it is full.

    ``quiet_only``: only the segments that cannot end a connection are taken (see
    :meth:`_ends_none`): the others may, and the caller must get the result from
    ``FlowTracker.feed`` as a packet (the one-process :class:`~tlcp_decode.pipeline.Decoder`).
    """

    __slots__ = ("_tracker", "_sides", "_by_ends", "_stats", "_records", "_record_connections",
                 "_sink", "_after_calls", "_quiet_only")

    def __init__(self, tracker: FlowTracker, records: RecordStage[Any],
                 after_calls: Callable[[int], None], quiet_only: bool = False) -> None:
        self._quiet_only = quiet_only
        self._tracker = tracker
        self._sides = tracker._sides  # the tracker's connections by their 4-tuple
        self._by_ends = tracker.by_ends  # ... by their segments' ends, once met here
        self._stats = tracker.stats
        self._records = records
        self._record_connections = records._connections  # index -> ConnectionRecords
        self._sink = records.sink
        self._after_calls = after_calls

    def take(self, frame: int, ts: float, ends: bytes, seq: int, ack: int, flags: int,
             payload: bytes, truncated: int) -> bool:
        """A segment (with a right checksum): handled here, whichever it is (the general way
        without a packet either: FlowTracker.general_way)."""
        known = self._by_ends.get(ends)
        conn, c2s, key = self._met(ends) if known is None else known
        tracker = self._tracker
        if (conn is None or flags & _SYN_FIN_RST or truncated or not conn.session.quiet
                or not tracker_module.QUIET_FAST_PATH):
            if self._quiet_only and not (QUIET_ONLY_OPENING_AND_CLOSING
                                         and self._ends_none(conn, c2s, flags)):
                return False
            stats = self._stats
            stats.packets += 1
            if self._quiet_only and conn is not None and not payload and not truncated:
                # what general_way does first with such a segment of a connection that
                # _ends_none said ends none (not finished, not a plain SYN; no sweep follows:
                # FlowTracker._counted does nothing), when the tracker's short ways take it:
                # the usual close's FIN+ACK (FlowTracker._closing), the opening handshake's
                # SYN+ACK and ACK (_handshake; an ACK they do not take may be the close's:
                # the general way asks both)
                if flags == _FIN_ACK:
                    if tracker_module.CLOSING_SHORT_WAY:
                        out: list[FlowEvent] = []
                        if tracker._closing(conn, key, frame, ts, seq, ack, flags, out):
                            if out:  # (gaps the out-of-order budget made: _segment)
                                self._records.feed(out, ts)
                                self._after_calls(stats.packets)
                            return True
                elif ((flags == _ACK or flags == _SYN_ACK) and tracker_module.OPENING_SHORT_WAY
                      and tracker._handshake(conn, key, frame, ts, seq, ack, flags)):
                    return True
            src, sport, dst, dport = key
            events = tracker.general_way(conn, key, [], frame, ts, src, sport, dst, dport, seq,
                                         ack, flags, payload, truncated,
                                         ends if BY_ENDS else None)
            if events:
                ended = self._records.feed(events, ts)
                # (quiet_only: none, see _ends_none; the caller would never get its result)
                assert not (ended and self._quiet_only), "a connection ended unseen"
                self._after_calls(stats.packets)
            return True
        packets = self._stats.packets + 1
        sweep = packets >= tracker._next_sweep  # after this segment (see FlowTracker._counted)
        if sweep and self._quiet_only:
            return False
        self._stats.packets = packets
        # FlowTracker.feed's short way for a quiet connection
        sender = conn.quiet_segment(c2s, frame, ts, len(payload), flags, ack)
        if sender is not None:  # it carries bytes (else a pure ACK)
            direction: Direction = "c2s" if c2s else "s2c"
            if sender.in_order(seq, payload):
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
                        self._after_calls(packets)
                else:
                    self._records.data(index, direction, payload, frame, ts)
                    self._after_calls(packets)
            else:
                out = []
                tracker._segment(conn, direction, seq, payload, frame, False, 0, out)
                if out:
                    self._records.feed(out, ts)
                    self._after_calls(packets)
        if sweep:  # (FlowTracker._counted, a call per segment on the hot path where it is not)
            out = tracker._counted(ts, [])
            if out:
                self._records.feed(out, ts)
                self._after_calls(packets)
        return True

    def _ends_none(self, conn: Connection | None, c2s: bool, flags: int) -> bool:
        """Does what the general way does with a segment (with these ``flags``, sent by the
        client of ``conn`` when ``c2s``; conn None: it has none) end no connection, so that the
        one-process decoder need not see it as a packet (``quiet_only``)? Told from the
        connection's TCP state before it: a connection ends when its session is finished (an
        RST, or both ends CLOSED or TIME_WAIT, which only FINs lead to: see
        tcp_state.TRANSITIONS), when a plain SYN reuses the ports of one closed or closing, when
        one is evicted to make room for a new one, and at a sweep. So a segment without RST
        ends none when no sweep follows it and: it opens a connection without evicting one
        (its first segment cannot finish it); or its connection has seen neither FIN nor RST
        (it neither finishes it nor is a reuse); or it is the first FIN of its sender (a FIN
        leaves its sender in FIN_WAIT_1, CLOSING or LAST_ACK, none final) without SYN."""
        tracker = self._tracker
        if flags & RST or self._stats.packets + 1 >= tracker._next_sweep:
            return False
        if conn is None:
            return self._stats.open_connections < tracker.max_connections
        session = conn.session
        if session.saw_rst:
            return False
        if not session.saw_fin:
            return True
        return flags & _SYN_FIN == FIN and (
            session.client if c2s else session.server).fin_seq is None

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
