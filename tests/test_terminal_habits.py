"""The command line as people use it (issue 13 items 4, 5, 6, 8; issue 14 item 4): batches with
a bad file, usage errors, closed pipes and full disks, hostile text, colour and widths, order."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CAPTURES
from process_table import descendants, read
from rich.text import Text
from rich.tree import Tree
from tcp_synth import Conv, write_capture

from tlcp_decode import registry
from tlcp_decode.report import terminal

GOOD = str(CAPTURES[0].path)


def run(*args: str, env: dict[str, str] | None = None,
        **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tlcp_decode", *args], capture_output=True,
                          text=True, timeout=600, env={**os.environ, **(env or {})},
                          **kwargs)  # type: ignore[call-overload]


def _one_line_error(stderr: str) -> None:
    assert "Traceback" not in stderr
    assert stderr.count("\n") == 1 and stderr.startswith("tlcp-decode: "), stderr


# -- batches (13.6) -------------------------------------------------------------------------
@pytest.mark.parametrize("jobs", [["--jobs", "1"], [], ["--jobs", "2"]],
                         ids=["one-process", "two-processes", "jobs-2"])
def test_a_missing_file_in_a_batch_is_reported_and_the_others_decoded(
        tmp_path: Path, jobs: list[str]) -> None:
    unreadable = tmp_path / "not-a-capture.pcap"
    unreadable.write_bytes(b"this is not a capture at all, just some text" * 10)
    result = run(GOOD, str(tmp_path / "missing.pcap"), str(unreadable), GOOD, "--json", "-q",
                 *jobs)
    assert result.returncode == 2
    summaries = [line for line in result.stdout.splitlines() if '"type":"summary"' in line]
    assert len(summaries) == 2  # both good files, in full
    errors = result.stderr.splitlines()
    assert len(errors) == 2 and "Traceback" not in result.stderr
    assert "missing.pcap" in errors[0] and "not-a-capture.pcap" in errors[1]


# -- usage errors (13.5, 13.8) --------------------------------------------------------------
@pytest.mark.parametrize("port", ["0", "65536", "-1", "http"])
def test_port_outside_the_tcp_range_is_a_usage_error(port: str) -> None:
    result = run(GOOD, f"--port={port}")
    assert result.returncode == 2
    assert "1 to 65535" in result.stderr and "Traceback" not in result.stderr


def test_port_in_range_is_accepted() -> None:
    assert run(GOOD, "--port", "65535", "--json", "-q").returncode == 0


@pytest.mark.parametrize("args", [["--json", "--brief"], ["-i", "lo"]],
                         ids=["json-brief", "file-and-interface"])
def test_contradictory_options_are_usage_errors(args: list[str]) -> None:
    result = run(GOOD, *args)
    assert result.returncode == 2
    _one_line_error(result.stderr)


@pytest.mark.skipif(shutil.which("dumpcap") is None or os.geteuid() != 0,
                    reason="needs dumpcap and capture privileges")
def test_unknown_interface_is_one_line() -> None:
    result = run("-i", "no-such-interface0", "-c", "1")
    assert result.returncode == 2
    _one_line_error(result.stderr)
    assert "no-such-interface0" in result.stderr


# -- pipes and full disks (13.5, 14.3) --------------------------------------------------------
@pytest.mark.parametrize("extra", [[], ["--jobs", "1"], ["--json"], ["--brief"]])
def test_closed_pipe_ends_quietly(extra: list[str]) -> None:
    files = [str(c.path) for c in CAPTURES[:6]] * 20  # far more than a pipe holds
    proc = subprocess.Popen([sys.executable, "-m", "tlcp_decode", *files, "--strict", *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # as `| head -1` does
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=60) in (0, 141, -13)
    assert stderr == ""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("extra", [[], ["--json"], ["--jobs", "1"]])
def test_stdout_on_a_full_disk_is_one_line(extra: list[str]) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "tlcp_decode", GOOD, *extra],
                                stdout=full, stderr=subprocess.PIPE, text=True, timeout=60)
    assert result.returncode == 2
    _one_line_error(result.stderr)
    assert "No space left on device" in result.stderr


# -- names (13.4) ----------------------------------------------------------------------------
def test_suite_value_written_once() -> None:
    # 0x1234 is in no registry (0xc027 was, until the IANA table arrived): the value once.
    assert registry.suite_label(0x1234) == "Unknown (0x1234)"
    assert registry.suite_label(0xC027) == "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256 (0xc027)"
    assert registry.suite_label(0xE013) == "ECC_SM4_CBC_SM3 (0xe013)"


# -- hostile text stays text (14.4) -----------------------------------------------------------
def _render(renderable: object, color: str = "never") -> str:
    stream = io.StringIO()
    terminal.report_console(stream, color).print(renderable)
    return stream.getvalue()


@pytest.mark.parametrize("color", ["never", "always"])
def test_control_characters_are_escaped(color: str) -> None:
    hostile = "evil\x1b]0;owned\x1b\\ \x1b[2J\nforged line \u202egnp.exe [bold]x[/]"
    tree = Tree(Text.assemble(("SNI ", "bold"), (hostile, "red")))
    tree.add(hostile)
    tree.add(Text(hostile, style="yellow"))
    out = _render(tree, color)
    assert "\\x1b]0;owned" in out and "\\x1b[2J" in out and "\\u202e" in out
    assert "\\x0aforged line" in out
    assert "[bold]x[/]" in out  # markup in a capture is text
    text_only = out.replace("\x1b[", "") if color == "always" else out
    assert "\x1b]" not in text_only and "\u202e" not in out
    assert len(out.splitlines()) == 3  # no forged line


def test_hostile_file_name_is_escaped_in_the_report(tmp_path: Path) -> None:
    name = tmp_path / "cap\x1b[31mture\x07.pcapng"
    shutil.copy(GOOD, name)
    for lang in ("en", "zh"):
        for extra in ([], ["--brief"]):
            # wide: the temporary path must not be folded in the middle of the escape
            result = run(str(name), "--lang", lang, "--color", "never", *extra,
                         env={"COLUMNS": "1000"})
            assert result.returncode == 0, result.stderr
            # (rich itself drops BEL, BS, VT, FF and CR from texts; the others are escaped)
            assert "\x1b" not in result.stdout and "\x07" not in result.stdout
            assert "cap\\x1b[31mture" in result.stdout


def test_hostile_missing_file_name_is_escaped_on_stderr(tmp_path: Path) -> None:
    result = run(str(tmp_path / "no\x1b[2Jsuch.pcap"))
    assert result.returncode == 2 and "\x1b" not in result.stderr
    assert "no\\x1b[2Jsuch.pcap" in result.stderr


# -- colour and width (13.8) ------------------------------------------------------------------
def test_no_color_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    assert terminal.report_console(io.StringIO(), "auto").no_color
    assert not terminal.report_console(io.StringIO(), "always").no_color
    monkeypatch.delenv("NO_COLOR")
    assert not terminal.report_console(io.StringIO(), "auto").no_color


def test_piped_width_from_columns() -> None:
    assert terminal.pipe_width({"COLUMNS": "80"}) == 80
    assert terminal.pipe_width({}) == terminal.PIPE_WIDTH == 120
    assert terminal.pipe_width({"COLUMNS": "wide"}) == 120
    result = run(GOOD, "--color", "never", "--lang", "en", env={"COLUMNS": "100"})
    assert max(len(line) for line in result.stdout.splitlines()) <= 100


def test_brief_is_one_line_per_connection() -> None:
    result = run(*(str(c.path) for c in CAPTURES[:4]), "--brief", "--color", "never",
                 env={"COLUMNS": "80"})
    lines = [line for line in result.stdout.splitlines() if line.startswith("#")]
    assert len(lines) == 4


# -- order (13.8) -----------------------------------------------------------------------------
def test_order_start_and_end(tmp_path: Path) -> None:
    """Connection 1 opens first and closes last."""
    first = Conv(client=("10.0.0.1", 40001))
    second = Conv(client=("10.0.0.1", 40002), ts=first.ts + 0.0005)
    first.handshake()
    second.handshake()
    second.fin(True), second.fin(False), second.ack(True)
    first.ts += 0.01  # after the second connection's close
    first.fin(True), first.fin(False), first.ack(True)
    packets = sorted(first.packets + second.packets, key=lambda p: p.timestamp)
    path = write_capture(tmp_path / "order.pcap", packets)
    by_end = run(str(path), "--brief", "--color", "never").stdout.splitlines()
    by_start = run(str(path), "--brief", "--color", "never", "--order", "start").stdout.splitlines()
    assert [line[:2] for line in by_end if line.startswith("#")] == ["#2", "#1"]
    assert [line[:2] for line in by_start if line.startswith("#")] == ["#1", "#2"]


# -- Ctrl-C in a live capture (13.5) ----------------------------------------------------------
@pytest.mark.skipif(shutil.which("dumpcap") is None or os.geteuid() != 0,
                    reason="needs dumpcap and capture privileges")
@pytest.mark.parametrize("extra", [[], ["--json"]])
def test_ctrl_c_in_live_capture_prints_the_summary(extra: list[str]) -> None:
    import signal
    import time

    # a session of its own: Ctrl-C goes to the whole foreground group (tshark, dumpcap too);
    # Ctrl-C heard, as in a terminal, even when the test suite runs where it is ignored (a
    # shell script's background job starts with SIGINT ignored, and a program keeps that)
    proc = subprocess.Popen([sys.executable, "-m", "tlcp_decode", "-i", "lo", "-f",
                             "tcp port 9 and host 192.0.2.78", *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        deadline = time.monotonic() + 60
        while not any(read(Path(f"/proc/{pid}/cmdline")).startswith(b"/usr/bin/tshark\0-l")
                      or b"tshark\0-l\0" in read(Path(f"/proc/{pid}/cmdline"))
                      for pid in descendants(proc.pid)):  # ours: tshark reading dumpcap
            assert time.monotonic() < deadline, "dumpcap did not start"
            time.sleep(0.1)
        time.sleep(1.0)
        os.killpg(proc.pid, signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:  # failed before its end: leave no live capture running
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    assert ('"type":"summary"' in out) if extra else ("lo: 0 connection(s)" in out)
