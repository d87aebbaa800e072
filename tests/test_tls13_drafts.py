"""TLS 1.3 drafts 22 to 28 (OISF's captures of draft implementations): their ServerHello and
handshake are RFC 8446's, so they are read as TLS 1.3 and named as the draft. Before, a draft
28 full handshake was 'resumed' (a TLS 1.2 reading of the session id echo), its client's
middlebox ChangeCipherSpec 'unexpected', and draft 22's client Finished flight ended in a
'resumption' state."""

from __future__ import annotations

from pathlib import Path

import pytest

import tlcp_decode
from tlcp_decode import registry
from tlcp_decode.model import Connection

FOREIGN = Path(__file__).resolve().parent.parent / "pcaps" / "foreign-tls"


def _connections(draft: int) -> list[Connection]:
    capture = FOREIGN / f"OISF__tests__tls__tls13-draft{draft}__tls13_draft{draft}.pcap"
    return [c for c in tlcp_decode.decode(capture) if c.tlcp is not None]


@pytest.mark.parametrize("draft", [22, 23, 28])
def test_a_draft_is_read_as_tls13(draft: int) -> None:
    connections = _connections(draft)
    assert connections
    for conn in connections:
        session = conn.tlcp
        assert session is not None
        assert session.tls.tls13 and session.tls.version == 0x7F00 + draft
        assert session.protocol_label == f"TLS 1.3 draft {draft}"
        assert all(m.expected for m in session.messages)
        assert "unexpected_message" not in {w.code for w in conn.warnings}
        # without keys the encrypted flights are seen, not read: not judged either way
        assert session.handshake_complete is None
    first = connections[0].tlcp
    assert first is not None and not first.resumed  # a full handshake


def test_a_draft_psk_resumption_is_resumed() -> None:
    full, resumed = _connections(28)
    assert resumed.tlcp is not None and resumed.tlcp.resumed


def test_earlier_drafts_are_not_read_as_tls13() -> None:
    """Drafts before 22 have another ServerHello: read as unknown versions, as before."""
    assert not registry.is_tls13(0x7F15) and registry.is_tls13(0x7F16)
    assert registry.is_tls13(0x7F1C) and not registry.is_tls13(0x7F1D)
