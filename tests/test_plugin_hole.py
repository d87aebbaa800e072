"""The plugin after a capture hole (issue 13 item 3): the bytes after missing segments are
Continuation Data, as Wireshark's TLS dissector shows them, without Error/Malformed expert info.

pcaps/foreign-tls/OISF__tests__tls__tls-fingerprint-alert__input.pcap (see that folder's
SOURCES.md) misses the server's first segment; the plugin is forced on port 443 (Decode As)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from wireshark_harness import wireshark

ROOT = Path(__file__).resolve().parents[1]
CAPTURE = ROOT / "pcaps" / "foreign-tls" / "OISF__tests__tls__tls-fingerprint-alert__input.pcap"

pytestmark = pytest.mark.skipif(shutil.which("tshark") is None, reason="tshark is needed")


def test_continuation_data_after_a_hole() -> None:
    with wireshark(decode_as=[(443, "tlcp")]) as ws:
        columns = ws.tshark(["-r", str(CAPTURE), "-T", "fields", "-e", "frame.number",
                             "-e", "_ws.col.Protocol", "-e", "_ws.col.Info",
                             "-e", "tcp.analysis.lost_segment"])
        verbose = ws.tshark(["-r", str(CAPTURE), "-V"])
    assert columns.returncode == 0 and verbose.returncode == 0, columns.stderr + verbose.stderr
    rows = {int(r[0]): r[1:] for r in (line.split("\t") for line in columns.stdout.splitlines())}
    hole = next(n for n, r in rows.items() if r[2])  # the first frame after the missing segment
    assert rows[hole][0] == "TLCP" and rows[hole][1].endswith("] Continuation Data")
    assert sum(1 for r in rows.values() if r[1].endswith("Continuation Data")) >= 3
    assert "Error/Malformed" not in verbose.stdout and "Lua Error" not in verbose.stderr
    assert "Ignored Unknown Record" not in verbose.stdout
    assert "Client Hello" in rows[4][1]
