"""Inputs as people give them: standard input, gzip files, damaged headers, IP fragments and
bad TCP checksums, each compared with the decoding of the untouched capture."""

from __future__ import annotations

import gzip
import json
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import dpkt
import pytest
from conftest import CAPTURES, Capture
from corpus import Seg, frame, read_segs, write_pcap, write_pcapng

from tlcp_decode.source import (
    CaptureError,
    NativeReader,
    StreamReader,
    open_packets,
    tshark_available,
)
from tlcp_decode.source.layers import LinkType, Skip, decode_frame, tcp_checksum_ok

SEGMENTED = next(c for c in CAPTURES if c.name.endswith("large_mtu1500"))
SMALL = next(c for c in CAPTURES if c.name.endswith("tongsuo_ecc_sm4_cbc_sm3"))


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "tlcp_decode", *args], input=stdin,
                          capture_output=True, timeout=300)


def flow_lines(proc: subprocess.CompletedProcess[bytes]) -> list[dict[str, Any]]:
    assert proc.returncode == 0, proc.stderr
    objs = [json.loads(line) for line in proc.stdout.splitlines()]
    return [o for o in objs if o.get("type") == "flow"]


def summary(proc: subprocess.CompletedProcess[bytes]) -> dict[str, Any]:
    return next(o for o in map(json.loads, proc.stdout.splitlines()) if o["type"] == "summary")


def as_pcap(capture: Capture) -> bytes:
    return write_pcap(read_segs(capture.path.read_bytes()))


# -- standard input and gzip -----------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["pcap", "pcapng"])
def test_standard_input_and_gzip_give_the_files_json(fmt: str, tmp_path: Path) -> None:
    data = SEGMENTED.path.read_bytes() if fmt == "pcapng" else as_pcap(SEGMENTED)
    plain = tmp_path / f"cap.{fmt}"
    plain.write_bytes(data)
    packed = tmp_path / f"cap.{fmt}.gz"
    packed.write_bytes(gzip.compress(data))
    keys = ("--keylog", str(SEGMENTED.keylog_path))
    expected = flow_lines(run(str(plain), "--json", *keys))
    assert expected and all(f["tlcp"]["decryption"]["status"] == "decrypted" for f in expected)
    assert flow_lines(run("-", "--json", *keys, stdin=data)) == expected
    assert flow_lines(run(str(packed), "--json", *keys)) == expected
    assert flow_lines(run("-", "--json", *keys, stdin=packed.read_bytes())) == expected
    # two gzip members (as `cat a.gz b.gz` makes) are one stream
    half = len(data) // 2
    members = gzip.compress(data[:half]) + gzip.compress(data[half:])
    assert flow_lines(run("-", "--json", *keys, stdin=members)) == expected


def test_stream_reader_equals_the_file_reader_packet_by_packet(tmp_path: Path) -> None:
    path = SEGMENTED.path
    with NativeReader(path) as reader:
        expected = [(p.frame, p.seq, p.payload) for p in reader]
    with open(path, "rb") as fh:
        got = [(p.frame, p.seq, p.payload) for p in StreamReader(fh, str(path))]
    assert got == expected


@pytest.mark.parametrize("data, message", [
    (b"", "empty input"),
    (b"hello, this is not a capture\n", "text file"),
    (gzip.compress(b"hello, this is not a capture\n", mtime=0), "text file"),
    (gzip.compress(b"\xd4\xc3\xb2\xa1", mtime=0)[:-6], "truncated capture header"),
], ids=["empty", "text", "gzip text", "gzip short header"])
def test_unusable_standard_input_is_one_line(data: bytes, message: str) -> None:
    proc = run("-", "--json", stdin=data)
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_standard_input_needs_the_native_source() -> None:
    proc = run("-", "--source", "pyshark", stdin=SMALL.path.read_bytes())
    assert proc.returncode == 2 and b"native source" in proc.stderr


def test_corrupt_gzip_stream_is_a_warning(tmp_path: Path) -> None:
    packed = bytearray(gzip.compress(as_pcap(SEGMENTED)))
    packed[len(packed) // 2] ^= 0xFF
    path = tmp_path / "broken.pcap.gz"
    path.write_bytes(bytes(packed))
    reader = open_packets(path)
    packets = list(reader)
    assert packets and any("corrupt gzip data" in w for w in reader.warnings)


# -- damaged and truncated ---------------------------------------------------------------------
def test_record_claiming_more_than_any_link_is_damaged(tmp_path: Path) -> None:
    data = bytearray(as_pcap(SMALL))
    first_len = struct.unpack_from("<I", data, 24 + 8)[0]
    second = 24 + 16 + first_len
    struct.pack_into("<II", data, second + 8, 0x7FFFFFF0, 0x7FFFFFF0)
    path = tmp_path / "damaged.pcap"
    path.write_bytes(bytes(data))
    reader = NativeReader(path)
    assert len(list(reader)) == 1
    (warning,) = reader.warnings
    assert warning.startswith("capture file is damaged after frame 1")
    assert "2147483632 bytes, more than any link allows (262144)" in warning
    assert "truncated" not in warning


def test_file_cut_inside_a_packet_is_truncated(tmp_path: Path) -> None:
    data = as_pcap(SMALL)
    path = tmp_path / "cut.pcap"
    path.write_bytes(data[:-10])
    reader = NativeReader(path)
    list(reader)
    (warning,) = reader.warnings
    assert warning.startswith("capture file is truncated after frame")


def test_pcapng_block_claiming_more_than_any_packet_is_damaged(tmp_path: Path) -> None:
    segs = read_segs(SMALL.path.read_bytes())
    data = bytearray(write_pcapng(segs))
    # the first enhanced packet block follows the section header (28) and interface (20)
    struct.pack_into("<I", data, 48 + 4, 0x7FFFFFF0)
    path = tmp_path / "damaged.pcapng"
    path.write_bytes(bytes(data))
    reader = NativeReader(path)
    assert list(reader) == []
    assert "damaged" in reader.warnings[0] and "truncated" not in reader.warnings[0]


# -- the layer decoder -------------------------------------------------------------------------
def test_decode_frame_is_pure_and_names_what_it_skips() -> None:
    seg = Seg(1.0, "10.0.0.1", 40000, "10.0.0.2", 443, 1, 0, 0x02, b"")
    buf = frame(seg)
    first = decode_frame(LinkType.ETHERNET, buf, 0, len(buf), 0, 7, 1.0, False)
    again = decode_frame(LinkType.ETHERNET, buf, 0, len(buf), 0, 7, 1.0, False)
    assert first == again and not isinstance(first, Skip) and first.frame == 7
    arp = buf[:12] + b"\x08\x06" + buf[14:]
    assert decode_frame(LinkType.ETHERNET, arp, 0, len(arp), 0, 1, 1.0, False) is Skip.NOT_TCP
    assert decode_frame(LinkType.ETHERNET, buf, 0, 20, 0, 1, 1.0, False) is Skip.MALFORMED
    assert decode_frame(147, buf, 0, len(buf), 0, 1, 1.0, False) is Skip.NOT_TCP


# -- IP fragments -----------------------------------------------------------------------------
def fragment_frames(segs: list[Seg], reverse: bool) -> list[tuple[float, bytes]]:
    """Every IPv4 packet split in two fragments (reversed: the second one first)."""
    out = []
    for ident, seg in enumerate(segs, 1):
        whole = frame(seg)
        ip = dpkt.ip.IP(whole[14:])
        body = bytes(ip.data)
        cut = max(8, (len(body) // 2) & ~7)
        pieces = [(0, body[:cut], True), (cut, body[cut:], False)]
        if reverse:
            pieces.reverse()
        for offset, chunk, more in pieces:
            frag = dpkt.ip.IP(src=ip.src, dst=ip.dst, p=6, id=ident & 0xFFFF, data=chunk)
            frag.mf, frag.offset = int(more), offset // 8  # dpkt: in 8-byte units
            out.append((seg.ts, whole[:14] + bytes(frag)))
    return out


def pcap(frames: list[tuple[float, bytes]]) -> bytes:
    parts = [struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, 1)]
    for ts, buf in frames:
        usec = int(round(ts * 1e6))
        parts.append(struct.pack("<IIII", usec // 1_000_000, usec % 1_000_000, len(buf),
                                 len(buf)) + buf)
    return b"".join(parts)


def fragmented(segs: list[Seg], reverse: bool) -> bytes:
    return pcap(fragment_frames(segs, reverse))


def comparable(flows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Everything but frame numbers and times (each packet is two frames now)."""
    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items()
                    if "frame" not in k and "time" not in k and "duration" not in k
                    and k not in ("transitions", "packets")}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value
    return [strip(f) for f in flows]


@pytest.mark.parametrize("reverse", [False, True], ids=["in order", "reversed"])
@pytest.mark.parametrize("capture", [SMALL, SEGMENTED], ids=lambda c: c.name)
def test_fragmented_capture_decodes_and_decrypts_like_the_original(
        capture: Capture, reverse: bool, tmp_path: Path) -> None:
    segs = read_segs(capture.path.read_bytes())
    original = tmp_path / "original.pcap"
    original.write_bytes(write_pcap(segs))
    split = tmp_path / "fragmented.pcap"
    split.write_bytes(fragmented(segs, reverse))
    keys = ("--keylog", str(capture.keylog_path), "--json", "--records")
    expected = flow_lines(run(str(original), *keys))
    assert expected[0]["tlcp"]["decryption"]["status"] == "decrypted"
    got_proc = run(str(split), *keys)
    got = flow_lines(got_proc)
    assert comparable(got) == comparable(expected)
    assert summary(got_proc)["packets"]["fragments"] == 2 * len(segs)
    # each segment is complete in the frame of the fragment that completed it: the second
    assert {r["frame"] % 2 for f in got for r in f["tlcp"]["records"]} == {0}
    assert not got[0]["warnings"]


def test_fragment_reassembly_is_bounded(tmp_path: Path) -> None:
    from tlcp_decode.source.fragments import Defragmenter
    from tlcp_decode.source.layers import IpFragment

    d = Defragmenter(max_bytes=1000, timeout=5.0)
    for i in range(50):  # first halves only: never complete
        d.add(IpFragment((b"\1" * 4, b"\2" * 4, 6, i), 0, True, b"x" * 100, 0, i, float(i) / 10))
    assert d.held <= 1000 and d.given_up >= 40
    d.add(IpFragment((b"\1" * 4, b"\2" * 4, 6, 999), 0, True, b"x" * 8, 0, 60, 100.0))
    assert len(d._pending) == 1  # the old ones expired
    # a last fragment beyond the largest datagram is refused
    assert d.add(IpFragment((b"\1" * 4, b"\2" * 4, 6, 5), 65528, False, b"x" * 16, 0, 61,
                            100.0)) is None


def test_incomplete_datagram_is_reported(tmp_path: Path) -> None:
    segs = read_segs(SMALL.path.read_bytes())
    path = tmp_path / "lost.pcap"
    path.write_bytes(pcap(fragment_frames(segs, False)[:-1]))  # the last fragment lost
    reader = NativeReader(path)
    assert len(list(reader)) == len(segs) - 1
    assert "1 IP datagram(s) incomplete at the end of the capture" in reader.warnings[-1]


# -- checksums --------------------------------------------------------------------------------
def test_tcp_checksum() -> None:
    seg = Seg(1.0, "10.0.0.1", 40000, "10.0.0.2", 443, 1, 0, 0x18, b"hello")
    ip = dpkt.ip.IP(frame(seg)[14:])
    assert tcp_checksum_ok(ip.src, ip.dst, bytes(ip.data))
    broken = bytearray(bytes(ip.data))
    broken[-1] ^= 1
    assert not tcp_checksum_ok(ip.src, ip.dst, bytes(broken))


def test_bad_checksum_segments_are_marked_and_not_used(tmp_path: Path) -> None:
    """A corrupted copy of a data segment arrives first: used, it breaks the stream; with
    --check-checksums it is reported and the real one is used."""
    segs = read_segs(SEGMENTED.path.read_bytes())
    original = tmp_path / "original.pcap"
    original.write_bytes(write_pcap(segs))
    i = next(k for k, s in enumerate(segs) if len(s.payload) > 1000)
    bad = segs[i]
    corrupted = bytearray(frame(bad))
    corrupted[-200] ^= 0xFF  # payload changed, checksum left as it was
    frames = [(s.ts, frame(s)) for s in segs]
    frames.insert(i, (bad.ts, bytes(corrupted)))
    path = tmp_path / "corrupted.pcap"
    path.write_bytes(pcap(frames))
    keys = ("--keylog", str(SEGMENTED.keylog_path), "--json")
    expected = flow_lines(run(str(original), *keys))
    used = flow_lines(run(str(path), *keys))
    assert used[0]["tlcp"] != expected[0]["tlcp"]  # the corrupted bytes were decoded
    checked = flow_lines(run(str(path), *keys, "--check-checksums"))
    assert comparable(checked[0]["tlcp"]) == comparable(expected[0]["tlcp"])
    assert f"1 segment(s) with a bad TCP checksum not used (the first in frame {i + 1})" \
        in checked[0]["warnings"]


def test_stream_reader_rejects_what_is_not_a_capture() -> None:
    import io

    with pytest.raises(CaptureError, match="text file"):
        StreamReader(io.BytesIO(b"just some text here\n" * 4), "<test>")


@pytest.mark.skipif(not tshark_available(), reason="tshark is not installed")
def test_both_sources_agree_on_fragments_and_checksums(tmp_path: Path) -> None:
    segs = read_segs(SMALL.path.read_bytes())
    frames = fragment_frames(segs, True)
    corrupted = bytearray(frame(segs[5]))
    corrupted[-3] ^= 0xFF
    frames.insert(9, (segs[4].ts, bytes(corrupted)))
    path = tmp_path / "both.pcap"
    path.write_bytes(pcap(frames))
    args = (str(path), "--json", "--records", "--keylog", str(SMALL.keylog_path),
            "--check-checksums")
    native = flow_lines(run(*args))
    assert any("bad TCP checksum" in w for w in native[0]["warnings"])
    assert flow_lines(run(*args, "--source", "pyshark")) == native
    assert flow_lines(run(*args, "-Y", "tcp")) == native
