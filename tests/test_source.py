"""Packet sources: native pcap/pcapng reader and the tshark (pyshark) source."""

from __future__ import annotations

import dataclasses
import gzip
import struct
from collections.abc import Iterable
from pathlib import Path

import pytest
from corpus import own_captures
from tcp_synth import Conv, frame_bytes, write_capture

from tlcp_decode.source import (
    CaptureError,
    NativeReader,
    Packet,
    PysharkReader,
    open_packets,
    tshark_available,
)

PCAPS = Path(__file__).resolve().parent.parent / "pcaps"
ALL_PCAPS = own_captures("*.pcap*")
HTTP = PCAPS / "plain" / "http_server_8000.pcapng"

needs_tshark = pytest.mark.skipif(not tshark_available(), reason="tshark is not installed")


def _conv(v6: bool = False) -> list[Packet]:
    if v6:
        c = Conv(client=("2001:db8::1", 40001), server=("2001:db8::2", 443))
    else:
        c = Conv()
    c.handshake()
    c.c(b"hello world")
    c.s(b"HELLO" * 100)
    c.fin(True)
    c.fin(False)
    c.ack(True)
    return c.packets


def _placeless(packets: Iterable[Packet]) -> list[Packet]:
    """The packets without where their payloads sat in a file (see Packet.payload_offset)."""
    return [dataclasses.replace(p, payload_offset=None) for p in packets]


def _same(a: list[Packet], b: list[Packet]) -> None:
    assert len(a) == len(b)
    for x, y in zip(a, b, strict=True):
        assert abs(x.timestamp - y.timestamp) < 2e-6
        # where a payload sat in a file is no part of what the packet is
        assert (dataclasses.replace(x, timestamp=0.0, payload_offset=None)
                == dataclasses.replace(y, timestamp=0.0, payload_offset=None))


def test_real_captures_are_found() -> None:
    assert len(ALL_PCAPS) >= 20
    assert HTTP in ALL_PCAPS


def test_native_http_capture() -> None:
    r = NativeReader(HTTP)
    pkts = list(r)
    assert len(pkts) == 24
    assert [p.frame for p in pkts] == list(range(1, 25))
    first = pkts[0]
    assert (first.src, first.sport, first.dst, first.dport) == (
        "127.0.0.1",
        52770,
        "127.0.0.1",
        8000,
    )
    assert first.flags == 0x02 and first.seq == 1348796096 and first.payload == b""
    assert pkts[3].payload.startswith(b"GET / HTTP/1.1\r\n")
    assert pkts[3].window == 64
    assert abs(first.timestamp - 1795478254.648198001) < 1e-6
    assert r.stats.packets == 24 and r.stats.tcp == 24 and r.warnings == []


@pytest.mark.parametrize("linktype", [1, 113, 276, 101, 228, 0, 108])
@pytest.mark.parametrize("fmt", ["pcap", "pcapng"])
def test_link_types_ipv4(tmp_path: Path, linktype: int, fmt: str) -> None:
    pkts = _conv()
    f = write_capture(tmp_path / f"x.{fmt}", pkts, linktype=linktype, fmt=fmt)
    _same(list(NativeReader(f)), pkts)


@pytest.mark.parametrize("linktype", [1, 113, 276, 101, 229, 0, 108])
def test_link_types_ipv6(tmp_path: Path, linktype: int) -> None:
    pkts = _conv(v6=True)
    f = write_capture(tmp_path / "x.pcap", pkts, linktype=linktype)
    got = list(NativeReader(f))
    _same(got, pkts)
    assert got[0].src == "2001:db8::1"


@pytest.mark.parametrize("vlan", [1, 2])
def test_vlan_and_qinq(tmp_path: Path, vlan: int) -> None:
    pkts = _conv()
    f = write_capture(tmp_path / "v.pcap", pkts, vlan=vlan)
    _same(list(NativeReader(f)), pkts)


def test_non_tcp_and_fragments_are_skipped_and_counted(tmp_path: Path) -> None:
    import dpkt

    pkts = _conv()
    udp = dpkt.ip.IP(
        src=b"\x01\x02\x03\x04",
        dst=b"\x05\x06\x07\x08",
        p=17,
        data=dpkt.udp.UDP(sport=1, dport=2, data=b"x"),
    )
    frag = dpkt.ip.IP(src=b"\x01\x02\x03\x04", dst=b"\x05\x06\x07\x08", p=6, mf=1, data=b"\0" * 24)
    arp = b"\xff" * 6 + b"\x02" * 6 + b"\x08\x06" + b"\0" * 28
    eth = b"\x02" * 6 + b"\x04" * 6 + b"\x08\x00"
    f = write_capture(tmp_path / "m.pcap", pkts, extra=[eth + bytes(udp), eth + bytes(frag), arp])
    r = NativeReader(f)
    got = list(r)
    _same(got, pkts)
    assert r.stats.packets == len(pkts) + 3
    assert r.stats.skipped_non_tcp == 2 and r.stats.fragments == 1


def test_ipv6_extension_headers(tmp_path: Path) -> None:
    pkts = _conv(v6=True)[:1]
    raw = frame_bytes(pkts[0], 229)
    # insert a hop-by-hop header (8 bytes) between the IPv6 header and TCP
    hbh = bytes([6, 0]) + b"\x01\x04\0\0\0\0"
    ip6 = bytearray(raw[:40]) + hbh + raw[40:]
    ip6[6] = 0
    struct.pack_into(">H", ip6, 4, len(ip6) - 40)
    f = tmp_path / "e.pcap"
    write_capture(f, [], linktype=229, extra=[bytes(ip6)])
    got = list(NativeReader(f))
    assert len(got) == 1
    assert dataclasses.replace(got[0], frame=1, timestamp=0.0, payload_offset=None) == dataclasses.replace(
        pkts[0], timestamp=0.0
    )


def test_ethernet_padding_is_not_payload(tmp_path: Path) -> None:
    pkts = _conv()[:3]
    f = tmp_path / "pad.pcap"
    write_capture(f, [], extra=[frame_bytes(p, 1) + b"\0" * 6 for p in pkts])
    assert [p.payload for p in NativeReader(f)] == [b"", b"", b""]


def _pcap_record(ts: int, data: bytes, wirelen: int) -> bytes:
    return struct.pack("<IIII", ts, 0, len(data), wirelen) + data


def test_snaplen_truncated_payload(tmp_path: Path) -> None:
    c = Conv()
    c.handshake()
    p = c.c(b"A" * 1000)
    raw = frame_bytes(p, 1)
    cut = raw[: 14 + 20 + 20 + 100]
    hdr = struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 154, 1)
    f = tmp_path / "snap.pcap"
    f.write_bytes(hdr + _pcap_record(1, cut, len(raw)))
    r = NativeReader(f)
    (got,) = list(r)
    assert got.payload == b"A" * 100 and got.truncated == 900
    assert r.stats.truncated_payloads == 1


@pytest.mark.parametrize("fmt", ["pcap", "pcapng"])
def test_truncated_file_yields_packets_then_warning(tmp_path: Path, fmt: str) -> None:
    pkts = _conv()
    f = write_capture(tmp_path / f"t.{fmt}", pkts, fmt=fmt)
    data = f.read_bytes()
    f.write_bytes(data[:-20])
    r = NativeReader(f)
    got = list(r)
    _same(got, pkts[:-1])
    assert len(r.warnings) == 1 and "truncated" in r.warnings[0]


def test_pcapng_unknown_blocks_skipped_and_nanosecond_resolution(tmp_path: Path) -> None:
    pkts = _conv()
    f = write_capture(tmp_path / "u.pcapng", pkts, fmt="pcapng")
    data = f.read_bytes()
    # a custom block (type 0x00000BAD) right after SHB + IDB
    shb_len = struct.unpack_from("<I", data, 4)[0]
    idb_len = struct.unpack_from("<I", data, shb_len + 4)[0]
    body = b"hello!!!"
    blk = struct.pack("<II", 0xBAD, 12 + len(body)) + body + struct.pack("<I", 12 + len(body))
    pos = shb_len + idb_len
    f.write_bytes(data[:pos] + blk + data[pos:])
    _same(list(NativeReader(f)), pkts)


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"", "empty"),
        (b"hello, this is just text\n" * 10, "text file"),
        (gzip.compress(b"\xd4\xc3\xb2\xa1" + b"\0" * 40, mtime=0), "gzip"),
        (b"\xd4\xc3\xb2\xa1\x02\x00\x04\x00", "truncated pcap global header"),
        (b"\x0a\x0d\x0d\x0a\x1c\x00\x00\x00", "truncated pcapng"),
        (b"\x00\x01\x02\x03" * 20, "not a pcap"),
    ],
    ids=["empty", "text", "gzip", "short-pcap-header", "short-pcapng-header", "garbage"],
)
def test_unusable_input_raises_capture_error(tmp_path: Path, content: bytes, needle: str) -> None:
    f = tmp_path / "bad.pcap"
    f.write_bytes(content)
    with pytest.raises(CaptureError) as ei:
        NativeReader(f)
    msg = str(ei.value)
    assert needle in msg and "\n" not in msg


def test_missing_file() -> None:
    with pytest.raises(CaptureError, match="no such file"):
        open_packets("/nonexistent/x.pcap")


def test_open_packets_auto_is_native() -> None:
    assert isinstance(open_packets(HTTP), NativeReader)
    with pytest.raises(ValueError):
        open_packets(HTTP, source="nope")


# -- tshark / pyshark ---------------------------------------------------------------------------
@needs_tshark
@pytest.mark.parametrize("path", ALL_PCAPS, ids=lambda p: p.name)
def test_pyshark_equals_native_on_real_captures(path: Path) -> None:
    native = _placeless(NativeReader(path))
    r = PysharkReader(path)
    assert list(r) == native  # tshark's output is no file: no payload offsets either
    assert r.stats.tcp == len(native) and r.warnings == []


@needs_tshark
def test_display_filter_keeps_frame_numbers() -> None:
    src = open_packets(HTTP, display_filter="tcp.port == 8000 && tcp.len > 0")
    assert isinstance(src, PysharkReader)
    got = list(src)
    assert [p.frame for p in got] == [4, 6, 8, 16, 18, 20]
    native = {p.frame: p for p in _placeless(NativeReader(HTTP))}
    assert all(native[p.frame] == p for p in got)


@needs_tshark
def test_pyshark_on_synthetic_link_types(tmp_path: Path) -> None:
    for i, (lt, v6, vlan) in enumerate(
        [(113, False, 0), (276, True, 0), (101, False, 0), (1, True, 2), (0, False, 0)]
    ):
        f = write_capture(tmp_path / f"s{i}.pcap", _conv(v6), linktype=lt, vlan=vlan)
        assert list(PysharkReader(f)) == _placeless(NativeReader(f)), (lt, v6, vlan)


@needs_tshark
def test_pyshark_snaplen_truncated_and_truncated_file(tmp_path: Path) -> None:
    c = Conv()
    c.handshake()
    p = c.c(b"A" * 1000)
    raw = frame_bytes(p, 1)
    hdr = struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 154, 1)
    f = tmp_path / "snap.pcap"
    f.write_bytes(hdr + _pcap_record(1, raw[:154], len(raw)))
    assert list(PysharkReader(f)) == _placeless(NativeReader(f))

    g = write_capture(tmp_path / "t.pcapng", _conv(), fmt="pcapng")
    g.write_bytes(g.read_bytes()[:-20])
    r = PysharkReader(g)
    assert list(r) == _placeless(NativeReader(g))
    assert len(r.warnings) == 1 and "truncated" in r.warnings[0]


@needs_tshark
def test_pyshark_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pcap"
    bad.write_bytes(b"\x00\x01\x02\x03" * 20)
    with pytest.raises(CaptureError) as ei:
        list(PysharkReader(bad))
    assert "\n" not in str(ei.value)
    with pytest.raises(CaptureError, match="empty"):
        PysharkReader(_empty(tmp_path))


def _empty(tmp_path: Path) -> Path:
    e = tmp_path / "empty.pcap"
    e.write_bytes(b"")
    return e


def test_pyshark_without_tshark(monkeypatch: pytest.MonkeyPatch) -> None:
    from tlcp_decode.source import pyshark_source

    monkeypatch.setattr(
        pyshark_source, "_tshark_missing_message", lambda: "tshark is not installed"
    )
    with pytest.raises(CaptureError, match="tshark is not installed"):
        PysharkReader(HTTP)


@pytest.mark.parametrize("path", ALL_PCAPS, ids=lambda p: p.name)
def test_payload_offsets_point_at_the_payload_in_the_file(path: Path) -> None:
    # what the two-process pipeline relies on to read payloads itself (tlcp_decode.parallel)
    with NativeReader(path) as reader:
        packets = list(reader)
        assert packets
        for packet in packets:
            assert packet.payload_offset is not None
            assert reader.read_at(packet.payload_offset, len(packet.payload)) == packet.payload
