"""The TLCP handshake as one transition table (GB/T 38636-2020 6.4.5, figures 2 and 3).

Like h11's ``_state.py``: every allowed step is a row ``(state, (direction, message)) -> state``
and nothing else moves the machine. A message the table does not allow from the current state
is reported as unexpected and leaves the state as it is. A capture that starts in the middle
of a connection begins in ``UNKNOWN``, which accepts anything without judging it.

Messages are the standard's names plus ``change_cipher_spec``; direction ``c2s`` or ``s2c``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class HandshakeState(enum.Enum):
    # Members are singletons compared by identity: hash them by identity too, in C (Enum's
    # own __hash__ is Python code, and every handshake message looks up the table).
    __hash__ = object.__hash__

    START = "start"
    CLIENT_HELLO = "client_hello sent"
    SERVER_HELLO = "server_hello received"
    SERVER_CERTIFICATE = "server certificate received"
    SERVER_KEY_EXCHANGE = "server_key_exchange received"
    CERTIFICATE_REQUEST = "certificate_request received"
    SERVER_HELLO_DONE = "server_hello_done received"
    CLIENT_CERTIFICATE = "client certificate sent"
    CLIENT_KEY_EXCHANGE = "client_key_exchange sent"
    CERTIFICATE_VERIFY = "certificate_verify sent"
    CLIENT_CHANGE_CIPHER_SPEC = "client change_cipher_spec sent"
    CLIENT_FINISHED = "client finished sent"
    NEW_SESSION_TICKET = "new_session_ticket received"
    SERVER_CHANGE_CIPHER_SPEC = "server change_cipher_spec received"
    # abbreviated handshake (session reuse): the server speaks first after ServerHello
    RESUME_NEW_SESSION_TICKET = "resumption: new_session_ticket received"
    RESUME_SERVER_CHANGE_CIPHER_SPEC = "resumption: server change_cipher_spec received"
    RESUME_SERVER_FINISHED = "resumption: server finished received"
    RESUME_CLIENT_CHANGE_CIPHER_SPEC = "resumption: client change_cipher_spec sent"
    ESTABLISHED = "established"
    FAILED = "failed"
    UNKNOWN = "unknown (capture started mid-connection)"


S = HandshakeState
C2S, S2C = "c2s", "s2c"

#: (state, (direction, message)) -> next state. The whole handshake, full and abbreviated.
TRANSITIONS: dict[tuple[HandshakeState, tuple[str, str]], HandshakeState] = {
    (S.START, (C2S, "client_hello")): S.CLIENT_HELLO,
    (S.CLIENT_HELLO, (S2C, "server_hello")): S.SERVER_HELLO,
    # full handshake
    (S.SERVER_HELLO, (S2C, "certificate")): S.SERVER_CERTIFICATE,
    (S.SERVER_CERTIFICATE, (S2C, "server_key_exchange")): S.SERVER_KEY_EXCHANGE,
    (S.SERVER_KEY_EXCHANGE, (S2C, "certificate_request")): S.CERTIFICATE_REQUEST,
    (S.SERVER_KEY_EXCHANGE, (S2C, "server_hello_done")): S.SERVER_HELLO_DONE,
    (S.CERTIFICATE_REQUEST, (S2C, "server_hello_done")): S.SERVER_HELLO_DONE,
    (S.SERVER_HELLO_DONE, (C2S, "certificate")): S.CLIENT_CERTIFICATE,
    (S.SERVER_HELLO_DONE, (C2S, "client_key_exchange")): S.CLIENT_KEY_EXCHANGE,
    (S.CLIENT_CERTIFICATE, (C2S, "client_key_exchange")): S.CLIENT_KEY_EXCHANGE,
    (S.CLIENT_KEY_EXCHANGE, (C2S, "certificate_verify")): S.CERTIFICATE_VERIFY,
    (S.CLIENT_KEY_EXCHANGE, (C2S, "change_cipher_spec")): S.CLIENT_CHANGE_CIPHER_SPEC,
    (S.CERTIFICATE_VERIFY, (C2S, "change_cipher_spec")): S.CLIENT_CHANGE_CIPHER_SPEC,
    (S.CLIENT_CHANGE_CIPHER_SPEC, (C2S, "finished")): S.CLIENT_FINISHED,
    (S.CLIENT_FINISHED, (S2C, "new_session_ticket")): S.NEW_SESSION_TICKET,
    (S.CLIENT_FINISHED, (S2C, "change_cipher_spec")): S.SERVER_CHANGE_CIPHER_SPEC,
    (S.NEW_SESSION_TICKET, (S2C, "change_cipher_spec")): S.SERVER_CHANGE_CIPHER_SPEC,
    (S.SERVER_CHANGE_CIPHER_SPEC, (S2C, "finished")): S.ESTABLISHED,
    # abbreviated handshake
    (S.SERVER_HELLO, (S2C, "new_session_ticket")): S.RESUME_NEW_SESSION_TICKET,
    (S.SERVER_HELLO, (S2C, "change_cipher_spec")): S.RESUME_SERVER_CHANGE_CIPHER_SPEC,
    (S.RESUME_NEW_SESSION_TICKET, (S2C, "change_cipher_spec")): S.RESUME_SERVER_CHANGE_CIPHER_SPEC,
    (S.RESUME_SERVER_CHANGE_CIPHER_SPEC, (S2C, "finished")): S.RESUME_SERVER_FINISHED,
    (S.RESUME_SERVER_FINISHED, (C2S, "change_cipher_spec")): S.RESUME_CLIENT_CHANGE_CIPHER_SPEC,
    (S.RESUME_CLIENT_CHANGE_CIPHER_SPEC, (C2S, "finished")): S.ESTABLISHED,
}

#: States in which the handshake was abbreviated (a session was resumed).
ABBREVIATED = frozenset({
    S.RESUME_NEW_SESSION_TICKET, S.RESUME_SERVER_CHANGE_CIPHER_SPEC, S.RESUME_SERVER_FINISHED,
    S.RESUME_CLIENT_CHANGE_CIPHER_SPEC,
})


# Not frozen (one per handshake message; see source.packet.Packet): read-only by convention.
@dataclass(slots=True)
class Step:
    """One message and what it did to the handshake."""

    frame: int | None
    direction: str
    message: str
    before: HandshakeState
    after: HandshakeState
    expected: bool


@dataclass
class HandshakeMachine:
    """Follows one connection's handshake; ``steps`` is the ladder a report prints."""

    state: HandshakeState = HandshakeState.START
    abbreviated: bool = False
    steps: list[Step] = field(default_factory=list)

    def start_mid_connection(self) -> None:
        self.state = HandshakeState.UNKNOWN

    def event(self, direction: str, message: str, frame: int | None) -> Step:
        before = self.state
        after = TRANSITIONS.get((before, (direction, message)))
        expected = after is not None
        if after is None:
            # Outside the table: the state stays (UNKNOWN accepts all without judging).
            after = before
            expected = before is HandshakeState.UNKNOWN or (
                before is HandshakeState.ESTABLISHED and message == "hello_request")
        if after in ABBREVIATED:
            self.abbreviated = True
        self.state = after
        step = Step(frame, direction, message, before, after, expected)
        self.steps.append(step)
        return step

    def fatal_alert(self) -> None:
        if self.state is not HandshakeState.ESTABLISHED:
            self.state = HandshakeState.FAILED

    @property
    def complete(self) -> bool:
        return self.state is HandshakeState.ESTABLISHED
