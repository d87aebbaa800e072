"""A finished connection crosses to the analysing process as plain values
(tlcp_decode.closed_connection): the TCP facts are the tracker's, nothing of the live
tracking state travels, and both pipelines build equal models from them."""

from __future__ import annotations

import io
import pickle
from pathlib import Path
from typing import Any

import pytest
from corpus import PCAPS, own_captures
from tcp_synth import Conv, run_tracker

from tlcp_decode import parallel
from tlcp_decode import record_stage as record_stage_module
from tlcp_decode.closed_connection import ClosedConnection, closed_connection
from tlcp_decode.flows import Connection as TrackedConnection
from tlcp_decode.flows import ConnectionClosed, FlowTracker
from tlcp_decode.flows.connection import TcpFacts
from tlcp_decode.model import Connection
from tlcp_decode.pipeline import DecodeOptions, decode_packets, record_stage
from tlcp_decode.record_stage import CloseEvents, RecordTotals, StreamTotals
from tlcp_decode.session import build
from tlcp_decode.source import NativeReader
from tlcp_decode.tlcp import StreamCounters

CAPTURES = own_captures("*.pcap*")
ALL_CAPTURES = sorted(p for p in PCAPS.rglob("*") if p.suffix in (".pcap", ".pcapng"))
TLCP = next(p for p in CAPTURES if p.name == "gmssl_ecc_sm4_cbc_sm3.pcapng")


def _tracked(path: Path) -> list[TrackedConnection]:
    """The tracker's connections of ``path``, as each was when it closed."""
    tracker = FlowTracker()
    closed: list[TrackedConnection] = []
    for packet in NativeReader(path):
        closed += [e.conn for e in tracker.feed(packet) if type(e) is ConnectionClosed]
    for events in tracker.finish_each():
        closed += [e.conn for e in events if type(e) is ConnectionClosed]
    return closed


def _view(conn: TrackedConnection) -> tuple[Any, ...]:
    """What the live TCP summary says of ``conn``, field by field."""
    tcp = conn.tcp
    return (tcp.handshake, tcp.close, tcp.closed_by, tuple(tcp.client_states),
            tuple(tcp.server_states), tuple(map(tuple, tcp.transitions)),
            _counters(tcp.c2s), _counters(tcp.s2c))


def _counters(stats: Any) -> tuple[int, ...]:
    return tuple(getattr(stats, name) for name in stats.__slots__)


@pytest.mark.parametrize("path", CAPTURES, ids=lambda p: p.name)
def test_the_facts_are_what_the_live_summary_says(path: Path) -> None:
    conns = _tracked(path)
    assert conns
    for conn in conns:
        closed = closed_connection(conn)
        assert tuple(closed.tcp) == _view(conn)
        assert (closed.flow_index, closed.client, closed.server) == (conn.index, conn.client,
                                                                     conn.server)
        assert (closed.first_frame, closed.last_frame, closed.first_ts, closed.last_ts) == (
            conn.first_frame, conn.last_frame, conn.first_ts, conn.last_ts)
        assert closed.warnings is conn.warnings


def test_the_model_shows_the_facts() -> None:
    c = Conv()
    c.handshake()
    c.c(b"hello")
    c.s(b"world!")
    c.fin(True)
    c.ack(False)
    c.fin(False)
    c.ack(True)
    (conn,) = run_tracker(c.packets).conns
    facts = conn.tcp.facts()
    summary = build.tcp_summary(facts)
    assert (summary.handshake, summary.close, summary.closed_by) == ("complete", "fin", "client")
    assert summary.client_states == tuple(conn.tcp.client_states)
    assert [t.reason for t in summary.transitions] == [t.reason for t in conn.tcp.transitions]
    assert summary.c2s.bytes_delivered == 5 and summary.s2c.bytes_delivered == 6
    assert summary.c2s.packets == conn.c2s_packets and summary.packets == len(c.packets)


class _Writer(parallel._BatchWriter):
    """The two-process pipeline's sink in the child, noting the arguments of each closed
    call as well as what it sends for it."""

    def __init__(self) -> None:
        super().__init__(lambda message, plain: None, None)
        self.arguments: list[tuple[Any, ...]] = []

    def closed(self, conn: ClosedConnection, totals: RecordTotals,
               close_events: CloseEvents) -> None:
        self.arguments.append((conn, totals, close_events))
        super().closed(conn, totals, close_events)


def _closed_calls(path: Path, transitions: bool = True,
                  straight: bool = False) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The record stage's closed calls for ``path`` in the reading process: their arguments,
    and what crosses the pipe for them; made the general way (through _Writer.closed, which
    notes the arguments) unless ``straight`` (record_stage.CLOSED_STRAIGHT: no arguments)."""
    writer = _Writer()
    records = record_stage(DecodeOptions(tcp_transitions=transitions), writer,
                           defer_parsing=True)
    if not straight:
        records._closed_tracked = None
    tracker = FlowTracker()
    for packet in NativeReader(path):
        records.feed(tracker.feed(packet), packet.timestamp)
    for events in tracker.finish_each():
        records.feed(events, None)
    return writer.arguments, [call for call in writer.batch if call[0] == parallel._CLOSED]


class _Recording(pickle.Unpickler):
    """Loads a pickle and notes every class or function it names (what loading builds or
    calls)."""

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data))
        self.names: set[str] = set()

    def find_class(self, module: str, name: str) -> Any:
        self.names.add(f"{module}.{name}")
        return super().find_class(module, name)


def test_a_closed_connection_crosses_the_pipe_as_plain_values() -> None:
    arguments, calls = _closed_calls(TLCP)
    assert len(calls) == 1
    unpickler = _Recording(parallel._dumps(calls))
    (loaded,) = unpickler.load()
    # no tracked connection, TCP session, reassembler or warning list, nor any named tuple
    # or counters: loading names no class or function (no code of ours, no reducer)
    assert unpickler.names == set()
    assert loaded == calls[0]
    conn, totals, close_events = parallel._closed_arguments(loaded)
    assert (conn, totals, close_events) == arguments[0]
    assert type(conn) is ClosedConnection and type(conn.tcp) is TcpFacts
    assert conn.tcp.transitions and all(type(t) is tuple for t in conn.tcp.transitions)
    assert type(totals) is RecordTotals
    for stream in totals.streams.values():
        assert type(stream) is StreamTotals and type(stream.counters) is StreamCounters


@pytest.mark.parametrize("transitions", [True, False])
@pytest.mark.parametrize("path", ALL_CAPTURES, ids=lambda p: str(p.relative_to(PCAPS)))
def test_the_closed_calls_are_made_back_as_they_were(path: Path, transitions: bool) -> None:
    arguments, calls = _closed_calls(path, transitions)
    assert len(calls) == len(arguments)
    loaded = pickle.loads(parallel._dumps(calls))
    assert [parallel._closed_arguments(call) for call in loaded] == arguments


@pytest.mark.parametrize("transitions", [True, False])
@pytest.mark.parametrize("path", ALL_CAPTURES, ids=lambda p: str(p.relative_to(PCAPS)))
def test_the_closed_calls_made_straight_are_the_general_ones(path: Path,
                                                            transitions: bool) -> None:
    # (record_stage.CLOSED_STRAIGHT: the writer's closed_tracked, without the ClosedConnection
    # and RecordTotals)
    arguments, general = _closed_calls(path, transitions)
    assert len(general) == len(arguments)
    none, straight = _closed_calls(path, transitions, straight=True)
    assert not none
    assert straight == general


def test_the_switch_turns_the_straight_way_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(record_stage_module, "CLOSED_STRAIGHT", False)
    arguments, calls = _closed_calls(TLCP, straight=True)
    assert len(arguments) == len(calls) == 1


@pytest.mark.parametrize("path", [p for p in CAPTURES if "tls13" in str(p) or "bigdata" in p.name
                                  or "segmented" in str(p)][:6], ids=lambda p: p.name)
def test_both_pipelines_build_equal_models(path: Path) -> None:
    one: list[Connection] = list(decode_packets(NativeReader(path)))
    two = list(parallel.TwoProcessDecoder(NativeReader(path)).start())
    assert one and two == one


def test_counter_values_are_the_counters_fields_in_their_order() -> None:
    """tlcp.parser.counter_values names StreamCounters' fields one by one: in their order, so
    that StreamCounters(*values) makes the counters back, of a counters object and of the
    record stream that counts them."""
    from dataclasses import fields

    from tlcp_decode.tlcp import RecordStream
    from tlcp_decode.tlcp.parser import counter_values

    names = [field.name for field in fields(StreamCounters)]
    counters = StreamCounters(*range(1, len(names) + 1))
    assert counter_values(counters) == tuple(getattr(counters, name) for name in names)
    stream = RecordStream()
    for value, name in enumerate(names, 1):
        if name != "record_bytes":  # (worked out from the others: RecordStream.record_bytes)
            setattr(stream, name, value)
    # the bytes the stream passed: its records' and those counted otherwise
    stream._base = (counters.record_bytes + counters.skipped_bytes + counters.gap_bytes
                    + counters.pending_bytes)
    assert counter_values(stream) == counter_values(counters)
    assert stream.counters == counters
