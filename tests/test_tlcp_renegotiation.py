"""A TLCP renegotiation seen without keys (GB/T 38636 keeps TLS's renegotiation, RFC 5246
7.4.1.2): no capture here has one, so one is made from a real GmSSL connection
(pcaps/gmssl/gmssl_ecc_sm4_cbc_sm3, MANIFEST.md) with, after its handshake, the records a
renegotiation sends under the keys in use: protected handshake records and a protected
ChangeCipherSpec each way (random bytes, as they look without keys). The decoder and the
Wireshark plugin must see them as a renegotiation, not as malformed or unexpected."""

from __future__ import annotations

import os
import random
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import dpkt
import pytest
from conftest import PCAPS, ROOT, decode_json, flows

ORIGINAL = PCAPS / "gmssl" / "gmssl_ecc_sm4_cbc_sm3.pcapng"
PORT = 24441
PLUGIN = ROOT / "dissector" / "tlcp.lua"


def _record(content_type: int, fragment: bytes) -> bytes:
    return struct.pack("!BHH", content_type, 0x0101, len(fragment)) + fragment


def _protected(rng: random.Random, content_type: int, size: int) -> bytes:
    return _record(content_type, rng.randbytes(size))


def _renegotiated(out: Path, last_handshake_frame: int) -> None:
    """The original's packets up to its last handshake message, then the renegotiation's
    flights as new segments of the same connection (sequence numbers carried on)."""
    rng = random.Random(38636)
    flights = [  # (from the client, records): ClientHello; the server's hello flight;
        # ClientKeyExchange, ChangeCipherSpec, Finished; ChangeCipherSpec, Finished
        (True, _protected(rng, 22, 96)),
        (False, _protected(rng, 22, 1504)),
        (True, _protected(rng, 22, 176) + _protected(rng, 20, 32) + _protected(rng, 22, 64)),
        (False, _protected(rng, 20, 32) + _protected(rng, 22, 64)),
        (True, _protected(rng, 23, 48)),
    ]
    with ORIGINAL.open("rb") as fh:
        packets = list(dpkt.pcapng.Reader(fh))
    writer_packets = []
    next_seq: dict[bool, int] = {}
    last: dict[bool, dpkt.ethernet.Ethernet] = {}
    ts = 0.0
    for number, (ts, data) in enumerate(packets, 1):
        if number > last_handshake_frame:
            break
        eth = dpkt.ethernet.Ethernet(data)
        tcp = eth.data.data
        from_client = tcp.dport == PORT
        next_seq[from_client] = (tcp.seq + len(tcp.data)) & 0xFFFFFFFF
        last[from_client] = eth
        writer_packets.append((ts, data))
    for from_client, payload in flights:
        ts += 0.001
        eth = dpkt.ethernet.Ethernet(bytes(last[from_client]))
        ip, tcp = eth.data, eth.data.data
        tcp.seq = next_seq[from_client]
        tcp.ack = next_seq[not from_client]
        tcp.flags = dpkt.tcp.TH_ACK | dpkt.tcp.TH_PUSH
        tcp.data = payload
        tcp.sum = 0
        ip.data = tcp
        ip.len = ip.__hdr_len__ + len(ip.opts) + len(bytes(tcp))
        ip.sum = 0
        next_seq[from_client] = (tcp.seq + len(payload)) & 0xFFFFFFFF
        writer_packets.append((ts, bytes(eth)))
    with out.open("wb") as fh:
        writer = dpkt.pcap.Writer(fh)
        for when, data in writer_packets:
            writer.writepkt(data, when)


def _last_handshake_frame() -> int:
    (flow,) = flows(decode_json(ORIGINAL, "--jobs", "1"))
    return int(max(m["frame"] for m in flow["tlcp"]["handshake"]))


@pytest.fixture(scope="module")
def capture(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("renegotiation") / "tlcp_renegotiation.pcap"
    _renegotiated(path, _last_handshake_frame())
    return path


def test_the_decoder_sees_a_renegotiation(capture: Path) -> None:
    (flow,) = flows(decode_json(capture, "--jobs", "1"))
    assert flow["warnings"] == []
    messages = flow["tlcp"]["handshake"]
    assert all(m["expected"] for m in messages)
    later = [m["type"] for m in messages][-7:]
    assert later == ["encrypted_handshake", "encrypted_handshake", "encrypted_handshake",
                     "change_cipher_spec", "encrypted_handshake", "change_cipher_spec",
                     "encrypted_handshake"]
    assert flow["tlcp"]["handshake_state"] == "established"
    assert flow["tlcp"]["application_data"]["c2s_records"] == 1


def test_the_text_report_names_it(capture: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "tlcp_decode", str(capture), "--color",
                          "never", "-q", "--jobs", "1"], capture_output=True, text=True,
                         timeout=120, env={**os.environ, "COLUMNS": "200"}).stdout
    assert out.count("a renegotiation's handshake record (no keys to read it)") == 5
    assert "unexpected" not in out and "malformed" not in out


@pytest.mark.skipif(shutil.which("tshark") is None, reason="needs tshark")
def test_the_plugin_shows_it_without_expert_info(capture: Path) -> None:
    proc = subprocess.run(
        ["tshark", "-n", "-r", str(capture), "-X", f"lua_script:{PLUGIN}", "-d",
         f"tcp.port=={PORT},tlcp", "-T", "fields", "-e", "frame.number", "-e",
         "tlcp.change_cipher_spec.encrypted", "-e", "tlcp.change_cipher_spec", "-e",
         "tlcp.malformed", "-e", "tlcp.trailing", "-e", "tlcp.unknown"],
        capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and "Lua" not in proc.stderr, proc.stderr
    rows = [line.split("\t") for line in proc.stdout.splitlines()]
    assert [r for r in rows if any(r[3:])] == []  # no malformed, trailing or unknown bytes
    assert sum(1 for r in rows if r[1]) == 2  # the renegotiation's two ChangeCipherSpec
    assert sum(1 for r in rows if r[2]) == 2  # the first handshake's, in the clear
