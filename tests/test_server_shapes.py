"""The per-server summary's shapes (issue 17): what connections with equal facts add to their
server's summary, worked out once per server and facts, and the offered-suite lists counted
once per list; never changing what a server's summary says."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import tlcp_decode
from tlcp_decode.model import Connection
from tlcp_decode.report import i18n
from tlcp_decode.report.flowview import FlowView, view_of
from tlcp_decode.report.jsonl import connection_object
from tlcp_decode.report.policy import RULES, Level, Policy
from tlcp_decode.report.servers import ServerBook, Shapes

ROOT = Path(__file__).resolve().parent.parent
CAPTURES = sorted(p for p in (ROOT / "pcaps").rglob("*") if p.suffix in (".pcap", ".pcapng"))


@pytest.fixture(scope="module")
def flows() -> dict[Path, list[FlowView]]:
    return {capture: [view_of(conn) for conn in tlcp_decode.decode(capture)]
            for capture in CAPTURES}


def _servers(flows: list[FlowView], policy: Policy, per_connection: bool,
             ) -> list[dict[str, object]]:
    book = ServerBook("capture", 1, policy, per_connection=per_connection)
    for flow in flows:
        book.add(flow)
    return [server.to_json() for server in book.servers()]


# the defaults, and the connection rules switched off (data_protected still runs then)
POLICIES = [Policy(), Policy({rule.id: Level.OFF for rule in RULES
                              if rule.id in ("handshakes_complete", "keys_verify",
                                             "data_protected")})]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_servers_say_the_same_with_shapes_or_connection_by_connection(
        flows: dict[Path, list[FlowView]], language: str) -> None:
    assert len(CAPTURES) > 50
    i18n.set_language(language)
    compared = 0
    try:
        for capture, capture_flows in flows.items():
            for policy in POLICIES:
                alone = _servers(capture_flows, policy, per_connection=True)
                shaped = _servers(capture_flows, policy, per_connection=False)
                assert shaped == alone, capture
                compared += len(alone)
    finally:
        i18n.set_language("en")
    assert compared > 100


def test_shapes_are_bounded_and_found_again(flows: dict[Path, list[FlowView]]) -> None:
    resumed = flows[ROOT / "pcaps/tongsuo/tongsuo_ecc_sm4_cbc_sm3_resume.pcapng"]
    shapes = Shapes()
    book = ServerBook("capture", 1, Policy())
    book._shapes = shapes
    for flow in resumed:
        book.add(flow)
    # one full handshake and five resumed ones of one client and server: two shapes
    assert len(resumed) == 6 and len(shapes) == 2
    bounded = Shapes(limit=2)
    for capture_flows in flows.values():
        book = ServerBook("capture", 1, Policy())
        book._shapes = bounded
        for flow in capture_flows:
            book.add(flow)
            assert len(bounded) <= 2
    none_kept = Shapes(largest=-1)
    book = ServerBook("capture", 1, Policy())
    book._shapes = none_kept
    for flow in resumed:
        book.add(flow)
    assert len(none_kept) == 0


def test_shapes_counted_late_or_at_once_say_the_same(
        flows: dict[Path, list[FlowView]], monkeypatch: pytest.MonkeyPatch) -> None:
    """A server's connections are counted per shape when its summary is read, or when it
    holds too many shapes uncounted (here: at every new shape), or at once for a long
    offered-suite list (here: every list): the same counts every way."""
    from tlcp_decode.report import servers

    expected = {capture: _servers(capture_flows, Policy(), per_connection=True)
                for capture, capture_flows in flows.items()}
    for held, longest in ((1, 128), (16, 0)):
        monkeypatch.setattr(servers, "_UNCOUNTED_SHAPES", held)
        monkeypatch.setattr(servers, "_UNCOUNTED_LARGEST", longest)
        for capture, capture_flows in flows.items():
            assert _servers(capture_flows, Policy(), per_connection=False) == expected[capture]


def test_connections_with_too_many_messages_keep_no_shape(
        flows: dict[Path, list[FlowView]], monkeypatch: pytest.MonkeyPatch) -> None:
    """A shape's key lists its connections' handshake messages: a connection with more than
    _SHAPED_MESSAGES of them is summed up on its own (here: every connection), the same."""
    from tlcp_decode.report import servers

    monkeypatch.setattr(servers, "_SHAPED_MESSAGES", -1)
    for capture, capture_flows in flows.items():
        shapes = Shapes()
        book = ServerBook("capture", 1, Policy())
        book._shapes = shapes
        for flow in capture_flows:
            book.add(flow)
        assert [s.to_json() for s in book.servers()] == _servers(
            capture_flows, Policy(), per_connection=True), capture
        assert len(shapes) == 0


def test_servers_say_the_same_from_json_objects_with_views_made_where_needed() -> None:
    # the --json writer hands the summary each connection's JSON object, and its view only
    # to be made where one is read (ServerBook.add_record)
    made = connections = 0
    for capture in CAPTURES:
        results = list(tlcp_decode.decode(capture))
        with_views = ServerBook("capture", 1, Policy())
        for result in results:
            with_views.add(view_of(result))
        lazy = ServerBook("capture", 1, Policy())
        for result in results:
            record = connection_object(result)

            def view(result: Connection = result, record: dict[str, Any] = record) -> FlowView:
                nonlocal made
                made += 1
                return view_of(result, record=record)

            lazy.add_record(record, view)
            connections += 1
        assert ([server.to_json() for server in lazy.servers()]
                == [server.to_json() for server in with_views.servers()]), capture
    assert 0 < made < connections  # the captures repeat few shapes; the bench many more
