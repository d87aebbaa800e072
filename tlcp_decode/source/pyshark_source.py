"""Packet source driving tshark through pyshark, producing the same records as the native reader.

Two tshark output modes, chosen by whether a display filter is given:

* **No display filter** (the common case, files and live capture): tshark only reads (or, fed by
  dumpcap, captures) and re-writes the packets as a pcapng stream on its standard output
  (``-w -``).  It dissects nothing, so it costs ~0.3 s of CPU for 80 MB.  The stream is cut into
  pcapng blocks by the native reader's framing and every packet goes through the same
  link/IP/TCP decoder (:func:`.layers.decode_frame`), so the records, the skipped/fragment/malformed/truncated
  counters and the timestamps are those of the native reader by construction, while any format
  tshark reads (pcapng with several interfaces, compressed files, other formats...) is accepted.
  Frame numbers are the positions in the stream, which are the original ones because every
  frame is written.
* **Display filter** (``-Y``): tshark must dissect to filter, and ``-w`` would lose the
  original frame numbers, so tshark prints ``-T fields`` (one tab-separated line per packet:
  frame number, time, addresses, ports, sequence numbers, flags, ``tcp.len`` and the payload
  as hex) with the heavy payload dissectors disabled unless the filter names them, and without
  TCP reassembly or sequence analysis, so ``tcp.payload`` is always the raw segment (IP
  fragments are reassembled by tshark, as by the native reader).  Lines are split with ``str.split`` and the payload converted with
  ``bytes.fromhex``: no JSON, no per-field objects.

(EK JSON, the former mode, formats every payload byte through tshark's escaping writer and made
tshark alone slower than ``tshark -V``: ~7 s of CPU for the benchmark capture against 0.3 s.)

What pyshark provides: locating tshark and dumpcap (``get_process_path``) and its version (the
display filter flag), assembling the command line from the capture options (``-r`` file,
``-i -`` fed by a ``dumpcap -w -`` child for live capture with its BPF filter and interface
checks, ``-Y``, ``-c``, custom parameters), running both processes on its asyncio loop, keeping
tshark's last stderr line (used for error messages and truncated-file warnings) and the cleanup
and crash detection when the capture ends.  What is replaced: pyshark always adds
``-T pdml|ek|json`` (which makes tshark dissect and print every packet, and cannot be combined
with ``-w -``), so :meth:`_TsharkCommand._get_tshark_process` is pyshark's own without that
option; and its output parsers, which build one ``pyshark.Packet`` per packet, are replaced by a
parser whose "packets" are batches of :class:`Packet` records cut from 1 MiB reads.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import warnings
from collections.abc import Iterator
from typing import Any

from ..lifetime import load_prctl, preexec_die_with_parent, termination_signals_held
from ..messages import Msg, msg
from .native import Framing
from .packet import CaptureError, Packet, SourceStats, address_text

load_prctl()  # before tshark and dumpcap are started (see lifetime.load_prctl)

FIELDS = (
    "frame.number",
    "frame.time_epoch",
    "frame.protocols",
    "ip.src",
    "ip.dst",
    "ipv6.src",
    "ipv6.dst",
    "ip.flags.mf",
    "ip.frag_offset",
    "tcp.srcport",
    "tcp.dstport",
    "tcp.seq_raw",
    "tcp.ack_raw",
    "tcp.flags",
    "tcp.window_size_value",
    "tcp.len",
    "tcp.payload",
    "tcp.checksum.status",  # 0 bad, 1 good, 2 not verified (tcp.check_checksum off)
)
# dissectors that may run on TCP payloads and are not needed to extract the raw bytes
HEAVY_PROTOCOLS = (
    "tls",
    "http",
    "http2",
    "ssh",
    "smb",
    "smb2",
    "nbss",
    "dcerpc",
    "kerberos",
    "ldap",
    "mysql",
    "pgsql",
    "sip",
    "rtsp",
    "websocket",
    "imap",
    "pop",
    "smtp",
    "ftp",
    "ftp-data",
    "telnet",
    "dns",
    "xml",
    "json",
    "mqtt",
    "amqp",
    "redis",
    "mongo",
    "giop",
    "x11",
    "vnc",
    "rdp",
    "tds",
    "ldp",
    "bgp",
    "irc",
    "msrpc",
    "ndmp",
    "iscsi",
    "nfs",
    "rpc",
)
BASE_PREFS = (
    "tcp.desegment_tcp_streams:FALSE",
    "tcp.analyze_sequence_numbers:FALSE",
    "tcp.calculate_timestamps:FALSE",
    "tcp.try_heuristic_first:FALSE",
)

_NFIELDS = len(FIELDS)
_READ_SIZE = 1 << 20

def _epoch(text: str) -> float:
    """'1700000000.123456789' -> float computed exactly like the native reader does."""
    sec, _, frac = text.partition(".")
    if not frac:
        return float(int(sec))
    frac = (frac + "000000000")[:9]
    return int(sec) + int(frac) / 1e9


_CHECKSUM_BAD = "0"  # Wireshark's PROTO_CHECKSUM_E_BAD


def tshark_parameters(display_filter: str | None, *, analysis: bool = False,
                      check_checksums: bool = False) -> list[str]:
    """The tshark output arguments (besides ``-r``/``-i``, ``-Y`` and ``-c``) of this source."""
    if not display_filter and not analysis:
        return ["-F", "pcapng", "-w", "-"]
    params = ["-T", "fields", "-E", "occurrence=l"]
    for f in FIELDS:
        params += ["-e", f]
    flt = (display_filter or "").lower()
    words = set(re.findall(r"[a-z0-9_-]+", flt))
    for proto in HEAVY_PROTOCOLS:
        if proto not in words:
            params += ["--disable-protocol", proto]
    if check_checksums:
        params += ["-o", "tcp.check_checksum:TRUE"]
    for pref in BASE_PREFS:
        if pref.startswith("tcp.analyze_sequence_numbers") and ("tcp.analysis" in flt or analysis):
            continue
        params += ["-o", pref]
    return params


# -- display-filter mode: -T fields lines -------------------------------------------------------
class _FieldRows:
    """Turns ``-T fields`` lines into Packet records and keeps the counters."""

    def __init__(self, stats: SourceStats) -> None:
        self.stats = stats

    def feed(self, data: bytes) -> tuple[list[Packet], int]:
        """Parses the complete lines of ``data``; returns the records and the bytes used."""
        cut = data.rfind(b"\n") + 1
        out: list[Packet] = []
        if not cut:
            return out, 0
        append = out.append
        parse = self.parse
        for line in data[:cut].decode("utf-8", "surrogateescape").split("\n"):
            if line:
                pkt = parse(line)
                if pkt is not None:
                    append(pkt)
        return out, cut

    def finish(self, rest: bytes) -> list[Packet]:
        return self.feed(rest + b"\n")[0] if rest.strip() else []

    def parse(self, line: str) -> Packet | None:
        """One line (FIELDS, tab-separated, last occurrences) -> Packet, or None if not TCP."""
        stats = self.stats
        f = line.split("\t")
        if len(f) != _NFIELDS or not f[0]:
            return None
        (
            frame_v,
            time_v,
            protocols,
            ip_src,
            ip_dst,
            ip6_src,
            ip6_dst,
            mf,
            frag_off,
            sport_v,
            dport_v,
            seq_v,
            ack_v,
            flags_v,
            win_v,
            len_v,
            payload_v,
            checksum_v,
        ) = f
        stats.packets += 1
        protocols = ":" + protocols + ":"
        if ":tcp:" not in protocols or ":icmp" in protocols:
            # tshark reassembles IP datagrams: the frame of the last fragment carries TCP
            if mf in ("1", "True", "true") or frag_off not in ("", "0"):
                stats.fragments += 1
            else:
                stats.skipped_non_tcp += 1
            return None
        if not seq_v or not sport_v:
            stats.malformed += 1
            return None
        # the innermost IP header carries TCP (matters only for tunnels)
        if ip6_src and (not ip_src or protocols.rfind(":ipv6:") > protocols.rfind(":ip:")):
            src, dst = ip6_src, ip6_dst
        elif ip_src:
            src, dst = ip_src, ip_dst
        else:
            stats.skipped_non_tcp += 1
            return None
        if not dst:
            stats.malformed += 1
            return None
        payload = bytes.fromhex(payload_v.replace(":", "")) if payload_v else b""
        truncated = int(len_v) - len(payload) if len_v else 0
        if truncated > 0:
            stats.truncated_payloads += 1
        else:
            truncated = 0
        stats.tcp += 1
        return Packet(
            int(frame_v),
            _epoch(time_v or "0"),
            address_text(src),
            int(sport_v),
            address_text(dst),
            int(dport_v or "0"),
            int(seq_v),
            int(ack_v) if ack_v else 0,
            int(flags_v or "0", 16) & 0xFF,
            int(win_v) if win_v else 0,
            payload,
            truncated,
            None,
            checksum_v == _CHECKSUM_BAD,
        )


# -- no display filter: tshark's pcapng stream --------------------------------------------------
class _PcapngStream:
    """Cuts tshark's ``-w -`` pcapng output into blocks and decodes them: the native reader's
    own framing (:class:`.native.Framing`) and link/IP/TCP decoding."""

    def __init__(self, stats: SourceStats, warns: list[str], check_checksums: bool = False
                 ) -> None:
        self._framing = Framing("<tshark>", stats, warns, False, check_checksums)
        self._started = False
        self.warnings = warns

    @property
    def frame(self) -> int:
        return self._framing.frame

    def feed(self, buf: bytes) -> tuple[list[Packet], int]:
        """Decodes the complete blocks of ``buf``; returns the records and the bytes used."""
        framing = self._framing
        start = 0
        if not self._started:
            found = framing.header(buf)
            if found is None:
                return [], 0
            self._started = True
            start = found
        out = list(framing.packets(buf, start))
        if framing.damaged:
            raise CaptureError(msg("tshark wrote a corrupt pcapng stream: {reason}",
                                   reason=framing.damaged))
        return out, framing.off

    def finish(self, rest: bytes) -> list[Packet]:
        if rest:
            self.warnings.append(
                msg("tshark's output ended inside a pcapng block after frame {frame}",
                    frame=self.frame))
        return []

    def end(self) -> None:
        """tshark is done: report what the framing still holds (incomplete IP datagrams)."""
        self._framing.finish(0)


# -- pyshark glue -------------------------------------------------------------------------------
class _Batch(list[Packet]):
    def __bool__(self) -> bool:  # pyshark yields only truthy "packets"; empty batches too
        return True


def _make_parser(decoder: _FieldRows | _PcapngStream) -> Any:
    from pyshark.tshark.output_parser.base_parser import BaseTsharkOutputParser

    feed = decoder.feed

    class BatchParser(BaseTsharkOutputParser):
        """pyshark output parser whose "packets" are batches of our Packet records.

        Every read of up to 1 MiB is cut at once (pyshark's own parsers extract one packet per
        event-loop round trip and re-copy the remaining buffer each time).
        """

        async def get_packets_from_stream(
            self, stream: Any, existing_data: bytes, got_first_packet: bool = True
        ) -> tuple[Any, bytes]:
            new_data = await stream.read(_READ_SIZE)
            if not new_data:
                if existing_data:
                    return _Batch(decoder.finish(existing_data)), b""
                raise EOFError()
            data = existing_data + new_data if existing_data else new_data
            pkts, used = feed(data)
            return _Batch(pkts), data[used:]

    return BatchParser()


def _capture_classes() -> tuple[Any, Any]:
    try:
        _import_pyshark()
        import pyshark
        from pyshark.capture.capture import Capture
    except ImportError as exc:  # pragma: no cover - pyshark is a dependency
        raise CaptureError(msg("pyshark is not installed: {reason}", reason=str(exc))) from None

    class _TsharkCommand(Capture):
        """pyshark's process handling with our command line tail and output parser.

        Placed after FileCapture/LiveCapture in the MRO, so LiveCapture's dumpcap set-up still
        runs and calls this for the tshark half.
        """

        _tlcp_parser: Any
        _tlcp_line_buffered: bool = False
        eventloop: Any

        def _setup_tshark_output_parser(self) -> Any:
            return self._tlcp_parser

        def _setup_eventloop(self) -> None:
            # A private loop per capture, and a pidfd child watcher: pyshark installs a new
            # SafeChildWatcher per capture, which races (reaping with waitpid(-1)) and makes
            # tshark exits randomly look like crashes ("Unknown child process pid").
            self.eventloop = asyncio.new_event_loop()
            self.eventloop.set_exception_handler(_quiet_end_of_stream)
            _install_child_watcher(self.eventloop)

        async def _get_tshark_process(
            self, packet_count: int | None = None, stdin: Any = None
        ) -> Any:
            # pyshark's Capture._get_tshark_process without the "-T <format>" it always adds
            self._verify_capture_parameters()
            parameters = [
                self._get_tshark_path(),
                *(["-l"] if self._tlcp_line_buffered else []),
                "-n",
                *self.get_parameters(packet_count=packet_count),
            ]
            process = await asyncio.create_subprocess_exec(
                *parameters, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=stdin,
                preexec_fn=preexec_die_with_parent,
            )
            _grow_pipe(process)
            self._create_stderr_handling_task(process.stderr)
            self._created_new_process(parameters, process)
            return process

        async def _cleanup_subprocess(self, process: Any) -> None:
            # pyshark's, but a process still running (as far as the loop knows) is killed
            # with os.kill: asyncio's process.kill() goes through Popen.send_signal, whose
            # poll() reaps a tshark that exited after its last output but before the loop
            # saw it; the child watcher then finds no status and reports exit status 255,
            # which pyshark takes for a crash ("tshark failed", seen under load)
            if process.returncode is None:
                await _kill_and_wait(process)
                return
            await super()._cleanup_subprocess(process)

    class FileCapture(pyshark.FileCapture, _TsharkCommand):
        pass

    class LiveCapture(pyshark.LiveCapture, _TsharkCommand):
        _tlcp_line_buffered = True  # one flush per packet: records arrive as they are seen

        async def _get_tshark_process(
            self, packet_count: int | None = None, stdin: Any = None
        ) -> Any:
            # pyshark's dumpcap | tshark set-up, with both children dying with this process and
            # the pipe between them closed here once they hold it (pyshark keeps both ends
            # open, so neither child could see the other end)
            from pyshark.tshark.tshark import get_process_path

            read, write = os.pipe()
            try:
                parameters = [get_process_path(process_name="dumpcap",
                                               tshark_path=self.tshark_path),
                              *self._get_dumpcap_parameters()]
                dumpcap = await asyncio.create_subprocess_exec(
                    *parameters, stdout=write, stderr=subprocess.PIPE,
                    preexec_fn=preexec_die_with_parent)
                self._create_stderr_handling_task(dumpcap.stderr)
                self._created_new_process(parameters, dumpcap, process_name="Dumpcap")
                return await _TsharkCommand._get_tshark_process(self, packet_count, stdin=read)
            finally:
                os.close(read)
                os.close(write)

    return FileCapture, LiveCapture


async def _kill_and_wait(process: Any) -> None:
    """SIGKILL ``process`` (an asyncio subprocess) unless it has ended, and wait up to a second
    for the child watcher, the only one to reap it, to report its exit status."""
    try:
        if os.name == "posix":
            os.kill(process.pid, signal.SIGKILL)  # exited but unreaped: still ours, no effect
        else:
            process.kill()
    except ProcessLookupError:
        pass
    try:
        await asyncio.wait_for(process.wait(), 1)
    except TimeoutError:
        pass  # pyshark's own clean-up gives up the same way


def _quiet_end_of_stream(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    """A capture stopped by Ctrl-C leaves pyshark's reading task with its end-of-stream
    EOFError never retrieved: not worth a traceback on stderr. Anything else is reported."""
    if isinstance(context.get("exception"), (EOFError, asyncio.CancelledError)):
        return
    loop.default_exception_handler(context)


def _grow_pipe(process: Any) -> None:
    """Linux: a 1 MiB stdout pipe (default 64 KiB), so each event-loop round trip reads more."""
    try:
        import fcntl

        pipe = process._transport.get_pipe_transport(1).get_extra_info("pipe")
        fcntl.fcntl(pipe.fileno(), getattr(fcntl, "F_SETPIPE_SZ", 1031), _READ_SIZE)
    except Exception:  # not Linux, or the limit (/proc/sys/fs/pipe-max-size) is lower
        pass


def _install_child_watcher(loop: asyncio.AbstractEventLoop) -> None:
    """Python < 3.12: watch tshark/dumpcap through a pidfd watcher bound to ``loop``."""
    if sys.version_info >= (3, 12) or os.name != "posix" or not hasattr(os, "pidfd_open"):
        return  # Python 3.12+ watches processes with pidfds by itself
    if threading.current_thread() is not threading.main_thread():
        return
    try:
        os.close(os.pidfd_open(os.getpid()))
    except OSError:
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        watcher = asyncio.PidfdChildWatcher()
        watcher.attach_loop(loop)
        asyncio.set_child_watcher(watcher)


def _import_pyshark() -> None:
    """pyshark and the modules of it used here imported at once, with SIGTERM and SIGHUP held
    (lxml's extensions: see lifetime.termination_signals_held); later imports find them."""
    with termination_signals_held():
        import pyshark  # noqa: F401
        import pyshark.capture.capture
        import pyshark.capture.live_capture
        import pyshark.tshark.output_parser.base_parser
        import pyshark.tshark.tshark  # noqa: F401


def _tshark_missing_message() -> Msg | None:
    try:
        _import_pyshark()
    except ImportError as exc:  # pragma: no cover - pyshark is a dependency
        return msg("pyshark is not installed: {reason}", reason=str(exc))
    # (imported before the try: its except clause names them)
    from pyshark.tshark.tshark import TSharkNotFoundException, get_process_path

    try:
        get_process_path()
    except TSharkNotFoundException:
        return msg("tshark is not installed (install Wireshark's tshark, e.g. apt install "
                   "tshark)")
    except Exception as exc:  # pragma: no cover
        return msg("cannot locate tshark: {reason}", reason=str(exc))
    return None


def tshark_available() -> bool:
    return shutil.which("tshark") is not None and _tshark_missing_message() is None


class PysharkReader:
    """Iterable of :class:`Packet` produced by tshark (through pyshark).

    ``path`` reads a file (any format tshark reads); ``interface`` captures live.  ``stats`` and
    ``warnings`` are filled while iterating.
    """

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        display_filter: str | None = None,
        interface: str | None = None,
        capture_filter: str | None = None,
        count: int | None = None,
        check_checksums: bool = False,
    ) -> None:
        if (path is None) == (interface is None):
            raise ValueError("give exactly one of path and interface")
        self.path = os.fspath(path) if path is not None else None
        self.interface = interface
        self.display_filter = display_filter
        self.capture_filter = capture_filter
        self.count = count
        self.check_checksums = check_checksums
        self.warnings: list[str] = []
        self.stats = SourceStats()
        self._truncation_reported = False
        if self.path is not None:
            if not os.path.exists(self.path):
                raise CaptureError(msg("{name}: no such file", name=self.path))
            if os.path.isdir(self.path):
                raise CaptureError(msg("{name}: is a directory, not a capture file",
                                       name=self.path))
            if os.path.isfile(self.path) and os.path.getsize(self.path) == 0:  # not a FIFO
                raise CaptureError(msg("{name}: empty file, not a capture", name=self.path))
        missing = _tshark_missing_message()
        if missing:
            raise CaptureError(missing)

    def _capture(self, decoder: _FieldRows | _PcapngStream) -> Any:
        file_cls, live_cls = _capture_classes()
        params = tshark_parameters(self.display_filter, check_checksums=self.check_checksums)
        if self.count:
            params += ["-c", str(self.count)]
        if self.path is not None:
            cap = file_cls(
                self.path,
                display_filter=self.display_filter,
                keep_packets=False,
                custom_parameters=params,
            )
        else:
            cap = live_cls(
                interface=self.interface,
                bpf_filter=self.capture_filter,
                display_filter=self.display_filter,
                custom_parameters=params,
            )
        cap._tlcp_parser = _make_parser(decoder)
        return cap

    def __iter__(self) -> Iterator[Packet]:
        from pyshark.capture.capture import TSharkCrashException
        from pyshark.capture.live_capture import UnknownInterfaceException

        decoder: _FieldRows | _PcapngStream
        if self.display_filter:
            decoder = _FieldRows(self.stats)
        else:
            decoder = _PcapngStream(self.stats, self.warnings, self.check_checksums)
        cap = self._capture(decoder)
        where = self.path or msg("interface {interface}", interface=self.interface)
        try:
            gen = cap._packets_from_tshark_sync()
            while True:
                try:
                    item = next(gen)
                except StopIteration:
                    break
                except TSharkCrashException as exc:
                    self._tshark_failed(where, cap, exc)
                    break
                except UnknownInterfaceException:
                    raise CaptureError(msg(
                        "{interface}: no such capture interface (tshark -D lists them)",
                        interface=self.interface)) from None
                if isinstance(item, list):
                    yield from item
            if isinstance(decoder, _PcapngStream):
                decoder.end()
            self._check_exit(where, cap)
        finally:
            try:
                cap.close()
            except TSharkCrashException as exc:
                self._tshark_failed(where, cap, exc)
            except Exception:  # pragma: no cover - cleanup must not mask the real error
                pass
            finally:
                # processes are gone; stop pyshark's __del__ from retrying on a closed loop
                cap._running_processes.clear()
                loop = getattr(cap, "eventloop", None)
                if loop is not None and not loop.is_running():
                    loop.close()

    def _check_exit(self, where: str, cap: Any) -> None:
        last = getattr(cap, "_last_error_line", None)
        if last and "cut short" in last and not self._truncation_reported:
            self._truncation_reported = True
            self.warnings.append(msg(
                "capture file is truncated after frame {frame}: the packets before the cut "
                "were read (tshark: {reason})",
                frame=self.stats.packets, reason=last.removeprefix("tshark: ")))

    def _tshark_failed(self, where: str, cap: Any, exc: Exception) -> None:
        last = str(getattr(cap, "_last_error_line", "") or "").strip()
        if "cut short" in last:
            self._check_exit(where, cap)
            return
        detail = last.removeprefix("tshark: ") if last else str(exc).splitlines()[0]
        raise CaptureError(msg("{where}: tshark failed: {reason}", where=where, reason=detail)
                           ) from None
