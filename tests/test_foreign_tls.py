"""Other projects' ordinary TLS traffic (pcaps/foreign-tls/, see its SOURCES.md), and the
project's own TLCP captures with their segments reordered, against Wireshark frame by frame."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import CAPTURES, Capture, capture_ids
from corpus import FOREIGN, read_segs, write_pcap
from wireshark_records import decode, our_records, wireshark_records

FOREIGN_CAPTURES = sorted(p for p in FOREIGN.iterdir() if p.suffix in (".pcap", ".pcapng"))
needs_tshark = pytest.mark.skipif(shutil.which("tshark") is None, reason="tshark is not installed")


def test_all_foreign_captures_are_here() -> None:
    listed = (FOREIGN / "SOURCES.md").read_text()
    assert len(FOREIGN_CAPTURES) == 77
    assert all(f"`{p.name}`" in listed for p in FOREIGN_CAPTURES)


@needs_tshark
@pytest.mark.parametrize("path", FOREIGN_CAPTURES, ids=lambda p: p.name)
def test_foreign_capture(path: Path) -> None:
    """Exit 0/1 without a traceback, nothing called TLCP, no gap on a connection that carried
    no payload, and every TLS record in the frame where Wireshark shows it."""
    proc, flows = decode(path)
    assert proc.returncode in (0, 1), proc.stderr
    assert "Traceback" not in proc.stderr
    assert not [f["index"] for f in flows if f["protocol"] == "tlcp"]
    for flow in flows:
        tcp = flow["tcp"]
        if not (tcp["c2s_bytes"] or tcp["s2c_bytes"]):
            assert tcp["gaps"] == 0 and tcp["gap_bytes"] == 0, flow["index"]
    ours = our_records(flows)
    theirs = wireshark_records(path, flows)
    assert ours == theirs, (sorted((ours - theirs).elements())[:10],
                            sorted((theirs - ours).elements())[:10])


def test_challenge_ack_and_out_of_window_rst_are_no_gap() -> None:
    """Connection 13: SYN, a challenge ACK of another connection, the RST answering it."""
    _proc, flows = decode(FOREIGN / "OISF__tests__tls__tls-subjectaltname__input.pcap")
    flow = next(f for f in flows if f["index"] == 13)
    assert flow["tcp"]["gap_bytes"] == 0 and flow["unparsed_bytes"] == {"c2s": 0, "s2c": 0}
    assert any("RST outside the c2s window" in w for w in flow["warnings"])
    assert any("frame 250: acknowledgement number" in w for w in flow["warnings"])


def reordered(capture: Path, out: Path) -> Path:
    """``capture`` with every other data segment split in two, its second half sent first."""
    segs = []
    split = False
    for seg in read_segs(capture.read_bytes()):
        if len(seg.payload) > 1:
            split = not split
            if split:
                half = len(seg.payload) // 2
                segs += [replace(seg, seq=(seg.seq + half) % 2**32, payload=seg.payload[half:]),
                         replace(seg, payload=seg.payload[:half])]
                continue
        segs.append(seg)
    out.write_bytes(write_pcap(segs))
    return out


@needs_tshark
@pytest.mark.parametrize("capture", CAPTURES, ids=capture_ids())
def test_reordered_tlcp_records_in_wiresharks_frames(capture: Capture, tmp_path: Path) -> None:
    path = reordered(capture.path, tmp_path / "reordered.pcap")
    proc, flows = decode(path)
    assert proc.returncode == 0, proc.stderr
    assert sum(f["tcp"]["out_of_order"] for f in flows) > 0
    assert all(f["tcp"]["gaps"] == 0 for f in flows)
    ours = our_records(flows)
    assert ours and ours == wireshark_records(path, flows)
