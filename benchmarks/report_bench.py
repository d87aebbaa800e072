#!/usr/bin/env python3
"""How large the evaluator's HTML report of the benchmark capture is, and how fast it opens.

Builds the capture of ``build_capture.py`` (about 1,200 connections), writes its report with
``tlcp-decode report`` (timed), then opens it in Debian's headless Chromium through selenium
(the system chromedriver: nothing is downloaded) and reads the page's own timings: DOM ready,
load, and the time for work a reader does (open one connection's details, sort the connection
table by a column, filter it). Prints one Markdown table; not part of the timed test suite.

    python benchmarks/report_bench.py [--capture /tmp/bench.pcap] [--keep report.html]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_capture  # noqa: E402

ROOT = HERE.parent
CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"

# Timed in the page: each returns milliseconds of script + the layout it forces.
_OPEN_DETAILS = """
var t0 = performance.now(); var d = document.querySelectorAll('details.c');
var e = d[Math.floor(d.length / 2)]; e.open = true; e.getBoundingClientRect();
document.body.offsetHeight; return performance.now() - t0;"""
_SORT = """
var t0 = performance.now(); document.querySelectorAll('#conns th')[4].click();
document.body.offsetHeight; return performance.now() - t0;"""
_FILTER = """
var t0 = performance.now(); var f = document.getElementById('flt'); f.value = 'ECC_SM4';
f.dispatchEvent(new Event('input')); document.body.offsetHeight;
return performance.now() - t0;"""


def write_report(capture: Path, out: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "tlcp_decode", "report", str(capture), "-o", str(out)],
                   check=True, cwd=ROOT, capture_output=True)
    return time.perf_counter() - start


def browser_timings(page: Path) -> dict[str, float]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1280,1000"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    try:
        start = time.perf_counter()
        driver.get(page.resolve().as_uri())
        wall = time.perf_counter() - start
        timing = driver.execute_script(
            "var n = performance.getEntriesByType('navigation')[0];"
            "return [n.domContentLoadedEventEnd, n.loadEventEnd, "
            "document.getElementsByTagName('*').length];")
        return {"get_s": wall, "dom_ready_ms": timing[0], "load_ms": timing[1],
                "elements": timing[2], "open_details_ms": driver.execute_script(_OPEN_DETAILS),
                "sort_ms": driver.execute_script(_SORT),
                "filter_ms": driver.execute_script(_FILTER)}
    finally:
        driver.quit()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--capture", type=Path, help="use this capture instead of building one")
    ap.add_argument("--keep", type=Path, help="keep the report here")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        capture = args.capture
        if capture is None:
            capture = Path(tmp) / "bench.pcap"
            build_capture.build(capture, 1.0, 1)
        page = args.keep or Path(tmp) / "report.html"
        seconds = write_report(capture, page)
        size = page.stat().st_size
        timings = browser_timings(page)
    print("| measure | value |\n|---|---|")
    print(f"| capture | {capture.name}, {capture.stat().st_size / 1e6:.1f} MB |"
          if capture.exists() else f"| capture | {capture.name} |")
    print(f"| report size | {size / 1e6:.2f} MB |")
    print(f"| tlcp-decode report (decode + write) | {seconds:.2f} s |")
    print(f"| Chromium: page fetched (driver.get) | {timings['get_s']:.2f} s |")
    print(f"| Chromium: DOM ready / load event | {timings['dom_ready_ms']:.0f} ms / "
          f"{timings['load_ms']:.0f} ms |")
    print(f"| elements in the page | {timings['elements']:.0f} |")
    print(f"| open one connection's details | {timings['open_details_ms']:.0f} ms |")
    print(f"| sort the connection table / filter it | {timings['sort_ms']:.0f} ms / "
          f"{timings['filter_ms']:.0f} ms |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
