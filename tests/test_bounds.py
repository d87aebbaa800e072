"""Inputs that must not grow memory or time (issue 14 items 2 and 5): key logs read line by
line with a limit, certificates nested too deeply, byte-bounded caches."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from conftest import CAPTURES

from tlcp_decode.bounded_cache import ByteBoundedCache
from tlcp_decode.session.certificates import describe
from tlcp_decode.session.der_depth import MAX_DER_DEPTH, nesting_depth_exceeds
from tlcp_decode.testing.floods import nested_der

CAPTURE = next(c for c in CAPTURES if c.keylog)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tlcp_decode", str(CAPTURE.path), *args,
                           "--json", "-q"], capture_output=True, text=True, timeout=600)


def _status(result: subprocess.CompletedProcess[str]) -> str:
    flow = next(json.loads(line) for line in result.stdout.splitlines()
                if '"type":"flow"' in line)
    return str(flow["tlcp"]["decryption"]["status"])


def test_endless_key_log_is_one_line_error() -> None:
    result = run("--keylog", "/dev/zero")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "not a key log" in result.stderr
    assert "Traceback" not in result.stderr


def test_utf16_key_log_is_recognised(tmp_path: Path) -> None:
    utf16 = tmp_path / "keys-utf16.log"
    utf16.write_text(CAPTURE.keylog_path.read_text(), encoding="utf-16")
    result = run("--keylog", str(utf16))
    assert result.returncode == 0 and _status(result) == "decrypted"
    assert "UTF-16" in result.stderr


def test_lines_not_understood_are_counted(tmp_path: Path) -> None:
    keys = tmp_path / "keys.log"
    keys.write_text(CAPTURE.keylog_path.read_text() + "garbage\nCLIENT_RANDOM zz yy\n"
                    + "x" * 5000 + "\n")
    result = run("--keylog", str(keys))
    assert result.returncode == 0 and _status(result) == "decrypted"
    assert "3 line(s) not understood" in result.stderr


def test_deeply_nested_certificate_is_refused_before_parsing() -> None:
    assert not nesting_depth_exceeds(nested_der(MAX_DER_DEPTH))
    assert nesting_depth_exceeds(nested_der(MAX_DER_DEPTH + 1))
    hostile = nested_der(100_000)  # about 0.5 MB
    start = time.perf_counter()
    info = describe(hostile)
    assert info.error and "nests deeper" in info.error
    assert time.perf_counter() - start < 5


def test_cache_is_bounded_in_bytes() -> None:
    cache: ByteBoundedCache[bytes, int] = ByteBoundedCache(10_000, len)
    for n in range(100):
        cache.put(bytes([n]) * 500, n)
    assert cache.bytes <= 10_000 and len(cache) < 100
    cache.put(b"x" * 5000, 1)  # more than an eighth of the budget: not kept
    assert cache.get(b"x" * 5000) is None
    assert cache.get(bytes([99]) * 500) == 99
