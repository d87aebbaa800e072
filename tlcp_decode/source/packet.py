"""The record every packet source produces, and the source-level error type."""

from __future__ import annotations

import ipaddress
from dataclasses import field
from enum import IntFlag

from tlcp_decode.messages import MessageError
from tlcp_decode.precompiled import dataclass


class TcpFlag(IntFlag):
    """The TCP header's flag bits (RFC 9293 3.1, RFC 3168), defined once for every module.

    Hot paths test plain ints derived from these (``int(TcpFlag.SYN)``): an IntFlag
    operation runs Python code, an int one does not.
    """

    FIN = 0x01
    SYN = 0x02
    RST = 0x04
    PSH = 0x08
    ACK = 0x10
    URG = 0x20
    ECE = 0x40
    CWR = 0x80


FIN, SYN, RST, PSH, ACK, URG, ECE, CWR = (int(flag) for flag in TcpFlag)


class CaptureError(MessageError):
    """The input cannot be read as a capture (its str() is a one-line message, a translatable
    :class:`~tlcp_decode.messages.Msg`)."""


# Not frozen: a frozen dataclass sets each of its 12 fields through object.__setattr__, which
# made building the record a tenth of the run time on a large capture (one per packet).
# Nothing changes a packet after the source made it; treat it as read-only.
@dataclass(slots=True)
class Packet:
    """One TCP segment as seen in a capture (read-only by convention)."""

    frame: int  # 1-based frame number in the file (tshark's frame.number)
    timestamp: float  # epoch seconds
    src: str
    sport: int
    dst: str
    dport: int
    seq: int  # raw (absolute) sequence number
    ack: int  # raw (absolute) acknowledgement number
    flags: int  # TCP flag bits (FIN=0x01 ... CWR=0x80)
    window: int
    payload: bytes  # TCP payload as captured
    truncated: int = 0  # payload bytes missing because of the snapshot length
    # where the payload starts in the capture file, when it was read from one (the native
    # reader): another process can then read the same bytes there (tlcp_decode.parallel)
    payload_offset: int | None = None
    # with --check-checksums: the TCP checksum is wrong (the segment is not used)
    bad_checksum: bool = False


@dataclass(slots=True)
class SourceStats:
    """Counters kept by every packet source."""

    packets: int = 0  # frames read from the capture
    tcp: int = 0  # TCP segments yielded
    skipped_non_tcp: int = 0  # non-IP, non-TCP, unsupported link layer ...
    fragments: int = 0  # IP fragments (skipped)
    malformed: int = 0  # IP/TCP headers not fully captured or inconsistent (skipped)
    truncated_payloads: int = 0  # TCP segments whose payload was cut by the snaplen
    link_types: dict[int, int] = field(default_factory=dict)  # link type -> frames

    def as_dict(self) -> dict[str, object]:
        return {
            "packets": self.packets,
            "tcp": self.tcp,
            "skipped_non_tcp": self.skipped_non_tcp,
            "fragments": self.fragments,
            "malformed": self.malformed,
            "truncated_payloads": self.truncated_payloads,
            "link_types": dict(self.link_types),
        }


ADDRESS_TEXT: dict[bytes | str, str] = {}


def address_text(address: bytes | str) -> str:
    """An IPv4/IPv6 address (packed bytes or text) in canonical text form, cached: a capture
    has few distinct addresses and every packet names two."""
    text = ADDRESS_TEXT.get(address)
    if text is None:
        if len(ADDRESS_TEXT) > 100_000:
            ADDRESS_TEXT.clear()
        text = str(ipaddress.ip_address(address))
        ADDRESS_TEXT[address] = text
    return text
