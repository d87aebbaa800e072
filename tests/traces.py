"""Reads the implementations' own traces (GmSSL's and Tongsuo's -trace) as ground truth.

Each trace lists every record the client sent and received. We keep the plaintext handshake
messages and alerts, with the fields the tests compare: randoms, session ids, suites,
certificate counts, alert descriptions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_GMSSL_TYPES = {
    "ClientHello": "client_hello", "ServerHello": "server_hello", "Certificate": "certificate",
    "ServerKeyExchange": "server_key_exchange", "CertificateRequest": "certificate_request",
    "ServerHelloDone": "server_hello_done", "ClientKeyExchange": "client_key_exchange",
    "CertificateVerify": "certificate_verify", "Finished": "finished",
    "NewSessionTicket": "new_session_ticket",
}


@dataclass
class TraceMessage:
    direction: str  # c2s | s2c
    type: str  # handshake type name, or "alert" / "change_cipher_spec"
    random_bytes: str | None = None  # hex of the 28 random bytes
    gmt_unix_time: int | None = None
    session_id: str | None = None  # hex, "" for empty
    suites: list[int] = field(default_factory=list)
    certificates: int | None = None
    alert_level: int | None = None
    alert_description: int | None = None


@dataclass
class TraceConnection:
    messages: list[TraceMessage] = field(default_factory=list)

    def plaintext(self) -> list[TraceMessage]:
        """Messages before each direction's ChangeCipherSpec (what a parser sees in clear)."""
        encrypted: set[str] = set()
        out = []
        for m in self.messages:
            if m.direction in encrypted:
                continue
            out.append(m)
            if m.type == "change_cipher_spec":
                encrypted.add(m.direction)
        return out


def _gmssl(text: str) -> list[TraceConnection]:
    conns: list[TraceConnection] = []
    current: TraceMessage | None = None
    direction = "c2s"
    in_suites = False
    for line in text.splitlines():
        stripped = line.strip()
        m = re.match(r"^(send|recv)\b", line)
        if m:
            direction = "c2s" if m.group(1) == "send" else "s2c"
            current = None
            in_suites = False
            continue
        if stripped.startswith("ContentType:"):
            ctype = int(re.search(r"\((\d+)\)", stripped).group(1))  # type: ignore[union-attr]
            current = None
            if ctype == 20:
                conns[-1].messages.append(TraceMessage(direction, "change_cipher_spec"))
            elif ctype == 21:
                current = TraceMessage(direction, "alert")
                conns[-1].messages.append(current)
            continue
        t = re.match(r"Type: (\w+) \((\d+)\)", stripped)
        if t and t.group(1) in _GMSSL_TYPES:
            kind = _GMSSL_TYPES[t.group(1)]
            if kind == "client_hello":
                conns.append(TraceConnection())
            current = TraceMessage(direction, kind)
            if kind == "certificate":
                current.certificates = 0
            conns[-1].messages.append(current)
            in_suites = False
            continue
        if line.startswith("/") and ".c:" in line:
            # GmSSL prints its error backtrace before the alert it then sends itself
            direction = "c2s"
            current = None
            continue
        if current is None:
            continue
        if stripped.startswith("random:"):
            current.random_bytes = stripped.split(":", 1)[1].strip()
        elif stripped.startswith("SessionID:"):
            value = stripped.split(":", 1)[1].strip()
            current.session_id = "" if value == "(null)" else value.lower()
        elif stripped == "CipherSuites":
            in_suites = True
        elif stripped.startswith("CipherSuite:") and stripped.endswith(")"):
            current.suites = [int(stripped.rsplit("(", 1)[1].rstrip(")"), 16)]
        elif in_suites and re.search(r"\(([0-9a-f]{4})\)$", stripped):
            current.suites.append(int(stripped.rsplit("(", 1)[1].rstrip(")"), 16))
        elif stripped in ("CompressionMethods", "Extensions"):
            in_suites = False
        elif stripped == "-----BEGIN CERTIFICATE-----" and current.certificates is not None:
            current.certificates += 1
        elif stripped.startswith("Level:"):
            current.alert_level = int(re.search(r"\((\d+)\)", stripped).group(1))  # type: ignore[union-attr]
        elif stripped.startswith("Reason:"):
            current.alert_description = int(
                re.search(r"\((\d+)\)", stripped).group(1))  # type: ignore[union-attr]
    return conns


_TONGSUO_TYPES = _GMSSL_TYPES  # both print the standard's CamelCase message names


def _tongsuo(text: str) -> list[TraceConnection]:
    conns: list[TraceConnection] = []
    current: TraceMessage | None = None
    direction = "c2s"
    in_suites = False
    for line in text.splitlines():
        stripped = line.strip()
        if stripped in ("Sent TLS Record", "Received TLS Record", "Sent Record",
                        "Received Record"):
            direction = "c2s" if stripped.startswith("Sent") else "s2c"
            current = None
            continue
        ctype = re.match(r"Content Type = \w+ \((\d+)\)", stripped)
        if ctype:
            value = int(ctype.group(1))
            current = None
            if value == 20 and conns:
                conns[-1].messages.append(TraceMessage(direction, "change_cipher_spec"))
            continue
        alert = re.match(r"Level=\w+\((\d+)\), description=.*\((\d+)\)", stripped)
        if alert and conns:
            conns[-1].messages.append(TraceMessage(direction, "alert",
                                                   alert_level=int(alert.group(1)),
                                                   alert_description=int(alert.group(2))))
            continue
        t = re.match(r"^(\w+), Length=\d+$", stripped)
        if t and t.group(1) in _TONGSUO_TYPES:
            kind = _TONGSUO_TYPES[t.group(1)]
            if kind == "client_hello":
                conns.append(TraceConnection())
            if not conns:
                continue
            current = TraceMessage(direction, kind)
            if kind == "certificate":
                current.certificates = 0
            conns[-1].messages.append(current)
            in_suites = False
            continue
        if current is None:
            continue
        if stripped.startswith("gmt_unix_time="):
            current.gmt_unix_time = int(stripped.split("=", 1)[1], 16)
        elif stripped.startswith("random_bytes (len=28):"):
            current.random_bytes = stripped.split(":", 1)[1].strip().lower()
        elif stripped.startswith("session_id (len="):
            current.session_id = stripped.split(":", 1)[1].strip().lower()
        elif stripped.startswith("cipher_suites (len="):
            in_suites = True
        elif stripped.startswith("cipher_suite {"):
            hi, lo = re.findall(r"0x([0-9A-Fa-f]{2})", stripped)[:2]
            current.suites = [int(hi + lo, 16)]
        elif in_suites and stripped.startswith("{0x"):
            hi, lo = re.findall(r"0x([0-9A-Fa-f]{2})", stripped)[:2]
            current.suites.append(int(hi + lo, 16))
        elif stripped.startswith("compression_methods"):
            in_suites = False
        elif stripped.startswith("ASN.1Cert, length=") and current.certificates is not None:
            current.certificates += 1
    return conns


def read_trace(path: Path) -> list[TraceConnection]:
    text = path.read_text(errors="replace")
    if "Sent TLS Record" in text or "Received TLS Record" in text:
        return _tongsuo(text)
    return _gmssl(text)
