"""The pipeline in two processes: reading, TCP tracking and record framing in one, the
session analysis and the report in the other.

Annotating the sessions and writing the report take longer than the rest, and the two halves
only meet at what the record stage found. So on a machine with two cores or more, a forked
child runs ``source -> flows -> records`` (:mod:`tlcp_decode.record_stage`) and sends its
calls through a pipe, in batches, while this process replays them on a
:class:`~tlcp_decode.pipeline.SessionStage` (the same calls, in the same order, as in the
one-process :class:`~tlcp_decode.pipeline.Decoder`: the output is identical). Most packets
cost the pipe nothing: application data makes no call. Memory stays bounded: a batch is at
most ``BATCH_EVENTS`` calls or ``BATCH_BYTES`` of message and record bytes, and the child waits
while the pipe is full.

Only where ``fork`` is safe (Linux, the BSDs); :func:`available` says whether it can be used.
The child is forked with ``os.fork`` and the batches go through an ``os.pipe``, each one a
header (its length, how it is written) and its marshal or pickle (:class:`_ReadingProcess`,
:func:`_sender`, :func:`_receive`):
``multiprocessing``'s Process and Pipe, for one child and one pipe, cost 12 % of the program's
start-up to import (60M instructions, before the fork).
"""

from __future__ import annotations

import copyreg
import dataclasses
import io
import marshal
import operator
import os
import signal
import struct
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

try:  # pickle's own C implementation (what pickle.Pickler and pickle.loads are), without
    # pickle.py and its Python Pickler and Unpickler (4M instructions before the fork)
    import _pickle as pickle
except ImportError:  # (an interpreter without it)
    import pickle  # type: ignore[no-redef]

from tlcp_decode import gc_tuning, lifetime, reading
from tlcp_decode.closed_connection import ClosedConnection, closed_from
from tlcp_decode.decode_options import DecodeOptions, record_stage
from tlcp_decode.flows import Connection as TrackedConnection
from tlcp_decode.flows import FlowTracker, TrackerStats
from tlcp_decode.flows.connection import tcp_fact_values, tcp_facts_from
from tlcp_decode.model_base import Direction, Warning
from tlcp_decode.record_stage import (
    CloseEvents,
    ConnectionRecords,
    RecordTotals,
    record_totals_from,
    stream_totals_from,
)
from tlcp_decode.source import CaptureError, PacketReader
from tlcp_decode.tlcp import (
    Event,
    Malformed,
    RecordStream,
    Skipped,
    StreamCounters,
)
from tlcp_decode.tlcp.events import RECORD_FRAGMENT, RECORD_SEEN, UNPARSED_MESSAGE, UNPARSED_RAW
from tlcp_decode.tlcp.parser import counter_values

if TYPE_CHECKING:  # (imported after the fork: see TwoProcessDecoder._results)
    from tlcp_decode.model import Connection
    from tlcp_decode.pipeline import SessionStage

#: A batch is sent when it holds this many calls or this many message and record bytes.
#: Small, because the analysing process still has the last batch to work through once the
#: reading process is done: with 1,024 calls (~17 ms of analysis on handshake traffic) the
#: run ended ~40 ms after the reading process. Medians of 8-10 alternating runs: handshake
#: benchmark capture --json 0.611 s (1,024), 0.580 s (256), 0.583 s (128); bulk capture's
#: text report 0.701 s (1,024), 0.701 s (256), 0.708 s (128: the more batches, the more the
#: analysing process spends receiving them, where it has no slack).
BATCH_EVENTS = 256
BATCH_BYTES = 1 << 20
#: The first batch holds this many calls, and each next one twice as many up to
#: BATCH_EVENTS: the analysing process waits for the first, so it comes early.
FIRST_BATCH_EVENTS = 16
#: The pipe's capacity in bytes where the system lets it be set (Linux, up to
#: /proc/sys/fs/pipe-max-size, 1 MiB by default; 0: the system's default, 64 KiB on Linux).
#: The analysing process starts slower than the reading one (its imports after the fork,
#: the first connections' certificates and caches): with 64 KiB the reading process, the
#: critical path, waited on the full pipe from its fourth batch on.
PIPE_BYTES = 1 << 20

# What the child sends: the record stage's calls to its sink, as tuples (connections travel
# as indexes, except a finished one's ``ClosedConnection``) ...
_OPENED, _PARSED, _GAP, _CLOSED = range(4)
# ... in messages: (_EVENTS, file position, packets read, [call, ...]),
# then (_END, source stats, source warnings) or (_ERROR, kind, text).
_EVENTS, _END, _ERROR = range(3)
# Each message on the pipe: its length and how it is written (_PICKLED or _MARSHALLED), then
# its bytes.
_HEADER = struct.Struct("QB")
_PICKLED, _MARSHALLED = range(2)
#: A batch of plain values only (tuples, lists, sets, ints, floats, strs, bytes, None: the
#: bulk, see _BatchWriter.plain) is written with marshal, which writes and reads them in less
#: time than pickle (its memo of every tuple and bytes, its opcode per int); any other batch,
#: and a batch marshal refuses, is pickled (tests turn it off to compare both ways).
MARSHAL_BATCHES = True


def available() -> bool:
    """Can the two-process pipeline run here (fork exists and there are two CPUs to use)?"""
    # macOS has fork, but its system libraries are not safe in a forked child (Python itself
    # defaults to spawn there)
    if not hasattr(os, "fork") or sys.platform == "darwin":
        return False
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return cpus >= 2


def _as_fields(cls: type) -> Callable[[Any], tuple[Any, ...]]:
    """Pickles a dataclass as a call with its fields (slotted frozen ones default to Python
    code that sets every field when loaded, others to a failed ``__setstate__`` lookup and
    a ``__dict__`` filled key by key: both slower)."""
    fields = operator.attrgetter(*(field.name for field in dataclasses.fields(cls)))
    return lambda obj: (cls, fields(obj))


class _Pickler(pickle.Pickler):
    """Pickles what the child sends: the record stage's event objects as their fields (the
    bulk come as event tuples, pickled as they are: see tlcp.events)."""

    dispatch_table = {
        **copyreg.dispatch_table,
        **{cls: _as_fields(cls) for cls in (Malformed, Skipped, Warning)},
    }


def _closed_values(head: tuple[Any, ...], tcp: tuple[Any, ...], warnings: Sequence[Warning],
                   protocol: str | None, unparsed: Mapping[str, int],
                   c2s: StreamCounters | RecordStream, c2s_versions: set[int],
                   s2c: StreamCounters | RecordStream, s2c_versions: set[int],
                   start_ts: float | None, close_events: CloseEvents) -> tuple[Any, ...]:
    """The closed call as it crosses the pipe (the one place its layout is written:
    :func:`_closed_arguments` reads it): its values in tuples of plain values, which pickle
    far cheaper than the named tuples and the counters that hold them (an object with its own
    reducer costs a Python call to pickle; and every object, its own work on both sides).
    The warnings, which most connections have none of, are pickled apart, so that the batch
    is plain values (see MARSHAL_BATCHES). The record versions go as tuples: marshal writes a
    set sorted by each item's own marshal (~2K instructions a set). :func:`_closed_arguments`
    makes the named tuples and the sets back. Each direction's counts are a StreamCounters or
    the RecordStream that counted them (which has its fields: see counter_values)."""
    return (_CLOSED, head, tcp, _dumps(warnings) if warnings else warnings,
            protocol, unparsed["c2s"], unparsed["s2c"],
            counter_values(c2s), tuple(c2s_versions), counter_values(s2c),
            tuple(s2c_versions), start_ts, close_events)


def _closed_call(conn: ClosedConnection, totals: RecordTotals,
                 close_events: CloseEvents) -> tuple[Any, ...]:
    """The closed call of the sink's ``closed(conn, totals, close_events)``."""
    c2s, s2c = totals.streams["c2s"], totals.streams["s2c"]
    return _closed_values(conn[:7], tuple(conn.tcp), conn.warnings, totals.protocol,
                          totals.unparsed, c2s.counters, c2s.versions, s2c.counters,
                          s2c.versions, totals.start_ts, close_events)


def _closed_call_of(conn: TrackedConnection, records: ConnectionRecords,
                    close_events: CloseEvents, transitions: bool) -> tuple[Any, ...]:
    """:func:`_closed_call` of what RecordStage.closed makes of the finished ``conn`` and its
    ``records`` (see record_stage.CLOSED_STRAIGHT), made of them straight: the
    ClosedConnection, TcpFacts, RecordTotals and StreamTotals it would make, only to be
    taken apart here, cost the reading process ~2 % of its instructions on handshake traffic
    (~17K a connection). Tests compare the two on every capture."""
    key = conn.key
    streams = records.parser.streams
    c2s, s2c = streams["c2s"], streams["s2c"]
    return _closed_values((conn.index, (key[0], key[1]), (key[2], key[3]), conn.first_frame,
                           conn.last_frame, conn.first_ts, conn.last_ts),
                          tcp_fact_values(conn, transitions), conn.warnings,
                          records.protocol, records.unparsed, c2s, c2s.versions, s2c,
                          s2c.versions, records.start_ts, close_events)


def _closed_arguments(call: tuple[Any, ...]) -> tuple[ClosedConnection, RecordTotals,
                                                      CloseEvents]:
    """The arguments of the closed call that :func:`_closed_call` sent."""
    (_, values, tcp, warnings, protocol, unparsed_c2s, unparsed_s2c, c2s_counters,
     c2s_versions, s2c_counters, s2c_versions, start_ts, close_events) = call
    if type(warnings) is bytes:  # (pickled apart)
        warnings = pickle.loads(warnings)
    return (closed_from(values + (tcp_facts_from(tcp), warnings)),
            record_totals_from((protocol, {"c2s": unparsed_c2s, "s2c": unparsed_s2c}, {
                "c2s": stream_totals_from((StreamCounters(*c2s_counters), set(c2s_versions))),
                "s2c": stream_totals_from((StreamCounters(*s2c_counters), set(s2c_versions)))},
                start_ts)),
            close_events)


def _dumps(message: Any) -> bytes:
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=-1).dump(message)  # (-1: the highest protocol)
    return buffer.getvalue()


class _BatchWriter:
    """The record stage's sink in the child: its calls, batched for the pipe."""

    def __init__(self, send: Callable[[Any, bool], None],
                 position: Callable[[], int] | None) -> None:
        self._send = send  # send(message, plain): see MARSHAL_BATCHES
        self._position = position
        self.batch: list[tuple[Any, ...]] = []
        self.size = 0  # message and record bytes in the batch
        self.packets = 0  # packets read when the batch was last sent (for the progress bar)
        self.limit = min(FIRST_BATCH_EVENTS, BATCH_EVENTS)  # calls that make the batch full
        # the batch holds plain values only (no event objects: the parser's event tuples,
        # the closed calls' values): what marshal writes
        self.plain = True

    def opened(self, index: int, mid_connection: bool) -> None:
        self.batch.append((_OPENED, index, mid_connection))

    def parsed(self, index: int, direction: Direction, events: list[Event], ts: float | None,
               tls13: bool) -> None:
        self.batch.append((_PARSED, index, direction, events, ts, tls13))
        for event in events:
            if type(event) is tuple:  # (see tlcp.events: event tuples)
                if event[0] == UNPARSED_MESSAGE:
                    self.size += len(event[UNPARSED_RAW])
                elif event[0] == RECORD_SEEN:
                    self.size += len(event[RECORD_FRAGMENT])
            else:  # an event object (Malformed, Skipped)
                self.plain = False
        if self.size >= BATCH_BYTES:
            # bounded within one packet's calls too: a packet may complete megabytes buffered
            # out of order, or make the out-of-order budget give up several connections' holes
            self.flush(self.packets)

    def gap(self, index: int, direction: Direction, size: int, frame: int,
            events: list[Event]) -> None:
        self.batch.append((_GAP, index, direction, size, frame, events))
        if events:  # (Skipped, Malformed)
            self.plain = False

    def closed(self, conn: ClosedConnection, totals: RecordTotals,
               close_events: CloseEvents) -> None:
        self.batch.append(_closed_call(conn, totals, close_events))
        if close_events:  # (what a stream's end says: Skipped, Malformed)
            self.plain = False

    def closed_tracked(self, conn: TrackedConnection, records: ConnectionRecords,
                       close_events: CloseEvents, transitions: bool) -> None:
        """:meth:`closed` of what RecordStage.closed would make of these (see
        record_stage.CLOSED_STRAIGHT)."""
        self.batch.append(_closed_call_of(conn, records, close_events, transitions))
        if close_events:
            self.plain = False

    def flush(self, packets: int, full_only: bool = True) -> None:
        """Send the batch (only if it is full, with ``full_only``)."""
        if full_only and len(self.batch) < self.limit and self.size < BATCH_BYTES:
            return
        self._send((_EVENTS, self._position() if self._position else None, packets,
                    self.batch), self.plain)
        self.batch = []
        self.size = 0
        self.plain = True
        self.packets = packets
        self.limit = min(self.limit * 2, BATCH_EVENTS)


def _read_and_track(reader: Any, options: DecodeOptions, send: Callable[[Any, bool], None],
                    parent_pid: int, parent_end: Any,
                    lifeline: lifetime.Lifeline | None = None) -> None:
    """The child: packets -> tracker -> record stage -> batches of its calls on the pipe."""
    # The parent's end of the pipe, inherited by the fork: held here, the child would never
    # see the parent go away (its writes would block forever once the pipe is full).
    parent_end.close()
    lifetime.die_with_parent(parent_pid, lifeline)
    lifetime.default_signals()
    # Ctrl-C is the parent's to handle: it ends this process (see _results)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        tracker = FlowTracker(max_buffer=options.max_buffer,
                              max_connections=options.max_connections,
                              max_out_of_order=options.max_out_of_order)
        writer = _BatchWriter(send, getattr(reader, "position", None))
        # the messages are parsed in the parent: sending what they hold would cost more
        records = record_stage(options, writer, defer_parsing=True)
        counts = tracker.stats  # its packets: those read so far
        offer_segments = getattr(reader, "offer_segments", None)
        if offer_segments is not None and reading.FUSED:
            # the common segments go from the file's bytes to their record streams (they are
            # no packets here): see tlcp_decode.reading
            offer_segments(reading.QuietSegments(tracker, records, writer.flush).take)
        for packet in reader:
            events = tracker.feed(packet)
            if events:
                records.feed(events, packet.timestamp)
                if len(writer.batch) >= writer.limit:  # flush()'s test, written out (the
                    writer.flush(counts.packets)  # bytes are: parsed() sends a batch grown too big)
        for events in tracker.finish_each():  # in batches too: thousands may be open
            records.feed(events, None)
            writer.flush(counts.packets)
        writer.flush(counts.packets, full_only=False)
        send((_END, getattr(reader, "stats", None), list(getattr(reader, "warnings", [])),
              tracker.stats), False)
    except CaptureError as exc:
        _send_error(send, "capture", str(exc))
    except BaseException:  # a bug: the parent re-raises it with this traceback
        import traceback

        _send_error(send, "internal", traceback.format_exc())


def _send_error(send: Callable[[Any, bool], None], kind: str, text: str) -> None:
    try:
        send((_ERROR, kind, text), False)
    except OSError:  # the parent is gone or stopped listening: nobody to tell
        pass


def _sender(fd: int) -> Callable[[Any, bool], None]:
    """Sends a message on the pipe's end ``fd``: its header, then its bytes (written whole:
    a write to a full pipe waits, a write to a pipe nobody reads raises BrokenPipeError);
    marshalled when ``plain`` (see MARSHAL_BATCHES), else pickled."""

    def send(message: Any, plain: bool = False) -> None:
        data = None
        if plain and MARSHAL_BATCHES:
            try:
                data = marshal.dumps(message)
                how = _MARSHALLED
            except ValueError:  # a value marshal does not write: pickled
                data = None
        if data is None:
            data = _dumps(message)
            how = _PICKLED
        header = _HEADER.pack(len(data), how)
        if len(data) > 16384:  # (as multiprocessing's Connection: no copy of a big one)
            _write_all(fd, header)
            _write_all(fd, data)
        else:
            _write_all(fd, header + data)

    return send


def _enlarge(fd: int) -> None:
    """The pipe of ``fd`` given the capacity PIPE_BYTES, if the system lets it."""
    if not PIPE_BYTES:
        return
    try:
        import fcntl

        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    except (ImportError, AttributeError, OSError):  # not Linux, or above the system's limit
        pass


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _receive(stream: io.BufferedReader) -> Any:
    """The next message on the pipe (EOFError: the other end is closed)."""
    header = stream.read(_HEADER.size)
    if len(header) == _HEADER.size:
        length, how = _HEADER.unpack(header)
        data = stream.read(length)
        if len(data) == length:
            return marshal.loads(data) if how == _MARSHALLED else pickle.loads(data)
    raise EOFError


class _ReadingProcess:
    """The forked reading process: runs ``target`` and ends (``os._exit``: status 0, or 1
    when ``target`` raised), never returning into the caller's code; the parent stops it
    (:meth:`terminate`) and collects its status (:meth:`join`)."""

    def __init__(self, target: Callable[[], None]) -> None:
        self.status: int | None = None  # once collected
        self.pid = os.fork()
        if self.pid == 0:  # the child
            status = 1
            try:
                gc_tuning.raise_threshold(gc_tuning.READING_THRESHOLD)
                target()
                status = 0
            finally:
                os._exit(status)

    def is_alive(self) -> bool:
        if self.status is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = status
        return self.status is None

    def terminate(self) -> None:
        if self.is_alive():
            os.kill(self.pid, signal.SIGTERM)

    def join(self) -> None:
        if self.status is None:
            self.status = os.waitpid(self.pid, 0)[1]


class TwoProcessDecoder:
    """Decode ``reader``'s packets with the reading and tracking in a forked child.

    :meth:`start` forks and returns the flows, in the same order as the one-process pipeline.
    Afterwards ``stats`` and ``warnings`` hold the source's (read in the child).
    ``on_progress(file_position, packets)`` is called after each batch.
    """

    stage: SessionStage  # the analysis, once the flows are iterated (see _results)

    def __init__(self, reader: PacketReader, options: DecodeOptions | None = None,
                 on_progress: Callable[[int | None, int], None] | None = None) -> None:
        self.reader = reader
        self.options = options or DecodeOptions()
        self.on_progress = on_progress
        self.stats: Any = getattr(reader, "stats", None)
        self.warnings: list[str] = []
        self.tracker_stats: TrackerStats | None = None  # the child's, once it is done
        self.child: _ReadingProcess | None = None  # once started

    def start(self) -> Iterator[Connection]:
        """Fork the reading process now; iterate the result for the flows as they end."""
        read_end, write_end = os.pipe()
        _enlarge(write_end)
        receiver = open(read_end, "rb")  # noqa: SIM115 - closed by _results (and the child)
        parent_pid = os.getpid()
        lifeline = None
        try:
            lifeline = lifetime.lifeline()  # (the child ends when this process does)
            with lifetime.termination_signals_held():
                self.child = _ReadingProcess(lambda: _read_and_track(
                    self.reader, self.options, _sender(write_end), parent_pid, receiver,
                    lifeline))
        except BaseException:
            receiver.close()
            lifetime.hold_lifeline(lifeline)
            lifetime.release_lifeline(lifeline)
            raise
        finally:
            os.close(write_end)  # the child's end: EOF here when the child is gone
        lifetime.hold_lifeline(lifeline)
        return self._results(receiver, self.child, lifeline)

    def _results(self, receiver: io.BufferedReader, child: _ReadingProcess,
                 lifeline: lifetime.Lifeline | None = None) -> Iterator[Connection]:
        try:
            # The analysis is imported here, after the fork: the reading process, the critical
            # path, never uses it (the program imports only what reading needs before it forks)
            from tlcp_decode.pipeline import SessionStage

            self.stage = SessionStage(self.options)
            gc_tuning.freeze_start_up()  # (what was imported since the fork, as the start-up)
            yield from self._receive(receiver)
        finally:
            receiver.close()
            if child.is_alive():  # stopped early (error, or the caller stopped iterating)
                child.terminate()
            child.join()
            lifetime.release_lifeline(lifeline)

    def _receive(self, receiver: io.BufferedReader) -> Iterator[Connection]:
        stage = self.stage
        # (a chunk goes to its connection's analyzer itself: SessionStage.parsed's one line)
        analyzers, opened, gap, closed = stage.analyzers, stage.opened, stage.gap, stage.closed
        while True:
            try:
                message = _receive(receiver)
            except EOFError:
                raise CaptureError("the reading process ended unexpectedly") from None
            kind = message[0]
            if kind == _EVENTS:
                _, position, packets, events = message
                for call in events:
                    code = call[0]
                    if code == _PARSED:
                        analyzers[call[1]].parsed(call[2], call[3], call[4], call[5])
                    elif code == _CLOSED:
                        yield closed(*_closed_arguments(call))
                    elif code == _OPENED:
                        opened(call[1], call[2])
                    else:
                        gap(call[1], call[2], call[3], call[4], call[5])
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
