"""The pipeline in two processes: reading and TCP tracking in one, TLCP analysis in the other.

Reading a capture and tracking TCP take about as long as parsing TLCP, annotating the sessions
and writing the report, and the two halves only meet at the tracker's events. So on a machine
with two cores or more, a forked child runs ``source -> flows`` and sends the events through a
pipe, in batches, while this process runs ``tlcp -> session`` on them (the same
:class:`~tlcp_decode.pipeline.SessionStage` calls, in the same order, as the one-process
:class:`~tlcp_decode.pipeline.Decoder`: the output is identical). Memory stays bounded: a batch
is at most ``BATCH_EVENTS`` events or ``BATCH_BYTES`` of payload, and the child waits while the
pipe is full.

Only where ``fork`` is safe (Linux, the BSDs); :func:`available` says whether it can be used.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import traceback
from collections.abc import Callable, Iterator
from typing import Any

from tlcp_decode import lifetime
from tlcp_decode.flows import FlowTracker, TrackerStats
from tlcp_decode.flows.events import ConnectionClosed, ConnectionOpened, StreamData, StreamGap
from tlcp_decode.model import Connection
from tlcp_decode.pipeline import DecodeOptions, SessionStage
from tlcp_decode.source import CaptureError, NativeReader
from tlcp_decode.source.native import RELEASE_EVERY

#: A batch is sent when it holds this many events or this many payload bytes.
BATCH_EVENTS = 1024
BATCH_BYTES = 1 << 20

# What the child sends. Events, as tuples (connections travel as indexes, except the finished
# ``Connection`` itself, which the report needs whole). Stream data that is a packet's whole
# payload travels as its place in the capture file, which the parent has mapped too: most
# bytes then never go through the pipe (_DATA_AT); other data is sent as is (_DATA).
_OPENED, _DATA, _DATA_AT, _GAP, _CLOSED = range(5)
# ... in messages: (_EVENTS, file position, packets read, [event, ...]),
# then (_END, source stats, source warnings) or (_ERROR, kind, text).
_EVENTS, _END, _ERROR = range(3)


def available() -> bool:
    """Can the two-process pipeline run here (fork exists and there are two CPUs to use)?"""
    # macOS has fork, but its system libraries are not safe in a forked child (Python itself
    # defaults to spawn there)
    if "fork" not in multiprocessing.get_all_start_methods() or sys.platform == "darwin":
        return False
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return cpus >= 2


def _read_and_track(reader: Any, options: DecodeOptions, send: Callable[[Any], None],
                    parent_pid: int, parent_end: Any) -> None:
    """The child: packets -> tracker -> batches of events on the pipe."""
    # The parent's end of the pipe, inherited by the fork: held here, the child would never
    # see the parent go away (its writes would block forever once the pipe is full).
    parent_end.close()
    lifetime.die_with_parent(parent_pid)
    lifetime.default_signals()
    # Ctrl-C is the parent's to handle: it ends this process (see _results)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        tracker = FlowTracker(max_buffer=options.max_buffer,
                              max_connections=options.max_connections,
                              max_out_of_order=options.max_out_of_order)
        position = getattr(reader, "position", None)
        batch: list[tuple[Any, ...]] = []
        size = 0
        packets = 0
        for packet in reader:
            packets += 1
            events = tracker.feed(packet)
            if not events:
                continue
            ts = packet.timestamp
            for event in events:
                if (type(event) is StreamData and event.data is packet.payload
                        and packet.payload_offset is not None):
                    batch.append((_DATA_AT, event.conn.index, event.direction,
                                  packet.payload_offset, len(event.data), event.frame, ts))
                else:
                    encoded = _encode(event, ts)
                    batch.append(encoded)
                    if encoded[0] == _DATA:
                        size += len(encoded[3])
                        # one packet may complete megabytes buffered out of order (or make
                        # the out-of-order budget give up several connections' holes): the
                        # batch is bounded within a packet's events too
                        if size >= BATCH_BYTES:
                            send((_EVENTS, position() if position else None, packets, batch))
                            batch, size = [], 0
            if len(batch) >= BATCH_EVENTS or size >= BATCH_BYTES:
                send((_EVENTS, position() if position else None, packets, batch))
                batch, size = [], 0
        for events in tracker.finish_each():  # in batches too: thousands may be open
            batch.extend(_encode(event, None) for event in events)
            if len(batch) >= BATCH_EVENTS:
                send((_EVENTS, position() if position else None, packets, batch))
                batch = []
        send((_EVENTS, position() if position else None, packets, batch))
        send((_END, getattr(reader, "stats", None), list(getattr(reader, "warnings", [])),
              tracker.stats))
    except CaptureError as exc:
        _send_error(send, "capture", str(exc))
    except BaseException:  # a bug: the parent re-raises it with this traceback
        _send_error(send, "internal", traceback.format_exc())


def _send_error(send: Callable[[Any], None], kind: str, text: str) -> None:
    try:
        send((_ERROR, kind, text))
    except OSError:  # the parent is gone or stopped listening: nobody to tell
        pass


def _encode(event: Any, ts: float | None) -> tuple[Any, ...]:
    """An event as a tuple (except a packet's whole payload, sent as _DATA_AT: see above)."""
    conn = event.conn
    if type(event) is StreamData:
        return (_DATA, conn.index, event.direction, event.data, event.frame, ts)
    if type(event) is ConnectionOpened:
        return (_OPENED, conn.index, conn.client, conn.server, conn.mid_connection)
    if type(event) is StreamGap:
        return (_GAP, conn.index, event.direction, event.size, event.frame)
    assert type(event) is ConnectionClosed
    return (_CLOSED, conn)


class TwoProcessDecoder:
    """Decode ``reader``'s packets with the reading and tracking in a forked child.

    :meth:`start` forks and returns the flows, in the same order as the one-process pipeline.
    Afterwards ``stats`` and ``warnings`` hold the source's (read in the child).
    ``on_progress(file_position, packets)`` is called after each batch.
    """

    def __init__(self, reader: NativeReader, options: DecodeOptions | None = None,
                 on_progress: Callable[[int | None, int], None] | None = None) -> None:
        self.reader = reader
        self.options = options or DecodeOptions()
        self.on_progress = on_progress
        self.stats: Any = getattr(reader, "stats", None)
        self.warnings: list[str] = []
        self.tracker_stats: TrackerStats | None = None  # the child's, once it is done
        self.stage = SessionStage(self.options)

    def start(self) -> Iterator[Connection]:
        """Fork the reading process now; iterate the result for the flows as they end."""
        context = multiprocessing.get_context("fork")
        receiver, sender = context.Pipe(duplex=False)
        child = context.Process(target=_read_and_track, name="tlcp-decode reader",
                                args=(self.reader, self.options, sender.send,
                                      os.getpid(), receiver),
                                daemon=True)
        child.start()
        sender.close()  # the child's end: EOF here when the child is gone
        return self._results(receiver, child)

    def _results(self, receiver: Any, child: Any) -> Iterator[Connection]:
        try:
            yield from self._receive(receiver)
        finally:
            receiver.close()
            if child.is_alive():  # stopped early (error, or the caller stopped iterating)
                child.terminate()
            child.join()

    def _receive(self, receiver: Any) -> Iterator[Connection]:
        stage = self.stage
        data, opened, gap, closed = stage.data, stage.opened, stage.gap, stage.closed
        read_at = self.reader.read_at
        released = 0  # the file's pages before this offset were given back
        offset = 0
        while True:
            try:
                message = receiver.recv()
            except EOFError:
                raise CaptureError("the reading process ended unexpectedly") from None
            kind = message[0]
            if kind == _EVENTS:
                _, position, packets, events = message
                for event in events:
                    code = event[0]
                    if code == _DATA_AT:
                        offset = event[3]
                        data(event[1], event[2], read_at(offset, event[4]), event[5], event[6])
                    elif code == _DATA:
                        data(event[1], event[2], event[3], event[4], event[5])
                    elif code == _OPENED:
                        opened(event[1], event[2], event[3], event[4])
                    elif code == _GAP:
                        gap(event[1], event[2], event[3], event[4])
                    else:
                        yield closed(event[1])
                if offset - released >= RELEASE_EVERY:  # payloads come in file order
                    self.reader.release_before(offset)
                    released = offset
                if self.on_progress is not None:
                    self.on_progress(position, packets)
            elif kind == _END:
                _, stats, warnings, self.tracker_stats = message
                if stats is not None:
                    self.stats = stats
                self.warnings = warnings
                return
            else:
                _, what, text = message
                if what == "capture":
                    raise CaptureError(text)
                raise RuntimeError(f"the reading process failed:\n{text}")
