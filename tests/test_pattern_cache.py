"""The patterns the program puts in re's cache (tlcp_decode.pattern_cache) are the ones re
compiles, a run compiles none of its own, and the program's output is the same without them."""

from __future__ import annotations

import _sre
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tlcp_decode import compiled_patterns, pattern_cache

ROOT = Path(__file__).resolve().parent.parent
CAPTURES = sorted(str(p) for p in (ROOT / "pcaps").rglob("*")
                  if p.suffix in (".pcap", ".pcapng"))
WITH_CERTIFICATES = str(ROOT / "pcaps/gmssl/gmssl_ecc_sm4_cbc_sm3.pcapng")


def test_each_recorded_pattern_is_the_one_re_compiles() -> None:
    assert (compiled_patterns.VERSION, compiled_patterns.MAGIC) == (
        tuple(sys.version_info[:2]), _sre.MAGIC)
    assert len(compiled_patterns.PATTERNS) > 20
    for pattern, flags, (compiled_flags, code, groups, groupindex, indexgroup) in (
            compiled_patterns.PATTERNS):
        made = _sre.compile(pattern, compiled_flags, list(code), groups, groupindex, indexgroup)
        compiled = re._compiler.compile(pattern, flags)  # type: ignore[attr-defined]
        # (Pattern.__eq__ compares the flags, the code and the pattern)
        assert made == compiled, pattern
        assert (made.groups, made.groupindex) == (compiled.groups, compiled.groupindex)


_RUN = """\
import sys
from re import _compiler
from tlcp_decode import pattern_cache
pattern_cache.USE_COMPILED_PATTERNS = {use}
compile_pattern = _compiler.compile
compiled = []


def counting_compile(pattern, flags=0):
    compiled.append(pattern)
    return compile_pattern(pattern, flags)


_compiler.compile = counting_compile
import atexit
atexit.register(lambda: print("compiled:", len(compiled), file=sys.stderr))
sys.argv = ["tlcp-decode", *{args!r}]
from tlcp_decode.__main__ import run
run()
"""


def _program(use: bool, *args: str) -> tuple[str, int]:
    """stdout of ``python -m tlcp_decode ARGS`` with the recorded patterns used or not, and
    how many patterns it compiled."""
    result = subprocess.run([sys.executable, "-c", _RUN.format(use=use, args=list(args))],
                            capture_output=True, text=True, check=False)
    assert result.returncode in (0, 1), result.stderr
    compiled = int(result.stderr.splitlines()[-1].removeprefix("compiled: "))
    return result.stdout, compiled


def test_a_run_compiles_no_pattern_of_its_imports() -> None:
    for args in (["--json", "--jobs", "1"], ["--json"], ["--jobs", "1", "--color", "never"]):
        assert _program(True, *args, WITH_CERTIFICATES)[1] == 0, args
        assert _program(False, *args, WITH_CERTIFICATES)[1] > 20, args


def test_the_output_is_the_same_with_the_patterns_compiled_by_re() -> None:
    for args in (["--json", "--jobs", "1"], ["--jobs", "1", "--color", "never"]):
        recorded, _ = _program(True, *args, *CAPTURES)
        compiled, _ = _program(False, *args, *CAPTURES)
        assert recorded == compiled and len(recorded) > 10_000, args


def test_nothing_is_loaded_for_another_python(monkeypatch: pytest.MonkeyPatch) -> None:
    cache = re._cache  # type: ignore[attr-defined]
    before = dict(cache)
    monkeypatch.setattr(compiled_patterns, "MAGIC", compiled_patterns.MAGIC + 1)
    pattern_cache.load()
    assert cache == before
