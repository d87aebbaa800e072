"""benchmarks/text_report.py runs end to end on a shared capture (no timing assertions)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import CAPTURES

ROOT = Path(__file__).resolve().parent.parent


def test_text_report_bench_prints_the_table() -> None:
    capture = CAPTURES[13].path  # six connections, five resumed
    p = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "text_report.py"),
                        str(capture), "--rounds", "1"], capture_output=True, text=True,
                       timeout=300)
    assert p.returncode == 0, p.stderr
    assert "| text ms/conn | JSON ms/conn | text / JSON |" in p.stdout
    row = next(line for line in p.stdout.splitlines() if line.startswith(f"| {capture.name} "))
    assert row.split("|")[2].strip() == "6"  # the connections the JSON summary counts
