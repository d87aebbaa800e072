#!/usr/bin/env python3
"""Speed and memory benchmark: tlcp-decode (native, pyshark) and the Lua plugin vs tshark -V.

Runs every tool on the capture built by ``build_capture.py`` in A B A B order for ``--rounds``
rounds, and prints a Markdown table of median wall time, ratio to ``tshark -V`` (Wireshark's own
TLS dissector decoding TLCP on every server port), peak RSS, and for tlcp-decode the time until
the first JSON line (a connection) appears on stdout.

    python benchmarks/run.py [--capture F] [--scale 1] [--rounds 3] [--memory-check]
                             [--write-results]
                             [--tools tshark,native,native1,pyshark,lua-augment,lua]

Peak RSS is measured with ``/usr/bin/time -v`` when present, else with
``resource.getrusage(RUSAGE_CHILDREN)`` in a fresh helper process per run: the largest single
process. tlcp-decode reads and analyses a file in two processes when it has two CPUs (the
"native" row; "--jobs 1" is the one-process run), so the memory check also samples the summed
resident set of its process tree.

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
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import build_capture  # noqa: E402

LUA = ROOT / "dissector" / "tlcp.lua"
RESULTS = HERE / "RESULTS.md"
TARGETS = {"native": 0.25, "pyshark": 1.0}  # the "--jobs 1" row is shown for reference
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
    reads_stdout: bool  # measure time to the first stdout line (else stdout -> /dev/null)
    note: str = ""


@dataclass
class Sample:
    wall: float
    rss_mb: float | None
    first_line: float | None
    returncode: int


@dataclass
class Row:
    tool: Tool
    samples: list[Sample] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(s.wall for s in self.samples)

    @property
    def rss(self) -> float | None:
        values = [s.rss_mb for s in self.samples if s.rss_mb is not None]
        return max(values) if values else None

    @property
    def first_line(self) -> float | None:
        values = [s.first_line for s in self.samples if s.first_line is not None]
        return statistics.median(values) if values else None


def tools(capture: Path, ports: list[int], wanted: list[str]) -> tuple[list[Tool], list[str]]:
    decode_as_tls = [a for p in ports for a in ("-d", f"tcp.port=={p},tls")]
    decode_as_tlcp = [a for p in ports for a in ("-d", f"tcp.port=={p},tlcp")]
    out: list[Tool] = []
    notes: list[str] = []
    tshark = shutil.which("tshark")
    for name in wanted:
        if name == "tshark":
            if not tshark:
                notes.append("tshark not installed: no baseline")
                continue
            out.append(Tool("tshark -V (tls dissector)",
                            [tshark, "-n", "-r", str(capture), "-V", *decode_as_tls], False))
        elif name == "native":
            out.append(Tool("tlcp-decode --json --source native",
                            [*_tlcp_decode(), str(capture), "--json", "-q", "--source", "native"],
                            True))
        elif name == "native1":
            out.append(Tool("tlcp-decode --json --source native --jobs 1 (one process)",
                            [*_tlcp_decode(), str(capture), "--json", "-q", "--source", "native",
                             "--jobs", "1"], True))
        elif name == "pyshark":
            if not tshark:
                notes.append("pyshark row skipped: tshark not installed")
                continue
            out.append(Tool("tlcp-decode --json --source pyshark",
                            [*_tlcp_decode(), str(capture), "--json", "-q", "--source", "pyshark"],
                            True))
        elif name == "lua":
            if not tshark:
                continue
            if not LUA.exists():
                notes.append(f"Lua plugin row skipped: {LUA.relative_to(ROOT)} does not exist yet")
                continue
            out.append(Tool("tshark -V -X lua_script:tlcp.lua (standalone, Decode As tlcp)",
                            [tshark, "-n", "-r", str(capture), "-V", "-X",
                             f"lua_script:{LUA}", *decode_as_tlcp], False))
        elif name == "lua-augment":
            # the plugin's default mode: Wireshark's tls dissects, the plugin adds its tree
            if not tshark or not LUA.exists():
                notes.append("augment-mode row skipped: tshark or the plugin is missing")
                continue
            out.append(Tool("tshark -V -X lua_script:tlcp.lua (augment, Decode As tls)",
                            [tshark, "-n", "-r", str(capture), "-V", "-X",
                             f"lua_script:{LUA}", *decode_as_tls], False))
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


def measure(tool: Tool, timeout: float) -> Sample:
    timer = Path("/usr/bin/time")
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        if timer.exists():
            argv = [str(timer), "-v", "-o", tf.name, *tool.argv]
        else:
            argv = [sys.executable, "-c", _RUSAGE_HELPER, *tool.argv]
        stderr = tempfile.TemporaryFile()
        start = time.perf_counter()
        first: float | None = None
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE if tool.reads_stdout
                                else subprocess.DEVNULL, stderr=stderr)
        try:
            if tool.reads_stdout:
                assert proc.stdout is not None
                fd = proc.stdout.fileno()
                while True:
                    chunk = os.read(fd, 1 << 20)
                    if not chunk:
                        break
                    if first is None and b"\n" in chunk:
                        first = time.perf_counter() - start
            rc = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            raise
        wall = time.perf_counter() - start
        stderr.seek(0)
        err = stderr.read().decode(errors="replace")
        rss = None
        text = tf.read() if timer.exists() else err
        m = _RSS_RE.search(text) or re.search(r"MAXRSS_KB (\d+)", text)
        if m:
            rss = int(m.group(1)) / 1024
        if rc != 0:
            print(f"warning: {tool.name} exited {rc}: {err.strip()[-300:]}", file=sys.stderr)
    return Sample(wall, rss, first, rc)


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


def table(rows: list[Row], capture_info: str) -> str:
    base = next((r.median for r in rows if r.tool.name.startswith("tshark -V (tls")), None)
    lines = [f"Capture: {capture_info}", "",
             "| tool | median wall (s) | runs (s) | x tshark -V | target | peak RSS (MB) "
             "| first flow (s) |",
             "|---|---|---|---|---|---|---|"]
    for row in rows:
        ratio = row.median / base if base else None
        key = ("native" if row.tool.name.endswith("--source native") else
               "pyshark" if row.tool.name.endswith("--source pyshark") else None)
        target = TARGETS.get(key or "")
        verdict = ""
        if target is not None and ratio is not None:
            verdict = f"<= {target} ({'met' if ratio <= target else 'MISSED'})"
        runs = ", ".join(f"{s.wall:.2f}" for s in row.samples)
        first = row.first_line
        first_txt = (f"{first:.2f} ({first / row.median:.0%} of total)"
                     if first is not None else "")
        lines.append(f"| {row.tool.name} | {row.median:.2f} | {runs} | "
                     f"{_fmt(ratio, '.3f')} | {verdict} | {_fmt(row.rss, '.0f')} | {first_txt} |")
    return "\n".join(lines)


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


def byte_compile() -> None:
    """Compile the installed tlcp_decode package's modules, as installing a wheel does."""
    import compileall
    import importlib.util

    spec = importlib.util.find_spec("tlcp_decode")
    for location in (spec.submodule_search_locations or []) if spec else []:
        compileall.compile_dir(location, quiet=1)


def _tree_rss_mb(pid: int) -> float:
    """Resident set of a process and its descendants now (Linux /proc), MB."""
    total = 0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--capture", type=Path, help="existing capture (default: build one)")
    ap.add_argument("--scale", type=float, default=1.0, help="scale of the built capture")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--tools", default="tshark,native,native1,pyshark,lua-augment,lua")
    ap.add_argument("--timeout", type=float, default=1800.0, help="per run, seconds")
    ap.add_argument("--memory-check", action="store_true",
                    help="also check peak RSS on a 10x capture (--memory-scale)")
    ap.add_argument("--memory-scale", type=float, default=10.0)
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()),
                    help="where built captures are kept between runs")
    ap.add_argument("--write-results", action="store_true", help=f"update {RESULTS.name}")
    ap.add_argument("--json", action="store_true", help="also print raw samples as JSON")
    args = ap.parse_args(argv)

    capture = args.capture
    if capture is None:
        capture = args.workdir / f"tlcp-bench-x{args.scale:g}.pcap"
        if not capture.exists():
            print(f"building {capture} ...", file=sys.stderr)
            build_capture.build(capture, args.scale, args.seed)
    templates = build_capture.load_templates()
    ports = build_capture.server_ports(templates)
    tool_list, notes = tools(capture, ports, [t.strip() for t in args.tools.split(",") if t])
    packets = sum(1 for _ in _pcap_records(capture))
    info = f"`{capture.name}`, {capture.stat().st_size / 1e6:.1f} MB, {packets} packets"
    byte_compile()
    rows = run_rounds(tool_list, args.rounds, args.timeout)
    out = [table(rows, info)]
    out += [f"\nNote: {n}" for n in notes]
    ok = True
    if args.memory_check:
        text, ok = memory_check(args.memory_scale, args.seed, args.workdir, args.timeout)
        out.append("\n### Memory\n\n" + text)
    report = "\n".join(out)
    print(report)
    if args.json:
        print(json.dumps([{"tool": r.tool.name, "samples": [s.__dict__ for s in r.samples]}
                          for r in rows]))
    if args.write_results:
        write_results(f"## Latest run ({args.rounds} rounds)\n\n{machine()}\n\n{report}")
    return 0 if ok else 1


def _pcap_records(path: Path):  # type: ignore[no-untyped-def]
    """Count records of a classic pcap (the format build_capture writes)."""
    import struct

    with open(path, "rb") as fh:
        head = fh.read(24)
        if head[:4] not in (b"\xd4\xc3\xb2\xa1", b"\xa1\xb2\xc3\xd4"):
            return
        endian = "<" if head[:4] == b"\xd4\xc3\xb2\xa1" else ">"
        while True:
            rec = fh.read(16)
            if len(rec) < 16:
                return
            caplen = struct.unpack(endian + "IIII", rec)[2]
            fh.seek(caplen, 1)
            yield 1


if __name__ == "__main__":
    sys.exit(main())
