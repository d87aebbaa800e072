"""Without decryption, the handshake messages whose parsed body nothing reads (a
ClientKeyExchange; a ServerKeyExchange or CertificateVerify of a TLCP layout, a bare signature)
are only checked, not parsed (session.analyzer.CHECK_UNREAD_BODIES; issue 17): never a
different connection from the general way, on every capture; and those bodies really hold
nothing a handler reads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import tlcp_decode
from tlcp_decode.schema import Handshake
from tlcp_decode.schema.fastcheck import check_handshake
from tlcp_decode.schema.fastparse import parse_handshake
from tlcp_decode.session import analyzer

ROOT = Path(__file__).resolve().parent.parent
CAPTURES = sorted(p for p in (ROOT / "pcaps").rglob("*") if p.suffix in (".pcap", ".pcapng"))


@pytest.mark.parametrize("capture", CAPTURES, ids=lambda p: p.name)
def test_both_ways_give_the_same_connections(capture: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    checked = list(tlcp_decode.decode(capture))
    monkeypatch.setattr(analyzer, "CHECK_UNREAD_BODIES", False)
    assert list(tlcp_decode.decode(capture)) == checked


def test_the_check_is_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[int, str | None]] = []

    def counted(raw: bytes, layout: str | None) -> None:
        seen.append((raw[0], layout))
        check_handshake(raw, layout)

    monkeypatch.setattr(analyzer, "check_handshake", counted)
    for capture in CAPTURES:
        for _connection in tlcp_decode.decode(capture):
            pass
    kinds = set(seen)
    assert (16, "ECC") in kinds and (12, "ECC") in kinds and (15, "ECC") in kinds


def _message(msg_type: int, body: bytes) -> bytes:
    return bytes([msg_type]) + len(body).to_bytes(3, "big") + body


@pytest.mark.parametrize("msg_type, layout", sorted(analyzer._SIGNATURE_ONLY, key=str))
def test_signature_only_bodies_hold_nothing_a_handler_reads(msg_type: int,
                                                            layout: str | None) -> None:
    raw = _message(msg_type, b"\x00\x03sig")
    body: Any = parse_handshake(raw, layout).body
    assert list(body) == ["signature"]  # none of params, signed, algorithm
    assert Handshake.parse(raw, key_exchange=layout).body.signature == b"sig"
    check_handshake(raw, layout)


def test_no_handler_reads_a_client_key_exchange() -> None:
    assert analyzer._CLIENT_KEY_EXCHANGE not in analyzer._MESSAGE_HANDLERS


def test_a_malformed_unread_body_is_reported_as_parsing_reports_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    bad = (1, 0, 7, 16, 5, _message(16, b"\x00\x09abc"), "ECC")  # (UNPARSED_MESSAGE, ...)
    warnings = []
    for check in (True, False):
        monkeypatch.setattr(analyzer, "CHECK_UNREAD_BODIES", check)
        a = analyzer.TLCPAnalyzer(0)
        a._message("c2s", bad, 1.0)
        assert a.malformed == 1
        warnings.append(list(a.warnings))
    assert warnings[0] == warnings[1]
