"""Live capture (``-i lo``) through tshark: a real TLCP-framed exchange on loopback."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    shutil.which("dumpcap") is None or os.geteuid() != 0,
    reason="live capture needs dumpcap and capture privileges")


def _exchange(port: int) -> None:
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", port))
    server.listen()

    def serve() -> None:
        conn, _ = server.accept()
        conn.recv(100)
        conn.sendall(b"\x15\x01\x01\x00\x02\x02\x28")  # fatal handshake_failure alert
        conn.close()

    thread = threading.Thread(target=serve)
    thread.start()
    client = socket.create_connection(("127.0.0.1", port))
    client.sendall(b"\x15\x01\x01\x00\x02\x01\x00")  # warning close_notify
    client.recv(100)
    client.close()
    thread.join()
    server.close()


def _wait_for_capture(capture_filter: str, timeout: float = 60.0) -> None:
    """Until dumpcap runs with our filter (a fixed sleep is too short on a loaded machine)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
            try:
                args = cmdline.read_bytes().split(b"\0")
            except OSError:
                continue
            if args and args[0].endswith(b"dumpcap") and capture_filter.encode() in args:
                time.sleep(1.5)  # the process exists; give it time to open the interface
                return
        time.sleep(0.1)
    raise AssertionError("dumpcap did not start")


def test_live_capture_on_loopback() -> None:
    port = 40000 + os.getpid() % 20000
    proc = subprocess.Popen(
        [sys.executable, "-m", "tlcp_decode", "-i", "lo", "-f", f"tcp port {port}", "-c", "10",
         "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _wait_for_capture(f"tcp port {port}")
    _exchange(port)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    flows = [json.loads(line) for line in out.splitlines() if '"type":"flow"' in line]
    assert len(flows) == 1
    flow = flows[0]
    assert flow["server"] == f"127.0.0.1:{port}" and flow["protocol"] == "tlcp"
    assert [a["description"] for a in flow["tlcp"]["alerts"]] == ["close_notify",
                                                                 "handshake_failure"]
    assert flow["tcp"]["handshake"] == "complete" and flow["tcp"]["close"] == "fin"
