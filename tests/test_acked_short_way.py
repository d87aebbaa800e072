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
from tlcp_decode.flows import tracker as tracker_module
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
    acked's short way."""
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
    # (the quiet connections' short way does what acked does with most acknowledgements of
    # exactly what was delivered, without it: see _acknowledging_all_delivered)
    monkeypatch.setattr(tracker_module, "QUIET_FAST_PATH", False)
    _track(packets)
    return short


def _track(packets: list[Packet]) -> None:
    tracker = FlowTracker(max_buffer=4096)
    for packet in packets:
        tracker.feed(packet)
    tracker.finish()


#: every capture, and mangled ones (by seed)
CASES = [str(path.relative_to(PCAPS)) for path in CAPTURES] + [f"mangled {seed}"
                                                               for seed in range(6)]


@pytest.mark.parametrize("case", CASES)
def test_short_way_matches_the_general_way(case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if case.startswith("mangled "):
        assert _both_ways(mangled_captures(CAPTURES, int(case.split()[1])), monkeypatch)
    else:
        _both_ways(capture_packets(PCAPS / case), monkeypatch)


def _acknowledging_all_delivered(packets: list[Packet], monkeypatch: pytest.MonkeyPatch) -> int:
    """Feeds ``packets`` to a tracker whose every acknowledgement goes to Reassembler.acked
    (the quiet connections' short way, Connection.quiet_segment, which does what acked does
    with those of all that was delivered, off), checking that acked does with those what the
    short way does: acked_off moved to nxt, and ack_frame to the acknowledgement's frame, if
    acked_off was before nxt; nothing else. Returns how many there were."""
    acked = Reassembler.acked
    seen = 0

    def checked(self: Reassembler, ack: int, frame: int) -> None:
        nonlocal seen
        # Connection.quiet_segment's condition for its short way
        short_way = ack == self.nxt_seq and not self.syn_unacked
        expected = copy.copy(self)
        if expected.acked_off < expected.nxt:
            expected.acked_off = expected.nxt
            expected.ack_frame = frame
        acked(self, ack, frame)
        if short_way:
            seen += 1
            assert _state(self) == _state(expected)

    monkeypatch.setattr(Reassembler, "acked", checked)
    monkeypatch.setattr(tracker_module, "QUIET_FAST_PATH", False)
    _track(packets)
    return seen


@pytest.mark.parametrize("case", CASES)
def test_an_acknowledgement_of_all_delivered_moves_acked_off_there(
        case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if case.startswith("mangled "):
        assert _acknowledging_all_delivered(mangled_captures(CAPTURES, int(case.split()[1])),
                                            monkeypatch)
    else:
        _acknowledging_all_delivered(capture_packets(PCAPS / case), monkeypatch)
