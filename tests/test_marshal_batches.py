"""The two-process pipeline's batches of plain values are marshalled, the others pickled
(parallel.MARSHAL_BATCHES): both ways give the same flows, on every capture."""

from __future__ import annotations

import marshal
import pickle
from pathlib import Path
from typing import Any

import pytest
from corpus import PCAPS

from tlcp_decode import parallel
from tlcp_decode.decode_options import DecodeOptions, record_stage
from tlcp_decode.flows import FlowTracker
from tlcp_decode.report.jsonl import connection_object
from tlcp_decode.source import NativeReader
from tlcp_decode.tlcp import Skipped

ALL_CAPTURES = sorted(p for p in PCAPS.rglob("*") if p.suffix in (".pcap", ".pcapng"))

pytestmark = pytest.mark.skipif("fork" not in __import__("multiprocessing")
                                .get_all_start_methods(), reason="needs fork")


def _flows(path: Path, marshalled: bool, monkeypatch: pytest.MonkeyPatch
           ) -> tuple[list[dict[str, Any]], dict[str, Any], list[str]]:
    monkeypatch.setattr(parallel, "MARSHAL_BATCHES", marshalled)
    decoder = parallel.TwoProcessDecoder(NativeReader(path),
                                         DecodeOptions(tcp_transitions=not marshalled))
    flows = [connection_object(r) for r in decoder.start()]
    return flows, decoder.stats.as_dict(), decoder.warnings


@pytest.mark.parametrize("path", ALL_CAPTURES, ids=lambda p: str(p.relative_to(PCAPS)))
def test_marshalled_batches_give_the_pickled_ones_flows(path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # (the transitions on one side, off on the other: the JSON objects do not show them)
    assert _flows(path, True, monkeypatch) == _flows(path, False, monkeypatch)


class _Sent:
    """What the reading process sends, and whether it says the message is plain values."""

    def __init__(self) -> None:
        self.messages: list[tuple[Any, bool]] = []

    def __call__(self, message: Any, plain: bool) -> None:
        self.messages.append((message, plain))


@pytest.mark.parametrize("path", ALL_CAPTURES, ids=lambda p: str(p.relative_to(PCAPS)))
def test_a_batch_said_plain_is_marshalled_as_it_is(path: Path) -> None:
    sent = _Sent()
    writer = parallel._BatchWriter(sent, None)
    records = record_stage(DecodeOptions(), writer, defer_parsing=True)
    tracker = FlowTracker()
    for packet in NativeReader(path):
        records.feed(tracker.feed(packet), packet.timestamp)
        writer.flush(tracker.stats.packets)
    for events in tracker.finish_each():
        records.feed(events, None)
    writer.flush(tracker.stats.packets, full_only=False)
    assert sent.messages
    for message, plain in sent.messages:
        if plain:  # marshal writes it, and reads it back equal
            assert marshal.loads(marshal.dumps(message)) == message
        else:  # an event object in it
            assert any(type(event) is not tuple for call in message[3]
                       if call[0] != parallel._OPENED for event in _events(call))


def _events(call: tuple[Any, ...]) -> list[Any]:
    if call[0] == parallel._PARSED:
        return list(call[3])
    if call[0] == parallel._GAP:
        return list(call[5])
    return [event for _direction, events in call[12] for event in events]


def test_a_batch_with_an_event_object_is_pickled() -> None:
    sent = _Sent()
    writer = parallel._BatchWriter(sent, None)
    writer.parsed(1, "c2s", [(2, 0, 1)], 0.5, False)
    writer.flush(1, full_only=False)
    writer.gap(1, "c2s", 10, 2, [Skipped(0, 2, 3, "partial record before a gap")])
    writer.flush(2, full_only=False)
    writer.opened(2, True)
    writer.flush(3, full_only=False)
    assert [plain for _message, plain in sent.messages] == [True, False, True]


def test_warnings_cross_apart_and_come_back() -> None:
    from tlcp_decode.folding import WarningList
    from tlcp_decode.model import Warning

    warnings = WarningList([Warning("tcp_gap", 3, "gap of 10 bytes")])
    data = parallel._dumps(warnings)
    call = (parallel._CLOSED, (1, ("a", 1), ("b", 2), 1, 2, 0.0, 1.0),
            ("complete", "fin", "client", ("CLOSED",), ("LISTEN",), (), (0,) * 11, (0,) * 11),
            data, "tlcp", 0, 0, (0,) * 8, set(), (0,) * 8, set(), None, [])
    conn, _totals, _events = parallel._closed_arguments(pickle.loads(pickle.dumps(call)))
    assert list(conn.warnings) == list(warnings) and type(conn.warnings) is WarningList
