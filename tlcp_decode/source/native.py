"""Capture-file framing: pcap records and pcapng blocks cut into frames, decoded into packets.

The formats are recognised by their magic numbers (the values of dpkt's constants, not
imported: dpkt itself is not needed here).  dpkt's readers are used for neither pcap nor pcapng
because they drop the original (wire) length needed to account for snaplen-truncated payloads,
only honour the first pcapng interface, and raise mid-file on a truncated record (losing the
packets already read).

:class:`Framing` cuts a byte buffer (a whole memory-mapped file, or successive chunks of a
stream) into frames and hands each to :func:`.layers.decode_frame`; :class:`NativeReader` reads
a file through a memory map, :class:`StreamReader` a stream (standard input, gzip-compressed
files), and the tshark source its pcapng output.
"""

from __future__ import annotations

import mmap
import os
import struct
import sys
import zlib
from collections.abc import Callable, Iterator
from typing import IO, Any, Literal

from ..messages import Msg, msg
from .fragments import Defragmenter
from .layers import SUPPORTED_LINKTYPES, IpFragment, LinkType, Skip, decode_frame
from .packet import CaptureError, Packet, SourceStats, address_text

# kept importable from here (they used to be defined in this module)
LINKTYPE_ETHERNET = LinkType.ETHERNET
_ETHERNET = int(LinkType.ETHERNET)  # a plain int (an enum member is looked up through its class)
__all__ = ["SUPPORTED_LINKTYPES", "Framing", "NativeReader", "StreamReader", "open_stream"]

TCPDUMP_MAGIC = 0xA1B2C3D4  # dpkt.pcap.TCPDUMP_MAGIC
TCPDUMP_MAGIC_NANO = 0xA1B23C4D  # dpkt.pcap.TCPDUMP_MAGIC_NANO
_PCAP_MAGICS: dict[bytes, tuple[str, int]] = {
    # magic bytes as stored in the file -> (struct byte order, fractional digits)
    struct.pack(">I", TCPDUMP_MAGIC): (">", 6),
    struct.pack("<I", TCPDUMP_MAGIC): ("<", 6),
    struct.pack(">I", TCPDUMP_MAGIC_NANO): (">", 9),
    struct.pack("<I", TCPDUMP_MAGIC_NANO): ("<", 9),
}
GZIP_MAGIC = b"\x1f\x8b"
#: Ethernet + IPv4 + TCP frames are read by a short way (tests compare both ways).
FAST_PATH = True
#: The pages of the mapping already read are released every this many bytes, so the
#: resident set stays flat however large the file (file-backed pages count in RSS).
RELEASE_EVERY = 8 << 20
#: A packet bigger than this is impossible on any link read here (Wireshark's
#: WTAP_MAX_PACKET_SIZE_STANDARD): a record claiming more means the file is damaged.
MAX_PACKET = 262144
#: ... and on any link at all (Wireshark's WTAP_MAX_PACKET_SIZE_LARGEST, D-Bus)
MAX_ANY_PACKET = 128 << 20
_PCAPNG_SHB = b"\x0a\x0d\x0d\x0a"
_SHB_TYPE = 0x0A0D0D0A
_BOM = 0x1A2B3C4D
_IDB_TYPE = 1
#: pcapng blocks that carry a packet: obsolete (2), simple (3), enhanced (6)
PACKET_BLOCKS = frozenset((2, 3, 6))
_SIMPLE_PACKET_BLOCK = 3
_ENHANCED_PACKET_BLOCK = 6
#: the largest pcapng block accepted: a packet of MAX_PACKET and generous options
MAX_BLOCK = MAX_PACKET + (1 << 20)
_READ_SIZE = 1 << 20
_INFLATE_STEP = 64 << 10

# Ethernet type, then the IPv4 header: vhl, total length, fragment, protocol, then (read in
# the same call) the segment's ends and the rest of the TCP header that follows an option-less
# IPv4 header up to its flags: the ends are the 12 bytes of both addresses and both ports, as
# they lie there (see SegmentTaker), the one object the common segment needs of them. The
# window is read apart (_window_of), for a segment made a packet only: a segment taken does
# not need it
_eth_ipv4_tcp = struct.Struct(">12xHBxHxxHxBxx12sIIBB").unpack_from
_tcp_after_ports = struct.Struct(">4xIIBB").unpack_from  # seq ack offset flags
_u16 = struct.Struct(">H").unpack_from
_ends_ints = struct.Struct(">IIHH").unpack
_EPB = {e: struct.Struct(e + "IIIII").unpack_from for e in "<>"}
_SPB = {e: struct.Struct(e + "I").unpack_from for e in "<>"}
_OPB = {e: struct.Struct(e + "HHIIII").unpack_from for e in "<>"}
_IPV4_NO_OPTIONS = 0x45  # version 4, header length 5 words
_DONT_FRAGMENT = 0x4000  # the IPv4 fragment field of most segments: DF, offset 0
#: The TCP data offset byte -> where the data starts after an option-less IPv4 header (34
#: bytes into the frame, then the TCP header): a look-up, not three int operations a packet
_DATA_AFTER_34 = tuple(34 + (doff >> 4) * 4 for doff in range(256))
_MADV_DONTNEED: int | None = getattr(mmap, "MADV_DONTNEED", None)

#: IPv4 address, as the int read from the header -> its text (ADDRESS_TEXT's): segment_ends
#: looks a segment's two addresses up here, for an int hashes for nothing where four bytes are
#: hashed each time (bounded like ADDRESS_TEXT)
_IPV4_TEXT: dict[int, str] = {}


def _ipv4_text(address: int) -> str:
    """The text of the IPv4 address ``address`` (an int), cached in _IPV4_TEXT."""
    text = _IPV4_TEXT.get(address)
    if text is None:
        if len(_IPV4_TEXT) > 100_000:
            _IPV4_TEXT.clear()
        text = _IPV4_TEXT[address] = address_text(address.to_bytes(4, "big"))
    return text


def _window_of(buf: Any, data: int, doff: int) -> int:
    """The window of the TCP header whose data offset byte is ``doff``, its data at ``data``."""
    return int(_u16(buf, data - (doff >> 4) * 4 + 14)[0])


def _first_bound(off: int, last: int, release: Callable[[int], None] | None) -> int:
    """Where a loop over the records (or blocks) of a buffer from ``off`` first stops, one
    comparison a record (see :func:`_next_bound`): at the end, after ``last`` (where the last
    record header may start), or where the pages read are released (every RELEASE_EVERY
    bytes, with a ``release``)."""
    return last if release is None else min(last, off + RELEASE_EVERY - 1)


def _next_bound(off: int, last: int, release: Callable[[int], None] | None) -> int:
    """The loop of :func:`_first_bound` at its bound, ``off``: the pages before it released
    and where it stops next; -1 at the end."""
    if off > last or release is None:
        return -1
    release(off)
    return _first_bound(off, last, release)


def segment_ends(ends: bytes) -> tuple[str, int, str, int]:
    """The source address (text), source port, destination address and destination port of
    an IPv4 segment whose ends are ``ends`` (see SegmentTaker)."""
    src, dst, sport, dport = _ends_ints(ends)
    names = _IPV4_TEXT  # looked up inline
    return names.get(src) or _ipv4_text(src), sport, names.get(dst) or _ipv4_text(dst), dport


#: pcapng interface: link type, time divisor, time offset (s), ns per tick (0: not exact)
Interface = tuple[int, int, int, int]
#: A consumer offered the common segment before it becomes a :class:`Packet` (see
#: :meth:`Framing.packets`): ``take(frame, timestamp, ends, seq, ack, flags, payload,
#: truncated)`` is True when it handled the segment whole (no packet is made of it then).
#: ``ends``: the 12 bytes of the IPv4 source and destination addresses and the TCP source and
#: destination ports, as in the headers (:func:`segment_ends` reads them): one bytes object, so
#: that a segment of a connection already known is found by it, without the addresses' text
#: or a 4-tuple (tlcp_decode.reading).
SegmentTaker = Callable[[int, float, bytes, int, int, int, bytes, int], bool]


def describe_magic(head: bytes) -> Msg:
    if head[:2] == GZIP_MAGIC:
        return msg("gzip-compressed file: decompress it first (e.g. with gunzip)")
    if head[:4] in (b"\xfd7zX", b"BZh9", b"PK\x03\x04", b"(\xb5/\xfd"):
        return msg("compressed archive, not a capture: extract it first")
    if all(32 <= b < 127 or b in (9, 10, 13) for b in head[:64]):
        return msg("text file, not a pcap or pcapng capture")
    return msg("not a pcap or pcapng capture (unrecognised magic {magic})", magic=head[:4].hex())


def cannot_open(path: str, exc: OSError) -> Msg:
    """``path: cannot open: reason``; the reason is the system's own text (strerror), which
    the catalog translates for the common cases (permission denied...)."""
    return msg("{name}: cannot open: {reason}", name=path, reason=exc.strerror or str(exc))


class Framing:
    """Cuts a pcap or pcapng byte stream into frames and decodes them into packets.

    :meth:`header` reads the file header; :meth:`packets` then yields the packets of the
    complete records of a buffer and leaves :attr:`off` at the first byte not used (the start
    of a record cut by the end of the buffer, or where a damaged record stopped reading:
    :attr:`damaged` says why).  A stream feeds it buffer after buffer.
    """

    def __init__(self, name: str, stats: SourceStats, warnings: list[str], in_file: bool,
                 check_checksums: bool = False) -> None:
        self.name = name
        self.stats = stats
        self.warnings = warnings
        self.in_file = in_file  # the buffers are the capture file (payload offsets are kept)
        self.check_checksums = check_checksums
        self.defrag = Defragmenter(check_checksums=check_checksums)
        self.format = ""
        self.linktype = -1
        self.snaplen = 0
        self.frame = 0
        self.off = 0
        self.damaged: Msg | None = None
        self.bad_checksums = 0  # TCP segments whose checksum is wrong (check_checksums)
        self._endian = "<"
        self._digits = 6
        self._ifaces: list[Interface] = []
        self._skip_reported: set[int] = set()
        self.take: SegmentTaker | None = None  # see packets()

    # -- file header --------------------------------------------------------------------------
    def header(self, buf: Any) -> int | None:
        """Reads the file header at the start of ``buf``: its length, or None if ``buf`` is too
        short to tell.  Raises :class:`CaptureError` for what is not a capture."""
        head = bytes(buf[:64])
        if len(head) < 4:
            return None
        if head[:4] in _PCAP_MAGICS:
            self.format = "pcap"
            if len(buf) < 24:
                return None
            self._endian, self._digits = _PCAP_MAGICS[head[:4]]
            _, _, _, _, _, snaplen, linktype = struct.unpack_from(self._endian + "IHHiIII", buf, 0)
            self.linktype = linktype & 0x0FFFFFFF
            self.snaplen = snaplen
            self._unsupported(self.linktype)
            return 24
        if head[:4] == _PCAPNG_SHB:
            self.format = "pcapng"
            if len(buf) < 28:
                return None
            if struct.unpack_from("<I", buf, 8)[0] == _BOM:
                endian = "<"
            elif struct.unpack_from(">I", buf, 8)[0] == _BOM:
                endian = ">"
            else:
                raise CaptureError(msg("{name}: corrupt pcapng section header block",
                                       name=self.name))
            blen = struct.unpack_from(endian + "I", buf, 4)[0]
            if blen < 28:
                raise CaptureError(msg("{name}: corrupt pcapng section header block",
                                       name=self.name))
            if blen > len(buf):
                return None
            return 0  # the section header is read as the first block
        raise CaptureError(msg("{name}: {reason}", name=self.name, reason=describe_magic(head)))

    def _unsupported(self, linktype: int) -> None:
        if linktype not in SUPPORTED_LINKTYPES and linktype not in self._skip_reported:
            self._skip_reported.add(linktype)
            self.warnings.append(msg("unsupported link type {linktype}: its packets are skipped",
                                     linktype=linktype))

    # -- records ------------------------------------------------------------------------------
    def packets(self, buf: Any, off: int, release: Callable[[int], None] | None = None
                ) -> Iterator[Packet]:
        """The packets of the complete records of ``buf`` from ``off`` (see the class).

        With a :attr:`take` set, each Ethernet + IPv4 + TCP segment (of a pcap file, or of a
        pcapng packet block of an Ethernet interface) is offered to it first, and is no packet
        if it takes it (it still counts in :attr:`stats`): the reading process's fused loop
        (:mod:`tlcp_decode.reading`)."""
        self.off = off
        if self.format == "pcap":
            return self._pcap(buf, release)
        return self._pcapng(buf, release)

    def _frame(self, linktype: int, buf: Any, off: int, end: int, missing: int, ts: float
               ) -> Packet | None:
        """Decode one frame, count it; IP fragments go through the defragmenter."""
        decoded = decode_frame(linktype, buf, off, end, missing, self.frame, ts, self.in_file,
                               self.check_checksums)
        result: Packet | Skip | None
        if isinstance(decoded, IpFragment):
            self.stats.fragments += 1
            result = self.defrag.add(decoded)
            if result is None:
                return None
        else:
            result = decoded
        if isinstance(result, Skip):
            counter = result.value
            setattr(self.stats, counter, getattr(self.stats, counter) + 1)
            return None
        if result.truncated:
            self.stats.truncated_payloads += 1
        if result.bad_checksum:
            self.bad_checksums += 1
        self.stats.tcp += 1
        return result

    def _damaged(self, detail: Msg) -> None:
        self.damaged = msg("capture file is damaged after frame {frame}: {detail}; the packets "
                           "before it were read", frame=self.frame, detail=detail)

    def _ethernet_frame(self, buf: Any, start: int, end: int, missing: int, frame: int,
                        ts: float) -> Packet | Literal[True] | None:
        """An Ethernet frame of at least 54 bytes, the ``frame``-th (:attr:`frame` too), decoded
        and counted. The common one, IPv4 + TCP not fragmented, read in one struct call (two
        with IPv4 options), with the same checks, count and packet as :meth:`_frame`
        (``decode_frame``), which reads any other; its segment offered to :attr:`take` first
        (True: taken, no packet). The pcap loop (:meth:`_pcap`) reads the usual one of these
        frames itself (no IPv4 options, the whole IPv4 packet in the frame) and gives this the
        others."""
        (etype, vhl, total, frag, proto, ends,
         seq, ack, doff, flags) = _eth_ipv4_tcp(buf, start)
        data = 0  # where the TCP payload starts; 0: not such a frame (read by _frame)
        if etype == 0x0800 and proto == 6 and (frag == _DONT_FRAGMENT or not frag & 0x3FFF):
            if vhl == _IPV4_NO_OPTIONS:
                # the TCP header's 20 bytes are within the frame (of at least 54)
                data = start + _DATA_AFTER_34[doff]
            elif vhl >> 4 == 4:  # the TCP header is further on, if in the frame
                tcp = start + 14 + (vhl & 15) * 4
                if tcp + 20 <= end:
                    ends = buf[start + 26:start + 34] + buf[tcp:tcp + 4]
                    seq, ack, doff, flags = _tcp_after_ports(buf, tcp)
                    data = tcp + (doff >> 4) * 4
        ip_end = start + 14 + total if total else end + missing
        if not data or data > end or data > ip_end:
            return self._frame(_ETHERNET, buf, start, end, missing, ts)
        stop = ip_end if ip_end < end else end
        truncated = ip_end - stop
        stats = self.stats
        if truncated:
            stats.truncated_payloads += 1
        stats.tcp += 1
        take = self.take
        if take is not None and take(frame, ts, ends, seq, ack, flags, buf[data:stop],
                                     truncated):
            return True
        src_text, sport, dst_text, dport = segment_ends(ends)
        return Packet(frame, ts, src_text, sport, dst_text, dport, seq, ack, flags,
                      _window_of(buf, data, doff), buf[data:stop], truncated,
                      data if self.in_file else None)

    def _pcap(self, buf: Any, release: Callable[[int], None] | None) -> Iterator[Packet]:
        n = len(buf)
        # a record's seconds, fraction and captured length; its original length read apart
        # (wire_length), for the frames that need it: most have an IPv4 total length to tell
        # the bytes missing, if any
        rec = struct.Struct(self._endian + "III4x").unpack_from
        wire_length = struct.Struct(self._endian + "I").unpack_from
        # frac / 10**digits is frac * 10**(9 - digits) / 1e9 (both divisions of exact values
        # with the same quotient, rounded alike) without the multiplication
        per_second = float(10 ** self._digits)
        linktype = self.linktype
        ethernet = linktype == LinkType.ETHERNET and FAST_PATH and not self.check_checksums
        # the frames that may be read here or by _ethernet_frame: Ethernet ones of at least
        # 54 bytes (none otherwise: no frame is longer than limit), one comparison a frame
        short_from = 54 if ethernet else MAX_ANY_PACKET + 1
        frame_of, ethernet_frame = self._frame, self._ethernet_frame
        eth_ipv4_tcp = _eth_ipv4_tcp
        in_file = self.in_file
        take = self.take
        stats = self.stats
        stats.link_types.setdefault(linktype, 0)
        limit = MAX_PACKET if linktype in SUPPORTED_LINKTYPES else MAX_ANY_PACKET
        off = self.off
        frame = first = self.frame
        other_frames = 0  # not read here (stats.tcp counts the others at the end)
        data_after_34 = _DATA_AFTER_34
        second, seconds = -1, 0.0  # the last record's seconds, and as a float
        last = n - 16  # where the last record header may start
        bound = _first_bound(off, last, release)
        try:
            while True:
                if off > bound:
                    bound = _next_bound(off, last, release)
                    if bound < 0:
                        break
                sec, frac, caplen = rec(buf, off)
                if caplen > limit:
                    self.frame = frame
                    self._damaged(msg("a record header claims {n} bytes, more than any link "
                                      "allows ({limit})", n=caplen, limit=limit))
                    return
                start = off + 16
                end = start + caplen
                if end > n:
                    return  # the record continues after this buffer
                frame += 1
                if sec != second:  # (int + float converts the int: once a second here)
                    second = sec
                    seconds = float(sec)
                ts = seconds + frac / per_second
                if caplen >= short_from:
                    (etype, vhl, total, frag, proto, ends,
                     seq, ack, doff, flags) = eth_ipv4_tcp(buf, start)
                    # the bulk of the frames, read here: IPv4 without options, not a fragment,
                    # carrying TCP, the whole IPv4 packet in the frame; each other frame is
                    # read by _ethernet_frame or _frame below (the loop stays short enough
                    # for its comparisons' jumps to need no extended argument, which would
                    # keep CPython from specialising them)
                    data = start + data_after_34[doff]
                    ip_end = start + 14 + total
                    if (vhl == _IPV4_NO_OPTIONS and etype == 0x0800 and proto == 6
                            and (frag == _DONT_FRAGMENT or not frag & 0x3FFF)
                            and data <= ip_end <= end):
                        off = self.off = end
                        # the segment offered to the taker before it becomes a packet
                        if take is not None and take(frame, ts, ends, seq, ack, flags,
                                                     buf[data:ip_end], 0):
                            continue
                        src_text, sport, dst_text, dport = segment_ends(ends)
                        yield Packet(frame, ts, src_text, sport, dst_text, dport, seq, ack,
                                     flags, _window_of(buf, data, doff), buf[data:ip_end], 0,
                                     data if in_file else None)
                        continue
                self.frame = frame
                other_frames += 1
                missing = wire_length(buf, off + 12)[0] - caplen
                off = self.off = end
                decoded = (ethernet_frame(buf, start, end, missing, frame, ts)
                           if caplen >= short_from
                           else frame_of(linktype, buf, start, end, missing, ts))
                if decoded is not None and decoded is not True:
                    yield decoded
        finally:
            self.off = off
            self.frame = frame
            stats.packets = frame
            # (the frames read here are TCP segments)
            stats.tcp += frame - first - other_frames
            stats.link_types[linktype] += frame - first

    def _pcapng(self, buf: Any, release: Callable[[int], None] | None) -> Iterator[Packet]:
        n = len(buf)
        off = self.off
        endian = self._endian
        hdr = struct.Struct(endian + "II").unpack_from
        epb = _EPB[endian]
        link_types = self.stats.link_types
        fast = FAST_PATH and not self.check_checksums
        last = n - 12  # where the last block header may start
        bound = _first_bound(off, last, release)
        try:
            while True:
                if off > bound:
                    bound = _next_bound(off, last, release)
                    if bound < 0:
                        break
                btype, blen = hdr(buf, off)
                if btype == _SHB_TYPE:  # section header block: byte order may change
                    bom = struct.unpack_from("<I", buf, off + 8)[0]
                    endian = self._endian = "<" if bom == _BOM else ">"
                    hdr = struct.Struct(endian + "II").unpack_from
                    epb = _EPB[endian]
                    btype, blen = hdr(buf, off)
                    self._ifaces = []
                if blen < 12 or blen % 4:
                    self._damaged(msg("corrupt pcapng block at byte {off} (length {n})",
                                      off=off, n=blen))
                    return
                if blen > MAX_BLOCK:
                    self._damaged(msg("a pcapng block claims {n} bytes, more than any packet "
                                      "needs ({limit})", n=blen, limit=MAX_BLOCK))
                    return
                end = off + blen
                if end > n:
                    return  # the block continues after this buffer
                if btype == _ENHANCED_PACKET_BLOCK and fast:
                    # the common block read here (a call less): an Enhanced Packet Block of a
                    # known Ethernet interface whose frame may be the common one; what
                    # _packet_block does with it (which reads every other packet block)
                    iface, ts_hi, ts_lo, caplen, wirelen = epb(buf, off + 8)
                    ifaces = self._ifaces
                    if iface < len(ifaces):
                        linktype, div, tsoff, ns = ifaces[iface]
                        data = off + 28
                        stop = data + caplen
                        if stop > end - 4:
                            stop = end - 4
                        if linktype == _ETHERNET and stop - data >= 54:
                            frame = self.frame = self.frame + 1
                            self.off = end  # (read by position() when the segment is taken)
                            link_types[linktype] += 1
                            sec, frac = divmod((ts_hi << 32) | ts_lo, div)
                            frac_ns = frac * ns if ns else frac * 1_000_000_000 // div
                            ts = sec + tsoff + frac_ns / 1e9
                            missing = wirelen - caplen
                            pkt = self._ethernet_frame(buf, data, stop, missing, frame, ts)
                            off = end
                            if pkt is not None and pkt is not True:
                                yield pkt
                            continue
                if btype in PACKET_BLOCKS:
                    self.frame += 1
                    self.off = end  # (read by position() when the segment is taken)
                    pkt = self._packet_block(btype, buf, off, end, endian, fast)
                    off = end
                    if pkt is not None:
                        yield pkt
                    continue
                if btype == _IDB_TYPE:
                    self._ifaces.append(self._interface(buf, off, end, endian))
                # every other block type (name resolution, statistics, custom...) is skipped
                off = self.off = end
        finally:
            self.off = off
            self.stats.packets = self.frame

    def _interface(self, buf: Any, off: int, end: int, endian: str) -> Interface:
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
        ns = 1_000_000_000 // div if div <= 1_000_000_000 and 1_000_000_000 % div == 0 else 0
        self.stats.link_types.setdefault(linktype, 0)
        self._unsupported(linktype)
        if self.linktype == -1:
            self.linktype = linktype
            self.snaplen = snaplen
        return linktype, div, tsoff, ns

    def _packet_block(self, btype: int, buf: Any, off: int, end: int, endian: str,
                      fast: bool) -> Packet | None:
        """The pcapng packet block (enhanced 6, simple 3 or obsolete 2) at ``off`` (``fast``:
        the common frame may be read by :meth:`_ethernet_frame`)."""
        if btype == _ENHANCED_PACKET_BLOCK:
            iface, ts_hi, ts_lo, caplen, wirelen = _EPB[endian](buf, off + 8)
            data = off + 28
        elif btype == _SIMPLE_PACKET_BLOCK:  # no timestamp, interface 0
            iface, ts_hi, ts_lo = 0, 0, 0
            (wirelen,) = _SPB[endian](buf, off + 8)
            data = off + 12
            caplen = min(wirelen, end - 4 - data)
        else:  # obsolete packet block
            iface, _drops, ts_hi, ts_lo, caplen, wirelen = _OPB[endian](buf, off + 8)
            data = off + 28
        ifaces = self._ifaces
        if iface >= len(ifaces):
            self.stats.malformed += 1
            if btype != _SIMPLE_PACKET_BLOCK:
                self.warnings.append(msg("frame {frame}: unknown interface {iface}",
                                         frame=self.frame, iface=iface))
            return None
        linktype, div, tsoff, ns = ifaces[iface]
        self.stats.link_types[linktype] += 1
        stop = data + caplen
        if stop > end - 4:
            stop = end - 4
        if btype == _SIMPLE_PACKET_BLOCK:
            ts = 0.0
            missing = wirelen - (stop - data)
        else:
            sec, frac = divmod((ts_hi << 32) | ts_lo, div)
            frac_ns = frac * ns if ns else frac * 1_000_000_000 // div
            ts = sec + tsoff + frac_ns / 1e9
            missing = wirelen - caplen
        if fast and linktype == _ETHERNET and stop - data >= 54:
            # the common frame, offered to take (True: taken, no packet of it)
            pkt = self._ethernet_frame(buf, data, stop, missing, self.frame, ts)
            return None if pkt is True else pkt
        return self._frame(linktype, buf, data, stop, missing, ts)

    # -- end ----------------------------------------------------------------------------------
    def finish(self, rest: int) -> None:
        """The input ended with ``rest`` bytes not used: say why in :attr:`warnings`."""
        if self.damaged:
            self.warnings.append(self.damaged)
        elif rest:
            self.warnings.append(
                msg("capture file is truncated after frame {frame}: the next {what} is cut "
                    "after {n} bytes; the packets before the cut were read",
                    frame=self.frame, n=rest,
                    what=msg("record") if self.format == "pcap" else msg("block")))
        if self.bad_checksums:
            self.warnings.append(
                msg("{n} TCP segment(s) with a bad checksum were not used (captures of "
                    "traffic sent by the capturing host often carry checksums its network card "
                    "fills in later)", n=self.bad_checksums))
        left = self.defrag.finish()
        if left:
            self.warnings.append(
                msg("{n} IP datagram(s) incomplete at the end of the capture (fragments "
                    "missing); their bytes were not used", n=left))


class NativeReader:
    """Reads a pcap or pcapng file; iterating yields the TCP segments as :class:`Packet`.

    Link types: see :class:`.layers.LinkType` (Ethernet with 802.1Q / QinQ tags, Linux SLL and
    SLL2, raw IP, BSD NULL and OpenBSD LOOP).  IPv4 and IPv6 (extension headers skipped, IP
    fragments reassembled).  Non-TCP packets are counted in :attr:`stats` and skipped.  A
    file truncated or damaged in the middle of a record yields what precedes the cut and adds
    a message to :attr:`warnings`.
    """

    #: The buffer decoded is the capture file: packets carry their payload's file offset.
    buffer_is_file = True

    def __init__(self, path: str | os.PathLike[str], check_checksums: bool = False) -> None:
        self.path = os.fspath(path)
        self.warnings: list[str] = []
        self.stats = SourceStats()
        try:
            fh = open(self.path, "rb")  # noqa: SIM115 - closed in close()
        except FileNotFoundError:
            raise CaptureError(msg("{name}: no such file", name=self.path)) from None
        except IsADirectoryError:
            raise CaptureError(msg("{name}: is a directory, not a capture file",
                                   name=self.path)) from None
        except OSError as exc:
            raise CaptureError(cannot_open(self.path, exc)) from None
        self._fh = fh
        self._framing = Framing(self.path, self.stats, self.warnings, True, check_checksums)
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
                raise CaptureError(msg("{name}: empty file, not a capture", name=self.path))
            start = self._framing.header(buf)
            if start is None:
                template = ("{name}: truncated pcap global header ({n} bytes)"
                            if self._framing.format == "pcap" else
                            "{name}: truncated pcapng section header block ({n} bytes)")
                raise CaptureError(msg(template, name=self.path, n=len(buf)))
            self._start = start
        except BaseException:
            self.close()
            raise

    @property
    def format(self) -> str:
        return self._framing.format

    @property
    def linktype(self) -> int:
        return self._framing.linktype

    @property
    def snaplen(self) -> int:
        return self._framing.snaplen

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

    def position(self) -> int:
        """Bytes of the file read so far (drives the progress bar)."""
        return self._framing.off

    def offer_segments(self, take: SegmentTaker | None) -> None:
        """Offer the common segments to ``take`` before they become packets (see
        :meth:`Framing.packets`); None: every segment is a packet again."""
        self._framing.take = take

    def read_at(self, offset: int, length: int) -> bytes:
        """``length`` bytes of the file at ``offset`` (a ``Packet.payload_offset``)."""
        return self._buf[offset:offset + length]

    def release_before(self, offset: int) -> None:
        """The bytes before ``offset`` will not be read again here: free their memory."""
        self._release(offset)

    def _release(self, upto: int) -> None:
        """Drop the mapped pages before ``upto`` from memory (they are re-read if touched)."""
        buf = self._buf
        if isinstance(buf, mmap.mmap) and _MADV_DONTNEED is not None:
            length = upto & ~(mmap.PAGESIZE - 1)
            if length > 0:
                try:
                    buf.madvise(_MADV_DONTNEED, 0, length)
                except (OSError, ValueError):  # not supported here: memory just is not freed
                    pass

    def __iter__(self) -> Iterator[Packet]:
        framing = self._framing
        yield from framing.packets(self._buf, self._start, self._release)
        framing.finish(len(self._buf) - framing.off)


class StreamReader:
    """Reads a pcap or pcapng capture from a stream (standard input, a pipe, a gzip file),
    decoding packets as the bytes arrive; gzip-compressed input is decompressed on the way."""

    buffer_is_file = False

    def __init__(self, stream: IO[bytes], name: str, check_checksums: bool = False) -> None:
        self.path = name
        self.warnings: list[str] = []
        self.stats = SourceStats()
        self._stream = stream
        self._framing = Framing(name, self.stats, self.warnings, False, check_checksums)
        self._read = 0
        self._read_some = getattr(stream, "read1", stream.read)
        self._inflate: Any = None
        self._corrupt: Msg | None = None  # what stopped decompression
        self._gzip_error = ""  # zlib's reason for it
        self._head = self._more()
        if not self._head:
            if self._gzip_error:  # damaged before the first packet: nothing could be read
                raise CaptureError(msg("{name}: corrupt gzip data ({error})", name=name,
                                       error=self._gzip_error))
            raise CaptureError(msg("{name}: empty input, not a capture", name=name))
        while (start := self._framing.header(self._head)) is None:
            chunk = self._more()
            if not chunk:
                raise CaptureError(msg("{name}: truncated capture header ({n} bytes)",
                                       name=name, n=len(self._head)))
            self._head += chunk
        self._start = start

    def _more(self) -> bytes:
        """The next bytes of the capture (decompressed), b"" at the end."""
        while not self._corrupt:
            raw = self._read_some(_READ_SIZE)  # what has arrived: a pipe is decoded live
            self._read += len(raw)
            if self._inflate is None and self._read == len(raw) and raw[:2] == GZIP_MAGIC:
                self._inflate = zlib.decompressobj(wbits=31)
            if self._inflate is None:
                return raw
            if not raw:
                return self._inflate.flush()
            out = []
            for at in range(0, len(raw), _INFLATE_STEP):  # what precedes damage is kept
                try:
                    out.append(self._inflate.decompress(raw[at:at + _INFLATE_STEP]))
                    while self._inflate.eof and self._inflate.unused_data:  # next gzip member
                        rest = self._inflate.unused_data
                        self._inflate = zlib.decompressobj(wbits=31)
                        out.append(self._inflate.decompress(rest))
                except zlib.error as exc:
                    self._gzip_error = str(exc)
                    self._corrupt = msg("{name}: corrupt gzip data ({error}); the packets "
                                        "before it were read", name=self.path, error=str(exc))
                    break
            data = b"".join(out)
            if data:
                return data
        return b""

    def position(self) -> int:
        """Bytes of the input read so far."""
        return self._read

    def offer_segments(self, take: SegmentTaker | None) -> None:
        """See :meth:`NativeReader.offer_segments`."""
        self._framing.take = take

    def close(self) -> None:
        if self._stream is not sys.stdin.buffer:
            self._stream.close()

    def __iter__(self) -> Iterator[Packet]:
        framing = self._framing
        buf = self._head
        off = self._start
        while True:
            yield from framing.packets(buf, off)
            if framing.damaged:
                rest = 0
                break
            rest_bytes = buf[framing.off:]
            chunk = self._more()
            if not chunk:
                rest = len(rest_bytes)
                break
            buf = rest_bytes + chunk
            off = 0
        if self._corrupt:
            self.warnings.append(self._corrupt)
            rest = 0
        framing.finish(rest)


def open_stream(path: str, check_checksums: bool = False) -> StreamReader:
    """``-``: standard input; otherwise a gzip-compressed capture file."""
    if path == "-":
        # read through a duplicate of the descriptor: the reading process of the two-process
        # pipeline is started by multiprocessing, which closes sys.stdin in it
        try:
            stdin = open(os.dup(sys.stdin.fileno()), "rb")  # noqa: SIM115 - closed by the reader
        except (OSError, ValueError, AttributeError):  # no descriptor (replaced stdin)
            return StreamReader(sys.stdin.buffer, "<stdin>", check_checksums)
        return StreamReader(stdin, "<stdin>", check_checksums)
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed by the reader
    except OSError as exc:
        raise CaptureError(cannot_open(path, exc)) from None
    return StreamReader(fh, path, check_checksums)


def is_gzip(path: str | os.PathLike[str]) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(2) == GZIP_MAGIC
    except OSError:
        return False

