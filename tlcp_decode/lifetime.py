"""No process left behind: every child ends when the decoder ends, however it ends.

Three mechanisms, because no single one covers every way a process can end:

* **Parent-death signal** (Linux ``prctl(PR_SET_PDEATHSIG)``): the kernel sends SIGKILL to a
  child the moment its parent dies, even when the parent was killed with SIGKILL and ran no
  code at all. :func:`die_with_parent` sets it in a forked child (the ``--jobs`` workers);
  :func:`preexec_die_with_parent` in the children started with ``exec`` (tshark and dumpcap of
  the pyshark source). The two-process reader is given a :func:`lifeline` instead: a pipe
  whose write end only its parent holds, which the kernel closes when the parent dies, and
  whose closing sends the child SIGIO (``O_ASYNC``), which ends it (prctl needs ctypes, 3 %
  of the program's start-up, on the reading process's way). Elsewhere a watchdog thread
  polls the parent id.
* **Termination signals passed on**: :func:`terminate_on_signals` turns SIGTERM and SIGHUP in
  the decoder into an exception, so every ``finally`` runs (children are stopped and joined,
  temporary output files removed), and the process then ends by the same signal.
* **No inherited pipe ends** (see :mod:`tlcp_decode.parallel`): a child that holds both ends of
  its pipe would never see the reader go away.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from collections.abc import Callable, Iterator
from types import FrameType

_PR_SET_PDEATHSIG = 1

#: The signals passed on to the children (and that end the decoder after its clean-up).
TERMINATION_SIGNALS = (signal.SIGTERM, signal.SIGHUP)

#: libc's prctl once looked up (None: not on Linux, or not found); see :func:`load_prctl`
_PRCTL: Callable[..., int] | None = None
_prctl_looked_up = False


def load_prctl() -> None:
    """Look libc's prctl up, once (ctypes, 2 % of the start-up, is imported for it).

    Done when first needed, in the forked reading process or ``--jobs`` worker (forked from
    this process while it ran no other thread), except by the code that forks with threads
    running, or starts programs with :func:`preexec_die_with_parent`: a child between fork and
    exec, or forked while another thread held the loader's lock, must not load libraries, so
    that code calls this beforehand (the pyshark source, when it is imported)."""
    global _PRCTL, _prctl_looked_up
    if _prctl_looked_up or not sys.platform.startswith("linux"):
        _prctl_looked_up = True
        return
    _prctl_looked_up = True
    try:
        import ctypes

        # the symbols already loaded into this process, libc's among them (find_library
        # would start ldconfig: a child process of its own, and slow)
        libc = ctypes.CDLL(None, use_errno=True)
        _PRCTL = libc.prctl
    except (OSError, AttributeError, ImportError):
        _PRCTL = None


def _set_parent_death_signal() -> bool:
    load_prctl()
    if _PRCTL is None:
        return False
    return _PRCTL(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0


def preexec_die_with_parent() -> None:
    """For ``subprocess``/``asyncio`` ``preexec_fn``: the program started is killed with us.

    Runs in the child between fork and exec, so it only calls the prctl looked up beforehand
    (:func:`load_prctl`). (Where prctl is missing, the program is stopped by the pyshark
    clean-up and by its pipe closing instead.)
    """
    if _PRCTL is not None:
        _PRCTL(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)


#: A pipe made by :func:`lifeline`: (read end, write end).
Lifeline = tuple[int, int]


def lifeline() -> Lifeline | None:
    """Made before forking a child that passes it to :func:`die_with_parent`: a pipe nothing
    is written to. After the fork the parent closes its read end (:func:`hold_lifeline`) and
    keeps the write end open until the child is collected (:func:`release_lifeline`); when
    that end closes (the kernel closes it when the parent ends, however it ends) the child
    gets SIGIO, whose default action ends it. None where that is not known to work (not
    Linux): the child sets its parent-death signal, as without one."""
    return os.pipe() if sys.platform.startswith("linux") else None


def hold_lifeline(line: Lifeline | None) -> None:
    """In the parent, after the fork: the read end is the child's alone."""
    if line is not None:
        os.close(line[0])


def release_lifeline(line: Lifeline | None) -> None:
    """In the parent, once the child is collected (closing it earlier ends the child)."""
    if line is not None:
        os.close(line[1])


def _watch_lifeline(line: Lifeline) -> bool:
    """In the child: SIGIO (default action: end the process) when the write end of ``line``
    closes, and the child's own copy of that end closed (only the parent's may keep it open)."""
    read_end, write_end = line
    os.close(write_end)
    try:
        import fcntl

        signal.signal(signal.SIGIO, signal.SIG_DFL)  # (an ignored one is inherited as such)
        fcntl.fcntl(read_end, fcntl.F_SETOWN, os.getpid())
        fcntl.fcntl(read_end, fcntl.F_SETFL, fcntl.fcntl(read_end, fcntl.F_GETFL) | os.O_ASYNC)
    except (ImportError, AttributeError, OSError):
        return False
    return True


def die_with_parent(parent_pid: int, line: Lifeline | None = None) -> None:
    """In a forked child: end as soon as ``parent_pid`` (the process that forked us) ends,
    told by the :func:`lifeline` ``line`` when the parent made one."""
    if line is not None and _watch_lifeline(line):
        # the parent may have died (closing the write end) before SIGIO was asked for: then
        # the read end is at its end of file already, and no signal will come
        import select  # (the two-process reader imports it anyway)

        if select.select([line[0]], [], [], 0)[0]:
            os._exit(1)
        return
    if _set_parent_death_signal():
        # the parent may have died between the fork and the prctl: then no signal will come
        if os.getppid() != parent_pid:
            os._exit(1)
        return
    _start_watchdog(parent_pid)


def _start_watchdog(parent_pid: int, interval: float = 0.5) -> None:
    """Without prctl: a thread that ends the process once it has been re-parented."""

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(interval)
        os._exit(1)

    import threading  # (not imported by the program otherwise: see terminate_on_signals)

    threading.Thread(target=watch, name="tlcp-decode parent watchdog", daemon=True).start()


class Terminated(BaseException):
    """SIGTERM or SIGHUP arrived: unwinds the decoder so its clean-up runs (not an error).

    A ``BaseException`` like ``KeyboardInterrupt``, so ``except Exception`` does not swallow it.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _raise_terminated(signum: int, frame: FrameType | None) -> None:
    raise Terminated(signum)


@contextlib.contextmanager
def terminate_on_signals() -> Iterator[None]:
    """SIGTERM/SIGHUP raise :class:`Terminated` inside this block (main thread only).

    The caller catches it, after the clean-up in ``finally`` blocks has run, and calls
    :func:`end_by_signal`. Children forked inside the block get the default handlers back
    (:func:`default_signals`).
    """
    try:
        previous = {signum: signal.signal(signum, _raise_terminated)
                    for signum in TERMINATION_SIGNALS}
    except ValueError:
        # not the main thread, where signal handlers are set: told so by signal.signal
        # itself rather than by threading.main_thread() (the threading module, 1 % of the
        # program's start-up, is imported for nothing else on the way of a run)
        previous = None
    if previous is None:
        yield
        return
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


@contextlib.contextmanager
def termination_signals_held() -> Iterator[None]:
    """Fork children inside this block: SIGTERM and SIGHUP wait (blocked) until its end here,
    and in a child until :func:`default_signals` has given them their default actions.

    Without it a signal sent to a child just forked could be lost: taken by the handler the
    child inherited from this process, whose Python part runs later and by then finds the
    default action set, so does nothing. The child went on (seen: a ``--jobs`` worker that
    finished its file, then waited forever to hand its result to a pool being shut down).

    Import modules with C extensions inside it too (orjson, lxml through pyshark,
    cryptography): :class:`Terminated` raised in the middle of an extension's initialisation
    crashed the interpreter (seen: a segmentation fault while ``import orjson`` ran), or left a
    module half-made and names unbound in the ``except`` clause around the import (a traceback
    instead of the end by the signal). The signal then ends the program at the block's end.
    """
    if not hasattr(signal, "pthread_sigmask"):  # not POSIX
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, TERMINATION_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def default_signals() -> None:
    """In a forked child: SIGTERM and SIGHUP end it at once, as they would any program (one
    that came since the fork, held by :func:`termination_signals_held`, ends it now)."""
    for signum in TERMINATION_SIGNALS:
        signal.signal(signum, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, TERMINATION_SIGNALS)


def end_by_signal(signum: int) -> None:
    """End this process by ``signum`` with its default action, so the parent shell sees it."""
    with contextlib.suppress(OSError, ValueError):
        sys.stdout.flush()
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)
    os._exit(128 + signum)  # not reached unless the signal is blocked

