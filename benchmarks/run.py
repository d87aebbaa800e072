#!/usr/bin/env python3
"""Speed and memory benchmark: tlcp-decode (native, pyshark) and the Lua plugin vs tshark.

Two workloads, each a capture built by ``build_capture.py``: ``bulk`` (~1,200 connections in
80k packets, mostly data transfer) and ``handshake`` (~3,600 short connections in 80k packets,
mostly handshakes). On each, every tool runs in A B A B order for ``--rounds`` rounds, output
to /dev/null for all; a Markdown table per workload gives the median wall time, its ratio to
``tshark -V`` (Wireshark's own TLS dissector decoding TLCP on every server port, full tree)
and to ``tshark`` (the same dissection, one summary line per packet), the cost per connection
(median wall / connections), peak RSS, and the goals of issue 17 (handshake) and of the first
speed round (bulk).

    python benchmarks/run.py [--workloads bulk,handshake] [--capture F] [--scale 1]
                             [--rounds 3] [--memory-check] [--flood-check] [--write-results]
                             [--first-flow]
                             [--tools tshark,tshark1,native,native1,pyshark,text,lua-augment,lua]
                             [--baseline SRC]

``--baseline SRC`` also runs the tlcp-decode rows with the package found in the source tree
SRC (e.g. ``git worktree add /tmp/base main``): before/after ratios from the same rounds.

Peak RSS is measured with ``/usr/bin/time -v`` when present, else with
``resource.getrusage(RUSAGE_CHILDREN)`` in a fresh helper process per run: the largest single
process. tlcp-decode reads and analyses a file in two processes when it has two CPUs (the
"native" row; "--jobs 1" is the one-process run), so the summed resident set of the whole
process tree (without the measuring wrapper) is also sampled (every 20 ms, from a thread)
during every run.

The package is byte-compiled first, as an installed wheel is: where PYTHONDONTWRITEBYTECODE is
set, every run would otherwise compile tlcp_decode from source (~0.08 s here).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import platform
import re
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import build_capture  # noqa: E402

LUA = ROOT / "dissector" / "tlcp.lua"
RESULTS = HERE / "RESULTS.md"
TSHARK_V = "tshark -V"
TSHARK_SUMMARY = "tshark"
# Goals per workload and tool key: (baseline, highest ratio). "native1" (--jobs 1) has a goal
# on the handshake workload only; on bulk it is shown for reference.
TARGETS: dict[str, dict[str, tuple[tuple[str, float], ...]]] = {
    "bulk": {"native": ((TSHARK_V, 0.25),), "pyshark": ((TSHARK_V, 1.0),)},
    "handshake": {"native": ((TSHARK_V, 0.20), (TSHARK_SUMMARY, 0.8)),
                  "native1": ((TSHARK_V, 0.30),), "pyshark": ((TSHARK_V, 0.6),)},
}
RSS_LIMIT_MB = 100.0


def _tlcp_decode() -> list[str]:
    exe = Path(sys.executable).with_name("tlcp-decode")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("tlcp-decode")
    return [found] if found else [sys.executable, "-m", "tlcp_decode"]


@dataclass
class Tool:
    name: str
    argv: list[str]
    key: str = ""  # native | native1 | pyshark | text: which goals apply
    env: dict[str, str] | None = None  # PYTHONPATH of a --baseline row, COLUMNS of a text row

    @property
    def decoder(self) -> bool:
        return bool(self.key)


@dataclass
class Sample:
    wall: float
    rss_mb: float | None  # largest single process
    tree_mb: float | None  # summed resident set of the process tree, peak
    returncode: int


@dataclass
class Row:
    tool: Tool
    samples: list[Sample] = field(default_factory=list)
    first_flow: float | None = None  # --first-flow: seconds to the first JSON line (a pipe)

    @property
    def median(self) -> float:
        return statistics.median(s.wall for s in self.samples)

    @property
    def rss(self) -> float | None:
        values = [s.rss_mb for s in self.samples if s.rss_mb is not None]
        return max(values) if values else None

    @property
    def tree_rss(self) -> float | None:
        values = [s.tree_mb for s in self.samples if s.tree_mb is not None]
        return max(values) if values else None


def tools(capture: Path, ports: list[int], wanted: list[str],
          baseline: Path | None = None) -> tuple[list[Tool], list[str]]:
    decode_as_tls = [a for p in ports for a in ("-d", f"tcp.port=={p},tls")]
    decode_as_tlcp = [a for p in ports for a in ("-d", f"tcp.port=={p},tlcp")]
    out: list[Tool] = []
    notes: list[str] = []
    tshark = shutil.which("tshark")
    # the output options of each tlcp-decode row; "text" is what a user gets without options
    # (the text report, no colour on /dev/null, rich's default width of 80 columns)
    decoders = {
        "native": ("tlcp-decode --json --source native", ["--json", "--source", "native"]),
        "native1": ("tlcp-decode --json --source native --jobs 1 (one process)",
                    ["--json", "--source", "native", "--jobs", "1"]),
        "pyshark": ("tlcp-decode --json --source pyshark", ["--json", "--source", "pyshark"]),
        "text": ("tlcp-decode --source native (text report, the default output)",
                 ["--source", "native"]),
    }
    for name in wanted:
        if name in ("tshark", "tshark1", "pyshark", "lua", "lua-augment") and not tshark:
            notes.append(f"{name} row skipped: tshark not installed")
            continue
        assert tshark is not None or name not in ("tshark", "tshark1", "pyshark", "lua",
                                                  "lua-augment")
        if name == "tshark":
            out.append(Tool(f"{TSHARK_V} (tls dissector)",
                            [str(tshark), "-n", "-r", str(capture), "-V", *decode_as_tls]))
        elif name == "tshark1":
            out.append(Tool(f"{TSHARK_SUMMARY} (tls dissector, one line per packet)",
                            [str(tshark), "-n", "-r", str(capture), *decode_as_tls]))
        elif name in decoders:
            label, extra = decoders[name]
            argv = [str(capture), "-q", *extra]
            # the text report's width, whatever terminal the benchmark runs in
            width = {"COLUMNS": "80"} if "--json" not in extra else {}
            out.append(Tool(label, [*_tlcp_decode(), *argv], name, width or None))
            if baseline is not None:
                out.append(Tool(f"{label} [baseline]", [sys.executable, "-P", "-m", "tlcp_decode",
                                                        *argv], name,
                                {"PYTHONPATH": str(baseline), **width}))
        elif name == "lua":
            if not LUA.exists():
                notes.append(f"Lua plugin row skipped: {LUA.relative_to(ROOT)} does not exist yet")
                continue
            out.append(Tool("tshark -V -X lua_script:tlcp.lua (standalone, Decode As tlcp)",
                            [str(tshark), "-n", "-r", str(capture), "-V", "-X",
                             f"lua_script:{LUA}", *decode_as_tlcp]))
        elif name == "lua-augment":
            # the plugin's default mode: Wireshark's tls dissects, the plugin adds its tree
            if not LUA.exists():
                notes.append("augment-mode row skipped: the plugin is missing")
                continue
            out.append(Tool("tshark -V -X lua_script:tlcp.lua (augment, Decode As tls)",
                            [str(tshark), "-n", "-r", str(capture), "-V", "-X",
                             f"lua_script:{LUA}", *decode_as_tls]))
    return out, notes


_RSS_RE = re.compile(r"Maximum resident set size \(kbytes\):\s*(\d+)")

# Helper run in a fresh interpreter when /usr/bin/time is missing: runs the command, forwards
# its stdout, and prints the child's peak RSS (KiB, Linux) on stderr as the last line.
_RUSAGE_HELPER = """
import resource, subprocess, sys
rc = subprocess.call(sys.argv[1:])
print("MAXRSS_KB", resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)
sys.exit(rc)
"""


def _environment(tool: Tool) -> dict[str, str] | None:
    return {**os.environ, **tool.env} if tool.env else None


def measure(tool: Tool, timeout: float) -> Sample:
    """One run, stdout to /dev/null; the tree's RSS sampled from a thread (wall stays exact)."""
    timer = Path("/usr/bin/time")
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        if timer.exists():
            argv = [str(timer), "-v", "-o", tf.name, *tool.argv]
        else:
            argv = [sys.executable, "-c", _RUSAGE_HELPER, *tool.argv]
        stderr = tempfile.TemporaryFile()
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=stderr,
                                env=_environment(tool))
        peak = [0.0]
        done = threading.Event()

        def sample() -> None:
            while not done.wait(0.02):
                peak[0] = max(peak[0], _tree_rss_mb(proc.pid, include_root=False))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        # a blocking wait, ended by the kernel the moment the process ends: Popen.wait with a
        # timeout polls, up to 50 ms apart, which rounded every wall time up to its next poll
        timed_out = threading.Event()

        def kill() -> None:
            timed_out.set()
            proc.kill()

        killer = threading.Timer(timeout, kill)
        killer.start()
        try:
            rc = proc.wait()
        finally:
            killer.cancel()
            done.set()
        wall = time.perf_counter() - start
        if timed_out.is_set():
            raise subprocess.TimeoutExpired(argv, timeout)
        sampler.join()
        stderr.seek(0)
        err = stderr.read().decode(errors="replace")
        rss = None
        text = tf.read() if timer.exists() else err
        m = _RSS_RE.search(text) or re.search(r"MAXRSS_KB (\d+)", text)
        if m:
            rss = int(m.group(1)) / 1024
        if rc != 0:
            print(f"warning: {tool.name} exited {rc}: {err.strip()[-300:]}", file=sys.stderr)
    return Sample(wall, rss, peak[0] or None, rc)


def first_flow(tool: Tool, timeout: float) -> float | None:
    """Seconds until the first JSON line (a connection) comes out of a pipe (one extra run)."""
    start = time.perf_counter()
    proc = subprocess.Popen(tool.argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            env=_environment(tool))
    assert proc.stdout is not None
    first: float | None = None
    fd = proc.stdout.fileno()
    while True:
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            break
        if first is None and b"\n" in chunk:
            first = time.perf_counter() - start
    proc.wait(timeout=timeout)
    return first


def run_rounds(tool_list: list[Tool], rounds: int, timeout: float,
               verbose: bool = True) -> list[Row]:
    rows = [Row(t) for t in tool_list]
    for r in range(rounds):
        for row in rows:  # A B A B ... : every round runs every tool once, in the same order
            s = measure(row.tool, timeout)
            row.samples.append(s)
            if verbose:
                print(f"  round {r + 1}: {row.tool.name}: {s.wall:.2f} s, "
                      f"{s.rss_mb or 0:.0f} MB", file=sys.stderr)
    return rows


def _fmt(v: float | None, spec: str, unit: str = "") -> str:
    return "n/a" if v is None else f"{v:{spec}}{unit}"


def _base(rows: list[Row], prefix: str) -> float | None:
    return next((r.median for r in rows if r.tool.name.startswith(prefix + " (tls")), None)


def table(rows: list[Row], capture_info: str, connections: int | None = None,
          workload: str = "bulk") -> tuple[str, bool]:
    """The Markdown table of one workload, and whether every goal of it was met."""
    base_v, base_s = _base(rows, TSHARK_V), _base(rows, TSHARK_SUMMARY)
    goals = TARGETS.get(workload, {})
    first = any(r.first_flow is not None for r in rows)
    lines = [f"Capture: {capture_info}", "",
             "| tool | median wall (s) | runs (s) | x tshark -V | x tshark | per connection "
             "(ms) | goal | peak RSS (MB) | peak summed RSS (MB) |" + (" first flow (s) |"
                                                                       if first else ""),
             "|---|---|---|---|---|---|---|---|---|" + ("---|" if first else "")]
    all_met = True
    for row in rows:
        ratio_v = row.median / base_v if base_v else None
        ratio_s = row.median / base_s if base_s else None
        verdicts = []
        if not row.tool.name.endswith("[baseline]"):
            for baseline, limit in goals.get(row.tool.key, ()):
                ratio = ratio_v if baseline == TSHARK_V else ratio_s
                if ratio is None:
                    continue
                met = ratio <= limit
                all_met &= met
                verdicts.append(f"<= {limit} x {baseline} ({'met' if met else 'MISSED'})")
            if workload == "handshake" and row.tool.key == "native" and row.tree_rss:
                met = row.tree_rss <= RSS_LIMIT_MB
                all_met &= met
                verdicts.append(f"<= {RSS_LIMIT_MB:.0f} MB ({'met' if met else 'MISSED'})")
        runs = ", ".join(f"{s.wall:.2f}" for s in row.samples)
        per_conn = row.median / connections * 1000 if connections else None
        line = (f"| {row.tool.name} | {row.median:.2f} | {runs} | {_fmt(ratio_v, '.3f')} | "
                f"{_fmt(ratio_s, '.3f')} | {_fmt(per_conn, '.3f')} | {'; '.join(verdicts)} | "
                f"{_fmt(row.rss, '.0f')} | {_fmt(row.tree_rss, '.0f')} |")
        if first:
            ff = row.first_flow
            line += f" {ff:.2f} |" if ff is not None else " |"
        lines.append(line)
    return "\n".join(lines), all_met


def machine() -> str:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    tshark = "not installed"
    if shutil.which("tshark"):
        out = subprocess.run(["tshark", "--version"], capture_output=True, text=True).stdout
        tshark = out.splitlines()[0] if out else "unknown"
    return (f"- date: {_dt.datetime.now(_dt.UTC).strftime('%Y-%m-%d %H:%M UTC')}\n"
            f"- nproc: {os.cpu_count()}\n- CPU: {cpu}\n"
            f"- Python: {platform.python_version()}\n- tshark: {tshark}")


def write_results(text: str, path: Path | None = None) -> None:
    """Replace (or append) the section of this machine's run in RESULTS.md."""
    path = path or RESULTS
    begin, end = "<!-- run.py results begin -->", "<!-- run.py results end -->"
    block = f"{begin}\n{text}\n{end}"
    old = path.read_text() if path.exists() else "# Benchmark results\n\n"
    if begin in old and end in old:
        new = old[:old.index(begin)] + block + old[old.index(end) + len(end):]
    else:
        new = old.rstrip("\n") + "\n\n" + block + "\n"
    path.write_text(new)


def byte_compile(extra: Path | None = None) -> None:
    """Compile the installed tlcp_decode package's modules, as installing a wheel does
    (and those of the ``--baseline`` source tree)."""
    import compileall
    import importlib.util

    spec = importlib.util.find_spec("tlcp_decode")
    locations = list(spec.submodule_search_locations or []) if spec else []
    if extra is not None:
        locations.append(str(extra / "tlcp_decode"))
    for location in locations:
        compileall.compile_dir(location, quiet=1)


def _tree_rss_mb(pid: int, include_root: bool = True) -> float:
    """Resident set of a process and its descendants now (Linux /proc), MB; without the
    process itself when it is only the measuring wrapper (``include_root=False``)."""
    total = 0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:") and (include_root or p != pid):
                    total += int(line.split()[1])
            children = Path(f"/proc/{p}/task/{p}/children").read_text().split()
        except OSError:
            continue
        todo.extend(int(c) for c in children)
    return total / 1024


def peak_tree_rss(argv: list[str], timeout: float) -> tuple[float, float]:
    """Run ``argv`` (output discarded); (wall seconds, peak summed RSS of its tree in MB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0.0
    while proc.poll() is None:
        peak = max(peak, _tree_rss_mb(proc.pid))
        if time.perf_counter() - start > timeout:  # as measure() does: no sample from it
            proc.kill()
            proc.wait()
            raise subprocess.TimeoutExpired(argv, timeout)
        time.sleep(0.05)
    return time.perf_counter() - start, peak


def memory_check(scale: float, seed: int, keep: Path | None, timeout: float) -> tuple[str, bool]:
    """Build the 1x and a ``scale``-x capture; peak RSS of the native decoder must be flat."""
    with tempfile.TemporaryDirectory() as tmp:
        results = []
        for s in (1.0, scale):
            path = (keep / f"tlcp-bench-x{s:g}.pcap") if keep else Path(tmp) / f"x{s:g}.pcap"
            if not path.exists():
                build_capture.build(path, s, seed)
            argv = [*_tlcp_decode(), str(path), "--json", "-q", "--source", "native"]
            wall, rss = peak_tree_rss(argv, timeout * s)
            results.append((s, path.stat().st_size, wall, rss))
    (_, size1, wall1, rss1), (_, size_n, wall_n, rss_n) = results
    ok = rss_n <= RSS_LIMIT_MB and rss_n <= rss1 * 1.25 + 5
    text = ("| capture | size (MB) | wall (s) | peak RSS, all processes (MB) |\n"
            "|---|---|---|---|\n"
            f"| 1x | {size1 / 1e6:.0f} | {wall1:.1f} | {rss1:.0f} |\n"
            f"| {scale:g}x | {size_n / 1e6:.0f} | {wall_n:.1f} | {rss_n:.0f} |\n\n"
            f"Memory bound (<= {RSS_LIMIT_MB:.0f} MB and flat, at most +25% over 1x; the sum "
            f"of both processes, sampled every 50 ms): {'met' if ok else 'MISSED'}")
    return text, ok


FLOOD_RSS_LIMIT_MB = 300.0


def flood_check(connections: int, keep: Path | None, timeout: float) -> tuple[str, bool]:
    """Hostile captures (tlcp_decode.testing.floods): a SYN flood, as many connections left with
    a partial record, as many short connections ending with an alert, a connection in 2,000
    waiting with 1 MB out of order, and as many alerts in one connection, decoded in the default two processes and with ``--jobs 1``; the summed peak
    RSS of all processes must stay under FLOOD_RSS_LIMIT_MB."""
    from tlcp_decode.testing import floods

    alert = b"\x15\x01\x01\x00\x02\x01\x5a"  # warning user_canceled
    json_both = (("two processes", ["--json"]), ("--jobs 1", ["--json", "--jobs", "1"]))
    waiting = max(1, connections // 2000)
    # name -> (frames, connections in it, modes): the alerts of one connection are also
    # printed as the text report, which lists them (the 200,000 of issue 14)
    kinds = {
        "SYN flood": (floods.syn_flood_frames(connections), connections, json_both),
        "partial record": (floods.partial_record_frames(connections), connections, json_both),
        "short connections with an alert": (floods.short_connection_frames(connections),
                                            connections, json_both[:1]),
        # a hundred connections (for 200,000) each waiting with 1 MB out of order at once
        "1 MB out of order each": (floods.out_of_order_frames(waiting, 1 << 20), waiting,
                                   json_both),
        f"{connections:,} alerts in one connection": (
            floods.one_connection_frames(alert, connections), 1,
            (*json_both, ("text, two processes", []))),
    }
    rows, ok = [], True
    with tempfile.TemporaryDirectory() as tmp:
        for name, (frames, count, modes) in kinds.items():
            stem = name.replace(" ", "-").replace(",", "")
            path = (keep or Path(tmp)) / f"tlcp-flood-{stem}-{connections}.pcap"
            if not path.exists():
                floods.write_pcap(path, frames)
            for mode, extra in modes:
                argv = [*_tlcp_decode(), str(path), "-q", *extra]
                wall, rss = peak_tree_rss(argv, timeout)
                ok &= rss <= FLOOD_RSS_LIMIT_MB
                rows.append(f"| {name} | {count:,} | {mode} | {wall:.1f} | {rss:.0f} |")
    text = ("| capture | connections | output, processes | wall (s) | peak RSS, all processes "
            "(MB) |\n|---|---|---|---|---|\n" + "\n".join(rows) + "\n\n"
            f"Flood bound (<= {FLOOD_RSS_LIMIT_MB:.0f} MB, summed over the processes, sampled "
            f"every 50 ms): {'met' if ok else 'MISSED'}")
    return text, ok


def capture_path(workdir: Path, workload: str, scale: float) -> Path:
    """Where a built capture is kept (the bulk one under its historical name)."""
    kind = "" if workload == "bulk" else f"{workload}-"
    return workdir / f"tlcp-bench-{kind}x{scale:g}.pcap"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--capture", type=Path,
                    help="existing capture (default: build one per workload)")
    ap.add_argument("--workloads", default="bulk,handshake",
                    help="which built captures to run: bulk, handshake (see build_capture.py)")
    ap.add_argument("--scale", type=float, default=1.0, help="scale of the built capture")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--tools",
                    default="tshark,tshark1,native,native1,pyshark,text,lua-augment,lua")
    ap.add_argument("--baseline", type=Path,
                    help="source tree of another tlcp_decode: its rows run in the same rounds")
    ap.add_argument("--first-flow", action="store_true",
                    help="also time the first JSON line through a pipe (one extra run each)")
    ap.add_argument("--timeout", type=float, default=1800.0, help="per run, seconds")
    ap.add_argument("--memory-check", action="store_true",
                    help="also check peak RSS on a 10x bulk capture (--memory-scale)")
    ap.add_argument("--memory-scale", type=float, default=10.0)
    ap.add_argument("--flood-check", action="store_true",
                    help="check peak RSS on a SYN flood, as many connections with a partial "
                    "record, as many short connections with an alert, as many alerts in one "
                    "connection (--flood-connections)")
    ap.add_argument("--flood-connections", type=int, default=200_000)
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()),
                    help="where built captures are kept between runs")
    ap.add_argument("--write-results", action="store_true", help=f"update {RESULTS.name}")
    ap.add_argument("--json", action="store_true", help="also print raw samples as JSON")
    args = ap.parse_args(argv)

    captures: list[tuple[str, Path]] = []
    if args.capture is not None:
        captures.append(("given", args.capture))
    else:
        for workload in (w.strip() for w in args.workloads.split(",") if w.strip()):
            if workload not in build_capture.WORKLOADS:
                ap.error(f"unknown workload {workload!r}")
            path = capture_path(args.workdir, workload, args.scale)
            if not path.exists():
                print(f"building {path} ...", file=sys.stderr)
                build_capture.build(path, args.scale, args.seed, workload=workload)
            captures.append((workload, path))
    templates = build_capture.load_templates()
    ports = build_capture.server_ports(templates)
    wanted = [t.strip() for t in args.tools.split(",") if t.strip()]
    byte_compile(args.baseline)
    out: list[str] = []
    raw: list[dict[str, object]] = []
    for workload, capture in captures:
        tool_list, notes = tools(capture, ports, wanted, args.baseline)
        packets, connections = capture_stats(capture)
        info = (f"`{capture.name}`, {capture.stat().st_size / 1e6:.1f} MB, {packets} packets, "
                f"{connections} connections")
        print(f"{workload}: {info}", file=sys.stderr)
        load_before = os.getloadavg()[0]
        rows = run_rounds(tool_list, args.rounds, args.timeout)
        load_after = os.getloadavg()[0]
        if args.first_flow:
            for row in rows:
                if row.tool.decoder:
                    row.first_flow = first_flow(row.tool, args.timeout)
        text, met = table(rows, info, connections, "handshake" if workload == "handshake"
                          else "bulk")
        title = {"bulk": "Bulk data", "handshake": "Handshake-heavy"}.get(workload, "Capture")
        out.append(f"### {title} ({workload})\n\n{text}\n\nLoad average (1 min) before / "
                   f"after the rounds: {load_before:.1f} / {load_after:.1f}; goals: "
                   f"{'all met' if met else 'NOT all met'}")
        out += [f"\nNote: {n}" for n in notes]
        raw += [{"workload": workload, "tool": r.tool.name,
                 "samples": [s.__dict__ for s in r.samples]} for r in rows]
    ok = True
    if args.memory_check:
        text, ok = memory_check(args.memory_scale, args.seed, args.workdir, args.timeout)
        out.append("\n### Memory\n\n" + text)
    if args.flood_check:
        text, flood_ok = flood_check(args.flood_connections, args.workdir, args.timeout)
        ok &= flood_ok
        out.append("### Many connections\n\n" + text)
    report = "\n\n".join(out)
    print(report)
    if args.json:
        print(json.dumps(raw))
    if args.write_results:
        write_results(f"## Latest run ({args.rounds} rounds)\n\n{machine()}\n\n{report}")
    return 0 if ok else 1


def capture_stats(path: Path) -> tuple[int, int]:
    """Packets and TCP connections (distinct client/server port pairs of SYNs without ACK) of
    a classic pcap of Ethernet/IPv4 frames (the format build_capture writes)."""
    packets = 0
    connections: set[tuple[bytes, bytes]] = set()
    with open(path, "rb") as fh:
        head = fh.read(24)
        if head[:4] not in (b"\xd4\xc3\xb2\xa1", b"\xa1\xb2\xc3\xd4"):
            return 0, 0
        record = struct.Struct(("<" if head[:4] == b"\xd4\xc3\xb2\xa1" else ">") + "IIII")
        while True:
            rec = fh.read(16)
            if len(rec) < 16:
                break
            frame = fh.read(record.unpack(rec)[2])
            packets += 1
            off = build_capture._tcp_offset(frame)
            if off >= 0 and len(frame) >= off + 14 and frame[off + 13] & 0x12 == 0x02:
                connections.add((frame[14 + 12:14 + 20], frame[off:off + 4]))
    return packets, len(connections)


if __name__ == "__main__":
    sys.exit(main())
