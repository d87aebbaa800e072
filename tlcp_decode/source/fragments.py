"""IP fragment reassembly (IPv4, and IPv6 fragment headers), bounded like TCP reassembly.

Fragments of one datagram are kept until the datagram is whole; the TCP segment it carries is
then decoded with :func:`.layers.decode_tcp`, in the frame of its last fragment (as Wireshark
shows a reassembled datagram).  Bytes held are bounded in total and per datagram, and a
datagram still incomplete after :attr:`Defragmenter.timeout` seconds of capture time (or pushed
out by the bounds) is given up and counted, never silently lost.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import field

from tlcp_decode.precompiled import dataclass

from .layers import IpFragment, Skip, decode_tcp
from .packet import Packet

#: the largest IP payload a datagram can carry (IPv4 total length / IPv6 payload length)
MAX_DATAGRAM = 65535


@dataclass(slots=True)
class _Datagram:
    """The fragments of one IP datagram received so far."""

    pieces: dict[int, IpFragment] = field(default_factory=dict)  # offset -> fragment
    size: int = 0  # bytes held
    total: int | None = None  # known once the last fragment (no "more" flag) arrived
    first_ts: float = 0.0


class Defragmenter:
    """Collects :class:`IpFragment`; :meth:`add` returns the segment once a datagram is whole."""

    def __init__(self, max_bytes: int = 4 << 20, timeout: float = 30.0,
                 check_checksums: bool = False) -> None:
        self.max_bytes = max_bytes
        self.timeout = timeout
        self.check_checksums = check_checksums
        self._pending: OrderedDict[tuple[bytes, bytes, int, int], _Datagram] = OrderedDict()
        self.held = 0  # bytes held in all pending datagrams
        self.fragments = 0  # fragments received
        self.reassembled = 0  # datagrams completed
        self.given_up = 0  # datagrams abandoned incomplete (timeout, bounds, invalid)

    def add(self, frag: IpFragment) -> Packet | Skip | None:
        """Keep ``frag``; the datagram's TCP segment when it is now complete, else None."""
        self.fragments += 1
        self._expire(frag.timestamp)
        key = frag.key
        dgram = self._pending.get(key)
        if dgram is None:
            dgram = self._pending[key] = _Datagram(first_ts=frag.timestamp)
        end = frag.offset + len(frag.data) + frag.missing
        if end > MAX_DATAGRAM or (dgram.total is not None and end > dgram.total) \
                or (not frag.more and end < max((o + len(f.data) + f.missing for o, f in
                                                 dgram.pieces.items()), default=0)):
            self._drop(key)  # inconsistent lengths: not a datagram that can be rebuilt
            return None
        if frag.offset not in dgram.pieces:  # a repeated fragment: the first copy is kept
            dgram.pieces[frag.offset] = frag
            dgram.size += len(frag.data)
            self.held += len(frag.data)
        if not frag.more:
            dgram.total = end
        while self.held > self.max_bytes and self._pending:
            self._drop(next(iter(self._pending)))
        if key not in self._pending or dgram.total is None:
            return None
        return self._complete(key, dgram, frag)

    def _complete(self, key: tuple[bytes, bytes, int, int], dgram: _Datagram,
                  last: IpFragment) -> Packet | Skip | None:
        parts = []
        pos = 0  # bytes of the datagram accounted for, from its start
        cut = False  # a fragment was cut by the snapshot length: no data after it is known
        for offset in sorted(dgram.pieces):
            piece = dgram.pieces[offset]
            if offset > pos:
                return None  # a hole: wait for the fragment that fills it
            if not cut and pos - offset < len(piece.data):  # overlaps: placed bytes win
                parts.append(piece.data[pos - offset:])
            pos = max(pos, offset + len(piece.data) + piece.missing)
            cut = cut or piece.missing > 0
        if dgram.total is None or pos < dgram.total:
            return None
        del self._pending[key]
        self.held -= dgram.size
        self.reassembled += 1
        payload = b"".join(parts)
        return decode_tcp(payload, 0, len(payload), dgram.total, key[0], key[1], last.frame,
                          last.timestamp, False, self.check_checksums)

    def _drop(self, key: tuple[bytes, bytes, int, int]) -> None:
        dgram = self._pending.pop(key)
        self.held -= dgram.size
        self.given_up += 1

    def _expire(self, now: float) -> None:
        while self._pending:
            key, dgram = next(iter(self._pending.items()))
            if now - dgram.first_ts <= self.timeout:
                break
            self._drop(key)

    def finish(self) -> int:
        """End of the capture: the datagrams still incomplete are given up; their count."""
        left = len(self._pending)
        while self._pending:
            self._drop(next(iter(self._pending)))
        return left
