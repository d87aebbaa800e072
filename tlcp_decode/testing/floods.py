"""Hostile many-connection captures, written fast (no packet library): SYN floods, many short
connections, connections left with a partial record, one connection with a record repeated
without end, many connections waiting for a lost segment at once, nested certificates.

Used by the hostile corpus tests and by ``benchmarks/run.py --memory-check`` to measure the
decoder's memory against 200,000 connections. Every packet is Ethernet + IPv4 + TCP in a
classic microsecond pcap; checksums are zero (the decoder does not check them by default).
"""

from __future__ import annotations

import io
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

_SYN, _ACK, _PSH, _FIN = 0x02, 0x10, 0x08, 0x01
_ETHERNET = b"\x00\x00\x00\x00\x00\x02" + b"\x00\x00\x00\x00\x00\x01" + b"\x08\x00"
PCAP_HEADER = struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1)


def _frame(src: int, sport: int, dst: int, dport: int, seq: int, ack: int, flags: int,
           payload: bytes = b"") -> bytes:
    tcp = struct.pack("!HHIIBBHHH", sport, dport, seq & 0xFFFFFFFF, ack & 0xFFFFFFFF, 5 << 4,
                      flags, 65535, 0, 0)
    ip = struct.pack("!BBHHHBBHII", 0x45, 0, 20 + len(tcp) + len(payload), 0, 0, 64, 6, 0, src,
                     dst)
    return _ETHERNET + ip + tcp + payload


def _client(n: int) -> tuple[int, int]:
    """Client address and port of connection ``n`` (10.x.y.z, ports 1024-65023)."""
    return 0x0A000000 | (n // 64000 + 1), 1024 + n % 64000


_SERVER = 0x0A800001


def _write(out: BinaryIO, frames: Iterator[bytes], start: float = 1_700_000_000.0) -> int:
    out.write(PCAP_HEADER)
    count = 0
    for count, frame in enumerate(frames, 1):
        ts = start + count * 1e-5
        sec = int(ts)
        out.write(struct.pack("<IIII", sec, int((ts - sec) * 1e6), len(frame), len(frame)))
        out.write(frame)
    return count


def syn_flood_frames(connections: int, port: int = 443) -> Iterator[bytes]:
    """One SYN from each of ``connections`` clients, never answered."""
    for n in range(connections):
        address, sport = _client(n)
        yield _frame(address, sport, _SERVER, port, 1000 + n, 0, _SYN)


def partial_record_frames(connections: int, port: int = 443) -> Iterator[bytes]:
    """Connections opened and left with the first 3 bytes of a TLCP record header, then silent."""
    for n in range(connections):
        address, sport = _client(n)
        yield _frame(address, sport, _SERVER, port, 1000, 0, _SYN)
        yield _frame(_SERVER, port, address, sport, 5000, 1001, _SYN | _ACK)
        yield _frame(address, sport, _SERVER, port, 1001, 5001, _ACK)
        yield _frame(address, sport, _SERVER, port, 1001, 5001, _ACK | _PSH, b"\x16\x01\x01")


def short_connection_frames(connections: int, port: int = 443,
                            payload: bytes = b"\x15\x01\x01\x00\x02\x02\x28") -> Iterator[bytes]:
    """Complete connections: handshake, one segment from the server, close."""
    for n in range(connections):
        address, sport = _client(n)
        yield _frame(address, sport, _SERVER, port, 1000, 0, _SYN)
        yield _frame(_SERVER, port, address, sport, 5000, 1001, _SYN | _ACK)
        yield _frame(address, sport, _SERVER, port, 1001, 5001, _ACK)
        yield _frame(_SERVER, port, address, sport, 5001, 1001, _ACK | _PSH, payload)
        end = 5001 + len(payload)
        yield _frame(address, sport, _SERVER, port, 1001, end, _ACK | _FIN)
        yield _frame(_SERVER, port, address, sport, end, 1002, _ACK | _FIN)
        yield _frame(address, sport, _SERVER, port, 1002, end + 1, _ACK)


def one_connection_frames(records: bytes, count: int, per_segment: int = 200,
                          port: int = 443) -> Iterator[bytes]:
    """One connection in which the server sends ``records`` (bytes of one or more records)
    ``count`` times, ``per_segment`` copies to a segment, and never closes."""
    address, sport = _client(0)
    yield _frame(address, sport, _SERVER, port, 1000, 0, _SYN)
    yield _frame(_SERVER, port, address, sport, 5000, 1001, _SYN | _ACK)
    yield _frame(address, sport, _SERVER, port, 1001, 5001, _ACK)
    seq = 5001
    for start in range(0, count, per_segment):
        payload = records * min(per_segment, count - start)
        yield _frame(_SERVER, port, address, sport, seq, 1001, _ACK | _PSH, payload)
        seq += len(payload)


def out_of_order_frames(connections: int, size: int, segment: int = 1400,
                        port: int = 443) -> Iterator[bytes]:
    """``connections`` connections opened, then each server sends ``size`` bytes of TLCP
    application-data records with its first segment held back: every other segment of every
    connection arrives first (all of it buffered out of order at once), the first ones last."""
    record = b"\x17\x01\x01\x40\x00" + bytes(16384)
    payload = (record * -(-size // len(record)))[:size]
    segments = [payload[i:i + segment] for i in range(0, size, segment)]
    for n in range(connections):
        address, sport = _client(n)
        yield _frame(address, sport, _SERVER, port, 1000, 0, _SYN)
        yield _frame(_SERVER, port, address, sport, 5000, 1001, _SYN | _ACK)
        yield _frame(address, sport, _SERVER, port, 1001, 5001, _ACK)
    for n in range(connections):
        address, sport = _client(n)
        for i in range(1, len(segments)):
            yield _frame(_SERVER, port, address, sport, 5001 + i * segment, 1001, _ACK | _PSH,
                         segments[i])
    for n in range(connections):
        address, sport = _client(n)
        yield _frame(_SERVER, port, address, sport, 5001, 1001, _ACK | _PSH, segments[0])


def write_pcap(path: Path, frames: Iterator[bytes]) -> int:
    """Write ``frames`` as a pcap file; returns the packet count."""
    with open(path, "wb") as out:
        return _write(out, frames)


def pcap_bytes(frames: Iterator[bytes]) -> bytes:
    """``frames`` as the bytes of a pcap file."""
    out = io.BytesIO()
    _write(out, frames)
    return out.getvalue()


def nested_der(depth: int) -> bytes:
    """A DER value nested ``depth`` SEQUENCEs deep (what a hostile certificate may hold)."""
    value = b"\x05\x00"  # NULL at the bottom
    for _ in range(depth):
        size = len(value)
        if size < 0x80:
            header = bytes([0x30, size])
        else:
            length = size.to_bytes((size.bit_length() + 7) // 8, "big")
            header = bytes([0x30, 0x80 | len(length)]) + length
        value = header + value
    return value
