"""Certificates in standalone mode (issue 18 item 2): handed to Wireshark's X.509 dissector.

On every bundled TLCP capture, dissected by the plugin (standalone, the port preference) and by
Wireshark's own TLS dissector (GMTLSv1, Decode As tls, no plugin):

* the same ``x509af.*`` / ``x509sat.*`` / ``x509ce.*`` values, frame by frame, so the same
  filters find the same certificates;
* the same tree for each Certificate message, label for label from the message's header on (no
  "Body" level), apart from two labels that say the same in other words;
* ``tlcp.handshake.certificate`` still matches each certificate (a hidden item);
* the same under Wireshark 4.4.5 (wiregasm); sharkd and wiregasm frame by frame in any order are
  tests/test_plugin_any_order.py's (its standalone modes include these trees).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from test_plugin_captures import CAPTURES, IDS
from wireshark_harness import WIREGASM_DIR, Wireshark, wireshark

pytestmark = pytest.mark.skipif(shutil.which("tshark") is None, reason="tshark is needed")

X509_FIELDS = ("x509af.serialNumber", "x509af.algorithm.id", "x509af.extension.id",
               "x509sat.printableString", "x509sat.uTF8String", "x509ce.dNSName",
               "x509ce.KeyUsage")
STANDALONE = {"tlcp.mode": "standalone"}


def _fields(ws: Wireshark, pcap: Path, fields: tuple[str, ...],
            extra: tuple[str, ...] = ()) -> dict[int, tuple[str, ...]]:
    args = ["-r", str(pcap), *extra, "-T", "fields", "-E", "occurrence=a", "-E",
            "aggregator=,", "-e", "frame.number", *(a for f in fields for a in ("-e", f))]
    proc = ws.tshark(args)
    assert proc.returncode == 0, proc.stderr
    assert "Lua Error" not in proc.stdout + proc.stderr
    rows = {}
    for line in proc.stdout.splitlines():
        cells = line.split("\t")
        if any(cells[1:]):
            rows[int(cells[0])] = tuple(cells[1:])
    return rows


def certificate_blocks(verbose: str) -> list[list[str]]:
    """The "Handshake Protocol: Certificate" items of ``tshark -V``, each with its subtree,
    indentation relative to the item."""
    blocks: list[list[str]] = []
    lines = verbose.splitlines()
    for i, line in enumerate(lines):
        if line.strip() == "Handshake Protocol: Certificate":
            indent = len(line) - len(line.lstrip(" "))
            block = []
            for sub in lines[i + 1:]:
                if len(sub) - len(sub.lstrip(" ")) <= indent:
                    break
                block.append(sub[indent:])
            blocks.append(block)
    return blocks


#: the two rows that say the same in other words: TLS's certificate item carries its bytes
#: ("Certificate: 3082…", and tshark -V cuts the label at 240 characters), the x509af item the
#: plugin gets does not (its names are compared up to 100 characters); TLS counts the
#: certificates list in bytes, the plugin in certificates
_CERT = re.compile(r"^(\s*)Certificate(?:: [0-9a-f]+…?)? \((.*)$")
_LIST = re.compile(r"^(\s*Certificates) \(\d+ (bytes|certificates?)\)$")


def normalized(block: list[str]) -> list[str]:
    out = []
    for line in block:
        match = _CERT.match(line)
        if match:
            line = f"{match.group(1)}Certificate ({match.group(2)[:100]}"
        line = _LIST.sub(r"\1 (…)", line)
        out.append(line)
    return out


@pytest.mark.parametrize(("pcap", "port"), CAPTURES, ids=IDS)
def test_certificates_as_under_wireshark_tls(pcap: Path, port: int) -> None:
    with wireshark(plugin=None) as builtin, wireshark(prefs={**STANDALONE,
                                                              "tlcp.tcp_ports": str(port)}) as ws:
        tls_values = _fields(builtin, pcap, X509_FIELDS, ("-d", f"tcp.port=={port},tls"))
        tls_count = _fields(builtin, pcap, ("tls.handshake.certificate",),
                            ("-d", f"tcp.port=={port},tls"))
        tls_tree = builtin.tshark(["-r", str(pcap), "-V", "-d", f"tcp.port=={port},tls"]).stdout
        plugin_values = _fields(ws, pcap, X509_FIELDS)
        plugin_count = _fields(ws, pcap, ("tlcp.handshake.certificate",
                                          "tls.handshake.certificate"))
        plugin_tree = ws.tshark(["-r", str(pcap), "-V"]).stdout
    if pcap.parent.name == "tls13" and not pcap.stem.startswith("09_"):
        assert not plugin_count or all(not v[0] for v in plugin_count.values())
        return  # TLS 1.3 certificates are encrypted and the connections are tls's anyway
    assert plugin_values == tls_values
    if not tls_values:  # a capture without a certificate (19: a TLS client, a TLCP alert)
        assert not certificate_blocks(tls_tree) and not certificate_blocks(plugin_tree)
        return
    # one hidden tlcp.handshake.certificate per certificate (and on TLS 1.3 frames, tls's own)
    merged = {n: v[0] or v[1] for n, v in plugin_count.items()}
    assert {n: len(v.split(",")) for n, v in merged.items()} == {
        n: len(v[0].split(",")) for n, v in tls_count.items()}
    ours = [normalized(b) for b in certificate_blocks(plugin_tree)]
    theirs = [normalized(b) for b in certificate_blocks(tls_tree)]
    assert ours and len(ours) == len(theirs)
    for mine, builtin_block in zip(ours, theirs, strict=True):
        assert mine == builtin_block
    assert not any(line.strip() == "Body" for block in ours for line in block)
    assert any(line.strip() == "signedCertificate" for block in ours for line in block)


WIREGASM = WIREGASM_DIR / "node_modules" / "@goodtools" / "wiregasm" / "dist" / "wiregasm.js"


@pytest.mark.skipif(shutil.which("node") is None, reason="node is needed for wiregasm")
def test_wiregasm_hands_certificates_to_x509af() -> None:
    """Wireshark 4.4.5 / Lua 5.4 has the same x509af dissector in its ber.syntax table."""
    if not WIREGASM.exists():  # the README's test command and .ci/run install it (npm ci)
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=WIREGASM_DIR, check=True,
                       capture_output=True, timeout=600)
    pcap, port = next((p, n) for p, n in CAPTURES if p.stem == "gmssl_ecc_sm4_cbc_sm3")
    with wireshark(prefs={**STANDALONE, "tlcp.tcp_ports": str(port)}) as ws:
        frames = _fields(ws, pcap, ("tlcp.handshake.type",))
        certificate_frame = next(n for n, v in frames.items() if "11" in v[0].split(","))
        got, log = ws.wiregasm_trees(pcap, {"one": [certificate_frame]})
    assert "Lua Error" not in log, log
    labels = [label for _depth, label in got["one"][certificate_frame]]
    assert "Body" not in labels
    assert labels.count("signedCertificate") == 3
    assert any(label.startswith("Certificate (id-at-commonName=server.tlcp.test,")
               for label in labels)
    assert "Algorithm Id: 1.2.156.10197.1.501 (SM2-with-SM3)" in labels
