"""The checks shared between connections with equal facts (issue 17): session.checks keeps one
tuple per distinct set of the facts the checks read, and validity.validity_in_second one
validity key per chain and second; neither may ever change a verdict."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import tlcp_decode
from tlcp_decode.session import build, checks, validity
from tlcp_decode.session.certificates import CertificateInfo
from tlcp_decode.session.validity import connection_time, validity_in_second, validity_key

ROOT = Path(__file__).resolve().parent.parent
CAPTURES = sorted(p for p in (ROOT / "pcaps").rglob("*") if p.suffix in (".pcap", ".pcapng"))


@pytest.fixture
def checked_both_ways(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Every connection's shared checks compared with the checks worked out afresh."""
    shared = checks._shared_checks
    counts = [0, 0]  # connections compared, of which found in the table

    def compare(a: Any, offered: tuple[int, ...] | None,
                resumed: bool | None) -> tuple[object, ...]:
        before = len(checks._by_facts)
        result = shared(a, offered, resumed)
        assert resumed is None or resumed == a.resumed
        assert result == checks._every_check(a), a.flow_index
        counts[0] += 1
        counts[1] += len(checks._by_facts) == before
        return result

    monkeypatch.setattr(checks, "_shared_checks", compare)
    yield counts


def test_shared_checks_are_the_checks_of_each_connection(checked_both_ways: list[int]) -> None:
    assert len(CAPTURES) > 50
    for _round in range(2):  # the second round finds every connection's facts in the table
        for capture in CAPTURES:
            for _connection in tlcp_decode.decode(capture):
                pass
    compared, found = checked_both_ways
    assert compared > 200 and found > compared // 2


def test_the_checks_with_trusted_cas_are_worked_out_each_time(
        checked_both_ways: list[int]) -> None:
    capture = ROOT / "pcaps/gmssl/gmssl_ecc_sm4_cbc_sm3.pcapng"
    ca = ROOT / "pcaps/gmssl/pki/root_cert.pem"
    names = [check.name for conn in tlcp_decode.decode(capture, ca=[ca]) if conn.tlcp
             for check in conn.tlcp.checks]
    assert any(name.endswith("_certificate_chain") for name in names)
    assert checked_both_ways[0] == 0


def test_a_refused_handshake_does_not_share_the_checks_of_one_not_refused(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A TLS 1.3 server's refusal after the client's last flight is no fact of the shared key:
    the same connection without its alerts (the facts of one the server accepted) first fills
    the table, then the refused one must still get its own handshake_complete verdict."""
    name = ROOT / "pcaps/openssl-cli/tls13_client_cert_refused"
    verdicts: list[tuple[Any, Any]] = []
    session = build.session

    def compare(a: Any) -> Any:
        alerts, a.alerts = a.alerts, []
        accepted = checks.run_all(a)
        a.alerts = alerts
        verdicts.append((accepted, checks.run_all(a)))
        return session(a)

    monkeypatch.setattr(build, "session", compare)
    for _connection in tlcp_decode.decode(f"{name}.pcapng", keylog=f"{name}.keylog"):
        pass
    ((accepted, refused),) = verdicts
    complete = {c.name: c for c in refused}["handshake_complete"]
    assert {c.name: c for c in accepted}["handshake_complete"].ok
    assert not complete.ok and "refused the handshake" in str(complete.detail)


def _certificate(not_before: str, not_after: str) -> CertificateInfo:
    return CertificateInfo(
        subject="CN=test", issuer="CN=ca", serial="01", not_before=not_before,
        not_after=not_after, key_type="SM2", key_usage=("digital_signature",), is_ca=False,
        role="sign", signature_algorithm="SM2-with-SM3", der=b"\x30\x00", public_key=b"")


NOT_AFTER = datetime(2027, 6, 1, 12, 0, 0, tzinfo=UTC)
CHAIN = (_certificate("2020-01-01T00:00:00+00:00", NOT_AFTER.isoformat()),
         _certificate("2021-03-04T05:06:07+00:00", "2030-01-01T00:00:00+00:00"))


def _moments() -> Iterator[float]:
    """Around every second where a state or a day count turns, and ordinary seconds."""
    for days in (0, 1, 29, 30, 31, 400, -1, -2):
        turn = (NOT_AFTER - timedelta(days=days)).timestamp()
        for offset in (-1.5, -1.0, -0.5, -1e-7, 0.0, 1e-7, 0.25, 0.5, 0.9999994, 0.9999996, 1.0,
                       1.5, 3600.25):
            yield turn + offset
    start = datetime(2021, 3, 4, 5, 6, 7, tzinfo=UTC).timestamp()
    for offset in (-1.0, -0.5, 0.0, 0.5, 1.0):
        yield start + offset


def _exact(chain: tuple[CertificateInfo, ...], moment: float) -> tuple[object, ...]:
    when = connection_time(moment, None)
    assert when is not None
    return validity_key(chain, when)


def test_validity_in_second_is_validity_key() -> None:
    for moment in _moments():
        for chain in (CHAIN, CHAIN[1:]):
            expected = _exact(chain, moment)
            assert validity_in_second(chain, moment) == expected, (moment, chain)
            assert validity_in_second(chain, moment) == expected, (moment, chain)  # found


def test_validity_in_second_is_shared_within_a_second_only_where_nothing_turns() -> None:
    second = float(int(NOT_AFTER.timestamp()) - 5 * 86400 + 77)
    first = validity_in_second(CHAIN, second + 0.1)
    assert validity_in_second(CHAIN, second + 0.7) is first
    assert validity_in_second(CHAIN, second + 1.1) is not first
    turning = NOT_AFTER.timestamp() - 5 * 86400  # a day count turns within this second
    assert validity_in_second(CHAIN, turning) != validity_in_second(CHAIN, turning + 0.5)


def test_bounds_within_a_second_are_worked_out_each_time() -> None:
    chain = (_certificate("2020-01-01T00:00:00.500000+00:00", "2030-01-01T00:00:00+00:00"),)
    assert validity._turning_seconds(chain) is None
    moment = datetime(2025, 1, 1, tzinfo=UTC).timestamp() + 0.2
    assert validity_in_second(chain, moment) is not validity_in_second(chain, moment)
    assert validity_in_second(chain, moment) == _exact(chain, moment)


def test_server_validity_in_second_is_certificate_valid_at() -> None:
    from tlcp_decode.report import servers

    certificates = [{"not_before": "2021-03-04T05:06:07+00:00", "not_after": NOT_AFTER.isoformat(),
                     "subject": "CN=a", "issuer": "CN=ca", "serial": "01"},
                    {"not_before": "2020-01-01T00:00:00+00:00",
                     "not_after": "2030-01-01T00:00:00.500000+00:00",
                     "subject": "CN=b", "issuer": "CN=ca", "serial": "02"}]
    for listed in (certificates, certificates[:1], certificates[1:]):
        for moment in [*_moments(), None]:
            expected = tuple(servers.certificate_valid_at(c, moment) for c in listed)
            assert servers.validity_in_second(listed, moment) == expected, moment
            assert servers.validity_in_second(listed, moment) == expected, moment
    second = float(int(NOT_AFTER.timestamp()) - 86400)
    whole = certificates[:1]  # bounds in whole seconds: shared within a second
    first = servers.validity_in_second(whole, second + 0.2)
    assert servers.validity_in_second(whole, second + 0.8) is first
    assert servers.validity_in_second(whole, second + 1.2) is not first
    # a bound within a second: worked out each time
    assert servers.validity_in_second(certificates, second + 0.2) is not (
        servers.validity_in_second(certificates, second + 0.2))
