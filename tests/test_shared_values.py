"""Values shared between connections (issue 17): made once per distinct input, bounded, and
never changing what a connection says."""

from __future__ import annotations

from pathlib import Path

import tlcp_decode
from tlcp_decode import model
from tlcp_decode.bounded_cache import SharedByIdentity, SharedValues
from tlcp_decode.flows.tcp_state import Transition
from tlcp_decode.report.jsonl import connection_object

ROOT = Path(__file__).resolve().parent.parent
# TLCP (client authentication refused), TLCP and TLS 1.3 on one port, TLS 1.3 without SM
CAPTURES = ("pcaps/tongsuo/tongsuo_clientauth_missing_alert.pcapng",
            "pcaps/tls13/09_tongsuo_tlcp_and_tls13_same_port.pcapng",
            "pcaps/tls13/07_tongsuo_tls13_aes128gcm_ecdsa.pcapng",
            "pcaps/gmssl/gmssl_ecc_sm4_cbc_sm3.pcapng")


def test_a_value_is_made_once_per_key() -> None:
    made: list[int] = []

    def make(key: int) -> list[int]:
        made.append(key)
        return [key]

    shared = SharedValues(make)
    assert shared(1) is shared(1)
    assert shared(2) == [2]
    assert made == [1, 2]


def test_shared_values_are_bounded_in_number() -> None:
    shared: SharedValues[int, int] = SharedValues(lambda key: key * 2, limit=3)
    for key in range(10):
        assert shared(key) == key * 2
        assert len(shared) <= 3


def test_a_large_key_is_not_kept() -> None:
    made: list[tuple[int, ...]] = []

    def make(key: tuple[int, ...]) -> int:
        made.append(key)
        return len(key)

    shared = SharedValues(make, size=len, largest=4)
    big = tuple(range(5))
    assert shared(big) == 5 and shared(big) == 5
    assert made == [big, big] and len(shared) == 0
    assert shared((1, 2)) == 2 and len(shared) == 1


def test_shared_by_identity_tells_equal_objects_apart() -> None:
    # equal but distinct objects each get their own value (their hash is never asked for)
    first, second = [1, 2], [1, 2]
    shared: SharedByIdentity[list[int], object] = SharedByIdentity(lambda obj: object())
    assert shared(first) is shared(first)
    assert shared(first) is not shared(second)


def test_shared_by_identity_keeps_no_large_object() -> None:
    shared = SharedByIdentity(lambda obj: len(obj), size=len, largest=2)
    assert shared(b"abc") == 3
    assert len(shared) == 0
    assert shared(b"ab") == 2 and len(shared) == 1


def test_the_model_transition_has_the_trackers_layout() -> None:
    # session.build turns the tracker's transitions into the model's field by field position
    assert model.TcpTransition._fields == Transition._fields
    assert model.TcpTransition._field_defaults == Transition._field_defaults


def _decoded(capture: str) -> list[tuple[model.Connection, dict[str, object]]]:
    return [(conn, connection_object(conn)) for conn in tlcp_decode.decode(ROOT / capture)]


def test_a_second_decode_with_every_cache_warm_says_the_same() -> None:
    for capture in CAPTURES:
        first, second = _decoded(capture), _decoded(capture)
        assert [conn for conn, _ in first] == [conn for conn, _ in second]
        assert [line for _, line in first] == [line for _, line in second]


def _sessions(capture: str) -> list[model.Session]:
    sessions = [conn.tlcp for conn, _ in _decoded(capture)]
    assert all(session is not None for session in sessions)
    return [session for session in sessions if session is not None]


def test_connections_with_equal_inputs_share_their_verdicts() -> None:
    sessions = _sessions("pcaps/tongsuo/tongsuo_ecc_sm4_cbc_sm3_resume.pcapng")
    assert len(sessions) == 6  # one full handshake, five resumed
    for name in ("suite_is_tlcp", "suite_offered", "handshake_complete"):
        verdicts = {id(c) for session in sessions for c in session.checks if c.name == name}
        assert len(verdicts) == 1, name


def test_a_chain_seen_again_keeps_its_verdicts() -> None:
    first, second = (_sessions(CAPTURES[3])[0] for _ in range(2))
    assert first.server_certificates
    assert first.server_certificates is second.server_certificates
    by_chain = [c for c in first.checks if c.name.endswith("_key_usage")]
    assert by_chain
    assert all(any(c is d for d in second.checks) for c in by_chain)
