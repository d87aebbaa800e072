"""Helpers to build synthetic TCP packet sequences and to write them as capture files."""

from __future__ import annotations

import ipaddress
import random
import struct
from dataclasses import dataclass, field
from pathlib import Path

import dpkt

from tlcp_decode.flows import ConnectionClosed, ConnectionOpened, FlowTracker, StreamData, StreamGap
from tlcp_decode.source.native import NativeReader
from tlcp_decode.source.packet import ACK, FIN, PSH, RST, SYN, Packet

__all__ = ["ACK", "FIN", "PSH", "RST", "SYN", "Conv", "run_tracker", "write_capture"]


@dataclass
class Conv:
    """A conversation between a client and a server; methods append packets to ``packets``."""

    client: tuple[str, int] = ("10.0.0.1", 40000)
    server: tuple[str, int] = ("10.0.0.2", 443)
    cseq: int = 1000  # client ISN
    sseq: int = 5000  # server ISN
    packets: list[Packet] = field(default_factory=list)
    frame: int = 0
    ts: float = 1_700_000_000.0
    cnext: int = 0
    snext: int = 0

    def __post_init__(self) -> None:
        self.cnext = (self.cseq + 1) % 2**32
        self.snext = (self.sseq + 1) % 2**32

    def pkt(
        self,
        from_client: bool,
        flags: int,
        seq: int,
        ack: int,
        payload: bytes = b"",
        truncated: int = 0,
    ) -> Packet:
        self.frame += 1
        self.ts += 0.001
        a, b = (self.client, self.server) if from_client else (self.server, self.client)
        p = Packet(
            self.frame,
            round(self.ts, 6),
            a[0],
            a[1],
            b[0],
            b[1],
            seq % 2**32,
            ack % 2**32,
            flags,
            65535,
            payload,
            truncated,
        )
        self.packets.append(p)
        return p

    # the usual building blocks ------------------------------------------------------------
    def handshake(self) -> Conv:
        self.pkt(True, SYN, self.cseq, 0)
        self.pkt(False, SYN | ACK, self.sseq, self.cnext)
        self.pkt(True, ACK, self.cnext, self.snext)
        return self

    def c(
        self, data: bytes, seq: int | None = None, flags: int = ACK | PSH, advance: bool = True
    ) -> Packet:
        s = self.cnext if seq is None else seq
        p = self.pkt(True, flags, s, self.snext, data)
        if advance and seq is None:
            self.cnext = (self.cnext + len(data)) % 2**32
        return p

    def s(
        self, data: bytes, seq: int | None = None, flags: int = ACK | PSH, advance: bool = True
    ) -> Packet:
        s = self.snext if seq is None else seq
        p = self.pkt(False, flags, s, self.cnext, data)
        if advance and seq is None:
            self.snext = (self.snext + len(data)) % 2**32
        return p

    def fin(self, from_client: bool) -> Packet:
        if from_client:
            p = self.pkt(True, FIN | ACK, self.cnext, self.snext)
            self.cnext = (self.cnext + 1) % 2**32
        else:
            p = self.pkt(False, FIN | ACK, self.snext, self.cnext)
            self.snext = (self.snext + 1) % 2**32
        return p

    def ack(self, from_client: bool) -> Packet:
        if from_client:
            return self.pkt(True, ACK, self.cnext, self.snext)
        return self.pkt(False, ACK, self.snext, self.cnext)


@dataclass
class Result:
    events: list[object]
    closed: list[object]

    def data(self, conn_index: int, direction: str) -> bytes:
        return b"".join(
            e.data
            for e in self.events
            if isinstance(e, StreamData) and e.conn.index == conn_index and e.direction == direction
        )

    def gaps(self, conn_index: int, direction: str) -> list[StreamGap]:
        return [
            e
            for e in self.events
            if isinstance(e, StreamGap) and e.conn.index == conn_index and e.direction == direction
        ]

    @property
    def conns(self) -> list[object]:
        return [e.conn for e in self.events if isinstance(e, ConnectionOpened)]


def run_tracker(packets: list[Packet], **kw: object) -> Result:
    tracker = FlowTracker(**kw)  # type: ignore[arg-type]
    events: list[object] = []
    for p in packets:
        events.extend(tracker.feed(p))
    events.extend(tracker.finish())
    closed = [e for e in events if isinstance(e, ConnectionClosed)]
    return Result(events, closed)


# -- capture writing --------------------------------------------------------------------------
def _ip_layer(p: Packet) -> bytes:
    src, dst = ipaddress.ip_address(p.src), ipaddress.ip_address(p.dst)
    tcp = dpkt.tcp.TCP(
        sport=p.sport,
        dport=p.dport,
        seq=p.seq,
        ack=p.ack,
        flags=p.flags,
        win=p.window,
        data=p.payload + b"\0" * p.truncated,
    )
    if src.version == 4:
        ip4 = dpkt.ip.IP(src=src.packed, dst=dst.packed, p=dpkt.ip.IP_PROTO_TCP, data=tcp)
        return bytes(ip4)
    tcp_b = bytes(tcp)
    ip6 = dpkt.ip6.IP6(
        src=src.packed,
        dst=dst.packed,
        nxt=dpkt.ip.IP_PROTO_TCP,
        hlim=64,
        plen=len(tcp_b),
        data=tcp_b,
    )
    ip6.extension_hdrs = {}
    return bytes(ip6)


def frame_bytes(p: Packet, linktype: int, vlan: int = 0) -> bytes:
    ip = _ip_layer(p)
    etype = 0x86DD if ":" in p.src else 0x0800
    if linktype == 1:
        tags = b""
        if vlan == 1:
            tags = struct.pack(">HH", 0x8100, 100)
        elif vlan >= 2:
            tags = struct.pack(">HHHH", 0x88A8, 100, 0x8100, 200)
        return b"\x02" * 6 + b"\x04" * 6 + tags + struct.pack(">H", etype) + ip
    if linktype == 113:
        return struct.pack(">HHH8sH", 0, 1, 6, b"\x02" * 6 + b"\0\0", etype) + ip
    if linktype == 276:
        return struct.pack(">HHIHBB8s", etype, 0, 1, 1, 0, 6, b"\x02" * 6 + b"\0\0") + ip
    if linktype in (101, 228, 229):
        return ip
    if linktype == 0:
        return struct.pack("<I", 30 if ":" in p.src else 2) + ip
    if linktype == 108:
        return struct.pack(">I", 24 if ":" in p.src else 2) + ip
    raise ValueError(linktype)


def write_capture(
    path: Path,
    packets: list[Packet],
    linktype: int = 1,
    fmt: str = "pcap",
    vlan: int = 0,
    extra: list[bytes] | None = None,
    snaplen: int = 65535,
) -> Path:
    """Write ``packets`` (frame numbers are positions) to a pcap or pcapng file."""
    frames = [(p.timestamp, frame_bytes(p, linktype, vlan)) for p in packets]
    for raw in extra or []:
        frames.append((frames[-1][0] + 0.001 if frames else 1.0, raw))
    with open(path, "wb") as fh:
        if fmt == "pcap":
            w: dpkt.pcap.Writer | dpkt.pcapng.Writer = dpkt.pcap.Writer(
                fh, snaplen=snaplen, linktype=linktype
            )
            for ts, buf in frames:
                w.writepkt(buf, ts=ts)
        else:
            w = dpkt.pcapng.Writer(fh, snaplen=snaplen, linktype=linktype)
            for ts, buf in frames:
                w.writepkt(buf, ts=ts)
    return path


def mangle(packets: list[Packet], rng: random.Random) -> list[Packet]:
    """``packets`` as a bad network and capture deliver them: about 5 % lost, 5 % duplicated,
    and one neighbour pair in 20 swapped (out of order)."""
    mangled: list[Packet] = []
    for packet in packets:
        roll = rng.random()
        if roll < 0.05:
            continue  # lost
        mangled.append(packet)
        if roll > 0.95:
            mangled.append(packet)  # duplicated
    for _ in range(len(mangled) // 20):  # neighbours swapped: out of order
        at = rng.randrange(len(mangled) - 1)
        mangled[at], mangled[at + 1] = mangled[at + 1], mangled[at]
    return mangled


def capture_packets(path: Path) -> list[Packet]:
    """The packets of the capture ``path``, read by the native reader."""
    with NativeReader(path) as reader:
        return list(reader)


def mangled_captures(paths: list[Path], seed: int) -> list[Packet]:
    """The packets of four of ``paths`` (every sixth, from the ``seed``-th), one after the
    other, :func:`mangle`-d with ``seed``."""
    packets: list[Packet] = []
    for path in paths[seed::6][:4]:
        packets += capture_packets(path)
    return mangle(packets, random.Random(seed))
