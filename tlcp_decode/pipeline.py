"""The one-way data flow: packets -> flows -> TLCP records -> session -> result model.

``decode_packets`` is a generator: each connection is yielded as soon as TCP says it is over,
so output streams and memory stays flat however long the capture is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from tlcp_decode import reading
from tlcp_decode.closed_connection import ClosedConnection, closed_connection
from tlcp_decode.decode_options import DecodeOptions, record_stage
from tlcp_decode.flows import Connection as TrackedConnection
from tlcp_decode.flows import FlowTracker
from tlcp_decode.flows.tcp_state import NOT_CLOSED
from tlcp_decode.model import Connection, Direction
from tlcp_decode.record_stage import CloseEvents, ConnectionRecords, RecordTotals
from tlcp_decode.session import build
from tlcp_decode.session.analyzer import SessionIndex, TLCPAnalyzer
from tlcp_decode.source import Packet
from tlcp_decode.tlcp import Event


class SessionStage:
    """The analysis half of the pipeline: one TLCP analyzer per open connection whose records
    had something to say (made on the first such call: a SYN flood's connections get one only
    when they close).

    It is told what the record stage (:mod:`tlcp_decode.record_stage`) found, in this process
    or, with the two-process pipeline (:mod:`tlcp_decode.parallel`), from the process that
    reads, tracks TCP and frames the records; both make the same calls in the same order, so
    the results are identical.
    """

    def __init__(self, options: DecodeOptions | None = None) -> None:
        self.options = options or DecodeOptions()
        self.sessions = SessionIndex()
        #: the analyzer of each open connection, by index, made on first use: the
        #: two-process pipeline gives each chunk to its connection's analyzer through this
        #: (one call less than parsed), see tlcp_decode.parallel
        self.analyzers = _Analyzers(self._new_analyzer)
        self._mid_connection: set[int] = set()  # the rare connections seen mid-way
        self.flows = 0

    def opened(self, index: int, mid_connection: bool) -> None:
        if mid_connection:
            self._mid_connection.add(index)

    def _new_analyzer(self, index: int) -> TLCPAnalyzer:
        options = self.options
        factory = options.decryptor_factory
        # (by position: one made per connection)
        return TLCPAnalyzer(index, self.sessions, index in self._mid_connection,
                            factory(index) if factory is not None else None,
                            options.trusted_cas, options.record_log)

    def parsed(self, index: int, direction: Direction, events: list[Event], ts: float | None,
                tls13: bool) -> None:
        self.analyzers[index].parsed(direction, events, ts, tls13)

    def gap(self, index: int, direction: Direction, size: int, frame: int,
            events: list[Event]) -> None:
        self.analyzers[index].gap(direction, size, frame, events)

    def closed(self, conn: ClosedConnection, totals: RecordTotals,
               close_events: CloseEvents) -> Connection:
        """The model of a connection the tracker says is over."""
        index = conn.flow_index
        analyzer = self.analyzers.pop(index, None)
        if analyzer is None:  # nothing was said: an analyzer just to say so
            analyzer = self._new_analyzer(index)
        self._mid_connection.discard(index)
        analyzer.close(totals, close_events, conn.tcp.close == NOT_CLOSED)
        self.flows += 1
        return build.connection(conn, analyzer)

    def closed_tracked(self, conn: TrackedConnection, records: ConnectionRecords,
                       close_events: CloseEvents, transitions: bool) -> Connection:
        """:meth:`closed` of what RecordStage.closed would make of the finished ``conn`` and
        its ``records`` (see record_stage.CLOSED_STRAIGHT), here in the process that parsed
        them: the totals hold the record streams themselves as their counts, not copies
        (ConnectionRecords.totals)."""
        return self.closed(closed_connection(conn, transitions), records.totals(copied=False),
                           close_events)


class _Analyzers(dict[int, TLCPAnalyzer]):
    """SessionStage.analyzers: a connection's analyzer made when first looked up (a dict's
    look-up of one that exists, in C, with no Python call)."""

    __slots__ = ("_new",)

    def __init__(self, new: Callable[[int], TLCPAnalyzer]) -> None:
        super().__init__()
        self._new = new

    def __missing__(self, index: int) -> TLCPAnalyzer:
        analyzer = self[index] = self._new(index)
        return analyzer


class Decoder:
    """Runs the whole pipeline in this process; keeps only connections that are still open."""

    def __init__(self, options: DecodeOptions | None = None) -> None:
        self.options = options or DecodeOptions()
        self.tracker = FlowTracker(max_buffer=self.options.max_buffer,
                                   max_connections=self.options.max_connections,
                                   max_out_of_order=self.options.max_out_of_order)
        self.stage = SessionStage(self.options)
        # messages parsed where they are read, as in the two-process pipeline: announced as
        # event tuples (see tlcp.events), not HandshakeMessage objects
        self.records = record_stage(self.options, self.stage, defer_parsing=True)

    @property
    def flows(self) -> int:
        return self.stage.flows

    def take_segments_of(self, reader: object, finished: Callable[[Connection], None]) -> None:
        """Let ``reader`` (if it can: see NativeReader.offer_segments) hand its segments
        straight to this decoder's tracker and record stage (tlcp_decode.reading) instead of
        making them packets for :meth:`feed`: each connection they finish is given to
        ``finished`` then, which is when :meth:`feed` of the segment as a packet would have
        returned it. The reader then yields only the other packets (of other links than
        Ethernet, IPv4 fragments ...), whose results :meth:`feed` returns as before."""
        offer_segments = getattr(reader, "offer_segments", None)
        if offer_segments is not None and reading.FUSED:
            offer_segments(reading.QuietSegments(self.tracker, self.records, None,
                                                 finished).take)

    def feed(self, packet: Packet) -> list[Connection]:
        """The connections this packet finished (usually none)."""
        events = self.tracker.feed(packet)
        return self.records.feed(events, packet.timestamp) if events else []

    def finish(self) -> Iterator[Connection]:
        """The connections still open at the end, each as it is finished."""
        for events in self.tracker.finish_each():
            yield from self.records.feed(events, None)


def decode_packets(packets: Iterable[Packet],
                   options: DecodeOptions | None = None) -> Iterator[Connection]:
    decoder = Decoder(options)
    for packet in packets:
        yield from decoder.feed(packet)
    yield from decoder.finish()
