"""The tracker's short way for the opening handshake's segments without data (a connection's
SYN, SYN+ACK and the ACK of the SYN+ACK: ``tracker.OPENING_SHORT_WAY``) gives exactly what the
general way gives: the same events, TCP facts and warnings, on every capture, on segments lost,
duplicated and reordered, and on openings that leave its preconditions (a SYN+ACK first, a
retransmitted or crossing SYN, a wrong acknowledgement, data on the handshake's segments, a
RST). The general way compared has no short way at all (nor the close's: see
tests/test_tcp_closing_short_way.py). The fused reading loop (which calls the same way) is
compared on every capture, also as pcapng, by tests/test_fused_reading.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tcp_synth import capture_packets, mangled_captures
from test_tracker_fast_path import _trace

from tlcp_decode.flows import tracker
from tlcp_decode.flows.tcp_state import EndState, TcpSession
from tlcp_decode.source import Packet

PCAPS = Path(__file__).resolve().parent.parent / "pcaps"
CAPTURES = sorted(p for p in PCAPS.rglob("*") if p.suffix in (".pcap", ".pcapng"))
S, A, F, R, P = 0x02, 0x10, 0x01, 0x04, 0x08


def _end(end: EndState) -> tuple[Any, ...]:
    return (end.state, end.isn, end.fin_seq, end.fin_frame, end.fin_acked, end.sent_rst,
            end.moved, end.pending_fin_frame)


def _sessions(packets: list[Packet]) -> list[Any]:
    """Every tracked connection's session after each segment."""
    flows = tracker.FlowTracker(max_buffer=4096)
    out: list[Any] = []
    for packet in packets:
        flows.feed(packet)
        for conn in flows.connections:
            session: TcpSession = conn.session
            out.append((conn.index, conn.c2s_packets, conn.s2c_packets, conn.last_frame,
                        session.transitions, session.saw_fin, session.saw_rst,
                        session.first_closer, session.finished, session.quiet,
                        _end(session.client), _end(session.server)))
    return out


def _both_ways(packets: list[Packet], monkeypatch: pytest.MonkeyPatch,
               short_way: str = "_handshake") -> int:
    """Compares both ways (the events and facts, and the sessions after each segment);
    returns how many segments took the tracker's ``short_way`` (a method's name)."""
    taken = 0
    method = getattr(tracker.FlowTracker, short_way)

    def counted(self: tracker.FlowTracker, *args: object) -> bool:
        nonlocal taken
        done: bool = method(self, *args)
        taken += done
        return done

    monkeypatch.setattr(tracker.FlowTracker, short_way, counted)
    short = _trace(packets)
    counted_once = taken
    short_sessions = _sessions(packets)
    # the general way: no short way at all
    switches = ("OPENING_SHORT_WAY", "CLOSING_SHORT_WAY", "QUIET_FAST_PATH")
    for switch in switches:
        monkeypatch.setattr(tracker, switch, False)
    general = _trace(packets)
    general_sessions = _sessions(packets)
    for switch in switches:
        monkeypatch.setattr(tracker, switch, True)
    assert short == general
    assert short_sessions == general_sessions
    return counted_once


@pytest.mark.parametrize("path", CAPTURES, ids=lambda p: str(p.relative_to(PCAPS)))
def test_short_way_matches_the_general_way(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _both_ways(capture_packets(path), monkeypatch)


@pytest.mark.parametrize("seed", range(6))
def test_short_way_matches_with_losses_and_reordering(seed: int,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    _both_ways(mangled_captures(CAPTURES, seed), monkeypatch)


def _segment(frame: int, client: bool, flags: int, seq: int, ack: int, payload: bytes = b"",
             port: int = 40000) -> Packet:
    src, sport, dst, dport = ("10.0.0.1", port, "10.0.0.2", 443)
    if not client:
        src, sport, dst, dport = dst, dport, src, sport
    return Packet(frame, frame * 0.001, src, sport, dst, dport, seq, ack, flags, 65535,
                  payload, 0, None)


C, SV = True, False
OPENINGS = {
    "plain": [(C, S, 100, 0), (SV, S | A, 500, 101), (C, A, 101, 501)],
    "synack first": [(SV, S | A, 500, 101), (C, A, 101, 501)],
    "syn retransmitted": [(C, S, 100, 0), (C, S, 100, 0), (SV, S | A, 500, 101),
                          (C, A, 101, 501)],
    "synack retransmitted": [(C, S, 100, 0), (SV, S | A, 500, 101), (SV, S | A, 500, 101),
                             (C, A, 101, 501), (C, A, 101, 501)],
    "synack acks another number": [(C, S, 100, 0), (SV, S | A, 500, 999), (C, A, 101, 501)],
    "ack of another number": [(C, S, 100, 0), (SV, S | A, 500, 101), (C, A, 101, 777)],
    "ack from the server": [(C, S, 100, 0), (SV, S | A, 500, 101), (SV, A, 501, 101)],
    "simultaneous open": [(C, S, 100, 0), (SV, S, 500, 0), (SV, S | A, 500, 101),
                          (C, S | A, 100, 501), (C, A, 101, 501)],
    "reset after the syn": [(C, S, 100, 0), (SV, R | A, 0, 101), (SV, S | A, 500, 101),
                            (C, A, 101, 501)],
    "data on the third ack": [(C, S, 100, 0), (SV, S | A, 500, 101),
                              (C, A | P, 101, 501, b"hello")],
    "data before the third ack": [(C, S, 100, 0), (SV, S | A, 500, 101),
                                  (SV, A | P, 501, 101, b"hi"), (C, A, 101, 503)],
    "fin before the third ack": [(C, S, 100, 0), (SV, S | A, 500, 101), (SV, F | A, 501, 101),
                                 (C, A, 101, 502)],
    "port reused": [(C, S, 100, 0), (SV, S | A, 500, 101), (C, A, 101, 501),
                    (C, F | A, 101, 501), (SV, F | A, 501, 102), (C, A, 102, 502),
                    (C, S, 9000, 0), (SV, S | A, 7000, 9001), (C, A, 9001, 7001)],
}


@pytest.mark.parametrize("name", OPENINGS)
def test_short_way_matches_on_unusual_openings(name: str,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    packets = [_segment(frame, *fields)  # type: ignore[misc]
               for frame, fields in enumerate(OPENINGS[name], 1)]
    taken = _both_ways(packets, monkeypatch)
    if name == "plain":
        assert taken == 3
