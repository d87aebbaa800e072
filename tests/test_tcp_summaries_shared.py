"""The TcpSummary of a connection without TCP state transitions (--json, --brief) shared by the
connections with the same facts (session.build TCP_SUMMARIES_SHARED; issue 17): equal to the
one the general way makes for each connection, on every capture."""

from __future__ import annotations

from pathlib import Path

import pytest

from tlcp_decode import model, open_capture
from tlcp_decode.pipeline import DecodeOptions, decode_packets
from tlcp_decode.session import build

ROOT = Path(__file__).resolve().parent.parent
CAPTURES = sorted(p for p in (ROOT / "pcaps").rglob("*") if p.suffix in (".pcap", ".pcapng"))


def _connections(capture: Path) -> list[model.Connection]:
    return list(decode_packets(open_capture(capture), DecodeOptions(tcp_transitions=False)))


@pytest.mark.parametrize("capture", CAPTURES, ids=lambda p: str(p.relative_to(ROOT / "pcaps")))
def test_shared_summaries_are_those_made_for_each(capture: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    shared = _connections(capture)
    monkeypatch.setattr(build, "TCP_SUMMARIES_SHARED", False)
    assert _connections(capture) == shared


def test_summaries_are_shared() -> None:
    """Connections with the same facts hold the same object."""
    assert len(CAPTURES) > 50
    summaries = [conn.tcp for capture in CAPTURES for conn in _connections(capture)]
    assert len({id(tcp) for tcp in summaries}) < len(summaries) * 3 // 4
