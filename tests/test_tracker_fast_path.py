"""The tracker's short way for the segments of an established connection (data and pure ACKs,
no SYN, FIN or RST: ``tracker.QUIET_FAST_PATH``) gives exactly what the general path
(``FlowTracker._process``) gives: the same events, TCP facts and warnings, on every capture,
also with segments lost, duplicated and reordered (which send it to its fallbacks: the
reassembler's buffered path, a direction without a reassembler yet)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tcp_synth import capture_packets, mangled_captures

from tlcp_decode.closed_connection import closed_connection
from tlcp_decode.flows import FlowTracker, tracker
from tlcp_decode.flows.events import ConnectionClosed, ConnectionOpened, StreamData, StreamGap
from tlcp_decode.source import Packet

PCAPS = Path(__file__).resolve().parent.parent / "pcaps"
CAPTURES = sorted(p for p in PCAPS.rglob("*") if p.suffix in (".pcap", ".pcapng"))


def _trace(packets: list[Packet]) -> list[Any]:
    """Everything the tracker said, as plain values."""
    flows = FlowTracker(max_buffer=4096)
    out: list[Any] = []

    def note(events: list[Any]) -> None:
        for event in events:
            if type(event) is StreamData:
                out.append(("data", event.conn.index, event.direction, event.data, event.frame))
            elif type(event) is StreamGap:
                out.append(("gap", event.conn.index, event.direction, event.size, event.frame))
            elif type(event) is ConnectionOpened:
                out.append(("open", event.conn.index, event.conn.key))
            else:
                assert type(event) is ConnectionClosed
                closed = closed_connection(event.conn)
                out.append(("closed", closed._replace(warnings=tuple(closed.warnings))))

    for packet in packets:
        note(flows.feed(packet))
    note(flows.finish())
    out.append(flows.stats)
    return out


def _both_ways(packets: list[Packet], monkeypatch: pytest.MonkeyPatch) -> None:
    fast = _trace(packets)
    monkeypatch.setattr(tracker, "QUIET_FAST_PATH", False)
    general = _trace(packets)
    monkeypatch.setattr(tracker, "QUIET_FAST_PATH", True)
    assert fast == general


@pytest.mark.parametrize("path", CAPTURES, ids=lambda p: str(p.relative_to(PCAPS)))
def test_short_way_matches_the_general_path(path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    _both_ways(capture_packets(path), monkeypatch)


@pytest.mark.parametrize("seed", range(6))
def test_short_way_matches_with_losses_and_reordering(seed: int,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    _both_ways(mangled_captures(CAPTURES, seed), monkeypatch)
