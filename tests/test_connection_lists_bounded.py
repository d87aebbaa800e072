"""What one connection lists is bounded (issue 14 item 2): a peer that sends 200,000 alerts or
handshake messages in one connection gets the first ones listed and a warning with the count,
and the report stays small (the whole run is measured by ``benchmarks/run.py --flood-check``)."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path

from tlcp_decode.first_kept import (
    MAX_ALERTS,
    MAX_MESSAGES,
    FirstKept,
    KeptAlerts,
    KeptMessages,
)
from tlcp_decode.session.analyzer import SessionIndex
from tlcp_decode.testing import floods

EXE = Path(sys.executable).with_name("tlcp-decode")
ALERT = b"\x15\x01\x01\x00\x02\x01\x5a"  # warning user_canceled, TLCP record version
HELLO_REQUEST = b"\x16\x01\x01\x00\x04\x00\x00\x00\x00"  # an empty handshake message


def _run(path: Path, *extra: str) -> str:
    done = subprocess.run([str(EXE), str(path), "--jobs", "1", *extra],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _flows(path: Path) -> list[dict[str, object]]:
    lines = [json.loads(line) for line in _run(path, "--json").splitlines()]
    return [x for x in lines if x["type"] == "flow"]


def test_alerts_past_the_bound_are_counted_not_listed(tmp_path: Path) -> None:
    path = tmp_path / "alerts.pcap"
    floods.write_pcap(path, floods.one_connection_frames(ALERT, 5_000))
    (flow,) = _flows(path)
    tlcp = flow["tlcp"]
    assert isinstance(tlcp, dict)
    assert len(tlcp["alerts"]) == MAX_ALERTS
    assert all(a["description"] == "user_canceled" for a in tlcp["alerts"])
    assert f"{5_000 - MAX_ALERTS} more alert(s) not listed" in " ".join(
        flow["warnings"])  # type: ignore[arg-type]
    text = _run(path, "--color", "never")
    assert text.count("user_canceled") == MAX_ALERTS
    assert f"{5_000 - MAX_ALERTS} more alert(s) not listed" in text


def test_handshake_messages_past_the_bound_are_counted_not_listed(tmp_path: Path) -> None:
    path = tmp_path / "messages.pcap"
    floods.write_pcap(path, floods.one_connection_frames(HELLO_REQUEST, 3_000))
    (flow,) = _flows(path)
    tlcp = flow["tlcp"]
    assert isinstance(tlcp, dict)
    assert len(tlcp["handshake"]) == MAX_MESSAGES
    assert f"{3_000 - MAX_MESSAGES} more handshake message(s) not listed" in " ".join(
        flow["warnings"])  # type: ignore[arg-type]
    text = _run(path, "--lang", "zh")
    assert f"另有 {3_000 - MAX_MESSAGES} 条握手消息未列出" in text


def test_the_bounded_list_travels_between_processes() -> None:
    kept = FirstKept(2, [1, 2, 3, 4])
    assert kept == [1, 2] and kept.left_out == 2
    copy = pickle.loads(pickle.dumps(kept))
    assert copy == [1, 2] and copy.left_out == 2 and copy.limit == 2
    copy.append(5)
    assert copy == [1, 2] and copy.left_out == 3


def test_the_analyzers_lists_are_first_kept_lists_of_their_limits() -> None:
    """KeptMessages and KeptAlerts (made with no Python call) keep and count as FirstKept
    lists of MAX_MESSAGES and MAX_ALERTS do, and travel as those."""
    for made, limit in ((KeptMessages, MAX_MESSAGES), (KeptAlerts, MAX_ALERTS)):
        kept: FirstKept[int] = made()
        general: FirstKept[int] = FirstKept(limit)
        assert kept == general == [] and kept.limit == general.limit == limit
        for item in range(limit + 3):
            kept.append(item)
            general.append(item)
        assert kept == general and kept.left_out == general.left_out == 3
        copy = pickle.loads(pickle.dumps(kept))
        assert copy == general and copy.left_out == 3 and copy.limit == limit


def test_tickets_are_remembered_by_a_digest() -> None:
    """A ticket may be 64 KB: the index of resumable sessions keeps 16 bytes of each."""
    index = SessionIndex(limit=10)
    tickets = [bytes([n]) * 65_000 for n in range(20)]
    for flow, ticket in enumerate(tickets, 1):
        index.created(flow, b"", ticket)
    assert index.origin(b"", tickets[-1]) == 20
    assert index.origin(b"", tickets[0]) is None  # forgotten past the limit
    assert index.origin(b"", b"\x13" * 65_000) == 20  # the same bytes: the same ticket
    kept = index._by_ticket  # noqa: SLF001 (the bound under test)
    assert len(kept) == 10 and all(len(key) == 16 for key in kept)
