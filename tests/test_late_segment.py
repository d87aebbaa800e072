"""A segment captured after the packets that acknowledge it (capture-side reordering, e.g. a
multi-queue network card): the connection waits for it a moment after both FINs, instead of
reporting its bytes as missing and dropping it as a late packet.

The first case is the example hypothesis found (tests/test_hostile_fuzz.py)."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import corpus
import pytest
from test_hostile import check_accounting, decode_in_process

from tlcp_decode.flows import tracker

CCS_RECORDS = b"\x14\x01\x01\x00\x00" * 3  # three empty ChangeCipherSpec-type records, 15 bytes


def late_second_segment(shift: float = 0.0) -> list[corpus.Seg]:
    """Client data in two segments; the second captured after the whole FIN exchange (and,
    with ``shift``, that many seconds later)."""
    segs = corpus.conversation([CCS_RECORDS, CCS_RECORDS], [], isn=(0, 0))
    second = next(i for i, s in enumerate(segs) if s.payload and s.seq == 16)
    late = segs.pop(second)
    segs.append(dataclasses.replace(late, ts=segs[-1].ts + 0.0001 + shift))
    return segs


def decode(tmp_path: Path, segs: list[corpus.Seg], *args: str) -> tuple[list[dict[str, Any]],
                                                                       bytes]:
    data = corpus.write_pcap(segs)
    path = tmp_path / "late.pcap"
    path.write_bytes(data)
    out = subprocess.run([sys.executable, "-m", "tlcp_decode", "--json", *args, str(path)],
                         capture_output=True, check=True, timeout=120).stdout
    lines = [json.loads(line) for line in out.splitlines()]
    return [o for o in lines if o["type"] == "flow"], data


def test_a_late_segment_fills_its_hole(tmp_path: Path) -> None:
    for args in ((), ("--jobs", "1")):
        flows, data = decode(tmp_path, late_second_segment(), *args)
        (flow,) = flows
        assert flow["tcp"]["c2s_bytes"] == 30
        assert flow["tcp"]["gap_bytes"] == 0
        assert flow["tcp"]["packets"] == 8  # the late one included
        assert flow["tlcp"]["bytes"]["c2s"]["records"] == 6
        assert not any("gap" in w for w in flow["warnings"])
        check_accounting(flows, data)


def test_data_that_never_comes_is_a_gap_after_the_wait(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tracker, "SWEEP_EVERY", 1)  # look at the timeouts on every packet
    # the segment comes after the wait: the connection was reported with its gap, and the
    # segment is a late packet of a closed connection
    path = tmp_path / "later.pcap"
    path.write_bytes(corpus.write_pcap(late_second_segment(shift=tracker.LINGER + 1)))
    flows, reader = decode_in_process(path)
    (flow,) = flows
    assert (flow["tcp"]["c2s_bytes"], flow["tcp"]["gap_bytes"]) == (15, 15)
    assert flow["tcp"]["packets"] == 7  # the late one not
    # ... closed by the look over the open connections (the sweep) at the first packet of a
    # later connection, which closes before the end of the capture: so the one that waited
    # comes first (closed at the end of the capture, it would come second)
    waited = late_second_segment()[:-1]
    later = corpus.conversation([CCS_RECORDS], [], client=("10.1.0.1", 40002),
                                ts=waited[-1].ts + tracker.LINGER + 1)
    path.write_bytes(corpus.write_pcap(waited + later))
    flows, reader = decode_in_process(path)
    assert [f["client"] for f in flows] == ["10.1.0.1:40001", "10.1.0.1:40002"]
    assert (flows[0]["tcp"]["c2s_bytes"], flows[0]["tcp"]["gap_bytes"]) == (15, 15)
    assert reader.stats.packets == len(waited) + len(later)
    # within the wait, it still fills the hole
    path.write_bytes(corpus.write_pcap(late_second_segment(shift=tracker.LINGER / 2)))
    flows, _ = decode_in_process(path)
    assert (flows[0]["tcp"]["c2s_bytes"], flows[0]["tcp"]["gap_bytes"]) == (30, 0)


def test_a_segment_that_never_comes_is_a_gap_at_the_end(tmp_path: Path) -> None:
    flows, _ = decode(tmp_path, late_second_segment()[:-1])
    (flow,) = flows
    assert (flow["tcp"]["c2s_bytes"], flow["tcp"]["gap_bytes"]) == (15, 15)
    assert flow["tcp"]["close"] == "fin"  # both FINs acknowledged: not a FIN timeout
