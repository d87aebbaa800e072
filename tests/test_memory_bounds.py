"""Memory bounded whatever the input (issue 14 item 2): what one tracked connection costs, the
cap on tracked connections and who is closed first, identical warnings folded with a count.

The 200,000-connection floods are measured by ``benchmarks/run.py --flood-check`` (summed RSS
of all processes); here smaller floods with a per-connection bound keep the tests fast.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import corpus  # noqa: E402

from tlcp_decode.flows import FlowTracker  # noqa: E402
from tlcp_decode.folding import MAX_DISTINCT, WarningList, folded  # noqa: E402
from tlcp_decode.model import Connection, Warning  # noqa: E402
from tlcp_decode.pipeline import DecodeOptions, Decoder, decode_packets  # noqa: E402
from tlcp_decode.source import Packet, open_packets  # noqa: E402
from tlcp_decode.testing import floods  # noqa: E402

EXE = Path(sys.executable).with_name("tlcp-decode")


def _packets(tmp_path: Path, frames: Iterator[bytes]) -> list[Packet]:
    path = tmp_path / "flood.pcap"
    floods.write_pcap(path, frames)
    return list(open_packets(path, "native"))


def _bytes_per_connection(feed: object, packets: list[Packet], connections: int) -> float:
    """Traced memory the decoder holds after ``packets``, per connection still open."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        decoder = feed()  # type: ignore[operator]
        for packet in packets:
            decoder.feed(packet)
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    return held / connections


def test_a_connection_without_payload_costs_well_under_1_kb(tmp_path: Path) -> None:
    n = 20_000
    packets = _packets(tmp_path, floods.syn_flood_frames(n))
    tracker_only = _bytes_per_connection(FlowTracker, packets, n)
    whole = _bytes_per_connection(Decoder, packets, n)  # tracking and analysis, one process
    # measured 765 bytes (Python 3.11): the connection, its TCP session, both ends, one
    # transition and the tracker's entry; no reassembler and no analyzer yet
    assert whole < 900, f"{whole:.0f} bytes per connection"
    assert tracker_only <= whole


def test_a_connection_left_with_a_partial_record_stays_bounded(tmp_path: Path) -> None:
    n = 5000
    packets = _packets(tmp_path, floods.partial_record_frames(n))
    whole = _bytes_per_connection(Decoder, packets, n)
    # measured 7.1 KB: one reassembler, the analyzer and its record parser with 3 bytes pending
    assert whole < 9000, f"{whole:.0f} bytes per connection"


def _established_then_syn_flood(syns: int) -> Iterator[bytes]:
    """Ten connections with a complete handshake left open (oldest, idle), then a SYN flood on
    another port."""
    yield from floods.partial_record_frames(10, port=443)
    yield from floods.syn_flood_frames(syns, port=8443)


def test_the_cap_closes_half_open_connections_first(tmp_path: Path) -> None:
    packets = _packets(tmp_path, _established_then_syn_flood(3000))
    decoder = Decoder(DecodeOptions(max_connections=1000))
    results: list[Connection] = []
    for packet in packets:
        results += decoder.feed(packet)
    assert decoder.tracker.stats.open_connections == 1000
    results += decoder.finish()
    assert len(results) == 3010
    evicted = [r for r in results if any(w.code == "tcp_evicted" for w in r.warnings)]
    assert len(evicted) == decoder.tracker.stats.evicted == 3010 - 1000
    # the established ones were idle longest, but the half-open SYNs went first
    assert all(r.tcp.handshake == "partial" for r in evicted)
    assert [r.index for r in evicted] == sorted(r.index for r in evicted)  # oldest first
    established = [r for r in results if r.tcp.handshake == "complete"]
    assert len(established) == 10 and all(r.unparsed_c2s == 3 for r in established)


def _cli(path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    cmd = [str(EXE) if EXE.exists() else "tlcp-decode", str(path), "-q", *extra]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300)


def test_evictions_are_reported_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "flood.pcap"
    floods.write_pcap(path, _established_then_syn_flood(2000))
    one = _cli(path, "--json", "--max-connections", "500", "--jobs", "1")
    two = _cli(path, "--json", "--max-connections", "500")
    assert one.returncode == 0, one.stderr
    assert one.stdout == two.stdout  # the two-process pipeline evicts alike
    lines = [json.loads(line) for line in one.stdout.splitlines()]
    summary = lines[-1]
    assert summary["type"] == "summary" and summary["connections_evicted"] == 2010 - 500
    assert summary["warnings"] == ["1510 connection(s) closed early to stay within 500 "
                                   "connections tracked at once (raise the limit with "
                                   "--max-connections)"]
    flows = [line for line in lines if line["type"] == "flow"]
    assert len(flows) == 2010
    early = [f for f in flows if any(w.startswith("closed early by the decoder") for w in
                                     f["warnings"])]
    assert len(early) == 1510
    text = _cli(path, "--brief", "--max-connections", "500", "--jobs", "1", "--color", "never")
    assert "1510 closed early at the connection limit" in " ".join(text.stdout.split())
    zh = _cli(path, "--brief", "--max-connections", "500", "--jobs", "1", "--lang", "zh")
    assert "1510 个因连接数上限被提前结束" in zh.stdout
    assert _cli(path, "--max-connections", "0").returncode == 2


def test_without_the_cap_nothing_changes(tmp_path: Path) -> None:
    path = tmp_path / "flood.pcap"
    floods.write_pcap(path, floods.syn_flood_frames(300))
    p = _cli(path, "--json", "--jobs", "1")
    summary = json.loads(p.stdout.splitlines()[-1])
    assert "connections_evicted" not in summary and "warning_counts" not in summary


def test_identical_warnings_are_folded_with_a_count(tmp_path: Path) -> None:
    """Forty ChangeCipherSpec records in one segment before any hello: the same complaint
    about the same frame forty times."""
    ccs = corpus.record(20, b"\x01")
    segs = corpus.conversation([corpus.record(22, corpus.client_hello()) , ccs * 40], [])
    path = tmp_path / "ccs.pcap"
    path.write_bytes(corpus.write_pcap(segs))
    (flow,) = [json.loads(line) for line in _cli(path, "--json", "--jobs", "1").stdout
               .splitlines() if '"type":"flow"' in line]
    counts = flow["warning_counts"]
    assert len(counts) == len(flow["warnings"]) and max(counts) >= 30
    repeated = flow["warnings"][counts.index(max(counts))]
    assert sum(counts) == 40 and repeated.startswith("c2s: unexpected change_cipher_spec")
    text = _cli(path, "--jobs", "1", "--color", "never").stdout
    assert f"(×{max(counts)})" in text
    assert text.count("unexpected change_cipher_spec") == len(counts)
    (result,) = decode_packets(open_packets(path, "native"))
    assert [w.count for w in result.warnings] == counts


def test_a_connections_warnings_are_bounded() -> None:
    warnings = WarningList()
    for n in range(MAX_DISTINCT + 500):
        warnings.append(Warning("malformed", n, f"frame {n}: bad"))
    warnings.append(Warning("malformed", 3, "frame 3: bad"))
    assert len(warnings) == MAX_DISTINCT and warnings.left_out == 500
    assert warnings[3].count == 2
    result = folded([Warning("tcp_gap", 1, "gap")], warnings)
    assert len(result) == MAX_DISTINCT + 1
    assert result[-1].code == "warnings_left_out"
    assert result[-1].message.startswith("501 more warning(s) on this connection not listed")
