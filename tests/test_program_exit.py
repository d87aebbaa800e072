"""The program's quick ending (``cli.run``): the process exits without tearing the interpreter
down, so everything the ordinary ending does for the user must already be done: the last
buffered output written, the exit functions run, the status kept."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import CAPTURES

SMALL = next(c for c in CAPTURES if c.name.endswith("tongsuo_ecc_sm4_cbc_sm3"))


def program(*args: str, code: str = "") -> subprocess.CompletedProcess[bytes]:
    """``python -m tlcp_decode ARGS`` (with CODE run first, in the same process)."""
    script = f"{code}\nimport sys\nsys.argv = ['tlcp-decode', *{list(args)!r}]\n" \
             "import runpy\nrunpy.run_module('tlcp_decode', run_name='__main__')\n"
    return subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=300)


def ordinary_ending(*args: str) -> subprocess.CompletedProcess[bytes]:
    """The same run ended by the interpreter's ordinary ending (``sys.exit(main())``)."""
    script = f"import sys\nfrom tlcp_decode.cli import main\nsys.exit(main({list(args)!r}))\n"
    return subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=300)


def test_all_output_is_written_before_the_process_ends() -> None:
    for args in (["--json", str(SMALL.path)], [str(SMALL.path)]):  # JSON lines, the text report
        quick, ordinary = program(*args), ordinary_ending(*args)
        assert quick.returncode == ordinary.returncode == 0, quick.stderr
        assert quick.stderr == ordinary.stderr == b""
        assert quick.stdout == ordinary.stdout
        assert quick.stdout.count(b"\n") >= 3


def test_exit_functions_run_and_print_after_the_output() -> None:
    proc = program("--json", str(SMALL.path),
                   code="import atexit\natexit.register(print, 'exit function ran')")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.endswith(b"exit function ran\n")


def test_status_of_unusable_input_is_kept(tmp_path: Path) -> None:
    junk = tmp_path / "junk.pcap"
    junk.write_bytes(b"not a capture at all")
    proc = program(str(junk))
    assert proc.returncode == 2
    assert len(proc.stderr.decode().strip().splitlines()) == 1
    assert b"Traceback" not in proc.stderr


def test_a_reader_that_stops_early_is_not_an_error() -> None:
    # `tlcp-decode --json F | head -c 100`: the reader closes the pipe while output remains
    reader = subprocess.Popen(["head", "-c", "100"], stdin=subprocess.PIPE,
                              stdout=subprocess.DEVNULL)
    assert reader.stdin is not None
    proc = subprocess.run([sys.executable, "-m", "tlcp_decode", "--json", str(SMALL.path),
                           str(SMALL.path), str(SMALL.path)],
                          stdout=reader.stdin, stderr=subprocess.PIPE, timeout=300)
    reader.stdin.close()
    reader.wait(timeout=60)
    assert proc.returncode == 0
    assert proc.stderr == b""
