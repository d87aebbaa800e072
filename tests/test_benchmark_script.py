"""The benchmark scripts run end to end on a tiny capture (no timing assertions)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"


def test_build_capture_is_deterministic(tmp_path: Path) -> None:
    a, b = tmp_path / "a.pcap", tmp_path / "b.pcap"
    for out in (a, b):
        p = subprocess.run([sys.executable, str(BENCH / "build_capture.py"), "-o", str(out),
                            "--scale", "0.01"], capture_output=True, text=True, timeout=120)
        assert p.returncode == 0, p.stderr
        assert "packets" in p.stdout
    assert a.read_bytes() == b.read_bytes()
    assert a.stat().st_size > 10_000


def test_run_prints_the_table(tmp_path: Path) -> None:
    cap = tmp_path / "tiny.pcap"
    subprocess.run([sys.executable, str(BENCH / "build_capture.py"), "-o", str(cap),
                    "--scale", "0.01"], check=True, capture_output=True, timeout=120)
    results = tmp_path / "RESULTS.md"
    p = subprocess.run([sys.executable, "-c",
                        "import sys, runpy; sys.argv = sys.argv[1:]; "
                        f"import importlib.util; sys.path.insert(0, {str(BENCH)!r}); import run; "
                        f"run.RESULTS = __import__('pathlib').Path({str(results)!r}); "
                        "sys.exit(run.main(sys.argv[1:]))",
                        "run.py", "--capture", str(cap), "--rounds", "1", "--write-results"],
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    assert "| tool | median wall (s)" in p.stdout
    assert "tlcp-decode --json --source native" in p.stdout
    text = results.read_text()
    assert "nproc" in text and "tshark" in text
