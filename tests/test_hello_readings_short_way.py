"""A ServerHello read once per extension list (session.analyzer.read_server_hello) and a
connection's TLS facts found by its ClientHello's reading (session.build.tls_facts; issue 17):
never different from the general ways (switches SERVER_HELLO_READINGS, TLS_FACTS_BY_HELLO;
and session.build RECORDS_BY_PAIR, see test_records_by_pair), on every capture."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

import tlcp_decode
from tlcp_decode.session import analyzer, build
from tlcp_decode.session.tls13 import ServerHelloFacts
from tlcp_decode.tlcp.negotiation import ServerChoice

ROOT = Path(__file__).resolve().parent.parent
CAPTURES = sorted(p for p in (ROOT / "pcaps").rglob("*") if p.suffix in (".pcap", ".pcapng"))


def _decode_every_capture(rounds: int = 1) -> None:
    assert len(CAPTURES) > 50
    for _round in range(rounds):
        for capture in CAPTURES:
            for _connection in tlcp_decode.decode(capture):
                pass


def test_kept_server_hello_readings_are_each_hellos_own(monkeypatch: pytest.MonkeyPatch) -> None:
    kept = analyzer.read_server_hello
    counts = [0, 0]  # hellos compared, of which found kept

    def compare(body: Any, raw: bytes, length: int) -> tuple[ServerChoice, bool, ServerHelloFacts]:
        before = len(analyzer._server_hello_readings)
        result = kept(body, raw, length)
        monkeypatch.setattr(analyzer, "SERVER_HELLO_READINGS", False)
        afresh = kept(body, raw, length)
        monkeypatch.setattr(analyzer, "SERVER_HELLO_READINGS", True)
        # a kept choice names the session id of the hello it was read from: not read
        assert dataclasses.replace(result[0], session_id=b"") == dataclasses.replace(
            afresh[0], session_id=b"")
        assert result[1:] == afresh[1:]
        counts[0] += 1
        counts[1] += bool(body["extensions"]) and len(analyzer._server_hello_readings) == before
        return result

    monkeypatch.setattr(analyzer, "read_server_hello", compare)
    _decode_every_capture(rounds=2)  # the second round finds the hellos the parser keeps
    compared, found = counts
    assert compared > 200 and found > compared // 4
    assert analyzer._server_hello_readings.bytes <= analyzer.SERVER_HELLO_READINGS_BYTES


@pytest.mark.parametrize("capture", CAPTURES, ids=lambda p: p.name)
def test_both_ways_give_the_same_connections(capture: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    short = list(tlcp_decode.decode(capture))
    monkeypatch.setattr(analyzer, "SERVER_HELLO_READINGS", False)
    monkeypatch.setattr(build, "TLS_FACTS_BY_HELLO", False)
    monkeypatch.setattr(build, "RECORDS_BY_PAIR", False)
    assert list(tlcp_decode.decode(capture)) == short


def test_the_short_ways_are_taken() -> None:
    _decode_every_capture()
    assert len(build._tls_facts_by_hello) > 10
