"""The one-way data flow: packets -> flows -> TLCP parser -> session -> result model.

``decode_packets`` is a generator: each connection is yielded as soon as TCP says it is over,
so output streams and memory stays flat however long the capture is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from tlcp_decode.flows import Connection as TrackedConnection
from tlcp_decode.flows import FlowTracker
from tlcp_decode.flows.buffer_budget import MAX_OUT_OF_ORDER
from tlcp_decode.flows.connection_limit import MAX_CONNECTIONS
from tlcp_decode.flows.events import ConnectionClosed, ConnectionOpened, StreamData, StreamGap
from tlcp_decode.model import Connection, Direction
from tlcp_decode.session import build
from tlcp_decode.session.analyzer import Decryptor, SessionIndex, TLCPAnalyzer
from tlcp_decode.source import Packet

DecryptorFactory = Callable[[int], Decryptor]


@dataclass
class DecodeOptions:
    force_ports: frozenset[int] = frozenset()  # --port: TLCP on these ports, whatever it looks like
    decryptor_factory: DecryptorFactory | None = None  # flow index -> Decryptor, when keys are given
    max_buffer: int = 4 << 20
    max_connections: int = MAX_CONNECTIONS  # tracked at once (see flows.connection_limit)
    max_out_of_order: int = MAX_OUT_OF_ORDER  # all connections together (flows.buffer_budget)
    trusted_cas: tuple[bytes, ...] = ()  # --ca: DER certificates for the chain checks
    record_log: bool = False  # --records: list every record of every connection


class SessionStage:
    """The analysis half of the pipeline: one TLCP analyzer per open connection that carried
    payload (made on its first byte or gap: a SYN flood's connections never get one).

    It is driven by the tracker's events (see :class:`Decoder`), in this process or, with the
    two-process pipeline (:mod:`tlcp_decode.parallel`), from the process that reads and tracks
    TCP; both call the same four methods in the same order, so the results are identical.
    """

    def __init__(self, options: DecodeOptions | None = None) -> None:
        self.options = options or DecodeOptions()
        self.sessions = SessionIndex()
        self._analyzers: dict[int, TLCPAnalyzer] = {}
        # what an analyzer made later must know of its connection's opening; the rare
        # connections concerned only (most are neither forced nor seen mid-connection)
        self._forced: set[int] = set()
        self._mid_connection: set[int] = set()
        self.flows = 0

    def opened(self, index: int, client: tuple[str, int], server: tuple[str, int],
               mid_connection: bool) -> None:
        if {client[1], server[1]} & self.options.force_ports:
            self._forced.add(index)
        if mid_connection:
            self._mid_connection.add(index)

    def _analyzer(self, index: int) -> TLCPAnalyzer:
        """The connection's analyzer, made now if it has none yet."""
        analyzer = self._analyzers.get(index)
        if analyzer is None:
            analyzer = self._analyzers[index] = self._new_analyzer(index)
        return analyzer

    def _new_analyzer(self, index: int) -> TLCPAnalyzer:
        factory = self.options.decryptor_factory
        return TLCPAnalyzer(
            index,
            self.sessions,
            force=index in self._forced,
            mid_connection=index in self._mid_connection,
            decryptor=factory(index) if factory is not None else None,
            trusted=self.options.trusted_cas,
            record_log=self.options.record_log,
        )

    def data(self, index: int, direction: Direction, data: bytes, frame: int,
             ts: float | None) -> None:
        self._analyzer(index).data(direction, data, frame, ts)

    def gap(self, index: int, direction: Direction, size: int, frame: int) -> None:
        self._analyzer(index).gap(direction, size, frame)

    def closed(self, conn: TrackedConnection) -> Connection:
        """The model of a connection the tracker says is over (``conn``: its ``Connection``)."""
        index = conn.index
        analyzer = self._analyzers.pop(index, None)
        if analyzer is None:  # nothing was carried: an analyzer just to say so
            analyzer = self._new_analyzer(index)
        self._forced.discard(index)
        self._mid_connection.discard(index)
        analyzer.close()
        self.flows += 1
        return build.connection(conn, analyzer)


class Decoder:
    """Runs the whole pipeline in this process; keeps only connections that are still open."""

    def __init__(self, options: DecodeOptions | None = None) -> None:
        self.options = options or DecodeOptions()
        self.tracker = FlowTracker(max_buffer=self.options.max_buffer,
                                   max_connections=self.options.max_connections,
                                   max_out_of_order=self.options.max_out_of_order)
        self.stage = SessionStage(self.options)

    @property
    def flows(self) -> int:
        return self.stage.flows

    def _events(self, events: Iterable[Any], ts: float | None) -> list[Connection]:
        results: list[Connection] = []
        stage = self.stage
        for event in events:
            kind = type(event)
            if kind is StreamData:  # the bulk of the events
                stage.data(event.conn.index, event.direction, event.data, event.frame, ts)
            elif kind is ConnectionOpened:
                conn = event.conn
                stage.opened(conn.index, conn.client, conn.server, conn.mid_connection)
            elif kind is StreamGap:
                stage.gap(event.conn.index, event.direction, event.size, event.frame)
            elif kind is ConnectionClosed:
                results.append(stage.closed(event.conn))
        return results

    def feed(self, packet: Packet) -> list[Connection]:
        """The connections this packet finished (usually none)."""
        events = self.tracker.feed(packet)
        return self._events(events, packet.timestamp) if events else []

    def finish(self) -> Iterator[Connection]:
        """The connections still open at the end, each as it is finished."""
        for events in self.tracker.finish_each():
            yield from self._events(events, None)


def decode_packets(packets: Iterable[Packet],
                   options: DecodeOptions | None = None) -> Iterator[Connection]:
    decoder = Decoder(options)
    for packet in packets:
        yield from decoder.feed(packet)
    yield from decoder.finish()
