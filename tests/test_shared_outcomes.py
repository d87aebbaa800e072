"""The per-server summary's shared rule outcomes (issue 17): worked out once per distinct set
of facts, bounded, and never changing a server's findings, rules or verdict."""

from __future__ import annotations

from pathlib import Path

import pytest

import tlcp_decode
from tlcp_decode.report import i18n
from tlcp_decode.report.flowview import FlowView, view_of
from tlcp_decode.report.policy import RULES, Level, Policy
from tlcp_decode.report.servers import (
    CONNECTION_RULE_CHECKS,
    SHARED_RULE_CHECKS,
    ServerBook,
    SharedOutcomes,
)

ROOT = Path(__file__).resolve().parent.parent
# many connections of a few servers, client authentication refused, resumption, TLS 1.3 with
# and without the SM algorithms, TLCP and TLS 1.3 on one port, foreign TLS 1.2 of many
# servers, a failed handshake with alerts
CAPTURES = ("pcaps/foreign-tls/OISF__tests__tls__tls-subjectaltname__input.pcap",
            "pcaps/foreign-tls/FoxIO-LLC__pcap__tls-handshake.pcapng",
            "pcaps/foreign-tls/FoxIO-LLC__pcap__tls3.pcapng",
            "pcaps/tongsuo/tongsuo_clientauth_missing_alert.pcapng",
            "pcaps/tongsuo/tongsuo_ecc_sm4_cbc_sm3_resume.pcapng",
            "pcaps/tls13/09_tongsuo_tlcp_and_tls13_same_port.pcapng",
            "pcaps/tls13/07_tongsuo_tls13_aes128gcm_ecdsa.pcapng",
            "pcaps/gmssl/gmssl_ecc_sm4_cbc_sm3.pcapng")


def _flows(capture: str) -> list[FlowView]:
    return [view_of(conn) for conn in tlcp_decode.decode(ROOT / capture)]


@pytest.fixture(scope="module")
def flows() -> dict[str, list[FlowView]]:
    return {capture: _flows(capture) for capture in CAPTURES}


def _servers(flows: list[FlowView], policy: Policy, shared: SharedOutcomes | None,
             ) -> list[dict[str, object]]:
    book = ServerBook("capture", 1, policy, shared)
    for flow in flows:
        book.add(flow)
    return [server.to_json() for server in book.servers()]


# every rule switched off once, the others at their defaults or made advisory
POLICIES = [Policy(), *(Policy({rule.id: Level.OFF if rule is off else Level.ADVISORY
                               for rule in RULES}) for off in RULES)]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_servers_say_the_same_with_outcomes_shared_or_worked_out_each_time(
        flows: dict[str, list[FlowView]], language: str) -> None:
    i18n.set_language(language)
    found: set[str] = set()
    try:
        for capture, capture_flows in flows.items():
            for policy in POLICIES:
                # largest=-1: no outcome is kept, every connection is judged on its own
                alone = _servers(capture_flows, policy, SharedOutcomes(largest=-1))
                shared = _servers(capture_flows, policy, None)
                assert shared == alone, capture
                found |= {finding["rule"] for server in shared
                          for finding in server["findings"]}  # type: ignore[attr-defined]
    finally:
        i18n.set_language("en")
    print(sorted(found))
    assert len(found & set(SHARED_RULE_CHECKS)) >= 5  # the comparison saw findings to compare


def test_an_outcome_is_worked_out_once_per_distinct_facts(
        flows: dict[str, list[FlowView]]) -> None:
    # one full handshake and five resumed ones of one client and server: two sets of facts
    shared = SharedOutcomes()
    _servers(flows["pcaps/tongsuo/tongsuo_ecc_sm4_cbc_sm3_resume.pcapng"], Policy(), shared)
    assert len(shared) == 2
    # every capture, then each decoded again (new connection objects, the same facts): the
    # second time finds every outcome already there
    shared = SharedOutcomes()
    for capture_flows in flows.values():
        _servers(capture_flows, Policy(), shared)
    before = len(shared)
    assert before < sum(len(capture_flows) for capture_flows in flows.values()) // 2
    for capture in CAPTURES:
        _servers(_flows(capture), Policy(), shared)
    assert len(shared) == before


def test_shared_outcomes_are_bounded(flows: dict[str, list[FlowView]]) -> None:
    shared = SharedOutcomes(limit=2)
    for capture_flows in flows.values():
        _servers(capture_flows, Policy(), shared)
        assert len(shared) <= 2
    none_kept = SharedOutcomes(largest=-1)
    _servers(flows[CAPTURES[0]], Policy(), none_kept)
    assert len(none_kept) == 0


def test_every_rule_is_shared_or_run_per_connection() -> None:
    assert not set(SHARED_RULE_CHECKS) & set(CONNECTION_RULE_CHECKS)
    assert {*SHARED_RULE_CHECKS, *CONNECTION_RULE_CHECKS} == {rule.id for rule in RULES}
