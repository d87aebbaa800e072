"""Per-direction TCP stream reassembly.

Sequence numbers are mapped to a 64-bit stream offset (relative to the next expected byte, so
32-bit wraparound is transparent).  In-order data is delivered at once; out-of-order segments
are buffered (without overlapping each other: first-received bytes win) until the hole is
filled.  A hole that never fills becomes a gap of exact size when the peer has acknowledged
past it (it received those bytes: the capture missed them), when the buffer exceeds its cap,
when the connection closes, or at the end of the capture.  Nothing is dropped silently: see
the counters of :class:`Reassembler`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from tlcp_decode.precompiled import dataclass

from .tcp_state import seq_diff

_MOD = 1 << 32
_HALF = _MOD // 2
_QUARTER = _MOD // 4
#: The largest window TCP can advertise (65535 scaled by the maximum shift 14, RFC 7323).
MAX_WINDOW = 65535 << 14
#: Frames of the capture during which a hole the peer acknowledged past is still waited for
#: when more data comes after it (see Reassembler._acked_for_long); not when the peer's own
#: data comes (Reassembler.acked_holes).
ACKED_HOLE_WAIT = 4
_NOT_ACKED_PAST = (-1, 0)


@dataclass(frozen=True, slots=True)
class Chunk:
    """In-order output: ``data`` (bytes) or, when ``data`` is None, a gap of ``size`` bytes."""

    data: bytes | None
    size: int
    frame: int


class Reassembler:
    """Reassembles one direction of a connection.

    Call :meth:`syn` for a SYN, :meth:`segment` for every segment carrying data and/or FIN,
    :meth:`acked` with the peer's acknowledgement numbers (they reveal data the capture
    missed), and :meth:`flush` when the connection ends.  Segments and flush return the
    in-order chunks.
    """

    # Slotted, and the out-of-order buffer made on first use: a tap may track a hundred
    # thousand connections at once, each with two of these.
    __slots__ = ("max_buffer", "started", "nxt", "nxt_seq", "_starts", "_items", "buffered",
                 "fin_off", "fin_frame", "acked_off", "ack_frame", "syn_unacked",
                 "unacceptable_acks", "unacceptable_ack", "unacceptable_ack_frame", "closed",
                 "bytes_delivered", "gaps", "gap_bytes", "retransmissions",
                 "retransmitted_bytes", "out_of_order", "overlaps", "overlap_bytes",
                 "overlap_conflicts", "dropped_bytes", "cap_flushes", "budget_flushes",
                 "unseen_bytes", "hole_acked_past")

    def __init__(self, max_buffer: int = 4 << 20) -> None:
        self.max_buffer = max_buffer
        self.started = False
        self.nxt = 0  # stream offset of the next byte to deliver
        self.nxt_seq = 0  # its sequence number (mod 2**32)
        # out-of-order buffer, sorted and non-overlapping: starts[i] -> (end, data|None, frame);
        # empty tuples (shared) until something arrives out of order
        self._starts: list[int] | tuple[()] = ()
        self._items: list[tuple[int, bytes | None, int]] | tuple[()] = ()
        self.buffered = 0
        self.fin_off: int | None = None
        self.fin_frame = 0
        self.acked_off = 0  # highest offset the peer acknowledged (data only)
        self.ack_frame = 0
        # this direction's SYN was seen and the peer has not acknowledged it yet: the only
        # acceptable ACK is then ISN + 1 (RFC 9293 3.10.7.3, SYN-SENT); any other one (a
        # challenge ACK of another connection on the same ports) says nothing about this stream
        self.syn_unacked = False
        self.unacceptable_acks = 0
        self.unacceptable_ack = 0  # the first such acknowledgement number ...
        self.unacceptable_ack_frame = 0  # ... and its frame
        self.closed = False
        # counters
        self.bytes_delivered = 0
        self.gaps = 0
        self.gap_bytes = 0
        self.retransmissions = 0
        self.retransmitted_bytes = 0
        self.out_of_order = 0
        self.overlaps = 0
        self.overlap_bytes = 0
        self.overlap_conflicts = 0
        self.dropped_bytes = 0  # data after the stream ended (beyond its FIN / after flush)
        self.cap_flushes = 0  # holes given up at max_buffer
        self.budget_flushes = 0  # ... at the budget of all connections (shrink)
        self.unseen_bytes = 0  # acknowledged, never seen, not counted as a gap (see flush)
        # the start of the data after the first hole, and the frame by which the peer had
        # acknowledged past that hole (see acked_holes)
        self.hole_acked_past = _NOT_ACKED_PAST

    # -- input --------------------------------------------------------------------------------
    def syn(self, seq: int) -> None:
        if not self.started:
            self.started = True
            self.nxt_seq = (seq + 1) % _MOD
            self.syn_unacked = True

    def _offset(self, seq: int) -> int:
        if not self.started:
            self.started = True
            self.nxt_seq = seq
        return self.nxt + seq_diff(seq, self.nxt_seq)

    def in_order(self, seq: int, payload: bytes) -> bool:
        """Fast path: deliver ``payload`` at once if it is exactly the next expected data.

        True when it was taken (the caller emits it as is); False when :meth:`segment` must
        handle it (retransmission, hole, FIN, stream not started or closed ...).
        """
        if seq != self.nxt_seq or self._starts or not self.started or self.closed \
                or self.fin_off is not None:
            return False
        n = len(payload)
        self.bytes_delivered += n
        self.nxt += n
        self.nxt_seq = (seq + n) % _MOD
        return True

    def segment(
        self, seq: int, payload: bytes, frame: int, fin: bool = False, truncated: int = 0
    ) -> list[Chunk]:
        out: list[Chunk] = []
        if self.closed:
            self.dropped_bytes += len(payload) + truncated
            return out
        start = self._offset(seq)
        size = len(payload) + truncated
        end = start + size
        if fin and self.fin_off is None:
            self.fin_off = end
            self.fin_frame = frame
        if size == 0:
            return out
        if self.fin_off is not None and end > self.fin_off:
            extra = end - max(start, self.fin_off)
            self.dropped_bytes += extra
            if start >= self.fin_off:
                return out
            keep = self.fin_off - start
            if keep <= len(payload):
                payload, truncated = payload[:keep], 0
            else:
                truncated = keep - len(payload)
            end = self.fin_off
        nxt = self.nxt
        if end <= nxt:  # entirely old data
            self.retransmissions += 1
            self.retransmitted_bytes += end - start
            return out
        if start < nxt:  # partly old
            cut = nxt - start
            self.overlaps += 1
            self.overlap_bytes += cut
            if cut < len(payload):
                payload = payload[cut:]
            else:
                truncated -= cut - len(payload)
                payload = b""
            start = nxt
        if start == nxt and not self._starts:
            self._emit(out, payload, truncated, frame)
            return out
        if start > nxt:
            self.out_of_order += 1
        self._insert(start, end, payload, truncated, frame)
        # what this segment makes contiguous is complete in this frame (Wireshark's frame)
        self._drain(out, frame)
        if (self._starts and self.acked_off >= self._starts[0]
                and self._acked_for_long(frame)):
            self._give_up_acked_holes(out)
        if self.buffered > self.max_buffer:
            self.cap_flushes += 1
            self._give_up_holes(out, self.max_buffer)
        return out

    def acked_holes(self) -> list[Chunk]:
        """The holes before buffered data that the peer acknowledged past, given up as gaps,
        and the data they held back (empty if there are none): called before the peer's
        data, which may answer it (see :meth:`_give_up_acked_holes`)."""
        out: list[Chunk] = []
        if self._starts and self.acked_off >= self._starts[0]:
            self._give_up_acked_holes(out)
        return out

    def _acked_for_long(self, frame: int) -> bool:
        """Was the first hole acknowledged past :data:`ACKED_HOLE_WAIT` frames or more before
        ``frame``? (A capture of two links, a mirror port's two directions, may record an
        acknowledgement a little before the data it acknowledges: those bytes may still
        come.)"""
        starts = self._starts
        assert isinstance(starts, list)  # (called with something buffered)
        if self.hole_acked_past[0] != starts[0]:
            # (the latest acknowledgement's frame: the first past the hole was no later)
            self.hole_acked_past = (starts[0], self.ack_frame)
        return frame - self.hole_acked_past[1] >= ACKED_HOLE_WAIT

    def _give_up_acked_holes(self, out: list[Chunk]) -> None:
        """Give up every hole the peer acknowledged past: the peer received those bytes, so
        they were sent and the capture missed them (no retransmission will come). The data
        after each is delivered now, rather than at the connection's end, after everything
        the peer sent."""
        while self._starts and self.acked_off >= self._starts[0]:
            self._skip_hole(out)
            self._drain(out)

    def shrink(self, limit: int) -> list[Chunk]:
        """Give up the first holes (as gaps) until at most ``limit`` bytes stay buffered: the
        out-of-order data of all connections reached the tracker's budget."""
        out: list[Chunk] = []
        if self.buffered > limit:
            self.budget_flushes += 1
            self._give_up_holes(out, limit)
        return out

    def _give_up_holes(self, out: list[Chunk], limit: int) -> None:
        while self._starts and self.buffered > limit:
            self._skip_hole(out)
            self._drain(out)

    def acked(self, ack: int, frame: int) -> None:
        """The peer acknowledged up to ``ack``: remember it (bytes never seen become a gap).

        ``ack`` equal to :attr:`nxt_seq` when :attr:`acked_off` is :attr:`nxt` and the SYN is
        not waiting for its acknowledgement (:attr:`syn_unacked`) changes nothing: what was
        delivered was all acknowledged already (Connection.quiet_segment does not call it
        then; tests/test_acked_short_way.py)."""
        if not self.started or self.closed:
            return
        nxt_seq = self.nxt_seq
        if ack == nxt_seq:  # (most often: all it was sent is acknowledged, no arithmetic)
            ahead = 0
            off = self.nxt
        else:
            # seq_diff(ack, nxt_seq), written out: this runs for nearly every packet
            ahead = (ack - nxt_seq) % _MOD
            if ahead >= _HALF:
                ahead -= _MOD
            off = self.nxt + ahead
        if self.fin_off is not None and off > self.fin_off:
            off = self.fin_off
        if self.syn_unacked:
            if ahead == 0 or self.nxt:  # the SYN acknowledged, or data flowed after it
                self.syn_unacked = False
            else:
                if not self.unacceptable_acks:
                    self.unacceptable_ack, self.unacceptable_ack_frame = ack, frame
                self.unacceptable_acks += 1
                return
        if off > self.acked_off and off - self.nxt < _QUARTER:
            self.acked_off = off
            self.ack_frame = frame

    def has_notes(self) -> bool:
        """Has a counter that the connection's end turns into a warning (see
        FlowTracker.close) moved from zero?"""
        return bool(self.unacceptable_acks or self.unseen_bytes or self.retransmissions
                    or self.dropped_bytes or self.cap_flushes or self.budget_flushes)

    @property
    def missing(self) -> bool:
        """Bytes before this stream's end (its FIN, or what the peer acknowledged) not seen yet
        (a capture may record a segment after the packets that acknowledge it)."""
        return bool(self._starts) or max(self.acked_off, self.fin_off or 0) > self.nxt

    def out_of_window(self, seq: int) -> bool:
        """A segment without payload at ``seq`` lies outside this stream: after a SYN that was
        never acknowledged, anything but ISN + 1; else more than the largest TCP window away
        from the data seen and acknowledged."""
        if not self.started:
            return False
        ahead = seq_diff(seq, self.nxt_seq)
        if self.syn_unacked and not self.nxt:
            return ahead != 0
        return ahead > max(self.acked_off - self.nxt, 0) + MAX_WINDOW or ahead < -MAX_WINDOW

    def flush(self, unseen_is_gap: bool = True) -> list[Chunk]:
        """Connection over: turn every remaining hole into a gap and deliver what is buffered.

        Data acknowledged by the peer (or ended by a FIN) but never captured becomes a gap too,
        unless ``unseen_is_gap`` is false (a connection that carried no payload at all: bare
        ACK or FIN numbers alone never make a gap); it is then kept in :attr:`unseen_bytes`.
        """
        out: list[Chunk] = []
        if self.closed:
            return out
        while self._starts:
            self._skip_hole(out)
            self._drain(out)
        end = max(self.acked_off, self.fin_off or 0)
        if end > self.nxt:
            if unseen_is_gap:
                self._gap(out, end - self.nxt, self.fin_frame or self.ack_frame)
            else:
                self.unseen_bytes = end - self.nxt
        self.closed = True
        return out

    # -- internals ----------------------------------------------------------------------------
    def _emit(self, out: list[Chunk], payload: bytes, truncated: int, frame: int) -> None:
        if payload:
            out.append(Chunk(payload, len(payload), frame))
            self.bytes_delivered += len(payload)
            self._advance(len(payload))
        if truncated:
            self._gap(out, truncated, frame)

    def _gap(self, out: list[Chunk], size: int, frame: int) -> None:
        out.append(Chunk(None, size, frame))
        self.gaps += 1
        self.gap_bytes += size
        self._advance(size)

    def _advance(self, n: int) -> None:
        self.nxt += n
        self.nxt_seq = (self.nxt_seq + n) % _MOD

    def _skip_hole(self, out: list[Chunk]) -> None:
        starts, items = self._starts, self._items
        assert starts and items  # called while something is buffered
        first = starts[0]
        if first > self.nxt:
            self._gap(out, first - self.nxt, items[0][2])

    def _drain(self, out: list[Chunk], completed_in: int | None = None) -> None:
        """Deliver the buffered pieces that are now contiguous.

        ``completed_in``: the frame whose segment filled the hole; the pieces are attributed
        to it, as Wireshark's out-of-order reassembly shows them in the frame that completed
        them (None: a hole was given up, each piece keeps the frame that carried it).
        """
        starts, items = self._starts, self._items
        n = 0
        while n < len(starts) and starts[n] == self.nxt:
            end, data, frame = items[n]
            if completed_in is not None:
                frame = completed_in
            self.buffered -= end - starts[n]
            if data is None:
                self._gap(out, end - starts[n], frame)
            else:
                self._emit(out, data, 0, frame)
            n += 1
        if n:
            assert isinstance(starts, list) and isinstance(items, list)
            if n == len(starts):  # all delivered: the buffer's lists go until needed again
                self._starts, self._items = (), ()
            else:
                del starts[:n]
                del items[:n]

    def _insert(self, start: int, end: int, payload: bytes, truncated: int, frame: int) -> None:
        """Buffer [start, end) keeping already-buffered bytes; count overlaps."""
        if not self._starts:
            self._starts, self._items = [], []
        starts, items = self._starts, self._items
        assert isinstance(starts, list) and isinstance(items, list)
        # pieces: (start, end, data|None) of the new segment; the truncated tail is data=None
        pieces: list[tuple[int, int, bytes | None]] = []
        if payload:
            pieces.append((start, start + len(payload), payload))
        if truncated:
            pieces.append((start + len(payload), end, None))
        i = bisect_right(starts, start) - 1
        if i < 0:
            i = 0
        j = bisect_left(starts, end)
        covered = 0
        for k in range(i, j):
            s2 = starts[k]
            e2, d2, _f2 = items[k]
            if e2 <= start or s2 >= end:
                continue
            lo, hi = max(s2, start), min(e2, end)
            covered += hi - lo
            if d2 is not None and payload and lo - start < len(payload):
                a, b = lo - start, min(hi - start, len(payload))
                if d2[lo - s2 : lo - s2 + (b - a)] != payload[a:b]:
                    self.overlap_conflicts += 1
            new_pieces: list[tuple[int, int, bytes | None]] = []
            for ps, pe, pd in pieces:
                if pe <= s2 or ps >= e2:
                    new_pieces.append((ps, pe, pd))
                    continue
                if ps < s2:
                    new_pieces.append((ps, s2, pd[: s2 - ps] if pd is not None else None))
                if pe > e2:
                    new_pieces.append((e2, pe, pd[e2 - ps :] if pd is not None else None))
            pieces = new_pieces
        if covered:
            if covered == end - start:
                self.retransmissions += 1
                self.retransmitted_bytes += covered
            else:
                self.overlaps += 1
                self.overlap_bytes += covered
        for ps, pe, pd in pieces:
            pos = bisect_left(starts, ps)
            starts.insert(pos, ps)
            items.insert(pos, (pe, pd, frame))
            self.buffered += pe - ps
