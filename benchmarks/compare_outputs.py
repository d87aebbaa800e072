#!/usr/bin/env python3
"""Byte-for-byte comparison of tlcp-decode's output between two source trees.

Speed work must not change a single byte: this runs both trees' ``python -m tlcp_decode`` over
every capture in ``pcaps/`` (foreign-tls included) in several output modes - JSON lines, the
text report (English and Chinese, at several widths, with and without colour), ``--brief``, ``--records``, the two-process default, and
chain checks with ``--ca``, and ``--keylog`` decryption with ``--crypto`` on every capture
that has a key log - and reports
each mode whose outputs (stdout, stderr, exit status) differ.

    python benchmarks/compare_outputs.py BASELINE_SRC [CANDIDATE_SRC] [--only json]

``BASELINE_SRC`` / ``CANDIDATE_SRC``: folders holding a ``tlcp_decode`` package (for example a
``git worktree add /tmp/base main``); the candidate defaults to this repository.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PCAPS = ROOT / "pcaps"


def captures() -> list[Path]:
    return sorted(p for p in PCAPS.rglob("*") if p.suffix in (".pcap", ".pcapng"))


def modes() -> Iterator[tuple[str, list[str]]]:
    files = [str(p) for p in captures()]
    yield "json", [*files, "--json", "--jobs", "1"]
    yield "json-two-processes", [*files, "--json"]
    yield "text", [*files, "--jobs", "1", "--color", "never"]
    yield "text-zh", [*files, "--jobs", "1", "--lang", "zh", "--color", "never"]
    # the text report's layout at other widths (COLUMNS=N first) and in colour
    yield "text-color", [*files, "--jobs", "1", "--color", "always"]
    yield "text-zh-color-80", ["COLUMNS=80", *files, "--jobs", "1", "--lang", "zh",
                               "--color", "always"]
    yield "text-40", ["COLUMNS=40", *files, "--jobs", "1", "--color", "never"]
    yield "text-zh-50", ["COLUMNS=50", *files, "--jobs", "1", "--lang", "zh", "--color", "never"]
    yield "text-200-color", ["COLUMNS=200", *files, "--jobs", "1", "--color", "always"]
    yield "text-records", [*files, "--jobs", "1", "--records", "--color", "never"]
    yield "brief", [*files, "--brief", "--jobs", "1", "--color", "never"]
    yield "records", [*files, "--json", "--records", "--jobs", "1"]
    yield "start-order", [*files, "--json", "--order", "start", "--jobs", "1"]
    cas = [str(PCAPS / "gmssl/pki/root_cert.pem"), str(PCAPS / "tongsuo/pki/sm2_ca.crt"),
           str(PCAPS / "tongsuo/pki/rsa_ca.crt")]
    yield "ca", [*files, "--json", "--jobs", "1", *(a for ca in cas for a in ("--ca", ca))]
    yield "ca-text", [*files, "--jobs", "1", "--color", "never",
                      *(a for ca in cas for a in ("--ca", ca))]
    for capture in captures():
        keylog = capture.with_suffix(".keylog")
        if keylog.exists():
            yield (f"keylog {capture.relative_to(PCAPS)}",
                   [str(capture), "--json", "--keylog", str(keylog), "--crypto"])
            yield (f"keylog-text {capture.relative_to(PCAPS)}",
                   [str(capture), "--keylog", str(keylog), "--color", "never"])
            yield (f"keylog-crypto-text {capture.relative_to(PCAPS)}",
                   [str(capture), "--keylog", str(keylog), "--crypto", "--show-secrets",
                    "--color", "always"])


def run(source: Path, argv: list[str]) -> tuple[bytes, bytes, int]:
    """One run; a first argument ``COLUMNS=N`` sets the width of the text (120 otherwise)."""
    columns = "120"
    if argv and argv[0].startswith("COLUMNS="):
        columns = argv[0].removeprefix("COLUMNS=")
        argv = argv[1:]
    env = {**os.environ, "PYTHONPATH": str(source), "COLUMNS": columns}
    proc = subprocess.run([sys.executable, "-P", "-m", "tlcp_decode", *argv], env=env,
                          capture_output=True, timeout=600, cwd="/")
    return proc.stdout, proc.stderr, proc.returncode


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("baseline", type=Path)
    ap.add_argument("candidate", type=Path, nargs="?", default=ROOT)
    ap.add_argument("--only", default="", help="only the modes whose name contains this")
    args = ap.parse_args(argv)
    differing = 0
    count = 0
    for name, mode_argv in modes():
        if args.only not in name:
            continue
        count += 1
        before = run(args.baseline.resolve(), mode_argv)
        after = run(args.candidate.resolve(), mode_argv)
        if before != after:
            differing += 1
            which = [part for part, a, b in zip(("stdout", "stderr", "exit status"), before,
                                                after, strict=True) if a != b]
            print(f"DIFFERS: {name}: {', '.join(which)}")
    print(f"{count} modes compared, {differing} differ")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
