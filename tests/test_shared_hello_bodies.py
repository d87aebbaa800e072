"""Without decryption, the analyser reads a ClientHello or ServerHello parsed before from the
kept body itself, shared between connections, with the session ids read from the messages
(session.analyzer.SHARED_HELLO_BODIES, issue 17): never different from each hello read from
its own copy (the general way), on every capture."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import tlcp_decode
from tlcp_decode.session import analyzer
from tlcp_decode.tlcp import parser

ROOT = Path(__file__).resolve().parent.parent
CAPTURES = sorted(p for p in (ROOT / "pcaps").rglob("*") if p.suffix in (".pcap", ".pcapng"))


@pytest.mark.parametrize("capture", CAPTURES, ids=lambda p: p.name)
def test_both_ways_give_the_same_connections(capture: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    # twice: a hello's body is kept the second time its rest is seen (parser._parse_hello)
    shared = [list(tlcp_decode.decode(capture)) for _round in range(2)]
    monkeypatch.setattr(analyzer, "SHARED_HELLO_BODIES", False)
    assert [list(tlcp_decode.decode(capture)) for _round in range(2)] == shared


def test_shared_bodies_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """The short way is taken (kept bodies handed out as they are), and each hello's session
    id read from the message is the one its own copy holds."""
    parse_body = parser.parse_body
    counts = {"shared": 0, "hellos": 0}

    def compare(offset: int, msg_type: int, length: int, raw: bytes, layout: str | None,
                own_hellos: bool = True) -> tuple[Any, Any]:
        body, error = parse_body(offset, msg_type, length, raw, layout, own_hellos)
        if msg_type in parser._HELLOS and body is not None:
            own, _error = parse_body(offset, msg_type, length, raw, layout)
            assert parser.hello_session_id(raw) == bytes(own.session_id)
            counts["hellos"] += 1
            keyed = parser._hello_key(bytes(raw), layout)
            counts["shared"] += keyed is not None and body is parser._parsed_hellos.get(keyed[0])
        return body, error

    monkeypatch.setattr(analyzer, "parse_body", compare)
    for _round in range(2):
        for capture in CAPTURES:
            for _connection in tlcp_decode.decode(capture):
                pass
    assert counts["hellos"] > 200 and counts["shared"] > counts["hellos"] // 4
