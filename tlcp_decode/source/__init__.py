"""Packet sources: a fast native pcap/pcapng reader and a tshark (pyshark) driven one.

Both yield identical :class:`Packet` records (TCP segments only) and expose ``warnings`` and
``stats`` attributes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal, Protocol

from ..messages import msg
from .native import NativeReader, StreamReader, is_gzip, open_stream
from .packet import CaptureError, Packet, SourceStats, TcpFlag

# The tshark source (and asyncio, which it needs) is imported on first use: reading a file
# with the native reader should not pay for it at start-up.
if TYPE_CHECKING:
    from .pyshark_source import PysharkReader, tshark_available


def __getattr__(name: str) -> Any:
    if name in ("PysharkReader", "tshark_available"):
        from . import pyshark_source

        return getattr(pyshark_source, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "CaptureError",
    "NativeReader",
    "Packet",
    "PacketReader",
    "PysharkReader",
    "SourceStats",
    "StreamReader",
    "TcpFlag",
    "open_live",
    "open_packets",
    "tshark_available",
]

SourceName = Literal["auto", "native", "pyshark", "tshark"]


class PacketReader(Protocol):
    """What every source returns: an iterable of packets with warnings and counters."""

    warnings: list[str]
    stats: SourceStats

    def __iter__(self) -> Iterator[Packet]: ...


def open_packets(
    path: str | os.PathLike[str],
    source: str = "auto",
    display_filter: str | None = None,
    check_checksums: bool = False,
) -> PacketReader:
    """Open a capture file; ``-`` is standard input.

    ``source``: "native" (fast, pcap/pcapng only, gzip-compressed or not), "pyshark"/"tshark"
    (any format tshark reads, supports display filters) or "auto" (native unless a display
    filter is given).  ``check_checksums``: segments with a bad TCP checksum are marked
    (:attr:`Packet.bad_checksum`).  Raises :class:`CaptureError` for unusable input.
    """
    stdin = os.fspath(path) == "-"
    if source not in ("auto", "native", "pyshark", "tshark"):
        raise ValueError(msg("unknown packet source {source} (auto, native or pyshark)",
                             source=repr(source)))
    if source == "native" and display_filter:
        raise ValueError(msg("display filters need the pyshark (tshark) source"))
    if source == "native" or (source == "auto" and not display_filter):
        if stdin or is_gzip(path):
            return open_stream(os.fspath(path), check_checksums)
        return NativeReader(path, check_checksums)
    if stdin:
        raise ValueError(msg("standard input is read by the native source only (no -Y, no "
                             "--source pyshark)"))
    from .pyshark_source import PysharkReader

    return PysharkReader(path, display_filter=display_filter, check_checksums=check_checksums)


def open_live(
    interface: str,
    capture_filter: str | None = None,
    count: int | None = None,
    display_filter: str | None = None,
    check_checksums: bool = False,
) -> PacketReader:
    """Capture live on ``interface`` through tshark/dumpcap (needs capture privileges)."""
    from .pyshark_source import PysharkReader

    return PysharkReader(
        interface=interface,
        capture_filter=capture_filter,
        count=count,
        display_filter=display_filter,
        check_checksums=check_checksums,
    )
