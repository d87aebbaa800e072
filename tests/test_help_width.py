"""The decode command's help is written to the width argparse's own formatter takes
(shutil.get_terminal_size), found without importing shutil (decode_arguments.HelpFormatter)."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys

import pytest

from tlcp_decode.decode_arguments import HelpFormatter, decode_parser, terminal_columns


@pytest.mark.parametrize("columns", [None, "", "abc", "0", "-3", "40", "100", "250"])
def test_the_width_is_shutils(monkeypatch: pytest.MonkeyPatch, columns: str | None) -> None:
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    for lines in (None, "30"):  # (shutil asks the terminal when LINES is not set either)
        if lines is None:
            monkeypatch.delenv("LINES", raising=False)
        else:
            monkeypatch.setenv("LINES", lines)
        assert terminal_columns() == shutil.get_terminal_size().columns


def test_the_width_without_stdout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.setattr(sys, "__stdout__", None)
    assert terminal_columns() == shutil.get_terminal_size().columns == 80


@pytest.mark.parametrize("columns", [None, "50", "100", "160"])
def test_the_help_is_argparses(monkeypatch: pytest.MonkeyPatch, columns: str | None) -> None:
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    ours = decode_parser()
    assert ours.formatter_class is HelpFormatter
    theirs = decode_parser()
    theirs.formatter_class = argparse.HelpFormatter
    assert ours.format_help() == theirs.format_help()
    assert ours.format_usage() == theirs.format_usage()


def test_a_terminal_width_is_found_in_a_terminal() -> None:
    """In a pseudo-terminal of 77 columns (no COLUMNS): the width shutil finds there."""
    pty = pytest.importorskip("pty")
    code = ("import shutil\nfrom tlcp_decode.decode_arguments import terminal_columns\n"
            "print(terminal_columns(), shutil.get_terminal_size().columns)\n")
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    primary, secondary = pty.openpty()
    try:
        import fcntl
        import struct
        import termios

        fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 77, 0, 0))
        result = subprocess.run([sys.executable, "-c", code], stdout=secondary,
                                stderr=subprocess.PIPE, env=env, timeout=60, check=True)
        assert result.returncode == 0
        output = os.read(primary, 100).decode()
    finally:
        os.close(primary)
        os.close(secondary)
    assert output.split() == ["77", "77"]
