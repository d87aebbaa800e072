"""Without decryption, a NewSessionTicket (but TLS 1.3's) has its ticket read from the message,
not parsed (session.analyzer.TICKETS_READ_DIRECTLY, tlcp.parser.session_ticket; issue 17):
never a different connection from the general way, on every capture; the same ticket as the
parse, and None exactly when the parse fails, on every cut and length of a message."""

from __future__ import annotations

from pathlib import Path

import pytest
from both_ways import CAPTURES, decoded_both_ways

import tlcp_decode
from tlcp_decode.schema.fastparse import _CASES_body_new_session_ticket, parse_handshake
from tlcp_decode.schema.results import ConstructError
from tlcp_decode.session import analyzer
from tlcp_decode.tlcp.parser import parse_body, session_ticket


@pytest.mark.parametrize("capture", CAPTURES, ids=lambda p: p.name)
def test_both_ways_give_the_same_connections(capture: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    direct, parsed = decoded_both_ways(capture, analyzer, "TICKETS_READ_DIRECTLY", monkeypatch)
    assert direct == parsed


def test_tls13_is_the_only_other_layout() -> None:
    assert set(_CASES_body_new_session_ticket) == {analyzer._TLS13_TICKET_LAYOUT}


def _ticket_message(ticket: bytes, extra: bytes = b"", length_delta: int = 0) -> bytes:
    body = b"\x00\x00\x1c\x20" + len(ticket).to_bytes(2, "big") + ticket + extra
    return b"\x04" + (len(body) + length_delta).to_bytes(3, "big") + body


@pytest.mark.parametrize("layout", [None, "ECC", "ECDHE", "RSA", "TLS_ECDHE"])
def test_the_same_ticket_as_the_parse(layout: str | None) -> None:
    messages = [_ticket_message(b"T" * 40), _ticket_message(b""),
                _ticket_message(b"T" * 40, b"more"), _ticket_message(b"T" * 40, b"", 3)]
    messages += [m[:cut] for m in list(messages) for cut in range(len(m))]
    messages += [m + b"after" for m in list(messages)]
    messages += [_ticket_message(b"T" * 40, b"", -k) for k in range(1, 12)]
    for raw in messages:
        body, error = parse_body(0, 4, len(raw), raw, layout)
        ticket = session_ticket(raw)
        if error is not None:
            assert ticket is None, raw
        else:
            assert ticket == bytes(body.ticket), raw


def test_a_malformed_ticket_is_reported_as_parsing_reports_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    bad = (1, 0, 7, 4, 12, _ticket_message(b"T" * 9, b"", -4), "ECC")  # (UNPARSED_MESSAGE...)
    seen = []
    for direct in (True, False):
        monkeypatch.setattr(analyzer, "TICKETS_READ_DIRECTLY", direct)
        a = analyzer.TLCPAnalyzer(0)
        a._message("s2c", bad, 1.0)
        assert a.malformed == 1 and a.ticket is None
        seen.append(list(a.warnings))
    assert seen[0] == seen[1]


def test_a_ticket_read_directly_names_its_session(monkeypatch: pytest.MonkeyPatch) -> None:
    good = (1, 0, 7, 4, 50, _ticket_message(b"T" * 40), "ECC")
    for direct in (True, False):
        monkeypatch.setattr(analyzer, "TICKETS_READ_DIRECTLY", direct)
        sessions = analyzer.SessionIndex()
        a = analyzer.TLCPAnalyzer(3, sessions)
        a._message("s2c", good, 1.0)
        assert a.ticket == b"T" * 40 and a.malformed == 0
        assert sessions.origin(b"", b"T" * 40) == 3
    bad = _ticket_message(b"T" * 9, b"", -4)
    with pytest.raises(ConstructError):
        parse_handshake(bad, "ECC")
    assert session_ticket(bad) is None


def test_the_direct_read_is_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[bytes] = []

    def counted(raw: bytes) -> bytes | None:
        read.append(raw)
        return session_ticket(raw)

    monkeypatch.setattr(analyzer, "session_ticket", counted)
    for capture in CAPTURES:
        for _connection in tlcp_decode.decode(capture):
            pass
    assert read
