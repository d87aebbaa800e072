"""A ClientHello's extensions and suites read once per list (issue 17): the hellos the parser
saw before share their read-only lists, and what they say (session.hello_extensions.read,
session.tls13.client_hello_facts; the suites as numbers, session.build) is kept for each list;
never different from reading it afresh."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import tlcp_decode
from tlcp_decode.session import analyzer, build, hello_extensions
from tlcp_decode.session.tls13 import ClientHelloFacts, client_hello_facts

ROOT = Path(__file__).resolve().parent.parent
CAPTURES = sorted(p for p in (ROOT / "pcaps").rglob("*") if p.suffix in (".pcap", ".pcapng"))


@pytest.fixture
def read_both_ways(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Every ClientHello's kept reading compared with the hello read afresh."""
    kept = analyzer.read_client_hello
    counts = [0, 0]  # hellos compared, of which found kept

    def compare(body: Any, length: int,
                ) -> tuple[hello_extensions.HelloExtensions, ClientHelloFacts]:
        before = len(analyzer._client_hello_readings)
        result = kept(body, length)
        afresh = hello_extensions.read(body)
        assert result == (afresh, client_hello_facts(afresh.by_type))
        counts[0] += 1
        counts[1] += bool(body["extensions"]) and len(analyzer._client_hello_readings) == before
        return result

    monkeypatch.setattr(analyzer, "read_client_hello", compare)
    yield counts


def _decode_twice(counts: list[int]) -> None:
    """Every capture decoded twice, ``counts`` of the second round only: it finds the hellos
    the parser keeps whatever ran before in this process (tests run in any order)."""
    for capture in CAPTURES:
        for _connection in tlcp_decode.decode(capture):
            pass
    counts[:] = [0, 0]
    for capture in CAPTURES:
        for _connection in tlcp_decode.decode(capture):
            pass


def test_kept_readings_are_each_hellos_own(read_both_ways: list[int]) -> None:
    assert len(CAPTURES) > 50
    _decode_twice(read_both_ways)
    compared, found = read_both_ways
    assert compared > 200 and found > compared // 3, (compared, found)
    readings = analyzer._client_hello_readings
    assert readings.bytes <= analyzer.CLIENT_HELLO_READINGS_BYTES


def test_kept_suite_numbers_are_each_hellos_own(monkeypatch: pytest.MonkeyPatch) -> None:
    kept = build._hello_suites
    counts = [0, 0]  # hellos compared, of which found kept
    session = build.session

    def compare(a: Any) -> Any:
        suites = a.client_hello.cipher_suites if a.client_hello is not None else None
        before = len(kept)
        result = session(a)
        if suites is not None:
            numbers = tuple(map(int, suites))
            assert result.offered_suites == tuple(map(build.suite, numbers))
            entry = kept.kept(id(suites))  # (none for a list too long to keep)
            assert entry is None or (entry[0] is suites and entry[1][0] == numbers)
            counts[0] += 1
            counts[1] += len(kept) == before
        return result

    monkeypatch.setattr(build, "session", compare)
    _decode_twice(counts)
    assert counts[0] > 200 and counts[1] > counts[0] // 3
