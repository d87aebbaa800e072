"""Seeded generator of malformed / hostile inputs derived from the real captures in pcaps/.

``generate(seed, classes=None)`` yields :class:`Case` objects: the bytes of a file to decode and
what kind of result is acceptable.  Everything is deterministic for a given seed.  Packets are
built with dpkt (Ethernet / IPv4 / TCP); see ``Seg`` / ``write_pcap``.

Classes (``CLASSES``):

- truncated_header / truncated_packet: a real capture cut inside its file header / a packet
- snaplen: every packet cut to a small snapshot length (caplen < wire length)
- bitflip_record_header / bitflip_handshake: bits flipped in TLCP record headers / handshake bodies
- absurd_lengths: record length 0xFFFF, handshake length 0xFFFFFF, a certificate list longer
  than its message
- zero_length_records, unknown_content_type
- interleaved_tls12_tlcp: a TLS 1.2 and TLCP connections interleaved in one capture
- syn_flood: thousands of SYNs and no data
- tiny_segments: a real connection re-segmented into 1-byte segments (tens of thousands)
- tcp_gaps, duplicates, reordered: data segments dropped / duplicated / swapped
- not_a_capture: text, empty, gzip, random garbage
- pcapng_unknown_block: a valid pcapng with a block of unknown type between packets
"""

from __future__ import annotations

import gzip
import random
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import dpkt

from tlcp_decode.testing import floods

ROOT = Path(__file__).resolve().parent.parent
PCAPS = ROOT / "pcaps"
#: Other projects' ordinary TLS traffic (not TLCP, many link types): tests/test_foreign_tls.py
FOREIGN = PCAPS / "foreign-tls"


def own_captures(pattern: str = "*.pcapng") -> list[Path]:
    """The TLCP (and plain) captures made for this project, below pcaps/, without FOREIGN."""
    return sorted(p for p in PCAPS.rglob(pattern) if FOREIGN not in p.parents)

SYN, ACK, FIN, PSH, RST = 0x02, 0x10, 0x01, 0x08, 0x04


@dataclass(frozen=True)
class Seg:
    """One TCP segment over IPv4 (what the corpus manipulates)."""

    ts: float
    src: str
    sport: int
    dst: str
    dport: int
    seq: int
    ack: int
    flags: int
    payload: bytes
    caplen_cut: int = 0  # bytes of the frame cut by the snapshot length


@dataclass
class Case:
    cls: str
    name: str
    data: bytes
    suffix: str = ".pcap"
    unusable: bool = False  # the CLI must exit 2 with a one-line message
    big: bool = False  # run in a subprocess with an RSS check
    note: str = ""


@dataclass
class Capture:
    name: str
    raw: bytes
    segs: list[Seg] = field(default_factory=list)


# -- reading and writing ------------------------------------------------------------------------
def _ip(b: bytes) -> str:
    return ".".join(str(x) for x in b)


def read_segs(data: bytes) -> list[Seg]:
    """TCP/IPv4 segments of a pcap or pcapng given as bytes (Ethernet link type)."""
    import io

    fh = io.BytesIO(data)
    reader = dpkt.pcapng.Reader(fh) if data[:4] == b"\x0a\x0d\x0d\x0a" else dpkt.pcap.Reader(fh)
    out = []
    for ts, buf in reader:
        eth = dpkt.ethernet.Ethernet(buf)
        ip = eth.data
        if not isinstance(ip, dpkt.ip.IP) or not isinstance(ip.data, dpkt.tcp.TCP):
            continue
        tcp = ip.data
        out.append(Seg(float(ts), _ip(ip.src), tcp.sport, _ip(ip.dst), tcp.dport, tcp.seq,
                       tcp.ack, tcp.flags, bytes(tcp.data)))
    return out


def frame(seg: Seg) -> bytes:
    tcp = dpkt.tcp.TCP(sport=seg.sport, dport=seg.dport, seq=seg.seq % 2**32,
                       ack=seg.ack % 2**32, flags=seg.flags, win=65535, data=seg.payload)
    ip = dpkt.ip.IP(src=bytes(int(x) for x in seg.src.split(".")),
                    dst=bytes(int(x) for x in seg.dst.split(".")), p=6, data=tcp)
    return b"\x02" * 6 + b"\x04" * 6 + b"\x08\x00" + bytes(ip)


def write_pcap(segs: list[Seg], extra_cut: int = 0) -> bytes:
    """A classic pcap (Ethernet); ``Seg.caplen_cut`` bytes are cut from each frame's end."""
    parts = [struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, 1)]
    for s in segs:
        buf = frame(s)
        cap = buf[: len(buf) - s.caplen_cut] if s.caplen_cut else buf
        usec = int(round(s.ts * 1e6))
        parts.append(struct.pack("<IIII", usec // 1_000_000, usec % 1_000_000, len(cap),
                                 len(buf)))
        parts.append(cap)
    return b"".join(parts)


def write_pcapng(segs: list[Seg], unknown_block_every: int = 0) -> bytes:
    def block(btype: int, body: bytes) -> bytes:
        body += b"\0" * (-len(body) % 4)
        n = len(body) + 12
        return struct.pack("<II", btype, n) + body + struct.pack("<I", n)

    out = [block(0x0A0D0D0A, struct.pack("<IHHq", 0x1A2B3C4D, 1, 0, -1)),
           block(1, struct.pack("<HHI", 1, 0, 262144))]
    for i, s in enumerate(segs):
        buf = frame(s)
        usec = int(round(s.ts * 1e6))
        out.append(block(6, struct.pack("<IIIII", 0, usec >> 32, usec & 0xFFFFFFFF, len(buf),
                                        len(buf)) + buf))
        if unknown_block_every and i % unknown_block_every == 0:
            out.append(block(0x0BADBEEF, b"unknown block body" * 3))
    return b"".join(out)


_CACHE: dict[str, Capture] = {}


def real_captures() -> list[Capture]:
    if not _CACHE:
        for p in own_captures():
            raw = p.read_bytes()
            _CACHE[p.stem] = Capture(p.stem, raw, read_segs(raw))
    return list(_CACHE.values())


def capture(name_part: str) -> Capture:
    return next(c for c in real_captures() if name_part in c.name)


def server_ports() -> set[int]:
    return {s.dport for c in real_captures() for s in c.segs if s.flags & (SYN | ACK) == SYN}


# -- synthetic TLCP connections ----------------------------------------------------------------
def record(ctype: int, body: bytes, version: int = 0x0101, length: int | None = None) -> bytes:
    return struct.pack(">BHH", ctype, version, len(body) if length is None else length) + body


def handshake(htype: int, body: bytes, length: int | None = None) -> bytes:
    n = len(body) if length is None else length
    return struct.pack(">B", htype) + n.to_bytes(3, "big") + body


def client_hello(version: int = 0x0101, suites: tuple[int, ...] = (0xE013,)) -> bytes:
    body = struct.pack(">H", version) + bytes(32) + b"\x00"
    body += struct.pack(">H", 2 * len(suites)) + b"".join(struct.pack(">H", s) for s in suites)
    body += b"\x01\x00"
    return handshake(1, body)


def conversation(c2s: list[bytes], s2c: list[bytes], client: tuple[str, int] = ("10.1.0.1", 40001),
                 server: tuple[str, int] = ("10.1.0.2", 24441), ts: float = 1.7e9,
                 isn: tuple[int, int] = (1000, 5000), close: bool = True) -> list[Seg]:
    """Handshake, then alternate c2s[i] / s2c[i] payloads, then FIN both ways."""
    (ca, cp), (sa, sp) = client, server
    cs, ss = isn[0], isn[1]
    segs: list[Seg] = []
    t = [ts]

    def add(from_client: bool, flags: int, payload: bytes = b"") -> None:
        nonlocal cs, ss
        t[0] += 0.0001
        if from_client:
            segs.append(Seg(t[0], ca, cp, sa, sp, cs, ss, flags, payload))
            cs += len(payload) + (1 if flags & (SYN | FIN) else 0)
        else:
            segs.append(Seg(t[0], sa, sp, ca, cp, ss, cs, flags, payload))
            ss += len(payload) + (1 if flags & (SYN | FIN) else 0)

    add(True, SYN)
    add(False, SYN | ACK)
    add(True, ACK)
    for i in range(max(len(c2s), len(s2c))):
        if i < len(c2s) and c2s[i]:
            add(True, ACK | PSH, c2s[i])
        if i < len(s2c) and s2c[i]:
            add(False, ACK | PSH, s2c[i])
    if close:
        add(True, FIN | ACK)
        add(False, FIN | ACK)
        add(True, ACK)
    return segs


# -- transformations of real connections ------------------------------------------------------
def data_indexes(segs: list[Seg]) -> list[int]:
    return [i for i, s in enumerate(segs) if s.payload]


def resegment(segs: list[Seg], size: int = 1) -> list[Seg]:
    """Split every data segment into ``size``-byte segments (sequence numbers kept)."""
    out: list[Seg] = []
    for s in segs:
        if len(s.payload) <= size:
            out.append(s)
            continue
        for k in range(0, len(s.payload), size):
            out.append(replace(s, seq=(s.seq + k) % 2**32, payload=s.payload[k:k + size],
                               flags=s.flags & ~FIN if k + size < len(s.payload) else s.flags))
    return out


def flip_bits(payload: bytes, positions: list[int], rng: random.Random) -> bytes:
    b = bytearray(payload)
    for p in positions:
        if 0 <= p < len(b):
            b[p] ^= 1 << rng.randrange(8)
    return bytes(b)


def record_starts(payload: bytes) -> list[int]:
    """Offsets of record headers in a segment that starts with one (follows the lengths)."""
    out, p = [], 0
    while p + 5 <= len(payload) and payload[p] in (20, 21, 22, 23):
        out.append(p)
        p += 5 + struct.unpack_from(">H", payload, p + 3)[0]
    return out


# -- the classes --------------------------------------------------------------------------------
def _small(rng: random.Random) -> Capture:
    return rng.choice([c for c in real_captures() if len(c.raw) < 40_000])


def gen_truncated_header(rng: random.Random) -> Iterator[Case]:
    c = _small(rng)
    for cut in sorted(rng.sample(range(1, 28), 3)):
        yield Case("truncated_header", f"{c.name}[:{cut}]", c.raw[:cut], ".pcapng",
                   unusable=True)
    pcap = write_pcap(c.segs)
    cut = rng.randrange(1, 24)
    yield Case("truncated_header", f"{c.name}.pcap[:{cut}]", pcap[:cut], unusable=True)


def gen_truncated_packet(rng: random.Random) -> Iterator[Case]:
    for _ in range(3):
        c = _small(rng)
        cut = rng.randrange(200, len(c.raw) - 1)
        yield Case("truncated_packet", f"{c.name}[:{cut}]", c.raw[:cut], ".pcapng")


def gen_snaplen(rng: random.Random) -> Iterator[Case]:
    c = rng.choice([capture("bigdata"), capture("download"), _small(rng)])
    snap = rng.choice([60, 96, 200, 1500])
    segs = [replace(s, caplen_cut=max(0, 54 + len(s.payload) - snap)) for s in c.segs]
    yield Case("snaplen", f"{c.name} snaplen {snap}", write_pcap(segs))


def gen_bitflip_record_header(rng: random.Random) -> Iterator[Case]:
    for _ in range(3):
        c = _small(rng)
        segs = list(c.segs)
        for i in data_indexes(segs):
            starts = record_starts(segs[i].payload)
            if starts and rng.random() < 0.5:
                pos = [p + rng.randrange(5) for p in starts if rng.random() < 0.5]
                segs[i] = replace(segs[i], payload=flip_bits(segs[i].payload, pos, rng))
        yield Case("bitflip_record_header", c.name, write_pcap(segs))


def gen_bitflip_handshake(rng: random.Random) -> Iterator[Case]:
    for _ in range(3):
        c = _small(rng)
        segs = list(c.segs)
        for i in data_indexes(segs):
            p = segs[i].payload
            if p[:1] == b"\x16" and len(p) > 9:
                pos = [rng.randrange(5, len(p)) for _ in range(rng.randrange(1, 6))]
                segs[i] = replace(segs[i], payload=flip_bits(p, pos, rng))
        yield Case("bitflip_handshake", c.name, write_pcap(segs))


def gen_absurd_lengths(rng: random.Random) -> Iterator[Case]:
    ch = client_hello()
    cert = b"\x30\x82\x01\x00" + bytes(rng.randrange(256) for _ in range(60))
    cases = {
        "record length 0xFFFF": record(22, ch, length=0xFFFF),
        "handshake length 0xFFFFFF": record(22, handshake(1, ch[4:], length=0xFFFFFF)),
        "certificate list longer than its message": record(22, handshake(
            11, (0x100000).to_bytes(3, "big") + len(cert).to_bytes(3, "big") + cert)),
        "certificate entry longer than the list": record(22, handshake(
            11, (len(cert) + 3).to_bytes(3, "big") + (0xFFFFFF).to_bytes(3, "big") + cert)),
    }
    sh = handshake(2, struct.pack(">H", 0x0101) + bytes(32) + b"\x00" + b"\xe0\x13\x00")
    for name, payload in cases.items():
        c2s = [record(22, ch), b"\x17\x01\x01\x00\x04abcd"] if "certificate" in name else [payload]
        s2c = [record(22, sh) + payload] if "certificate" in name else [record(22, sh)]
        yield Case("absurd_lengths", name, write_pcap(conversation(c2s, s2c)))


def gen_zero_length_records(rng: random.Random) -> Iterator[Case]:
    zeros = b"".join(record(t, b"") for t in (20, 21, 22, 23))
    yield Case("zero_length_records", "one of each type",
               write_pcap(conversation([record(22, client_hello()) + zeros], [zeros * 3])))


def gen_unknown_content_type(rng: random.Random) -> Iterator[Case]:
    bogus = record(0x63, b"hello") + record(0xFF, bytes(20))
    yield Case("unknown_content_type", "after a ClientHello",
               write_pcap(conversation([record(22, client_hello()) + bogus], [bogus])))
    yield Case("unknown_content_type", "first bytes", write_pcap(conversation([bogus], [])))


def _reflow(segs: list[Seg], port_base: int, t0: float) -> list[Seg]:
    """Give a capture's connections fresh client ports and move it to start at ``t0``."""
    servers = {s.dport for s in segs if s.flags & (SYN | ACK) == SYN}
    ports: dict[int, int] = {}
    out = []
    base = segs[0].ts if segs else 0.0
    for s in segs:
        cp = s.sport if s.dport in servers else s.dport
        new = ports.setdefault(cp, port_base + len(ports))
        sp, dp = (new, s.dport) if s.dport in servers else (s.sport, new)
        out.append(replace(s, sport=sp, dport=dp, ts=t0 + (s.ts - base)))
    return out


def _interleave(streams: list[list[Seg]]) -> list[Seg]:
    return sorted((s for st in streams for s in st), key=lambda s: s.ts)


def gen_interleaved(rng: random.Random) -> Iterator[Case]:
    tls = capture("19_alert_tls12").segs
    tlcp = capture("gmssl_ecc_sm4_cbc_sm3").segs
    streams = [_reflow(tls if i % 2 else tlcp, 41000 + 10 * i, 1.7e9 + i * 0.0003)
               for i in range(6)]
    yield Case("interleaved_tls12_tlcp", "3 TLS 1.2 + 3 TLCP", write_pcap(_interleave(streams)))


def gen_syn_flood(rng: random.Random, n: int = 5000) -> Iterator[Case]:
    segs = [Seg(1.7e9 + i * 1e-5, f"10.9.{i >> 8 & 255}.{i & 255}", 1024 + i % 60000,
                "10.1.0.2", 24441, rng.randrange(2**32), 0, SYN, b"") for i in range(n)]
    yield Case("syn_flood", f"{n} SYNs", write_pcap(segs), big=True)


def gen_partial_record_flood(rng: random.Random, n: int = 5000) -> Iterator[Case]:
    """Many connections each left open with the first bytes of a record: every one holds a
    reassembler, an analyzer and a parser with bytes pending until the end of the capture."""
    yield Case("partial_record_flood", f"{n} connections with a partial record",
               floods.pcap_bytes(floods.partial_record_frames(n, port=24441)), big=True)


def gen_tiny_segments(rng: random.Random) -> Iterator[Case]:
    c = capture("gmssl_ecc_sm4_cbc_sm3_bigdata")
    segs = resegment(c.segs, 1)
    yield Case("tiny_segments", f"{c.name} in 1-byte segments ({len(segs)} packets)",
               write_pcap(segs), big=True)


def gen_tcp_gaps(rng: random.Random) -> Iterator[Case]:
    for _ in range(2):
        c = rng.choice([capture("download"), capture("large_mtu1500"), _small(rng)])
        segs = list(c.segs)
        idx = data_indexes(segs)
        drop = set(rng.sample(idx, max(1, len(idx) // 8)))
        yield Case("tcp_gaps", f"{c.name} minus {len(drop)} data segments",
                   write_pcap([s for i, s in enumerate(segs) if i not in drop]))


def gen_duplicates(rng: random.Random) -> Iterator[Case]:
    c = _small(rng)
    out = []
    for s in c.segs:
        out.append(s)
        if s.payload and rng.random() < 0.3:
            out.append(s)
    yield Case("duplicates", c.name, write_pcap(out))


def gen_reordered(rng: random.Random) -> Iterator[Case]:
    c = rng.choice([capture("large_mtu1500"), _small(rng)])
    segs = list(c.segs)
    idx = data_indexes(segs)
    for _ in range(max(1, len(idx) // 5)):
        i = rng.choice(idx[1:-1]) if len(idx) > 2 else idx[0]
        if i + 1 < len(segs):
            segs[i], segs[i + 1] = segs[i + 1], segs[i]
    yield Case("reordered", c.name, write_pcap(segs))


def gen_not_a_capture(rng: random.Random) -> Iterator[Case]:
    yield Case("not_a_capture", "text", b"hello, this is not a capture\n" * 10, ".pcap",
               unusable=True)
    yield Case("not_a_capture", "empty", b"", ".pcap", unusable=True)
    # a gzip-compressed capture is read; compressed text is still not a capture
    yield Case("not_a_capture", "gzip", gzip.compress(b"not a capture\n" * 10, mtime=0),
               ".pcapng.gz", unusable=True)
    garbage = rng.randbytes(1 << 20)
    yield Case("not_a_capture", "1 MB garbage", garbage, ".pcap", unusable=True, big=True)
    # garbage behind a valid pcap header: the reader must stop, not hang
    yield Case("not_a_capture", "pcap header + 1 MB garbage", write_pcap([]) + garbage, ".pcap",
               big=True)


def gen_pcapng_unknown_block(rng: random.Random) -> Iterator[Case]:
    c = _small(rng)
    yield Case("pcapng_unknown_block", c.name, write_pcapng(c.segs, unknown_block_every=3),
               ".pcapng")


GENERATORS = {
    "truncated_header": gen_truncated_header,
    "truncated_packet": gen_truncated_packet,
    "snaplen": gen_snaplen,
    "bitflip_record_header": gen_bitflip_record_header,
    "bitflip_handshake": gen_bitflip_handshake,
    "absurd_lengths": gen_absurd_lengths,
    "zero_length_records": gen_zero_length_records,
    "unknown_content_type": gen_unknown_content_type,
    "interleaved_tls12_tlcp": gen_interleaved,
    "syn_flood": gen_syn_flood,
    "partial_record_flood": gen_partial_record_flood,
    "tiny_segments": gen_tiny_segments,
    "tcp_gaps": gen_tcp_gaps,
    "duplicates": gen_duplicates,
    "reordered": gen_reordered,
    "not_a_capture": gen_not_a_capture,
    "pcapng_unknown_block": gen_pcapng_unknown_block,
}
CLASSES = list(GENERATORS)


def generate(seed: int = 0, classes: list[str] | None = None) -> Iterator[Case]:
    for cls in classes or CLASSES:
        rng = random.Random(f"{seed}:{cls}")
        yield from GENERATORS[cls](rng)


if __name__ == "__main__":  # write the corpus to a folder for manual inspection
    import sys

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/tlcp-corpus")
    out.mkdir(parents=True, exist_ok=True)
    for i, case in enumerate(generate(int(sys.argv[2]) if len(sys.argv) > 2 else 0)):
        name = f"{i:03d}-{case.cls}{case.suffix}"
        (out / name).write_bytes(case.data)
        print(name, case.name, len(case.data))
