"""``tlcp-decode FILE...``: run the pipeline over each input and print each connection as it ends.

Output streams: a connection is printed as soon as TCP says it is over. A file read by the
native source is decoded in two processes where two CPUs are available (``tlcp_decode.parallel``;
``--jobs 1``: one process). With ``--jobs N`` and several files, the files are decoded in N
processes and printed in the order given.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import io
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, cast

from tlcp_decode import lifetime
from tlcp_decode.decode_options import DecodeOptions
from tlcp_decode.flows import TrackerStats
from tlcp_decode.flows.connection_limit import MAX_CONNECTIONS, eviction_warnings
from tlcp_decode.folding import fold_texts, with_count
from tlcp_decode.messages import localize, msg, reason_of
from tlcp_decode.ordering import StartOrder
from tlcp_decode.output_files import (
    OutputError,
    check_new_file,
    discard_all_pending,
    input_folder_name,
)
from tlcp_decode.report import i18n
from tlcp_decode.report.escape import escape_controls
from tlcp_decode.report.i18n import protocol_word
from tlcp_decode.usage import EXIT_OK, EXIT_UNUSABLE, EXIT_WARNINGS, UsageError, about

# rich (and the text report built on it) is imported only when text or a progress bar is
# written: ``--json -q`` never needs it, and importing it is a noticeable part of start-up.
# The session analysis (tlcp_decode.pipeline) and the JSON writer (tlcp_decode.json_output)
# are imported when first used: in two processes (tlcp_decode.parallel), by the analysing
# one after the reading one is forked, which needs neither.
if TYPE_CHECKING:
    from rich.console import Console

    from tlcp_decode.json_output import JsonLines
    from tlcp_decode.model import Connection
    from tlcp_decode.report.policy import Policy
    from tlcp_decode.report.servers import ServerBook
from tlcp_decode.source import CaptureError, PacketReader, open_live, open_packets


def decryption_setup(args: argparse.Namespace) -> Any:
    """Keys and key logs from the command line, or None when none were given (nor
    ``--crypto``, which works out the public values without keys)."""
    if not (args.keylog or args.key):
        if args.dump_plaintext or args.write_keylog:
            raise UsageError(msg("--dump-plaintext and --write-keylog need --keylog or --key"))
        if not args.crypto:
            return None
    with lifetime.termination_signals_held():  # (cryptography)
        from tlcp_decode.session.decryption import DecryptionSetup

    try:
        setup = DecryptionSetup.from_files(
            args.keylog, args.key, args.key_password, args.dump_plaintext,
            show_secrets=args.show_secrets, show_crypto=args.crypto,
            record_values=args.records, force=args.force)
    except (OSError, ValueError, OutputError) as exc:
        raise UsageError(reason_of(exc)) from None
    for note in setup.keylog.notes if setup.keylog is not None else ():
        print(f"tlcp-decode: {i18n._('warning')}: {escape_controls(localize(note, i18n._))}",
              file=sys.stderr)
    return setup


def trusted_cas(args: argparse.Namespace) -> tuple[bytes, ...]:
    if not args.ca:
        return ()
    from tlcp_decode.session.chain import load_trusted

    try:
        return tuple(load_trusted(args.ca))
    except OSError as exc:
        raise UsageError(msg("{file}: {error}", file=exc.filename, error=exc.strerror)) from None
    except ValueError as exc:
        raise UsageError(reason_of(exc)) from None


def server_book(args: argparse.Namespace) -> ServerBook:
    """The per-server verdicts of ``--json`` (and of ``tlcp-decode report``), under --policy."""
    from tlcp_decode.report.servers import ServerBook

    return ServerBook("", 1, load_policy(args))


def load_policy(args: argparse.Namespace) -> Policy:
    """The policy the servers are judged under: --policy's file, or the default one."""
    from tlcp_decode.report.policy import Policy, PolicyError

    policy_file = getattr(args, "policy", None)
    try:
        return Policy.load(Path(policy_file)) if policy_file else Policy()
    except PolicyError as exc:
        raise UsageError(str(exc)) from None


def _options(args: argparse.Namespace, setup: Any) -> DecodeOptions:
    return DecodeOptions(force_ports=frozenset(args.port),
                         decryptor_factory=setup.decryptor if setup is not None else None,
                         trusted_cas=trusted_cas(args), record_log=args.records,
                         max_connections=getattr(args, "max_connections", MAX_CONNECTIONS),
                         # neither JSON (nor its server objects: no ladders) nor --brief's
                         # line shows the transitions: only the text report's ladder does
                         tcp_transitions=not (args.json or args.brief))


class _ProgressBar:
    """A progress bar on stderr: how far into the file the reading is, and packets read."""

    def __init__(self, name: str, size: int | None) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        columns = [TextColumn("{task.description}", style="bold", markup=False), BarColumn(),
                   TextColumn("{task.percentage:>3.0f}%  {task.fields[count]} packets"),
                   TimeElapsedColumn()]
        self._progress = Progress(*columns, console=Console(stderr=True), transient=True)
        self._task = self._progress.add_task(escape_controls(Path(name).name), total=size or None, count=0)

    def __enter__(self) -> _ProgressBar:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()

    def update(self, position: int | None, packets: int) -> None:
        self._progress.update(self._task, completed=position, count=packets)


def _with_progress(packets: Iterable[Any], name: str, size: int | None,
                   enabled: bool) -> Iterable[Any]:
    """The packets, with a progress bar on stderr when enabled (not a layer when not)."""
    return _progress(packets, name, size) if enabled else packets


def _progress(packets: Iterable[Any], name: str, size: int | None) -> Iterator[Any]:
    reader_position = getattr(packets, "position", None)
    with _ProgressBar(name, size) as bar:
        count = 0
        for packet in packets:
            count += 1
            if count % 2000 == 0:
                bar.update(reader_position() if callable(reader_position) else None, count)
            yield packet


class Output:
    """Writes flows as text or JSON lines; remembers whether any flow had warnings."""

    def __init__(self, args: argparse.Namespace, stream: Any = None) -> None:
        self.json = args.json
        self.brief = args.brief
        self.strict = args.strict
        self.stream = stream or sys.stdout
        self._color = args.color
        self._console: Console | None = None
        self.flows = 0
        self.flows_with_warnings = 0
        self.protocols: dict[str, int] = {}
        self._start_order: StartOrder[Connection] | None = (
            StartOrder() if getattr(args, "order", "end") == "start" else None)
        # --json: a --policy file is read now (its error comes before any decoding); the
        # writer is made with the first line (see the imports above)
        self._policy = load_policy(args) if self.json and getattr(args, "policy", None) else None
        self._json: JsonLines | None = None
        self._bytes = _utf8_bytes_under(self.stream) if self.json else None

    def json_lines(self) -> JsonLines:
        """The JSON writer, made on first use."""
        if self._json is None:
            with lifetime.termination_signals_held():  # (orjson)
                from tlcp_decode.json_output import JsonLines

            self._json = JsonLines(self.stream, self._bytes, self._policy)
        return self._json

    @property
    def console(self) -> Console:
        """The rich console for text output, made on first use (see the imports above)."""
        if self._console is None:
            from tlcp_decode.report.terminal import report_console

            self._console = report_console(self.stream, self._color)
        return self._console

    def flow(self, result: Connection) -> None:
        if self._start_order is None:
            self._write(result)
            return
        for ready in self._start_order.add(result):
            self._write(ready)

    def _write(self, result: Connection) -> None:
        self.flows += 1
        self.protocols[result.protocol] = self.protocols.get(result.protocol, 0) + 1
        if result.warnings or (self.strict and has_failed_check(result)):
            self.flows_with_warnings += 1  # what --strict turns into exit status 1
        if self.json:
            (self._json or self.json_lines()).flow(result)
        elif self.brief:
            from tlcp_decode.report import text

            # one line per connection whatever the width (grep, sort); wrapped by the terminal
            text.print_brief(self.console, result)
        else:
            from tlcp_decode.report import text

            text.print_flow(self.console, result)
        self.stream.flush()  # each connection is out as soon as it ends (live capture, pipes)

    def summary(self, name: str, reader: Any, tracking: TrackerStats | None = None,
                limit: int = MAX_CONNECTIONS) -> None:
        """The file's summary; ``tracking``: the TCP tracker's counters (connections closed
        early at the ``limit`` of connections tracked at once)."""
        if self._start_order is not None:
            for ready in self._start_order.finish():
                self._write(ready)
        stats = reader.stats.as_dict() if hasattr(reader, "stats") else {}
        evicted = tracking.evicted if tracking is not None else 0
        warnings = fold_texts([*getattr(reader, "warnings", []),
                               *eviction_warnings(evicted, limit)])
        if self.json:
            summary = {"type": "summary", "file": name, "flows": self.flows,
                       "protocols": self.protocols, "packets": stats,
                       "warnings": [text for text, _count in warnings]}
            if any(count > 1 for _text, count in warnings):
                summary["warning_counts"] = [count for _text, count in warnings]
            if evicted:
                summary["connections_evicted"] = evicted
            self.json_lines().summary(name, summary)
            self.stream.flush()  # before the next file's lines, which may go to its bytes
        else:
            line = i18n._("{name}: {n} connection(s) ({protocols}), {p} packet(s)").format(
                name=name, n=self.flows,
                protocols=", ".join(f"{protocol_word(k)} {v}"
                                    for k, v in sorted(self.protocols.items())),
                p=stats.get("packets", "?"))
            if evicted:
                line += i18n._(", {n} closed early at the connection limit").format(n=evicted)
            self.console.print(line, style="bold")
            for warning, count in warnings:
                self.console.print(i18n._("warning: {warning}").format(
                    warning=with_count(localize(warning, i18n._), count)), style="yellow")


def _utf8_bytes_under(stream: Any) -> BinaryIO | None:
    """Standard output's byte stream, when a line of text written to it is its UTF-8 bytes
    unchanged (UTF-8, "\n" not translated): a JSON line is then written as the bytes orjson
    made, not decoded into text to be encoded again. The text layer is flushed first (and
    after each connection), so nothing written as text can come after a line written here."""
    if stream is not sys.stdout or not isinstance(stream, io.TextIOWrapper) or os.linesep != "\n":
        return None
    try:
        if codecs.lookup(stream.encoding).name != "utf-8":
            return None
    except LookupError:
        return None
    stream.flush()
    return cast(BinaryIO, stream.buffer)


def has_failed_check(result: Connection) -> bool:
    """Any ✗ in the connection's checks (--strict counts these as well as warnings)."""
    return result.tlcp is not None and any(not check.ok for check in result.tlcp.checks)


def _decode_one(args: argparse.Namespace, name: str, reader: Any, out: Output,
                progress: bool, setup: Any = None, split: bool = False) -> None:
    """Decode one input; ``split``: in two processes (see tlcp_decode.parallel), the reading
    one forked before the first packet is read (whatever the source: the native reader, a
    compressed file or standard input, tshark's pcapng stream)."""
    options = _options(args, setup)
    size = os.path.getsize(name) if os.path.isfile(name) else None
    if split:
        _decode_in_two_processes(name, reader, options, out, progress, size)
        return
    from tlcp_decode.pipeline import Decoder

    decoder = Decoder(options)
    if not progress:  # (the progress bar counts the packets the reader yields)
        decoder.take_segments_of(reader, out.flow)
    feed = decoder.feed
    interrupted = False
    try:
        for packet in _with_progress(reader, name, size, progress):
            finished = feed(packet)
            if finished:  # most packets finish no connection
                for result in finished:
                    out.flow(result)
    except KeyboardInterrupt:
        # Ctrl-C (how a live capture is usually ended): the connections so far and the
        # summary are still printed, then the exit status says it was interrupted
        interrupted = True
    for result in decoder.finish():
        out.flow(result)
    out.summary(name, reader, decoder.tracker.stats, options.max_connections)
    if interrupted:
        raise KeyboardInterrupt


def _decode_in_two_processes(name: str, reader: PacketReader, options: DecodeOptions,
                             out: Output, progress: bool, size: int | None) -> None:
    from tlcp_decode.parallel import TwoProcessDecoder

    decoder = TwoProcessDecoder(reader, options)
    results = decoder.start()  # forks: before the progress bar starts its thread
    with _ProgressBar(name, size) if progress else contextlib.nullcontext() as bar:
        if bar is not None:
            decoder.on_progress = bar.update
        for result in results:
            out.flow(result)
    out.summary(name, decoder, decoder.tracker_stats, options.max_connections)


def open_capture(args: argparse.Namespace, name: str) -> Any:
    checksums = getattr(args, "check_checksums", False)
    path = Path(name)
    if name == "-":  # standard input
        try:
            return open_packets(name, args.source, args.display_filter, checksums)
        except CaptureError as exc:
            raise UsageError(str(exc)) from None
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    if not path.exists():
        raise UsageError(msg("{name}: no such file", name=name))
    if path.is_dir():
        raise UsageError(msg("{name}: is a directory, not a capture", name=name))
    try:
        return open_packets(path, args.source, args.display_filter, checksums)
    except CaptureError as exc:
        raise UsageError(about(name, exc)) from None
    except ValueError as exc:
        raise UsageError(reason_of(exc)) from None


def _dump_into(setup: Any, args: argparse.Namespace, position: int, name: str) -> None:
    """With several inputs, each file's plaintext goes into its own sub-folder, named by its
    position and file name (see tlcp_decode.output_files)."""
    if setup is not None and setup.dump_root is not None and len(args.files) > 1:
        if setup.dump_dir is not setup.dump_root:
            setup.dump_dir.close()
        try:
            setup.dump_dir = setup.dump_root.subdirectory(input_folder_name(position, name))
        except OutputError as exc:
            raise UsageError(str(exc)) from None


WorkerResult = tuple[str, bool, str | None, dict[bytes, bytes]]


def _worker(args: argparse.Namespace, position: int, name: str) -> WorkerResult:
    """Decode one file in a worker process: its rendered output, warnings, error, secrets."""
    i18n.set_language(args.lang)
    buffer = io.StringIO()
    buffer.isatty = lambda: False  # type: ignore[method-assign]
    out = Output(args, buffer)
    try:
        with lifetime.terminate_on_signals():  # stopped by the decoder: no file left half-written
            setup = decryption_setup(args)
            _dump_into(setup, args, position, name)
            _decode_one(args, name, open_capture(args, name), out, progress=False, setup=setup)
    except (UsageError, CaptureError, OutputError) as exc:
        discard_all_pending()
        return buffer.getvalue(), False, str(exc), {}
    except lifetime.Terminated as exc:
        discard_all_pending()
        os._exit(128 + exc.signum)
    recovered = setup.recovered if setup is not None else {}
    return buffer.getvalue(), out.flows_with_warnings > 0, None, recovered


def _two_processes_available() -> bool:
    from tlcp_decode import parallel

    return parallel.available()


def _worker_started(parent_pid: int) -> None:
    """A ``--jobs`` worker: ends with the decoder; Ctrl-C and SIGTERM are the decoder's to pass on."""
    import signal

    from tlcp_decode import lifetime

    lifetime.die_with_parent(parent_pid)
    lifetime.default_signals()
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _report_unusable(message: str) -> None:
    """One input could not be used: said in one line on stderr, after what was printed so far."""
    with contextlib.suppress(OSError, ValueError):
        sys.stdout.flush()
    print(f"tlcp-decode: {escape_controls(localize(message, i18n._))}", file=sys.stderr)


#: Seconds a stopped ``--jobs`` worker has to end by its SIGTERM before it is killed.
WORKER_GRACE = 2.0


def _kill_all(processes: list[Any]) -> None:
    for process in processes:
        with contextlib.suppress(OSError):
            process.kill()  # (one already collected is left alone)


def _decode_in_workers(args: argparse.Namespace, setup: Any) -> tuple[int, bool]:
    """``--jobs N`` with several files: N worker processes, output in the order given.

    Returns (files unusable, any warnings). Workers die with this process (their initializer)
    and are stopped at once when the decoding is interrupted.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor  # only --jobs pays for it

    from tlcp_decode import parallel

    context = multiprocessing.get_context("fork") if parallel.available() else None
    from tlcp_decode import lifetime

    lifetime.load_prctl()  # for the workers' die_with_parent (see lifetime.load_prctl)
    unusable, any_warnings = 0, False
    pool = ProcessPoolExecutor(max_workers=args.jobs, mp_context=context,
                               initializer=_worker_started, initargs=(os.getpid(),))
    try:
        with lifetime.termination_signals_held():  # the first submit forks the workers
            futures = [pool.submit(_worker, args, position, name)
                       for position, name in enumerate(args.files, 1)]
        for future in futures:
            rendered, warned, error, recovered = future.result()
            if setup is not None:
                setup.recovered.update(recovered)
            sys.stdout.write(rendered)
            sys.stdout.flush()
            if error:
                _report_unusable(error)
                unusable += 1
            any_warnings |= warned
    except BaseException:
        # interrupted (Ctrl-C, SIGTERM, a closed pipe): the files still running are not wanted
        workers = list(getattr(pool, "_processes", {}).values())
        for process in workers:
            process.terminate()
        # A worker can miss its SIGTERM (Python runs a handler between two bytecodes, and the
        # exception it raises inside a finalizer is only printed): it would go on and then
        # wait forever to hand in its result, and the shutdown with it. Killed after a while.
        import threading  # (--jobs only, as the pool)

        killer = threading.Timer(WORKER_GRACE, _kill_all, (workers,))
        killer.start()
        try:
            pool.shutdown(wait=True, cancel_futures=True)
        finally:
            killer.cancel()
        raise
    pool.shutdown()
    return unusable, any_warnings


def decode(args: argparse.Namespace) -> int:
    from tlcp_decode.gc_tuning import collecting_less_often, freeze_start_up

    freeze_start_up()  # (the program's: its imports are done)
    with collecting_less_often():
        return _decode(args)


def _decode(args: argparse.Namespace) -> int:
    i18n.set_language(args.lang)
    if args.jobs is not None and args.jobs < 1:
        raise UsageError(msg("--jobs {n}: at least one process is needed", n=args.jobs))
    progress = not args.quiet and sys.stderr.isatty()
    any_warnings = False
    unusable = 0  # inputs that could not be decoded: reported, the others still are (as grep)
    setup = decryption_setup(args)
    if args.write_keylog:
        try:
            check_new_file(args.write_keylog, args.force, tuple(args.keylog))
        except OutputError as exc:
            raise UsageError(str(exc)) from None
    try:
        if args.interface:
            out = Output(args)
            reader = open_live(args.interface, args.capture_filter, args.count,
                               args.display_filter, args.check_checksums)
            _decode_one(args, args.interface, reader, out, progress=False, setup=setup)
            any_warnings = out.flows_with_warnings > 0
        elif args.jobs is not None and args.jobs > 1 and len(args.files) > 1:
            unusable, any_warnings = _decode_in_workers(args, setup)
        else:
            split = args.jobs != 1 and _two_processes_available()
            for position, name in enumerate(args.files, 1):
                out = Output(args)
                try:
                    _dump_into(setup, args, position, name)
                    _decode_one(args, name, open_capture(args, name), out, progress, setup,
                                split)
                except (UsageError, CaptureError) as exc:
                    if len(args.files) == 1:
                        raise
                    _report_unusable(str(exc))
                    unusable += 1
                any_warnings |= out.flows_with_warnings > 0
    except (CaptureError, OutputError) as exc:
        discard_all_pending()
        raise UsageError(str(exc)) from None
    except BaseException:  # interrupted: no output file is left half-written
        discard_all_pending()
        raise
    if setup is not None and args.write_keylog:
        try:
            count = setup.write_keylog(args.write_keylog, args.force)
        except OutputError as exc:
            raise UsageError(str(exc)) from None
        if count:
            print(i18n._("wrote {n} master secret(s) to {path}").format(
                n=count, path=escape_controls(args.write_keylog)), file=sys.stderr)
        else:
            print(i18n._("no master secret recovered: {path} not written").format(
                path=escape_controls(args.write_keylog)), file=sys.stderr)
    if unusable:
        return EXIT_UNUSABLE
    return EXIT_WARNINGS if (args.strict and any_warnings) else EXIT_OK
