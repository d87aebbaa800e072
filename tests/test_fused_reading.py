"""The reading process's fused loop (``reading.FUSED``: the common segments go from the file's
bytes to their record streams, without packets or events) sends exactly what the general way
(packets through ``FlowTracker.feed`` and ``RecordStage.feed``) sends, in the same batches, and
the one-process decoder taking the segments that way (``Decoder.take_segments_of``) gives
the same results in the same order: on every capture (also read as a compressed
stream, and the pcap ones as pcapng), and on captures with segments lost, duplicated and reordered, or cut by the snapshot length (which send it to
its fallbacks), as pcap and as pcapng. The general way has the tracker's short way for the
opening handshake's and the usual close's segments (``tracker.OPENING_SHORT_WAY``,
``CLOSING_SHORT_WAY``) off too."""

from __future__ import annotations

import gzip
import os
import random
import struct
from pathlib import Path
from typing import Any

import pytest
from tcp_synth import frame_bytes, mangle

from tlcp_decode import parallel, reading
from tlcp_decode.flows import FlowTracker
from tlcp_decode.flows.connection import Connection
from tlcp_decode.flows.tracker import _reverse_ends
from tlcp_decode.pipeline import DecodeOptions, Decoder
from tlcp_decode.source import Packet
from tlcp_decode.source.native import NativeReader, open_stream, segment_ends

PCAPS = Path(__file__).resolve().parent.parent / "pcaps"
CAPTURES = sorted(p for p in PCAPS.rglob("*") if p.suffix in (".pcap", ".pcapng"))


class _Pipe:
    """The parent's end of the pipe, as the reading process sees it: only closed."""

    def close(self) -> None:
        pass


def _with_ip_options(pcap: Path, path: Path) -> Path:
    """The Ethernet pcap file ``pcap`` (little-endian) with 4 bytes of IPv4 options (NOPs) in
    each IPv4 header that had none: the segments' ends then lie apart (the addresses in the
    IPv4 header, the ports after its options)."""
    raw = pcap.read_bytes()
    out = [raw[:24]]
    off = 24
    while off + 16 <= len(raw):
        sec, frac, caplen, wirelen = struct.unpack_from("<IIII", raw, off)
        frame = raw[off + 16:off + 16 + caplen]
        off += 16 + caplen
        if len(frame) >= 34 and frame[12:14] == b"\x08\x00" and frame[14] == 0x45:
            total = struct.unpack_from(">H", frame, 16)[0]
            frame = (frame[:14] + b"\x46" + frame[15:16] + struct.pack(">H", total + 4)
                     + frame[18:34] + b"\x01\x01\x01\x01" + frame[34:])
            caplen += 4
            wirelen += 4
        out.append(struct.pack("<IIII", sec, frac, caplen, wirelen) + frame)
    path.write_bytes(b"".join(out))
    return path


def _write_pcap(path: Path, packets: list[Packet], snaplen: int) -> Path:
    """An Ethernet pcap of ``packets`` whose frames are cut at ``snaplen`` bytes."""
    with open(path, "wb") as fh:
        fh.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, snaplen, 1))
        for packet in packets:
            frame = frame_bytes(packet, 1)
            seconds = int(packet.timestamp)
            fh.write(struct.pack("<IIII", seconds, round((packet.timestamp - seconds) * 1e6),
                                 min(len(frame), snaplen), len(frame)))
            fh.write(frame[:snaplen])
    return path


def _as_pcapng(pcap: Path, path: Path, simple: bool = False) -> Path:
    """The pcap file ``pcap`` written as a pcapng file (one interface of its link
    type): each record an Enhanced Packet Block, or a Simple Packet Block (``simple``: no
    timestamps)."""
    raw = pcap.read_bytes()
    endian = "<" if raw[:4] in (b"\xd4\xc3\xb2\xa1", b"\x4d\x3c\xb2\xa1") else ">"
    nano = struct.unpack_from(endian + "I", raw)[0] == 0xA1B23C4D
    snaplen, linktype = struct.unpack_from(endian + "II", raw, 16)

    def block(btype: int, body: bytes) -> bytes:
        body += b"\0" * (-len(body) % 4)
        return struct.pack("<II", btype, len(body) + 12) + body + struct.pack("<I", len(body) + 12)

    out = [block(0x0A0D0D0A, struct.pack("<IHHq", 0x1A2B3C4D, 1, 0, -1)),
           block(1, struct.pack("<HHI", linktype & 0xFFFF, 0, snaplen)
                 + (struct.pack("<HHB3x", 9, 1, 9) if nano else b"") + struct.pack("<HH", 0, 0))]
    off = 24
    while off + 16 <= len(raw):
        sec, frac, caplen, wirelen = struct.unpack_from(endian + "IIII", raw, off)
        data = raw[off + 16:off + 16 + caplen]
        off += 16 + caplen
        if simple:
            out.append(block(3, struct.pack("<I", wirelen) + data))
        else:
            ticks = sec * (10**9 if nano else 10**6) + frac
            out.append(block(6, struct.pack("<IIIII", 0, ticks >> 32, ticks & 0xFFFFFFFF,
                                            caplen, wirelen) + data))
    path.write_bytes(b"".join(out))
    return path


def _sent(path: Path, options: DecodeOptions) -> list[Any]:
    """Everything the reading process sends for ``path``, as plain values (a gzip-compressed
    capture read as a stream)."""
    messages: list[Any] = []
    reader = open_stream(str(path)) if path.suffix == ".gz" else NativeReader(path)
    try:
        parallel._read_and_track(reader, options,
                                 lambda message, plain: messages.append(repr((message, plain))),
                                 os.getppid(), _Pipe())
    finally:
        reader.close()
    return messages


def _results(path: Path, options: DecodeOptions) -> list[Any]:
    """The one-process decoder's results for ``path`` (with the segments taken unless
    reading.FUSED is off), as plain values, and its tracker's stats."""
    reader = open_stream(str(path)) if path.suffix == ".gz" else NativeReader(path)
    try:
        decoder = Decoder(options)
        results: list[Any] = []
        decoder.take_segments_of(reader, lambda result: results.append(repr(result)))
        for packet in reader:
            results += map(repr, decoder.feed(packet))
        results += map(repr, decoder.finish())
    finally:
        reader.close()
    return [*results, repr(decoder.tracker.stats)]


def _both_ways(path: Path, monkeypatch: pytest.MonkeyPatch,
               options: DecodeOptions | None = None) -> None:
    options = options or DecodeOptions(max_buffer=4096)
    one_process = _results(path, options)
    monkeypatch.setattr(parallel.lifetime, "die_with_parent", lambda *args: None)
    monkeypatch.setattr(parallel.lifetime, "default_signals", lambda: None)
    monkeypatch.setattr(parallel.signal, "signal", lambda *args: None)
    fused = _sent(path, options)
    # the connections found by their 4-tuple each time, not by their segments' ends
    monkeypatch.setattr(reading, "BY_ENDS", False)
    assert fused == _sent(path, options)
    assert one_process == _results(path, options)
    monkeypatch.setattr(reading, "BY_ENDS", True)
    monkeypatch.setattr(reading, "FUSED", False)
    # the general way: the tracker's short ways for the opening handshake's and the usual
    # close's segments off too
    monkeypatch.setattr(reading.tracker_module, "OPENING_SHORT_WAY", False)
    monkeypatch.setattr(reading.tracker_module, "CLOSING_SHORT_WAY", False)
    general = _sent(path, options)
    assert fused == general
    assert "internal" not in fused[-1]  # no error
    assert one_process == _results(path, options)
    monkeypatch.setattr(reading, "FUSED", True)
    monkeypatch.setattr(reading.tracker_module, "OPENING_SHORT_WAY", True)
    monkeypatch.setattr(reading.tracker_module, "CLOSING_SHORT_WAY", True)


@pytest.mark.parametrize("path", CAPTURES, ids=lambda p: str(p.relative_to(PCAPS)))
def test_fused_loop_matches_the_general_way(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _both_ways(path, monkeypatch, DecodeOptions(force_ports=frozenset((4433,)), max_buffer=4096))


@pytest.mark.parametrize("seed", range(8))
def test_fused_loop_matches_with_losses_and_reordering(seed: int, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    packets: list[Packet] = []
    for path in CAPTURES[seed::8][:4]:
        with NativeReader(path) as reader:
            packets += list(reader)
    mangled = mangle(packets, rng)
    # small batches: sent at different packets whichever way the segments go
    monkeypatch.setattr(parallel, "BATCH_EVENTS", 8)
    # a few sweeps of the open connections within the capture
    monkeypatch.setattr(reading.tracker_module, "SWEEP_EVERY", 64)
    for snaplen in (65535, 200):  # 200: the longer segments cut (truncated: not taken)
        pcap = _write_pcap(tmp_path / f"mangled-{snaplen}.pcap", mangled, snaplen)
        _both_ways(pcap, monkeypatch)
        _both_ways(_as_pcapng(pcap, tmp_path / f"mangled-{snaplen}.pcapng"), monkeypatch)
    # Simple Packet Blocks (no timestamps: no timeouts either)
    _both_ways(_as_pcapng(pcap, tmp_path / "mangled-simple.pcapng", simple=True), monkeypatch)


@pytest.mark.parametrize("path", [p for p in CAPTURES if p.suffix == ".pcap"],
                         ids=lambda p: str(p.relative_to(PCAPS)))
def test_fused_loop_matches_on_pcapng(path: Path, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The captures in pcap written as pcapng (Enhanced Packet Blocks): the other captures of
    pcaps/ are pcapng already."""
    _both_ways(_as_pcapng(path, tmp_path / (path.stem + ".pcapng")), monkeypatch,
               DecodeOptions(force_ports=frozenset((4433,)), max_buffer=4096))


def _ethernet(path: Path) -> bool:
    with NativeReader(path) as reader:
        return reader.linktype == 1


@pytest.mark.parametrize("path", [p for p in CAPTURES if p.suffix == ".pcap" and _ethernet(p)][::4],
                         ids=lambda p: str(p.relative_to(PCAPS)))
def test_fused_loop_matches_with_ip_options(path: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """IPv4 headers with options (Ethernet captures: _with_ip_options writes into Ethernet
    frames): the segment's ends are read in two pieces (as pcap and as pcapng)."""
    pcap = _with_ip_options(path, tmp_path / path.name)
    with NativeReader(path) as plain, NativeReader(pcap) as with_options:
        assert [(p.src, p.sport, p.dst, p.dport, p.seq, p.ack, p.flags, p.payload)
                for p in plain] == [(p.src, p.sport, p.dst, p.dport, p.seq, p.ack, p.flags,
                                     p.payload) for p in with_options]
    _both_ways(pcap, monkeypatch)
    _both_ways(_as_pcapng(pcap, tmp_path / (path.stem + ".pcapng")), monkeypatch)


class _CheckedTracker(FlowTracker):
    """A tracker that checks its ends index after each connection it closes, having noted
    in :attr:`most_met` how many entries it held before."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.most_met = 0

    def close(self, conn: Connection, out: list[Any]) -> None:
        self.most_met = max(self.most_met, len(self.by_ends))
        super().close(conn, out)
        _check_ends_index(self)


@pytest.mark.parametrize("path", CAPTURES, ids=lambda p: str(p.relative_to(PCAPS)))
def test_the_ends_index_holds_the_open_connections(path: Path) -> None:
    """FlowTracker.by_ends holds the open connections the fused loop met, both directions
    each, with the client's segment ends on the connection, and nothing once they are closed
    (closed by their packets, by a sweep, by an eviction or at the end)."""
    reader = open_stream(str(path)) if path.suffix == ".gz" else NativeReader(path)
    try:
        options = DecodeOptions(max_buffer=4096, max_connections=8)
        decoder = Decoder(options)
        tracker = decoder.tracker = _CheckedTracker(
            max_buffer=options.max_buffer, max_connections=options.max_connections,
            max_out_of_order=options.max_out_of_order)
        decoder.take_segments_of(reader, lambda result: None)
        for packet in reader:
            decoder.feed(packet)
            _check_ends_index(tracker)
        list(decoder.finish())
    finally:
        reader.close()
    assert not tracker.by_ends
    _MET[path] = tracker.most_met


def _check_ends_index(tracker: FlowTracker) -> None:
    open_ones = set(map(id, tracker._sides.values()))
    for ends, (conn, c2s, key) in tracker.by_ends.items():
        assert id(conn) in open_ones and not conn.closed
        assert segment_ends(ends) == key
        assert key == (conn.key if c2s else conn.key[2:] + conn.key[:2])
        assert (conn.ends, conn.server_ends) == ((ends, _reverse_ends(ends)) if c2s
                                                 else (_reverse_ends(ends), ends))
        assert tracker.by_ends[conn.ends][:2] == (conn, True)


@pytest.mark.parametrize("path", CAPTURES, ids=lambda p: str(p.relative_to(PCAPS)))
def test_the_ends_index_holds_the_open_connections_in_the_reading_process(
        path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """(as above, in the reading process)"""
    trackers: list[FlowTracker] = []

    class _NotedTracker(_CheckedTracker):
        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            trackers.append(self)

    monkeypatch.setattr(parallel, "FlowTracker", _NotedTracker)
    _both_ways(path, monkeypatch, DecodeOptions(max_buffer=4096, max_connections=8))
    for tracker in trackers:
        assert not tracker.by_ends


#: the most connections test_the_ends_index_holds_the_open_connections saw indexed at once, by
#: capture
_MET: dict[Path, int] = {}


def test_the_ends_index_is_used() -> None:
    """(the test above is not empty: the fused loop indexes the connections of Ethernet IPv4
    captures)"""
    path = next(p for p in CAPTURES if p.parent.name == "gmssl")
    test_the_ends_index_holds_the_open_connections(path)
    assert _MET[path] > 0


@pytest.mark.parametrize("path", CAPTURES[::10], ids=lambda p: str(p.relative_to(PCAPS)))
def test_fused_loop_matches_on_a_stream(path: Path, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    compressed = tmp_path / (path.name + ".gz")
    compressed.write_bytes(gzip.compress(path.read_bytes()))
    _both_ways(compressed, monkeypatch)
