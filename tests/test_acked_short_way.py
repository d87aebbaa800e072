"""Reassembler.acked's short way for an acknowledgement of exactly what its stream delivered
(``ack == nxt_seq``: no arithmetic) gives what the general way (the distance in sequence space,
modulo 2**32) gives: each acknowledgement of every capture, and of mangled ones (segments lost,
duplicated and reordered), is also given, to a copy of the reassembler, as the same number
plus 2**32, which is the same acknowledgement in sequence space but never equal to
``nxt_seq`` (always the general way); both reassemblers must then be alike."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from tcp_synth import capture_packets, mangled_captures

from tlcp_decode.flows import FlowTracker
from tlcp_decode.flows.reassembly import Reassembler
from tlcp_decode.source import Packet

PCAPS = Path(__file__).resolve().parent.parent / "pcaps"
CAPTURES = sorted(p for p in PCAPS.rglob("*") if p.suffix in (".pcap", ".pcapng"))


def _state(reassembler: Reassembler) -> list[object]:
    # (an unacceptable acknowledgement is kept as given: the same in sequence space)
    return [getattr(reassembler, name) % (1 << 32) if name == "unacceptable_ack"
            else getattr(reassembler, name) for name in Reassembler.__slots__]


def _both_ways(packets: list[Packet], monkeypatch: pytest.MonkeyPatch) -> int:
    """Feeds ``packets`` to a tracker, each acknowledgement both ways; returns how many took
    the short way."""
    acked = Reassembler.acked
    short = 0

    def both(self: Reassembler, ack: int, frame: int) -> None:
        nonlocal short
        short += ack == self.nxt_seq and self.started and not self.closed
        general = copy.copy(self)
        acked(general, ack + (1 << 32), frame)
        acked(self, ack, frame)
        assert _state(self) == _state(general)

    monkeypatch.setattr(Reassembler, "acked", both)
    tracker = FlowTracker(max_buffer=4096)
    for packet in packets:
        tracker.feed(packet)
    tracker.finish()
    return short


#: every capture, and mangled ones (by seed)
CASES = [str(path.relative_to(PCAPS)) for path in CAPTURES] + [f"mangled {seed}"
                                                               for seed in range(6)]


@pytest.mark.parametrize("case", CASES)
def test_short_way_matches_the_general_way(case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if case.startswith("mangled "):
        assert _both_ways(mangled_captures(CAPTURES, int(case.split()[1])), monkeypatch)
    else:
        _both_ways(capture_packets(PCAPS / case), monkeypatch)
