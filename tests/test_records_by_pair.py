"""A connection's two DirectionRecords found with one look-up of both directions' counts
(session.build RECORDS_BY_PAIR; issue 17): the same objects as each direction's own look-up
(the general way), on every capture; the connections both ways give are compared in
test_hello_readings_short_way with the other switches of session.build."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import tlcp_decode
from tlcp_decode import model
from tlcp_decode.session import build

ROOT = Path(__file__).resolve().parent.parent
CAPTURES = sorted(p for p in (ROOT / "pcaps").rglob("*") if p.suffix in (".pcap", ".pcapng"))


def test_the_pair_is_each_directions_own_shared_object(monkeypatch: pytest.MonkeyPatch) -> None:
    """By identity: the JSON of a session's counts is shared by its DirectionRecords."""
    assert len(CAPTURES) > 50
    by_pair = build._records_of_directions
    compared = [0]

    def compare(a: Any) -> tuple[model.DirectionRecords, model.DirectionRecords]:
        pair = by_pair(a)
        monkeypatch.setattr(build, "RECORDS_BY_PAIR", False)
        each = by_pair(a)
        monkeypatch.setattr(build, "RECORDS_BY_PAIR", True)
        assert pair[0] is each[0] and pair[1] is each[1]
        compared[0] += 1
        return pair

    monkeypatch.setattr(build, "_records_of_directions", compare)
    for _round in range(2):  # the second round finds the pairs kept
        for capture in CAPTURES:
            for _connection in tlcp_decode.decode(capture):
                pass
    assert compared[0] > 200 and len(build._direction_pairs) > 10

