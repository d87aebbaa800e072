"""The analyser's handshake step with the machine's step written out
(session.analyzer.STEP_SHORT_WAY) moves the machine and lists the messages exactly as
HandshakeMachine.advance does (the general way): on every capture, and on sequences with
unexpected messages, a resumption, a renegotiation and a capture joined mid-connection."""

from __future__ import annotations

from pathlib import Path

import pytest
from both_ways import CAPTURES, decoded_both_ways

from tlcp_decode.session import analyzer
from tlcp_decode.session.analyzer import TLCPAnalyzer

FULL = [("c2s", "client_hello"), ("s2c", "server_hello"), ("s2c", "certificate"),
        ("s2c", "server_key_exchange"), ("s2c", "server_hello_done"),
        ("c2s", "client_key_exchange"), ("c2s", "change_cipher_spec"), ("c2s", "finished"),
        ("s2c", "change_cipher_spec"), ("s2c", "finished")]
RESUMED = [("c2s", "client_hello"), ("s2c", "server_hello"), ("s2c", "change_cipher_spec"),
           ("s2c", "finished"), ("c2s", "change_cipher_spec"), ("c2s", "finished")]
SEQUENCES = [
    FULL,
    RESUMED,
    FULL + [("s2c", "hello_request"), ("s2c", "server_hello")] + RESUMED,  # renegotiations
    RESUMED + FULL,
    [("c2s", "client_hello"), ("s2c", "server_hello_done"), ("s2c", "server_hello"),
     ("c2s", "finished")],  # unexpected ones
]


@pytest.mark.parametrize("capture", CAPTURES, ids=lambda p: p.name)
def test_both_ways_give_the_same_connections(capture: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    short, general = decoded_both_ways(capture, analyzer, "STEP_SHORT_WAY", monkeypatch)
    assert short == general


def _steps(sequence: list[tuple[str, str]], mid_connection: bool,
           tls13: bool) -> tuple[object, ...]:
    a = TLCPAnalyzer(1, mid_connection=mid_connection)
    if tls13:
        a.machine.offer_tls13()
    for frame, (direction, message) in enumerate(sequence):
        a._step(direction, message, frame, False, 10, 1.0 + frame)  # type: ignore[arg-type]
    m = a.machine
    return (list(a.handshake), [w.message for w in a.warnings], m.state, m.abbreviated,
            m.renegotiations, a.established_ts)


@pytest.mark.parametrize("sequence", SEQUENCES)
@pytest.mark.parametrize("mid_connection", [False, True])
@pytest.mark.parametrize("tls13", [False, True])
def test_both_ways_take_the_same_steps(sequence: list[tuple[str, str]], mid_connection: bool,
                                       tls13: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    short = _steps(sequence, mid_connection, tls13)
    monkeypatch.setattr(analyzer, "STEP_SHORT_WAY", False)
    assert _steps(sequence, mid_connection, tls13) == short
