"""The out-of-order data of all connections together stays within one budget (issue 14 item 2):
each direction may buffer a window's worth, but thousands of connections waiting for a lost
segment at once must not add up without end. The directions holding the most give up their
first hole as a gap, said in a warning, and every byte is still accounted for."""

from __future__ import annotations

from pathlib import Path

from tlcp_decode import parallel
from tlcp_decode.flows import FlowTracker
from tlcp_decode.flows.events import StreamData, StreamGap
from tlcp_decode.pipeline import DecodeOptions, decode_packets
from tlcp_decode.source import NativeReader, open_packets
from tlcp_decode.testing import floods

SIZE = 300_000  # per connection, all of it but the first segment buffered


def test_the_budget_bounds_all_connections_together(tmp_path: Path) -> None:
    path = tmp_path / "ooo.pcap"
    floods.write_pcap(path, floods.out_of_order_frames(8, SIZE))
    budget = 1 << 20  # the 8 connections would buffer 2.4 MB
    tracker = FlowTracker(max_out_of_order=budget)
    delivered: dict[int, int] = {}
    gaps: dict[int, int] = {}
    for packet in open_packets(path, "native"):
        for event in tracker.feed(packet):
            if isinstance(event, StreamData):
                delivered[event.conn.index] = delivered.get(event.conn.index, 0) + len(event.data)
            elif isinstance(event, StreamGap):
                gaps[event.conn.index] = gaps.get(event.conn.index, 0) + event.size
        assert tracker._budget.total <= budget  # noqa: SLF001 (the bound under test)
    for events in tracker.finish_each():
        for event in events:
            if isinstance(event, StreamData):
                delivered[event.conn.index] = delivered.get(event.conn.index, 0) + len(event.data)
    assert gaps, "the budget gave up no hole"
    for index in range(1, 9):  # nothing dropped: what was not a gap was delivered
        assert delivered.get(index, 0) + gaps.get(index, 0) == SIZE
        assert gaps.get(index, 0) in (0, 1400)  # only the held-back first segment is missing


def test_the_warning_says_why_and_both_modes_agree(tmp_path: Path) -> None:
    path = tmp_path / "ooo.pcap"
    floods.write_pcap(path, floods.out_of_order_frames(4, SIZE))
    options = DecodeOptions(max_out_of_order=500_000)
    one = list(decode_packets(open_packets(path, "native"), options))
    two = list(parallel.TwoProcessDecoder(NativeReader(path), options).start())
    assert one == two
    warned = [c for c in one if any(w.code == "tcp_buffer_budget" for w in c.warnings)]
    assert warned and all(c.tcp.gaps == 1 for c in warned)
    text = next(w.message for w in warned[0].warnings if w.code == "tcp_buffer_budget")
    assert "out-of-order data of all connections reached the decoder's limit of 500000" in text
    assert all(c.tcp.gaps == 0 for c in one if c not in warned)
