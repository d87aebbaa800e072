"""Record-layer framing compared with Wireshark's, frame by frame (test helper).

Wireshark's TLS dissector, with ``tcp.reassemble_out_of_order`` on, shows a record in the frame
that completed it, including when that frame filled a hole left by segments that arrived out
of order.  After a hole that never fills it shows nothing more in that direction; the decoder
resynchronises there, so only the records before a direction's first gap are compared.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

Endpoint = tuple[str, int]
#: (sender, frame, record length)
Record = tuple[Endpoint, int, int]

_GAP = re.compile(r"gap of \d+ bytes in (c2s|s2c) at frame (\d+)")


def endpoint(text: str) -> Endpoint:
    host, _, port = text.rpartition(":")
    return host.strip("[]"), int(port)


def decode(path: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], list[dict[str, Any]]]:
    """Run the CLI (``--json --records``): the process and its flow objects."""
    proc = subprocess.run(
        [sys.executable, "-m", "tlcp_decode", str(path), "--json", "--records", *args],
        capture_output=True, text=True, timeout=300)
    flows = [obj for obj in map(json.loads, proc.stdout.splitlines()) if obj.get("type") == "flow"]
    return proc, flows


def our_records(flows: list[dict[str, Any]]) -> Counter[Record]:
    """Records of the TLS/TLCP connections, up to each direction's first gap."""
    out: Counter[Record] = Counter()
    for flow in flows:
        tlcp = flow.get("tlcp")
        if not tlcp or flow["protocol"] not in ("tls", "tlcp"):
            continue
        ends = {"c2s": endpoint(flow["client"]), "s2c": endpoint(flow["server"])}
        first_gap: dict[str, int] = {}
        for warning in flow["warnings"]:
            m = _GAP.match(warning)
            if m:
                first_gap[m[1]] = min(first_gap.get(m[1], 1 << 62), int(m[2]))
        for rec in tlcp.get("records") or ():
            if rec["frame"] < first_gap.get(rec["dir"], 1 << 62):
                out[(ends[rec["dir"]], rec["frame"], rec["length"])] += 1
    return out


def wireshark_records(path: Path, flows: list[dict[str, Any]]) -> Counter[Record]:
    """tshark's TLS records on the connections the decoder framed as TLS/TLCP."""
    tls = [f for f in flows if f.get("tlcp") and f["protocol"] in ("tls", "tlcp")]
    if not tls:
        return Counter()
    pairs = set()
    args = ["-o", "tcp.reassemble_out_of_order:TRUE"]
    for port in sorted({endpoint(f["server"])[1] for f in tls}):
        args += ["-d", f"tcp.port=={port},tls"]
    for f in tls:
        c, s = endpoint(f["client"]), endpoint(f["server"])
        pairs |= {(c, s), (s, c)}
    fields = ["frame.number", "ip.src", "ipv6.src", "tcp.srcport", "ip.dst", "ipv6.dst",
              "tcp.dstport", "tls.record.length"]
    proc = subprocess.run(
        ["tshark", "-n", "-r", str(path), *args, "-Y", "tls", "-T", "fields",
         "-E", "occurrence=a", "-E", "aggregator=,", *(a for f in fields for a in ("-e", f))],
        capture_output=True, text=True, timeout=300)
    # 2: the file ends inside a packet ("cut short"); what precedes the cut was printed
    assert proc.returncode in (0, 2), proc.stderr
    out: Counter[Record] = Counter()
    for line in proc.stdout.splitlines():
        frame, src4, src6, sport, dst4, dst6, dport, lengths = line.split("\t")
        if not lengths:  # a frame carrying only part of a record
            continue
        # the innermost header (tunnels): the last occurrence of each field
        src = (src6 or src4).split(",")[-1], int(sport.split(",")[-1])
        dst = (dst6 or dst4).split(",")[-1], int(dport.split(",")[-1])
        if (src, dst) in pairs:
            for n in lengths.split(","):
                out[(src, int(frame), int(n))] += 1
    return out
