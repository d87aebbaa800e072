#!/usr/bin/env python3
"""The cost of the text report per connection, next to the JSON output of the same decode.

Runs ``tlcp-decode --jobs 1 CAPTURE`` (the default text report, piped) and ``--json`` on each
capture in A B A B order, output to /dev/null, and prints a Markdown table of the median wall
and CPU times and the milliseconds per connection of each, and their ratio. With no capture
given, two are built: ``short`` (N connections each closed by a fatal alert from the server,
``tlcp_decode.testing.floods``) and the handshake-heavy benchmark capture of
``build_capture.py``.

    python benchmarks/text_report.py [CAPTURE ...] [--connections 2000] [--rounds 3]
                                     [--source SRC] [--mode text|--brief|...]

``--source SRC``: run the package found in the source tree SRC instead of this one (e.g. a
``git worktree add /tmp/base main``, for a before/after comparison).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))


def run(source: Path, argv: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one decode, output to /dev/null."""
    env = {**os.environ, "PYTHONPATH": str(source)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-P", "-m", "tlcp_decode", *argv], env=env, check=True,
                   stdout=subprocess.DEVNULL, cwd="/")
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def connections(source: Path, capture: Path) -> int:
    env = {**os.environ, "PYTHONPATH": str(source)}
    out = subprocess.run([sys.executable, "-P", "-m", "tlcp_decode", str(capture), "--json",
                          "--jobs", "1"], env=env, check=True, capture_output=True, text=True,
                         cwd="/").stdout
    for line in out.splitlines():
        record = json.loads(line)
        if record.get("type") == "summary":
            return int(record["flows"])
    raise SystemExit(f"{capture}: no summary line")


def build_default(folder: Path, count: int) -> list[Path]:
    from tlcp_decode.testing import floods

    short = folder / f"short-{count}.pcap"
    floods.write_pcap(short, floods.short_connection_frames(count))
    import build_capture

    handshake = folder / "handshake.pcap"
    build_capture.build(handshake, workload="handshake")
    return [short, handshake]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("captures", type=Path, nargs="*")
    ap.add_argument("--connections", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--source", type=Path, default=ROOT)
    ap.add_argument("--mode", action="append", default=[],
                    help="extra options of the text run (e.g. --brief, --records), repeatable")
    args = ap.parse_args(argv)
    source = args.source.resolve()
    with tempfile.TemporaryDirectory() as tmp:
        captures = args.captures or build_default(Path(tmp), args.connections)
        print(f"source: {source}; medians of {args.rounds} A B rounds, --jobs 1, output to "
              "/dev/null")
        print()
        print("| capture | connections | text wall s | text CPU s | JSON wall s | JSON CPU s "
              "| text ms/conn | JSON ms/conn | text / JSON |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        for capture in captures:
            count = connections(source, capture)
            text_runs, json_runs = [], []
            base = [str(capture), "--jobs", "1"]
            for _round in range(args.rounds):
                text_runs.append(run(source, [*base, *args.mode]))
                json_runs.append(run(source, [*base, "--json"]))
            text_wall = statistics.median(w for w, _c in text_runs)
            text_cpu = statistics.median(c for _w, c in text_runs)
            json_wall = statistics.median(w for w, _c in json_runs)
            json_cpu = statistics.median(c for _w, c in json_runs)
            print(f"| {capture.name} | {count} | {text_wall:.2f} | {text_cpu:.2f} "
                  f"| {json_wall:.2f} | {json_cpu:.2f} | {1000 * text_cpu / count:.3f} "
                  f"| {1000 * json_cpu / count:.3f} | {text_cpu / json_cpu:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
