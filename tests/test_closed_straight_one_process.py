"""The one-process pipeline's session stage takes a finished connection straight from the
record stage (pipeline.SessionStage.closed_tracked, record_stage.CLOSED_STRAIGHT), its record
totals holding the parser's record streams themselves as their counts: the same models as
through SessionStage.closed with copies of the counts (the general way), on every capture;
and those counts are the copies' values."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from both_ways import CAPTURES, decoded_both_ways

import tlcp_decode
from tlcp_decode import record_stage
from tlcp_decode.pipeline import SessionStage
from tlcp_decode.tlcp.parser import RecordStream, StreamCounters, counter_values


@pytest.mark.parametrize("capture", CAPTURES, ids=lambda p: p.name)
def test_both_ways_give_the_same_connections(capture: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    short, general = decoded_both_ways(capture, record_stage, "CLOSED_STRAIGHT", monkeypatch)
    assert short == general


def test_the_totals_hold_the_streams(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Any] = []
    closed = SessionStage.closed

    def noted(self: SessionStage, conn: Any, totals: Any, close_events: Any) -> Any:
        seen.extend(totals.streams.values())
        return closed(self, conn, totals, close_events)

    monkeypatch.setattr(SessionStage, "closed", noted)
    for capture in CAPTURES[:8]:
        list(tlcp_decode.decode(capture))
    assert seen and all(type(stream.counters) is RecordStream for stream in seen)
    for stream in seen:
        assert StreamCounters(*counter_values(stream.counters)) == stream.counters.counters
