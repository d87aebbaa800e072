"""Decode every capture with two revisions of tlcp-decode and compare the output byte for byte.

    python benchmarks/compare_revisions.py BASE [HEAD] [-- DECODE ARGS...]

BASE and HEAD are git revisions (HEAD defaults to the working tree). Each is checked out into a
temporary worktree and run as ``python -m tlcp_decode`` with the current interpreter (so both
use the same dependencies) over every pcap/pcapng(.gz) in ``pcaps/`` and ``../shared/pcaps/``,
by default with ``--json --records --jobs 1``. Prints one line per capture that differs and a
summary; exit 1 when any differs. Used to show that a refactoring (for example of the code
generators, which write ``schema/fastparse.py``) changed no result.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = (".pcap", ".pcapng", ".pcap.gz", ".pcapng.gz")


def captures() -> list[Path]:
    found: list[Path] = []
    for folder in (ROOT / "pcaps", ROOT.parent / "shared" / "pcaps"):
        if folder.is_dir():
            found += [p for p in folder.rglob("*") if p.is_file() and p.name.endswith(SUFFIXES)]
    return sorted(found)


def decode(tree: Path, capture: Path, args: list[str]) -> tuple[int, bytes]:
    env = {**os.environ, "PYTHONPATH": str(tree), "LC_ALL": "C.UTF-8", "LANGUAGE": ""}
    proc = subprocess.run([sys.executable, "-m", "tlcp_decode", *args, str(capture)], cwd=tree,
                          env=env, capture_output=True, timeout=600, check=False)
    return proc.returncode, proc.stdout + b"\n--stderr--\n" + proc.stderr


def checkout(revision: str, into: Path) -> Path:
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(into),
                    revision], check=True)
    return into


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    decode_args = ["--json", "--records", "--jobs", "1"]
    if "--" in argv:
        at = argv.index("--")
        argv, decode_args = argv[:at], argv[at + 1:]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base")
    parser.add_argument("head", nargs="?", help="default: the working tree")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="tlcp-compare-") as tmp:
        trees = [checkout(args.base, Path(tmp) / "base")]
        trees.append(checkout(args.head, Path(tmp) / "head") if args.head else ROOT)
        try:
            differ = 0
            files = captures()
            for capture in files:
                before, after = (decode(tree, capture, decode_args) for tree in trees)
                if before != after:
                    differ += 1
                    print(f"DIFFERS {capture.relative_to(ROOT.parent)}")
            print(f"{len(files)} captures, {differ} differ "
                  f"({' '.join(decode_args)}; {args.base} vs {args.head or 'working tree'})")
        finally:
            for tree in trees:
                if tree != ROOT:
                    subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                                    str(tree)], check=False)
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
