"""report.flowview.FlowView made by quick_init's maker (issue 17): view_of gives, for every
connection of every capture in pcaps/, the view the class itself makes of the same values,
and its TCP steps are those the transitions give."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import tlcp_decode
from tlcp_decode.quick_init import maker
from tlcp_decode.report.flowview import _CONTROL_BY_TEMPLATE, FlowView, TcpStep, view_of

ROOT = Path(__file__).resolve().parent.parent
CAPTURES = sorted(p for p in (ROOT / "pcaps").rglob("*") if p.suffix in (".pcap", ".pcapng"))


def test_the_view_is_made_by_the_maker() -> None:
    assert maker(FlowView) is not FlowView
    view = view_of(next(iter(tlcp_decode.decode(CAPTURES[0]))))
    assert type(view) is FlowView
    with pytest.raises(dataclasses.FrozenInstanceError):
        view.file_number = 2  # type: ignore[misc]


def test_every_capture_both_ways() -> None:
    assert len(CAPTURES) > 50
    steps = 0
    for capture in CAPTURES:
        for result in tlcp_decode.decode(capture, records=True):
            view = view_of(result, 3, keep_record_log=True)
            values = [getattr(view, f.name) for f in dataclasses.fields(FlowView)]
            by_class = FlowView(*values)
            assert view == by_class and repr(view) == repr(by_class)
            assert view.tcp_transitions == result.tcp.transitions
            # (made on each read, as they were once when kept)
            assert view.tcp_steps == by_class.tcp_steps == tuple(
                TcpStep(t.frame, t.end, t.old_state, t.new_state, t.template,
                        _CONTROL_BY_TEMPLATE.get(t.template)) for t in result.tcp.transitions)
            steps += len(view.tcp_steps)
    assert steps > 1000
