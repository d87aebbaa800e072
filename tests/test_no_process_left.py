"""No process left behind: kill the decoder (SIGTERM, SIGHUP, SIGKILL) in its default
two-process mode, with ``--jobs 2``, with the pyshark source and in live capture, then look at
the process table: none of its processes may be left (issue 14 item 1).

Each decoder is caught mid-run deterministically: its standard output is a pipe nobody reads
(the two-process mode then blocks with its reader child blocked behind it), or its input is a
FIFO that never ends (tshark waits on it), or it captures on loopback with a filter nothing
matches.
"""

from __future__ import annotations

import os
import shutil
import signal
import struct
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from process_table import descendants

from tlcp_decode.testing import floods

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="reads the Linux process table")

SIGNALS = [signal.SIGTERM, signal.SIGHUP, signal.SIGKILL]


def _alive(pid: int) -> bool:
    """Running or sleeping: a zombie (dead, waiting for init to reap it) counts as gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] not in ("Z", "X")


def _wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def _kill_and_check(proc: subprocess.Popen[bytes], want_children: int, sig: int,
                    names: tuple[str, ...] = ()) -> None:
    """Once ``proc`` has ``want_children`` descendants, send ``sig`` and check all end."""
    _wait_for(lambda: len(descendants(proc.pid)) >= want_children, 60, "the children")
    if names:  # e.g. tshark started: the ones we care about exist (not just "tshark -D")
        def running() -> bool:
            lines = []
            for pid in descendants(proc.pid):
                try:
                    lines.append(Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" "))
                except OSError:
                    pass
            return all(any(name.encode() in line for line in lines) for name in names)
        _wait_for(running, 60, " and ".join(names))
    time.sleep(0.3)  # let them get properly stuck
    family = descendants(proc.pid)
    assert len(family) >= want_children
    os.kill(proc.pid, sig)
    proc.wait(timeout=30)
    if sig != signal.SIGKILL:  # the decoder ends by the signal it got, after its clean-up
        assert proc.returncode == -sig
    _wait_for(lambda: not any(_alive(pid) for pid in family), 10,
              f"processes {sorted(p for p in family if _alive(p))} to end")


def _decoder(*args: str, **kwargs: object) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "tlcp_decode", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            **kwargs)  # type: ignore[call-overload]


@pytest.fixture(scope="module")
def many_connections(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """20,000 short connections: megabytes of output, so an unread stdout blocks the decoder."""
    path = tmp_path_factory.mktemp("kill") / "short.pcap"
    floods.write_pcap(path, floods.short_connection_frames(20_000))
    return path


@pytest.mark.parametrize("sig", SIGNALS, ids=lambda s: signal.Signals(s).name)
def test_two_process_mode(many_connections: Path, sig: int) -> None:
    proc = _decoder(str(many_connections), "--json", "-q", "--jobs", "2")
    try:
        _kill_and_check(proc, 1, sig)
    finally:
        proc.kill()
        proc.wait()


def test_two_process_mode_reading_a_stream_that_never_ends() -> None:
    """The reading process waits for standard input, which never ends and which it would
    read forever: when the decoder is killed it ends by its lifeline (tlcp_decode.lifetime),
    not by a write to the pipe nobody reads any more (it writes nothing while it waits)."""
    proc = _decoder("-", "--json", "-q", stdin=subprocess.PIPE)
    try:
        assert proc.stdin is not None
        proc.stdin.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
        proc.stdin.flush()  # (a pcap header, then nothing: the stream is kept open)
        _kill_and_check(proc, 1, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()


def test_the_reading_processs_lifeline_ends_it_when_the_parent_closes_it() -> None:
    """A child given a lifeline ends by SIGIO once the write end is closed (the parent's
    only), and a child whose parent closed it before the child watched it ends at once."""
    from tlcp_decode import lifetime

    for close_first in (False, True):
        line = lifetime.lifeline()
        assert line is not None
        pid = os.fork()
        if pid == 0:  # the child: waits for the parent's end
            try:
                if close_first:
                    time.sleep(0.2)
                lifetime.die_with_parent(os.getppid(), line)
                time.sleep(30)
            finally:
                os._exit(0)
        lifetime.hold_lifeline(line)
        if not close_first:
            time.sleep(0.2)  # (the child watches it by now)
        lifetime.release_lifeline(line)
        status = os.waitpid(pid, 0)[1]
        expected = os.WIFEXITED(status) and os.WEXITSTATUS(status) == 1 if close_first else (
            os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGIO)
        assert expected, (close_first, status)


@pytest.mark.parametrize("sig", SIGNALS, ids=lambda s: signal.Signals(s).name)
def test_jobs_workers(many_connections: Path, sig: int) -> None:
    """--jobs 2 over four files: the workers (busy, or idle waiting for work) end with us."""
    proc = _decoder("--json", "-q", "--jobs", "2", *[str(many_connections)] * 4)
    try:
        _kill_and_check(proc, 2, sig)
    finally:
        proc.kill()
        proc.wait()


tshark_needed = pytest.mark.skipif(shutil.which("tshark") is None, reason="needs tshark")


@tshark_needed
@pytest.mark.parametrize("sig", SIGNALS, ids=lambda s: signal.Signals(s).name)
def test_pyshark_source_tshark(many_connections: Path, sig: int) -> None:
    """The pyshark source: tshark, blocked writing to us while we block on stdout, ends too."""
    proc = _decoder(str(many_connections), "--json", "-q", "--source", "pyshark")
    try:
        _kill_and_check(proc, 1, sig, names=("tshark -n -F pcapng -w - -r",))
    finally:
        proc.kill()
        proc.wait()


live_needed = pytest.mark.skipif(shutil.which("dumpcap") is None or os.geteuid() != 0,
                                 reason="live capture needs dumpcap and capture privileges")


@live_needed
@pytest.mark.parametrize("sig", SIGNALS, ids=lambda s: signal.Signals(s).name)
def test_live_capture(sig: int) -> None:
    """-i lo with a filter nothing matches: tshark and dumpcap wait; both must end with us."""
    proc = _decoder("-i", "lo", "-f", "tcp port 9 and host 192.0.2.77", "--json")
    try:
        _kill_and_check(proc, 2, sig, names=("dumpcap", "tshark -l -n -F pcapng -w - -i -"))
    finally:
        proc.kill()
        proc.wait()


_SIGNAL_BEFORE_DEFAULTS = """\
import os, signal, time
from tlcp_decode import lifetime

with lifetime.terminate_on_signals():  # the decoder's handlers, as its children inherit them
    with lifetime.termination_signals_held():
        pid = os.fork()
        if pid == 0:  # the child: its default handlers only after the signal has come
            try:
                time.sleep(0.5)
                lifetime.default_signals()
                time.sleep(5)
            finally:
                os._exit(3)  # went on, or ended by the inherited handler's exception
    os.kill(pid, signal.SIGTERM)  # at once: before the child has its default handlers
    _, status = os.waitpid(pid, 0)
print(os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGTERM)
"""


def test_a_signal_sent_to_a_child_before_it_has_its_default_handlers_ends_it() -> None:
    """A termination signal that reaches a just-forked child before default_signals() is
    held until then and ends it by that signal (neither lost nor turned into an exception of
    the decoder's inherited handler: a --jobs worker that lost one never ended)."""
    result = subprocess.run([sys.executable, "-c", _SIGNAL_BEFORE_DEFAULTS],
                            capture_output=True, text=True, timeout=60)
    assert result.stdout == "True\n", result.stderr


_STUCK_WORKER = """\
import signal, sys, time
from tlcp_decode import cli, decode_command

def stuck_worker(*args):  # a worker that misses its SIGTERM and never ends by itself
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    while True:
        time.sleep(1)

decode_command._worker = stuck_worker
decode_command.WORKER_GRACE = 0.5
cli.run()
"""


def test_jobs_worker_that_misses_its_sigterm_is_killed(many_connections: Path) -> None:
    """A --jobs worker that does not end by the SIGTERM it is sent when the decoder is
    stopped is killed after WORKER_GRACE: the decoder still ends, by its own signal."""
    proc = subprocess.Popen([sys.executable, "-c", _STUCK_WORKER, "--json", "-q", "--jobs", "2",
                             *[str(many_connections)] * 4],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        _kill_and_check(proc, 2, signal.SIGTERM)
    finally:
        proc.kill()
        proc.wait()


def test_termination_signals_are_the_main_threads() -> None:
    """terminate_on_signals turns SIGTERM/SIGHUP into Terminated in the main thread (its
    handlers put back after); in another thread, where no handler can be set, it does
    nothing (signal.signal's ValueError tells it so: the program does not import threading)."""
    import threading

    from tlcp_decode import lifetime

    before = {signum: signal.getsignal(signum) for signum in lifetime.TERMINATION_SIGNALS}
    with pytest.raises(lifetime.Terminated) as raised, lifetime.terminate_on_signals():
        assert signal.getsignal(signal.SIGTERM) is not before[signal.SIGTERM]
        os.kill(os.getpid(), signal.SIGHUP)
        time.sleep(5)  # (ended by the handler's exception at once)
    assert raised.value.signum == signal.SIGHUP
    assert {s: signal.getsignal(s) for s in lifetime.TERMINATION_SIGNALS} == before
    seen: list[object] = []

    def elsewhere() -> None:
        with lifetime.terminate_on_signals():
            seen.append(signal.getsignal(signal.SIGTERM))

    thread = threading.Thread(target=elsewhere)
    thread.start()
    thread.join()
    assert seen == [before[signal.SIGTERM]]


_SIGNAL_DURING_AN_IMPORT = """\
import os, signal, sys
from tlcp_decode import lifetime

reached = []
try:
    with lifetime.terminate_on_signals():
        with lifetime.termination_signals_held():
            os.kill(os.getpid(), signal.SIGTERM)  # as if it came while an extension loads
            import orjson  # noqa: F401
            reached.append("imported")
        reached.append("after the block")
except lifetime.Terminated as exc:
    print(",".join(reached), exc.signum)
"""


def test_a_signal_during_an_import_comes_after_it() -> None:
    """SIGTERM while a C extension is imported (orjson, lxml, cryptography) is held until the
    import is over, then ends the decoder as anywhere else: raised in an extension's
    initialisation it crashed the interpreter (a segmentation fault, seen under load)."""
    done = subprocess.run([sys.executable, "-c", _SIGNAL_DURING_AN_IMPORT], capture_output=True,
                          text=True, timeout=30, check=True)
    assert done.stdout.strip() == f"imported {int(signal.SIGTERM)}"
