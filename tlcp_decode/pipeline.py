"""The one-way data flow: packets -> flows -> TLCP parser -> session -> flow results.

``decode_packets`` is a generator: each connection is yielded as soon as TCP says it is over,
so output streams and memory stays flat however long the capture is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from tlcp_decode.flows import FlowTracker
from tlcp_decode.flows.connection_limit import MAX_CONNECTIONS
from tlcp_decode.folding import fold_repeated
from tlcp_decode.flows.events import ConnectionClosed, ConnectionOpened, StreamData, StreamGap
from tlcp_decode.session.analyzer import SessionIndex, TLCPAnalyzer
from tlcp_decode.source import Packet

DecryptorFactory = Callable[[int], Any]


@dataclass
class DecodeOptions:
    force_ports: frozenset[int] = frozenset()  # --port: TLCP on these ports, whatever it looks like
    decryptor_factory: DecryptorFactory | None = None  # flow index -> Decryptor, when keys are given
    max_buffer: int = 4 << 20
    max_connections: int = MAX_CONNECTIONS  # tracked at once (see flows.connection_limit)
    trusted_cas: tuple[bytes, ...] = ()  # --ca: DER certificates for the chain checks
    record_log: bool = False  # --records: list every record of every connection


def endpoint(address: tuple[str, int]) -> str:
    host, port = address
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


@dataclass
class FlowResult:
    """One connection, decoded: its TCP summary and, if it spoke TLCP or TLS, the annotation."""

    connection: Any  # flows.Connection
    analyzer: TLCPAnalyzer
    warnings: list[str] = field(default_factory=list)

    @property
    def index(self) -> int:
        return int(self.connection.index)

    @property
    def protocol(self) -> str:
        return self.analyzer.detected_protocol

    def to_json(self) -> dict[str, Any]:
        conn = self.connection
        protocol = self.protocol
        return {
            "type": "flow",
            "index": conn.index,
            "client": endpoint(conn.client),
            "server": endpoint(conn.server),
            "first_frame": conn.first_frame,
            "last_frame": conn.last_frame,
            "start_time": conn.first_ts,
            "duration": round(conn.last_ts - conn.first_ts, 6),
            "tcp": conn.tcp.to_json(),
            "protocol": protocol,
            "tlcp": self.analyzer.to_json() if protocol in ("tlcp", "tls") else None,
            "unparsed_bytes": {d: self.analyzer.unparsed[d] for d in ("c2s", "s2c")},
            "warnings": self.warnings,
        }


class SessionStage:
    """The analysis half of the pipeline: one TLCP analyzer per open connection.

    It is driven by the tracker's events (see :class:`Decoder`), in this process or, with the
    two-process pipeline (:mod:`tlcp_decode.parallel`), from the process that reads and tracks
    TCP; both call the same four methods in the same order, so the results are identical.
    """

    def __init__(self, options: DecodeOptions | None = None) -> None:
        self.options = options or DecodeOptions()
        self.sessions = SessionIndex()
        self._analyzers: dict[int, TLCPAnalyzer] = {}
        # Connections that carried nothing yet: what their analyzer needs, which is made on
        # their first bytes (a SYN flood's connections never get one: a few bytes each).
        self._waiting: dict[int, tuple[bool, bool]] = {}  # index -> (forced, mid_connection)
        self.flows = 0

    def opened(self, index: int, client: tuple[str, int], server: tuple[str, int],
               mid_connection: bool) -> None:
        forced = bool({client[1], server[1]} & self.options.force_ports)
        self._waiting[index] = (forced, mid_connection)

    def _analyzer(self, index: int) -> TLCPAnalyzer:
        """The connection's analyzer, made now if it had none."""
        analyzer = self._analyzers.get(index)
        if analyzer is None:
            forced, mid_connection = self._waiting.pop(index)
            factory = self.options.decryptor_factory
            analyzer = self._analyzers[index] = TLCPAnalyzer(
                index,
                self.sessions,
                force=forced,
                mid_connection=mid_connection,
                decryptor=factory(index) if factory is not None else None,
                trusted=self.options.trusted_cas,
                record_log=self.options.record_log,
            )
        return analyzer

    def data(self, index: int, direction: str, data: bytes, frame: int,
             ts: float | None) -> None:
        self._analyzer(index).data(direction, data, frame, ts)

    def gap(self, index: int, direction: str, size: int, frame: int) -> None:
        self._analyzer(index).gap(direction, size, frame)

    def closed(self, conn: Any) -> FlowResult:
        """``conn``: the tracker's finished ``flows.Connection``."""
        analyzer = self._analyzer(conn.index)
        del self._analyzers[conn.index]
        analyzer.close()
        self.flows += 1
        return FlowResult(conn, analyzer, fold_repeated([*conn.warnings, *analyzer.warnings]))


class Decoder:
    """Runs the whole pipeline in this process; keeps only connections that are still open."""

    def __init__(self, options: DecodeOptions | None = None) -> None:
        self.options = options or DecodeOptions()
        self.tracker = FlowTracker(max_buffer=self.options.max_buffer,
                                   max_connections=self.options.max_connections)
        self.stage = SessionStage(self.options)

    @property
    def flows(self) -> int:
        return self.stage.flows

    def _events(self, events: Iterable[Any], ts: float | None) -> list[FlowResult]:
        results: list[FlowResult] = []
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

    def feed(self, packet: Packet) -> list[FlowResult]:
        """The connections this packet finished (usually none)."""
        events = self.tracker.feed(packet)
        return self._events(events, packet.timestamp) if events else []

    def finish(self) -> list[FlowResult]:
        return self._events(self.tracker.finish(), None)


def decode_packets(packets: Iterable[Packet],
                   options: DecodeOptions | None = None) -> Iterator[FlowResult]:
    decoder = Decoder(options)
    for packet in packets:
        yield from decoder.feed(packet)
    yield from decoder.finish()
