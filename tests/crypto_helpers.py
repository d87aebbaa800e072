"""Test helpers for the crypto tests: pull TLCP records and handshake messages out of the real
captures with tshark (independent of the TLCP parser in tlcp_decode/tlcp/)."""

from __future__ import annotations

import functools
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

PCAPS = Path(__file__).resolve().parent.parent / "pcaps"

HAVE_TSHARK = shutil.which("tshark") is not None


@dataclass
class Record:
    content_type: int
    version: int
    fragment: bytes


@dataclass
class Direction:
    records: list[Record] = field(default_factory=list)


@dataclass
class Connection:
    client: Direction
    server: Direction
    client_port: int

    def handshake_messages(self, side: str) -> list[bytes]:
        """Plaintext handshake messages (with their 4-byte headers) sent by one side, in order,
        up to its ChangeCipherSpec."""
        d = self.client if side == "client" else self.server
        buf = b""
        for rec in d.records:
            if rec.content_type == 20:
                break
            if rec.content_type == 22:
                buf += rec.fragment
        out = []
        while len(buf) >= 4:
            n = int.from_bytes(buf[1:4], "big")
            out.append(buf[: 4 + n])
            buf = buf[4 + n :]
        return out

    def encrypted_after_ccs(self, side: str) -> list[Record]:
        d = self.client if side == "client" else self.server
        seen = False
        out = []
        for rec in d.records:
            if seen:
                out.append(rec)
            elif rec.content_type == 20:
                seen = True
        return out


def _split_records(stream: bytes) -> list[Record]:
    out = []
    while len(stream) >= 5:
        n = int.from_bytes(stream[3:5], "big")
        if len(stream) < 5 + n:
            break
        out.append(Record(stream[0], int.from_bytes(stream[1:3], "big"), stream[5 : 5 + n]))
        stream = stream[5 + n :]
    return out


@functools.cache
def connections(pcap: str, server_port: int) -> list[Connection]:
    """All TCP connections to ``server_port`` in ``pcap`` (a path relative to pcaps/)."""
    cmd = [
        "tshark", "-r", str(PCAPS / pcap), "-Y", f"tcp.port=={server_port} && tcp.len>0",
        "-o", "tcp.desegment_tcp_streams:FALSE", "-o", "tcp.relative_sequence_numbers:TRUE",
        "-T", "fields", "-e", "tcp.stream", "-e", "tcp.srcport", "-e", "tcp.seq",
        "-e", "tcp.payload",
    ]
    text = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    # stream id -> (client chunks, server chunks), each {seq: bytes}
    streams: dict[str, tuple[dict[int, bytes], dict[int, bytes], int]] = {}
    for line in text.splitlines():
        sid, sport, seq, payload = line.split("\t")
        cli, srv, cport = streams.setdefault(sid, ({}, {}, 0))
        if int(sport) == server_port:
            srv.setdefault(int(seq), bytes.fromhex(payload.replace(":", "")))
        else:
            cli.setdefault(int(seq), bytes.fromhex(payload.replace(":", "")))
            streams[sid] = (cli, srv, int(sport))

    def join(chunks: dict[int, bytes]) -> bytes:
        data = b""
        for seq in sorted(chunks):
            start = seq - 1  # relative seq starts at 1 after SYN
            if start < len(data):
                continue  # retransmission
            data += chunks[seq]
        return data

    result = []
    for sid in sorted(streams, key=int):
        cli, srv, cport = streams[sid]
        result.append(
            Connection(Direction(_split_records(join(cli))), Direction(_split_records(join(srv))),
                       cport)
        )
    return result


def message(msgs: list[bytes], msg_type: int) -> bytes:
    """The first handshake message of that type, with its header."""
    for m in msgs:
        if m[0] == msg_type:
            return m
    raise LookupError(msg_type)


def certificates(cert_msg: bytes) -> list[bytes]:
    body = cert_msg[4:]
    total = int.from_bytes(body[:3], "big")
    body = body[3 : 3 + total]
    out = []
    while body:
        n = int.from_bytes(body[:3], "big")
        out.append(body[3 : 3 + n])
        body = body[3 + n :]
    return out


def hello_random(msg: bytes) -> bytes:
    return msg[6:38]


def hello_suite(server_hello: bytes) -> int:
    sid_len = server_hello[38]
    off = 39 + sid_len
    return int.from_bytes(server_hello[off : off + 2], "big")


def keylog_master(path: str, client_random: bytes) -> bytes:
    for line in (PCAPS / path).read_text().splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "CLIENT_RANDOM" and bytes.fromhex(parts[1]) == client_random:
            return bytes.fromhex(parts[2])
    raise LookupError("no master secret for that client random")
