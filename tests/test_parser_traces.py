"""The parser against the implementations' own traces: every message of every capture.

Each capture's TCP streams go through the flow tracker into ``ConnectionParser``; the
handshake messages and alerts it reports must be the ones GmSSL or Tongsuo printed, with the
same randoms, session ids, suites, certificate counts and alert descriptions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import CAPTURES, PCAPS, Capture, capture_ids
from hypothesis import given, settings
from hypothesis import strategies as st
from traces import TraceConnection, read_trace

from tlcp_decode.flows import FlowTracker
from tlcp_decode.flows.events import ConnectionOpened, StreamData
from tlcp_decode.schema.handshake import HandshakeType
from tlcp_decode.source import open_packets
from tlcp_decode.tlcp import (
    AlertSeen,
    ChangeCipherSpecSeen,
    ConnectionParser,
    HandshakeMessage,
    Malformed,
    RecordSeen,
    RecordStream,
    Skipped,
)

NAMES = {int(v): str(k) for k, v in HandshakeType.encmapping.items()}


def parse_capture(path: Path) -> list[list[tuple[str, Any]]]:
    """Per connection, the (direction, event) list the parser produced."""
    tracker = FlowTracker()
    parsers: dict[int, ConnectionParser] = {}
    out: dict[int, list[tuple[str, Any]]] = {}
    for packet in open_packets(path, "native"):
        for event in tracker.feed(packet):
            if isinstance(event, ConnectionOpened):
                parsers[event.conn.index] = ConnectionParser()
                out[event.conn.index] = []
            elif isinstance(event, StreamData):
                events = parsers[event.conn.index].feed(event.direction, event.data, event.frame)
                out[event.conn.index].extend((event.direction, e) for e in events)
    list(tracker.finish())
    return [out[i] for i in sorted(out)]


def direction_streams(path: Path) -> list[dict[str, bytes]]:
    tracker = FlowTracker()
    streams: dict[int, dict[str, bytearray]] = {}
    for packet in open_packets(path, "native"):
        for event in tracker.feed(packet):
            if isinstance(event, ConnectionOpened):
                streams[event.conn.index] = {"c2s": bytearray(), "s2c": bytearray()}
            elif isinstance(event, StreamData):
                streams[event.conn.index][event.direction] += event.data
    return [{d: bytes(b) for d, b in streams[i].items()} for i in sorted(streams)]


def traces_of(capture: Capture) -> list[TraceConnection]:
    base = PCAPS / capture.name
    candidates = [Path(f"{base}.client-trace.txt"), Path(f"{base}.trace.txt")]
    candidates += sorted(base.parent.glob(base.name + ".conn*.trace.txt"))
    conns: list[TraceConnection] = []
    for path in candidates:
        if path.exists():
            conns.extend(read_trace(path))
    return conns


TRACED = [c for c in CAPTURES if traces_of(c)]


def plaintext_messages(events: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    return [(d, e) for d, e in events
            if isinstance(e, HandshakeMessage | ChangeCipherSpecSeen)
            or (isinstance(e, AlertSeen) and not e.encrypted)]


def test_every_capture_has_a_trace_or_is_known_to_lack_one() -> None:
    untraced = {c.name for c in CAPTURES} - {c.name for c in TRACED}
    assert untraced == {"gmssl-segmented/10_ecdhe_sm4_cbc_sm3_echo_lines_64x800",
                        "gmssl-segmented/19_alert_tls12_client_to_tlcp_server"}


@pytest.mark.parametrize("capture", CAPTURES, ids=capture_ids())
def test_every_record_parses(capture: Capture) -> None:
    connections = parse_capture(capture.path)
    assert len(connections) == capture.connections
    for events in connections:
        bad = [e for _, e in events if isinstance(e, Malformed | Skipped)]
        assert bad == []
        messages = [e for _, e in events if isinstance(e, HandshakeMessage)]
        assert messages, "no handshake message found"
        assert all(m.error is None and m.body is not None for m in messages)
        assert any(isinstance(e, RecordSeen) for _, e in events)


@pytest.mark.parametrize("capture", TRACED, ids=[c.name.split("/")[-1] for c in TRACED])
def test_messages_match_the_implementation_trace(capture: Capture) -> None:
    connections = parse_capture(capture.path)
    traces = traces_of(capture)
    assert len(traces) == len(connections)
    for events, trace in zip(connections, traces, strict=True):
        for direction in ("c2s", "s2c"):
            ours = [e for d, e in plaintext_messages(events) if d == direction]
            theirs = [m for m in trace.plaintext() if m.direction == direction]
            # The client stops reading after a failure, so the trace may end early; it may
            # also list an alert the client no longer managed to put on the wire.
            assert len(ours) >= len(theirs) - 1
            compare_messages(ours, theirs)


def _kind(event: Any) -> str:
    if isinstance(event, AlertSeen):
        return "alert"
    if isinstance(event, ChangeCipherSpecSeen):
        return "change_cipher_spec"
    return NAMES[event.msg_type]


def compare_messages(ours: list[Any], theirs: list[Any]) -> None:
    assert [_kind(e) for e in ours[: len(theirs)]] == [m.type for m in theirs[: len(ours)]]
    for event, expected in zip(ours, theirs, strict=False):
        if isinstance(event, AlertSeen):
            assert event.description == expected.alert_description
            assert event.level == expected.alert_level
            continue
        if not isinstance(event, HandshakeMessage):
            continue
        body = event.body
        if expected.type in ("client_hello", "server_hello"):
            assert bytes(body.random.random_bytes).hex() == expected.random_bytes
            if expected.gmt_unix_time is not None:
                assert body.random.gmt_unix_time == expected.gmt_unix_time
            assert bytes(body.session_id).hex() == expected.session_id
        if expected.type == "client_hello":
            assert [int(s) for s in body.cipher_suites] == expected.suites
        if expected.type == "server_hello":
            assert [int(body.cipher_suite)] == expected.suites
        if expected.type == "certificate":
            assert len(body.certificate_list) == expected.certificates


def _comparable(events: list[Any]) -> list[tuple[Any, ...]]:
    """Events without frame numbers (chunking changes which frame completes a record)."""
    out = []
    for e in events:
        if isinstance(e, HandshakeMessage):
            out.append(("hs", e.offset, e.msg_type, e.raw))
        elif isinstance(e, RecordSeen):
            out.append(("rec", e.offset, e.content_type, e.length, e.fragment))
        else:
            out.append((type(e).__name__, e.offset))
    return out


STREAMS = [(c.name, d, s[d]) for c in CAPTURES[:4] + CAPTURES[13:14]
           for s in direction_streams(c.path)[:2] for d in ("c2s", "s2c")]


@pytest.mark.parametrize("name,direction,stream", STREAMS,
                         ids=[f"{n.split('/')[-1]}-{d}-{i}" for i, (n, d, _) in enumerate(STREAMS)])
@settings(max_examples=15, deadline=None)
@given(cuts=st.lists(st.integers(min_value=0, max_value=1 << 20), max_size=40))
def test_any_chunking_gives_the_same_events(name: str, direction: str, stream: bytes,
                                             cuts: list[int]) -> None:
    whole = RecordStream()
    expected = _comparable(whole.feed(stream) + whole.close())
    chunked = RecordStream()
    events: list[Any] = []
    points = sorted({c % (len(stream) + 1) for c in cuts} | {0, len(stream)})
    for a, b in zip(points, points[1:], strict=False):
        events += chunked.feed(stream[a:b])
    events += chunked.close()
    assert _comparable(events) == expected
    assert chunked.counters == whole.counters
