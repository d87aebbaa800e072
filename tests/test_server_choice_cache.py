"""The reading process decides each connection's later message layout by its ServerHello
(tlcp.parser.server_choice), keeping the choice by the message without its random and session
id: it is what parsing the message gives, for every ServerHello of the captures, with other
randoms and session ids (found in the cache), and for messages that do not parse."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_parser_traces import direction_streams

from tlcp_decode.tlcp import HandshakeMessage, RecordStream, parser
from tlcp_decode.tlcp.negotiation import ServerChoice

PCAPS = Path(__file__).resolve().parent.parent / "pcaps"
CAPTURES = sorted(p for p in PCAPS.rglob("*") if p.suffix in (".pcap", ".pcapng"))
SERVER_HELLO = 2


def _server_hellos() -> list[bytes]:
    found: list[bytes] = []
    for path in CAPTURES:
        for streams in direction_streams(path):
            for event in RecordStream().feed(streams["s2c"]):
                if isinstance(event, HandshakeMessage) and event.msg_type == SERVER_HELLO:
                    found.append(event.raw)
    return found


def _what_choose_reads(choice: ServerChoice | None) -> object:
    return None if choice is None else (choice.cipher_suite, choice.message_layout,
                                        choice.tls13)


def _parsed(raw: bytes) -> object:
    body = parser.parse_message(0, 1, SERVER_HELLO, len(raw) - 4, raw, None).body
    return _what_choose_reads(ServerChoice.of(body) if body is not None else None)


def _cached(raw: bytes) -> object:
    return _what_choose_reads(parser.server_choice(0, len(raw) - 4, raw, None))


def _with(raw: bytes, random: bytes, session_id: bytes) -> bytes:
    """``raw`` with another random and session id (lengths fixed up)."""
    at = parser._SESSION_ID_LENGTH_AT
    body = raw[4:6] + random + bytes([len(session_id)]) + session_id + raw[at + 1 + raw[at]:]
    return bytes([SERVER_HELLO]) + len(body).to_bytes(3, "big") + body


HELLOS = _server_hellos()


def test_the_captures_have_server_hellos() -> None:
    assert len(HELLOS) >= 20
    assert any(_parsed(raw) is not None and _parsed(raw)[2] for raw in HELLOS)  # TLS 1.3 too


@pytest.mark.parametrize("index", range(len(HELLOS)))
def test_cached_choice_is_the_parsed_one(index: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parser, "_server_choices", parser.ByteBoundedCache(1 << 20, len))
    raw = HELLOS[index]
    variants = [raw, _with(raw, bytes(32), b""), _with(raw, b"\xff" * 32, b"\x01" * 32),
                _with(raw, b"\x07" * 32, b"\x02" * 32)]
    for variant in variants + variants:  # the second time from the cache
        assert _cached(variant) == _parsed(variant)
    # one entry per session id length (the original's, 0 and 32), unless it claims more
    # bytes than the message holds (parsed every time)
    at = parser._SESSION_ID_LENGTH_AT
    assert len(parser._server_choices) == len({v[at] for v in variants if at + 1 + v[at] <= len(v)})


@pytest.mark.parametrize("cut", [1, 2, 5, 40, 70])
def test_messages_that_do_not_parse(cut: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parser, "_server_choices", parser.ByteBoundedCache(1 << 20, len))
    for raw in HELLOS[:6]:
        broken = raw[:-cut] if cut < len(raw) else raw[:4]
        for _ in range(2):
            assert _cached(broken) == _parsed(broken)
