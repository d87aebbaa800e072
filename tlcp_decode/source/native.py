"""Fast pcap / pcapng reader yielding TCP segments as :class:`Packet` records.

The file formats are recognised by their magic numbers (the values of dpkt's constants, not
imported: dpkt itself is not needed here).  The
per-packet work is done with ``struct.unpack_from`` on the raw (memory-mapped) buffer instead of
building dpkt objects per layer: dpkt's readers are used for neither pcap nor pcapng because
they drop the original (wire) length needed to account for snaplen-truncated payloads, only
honour the first pcapng interface, and raise mid-file on a truncated record (losing the packets
already read).  See ``NativeReader`` for what is supported.
"""

from __future__ import annotations

import mmap
import os
import struct
from collections.abc import Iterator
from typing import Any

from .packet import ADDRESS_TEXT, CaptureError, Packet, SourceStats, address_text

# link types
LINKTYPE_NULL = 0
LINKTYPE_ETHERNET = 1
LINKTYPE_RAW = 101
LINKTYPE_LOOP = 108
LINKTYPE_LINUX_SLL = 113
LINKTYPE_IPV4 = 228
LINKTYPE_IPV6 = 229
LINKTYPE_LINUX_SLL2 = 276
SUPPORTED_LINKTYPES = frozenset(
    {
        LINKTYPE_NULL,
        LINKTYPE_ETHERNET,
        LINKTYPE_RAW,
        LINKTYPE_LOOP,
        LINKTYPE_LINUX_SLL,
        LINKTYPE_IPV4,
        LINKTYPE_IPV6,
        LINKTYPE_LINUX_SLL2,
    }
)

TCPDUMP_MAGIC = 0xA1B2C3D4  # dpkt.pcap.TCPDUMP_MAGIC
TCPDUMP_MAGIC_NANO = 0xA1B23C4D  # dpkt.pcap.TCPDUMP_MAGIC_NANO
_PCAP_MAGICS: dict[bytes, tuple[str, int]] = {
    # magic bytes as stored in the file -> (struct byte order, fractional digits)
    struct.pack(">I", TCPDUMP_MAGIC): (">", 6),
    struct.pack("<I", TCPDUMP_MAGIC): ("<", 6),
    struct.pack(">I", TCPDUMP_MAGIC_NANO): (">", 9),
    struct.pack("<I", TCPDUMP_MAGIC_NANO): ("<", 9),
}
#: Ethernet + IPv4 + TCP frames of pcap files are decoded inline (tests compare both ways).
FAST_PATH = True
#: The pages of the mapping already read are released every this many bytes, so the
#: resident set stays flat however large the file (file-backed pages count in RSS).
RELEASE_EVERY = 8 << 20
_PCAPNG_SHB = b"\x0a\x0d\x0d\x0a"
_BOM = 0x1A2B3C4D

_ETH_VLAN = frozenset({0x8100, 0x88A8, 0x9100, 0x9200})
_IPV6_EXT = frozenset({0, 43, 60, 135, 139, 140})  # hop-by-hop, routing, dst opts, mobility...

_u16 = struct.Struct(">H").unpack_from
_ipv4_hdr = struct.Struct(">BxHxxHxB").unpack_from  # vhl, total len, frag, proto
_ipv6_hdr = struct.Struct(">HB").unpack_from  # payload length, next header (at offset 4)
_tcp_hdr = struct.Struct(">HHIIBBH").unpack_from  # sport dport seq ack off flags window
# Ethernet type, then the IPv4 header: vhl, total length, fragment, protocol, addresses, then
# (read in the same call) the TCP header that follows an option-less IPv4 header
_eth_ipv4_tcp = struct.Struct(">12xHBxHxxHxBxx4s4sHHIIBBH").unpack_from

_MADV_DONTNEED: int | None = getattr(mmap, "MADV_DONTNEED", None)

#: pcapng blocks that carry a packet: obsolete (2), simple (3), enhanced (6)
PACKET_BLOCKS = frozenset((2, 3, 6))
_EPB = {e: struct.Struct(e + "IIIII").unpack_from for e in "<>"}
_SPB = {e: struct.Struct(e + "I").unpack_from for e in "<>"}
_OPB = {e: struct.Struct(e + "HHIIII").unpack_from for e in "<>"}

_addr = address_text  # the hot path calls it by this short local name
_IPV4_NO_OPTIONS = 0x45  # version 4, header length 5 words


def _describe_magic(head: bytes) -> str:
    if head[:2] == b"\x1f\x8b":
        return "gzip-compressed file: decompress it first (e.g. with gunzip)"
    if head[:4] in (b"\xfd7zX", b"BZh9", b"PK\x03\x04", b"(\xb5/\xfd"):
        return "compressed archive, not a capture: extract it first"
    if all(32 <= b < 127 or b in (9, 10, 13) for b in head[:64]):
        return "text file, not a pcap or pcapng capture"
    return f"not a pcap or pcapng capture (unrecognised magic {head[:4].hex()})"


class NativeReader:
    """Reads a pcap or pcapng file; iterating yields the TCP segments as :class:`Packet`.

    Link types: Ethernet (with 802.1Q / QinQ tags), Linux SLL and SLL2, raw IP (101, 228, 229),
    BSD NULL and OpenBSD LOOP.  IPv4 and IPv6 (extension headers skipped).  IP fragments and
    non-TCP packets are counted in :attr:`stats` and skipped.  A file truncated in the middle
    of a record yields what precedes the cut and adds a message to :attr:`warnings`.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        self._pos = 0  # bytes of the file consumed so far (see position())
        self.warnings: list[str] = []
        self.stats = SourceStats()
        try:
            fh = open(self.path, "rb")  # noqa: SIM115 - closed in close()
        except FileNotFoundError:
            raise CaptureError(f"{self.path}: no such file") from None
        except IsADirectoryError:
            raise CaptureError(f"{self.path}: is a directory, not a capture file") from None
        except OSError as exc:
            raise CaptureError(f"{self.path}: cannot open: {exc.strerror or exc}") from None
        self._fh = fh
        try:
            size = os.fstat(fh.fileno()).st_size
            buf: Any
            if size == 0:
                buf = fh.read()
            else:
                try:
                    buf = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
                except (OSError, ValueError):
                    buf = fh.read()
            self._buf = buf
            if len(buf) == 0:
                raise CaptureError(f"{self.path}: empty file, not a capture")
            head = bytes(buf[:64])
            if head[:4] in _PCAP_MAGICS:
                self.format = "pcap"
                if len(buf) < 24:
                    raise CaptureError(
                        f"{self.path}: truncated pcap global header ({len(buf)} of 24 bytes)"
                    )
                self._endian, self._digits = _PCAP_MAGICS[head[:4]]
                _, _, _, _, _, snaplen, linktype = struct.unpack_from(
                    self._endian + "IHHiIII", buf, 0
                )
                self.linktype = linktype & 0x0FFFFFFF
                self.snaplen = snaplen
            elif head[:4] == _PCAPNG_SHB:
                self.format = "pcapng"
                if len(buf) < 28:
                    raise CaptureError(f"{self.path}: truncated pcapng section header block")
                bom_le = struct.unpack_from("<I", buf, 8)[0]
                if bom_le == _BOM:
                    endian = "<"
                elif struct.unpack_from(">I", buf, 8)[0] == _BOM:
                    endian = ">"
                else:
                    raise CaptureError(f"{self.path}: corrupt pcapng section header block")
                blen = struct.unpack_from(endian + "I", buf, 4)[0]
                if blen < 28 or blen > len(buf):
                    raise CaptureError(f"{self.path}: truncated pcapng section header block")
                self.linktype = -1
                self.snaplen = 0
            else:
                raise CaptureError(f"{self.path}: {_describe_magic(head)}")
        except BaseException:
            self.close()
            raise

    # -- lifetime -----------------------------------------------------------------------------
    def close(self) -> None:
        buf = getattr(self, "_buf", None)
        if isinstance(buf, mmap.mmap):
            try:
                buf.close()
            except BufferError:  # a memoryview is still alive; let the GC handle it
                pass
        self._buf = b""
        self._fh.close()

    def __enter__(self) -> NativeReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    #: The buffer decoded is the capture file (not so when the tshark source borrows
    #: packet_block for tshark's output): packets then carry their payload's file offset.
    buffer_is_file = True

    def position(self) -> int:
        """Bytes of the file read so far (drives the progress bar)."""
        return self._pos

    def read_at(self, offset: int, length: int) -> bytes:
        """``length`` bytes of the file at ``offset`` (a ``Packet.payload_offset``)."""
        return self._buf[offset:offset + length]

    def release_before(self, offset: int) -> None:
        """The bytes before ``offset`` will not be read again here: free their memory."""
        self._release(self._buf, offset)

    def _release(self, buf: Any, upto: int) -> None:
        """Drop the mapped pages before ``upto`` from memory (they are re-read if touched)."""
        if isinstance(buf, mmap.mmap) and _MADV_DONTNEED is not None:
            length = upto & ~(mmap.PAGESIZE - 1)
            if length > 0:
                try:
                    buf.madvise(_MADV_DONTNEED, 0, length)
                except (OSError, ValueError):  # not supported here: memory just is not freed
                    pass

    def __iter__(self) -> Iterator[Packet]:
        if self.format == "pcap":
            return self._iter_pcap()
        return self._iter_pcapng()

    # -- containers ---------------------------------------------------------------------------
    def _iter_pcap(self) -> Iterator[Packet]:
        buf = self._buf
        n = len(buf)
        rec = struct.Struct(self._endian + "IIII").unpack_from
        scale = 10 ** (9 - self._digits)
        linktype = self.linktype
        decode = self._decoder(linktype)
        ethernet = linktype == LINKTYPE_ETHERNET and FAST_PATH
        addr = _addr
        names = ADDRESS_TEXT  # address -> text (bounded by address_text), looked up inline
        stats = self.stats
        stats.link_types[linktype] = 0
        off = 24
        frame = 0
        release = self._release
        next_release = RELEASE_EVERY
        while off < n:
            if off >= next_release:
                release(buf, off)
                next_release = off + RELEASE_EVERY
            if off + 16 > n:
                self._truncated(frame, f"record header cut after {n - off} of 16 bytes")
                break
            sec, frac, caplen, wirelen = rec(buf, off)
            off += 16
            end = off + caplen
            if end > n:
                self._truncated(frame, f"packet data cut after {n - off} of {caplen} bytes")
                break
            frame += 1
            pkt = None
            if ethernet and caplen >= 54:
                # fast path for the common frame, Ethernet + IPv4 + TCP, no fragment: the
                # same checks and results as decode(); anything else goes through decode()
                (etype, vhl, total, frag, proto, src, dst,
                 sport, dport, seq, ack, doff, flags, window) = _eth_ipv4_tcp(buf, off)
                if etype == 0x0800 and vhl >> 4 == 4 and proto == 6 and not frag & 0x3FFF:
                    ip = off + 14
                    tcp = ip + (vhl & 15) * 4
                    ip_end = ip + total if total else end + wirelen - caplen
                    if tcp + 20 <= end:
                        if vhl != _IPV4_NO_OPTIONS:  # the TCP header is further on
                            sport, dport, seq, ack, doff, flags, window = _tcp_hdr(buf, tcp)
                        data = tcp + (doff >> 4) * 4
                        if data <= end and data <= ip_end:
                            stop = ip_end if ip_end < end else end
                            truncated = ip_end - stop
                            if truncated:
                                stats.truncated_payloads += 1
                            stats.tcp += 1
                            src_text = names.get(src) or addr(src)
                            dst_text = names.get(dst) or addr(dst)
                            pkt = Packet(frame, sec + frac * scale / 1e9, src_text, sport,
                                         dst_text, dport, seq, ack, flags, window,
                                         buf[data:stop], truncated, data)
                            off = end
                            self._pos = off
                            yield pkt
                            continue
            pkt = decode(buf, off, end, wirelen - caplen, frame, sec + frac * scale / 1e9)
            off = end
            if pkt is not None:
                self._pos = off
                yield pkt
        self._pos = off
        stats.packets = frame
        stats.link_types[linktype] = frame

    def _iter_pcapng(self) -> Iterator[Packet]:
        buf = self._buf
        n = len(buf)
        stats = self.stats
        endian = "<"
        ifaces: list[tuple[int, Any, int, int, int]] = []  # linktype, decoder, div, off, shift
        off = 0
        frame = 0
        hdr = struct.Struct("<II").unpack_from
        release = self._release
        next_release = RELEASE_EVERY
        while off < n:
            if off >= next_release:
                release(buf, off)
                next_release = off + RELEASE_EVERY
            self._pos = off
            if off + 12 > n:
                self._truncated(frame, f"block header cut after {n - off} bytes")
                break
            btype, blen = hdr(buf, off)
            if btype == 0x0A0D0D0A:  # section header block: byte order may change
                bom = struct.unpack_from("<I", buf, off + 8)[0]
                endian = "<" if bom == _BOM else ">"
                hdr = struct.Struct(endian + "II").unpack_from
                btype, blen = hdr(buf, off)
                ifaces = []
            if blen < 12 or blen % 4:
                self.warnings.append(
                    f"corrupt pcapng block at byte {off} (length {blen}); stopped reading"
                )
                break
            end = off + blen
            if end > n:
                self._truncated(frame, f"block cut after {n - off} of {blen} bytes")
                break
            if btype in PACKET_BLOCKS:
                frame += 1
                pkt = self.packet_block(btype, buf, off, end, endian, ifaces, frame)
                if pkt is not None:
                    yield pkt
            elif btype == 1:  # interface description block
                ifaces.append(self._parse_idb(buf, off, end, endian))
            # every other block type (name resolution, statistics, custom...) is skipped
            off = end
        self._pos = off
        stats.packets = frame

    def _parse_idb(
        self, buf: Any, off: int, end: int, endian: str
    ) -> tuple[int, Any, int, int, int]:
        linktype, _res, snaplen = struct.unpack_from(endian + "HHI", buf, off + 8)
        div = 1_000_000
        tsoff = 0
        p = off + 16
        while p + 4 <= end - 4:
            code, olen = struct.unpack_from(endian + "HH", buf, p)
            if code == 0:
                break
            val = bytes(buf[p + 4 : p + 4 + olen])
            if code == 9 and olen >= 1:  # if_tsresol
                r = val[0]
                div = 2 ** (r & 0x7F) if r & 0x80 else 10 ** (r & 0x7F)
            elif code == 14 and olen >= 8:  # if_tsoffset (seconds)
                tsoff = struct.unpack_from(endian + "q", val)[0]
            p += 4 + ((olen + 3) & ~3)
        shift = 1_000_000_000 // div if div <= 1_000_000_000 and 1_000_000_000 % div == 0 else 0
        self.stats.link_types.setdefault(linktype, 0)
        if self.linktype == -1:
            self.linktype = linktype
            self.snaplen = snaplen
        return linktype, self._decoder(linktype), div, tsoff, shift

    def packet_block(
        self, btype: int, buf: Any, off: int, end: int, endian: str,
        ifaces: list[tuple[int, Any, int, int, int]], frame: int,
    ) -> Packet | None:
        """Decode the pcapng packet block (enhanced 6, simple 3 or obsolete 2) at ``off``.

        Shared with the pyshark source, which reads tshark's pcapng output block by block.
        """
        if btype == 3:  # simple packet block: no timestamp, interface 0
            iface, ts_hi, ts_lo = 0, 0, 0
            (wirelen,) = _SPB[endian](buf, off + 8)
            data = off + 12
            caplen = min(wirelen, end - 4 - data)
        elif btype == 6:
            iface, ts_hi, ts_lo, caplen, wirelen = _EPB[endian](buf, off + 8)
            data = off + 28
        else:  # obsolete packet block
            iface, _drops, ts_hi, ts_lo, caplen, wirelen = _OPB[endian](buf, off + 8)
            data = off + 28
        if iface >= len(ifaces):
            self.stats.malformed += 1
            if btype != 3:
                self.warnings.append(f"frame {frame}: unknown interface {iface}")
            return None
        lt, decode, div, tsoff, shift = ifaces[iface]
        self.stats.link_types[lt] += 1
        stop = min(data + caplen, end - 4)
        if btype == 3:
            return decode(buf, data, stop, wirelen - (stop - data), frame, 0.0)
        sec, frac = divmod((ts_hi << 32) | ts_lo, div)
        frac_ns = frac * shift if shift else frac * 1_000_000_000 // div
        return decode(
            buf, data, stop, wirelen - caplen, frame, sec + tsoff + frac_ns / 1e9
        )

    def _truncated(self, frame: int, detail: str) -> None:
        self.warnings.append(
            f"capture file is truncated after frame {frame}: {detail}; "
            "the packets before the cut were read"
        )

    # -- packet decoding ----------------------------------------------------------------------
    def _decoder(self, linktype: int) -> Any:
        stats = self.stats
        if linktype not in SUPPORTED_LINKTYPES:
            self.warnings.append(f"unsupported link type {linktype}: its packets are skipped")

            def skip(buf: Any, off: int, end: int, missing: int, frame: int, ts: float) -> None:
                stats.skipped_non_tcp += 1
                return None

            return skip
        ip = self._decode_ip

        def decode(
            buf: Any, off: int, end: int, missing: int, frame: int, ts: float
        ) -> Packet | None:
            if linktype == LINKTYPE_ETHERNET:
                if end - off < 14:
                    stats.malformed += 1
                    return None
                etype = _u16(buf, off + 12)[0]
                off += 14
                while etype in _ETH_VLAN and off + 4 <= end:
                    etype = _u16(buf, off + 2)[0]
                    off += 4
                if etype != 0x0800 and etype != 0x86DD:
                    stats.skipped_non_tcp += 1
                    return None
            elif linktype == LINKTYPE_LINUX_SLL:
                if end - off < 16:
                    stats.malformed += 1
                    return None
                etype = _u16(buf, off + 14)[0]
                off += 16
                if etype != 0x0800 and etype != 0x86DD:
                    stats.skipped_non_tcp += 1
                    return None
            elif linktype == LINKTYPE_LINUX_SLL2:
                if end - off < 20:
                    stats.malformed += 1
                    return None
                etype = _u16(buf, off)[0]
                off += 20
                if etype != 0x0800 and etype != 0x86DD:
                    stats.skipped_non_tcp += 1
                    return None
            elif linktype == LINKTYPE_NULL or linktype == LINKTYPE_LOOP:
                off += 4  # address family (host or network order): use the IP version instead
            if off >= end:
                stats.malformed += 1
                return None
            return ip(buf, off, end, missing, frame, ts)

        return decode

    def _decode_ip(
        self, buf: Any, off: int, end: int, missing: int, frame: int, ts: float
    ) -> Packet | None:
        stats = self.stats
        version = buf[off] >> 4
        if version == 4:
            if end - off < 20:
                stats.malformed += 1
                return None
            vhl, total, frag, proto = _ipv4_hdr(buf, off)
            if frag & 0x3FFF:  # MF set or non-zero offset
                stats.fragments += 1
                return None
            if proto != 6:
                stats.skipped_non_tcp += 1
                return None
            src = _addr(buf[off + 12 : off + 16])
            dst = _addr(buf[off + 16 : off + 20])
            tcp = off + (vhl & 15) * 4
            # wire end of the IP packet; a zero total length means TSO: use the frame length
            ip_end = off + total if total else end + missing
        elif version == 6:
            if end - off < 40:
                stats.malformed += 1
                return None
            plen, nxt = _ipv6_hdr(buf, off + 4)
            src = _addr(buf[off + 8 : off + 24])
            dst = _addr(buf[off + 24 : off + 40])
            ip_end = off + 40 + plen if plen else end + missing
            tcp = off + 40
            while nxt != 6:
                if nxt in _IPV6_EXT or nxt == 51:
                    if tcp + 2 > end:
                        stats.malformed += 1
                        return None
                    hlen = (buf[tcp + 1] + 2) * 4 if nxt == 51 else (buf[tcp + 1] + 1) * 8
                    nxt = buf[tcp]
                    tcp += hlen
                elif nxt == 44:  # fragment header
                    if tcp + 8 > end:
                        stats.malformed += 1
                        return None
                    if _u16(buf, tcp + 2)[0] & 0xFFF9:  # offset or M flag: a real fragment
                        stats.fragments += 1
                        return None
                    nxt = buf[tcp]
                    tcp += 8
                else:
                    stats.skipped_non_tcp += 1
                    return None
        else:
            stats.skipped_non_tcp += 1
            return None
        if tcp + 20 > end:
            stats.malformed += 1
            return None
        sport, dport, seq, ack, doff, flags, window = _tcp_hdr(buf, tcp)
        data = tcp + (doff >> 4) * 4
        if data > end or data > ip_end:
            stats.malformed += 1
            return None
        stop = ip_end if ip_end < end else end  # drop link-layer padding
        payload = buf[data:stop]
        truncated = ip_end - stop
        if truncated:
            stats.truncated_payloads += 1
        stats.tcp += 1
        return Packet(
            frame, ts, src, sport, dst, dport, seq, ack, flags, window, payload, truncated,
            data if self.buffer_is_file else None,
        )
