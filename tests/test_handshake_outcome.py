"""handshake_complete where the capture does not show how the handshake ended: not a ✗.

A handshake is judged complete or failed only from what the capture shows. It is not known
(the session's handshake_complete None, no handshake_complete check) when the capture joined
the connection after its start, when TLS 1.3 went on encrypted without keys, or when the
connection's packets end during the handshake with no alert and TCP still open (the capture
stopped: the handshake may well have gone on). A connection that one end closed, or that an
alert ended, during its handshake is still a failed one.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest
from tcp_synth import ACK, FIN, write_capture

import tlcp_decode
from tlcp_decode.model import Connection
from tlcp_decode.source.native import NativeReader

ROOT = Path(__file__).resolve().parent.parent
FOREIGN = ROOT / "pcaps" / "foreign-tls"
#: Cloudflare's TLS 1.2 handshake, captured up to its ServerHelloDone; TCP never closed
CUT_AFTER_SERVER_HELLO_DONE = FOREIGN / "FoxIO-LLC__pcap__ipv6.pcapng"
#: 59 connections joined after their TCP handshake, each with a ClientHello and ServerHello
JOINED_MID_WAY = FOREIGN / "FoxIO-LLC__pcap__tls-handshake.pcapng"
TLS13 = ROOT / "pcaps" / "tls13" / "01_tongsuo_tls13_sm4_gcm_sm3.pcapng"
REFUSED = ROOT / "pcaps" / "openssl-cli" / "tls13_client_cert_refused"


def _only(capture: Path, **options: object) -> Connection:
    (conn,) = [c for c in tlcp_decode.decode(capture, **options) if c.tlcp is not None]
    return conn


def _check_names(conn: Connection) -> list[str]:
    assert conn.tlcp is not None
    return [check.name for check in conn.tlcp.checks]


def _warning_codes(conn: Connection) -> list[str]:
    return [warning.code for warning in conn.warnings]


def _closed_by_the_client(capture: Path, out: Path) -> Path:
    """``capture``'s one connection with a FIN from the client after its last packet."""
    packets = list(NativeReader(capture))
    client = packets[0].src, packets[0].sport
    sent = {True: packets[0].seq, False: packets[0].ack}  # next sequence number, by side
    for packet in packets:
        from_client = (packet.src, packet.sport) == client
        sent[from_client] = max(sent[from_client], packet.seq + len(packet.payload))
    last = packets[-1]
    src, sport, dst, dport = ((last.src, last.sport, last.dst, last.dport)
                              if (last.src, last.sport) == client
                              else (last.dst, last.dport, last.src, last.sport))
    fin = dataclasses.replace(last, frame=last.frame + 1, timestamp=last.timestamp + 0.01,
                              src=src, sport=sport, dst=dst, dport=dport, seq=sent[True],
                              ack=sent[False], flags=FIN | ACK, payload=b"",
                              payload_offset=None)
    return write_capture(out, [*packets, fin])


def test_a_handshake_the_capture_stops_during_is_not_judged() -> None:
    conn = _only(CUT_AFTER_SERVER_HELLO_DONE)
    assert conn.tcp.close == "none" and conn.tlcp is not None
    assert conn.tlcp.handshake_state == "server_hello_done received"
    assert conn.tlcp.handshake_complete is None
    names = _check_names(conn)
    assert "handshake_complete" not in names
    assert "suite_offered" in names  # the other checks are made as before
    (warning,) = [w for w in conn.warnings if w.code == "handshake_cut_short"]
    assert "server_hello_done received" in str(warning.message)


def test_the_same_handshake_closed_by_a_peer_failed(tmp_path: Path) -> None:
    closed = _only(_closed_by_the_client(CUT_AFTER_SERVER_HELLO_DONE, tmp_path / "fin.pcap"))
    assert closed.tcp.close == "fin" and closed.tlcp is not None
    assert closed.tlcp.handshake_complete is False
    (check,) = [c for c in closed.tlcp.checks if c.name == "handshake_complete"]
    assert not check.ok and "server_hello_done received" in str(check.detail)
    assert "handshake_cut_short" not in _warning_codes(closed)


@pytest.mark.parametrize("order", ["open first", "closed first"])
def test_checks_shared_by_facts_tell_the_open_from_the_closed(tmp_path: Path,
                                                              order: str) -> None:
    """The checks kept per set of facts (session.checks._by_facts) hold whether the packets
    ended during the handshake: the open and the closed connection have every other fact
    equal, in whichever order they come."""
    closed = _closed_by_the_client(CUT_AFTER_SERVER_HELLO_DONE, tmp_path / "fin.pcap")
    captures = [CUT_AFTER_SERVER_HELLO_DONE, closed]
    if order == "closed first":
        captures.reverse()
    verdicts = {}
    for capture in captures:
        conn = _only(capture)
        verdicts[conn.tcp.close] = "handshake_complete" in _check_names(conn)
    assert verdicts == {"none": False, "fin": True}


def test_connections_joined_mid_way_are_not_judged() -> None:
    conns = [c for c in tlcp_decode.decode(JOINED_MID_WAY) if c.tlcp is not None]
    assert len(conns) > 50
    for conn in conns:
        assert conn.tlcp is not None
        assert conn.tcp.handshake == "missing"
        assert conn.tlcp.handshake_state == "unknown (capture started mid-connection)"
        assert conn.tlcp.handshake_complete is None
        assert "handshake_complete" not in _check_names(conn)
        # (the state says why; no second warning)
        assert "handshake_cut_short" not in _warning_codes(conn)


def test_tls13_without_keys_is_not_judged_and_with_keys_is() -> None:
    without = _only(TLS13)
    assert without.tlcp is not None and without.tlcp.handshake_complete is None
    assert "handshake_complete" not in _check_names(without)
    keyed = _only(TLS13, keylog=TLS13.with_suffix(".keylog"))
    assert keyed.tlcp is not None and keyed.tlcp.handshake_complete is True
    assert {c.name: c.ok for c in keyed.tlcp.checks}["handshake_complete"]


def test_json_says_not_known_as_null() -> None:
    result = subprocess.run([sys.executable, "-m", "tlcp_decode", "--json", "-q",
                             str(CUT_AFTER_SERVER_HELLO_DONE)],
                            capture_output=True, text=True, timeout=120, check=True)
    (flow,) = [json.loads(line) for line in result.stdout.splitlines()
               if json.loads(line).get("type") == "flow"]
    assert flow["tlcp"]["handshake_complete"] is None
    assert any("end during the handshake" in warning for warning in flow["warnings"])


def _server_summary(tmp_path: Path, *args: str) -> str:
    from tlcp_decode.cli import main

    out = tmp_path / "report.md"
    assert main(["report", *args, "--lang", "en", "-o", str(out)]) in (0, None)
    return out.read_text(encoding="utf-8")


def test_the_server_summary_counts_a_cut_handshake_neither_complete_nor_failed(
        tmp_path: Path) -> None:
    report = _server_summary(tmp_path, str(CUT_AFTER_SERVER_HELLO_DONE))
    assert "1 full, 0 resumed (session reuse); 0 complete, 0 failed" in report
    assert "handshake did not complete" not in report


def test_the_server_summary_counts_a_refused_tls13_handshake_as_failed(
        tmp_path: Path) -> None:
    """A TLS 1.3 server that refused the client's certificate after both Finished: the
    handshake state is established, the handshake failed (as the check says)."""
    conn = _only(Path(f"{REFUSED}.pcapng"), keylog=f"{REFUSED}.keylog")
    assert conn.tlcp is not None and conn.tlcp.handshake_complete is False
    report = _server_summary(tmp_path, f"{REFUSED}.pcapng", "--keylog", f"{REFUSED}.keylog")
    assert "0 complete, 1 failed" in report
    assert "the server refused the handshake after the client's last flight" in report
