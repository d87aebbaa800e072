"""The record stage's short way for the bytes of a connection already parsed as records
(``record_stage.DATA_SHORT_WAY``) makes exactly the sink calls of the general way
(``RecordStage.data``), in the same order, on every capture."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tlcp_decode import record_stage
from tlcp_decode.closed_connection import ClosedConnection
from tlcp_decode.flows import FlowTracker
from tlcp_decode.model import Direction
from tlcp_decode.pipeline import DecodeOptions
from tlcp_decode.pipeline import record_stage as make_record_stage
from tlcp_decode.record_stage import CloseEvents, RecordTotals
from tlcp_decode.source.native import NativeReader
from tlcp_decode.tlcp import Event

PCAPS = Path(__file__).resolve().parent.parent / "pcaps"
CAPTURES = sorted(p for p in PCAPS.rglob("*") if p.suffix in (".pcap", ".pcapng"))


class _Calls:
    """A record sink that notes every call, as plain values."""

    def __init__(self) -> None:
        self.calls: list[Any] = []

    def opened(self, index: int, mid_connection: bool) -> None:
        self.calls.append(("opened", index, mid_connection))

    def parsed(self, index: int, direction: Direction, events: list[Event], ts: float | None,
               tls13: bool) -> None:
        self.calls.append(("parsed", index, direction, repr(events), ts, tls13))

    def gap(self, index: int, direction: Direction, size: int, frame: int,
            events: list[Event]) -> None:
        self.calls.append(("gap", index, direction, size, frame, repr(events)))

    def closed(self, conn: ClosedConnection, totals: RecordTotals,
               close_events: CloseEvents) -> None:
        self.calls.append(("closed", repr(conn), repr(totals), repr(close_events)))


def _calls(path: Path, defer_parsing: bool) -> list[Any]:
    sink = _Calls()
    records = make_record_stage(DecodeOptions(force_ports=frozenset((4433,))), sink,
                                defer_parsing=defer_parsing)
    tracker = FlowTracker(max_buffer=4096)
    with NativeReader(path) as reader:
        for packet in reader:
            events = tracker.feed(packet)
            if events:
                records.feed(events, packet.timestamp)
    for events in tracker.finish_each():
        records.feed(events, None)
    return sink.calls


@pytest.mark.parametrize("defer_parsing", [True, False])
@pytest.mark.parametrize("path", CAPTURES, ids=lambda p: str(p.relative_to(PCAPS)))
def test_short_way_matches_the_general_one(path: Path, defer_parsing: bool,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    short = _calls(path, defer_parsing)
    monkeypatch.setattr(record_stage, "DATA_SHORT_WAY", False)
    general = _calls(path, defer_parsing)
    assert short == general
