"""The handshake as transition tables: TLCP (GB/T 38636-2020 6.4.5, figures 2 and 3) and, once
a ServerHello chose it, TLS 1.3 (RFC 8446 2).

Like h11's ``_state.py``: every allowed step is a row ``(state, (direction, message)) -> state``
and nothing else moves the machine. A message the table does not allow from the current state
is reported as unexpected and leaves the state as it is. A capture that starts in the middle
of a connection begins in ``UNKNOWN``, which accepts anything without judging it; a handshake
some of whose bytes are missing from the capture goes on in ``INCOMPLETE``, which does the
same (its messages after the gap cannot be set against the table).

Messages are the standard's names plus ``change_cipher_spec``; direction ``c2s`` or ``s2c``.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping

from tlcp_decode.precompiled import dataclass


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
    # TLS 1.3 (RFC 8446 2, figures 1 to 4): the server's flight is encrypted after ServerHello
    TLS13_HELLO_RETRY_REQUEST = "TLS 1.3: hello_retry_request received"
    TLS13_SECOND_CLIENT_HELLO = "TLS 1.3: second client_hello sent"
    TLS13_SERVER_HELLO = "TLS 1.3: server_hello received"
    TLS13_ENCRYPTED_EXTENSIONS = "TLS 1.3: encrypted_extensions received"
    TLS13_SERVER_CERTIFICATE = "TLS 1.3: server certificate received"
    TLS13_SERVER_CERTIFICATE_VERIFY = "TLS 1.3: server certificate_verify received"
    TLS13_SERVER_FINISHED = "TLS 1.3: server finished received"
    # ... the same, after a CertificateRequest (the client must answer with its certificate)
    TLS13_CERTIFICATE_REQUEST = "TLS 1.3: certificate_request received"
    TLS13_AUTH_SERVER_CERTIFICATE = "TLS 1.3: server certificate received (client auth)"
    TLS13_AUTH_SERVER_CERTIFICATE_VERIFY = (
        "TLS 1.3: server certificate_verify received (client auth)")
    TLS13_AUTH_SERVER_FINISHED = "TLS 1.3: server finished received (client auth)"
    TLS13_CLIENT_CERTIFICATE = "TLS 1.3: client certificate sent"
    TLS13_CLIENT_CERTIFICATE_VERIFY = "TLS 1.3: client certificate_verify sent"
    TLS13_END_OF_EARLY_DATA = "TLS 1.3: end_of_early_data sent"
    # post-handshake authentication (RFC 8446 4.6.2), once established
    TLS13_POST_CERTIFICATE_REQUEST = "TLS 1.3: post-handshake certificate_request received"
    TLS13_POST_CLIENT_CERTIFICATE = "TLS 1.3: post-handshake client certificate sent"
    TLS13_POST_CLIENT_CERTIFICATE_VERIFY = (
        "TLS 1.3: post-handshake client certificate_verify sent")
    # without keys: the encrypted flights are seen, not read
    TLS13_SERVER_FLIGHT_ENCRYPTED = "TLS 1.3: encrypted server flight received"
    TLS13_ENCRYPTED = "TLS 1.3: encrypted client flight sent (not decrypted)"
    ESTABLISHED = "established"
    FAILED = "failed"
    UNKNOWN = "unknown (capture started mid-connection)"
    INCOMPLETE = "unknown (handshake bytes missing from the capture)"


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
    # renegotiation (RFC 5246 7.4.1.2, the same in TLCP): a new handshake under the keys in
    # use, read like the first one with keys; without them its records are seen, not read
    (S.ESTABLISHED, (C2S, "client_hello")): S.CLIENT_HELLO,
    (S.ESTABLISHED, (C2S, "encrypted_handshake")): S.ESTABLISHED,
    (S.ESTABLISHED, (S2C, "encrypted_handshake")): S.ESTABLISHED,
    (S.ESTABLISHED, (C2S, "change_cipher_spec")): S.ESTABLISHED,
    (S.ESTABLISHED, (S2C, "change_cipher_spec")): S.ESTABLISHED,
}

#: TLS 1.2 and older (RFC 5246 7.3): the TLCP flow, plus what TLCP always has and TLS may
#: leave out (ServerKeyExchange with RSA key exchange) or adds (CertificateStatus, RFC 6066).
TLS12_TRANSITIONS: dict[tuple[HandshakeState, tuple[str, str]], HandshakeState] = {
    **TRANSITIONS,
    (S.SERVER_CERTIFICATE, (S2C, "certificate_status")): S.SERVER_CERTIFICATE,
    (S.SERVER_CERTIFICATE, (S2C, "certificate_request")): S.CERTIFICATE_REQUEST,
    (S.SERVER_CERTIFICATE, (S2C, "server_hello_done")): S.SERVER_HELLO_DONE,
    (S.SERVER_HELLO, (S2C, "server_key_exchange")): S.SERVER_KEY_EXCHANGE,  # anonymous, PSK
    # PSK without an identity hint (RFC 4279 2): no Certificate, no ServerKeyExchange
    (S.SERVER_HELLO, (S2C, "server_hello_done")): S.SERVER_HELLO_DONE,
}

#: Before the ServerHello, when the ClientHello offered TLS 1.3: its client may send the
#: middlebox-compatibility ChangeCipherSpec right after it, before its 0-RTT data (RFC 8446
#: D.4); the ServerHello then chooses one of the tables below or above.
TLS13_OFFERED_TRANSITIONS: dict[tuple[HandshakeState, tuple[str, str]], HandshakeState] = {
    **TRANSITIONS,
    (S.CLIENT_HELLO, (C2S, "change_cipher_spec")): S.CLIENT_HELLO,
}

#: The TLS 1.3 handshake, full, with client authentication, PSK and HelloRetryRequest.
#: ``encrypted_handshake`` is a protected record read without keys; ``change_cipher_spec``
#: records are the middlebox-compatibility ones (RFC 8446 D.4) and change nothing.
TLS13_TRANSITIONS: dict[tuple[HandshakeState, tuple[str, str]], HandshakeState] = {
    (S.START, (C2S, "client_hello")): S.CLIENT_HELLO,
    (S.CLIENT_HELLO, (C2S, "change_cipher_spec")): S.CLIENT_HELLO,
    (S.CLIENT_HELLO, (S2C, "hello_retry_request")): S.TLS13_HELLO_RETRY_REQUEST,
    (S.TLS13_HELLO_RETRY_REQUEST, (S2C, "change_cipher_spec")): S.TLS13_HELLO_RETRY_REQUEST,
    (S.TLS13_HELLO_RETRY_REQUEST, (C2S, "change_cipher_spec")): S.TLS13_HELLO_RETRY_REQUEST,
    (S.TLS13_HELLO_RETRY_REQUEST, (C2S, "client_hello")): S.TLS13_SECOND_CLIENT_HELLO,
    (S.CLIENT_HELLO, (S2C, "server_hello")): S.TLS13_SERVER_HELLO,
    (S.TLS13_SECOND_CLIENT_HELLO, (S2C, "server_hello")): S.TLS13_SERVER_HELLO,
    (S.TLS13_SERVER_HELLO, (S2C, "change_cipher_spec")): S.TLS13_SERVER_HELLO,
    (S.TLS13_SERVER_HELLO, (S2C, "encrypted_extensions")): S.TLS13_ENCRYPTED_EXTENSIONS,
    # the client's middlebox-compatibility ChangeCipherSpec as soon as it has the ServerHello
    # (GnuTLS): in the capture before the rest of a server flight that came in later segments
    **{(state, (C2S, "change_cipher_spec")): state
       for state in (S.TLS13_SERVER_HELLO, S.TLS13_ENCRYPTED_EXTENSIONS,
                     S.TLS13_SERVER_CERTIFICATE, S.TLS13_SERVER_CERTIFICATE_VERIFY,
                     S.TLS13_CERTIFICATE_REQUEST, S.TLS13_AUTH_SERVER_CERTIFICATE,
                     S.TLS13_AUTH_SERVER_CERTIFICATE_VERIFY)},
    # certificate authentication
    (S.TLS13_ENCRYPTED_EXTENSIONS, (S2C, "certificate")): S.TLS13_SERVER_CERTIFICATE,
    (S.TLS13_SERVER_CERTIFICATE, (S2C, "certificate_verify")): S.TLS13_SERVER_CERTIFICATE_VERIFY,
    (S.TLS13_SERVER_CERTIFICATE_VERIFY, (S2C, "finished")): S.TLS13_SERVER_FINISHED,
    (S.TLS13_ENCRYPTED_EXTENSIONS, (S2C, "compressed_certificate")): S.TLS13_SERVER_CERTIFICATE,
    # PSK: no certificate
    (S.TLS13_ENCRYPTED_EXTENSIONS, (S2C, "finished")): S.TLS13_SERVER_FINISHED,
    (S.TLS13_SERVER_FINISHED, (C2S, "change_cipher_spec")): S.TLS13_SERVER_FINISHED,
    (S.TLS13_SERVER_FINISHED, (C2S, "end_of_early_data")): S.TLS13_END_OF_EARLY_DATA,
    (S.TLS13_END_OF_EARLY_DATA, (C2S, "finished")): S.ESTABLISHED,
    (S.TLS13_SERVER_FINISHED, (C2S, "finished")): S.ESTABLISHED,
    # client authentication
    (S.TLS13_ENCRYPTED_EXTENSIONS, (S2C, "certificate_request")): S.TLS13_CERTIFICATE_REQUEST,
    (S.TLS13_CERTIFICATE_REQUEST, (S2C, "certificate")): S.TLS13_AUTH_SERVER_CERTIFICATE,
    (S.TLS13_CERTIFICATE_REQUEST, (S2C, "compressed_certificate")):
        S.TLS13_AUTH_SERVER_CERTIFICATE,
    (S.TLS13_AUTH_SERVER_CERTIFICATE, (S2C, "certificate_verify")):
        S.TLS13_AUTH_SERVER_CERTIFICATE_VERIFY,
    (S.TLS13_AUTH_SERVER_CERTIFICATE_VERIFY, (S2C, "finished")): S.TLS13_AUTH_SERVER_FINISHED,
    (S.TLS13_AUTH_SERVER_FINISHED, (C2S, "change_cipher_spec")): S.TLS13_AUTH_SERVER_FINISHED,
    (S.TLS13_AUTH_SERVER_FINISHED, (C2S, "certificate")): S.TLS13_CLIENT_CERTIFICATE,
    (S.TLS13_AUTH_SERVER_FINISHED, (C2S, "compressed_certificate")): S.TLS13_CLIENT_CERTIFICATE,
    (S.TLS13_CLIENT_CERTIFICATE, (C2S, "certificate_verify")): S.TLS13_CLIENT_CERTIFICATE_VERIFY,
    (S.TLS13_CLIENT_CERTIFICATE, (C2S, "finished")): S.ESTABLISHED,  # empty Certificate
    (S.TLS13_CLIENT_CERTIFICATE_VERIFY, (C2S, "finished")): S.ESTABLISHED,
    # after the handshake
    (S.ESTABLISHED, (S2C, "new_session_ticket")): S.ESTABLISHED,
    (S.ESTABLISHED, (C2S, "key_update")): S.ESTABLISHED,
    (S.ESTABLISHED, (S2C, "key_update")): S.ESTABLISHED,
    # post-handshake authentication (a client that offered post_handshake_auth): the server
    # asks, the client answers with Certificate, CertificateVerify (not after an empty
    # Certificate) and Finished; the server's data, tickets and key updates go on meanwhile
    (S.ESTABLISHED, (S2C, "certificate_request")): S.TLS13_POST_CERTIFICATE_REQUEST,
    (S.TLS13_POST_CERTIFICATE_REQUEST, (C2S, "certificate")): S.TLS13_POST_CLIENT_CERTIFICATE,
    (S.TLS13_POST_CLIENT_CERTIFICATE, (C2S, "certificate_verify")):
        S.TLS13_POST_CLIENT_CERTIFICATE_VERIFY,
    (S.TLS13_POST_CLIENT_CERTIFICATE, (C2S, "finished")): S.ESTABLISHED,  # empty Certificate
    (S.TLS13_POST_CLIENT_CERTIFICATE_VERIFY, (C2S, "finished")): S.ESTABLISHED,
    **{(state, message): state
       for state in (S.TLS13_POST_CERTIFICATE_REQUEST, S.TLS13_POST_CLIENT_CERTIFICATE,
                     S.TLS13_POST_CLIENT_CERTIFICATE_VERIFY)
       for message in ((S2C, "new_session_ticket"), (C2S, "key_update"), (S2C, "key_update"))},
    # without keys
    (S.TLS13_SERVER_HELLO, (S2C, "encrypted_handshake")): S.TLS13_SERVER_FLIGHT_ENCRYPTED,
    (S.TLS13_SERVER_FLIGHT_ENCRYPTED, (S2C, "encrypted_handshake")):
        S.TLS13_SERVER_FLIGHT_ENCRYPTED,
    (S.TLS13_SERVER_FLIGHT_ENCRYPTED, (C2S, "change_cipher_spec")):
        S.TLS13_SERVER_FLIGHT_ENCRYPTED,
    (S.TLS13_SERVER_FLIGHT_ENCRYPTED, (C2S, "encrypted_handshake")): S.TLS13_ENCRYPTED,
    # ... and what is read after it when only the application secrets are known
    (S.TLS13_ENCRYPTED, (S2C, "new_session_ticket")): S.TLS13_ENCRYPTED,
    (S.TLS13_ENCRYPTED, (C2S, "key_update")): S.TLS13_ENCRYPTED,
    (S.TLS13_ENCRYPTED, (S2C, "key_update")): S.TLS13_ENCRYPTED,
}

#: States in which the handshake was abbreviated (a session was resumed).
ABBREVIATED = frozenset({
    S.RESUME_NEW_SESSION_TICKET, S.RESUME_SERVER_CHANGE_CIPHER_SPEC, S.RESUME_SERVER_FINISHED,
    S.RESUME_CLIENT_CHANGE_CIPHER_SPEC,
})


# members read through module names: one looked up on its enum class goes through the
# metaclass (about 250 ns in Python 3.11), and these are read for every record
_UNKNOWN, _ESTABLISHED = HandshakeState.UNKNOWN, HandshakeState.ESTABLISHED
_INCOMPLETE = HandshakeState.INCOMPLETE
#: the states that follow no table (HandshakeMachine.unjudged)
_UNJUDGED = frozenset({_UNKNOWN, _INCOMPLETE})
_FAILED, _TLS13_ENCRYPTED = HandshakeState.FAILED, HandshakeState.TLS13_ENCRYPTED
_CLIENT_HELLO = HandshakeState.CLIENT_HELLO
#: where no handshake is under way as far as the capture shows (HandshakeMachine.in_progress)
_NOT_IN_PROGRESS = frozenset({HandshakeState.START, *_UNJUDGED, _ESTABLISHED, _FAILED,
                              _TLS13_ENCRYPTED})

#: A table's rows by state, then direction, then message: what HandshakeMachine.advance looks
#: up (three look-ups of keys whose hashes are kept, where the table's key is a new tuple of a
#: tuple to hash and compare for every message: ~1,300 instructions more a message).
Steps = Mapping[HandshakeState, Mapping[str, Mapping[str, HandshakeState]]]


def _steps(table: Mapping[tuple[HandshakeState, tuple[str, str]], HandshakeState]) -> Steps:
    steps: dict[HandshakeState, dict[str, dict[str, HandshakeState]]] = {
        state: {C2S: {}, S2C: {}} for state in HandshakeState}
    for (state, (direction, message)), after in table.items():
        steps[state][direction][message] = after
    return steps


#: Each table's Steps (see HandshakeMachine.steps).
_TLCP_STEPS, _TLS12_STEPS = _steps(TRANSITIONS), _steps(TLS12_TRANSITIONS)
_TLS13_OFFERED_STEPS, _TLS13_STEPS = _steps(TLS13_OFFERED_TRANSITIONS), _steps(TLS13_TRANSITIONS)

#: The states a step into tells the machine more than its new state (HandshakeMachine.noted):
#: a resumption's, and a ClientHello's (after an established handshake: a renegotiation).
NOTED = ABBREVIATED | {_CLIENT_HELLO}


def expected_outside(state: HandshakeState, message: str) -> bool:
    """Whether ``message``, for which the table has no row from ``state``, is expected all the
    same (the state stays): anything in UNKNOWN or INCOMPLETE, which accept all without
    judging, and a HelloRequest once established."""
    return state in _UNJUDGED or (state is _ESTABLISHED and message == "hello_request")


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


class HandshakeMachine:
    """Follows one connection's handshake; :meth:`event` returns each step (the analyzer keeps
    the ladder a report prints, bounded).

    One is made per connection, slotted, its state stored from the start (the tables are
    read, never changed): a class-level default read through an instance is looked up the
    slow way in Python 3.11 (~250 instructions a read; a connection's analysis and build read
    its machine's some ten times), and a plain ``__init__`` costs less than a dataclass's
    (with the table's default_factory, ~2,000 instructions a connection)."""

    __slots__ = ("state", "abbreviated", "renegotiations", "renegotiation_failed", "table",
                 "steps")

    def __init__(self) -> None:
        self.state = HandshakeState.START
        self.abbreviated = False  # the first handshake resumed a session
        self.renegotiations = 0  # handshakes begun after the first was established
        self.renegotiation_failed = False  # the last of them ended by a fatal alert
        self.table: Mapping[tuple[HandshakeState, tuple[str, str]], HandshakeState] = (
            TRANSITIONS)
        self.steps: Steps = _TLCP_STEPS  # the table, as advance reads it

    def __repr__(self) -> str:
        return (f"HandshakeMachine(state={self.state!r}, abbreviated={self.abbreviated!r}, "
                f"renegotiations={self.renegotiations!r}, "
                f"renegotiation_failed={self.renegotiation_failed!r}, table={self.table!r})")

    def start_mid_connection(self) -> None:
        self.state = HandshakeState.UNKNOWN

    def bytes_missing(self, failed_after: bool = False) -> bool:
        """Bytes of the connection are missing from the capture here: a handshake not over
        (or not begun) cannot be followed any more, and goes on unjudged in INCOMPLETE; so
        does one failed by an alert that came after the missing bytes (``failed_after``: it
        was judged without them). Whether it did so."""
        state = self.state
        if not (state is HandshakeState.START or self.in_progress
                or (failed_after and state is _FAILED)):
            return False
        self.state = _INCOMPLETE
        return True

    def offer_tls13(self) -> None:
        """The ClientHello offered TLS 1.3: until the ServerHello, RFC 8446 D.4 applies too."""
        self.table = TLS13_OFFERED_TRANSITIONS
        self.steps = _TLS13_OFFERED_STEPS

    def use_tls13(self) -> None:
        """The ServerHello chose TLS 1.3: follow RFC 8446's table from here on."""
        self.table = TLS13_TRANSITIONS
        self.steps = _TLS13_STEPS

    def use_tls12(self) -> None:
        """The ServerHello chose TLS 1.2 or older: RFC 5246's variations of the TLCP flow."""
        self.table = TLS12_TRANSITIONS
        self.steps = _TLS12_STEPS

    @property
    def opaque(self) -> bool:
        """The handshake went on encrypted and could not be read (TLS 1.3 without keys)."""
        return self.state is _TLS13_ENCRYPTED

    def event(self, direction: str, message: str, frame: int | None) -> Step:
        before, after, expected = self.advance(direction, message)
        return Step(frame, direction, message, before, after, expected)

    def advance(self, direction: str, message: str) -> tuple[HandshakeState, HandshakeState,
                                                              bool]:
        """:meth:`event` without the :class:`Step`: (state before, state after, expected),
        for the analyzer, which makes its own record of every message."""
        before = self.state
        after = self.steps[before][direction].get(message)
        if after is None:  # outside the table: the state stays
            return before, before, expected_outside(before, message)
        if after in NOTED:
            self.noted(before, after)
        self.state = after
        return before, after, True

    def noted(self, before: HandshakeState, after: HandshakeState) -> None:
        """A step from ``before`` into ``after``, one of NOTED, is being taken."""
        if after in ABBREVIATED:
            if not self.renegotiations:
                self.abbreviated = True
        elif before is _ESTABLISHED:  # (into CLIENT_HELLO)
            self.renegotiations += 1

    def fatal_alert(self) -> None:
        if self.state is _ESTABLISHED or self.state in _UNJUDGED:
            # (unjudged: the capture does not show whether the handshake had completed before
            # the alert, or was ended by it)
            return
        if self.renegotiations:
            # a renegotiation ended unfinished (refused, or failed): the handshake established
            # before it is the one the connection ran on, and stays the machine's state
            self.state = _ESTABLISHED
            self.renegotiation_failed = True
        else:
            self.state = _FAILED

    @property
    def complete(self) -> bool:
        return self.state is _ESTABLISHED

    @property
    def unjudged(self) -> bool:
        """The capture does not hold the handshake's start, or all its bytes: the machine
        follows no table, and whether the handshake completed is not known."""
        return self.state in _UNJUDGED

    @property
    def in_progress(self) -> bool:
        """A handshake was seen to begin and has not ended: neither established nor failed, and
        readable (not a TLS 1.3 flight without keys)."""
        return self.state not in _NOT_IN_PROGRESS
