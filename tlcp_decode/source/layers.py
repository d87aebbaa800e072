"""Link -> IP -> TCP: one pure function that decodes a captured frame into a :class:`Packet`.

Both packet sources call :func:`decode_frame` with the frame's bytes wherever they are (the
memory-mapped capture file, a chunk of standard input, tshark's pcapng output); the capture
file formats themselves (pcap records, pcapng blocks) are cut in :mod:`.native`.  Nothing here
keeps state: a frame that is not a TCP segment gives a :class:`Skip` reason (the source counts
it), an IP fragment gives an :class:`IpFragment` for :class:`.fragments.Defragmenter`.
"""

from __future__ import annotations

import struct
from enum import Enum, IntEnum
from sys import byteorder
from typing import Any

from tlcp_decode.precompiled import dataclass

from .packet import Packet, address_text


class LinkType(IntEnum):
    """pcap/pcapng link-layer header types read here (tcpdump.org/linktypes.html)."""

    NULL = 0  # BSD loopback: 4-byte address family in host order
    ETHERNET = 1
    RAW = 101  # raw IPv4 or IPv6
    LOOP = 108  # OpenBSD loopback: address family in network order
    LINUX_SLL = 113
    IPV4 = 228
    IPV6 = 229
    LINUX_SLL2 = 276


class EtherType(IntEnum):
    IPV4 = 0x0800
    IPV6 = 0x86DD
    VLAN = 0x8100  # 802.1Q
    QINQ = 0x88A8  # 802.1ad
    QINQ_OLD1 = 0x9100
    QINQ_OLD2 = 0x9200


class IpProto(IntEnum):
    HOPOPTS = 0
    TCP = 6
    ROUTING = 43
    FRAGMENT = 44
    AH = 51
    DSTOPTS = 60
    MOBILITY = 135
    HIP = 139
    SHIM6 = 140


class Skip(Enum):
    """Why a frame gave no TCP segment; the value names the :class:`SourceStats` counter."""

    NOT_TCP = "skipped_non_tcp"  # not IP, not TCP, or a link type not read here
    MALFORMED = "malformed"  # headers not fully captured or inconsistent


SUPPORTED_LINKTYPES = frozenset(LinkType)
_VLAN_TAGS = frozenset({EtherType.VLAN, EtherType.QINQ, EtherType.QINQ_OLD1,
                        EtherType.QINQ_OLD2})
_IP_ETHERTYPES = frozenset({EtherType.IPV4, EtherType.IPV6})
# IPv6 extension headers skipped on the way to TCP, with 8-octet length units
_IPV6_EXT = frozenset({IpProto.HOPOPTS, IpProto.ROUTING, IpProto.DSTOPTS, IpProto.MOBILITY,
                       IpProto.HIP, IpProto.SHIM6})
#: link header length and where its EtherType is, for the links that have one
_ETHERTYPE_LINKS = {LinkType.ETHERNET: (14, 12), LinkType.LINUX_SLL: (16, 14),
                    LinkType.LINUX_SLL2: (20, 0)}
_FAMILY_LINKS = frozenset({LinkType.NULL, LinkType.LOOP})  # 4-byte family: use the IP version

_u16 = struct.Struct(">H").unpack_from
_ipv4_hdr = struct.Struct(">BxHHHxB").unpack_from  # vhl, total len, id, frag, proto
_ipv6_hdr = struct.Struct(">HB").unpack_from  # payload length, next header (at offset 4)
_ipv6_frag = struct.Struct(">BxHI").unpack_from  # next header, offset+flags, identification
_tcp_hdr = struct.Struct(">HHIIBBH").unpack_from  # sport dport seq ack off flags window
_IPV4_MF_OFFSET = 0x3FFF  # "more fragments" flag and fragment offset


@dataclass(frozen=True, slots=True)
class IpFragment:
    """One fragment of an IPv4 datagram, or of an IPv6 packet with a fragment header."""

    key: tuple[bytes, bytes, int, int]  # source, destination, protocol, identification
    offset: int  # in bytes, within the fragmentable part
    more: bool  # more fragments follow
    data: bytes  # the fragment's share of the payload
    missing: int  # bytes of this fragment cut by the snapshot length
    frame: int
    timestamp: float


def decode_frame(
    linktype: int, buf: Any, off: int, end: int, missing: int, frame: int, ts: float,
    in_file: bool, check_checksums: bool = False,
) -> Packet | IpFragment | Skip:
    """Decode the frame ``buf[off:end]`` (``missing``: bytes cut by the snapshot length).

    ``in_file``: ``buf`` is the capture file, so the packet records its payload's offset.
    ``check_checksums``: verify the TCP checksum (:attr:`Packet.bad_checksum`).
    """
    if linktype in _ETHERTYPE_LINKS:
        header, at = _ETHERTYPE_LINKS[linktype]  # type: ignore[index]
        if end - off < header:
            return Skip.MALFORMED
        etype = _u16(buf, off + at)[0]
        off += header
        if linktype == LinkType.ETHERNET:
            while etype in _VLAN_TAGS and off + 4 <= end:
                etype = _u16(buf, off + 2)[0]
                off += 4
        if etype not in _IP_ETHERTYPES:
            return Skip.NOT_TCP
    elif linktype in _FAMILY_LINKS:
        off += 4
    elif linktype not in SUPPORTED_LINKTYPES:
        return Skip.NOT_TCP
    if off >= end:
        return Skip.MALFORMED
    return decode_ip(buf, off, end, missing, frame, ts, in_file, check_checksums)


def decode_ip(
    buf: Any, off: int, end: int, missing: int, frame: int, ts: float, in_file: bool,
    check_checksums: bool = False,
) -> Packet | IpFragment | Skip:
    """An IPv4 or IPv6 packet at ``off`` (the version nibble decides)."""
    version = buf[off] >> 4
    if version == 4:
        if end - off < 20:
            return Skip.MALFORMED
        vhl, total, ident, frag, proto = _ipv4_hdr(buf, off)
        header = (vhl & 15) * 4
        # wire end of the IP packet; a zero total length means TSO: use the frame length
        ip_end = off + total if total else end + missing
        src, dst = bytes(buf[off + 12:off + 16]), bytes(buf[off + 16:off + 20])
        if frag & _IPV4_MF_OFFSET:
            if proto != IpProto.TCP:
                return Skip.NOT_TCP
            return _fragment(buf, off + header, end, ip_end, (src, dst, proto, ident),
                             (frag & 0x1FFF) * 8, bool(frag & 0x2000), frame, ts)
        if proto != IpProto.TCP:
            return Skip.NOT_TCP
        return decode_tcp(buf, off + header, end, ip_end, src, dst, frame, ts, in_file,
                          check_checksums)
    if version == 6:
        if end - off < 40:
            return Skip.MALFORMED
        plen, nxt = _ipv6_hdr(buf, off + 4)
        src, dst = bytes(buf[off + 8:off + 24]), bytes(buf[off + 24:off + 40])
        ip_end = off + 40 + plen if plen else end + missing
        tcp = off + 40
        while nxt != IpProto.TCP:
            if nxt in _IPV6_EXT or nxt == IpProto.AH:
                if tcp + 2 > end:
                    return Skip.MALFORMED
                units = buf[tcp + 1]
                nxt = buf[tcp]
                tcp += (units + 2) * 4 if nxt == IpProto.AH else (units + 1) * 8
            elif nxt == IpProto.FRAGMENT:
                if tcp + 8 > end:
                    return Skip.MALFORMED
                nxt, offset_flags, ident = _ipv6_frag(buf, tcp)
                tcp += 8
                if offset_flags & 0xFFF9:  # offset or M flag: a real fragment
                    if nxt != IpProto.TCP:
                        return Skip.NOT_TCP
                    return _fragment(buf, tcp, end, ip_end, (src, dst, nxt, ident),
                                     offset_flags & 0xFFF8, bool(offset_flags & 1), frame, ts)
            else:
                return Skip.NOT_TCP
        return decode_tcp(buf, tcp, end, ip_end, src, dst, frame, ts, in_file, check_checksums)
    return Skip.NOT_TCP


def _fragment(
    buf: Any, data: int, end: int, ip_end: int, key: tuple[bytes, bytes, int, int],
    offset: int, more: bool, frame: int, ts: float,
) -> IpFragment | Skip:
    if data > end or data > ip_end:
        return Skip.MALFORMED
    stop = min(ip_end, end)
    return IpFragment(key, offset, more, bytes(buf[data:stop]), ip_end - stop, frame, ts)


def decode_tcp(
    buf: Any, tcp: int, end: int, ip_end: int, src: bytes, dst: bytes, frame: int, ts: float,
    in_file: bool, check_checksums: bool = False,
) -> Packet | Skip:
    """The TCP segment at ``tcp``; its IP packet ends at ``ip_end`` on the wire."""
    if tcp + 20 > end:
        return Skip.MALFORMED
    sport, dport, seq, ack, doff, flags, window = _tcp_hdr(buf, tcp)
    data = tcp + (doff >> 4) * 4
    if data > end or data > ip_end:
        return Skip.MALFORMED
    stop = ip_end if ip_end < end else end  # drop link-layer padding
    truncated = ip_end - stop
    bad = False
    if check_checksums and not truncated:
        bad = not tcp_checksum_ok(src, dst, bytes(buf[tcp:stop]))
    return Packet(frame, ts, address_text(src), sport, address_text(dst), dport, seq, ack,
                  flags, window, bytes(buf[data:stop]), truncated,
                  data if in_file else None, bad)


def ones_complement_sum(data: bytes) -> int:
    """The 16-bit one's complement sum of ``data`` (RFC 1071), folded."""
    if len(data) % 2:
        data += b"\0"
    total = sum(memoryview(data).cast("H"))  # native order; swapped back below
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    if byteorder == "little":
        total = ((total & 0xFF) << 8) | (total >> 8)
    return total


def tcp_checksum_ok(src: bytes, dst: bytes, segment: bytes) -> bool:
    """The checksum field of ``segment`` (TCP header and payload) is right (RFC 9293 3.1)."""
    if len(src) == 4:
        pseudo = src + dst + struct.pack(">xBH", IpProto.TCP, len(segment))
    else:
        pseudo = src + dst + struct.pack(">I3xB", len(segment), IpProto.TCP)
    return ones_complement_sum(pseudo + segment) == 0xFFFF
