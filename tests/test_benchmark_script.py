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


def test_text_row_times_the_default_output(tmp_path: Path) -> None:
    """The "text" row runs the report a user gets without options (no --json), at a fixed
    width; the JSON rows keep --json; a baseline row keeps both its source tree and width."""
    sys.path.insert(0, str(BENCH))
    try:
        import run
    finally:
        sys.path.remove(str(BENCH))
    cap = tmp_path / "c.pcap"
    rows, _ = run.tools(cap, [443], ["native", "text"], baseline=tmp_path)
    by_name = {row.name: row for row in rows}
    text = by_name["tlcp-decode --source native (text report, the default output)"]
    assert "--json" not in text.argv and text.key == "text"
    assert text.env == {"COLUMNS": "80"}
    base = by_name["tlcp-decode --source native (text report, the default output) [baseline]"]
    assert base.env == {"PYTHONPATH": str(tmp_path), "COLUMNS": "80"}
    native = by_name["tlcp-decode --json --source native"]
    assert "--json" in native.argv and native.env is None
