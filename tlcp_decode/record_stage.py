"""The record half of the pipeline: each connection's bytes cut into records and handshake
messages (:mod:`tlcp_decode.tlcp.parser`) before the session stage reads them.

:class:`RecordStage` is driven by the tracker's events and tells a :class:`RecordSink` only what
the parser found: a chunk of application data makes no call at all. The sink is the
:class:`~tlcp_decode.pipeline.SessionStage` itself in the one-process pipeline, and in the
two-process one (:mod:`tlcp_decode.parallel`) a writer whose calls the other process replays on
its session stage: this half runs where the packets are read, in the same order either way, so
the results are identical.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, Generic, Protocol, TypeVar, cast

from tlcp_decode.closed_connection import ClosedConnection, closed_connection
from tlcp_decode.flows import Connection as TrackedConnection
from tlcp_decode.flows.events import (
    ConnectionClosed,
    ConnectionOpened,
    FlowEvent,
    StreamData,
    StreamGap,
)
from tlcp_decode.model_base import Direction
from tlcp_decode.named_tuple import NamedTuple
from tlcp_decode.tlcp import ConnectionParser, Event, StreamCounters, looks_like_record
from tlcp_decode.tlcp.parser import DEFAULT_MAX_HANDSHAKE, RecordStream

DIRECTIONS: tuple[Direction, Direction] = ("c2s", "s2c")

#: The bytes of a connection already parsed as records take a short way in RecordStage.feed
#: (tests turn it off to compare it with the general one, RecordStage.data).
DATA_SHORT_WAY = True

#: What a connection's parser found when it ended, per direction that found something.
CloseEvents = list[tuple[Direction, list[Event]]]

#: The records and parser of a connection that took the straight way to a sink's
#: closed_tracked (CLOSED_STRAIGHT) are reset and reused for a later connection (a few kept):
#: the sink is done with them when closed_tracked returns (the model, or the values sent to
#: the other process, are made of them by then). Made again, they cost ~21K instructions a
#: connection, reset ~4K. Tests turn it off to compare it with those made for every
#: connection.
REUSE_PARSERS = True
#: How many finished connections' records are kept for reuse.
SPARE_PARSERS = 8

#: A finished connection goes to a sink that can take it as the tracker and the parser leave
#: it (``closed_tracked``: the two-process writer) that way, without the ClosedConnection and
#: RecordTotals the sink would only take apart again (tests turn it off to compare both ways).
CLOSED_STRAIGHT = True


# Named tuples: each connection's cross to the analysing process in the two-process pipeline
# (tlcp_decode.parallel), as cheap to load there as plain tuples.


class StreamTotals(NamedTuple):
    """One direction's record counts and the record versions it carried."""

    # a StreamCounters, or the RecordStream that counted them once it is over (it has their
    # fields: see ConnectionRecords.totals)
    counters: StreamCounters | RecordStream
    versions: set[int]


class RecordTotals(NamedTuple):
    """What the record half knows of a connection once it is over."""

    protocol: str  # "tlcp": its bytes were parsed as records (TLCP or TLS); else "other"
    unparsed: dict[str, int]  # bytes per direction that were not parsed as records
    streams: dict[str, StreamTotals]
    start_ts: float | None  # capture time of its first payload byte


#: ``record_totals_from(values)`` is ``RecordTotals(*values)`` made in C,
#: ``stream_totals_from`` the same for StreamTotals (a named tuple's own constructor is Python
#: code; three are made per connection, in each process: tlcp_decode.parallel)
record_totals_from = cast(Callable[[tuple[Any, ...]], RecordTotals],
                          partial(tuple.__new__, RecordTotals))
stream_totals_from = cast(Callable[[tuple[Any, ...]], StreamTotals],
                          partial(tuple.__new__, StreamTotals))

_T = TypeVar("_T", covariant=True)


class RecordSink(Protocol[_T]):
    """Who hears what the record stage found (see the module's text)."""

    def opened(self, index: int, mid_connection: bool) -> None: ...

    def parsed(self, index: int, direction: Direction, events: list[Event], ts: float | None,
                tls13: bool) -> None: ...

    def gap(self, index: int, direction: Direction, size: int, frame: int,
            events: list[Event]) -> None: ...

    def closed(self, conn: ClosedConnection, totals: RecordTotals,
               close_events: CloseEvents) -> _T: ...


class ConnectionRecords:
    """One connection: which protocol its first bytes show, then its record parser.

    Its first five bytes in either direction decide (forced ports excepted): a plausible
    record header makes it "tlcp" (TLCP or TLS records), anything else "other", whose bytes
    are only counted.
    """

    __slots__ = ("protocol", "parser", "unparsed", "start_ts", "_probe", "early_gaps")

    def __init__(self, parser: ConnectionParser, forced: bool) -> None:
        self.protocol: str | None = "tlcp" if forced else None
        self.parser = parser
        self.unparsed = {"c2s": 0, "s2c": 0}
        self.start_ts: float | None = None
        # each direction's first bytes while fewer than five: made when a chunk that short
        # comes (most connections decide on their first chunk)
        self._probe: dict[Direction, bytearray] | None = None
        # gaps (direction, size, frame) before either direction's first bytes, while the
        # protocol is not decided: counted in ``unparsed`` until it is decided "tlcp" (see
        # RecordStage.data)
        self.early_gaps: list[tuple[Direction, int, int]] | None = None

    def reset(self, forced: bool) -> None:
        """Back to what ``ConnectionRecords(parser, forced)`` holds for a new connection, its
        parser reset (see REUSE_PARSERS)."""
        self.protocol = "tlcp" if forced else None
        self.parser.reset()
        unparsed = self.unparsed
        unparsed["c2s"] = unparsed["s2c"] = 0
        self.start_ts = None
        self._probe = None
        self.early_gaps = None

    def probe(self, direction: Direction, data: bytes) -> list[tuple[Direction, bytes]]:
        """While the protocol is not "tlcp": the chunks to parse once it is decided so
        (the other direction's first bytes first, when they came earlier but were short)."""
        if self.protocol is None:
            if self._probe is None:
                if len(data) >= 5:
                    # nothing held back in either direction: what the general way below
                    # decides on these bytes alone, without copying them
                    self.protocol = "tlcp" if looks_like_record(data) else "other"
                    return self._decided(direction, data)
                self._probe = {"c2s": bytearray(), "s2c": bytearray()}
            probe = self._probe[direction]
            probe += data
            if len(probe) < 5:
                return []
            self.protocol = "tlcp" if looks_like_record(bytes(probe)) else "other"
            chunks: list[tuple[Direction, bytes]] = []
            other: Direction = "s2c" if direction == "c2s" else "c2s"
            early = self._probe[other]
            if early:
                chunks += self._decided(other, bytes(early))
                early.clear()
            chunks += self._decided(direction, bytes(probe))
            probe.clear()
            return chunks
        return self._decided(direction, data)

    def probing(self, direction: Direction) -> bool:
        """Does ``direction`` have bytes held back while the protocol is not decided? (A gap
        after them stays unparsed: given to the parser, it would come before them.)"""
        return self._probe is not None and bool(self._probe[direction])

    def _decided(self, direction: Direction, data: bytes) -> list[tuple[Direction, bytes]]:
        if self.protocol == "other":
            self.unparsed[direction] += len(data)
            return []
        return [(direction, data)]

    def close(self) -> tuple[RecordTotals, CloseEvents]:
        """What the connection's parser counted, and the events its end made (only the
        directions that made some: most end between records)."""
        close_events = self.finish()
        return self.totals(), close_events

    def totals(self, copied: bool = True) -> RecordTotals:
        """What the connection's parser counted, once :meth:`finish` was called; not
        ``copied``: each direction's counts are its RecordStream itself, which has
        StreamCounters' fields and which nothing feeds once the connection is over (no copy
        made, ~4K instructions a direction: the one-process pipeline's way, see
        pipeline.SessionStage.closed_tracked)."""
        streams = self.parser.streams
        c2s, s2c = streams["c2s"], streams["s2c"]
        return record_totals_from((self.protocol, self.unparsed, {
            "c2s": stream_totals_from((c2s.counters if copied else c2s, c2s.versions)),
            "s2c": stream_totals_from((s2c.counters if copied else s2c, s2c.versions))},
            self.start_ts))

    def finish(self) -> CloseEvents:
        """:meth:`close`'s work without its totals: the events the end made, the last bytes
        counted and the protocol decided (the parser's counters, ``unparsed``, ``protocol``
        and ``start_ts`` then hold the totals)."""
        close_events: CloseEvents = []
        probe = self._probe
        if probe is not None:
            for direction in DIRECTIONS:
                leftover = probe[direction]
                if leftover:  # fewer than five bytes in the whole connection
                    self.unparsed[direction] += len(leftover)
                    leftover.clear()
        streams = self.parser.streams
        c2s, s2c = streams["c2s"], streams["s2c"]
        if self.protocol == "tlcp":
            events = c2s.close()
            if events:
                close_events.append(("c2s", events))
            events = s2c.close()
            if events:
                close_events.append(("s2c", events))
        elif self.protocol is None:
            self.protocol = "other"
        return close_events


class RecordStage(Generic[_T]):
    """The record parsers of the open connections that carried payload (made on their first
    byte or gap: a SYN flood's connections never get one)."""

    def __init__(self, sink: RecordSink[_T], force_ports: frozenset[int] = frozenset(),
                 decrypting: bool = False, record_log: bool = False,
                 defer_parsing: bool = False, tcp_transitions: bool = True) -> None:
        self.sink = sink
        self.force_ports = force_ports
        self.defer_parsing = defer_parsing  # see tlcp.parser.HandshakeAssembler
        # application-data fragments are only kept for decryption, and their records only
        # looked at one by one for decryption or the record log (the parser counts them);
        # the records sent in the clear only for the record log (their messages say the rest)
        self.keep_fragments = decrypting
        self.application_data_events = decrypting or record_log
        self.plaintext_record_events = record_log
        self.tcp_transitions = tcp_transitions  # see decode_options.DecodeOptions
        # see CLOSED_STRAIGHT: sink.closed_tracked(conn, records, close_events, transitions)
        self._closed_tracked: Callable[
            [TrackedConnection, ConnectionRecords, CloseEvents, bool], _T] | None = getattr(
                sink, "closed_tracked", None)
        self._connections: dict[int, ConnectionRecords] = {}
        # finished connections' records and parsers, to be reset for later ones (see
        # REUSE_PARSERS)
        self._spare: list[ConnectionRecords] = []
        # what a parser made later must know of its connection's opening; the rare
        # connections concerned only (most are neither forced nor seen mid-connection)
        self._forced: set[int] = set()
        self._mid_connection: set[int] = set()

    def feed(self, events: list[FlowEvent], ts: float | None) -> list[_T]:
        """The tracker's events of one packet (captured at ``ts``) or of the end of the
        capture: what the sink made of the connections they closed."""
        results: list[_T] = []
        connections = self._connections
        for event in events:
            if type(event) is StreamData:  # the bulk of the events
                index = event.conn.index
                records = connections.get(index)
                if (records is not None and records.protocol == "tlcp"
                        and records.start_ts is not None and DATA_SHORT_WAY):
                    # data() for a connection that carried data already and is parsed as
                    # records, written out: the bulk of the events
                    parser = records.parser
                    direction = event.direction
                    parsed = parser.streams[direction].feed_tuples(event.data, event.frame)
                    if parsed:  # none for application data (counted by the parser)
                        self.sink.parsed(index, direction, parsed, ts, parser.context.tls13)
                else:
                    self.data(index, event.direction, event.data, event.frame, ts)
            elif type(event) is ConnectionOpened:
                conn = event.conn
                if self.force_ports or conn.mid_connection:  # else opened() does nothing
                    self.opened(conn.index, conn.client, conn.server, conn.mid_connection)
            elif type(event) is StreamGap:
                self.gap(event.conn.index, event.direction, event.size, event.frame)
            elif type(event) is ConnectionClosed:
                results.append(self.closed(event.conn))
        return results

    def opened(self, index: int, client: tuple[str, int], server: tuple[str, int],
               mid_connection: bool) -> None:
        if {client[1], server[1]} & self.force_ports:
            self._forced.add(index)
        if mid_connection:
            self._mid_connection.add(index)
            self.sink.opened(index, mid_connection)  # nothing to say of the others

    def _connection(self, index: int) -> ConnectionRecords:
        records = self._connections.get(index)
        if records is None:
            mid_connection = index in self._mid_connection
            if self._spare and not mid_connection:  # (see REUSE_PARSERS)
                records = self._connections[index] = self._spare.pop()
                records.reset(index in self._forced)
                return records
            parser = ConnectionParser(None, DEFAULT_MAX_HANDSHAKE, self.keep_fragments,
                                      mid_connection, self.application_data_events,
                                      self.plaintext_record_events, self.defer_parsing,
                                      True)  # event tuples (see tlcp.events)
            records = self._connections[index] = ConnectionRecords(parser,
                                                                   index in self._forced)
        return records

    def data(self, index: int, direction: Direction, data: bytes, frame: int,
             ts: float | None) -> None:
        """A connection's bytes (the bulk, of a connection parsed as records that carried
        data before, takes the short way in :meth:`feed`)."""
        records = self._connections.get(index) or self._connection(index)
        if records.start_ts is None:
            records.start_ts = ts
        parser = records.parser
        chunks = records.probe(direction, data)
        if records.early_gaps is not None and records.protocol is not None:
            self._early_gaps(index, records)
        for way, chunk in chunks:
            events = parser.streams[way].feed_tuples(chunk, frame)
            if events:
                self.sink.parsed(index, way, events, ts, parser.context.tls13)

    def _early_gaps(self, index: int, records: ConnectionRecords) -> None:
        """The protocol is decided: gaps that came before any byte, given to a "tlcp"
        connection's parser and sink before its first bytes (the analysis then knows that the
        handshake's beginning is missing); an "other" one's stay unparsed."""
        gaps, records.early_gaps = records.early_gaps or [], None
        if records.protocol != "tlcp":
            return
        for direction, size, frame in sorted(gaps, key=lambda gap: gap[2]):  # (capture order)
            records.unparsed[direction] -= size
            self.sink.gap(index, direction, size, frame,
                          records.parser.gap(direction, size, frame))

    def gap(self, index: int, direction: Direction, size: int, frame: int) -> None:
        records = self._connection(index)
        if records.protocol == "tlcp":
            self.sink.gap(index, direction, size, frame, records.parser.gap(direction, size, frame))
            return
        records.unparsed[direction] += size
        if records.protocol is None and not records.probing(direction):
            if records.early_gaps is None:
                records.early_gaps = []
            records.early_gaps.append((direction, size, frame))

    def closed(self, conn: TrackedConnection) -> _T:
        index = conn.index
        records = self._connections.pop(index, None)
        if records is None:  # nothing was carried: a parser just to say so
            records = self._connection(index)
            del self._connections[index]
        if self._forced:  # (the rare forced and mid-connection ones only: see opened)
            self._forced.discard(index)
        mid_connection = index in self._mid_connection
        if mid_connection:
            self._mid_connection.discard(index)
        if self._closed_tracked is not None and CLOSED_STRAIGHT:
            result = self._closed_tracked(conn, records, records.finish(), self.tcp_transitions)
            if REUSE_PARSERS and not mid_connection and len(self._spare) < SPARE_PARSERS:
                self._spare.append(records)  # (the sink is done with them)
            return result
        totals, close_events = records.close()
        return self.sink.closed(closed_connection(conn, self.tcp_transitions), totals, close_events)
