"""The TLCP handshake transition table."""

from __future__ import annotations

from tlcp_decode.session.handshake_state import HandshakeMachine, HandshakeState, Step

FULL = [("c2s", "client_hello"), ("s2c", "server_hello"), ("s2c", "certificate"),
        ("s2c", "server_key_exchange"), ("s2c", "certificate_request"),
        ("s2c", "server_hello_done"), ("c2s", "certificate"), ("c2s", "client_key_exchange"),
        ("c2s", "certificate_verify"), ("c2s", "change_cipher_spec"), ("c2s", "finished"),
        ("s2c", "new_session_ticket"), ("s2c", "change_cipher_spec"), ("s2c", "finished")]
ABBREVIATED = [("c2s", "client_hello"), ("s2c", "server_hello"), ("s2c", "change_cipher_spec"),
               ("s2c", "finished"), ("c2s", "change_cipher_spec"), ("c2s", "finished")]


def run(steps: list[tuple[str, str]]) -> tuple[HandshakeMachine, list[Step]]:
    machine = HandshakeMachine()
    taken = [machine.event(direction, message, i + 1)
             for i, (direction, message) in enumerate(steps)]
    return machine, taken


def test_full_handshake_with_client_auth_and_ticket() -> None:
    machine, taken = run(FULL)
    assert machine.complete and not machine.abbreviated
    assert all(step.expected for step in taken)


def test_abbreviated_handshake() -> None:
    machine, _ = run(ABBREVIATED)
    assert machine.complete and machine.abbreviated


def test_unexpected_message_is_flagged_and_does_not_move_the_state() -> None:
    machine, taken = run([("c2s", "client_hello"), ("s2c", "server_hello_done")])
    assert taken[-1].expected is False
    assert machine.state is HandshakeState.CLIENT_HELLO


def test_fatal_alert_fails_an_unfinished_handshake() -> None:
    machine, _ = run(FULL[:3])
    machine.fatal_alert()
    assert machine.state is HandshakeState.FAILED


def test_mid_connection_accepts_anything() -> None:
    machine = HandshakeMachine()
    machine.start_mid_connection()
    step = machine.event("s2c", "finished", 7)
    assert step.expected and machine.state is HandshakeState.UNKNOWN
