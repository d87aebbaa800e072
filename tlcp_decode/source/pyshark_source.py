"""Packet source driving tshark through pyshark, producing the same records as the native reader.

pyshark runs tshark in its EK (newline-delimited JSON) mode.  Its stock EK parser builds a
``pyshark.Packet`` with one ``EkLayer`` per protocol and only understands full-tree EK output, so
it cannot be combined with ``-e`` field selection (it needs the ``frame`` layer).  We keep
pyshark's process management (tshark discovery, the asyncio subprocess, stderr capture, live
capture through dumpcap) and swap in a small output parser that turns each EK line produced
with ``-T ek -e <a dozen fields>`` directly into a :class:`Packet`: no per-field Python objects.

tshark is told to keep the work minimal: no TCP reassembly or sequence analysis, no IP
defragmentation, and the heavy payload dissectors disabled (unless the display filter names
them), so that the payload is always the raw ``tcp.payload`` bytes.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import os
import re
import shutil
import sys
import threading
import warnings
from collections.abc import Iterator
from typing import Any

from .packet import CaptureError, Packet, SourceStats

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
    "ip.defragment:FALSE",
    "ipv6.defragment:FALSE",
)

_addr_cache: dict[str, str] = {}
_loads = json.JSONDecoder().decode


def _canon_addr(text: str) -> str:
    out = _addr_cache.get(text)
    if out is None:
        if len(_addr_cache) > 100_000:
            _addr_cache.clear()
        out = str(ipaddress.ip_address(text))
        _addr_cache[text] = out
    return out


def _epoch(text: str) -> float:
    """'1700000000.123456789' -> float computed exactly like the native reader does."""
    sec, _, frac = text.partition(".")
    if not frac:
        return float(int(sec))
    frac = (frac + "000000000")[:9]
    return int(sec) + int(frac) / 1e9


def tshark_parameters(display_filter: str | None, *, analysis: bool = False) -> list[str]:
    """The tshark arguments (besides ``-r``/``-i`` and ``-Y``) used by this source."""
    params = ["-T", "ek"]
    for f in FIELDS:
        params += ["-e", f]
    flt = (display_filter or "").lower()
    words = set(re.findall(r"[a-z0-9_-]+", flt))
    for proto in HEAVY_PROTOCOLS:
        if proto not in words:
            params += ["--disable-protocol", proto]
    for pref in BASE_PREFS:
        if pref.startswith("tcp.analyze_sequence_numbers") and ("tcp.analysis" in flt or analysis):
            continue
        params += ["-o", pref]
    return params


class _Rows:
    """Turns EK lines into Packet records and keeps the counters."""

    def __init__(self, stats: SourceStats) -> None:
        self.stats = stats

    def parse(self, line: bytes) -> Packet | None:
        """One ``-T ek -e ...`` line -> Packet (None for frames that are not usable TCP)."""
        stats = self.stats
        layers = _loads(line.decode("utf-8", "surrogateescape")).get("layers")
        if not isinstance(layers, dict):
            return None
        g = layers.get
        frame_v = g("frame_number")
        if frame_v is None:
            return None
        stats.packets += 1
        protocols = ":" + (g("frame_protocols") or [""])[-1] + ":"
        if ":tcp:" not in protocols or ":icmp" in protocols:
            stats.skipped_non_tcp += 1
            return None
        mf = g("ip_flags_mf")
        off = g("ip_frag_offset")
        if (mf is not None and mf[-1] in ("1", "True", "true", True)) or (
            off is not None and off[-1] not in ("0", 0)
        ):
            stats.fragments += 1
            return None
        seq_v = g("tcp_seq_raw")
        sport_v = g("tcp_srcport")
        if seq_v is None or sport_v is None:
            stats.malformed += 1
            return None
        # the innermost IP header carries TCP (matters only for tunnels)
        v4 = g("ip_src")
        v6 = g("ipv6_src")
        if v6 is not None and (v4 is None or protocols.rfind(":ipv6:") > protocols.rfind(":ip:")):
            src, dst = v6[-1], g("ipv6_dst")
        elif v4 is not None:
            src, dst = v4[-1], g("ip_dst")
        else:
            stats.skipped_non_tcp += 1
            return None
        if dst is None:
            stats.malformed += 1
            return None
        payload_v = g("tcp_payload")
        payload = bytes.fromhex(payload_v[-1].replace(":", "")) if payload_v else b""
        len_v = g("tcp_len")
        truncated = int(len_v[-1]) - len(payload) if len_v else 0
        if truncated > 0:
            stats.truncated_payloads += 1
        else:
            truncated = 0
        ack_v = g("tcp_ack_raw")
        win_v = g("tcp_window_size_value")
        stats.tcp += 1
        return Packet(
            int(frame_v[-1]),
            _epoch((g("frame_time_epoch") or ["0"])[-1]),
            _canon_addr(src),
            int(sport_v[-1]),
            _canon_addr(dst[-1]),
            int((g("tcp_dstport") or ["0"])[-1]),
            int(seq_v[-1]),
            int(ack_v[-1]) if ack_v else 0,
            int((g("tcp_flags") or ["0"])[-1], 16) & 0xFF,
            int(win_v[-1]) if win_v else 0,
            payload,
            truncated,
        )


def _make_parser(rows: _Rows) -> Any:
    from pyshark.tshark.output_parser.tshark_ek import TsharkEkJsonParser

    class FieldsEkParser(TsharkEkJsonParser):
        """pyshark EK stream reader whose "packets" are batches of our Packet records.

        pyshark's own loop extracts one line per event-loop round trip and re-copies the
        remaining buffer each time; here every read of up to 1 MiB is split into lines at once.
        """

        async def get_packets_from_stream(
            self, stream: Any, existing_data: bytes, got_first_packet: bool = True
        ) -> tuple[Any, bytes]:
            new_data = await stream.read(1 << 20)
            if not new_data:
                if existing_data.strip():
                    batch = _Batch(_parse_lines(rows, existing_data.split(b"\n")))
                    return batch, b""
                raise EOFError()
            data = existing_data + new_data
            cut = data.rfind(b"\n")
            if cut < 0:
                return None, data
            return _Batch(_parse_lines(rows, data[:cut].split(b"\n"))), data[cut + 1 :]

    return FieldsEkParser()


def _parse_lines(rows: _Rows, lines: list[bytes]) -> list[Packet]:
    out = []
    parse = rows.parse
    for line in lines:
        if not line.startswith(b'{"timestamp"'):
            continue  # blank lines and the {"index": ...} lines meant for Elasticsearch
        pkt = parse(line)
        if pkt is not None:
            out.append(pkt)
    return out


class _Batch(list[Packet]):
    def __bool__(self) -> bool:  # pyshark yields only truthy "packets"; empty batches too
        return True


def _capture_classes() -> tuple[Any, Any]:
    try:
        import pyshark
    except ImportError as exc:  # pragma: no cover - pyshark is a dependency
        raise CaptureError(f"pyshark is not installed: {exc}") from None

    class _FieldsMixin:
        _tlcp_rows: _Rows
        eventloop: Any

        def _setup_tshark_output_parser(self) -> Any:
            return _make_parser(self._tlcp_rows)

        def _setup_eventloop(self) -> None:
            # A private loop per capture, and a pidfd child watcher: pyshark installs a new
            # SafeChildWatcher per capture, which races (reaping with waitpid(-1)) and makes
            # tshark exits randomly look like crashes ("Unknown child process pid").
            self.eventloop = asyncio.new_event_loop()
            _install_child_watcher(self.eventloop)

    class FieldsFileCapture(_FieldsMixin, pyshark.FileCapture):
        pass

    class FieldsLiveCapture(_FieldsMixin, pyshark.LiveCapture):
        pass

    return FieldsFileCapture, FieldsLiveCapture


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


def _tshark_missing_message() -> str | None:
    try:
        from pyshark.tshark.tshark import TSharkNotFoundException, get_process_path

        get_process_path()
    except TSharkNotFoundException:
        return "tshark is not installed (install Wireshark's tshark, e.g. apt install tshark)"
    except Exception as exc:  # pragma: no cover
        return f"cannot locate tshark: {exc}"
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
    ) -> None:
        if (path is None) == (interface is None):
            raise ValueError("give exactly one of path and interface")
        self.path = os.fspath(path) if path is not None else None
        self.interface = interface
        self.display_filter = display_filter
        self.capture_filter = capture_filter
        self.count = count
        self.warnings: list[str] = []
        self.stats = SourceStats()
        self._truncation_reported = False
        if self.path is not None:
            if not os.path.exists(self.path):
                raise CaptureError(f"{self.path}: no such file")
            if os.path.isdir(self.path):
                raise CaptureError(f"{self.path}: is a directory, not a capture file")
            if os.path.getsize(self.path) == 0:
                raise CaptureError(f"{self.path}: empty file, not a capture")
        missing = _tshark_missing_message()
        if missing:
            raise CaptureError(missing)

    def _capture(self, rows: _Rows) -> Any:
        file_cls, live_cls = _capture_classes()
        params = tshark_parameters(self.display_filter)
        if self.count:
            params += ["-c", str(self.count)]
        if self.path is not None:
            cap = file_cls(
                self.path,
                display_filter=self.display_filter,
                keep_packets=False,
                use_ek=True,
                custom_parameters=params[2:],  # pyshark adds "-T ek" itself
            )
        else:
            cap = live_cls(
                interface=self.interface,
                bpf_filter=self.capture_filter,
                display_filter=self.display_filter,
                use_ek=True,
                custom_parameters=params[2:],
            )
        cap._tlcp_rows = rows
        return cap

    def __iter__(self) -> Iterator[Packet]:
        from pyshark.capture.capture import TSharkCrashException

        rows = _Rows(self.stats)
        cap = self._capture(rows)
        where = self.path or f"interface {self.interface}"
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
                if isinstance(item, list):
                    yield from item
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
            self.warnings.append(
                f"capture file is truncated after frame {self.stats.packets}: "
                "the packets before the cut were read (tshark: "
                + last.removeprefix("tshark: ")
                + ")"
            )

    def _tshark_failed(self, where: str, cap: Any, exc: Exception) -> None:
        last = str(getattr(cap, "_last_error_line", "") or "").strip()
        if "cut short" in last:
            self._check_exit(where, cap)
            return
        detail = last.removeprefix("tshark: ") if last else str(exc).splitlines()[0]
        raise CaptureError(f"{where}: tshark failed: {detail}") from None
