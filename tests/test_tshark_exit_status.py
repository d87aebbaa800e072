"""tshark's exit status as the pyshark source reads it: a tshark that ends after its last
output, when the event loop has not yet seen it end, has ended well, not crashed.

asyncio's ``process.kill()`` (which pyshark's clean-up calls for a process the loop still
thinks is running) polls the process first and so reaps it before the child watcher can; the
watcher then reports exit status 255, which pyshark took for a crash: under load, a
``--source pyshark`` run now and then ended with "tshark failed".
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tlcp_decode.source import pyshark_source

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pidfd watcher")

CAPTURE = Path(__file__).parent.parent / "pcaps" / "plain" / "http_server_8000.pcapng"


def _late_exit(status: int) -> tuple[Any, Any]:
    """Our capture class and a child that closes its output, then exits ``status`` 0.3 s later,
    read to the end while the loop runs, then left to exit while it does not."""
    if not pyshark_source.tshark_available():
        pytest.skip("tshark is not installed")
    file_class, _ = pyshark_source._capture_classes()
    cap = file_class(str(CAPTURE), keep_packets=False)
    loop = cap.eventloop

    async def start() -> Any:
        import asyncio

        return await asyncio.create_subprocess_exec(
            "sh", "-c", f"exec 1>&-; sleep 0.3; exit {status}", stdout=subprocess.PIPE)

    process = loop.run_until_complete(start())
    cap._running_processes.add(process)
    loop.run_until_complete(process.stdout.read())  # its output's end: it is still running
    time.sleep(0.8)  # it ends; the loop does not run, so nobody has seen it yet
    return cap, process


def test_an_exit_after_the_last_output_is_read_with_its_status() -> None:
    cap, process = _late_exit(0)
    cap.eventloop.run_until_complete(cap._cleanup_subprocess(process))
    assert process.returncode == 0  # was 255: reaped behind the child watcher's back
    cap.close()  # pyshark's second clean-up at close: no TSharkCrashException
    cap.eventloop.close()


def test_a_failure_after_the_last_output_is_still_a_failure() -> None:
    from pyshark.capture.capture import TSharkCrashException

    cap, process = _late_exit(2)
    cap._eof_reached = True
    cap.eventloop.run_until_complete(cap._cleanup_subprocess(process))
    assert process.returncode == 2
    with pytest.raises(TSharkCrashException, match="retcode: 2"):
        cap.close()
    cap._running_processes.clear()
    cap.eventloop.close()
