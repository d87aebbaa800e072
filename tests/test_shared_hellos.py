"""A ClientHello or ServerHello is parsed once per distinct message without its random and
session id (tlcp.parser._parse_hello), once it came a second time: every later one is that
body copied with its own random and session id. For every hello of the captures, with other randoms and session ids
(found in the cache), and for messages that do not parse, the body is what parsing the message
gives: the same classes, keys in the same order, the same values."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_parser_traces import direction_streams

from tlcp_decode.schema.fastparse import parse_handshake
from tlcp_decode.tlcp import HandshakeMessage, RecordStream, parser

PCAPS = Path(__file__).resolve().parent.parent / "pcaps"
CAPTURES = sorted(p for p in PCAPS.rglob("*") if p.suffix in (".pcap", ".pcapng"))
HELLO_TYPES = (1, 2)  # ClientHello, ServerHello


def _hellos() -> list[bytes]:
    found: list[bytes] = []
    for path in CAPTURES:
        for streams in direction_streams(path):
            for direction in ("c2s", "s2c"):
                for event in RecordStream().feed(streams[direction]):
                    if isinstance(event, HandshakeMessage) and event.msg_type in HELLO_TYPES:
                        found.append(event.raw)
    return list(dict.fromkeys(found))


def _same(a: Any, b: Any) -> bool:
    """Equal, and of the same classes all the way down (a Container's keys in order)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[key], b[key]) for key in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(map(_same, a, b))
    return bool(a == b)


def _with(raw: bytes, random: bytes, session_id: bytes) -> bytes:
    """``raw`` with another random and session id (lengths fixed up)."""
    at = parser._SESSION_ID_LENGTH_AT
    body = raw[4:6] + random + bytes([len(session_id)]) + session_id + raw[at + 1 + raw[at]:]
    return raw[:1] + len(body).to_bytes(3, "big") + body


def _shared(raw: bytes) -> tuple[Any, str | None]:
    body, error = parser.parse_body(7, raw[0], len(raw) - 4, raw, None)
    return body, None if error is None else str(error.message)


def _fresh(raw: bytes) -> tuple[Any, str | None]:
    try:
        return parse_handshake(raw, None).body, None
    except Exception:
        body, error = parser.parse_body(7, raw[0], len(raw) - 4, raw, None)
        assert body is None and error is not None
        return None, str(error.message)


HELLOS = _hellos()


def test_the_captures_have_hellos() -> None:
    assert {raw[0] for raw in HELLOS} == set(HELLO_TYPES)
    assert len(HELLOS) >= 40


@pytest.mark.parametrize("index", range(len(HELLOS)))
def test_shared_hello_is_the_parsed_one(index: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parser, "_parsed_hellos", parser.ByteBoundedCache(1 << 20, len))
    monkeypatch.setattr(parser, "_hellos_seen", set())
    raw = HELLOS[index]
    variants = [raw, _with(raw, bytes(32), b""), _with(raw, b"\xff" * 32, b"\x01" * 32),
                _with(raw, b"\x07" * 32, b"\x02" * 32)]
    for variant in variants + variants:  # the second time from the cache
        shared, fresh = _shared(variant), _fresh(variant)
        assert _same(shared, fresh)
    # one entry per session id length (the original's, 0 and 32) of those that parse
    at = parser._SESSION_ID_LENGTH_AT
    assert len(parser._parsed_hellos) == len({v[at] for v in variants if _fresh(v)[0]})


def test_bodies_are_not_one_object(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each connection gets its own body (its random and session id), sharing the rest."""
    monkeypatch.setattr(parser, "_parsed_hellos", parser.ByteBoundedCache(1 << 20, len))
    monkeypatch.setattr(parser, "_hellos_seen", set())
    raw = HELLOS[0]
    _shared(_with(raw, b"\x03" * 32, b"\x02" * 3))  # seen once: parsed, not kept
    first, _ = _shared(_with(raw, b"\x04" * 32, b"\x03" * 3))  # seen again: kept
    second, _ = _shared(_with(raw, b"\x05" * 32, b"\x06" * 3))
    assert first is not second and first.random != second.random
    assert second.session_id == b"\x06" * 3
    assert first.extensions is second.extensions or not first.extensions


def test_a_hello_seen_once_is_not_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """A hello that never comes back (a TLS 1.3 key share) costs no memory."""
    monkeypatch.setattr(parser, "_parsed_hellos", parser.ByteBoundedCache(1 << 20, len))
    monkeypatch.setattr(parser, "_hellos_seen", set())
    for raw in HELLOS[:10]:
        _shared(raw)
    assert len(parser._parsed_hellos) == 0
    for raw in HELLOS[:10]:
        _shared(raw)
    assert len(parser._parsed_hellos) == len({parser._hello_key(raw, None)[0] for raw in HELLOS[:10]
                                             if _fresh(raw)[0] is not None})


@pytest.mark.parametrize("cut", [1, 2, 5, 40, 70])
def test_messages_that_do_not_parse(cut: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parser, "_parsed_hellos", parser.ByteBoundedCache(1 << 20, len))
    monkeypatch.setattr(parser, "_hellos_seen", set())
    for raw in HELLOS[:10]:
        broken = raw[:-cut] if cut < len(raw) else raw[:4]
        for _ in range(2):
            assert _same(_shared(broken), _fresh(broken))
