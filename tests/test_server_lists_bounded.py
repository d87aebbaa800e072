"""Per-server JSON objects list at most servers.LISTED connections, frames, failed handshakes
and different findings of a rule (issue 14): past that they say how many more there were."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import tlcp_decode
from tlcp_decode.report import servers
from tlcp_decode.report.flowview import view_of
from tlcp_decode.report.policy import Policy

ROOT = Path(__file__).resolve().parent.parent
# three failed TLS 1.3 draft handshakes on one server, each sending data in clear
DRAFT = "pcaps/foreign-tls/OISF__tests__tls__tls13-draft19__tls13_draft19.pcap"
# ten connections to one server, each with the same findings
MANY = "pcaps/foreign-tls/FoxIO-LLC__pcap__tls-handshake.pcapng"


def _server_objects(capture: str) -> dict[str, dict[str, Any]]:
    book = servers.ServerBook(capture, 1, Policy())
    for conn in tlcp_decode.decode(ROOT / capture):
        book.add(view_of(conn))
    return {server.server: server.to_json() for server in book.servers()}


def _omitted_keys(obj: object) -> list[str]:
    if isinstance(obj, dict):
        return [k for k, v in obj.items() if k.endswith("_omitted")] + [
            k for v in obj.values() for k in _omitted_keys(v)]
    if isinstance(obj, list):
        return [k for v in obj for k in _omitted_keys(v)]
    return []


@pytest.mark.parametrize("capture", [DRAFT, MANY])
def test_lists_past_the_limit_keep_the_first_and_count_the_rest(
        capture: str, monkeypatch: pytest.MonkeyPatch) -> None:
    full = _server_objects(capture)
    assert not any(_omitted_keys(server) for server in full.values())
    monkeypatch.setattr(servers, "LISTED", 2)
    bounded = _server_objects(capture)
    assert bounded.keys() == full.keys()
    cut = 0
    for address, whole in full.items():
        short = bounded[address]
        assert short["connections"] == whole["connections"]  # a count, never cut
        kept, dropped = [], 0
        for rule in dict.fromkeys(f["rule"] for f in whole["findings"]):
            of_rule = [f for f in whole["findings"] if f["rule"] == rule]
            kept += of_rule[:2]  # two different findings per rule at most
            dropped += sum(len(f["connections"]) for f in of_rule[2:])
        assert short.get("findings_omitted") == (dropped or None)
        cut += dropped > 0
        for mine, theirs in zip(short["findings"], kept, strict=True):
            assert mine["text"] == theirs["text"]
            for key in ("connections", "frames"):
                assert mine[key] == theirs[key][:2]
                omitted = len(theirs[key]) - 2
                assert mine.get(f"{key}_omitted") == (omitted if omitted > 0 else None)
                cut += omitted > 0
        assert short["failed_handshakes"] == whole["failed_handshakes"][:2]
        failed = whole["handshakes"]["failed"] - 2
        assert short.get("failed_handshakes_omitted") == (failed if failed > 0 else None)
        clear = whole["application_data"]["cleartext_connections"]
        assert short["application_data"]["cleartext_connections"] == clear[:2]
        assert short["application_data"].get("cleartext_connections_omitted") == (
            len(clear) - 2 if len(clear) > 2 else None)
    assert cut  # the captures do reach the limit


def test_a_finding_lists_each_connection_and_frame_once() -> None:
    finding = servers.Finding("handshakes_complete", "fail", "text")
    finding.add(1, (10, 11))
    finding.add(1, (11, 12))  # a second violation of the same connection, same text
    finding.add(2, (20,))
    assert finding.connections == [1, 2] and finding.connection_count == 2
    assert finding.frames == [10, 11, 12, 20] and finding.frame_count == 4


def test_a_finding_given_a_connection_once_lists_it_as_add_does() -> None:
    # a shape's findings take each connection once, with the frames at known positions of its
    # handshake list (several messages may share a frame, a message may have none)
    handshake: list[dict[str, Any]] = [{"frame": 10}, {"frame": 10}, {"frame": None},
                                       {"frame": 11}]
    general = servers.Finding("handshakes_complete", "fail", "text")
    once = servers.Finding("handshakes_complete", "fail", "text")
    for connection, positions in ((1, (0, 1, 2, 3)), (2, (3,)), (3, (2,)), (4, ()), (5, (0,))):
        general.add(connection, [handshake[at]["frame"] for at in positions
                                 if handshake[at]["frame"] is not None])
        once.add_once(connection, handshake, positions)
    assert once == general
    assert once.frames == [10, 11, 11, 10] and once.connection_count == 5
