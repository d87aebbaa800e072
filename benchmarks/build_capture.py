#!/usr/bin/env python3
"""Build a large, deterministic benchmark capture by replaying the real captures in pcaps/.

Every connection of every capture under ``pcaps/`` is replayed many times.  Each replay gets a
fresh client port (40000-59999, cycling; the server ports are kept so ``-d tcp.port==P,...``
still works), its TCP checksum is zeroed (Wireshark does not validate it by default), and its
timestamps are shifted so that replays start a few milliseconds apart: connections overlap
(they are interleaved) while each connection keeps its own packet order.  The output is a
classic microsecond pcap (Ethernet), sorted by time (monotonic timestamps).

Two workloads (``--workload``):

* ``bulk`` (default): the mix is weighted towards the bulk-data captures so that the output is
  about 80k packets and 90 MB (~1,200 connections); ``--scale 10`` makes it ten times larger
  (for the memory check).
* ``handshake``: many short connections, as a gateway's traffic looks: every connection of
  every TLCP and TLS 1.3 capture replayed equally often (about 3,600 connections in 80k
  packets, ~22 packets each). Left out: the plain-HTTP capture, and the two captures whose one
  connection is a long transfer of small segments (hundreds of packets: the bulk workload's
  job), so that the handshakes dominate.

    python benchmarks/build_capture.py -o /tmp/bench.pcap [--workload handshake] [--scale 10]
"""

from __future__ import annotations

import argparse
import heapq
import random
import struct
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import dpkt

ROOT = Path(__file__).resolve().parent.parent
PCAPS = ROOT / "pcaps"
TARGET_PACKETS = 80_000
TARGET_BYTES = 90_000_000
CLIENT_PORT_BASE = 40000
CLIENT_PORT_SPAN = 20000
HEAVY_BYTES_PER_PACKET = 2000  # captures above this average are "bulk data" and replayed more
# handshake workload: captures with more packets per connection than this are transfers
HANDSHAKE_MAX_PACKETS_PER_CONNECTION = 100
WORKLOADS = ("bulk", "handshake")


@dataclass
class Frame:
    ts: float  # relative to the start of its capture
    data: bytes  # Ethernet frame
    tcp_off: int  # offset of the TCP header in data, or -1
    conn: tuple[int, int] | None  # (client port, server port) of its connection


@dataclass
class Template:
    name: str
    frames: list[Frame]
    server_ports: set[int]
    client_ports: list[int]  # in order of first appearance
    size: int  # bytes of frame data

    @property
    def heavy(self) -> bool:
        return self.size / max(1, len(self.frames)) > HEAVY_BYTES_PER_PACKET


def _tcp_offset(buf: bytes) -> int:
    if len(buf) < 14:
        return -1
    etype = struct.unpack_from(">H", buf, 12)[0]
    if etype != 0x0800 or len(buf) < 34:
        return -1
    ihl = (buf[14] & 15) * 4
    if buf[14 + 9] != 6 or len(buf) < 14 + ihl + 20:
        return -1
    return 14 + ihl


def load_template(path: Path) -> Template:
    with open(path, "rb") as fh:
        reader: dpkt.pcapng.Reader | dpkt.pcap.Reader
        reader = dpkt.pcapng.Reader(fh) if path.suffix == ".pcapng" else dpkt.pcap.Reader(fh)
        raw = [(float(ts), bytes(buf)) for ts, buf in reader]
    servers: set[int] = set()
    for _ts, buf in raw:  # a SYN without ACK names the server port
        off = _tcp_offset(buf)
        if off >= 0 and buf[off + 13] & 0x12 == 0x02:
            servers.add(struct.unpack_from(">H", buf, off + 2)[0])
    frames: list[Frame] = []
    clients: list[int] = []
    t0 = raw[0][0] if raw else 0.0
    last = 0.0
    for ts, buf in raw:
        off = _tcp_offset(buf)
        conn = None
        if off >= 0:
            sport, dport = struct.unpack_from(">HH", buf, off)
            if dport in servers:
                conn = (sport, dport)
            elif sport in servers:
                conn = (dport, sport)
            else:  # no SYN seen: the lower port is the server
                conn = (max(sport, dport), min(sport, dport))
                servers.add(conn[1])
            if conn[0] not in clients:
                clients.append(conn[0])
        last = max(last, ts - t0)  # keep the order monotonic
        frames.append(Frame(last, buf, off, conn))
    return Template(path.stem, frames, servers, clients, sum(len(f.data) for f in frames))


#: Folders of pcaps/ not replayed: foreign-tls/ holds other projects' traffic, openssl-cli/
#: and gnutls/ (added 2026-12-05) the TLS corner cases of other implementations; all are for
#: the tests, and leaving them out keeps the workload the one earlier results measured.
NOT_REPLAYED = frozenset({"foreign-tls", "openssl-cli", "gnutls"})


def load_templates(root: Path = PCAPS) -> list[Template]:
    return [load_template(p) for p in sorted(root.glob("*/*.pcapng"))
            if p.parent.name not in NOT_REPLAYED]


def server_ports(templates: list[Template]) -> list[int]:
    return sorted({p for t in templates for p in t.server_ports})


def _replay(t: Template, start: float, ports: dict[int, int]) -> Iterator[tuple[float, bytes]]:
    for f in t.frames:
        buf = f.data
        if f.conn is not None:
            b = bytearray(buf)
            off = f.tcp_off
            sport, dport = struct.unpack_from(">HH", b, off)
            if sport in ports:
                struct.pack_into(">H", b, off, ports[sport])
            if dport in ports:
                struct.pack_into(">H", b, off + 2, ports[dport])
            struct.pack_into(">H", b, off + 16, 0)  # zero TCP checksum
            buf = bytes(b)
        yield start + f.ts, buf


def is_handshake_template(t: Template) -> bool:
    """A TLCP / TLS capture of short connections (what the handshake workload replays)."""
    if not t.client_ports or t.server_ports <= {8000}:  # pcaps/plain: HTTP, not TLS
        return False
    return len(t.frames) / len(t.client_ports) <= HANDSHAKE_MAX_PACKETS_PER_CONNECTION


def plan(templates: list[Template], scale: float,
         workload: str = "bulk") -> tuple[list[Template], int]:
    """The per-round mix (heavy captures repeated) and the number of rounds."""
    if workload == "handshake":
        mix = [t for t in templates if is_handshake_template(t)]
        per_round = sum(len(t.frames) for t in mix)
        return mix, max(1, round(TARGET_PACKETS * scale / per_round))
    light = [t for t in templates if not t.heavy]
    heavy = [t for t in templates if t.heavy]
    pl = sum(len(t.frames) for t in light)
    bl = sum(t.size + 16 * len(t.frames) for t in light)
    ph = sum(len(t.frames) for t in heavy)
    bh = sum(t.size + 16 * len(t.frames) for t in heavy)
    ratio = TARGET_BYTES / TARGET_PACKETS
    # (bl + k bh) / (pl + k ph) = ratio  ->  k
    k = 1
    if heavy and bh - ratio * ph > 0:
        k = max(1, round((ratio * pl - bl) / (bh - ratio * ph)))
    mix = light + heavy * k
    per_round = sum(len(t.frames) for t in mix)
    rounds = max(1, round(TARGET_PACKETS * scale / per_round))
    return mix, rounds


def build(out: Path, scale: float = 1.0, seed: int = 1, stagger: float = 0.002,
          templates: list[Template] | None = None, workload: str = "bulk") -> dict[str, object]:
    templates = templates if templates is not None else load_templates()
    mix, rounds = plan(templates, scale, workload)
    rng = random.Random(seed)
    streams = []
    start = 1_700_000_000.0
    next_port = 0
    for _round in range(rounds):
        order = list(mix)
        rng.shuffle(order)
        for t in order:
            ports = {}
            for cp in t.client_ports:
                ports[cp] = CLIENT_PORT_BASE + next_port % CLIENT_PORT_SPAN
                next_port += 1
            streams.append(_replay(t, start, ports))
            start += stagger * (0.5 + rng.random())
    packets = 0
    size = 24
    with open(out, "wb") as fh:
        fh.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, 1))
        rec = struct.Struct("<IIII").pack
        merged = heapq.merge(*[((ts, i, j, buf) for j, (ts, buf) in enumerate(s))
                               for i, s in enumerate(streams)])
        for ts, _i, _j, buf in merged:
            usec = int(round(ts * 1e6))
            fh.write(rec(usec // 1_000_000, usec % 1_000_000, len(buf), len(buf)))
            fh.write(buf)
            packets += 1
            size += 16 + len(buf)
    return {"path": str(out), "packets": packets, "bytes": size, "connections": next_port,
            "rounds": rounds, "server_ports": server_ports(templates)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--output", type=Path, default=Path("/tmp/tlcp-bench.pcap"))
    ap.add_argument("--scale", type=float, default=1.0,
                    help="size multiplier (1 = ~80k packets / ~90 MB; 10 for the memory check)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workload", choices=WORKLOADS, default="bulk",
                    help="bulk: mostly data transfers; handshake: many short connections")
    args = ap.parse_args(argv)
    info = build(args.output, args.scale, args.seed, workload=args.workload)
    ports = ",".join(str(p) for p in info["server_ports"])  # type: ignore[attr-defined]
    print(f"{info['path']}: {info['packets']} packets, {info['bytes']} bytes, "
          f"{info['connections']} connections, server ports {ports}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
