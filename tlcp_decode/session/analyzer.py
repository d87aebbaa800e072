"""Per-connection TLCP annotation: parser events -> handshake, suite, certificates, checks.

``TLCPAnalyzer`` is fed what the record parser found in one TCP connection (from
:mod:`tlcp_decode.record_stage`: records, handshake messages, gaps) and keeps what a report
needs. It does no I/O; decryption, when keys are given, is delegated
to ``session.decryption`` through the ``decryptor`` hook.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import field, replace
from types import MappingProxyType
from typing import Any, Protocol

from tlcp_decode import model, registry
from tlcp_decode.bounded_cache import ByteBoundedCache
from tlcp_decode.first_kept import (
    MAX_ALERTS,
    MAX_MESSAGES,
    MAX_RECORDS,
    FirstKept,
    KeptAlerts,
    KeptMessages,
)
from tlcp_decode.folding import WarningList
from tlcp_decode.messages import msg
from tlcp_decode.model import Direction
from tlcp_decode.numbers import (
    HELLO_RETRY_REQUEST,
    AlertDescription,
    AlertLevel,
    ContentType,
    HandshakeType,
)
from tlcp_decode.precompiled import dataclass
from tlcp_decode.quick_init import fields_twin, maker
from tlcp_decode.record_stage import CloseEvents, RecordTotals, StreamTotals
from tlcp_decode.schema import TLCP_VERSION, TLS_VERSIONS
from tlcp_decode.schema.fastcheck import check_handshake
from tlcp_decode.schema.results import ConstructError
from tlcp_decode.session import hello_extensions
from tlcp_decode.session.certificates import CertificateInfo, describe_chain
from tlcp_decode.session.crypto_values import CryptoValues
from tlcp_decode.session.handshake_state import (
    NOTED,
    HandshakeMachine,
    HandshakeState,
    expected_outside,
)
from tlcp_decode.session.tls13 import (
    ClientHelloFacts,
    ServerHelloFacts,
    TLSFacts,
    client_hello_facts,
    is_hello_retry_request,
    server_hello_facts,
)
from tlcp_decode.tlcp import (
    AlertSeen,
    DecryptedRecord,
    Event,
    HandshakeMessage,
    Malformed,
    RecordSeen,
    Skipped,
)
from tlcp_decode.tlcp.errors import DecodeError
from tlcp_decode.tlcp.events import (
    ALERT_SEEN,
    CHANGE_CIPHER_SPEC_SEEN,
    RECORD_SEEN,
    UNPARSED_MESSAGE,
    AlertSeenTuple,
    ChangeCipherSpecTuple,
    RecordSeenTuple,
    UnparsedMessageTuple,
)
from tlcp_decode.tlcp.negotiation import ServerChoice
from tlcp_decode.tlcp.parser import hello_session_id, parse_body, session_ticket

try:  # hashlib.blake2b itself, without hashlib's import, which loads OpenSSL's libcrypto for
    # its other hashes (11M instructions in the analysing process, none used on its way)
    from _blake2 import blake2b
except ImportError:  # (an interpreter built without it)
    from hashlib import blake2b

DIRECTIONS = ("c2s", "s2c")

#: Without decryption, a ClientHello or ServerHello whose rest (all but its random and session
#: id) was parsed before is read from that parse's body, shared read-only between connections
#: (tlcp.parser.parse_body: ``own_hellos``), not from a copy given this hello's random and
#: session id: the session ids are read from the messages themselves, the randoms by
#: decryption only. False: each hello its own body (the general way, which tests compare with).
SHARED_HELLO_BODIES = True

#: Without decryption, a message whose parsed body nothing reads is only checked
#: (schema.fastcheck.check_handshake: whether it parses, with the same error if not), none of
#: its values made: a ClientKeyExchange (no handler reads one), and a ServerKeyExchange or
#: CertificateVerify of a TLCP layout that carries a bare signature (_SIGNATURE_ONLY: their
#: handlers read the TLS fields params, signed and algorithm, which these lack). False: every
#: message parsed (the general way, which tests compare with).
CHECK_UNREAD_BODIES = True

#: Without decryption, a NewSessionTicket of a layout but TLS 1.3's has its ticket read from
#: the message (tlcp.parser.session_ticket: its length checked, the ticket sliced), not
#: parsed: only the ticket is read of it (_ticket). One that does not read so is parsed, for
#: its error. False: every ticket parsed (the general way, which tests compare with).
TICKETS_READ_DIRECTLY = True

#: A handshake step (_step) makes its model.Message written out as quick_init's maker makes it
#: (made as the fields' unfrozen twin, the fields stored, then given its class): one Python
#: call less a message (~9,000 on hs-0.25); False, or a Message not made by quick_init: through
#: the maker (the general way, which tests compare with).
MESSAGE_WRITTEN_OUT = True

#: A handshake step (_step) takes the machine's step written out (HandshakeMachine.advance,
#: a call and a tuple less for every message); False: through advance (the general way, which
#: tests compare with).
STEP_SHORT_WAY = True

# The numbers and names the event handlers compare with, as plain values: an IntEnum member
# is looked up through Python code on every access (see tlcp_decode.numbers).
_CHANGE_CIPHER_SPEC, _ALERT, _HANDSHAKE, _APPLICATION_DATA = (
    int(ContentType.CHANGE_CIPHER_SPEC), int(ContentType.ALERT), int(ContentType.HANDSHAKE),
    int(ContentType.APPLICATION_DATA))
_CLIENT_HELLO, _SERVER_HELLO = int(HandshakeType.CLIENT_HELLO), int(HandshakeType.SERVER_HELLO)
_CLIENT_KEY_EXCHANGE = int(HandshakeType.CLIENT_KEY_EXCHANGE)
_NEW_SESSION_TICKET = int(HandshakeType.NEW_SESSION_TICKET)
#: The one layout whose NewSessionTicket is not RFC 5077's (schema: TLS 1.3's, RFC 8446 4.6.1)
_TLS13_TICKET_LAYOUT = "TLS13"
#: (message type, layout) of the messages whose body is a bare signature (schema.key_exchange:
#: ServerKeyExchange's ECC, IBC and RSA; CertificateVerify's every layout but TLS 1.2's and
#: TLS 1.3's, which name their scheme)
_SIGNATURE_ONLY = frozenset(
    [(int(HandshakeType.SERVER_KEY_EXCHANGE), layout) for layout in ("ECC", "IBC", "RSA")]
    + [(int(HandshakeType.CERTIFICATE_VERIFY), layout)
       for layout in (None, "ECC", "IBC", "RSA", "ECDHE", "IBSDH")])
_FATAL = int(AlertLevel.FATAL)
_CHANGE_CIPHER_SPEC_NAME = ContentType.CHANGE_CIPHER_SPEC.symbol
_FINISHED_NAME = HandshakeType.FINISHED.symbol
_ENCRYPTED_HANDSHAKE_NAME = "encrypted_handshake"  # as TLS 1.3's flight read without keys
_MESSAGE_NAMES = {int(member): member.symbol for member in HandshakeType}
_ALERT_LEVEL_NAMES = {int(member): member.symbol for member in AlertLevel}
_ALERT_DESCRIPTION_NAMES = {int(member): member.symbol for member in AlertDescription}
_ESTABLISHED, _FAILED = HandshakeState.ESTABLISHED, HandshakeState.FAILED
_CLIENT_HELLO_SENT = HandshakeState.CLIENT_HELLO
_STATE_TEXTS = {state: state.value for state in HandshakeState}
# the model's objects made for every message and alert without calling their classes
_new_message, _new_alert = maker(model.Message), maker(model.Alert)
_MESSAGE, _MESSAGE_FIELDS = model.Message, fields_twin(model.Message)  # (MESSAGE_WRITTEN_OUT)


def version_text(version: int) -> str:
    return f"0x{version:04x}"


def protocol_of(version: int) -> str:
    if version == TLCP_VERSION:
        return "tlcp"
    return "tls" if version in TLS_VERSIONS else "other"


class SessionIndex:
    """Which connection created which session id or ticket, to link resumptions to it.

    Bounded: past ``limit`` entries the oldest are forgotten, so a capture of millions of
    connections keeps flat memory (a resumption that old is reported without its origin); a
    ticket (up to 64 KB each) is remembered by a 16-byte digest of it.
    """

    def __init__(self, limit: int = 100_000) -> None:
        self.limit = limit
        self._by_session_id: OrderedDict[bytes, int] = OrderedDict()
        self._by_ticket: OrderedDict[bytes, int] = OrderedDict()

    def _remember(self, table: OrderedDict[bytes, int], key: bytes, flow: int) -> None:
        table.setdefault(key, flow)
        while len(table) > self.limit:
            table.popitem(last=False)

    def created(self, flow: int, session_id: bytes, ticket: bytes | None) -> None:
        if session_id:
            self._remember(self._by_session_id, session_id, flow)
        if ticket:
            self._remember(self._by_ticket, _ticket_key(ticket), flow)

    def origin(self, session_id: bytes, ticket: bytes | None) -> int | None:
        if ticket:
            flow = self._by_ticket.get(_ticket_key(ticket))
            if flow is not None:
                return flow
        return self._by_session_id.get(session_id) if session_id else None


def _ticket_key(ticket: bytes) -> bytes:
    return blake2b(ticket, digest_size=16).digest()


class Decryptor(Protocol):
    """What the analyzer asks of decryption (implemented in ``session.decryption``)."""

    #: the renegotiations whose ClientHello it decrypted
    renegotiations: int

    def on_handshake(self, direction: Direction, message: HandshakeMessage) -> None: ...
    def on_change_cipher_spec(self, direction: Direction) -> None: ...
    def on_protected_record(self, direction: Direction, record: RecordSeen) -> list[Any]: ...
    def on_gap(self, direction: Direction, size: int, frame: int | None,
               since: int) -> bool: ...
    def change_cipher_spec_lost(self, direction: Direction) -> bool: ...
    def result(self) -> model.Decryption | None: ...
    def crypto_result(self) -> CryptoValues | None: ...


@dataclass
class DirectionStats:
    """The records of one direction, as the parser counted them."""

    records: int = 0
    app_records: int = 0
    app_bytes: int = 0
    record_versions: set[int] = field(default_factory=set)

    @classmethod
    def of(cls, stream: StreamTotals) -> DirectionStats:
        counters = stream.counters
        return cls(counters.records, counters.application_records, counters.application_bytes,
                   set(stream.versions))


#: What TLCPAnalyzer.unparsed, streams and _client_extensions hold until they are known
#: (shared: never changed)
_NOTHING_UNPARSED: Mapping[str, int] = MappingProxyType({d: 0 for d in DIRECTIONS})
_NO_STREAMS: Mapping[str, StreamTotals] = MappingProxyType({})
_NO_EXTENSIONS_READ: tuple[Any, hello_extensions.HelloExtensions] = (
    None, hello_extensions.NONE)


class TLCPAnalyzer:
    """Everything TLCP about one TCP connection.

    Slotted, everything a connection may learn stored from the start (most connections learn
    little of it: a TLCP handshake no client chain, ticket or resumption origin): a
    class-level default read through an instance is looked up the slow way in Python 3.11
    (~250 instructions a read; the analysis and build read ~15 of them a connection), and
    past thirty attribute names an instance's attributes went to a dict of its own, slower
    to read.
    """

    __slots__ = (
        "flow_index", "sessions", "machine", "decryptor", "records", "trusted", "handshake",
        "alerts", "tls", "protocol", "unparsed", "streams", "_tls13", "_watching_protected",
        "client_hello", "_client_extensions", "server_hello", "client_version",
        "server_version", "cipher_suite", "suite", "session_id", "offered_session_id",
        "server_certificates", "client_certificates", "certificate_request", "ticket",
        "resumed_from", "first_ts", "start_ts", "handshake_cut_short", "gaps",
        "established_ts", "_now", "malformed", "warnings")

    def __init__(
        self,
        flow_index: int,
        sessions: SessionIndex | None = None,
        mid_connection: bool = False,
        decryptor: Decryptor | None = None,
        trusted: tuple[bytes, ...] = (),
        record_log: bool = False,
    ) -> None:
        self.flow_index = flow_index
        self.sessions = sessions if sessions is not None else SessionIndex()
        self.machine = HandshakeMachine()
        if mid_connection:
            self.machine.start_mid_connection()
        self.decryptor = decryptor  # with keys (see session.decryption)
        self.records: FirstKept[model.Record] | None = (  # --records
            FirstKept(MAX_RECORDS) if record_log else None)
        self.trusted = trusted  # --ca certificates (DER) for the chain checks
        self.handshake: FirstKept[model.Message] = KeptMessages()
        self.alerts: FirstKept[model.Alert] = KeptAlerts()
        self.tls = TLSFacts()  # versions, group, signature scheme, PSK (session.tls13)
        # what the record stage says once the connection is over (see close())
        self.protocol = "other"  # "tlcp": its bytes were parsed as records
        self.unparsed = _NOTHING_UNPARSED
        self.streams = _NO_STREAMS
        # the ServerHello chose TLS 1.3, as the parser knew after the records being handled
        self._tls13 = False
        # TLS 1.3 protected records are looked at until the handshake is over or unreadable
        self._watching_protected = True
        # The parsed ClientHello and ServerHello. Without decryption they may be another
        # connection's bodies, shared read-only (SHARED_HELLO_BODIES): their random and
        # session_id are then that connection's. Read this connection's session ids from
        # offered_session_id and session_id; only decryption reads randoms (from its own
        # copies).
        self.client_hello: Any = None
        # its extensions, read once (the hello they were read from, and what they said)
        self._client_extensions = _NO_EXTENSIONS_READ
        self.server_hello: Any = None
        self.client_version: int | None = None
        # what the ServerHello chose, read from it once (the checks and reports ask often)
        self.server_version: int | None = None
        self.cipher_suite: int | None = None
        self.suite: registry.CipherSuite | None = None
        self.session_id = b""
        self.offered_session_id = b""  # the ClientHello's
        self.server_certificates: tuple[CertificateInfo, ...] = ()
        self.client_certificates: tuple[CertificateInfo, ...] = ()
        self.certificate_request: Any = None
        self.ticket: bytes | None = None
        self.resumed_from: int | None = None
        self.first_ts: float | None = None  # first handshake message
        self.start_ts: float | None = None  # first payload byte (known at close)
        # the connection's packets ended during the handshake, no alert sent and TCP still
        # open: its outcome is not known (see close)
        self.handshake_cut_short = False
        self.gaps = 0  # gaps in its byte streams (see gap)
        self.established_ts: float | None = None
        self._now: float | None = None  # capture time of the bytes being handled
        self.malformed = 0
        # the connection's warnings (a WarningList once it has one: identical ones folded,
        # bounded; most connections have none, see _warn)
        self.warnings: Sequence[model.Warning] = ()

    # -- input ------------------------------------------------------------------------------

    def parsed(self, direction: Direction, events: list[Event], ts: float | None,
                tls13: bool) -> None:
        """What the parser found in a chunk of ``direction``'s bytes captured at ``ts``
        (``tls13``: a TLS 1.3 ServerHello had been parsed by the chunk's end); ``ts`` None:
        bytes of no known time (a gap's or the stream's end's partial record, see gap)."""
        self._now = ts
        self._tls13 = tls13
        for event in events:
            if type(event) is tuple:  # the record stage's (see tlcp.events: event tuples)
                _TUPLE_HANDLERS[event[0]](self, direction, event, ts)
            else:
                _EVENT_HANDLERS[type(event)](self, direction, event, ts)

    def gap(self, direction: Direction, size: int, frame: int | None,
            events: list[Event]) -> None:
        """``size`` bytes missing from a connection parsed as records (``events``: what the
        parser made of the partial record before them)."""
        self._warn(model.Warning(
            "stream_gap", frame,
            msg("{direction}: {size} bytes missing from the capture before frame {frame} (data "
                "missing); the parser resynchronised on the next record header",
                direction=direction, size=size, frame=frame)))
        # The bytes of ``direction`` after the last message it was seen sending may be what
        # the other side's messages since then answer (they were handled while the hole
        # waited to be filled, and the hole is known only now): judged without them.
        since = next((m.frame or 0 for m in reversed(self.handshake)
                      if m.direction == direction), 0)
        decryptor = self.decryptor
        unverified = decryptor is not None and decryptor.on_gap(direction, size, frame, since)
        self.gaps += 1
        # a fatal alert of the other side after ``since`` failed the handshake without them
        failed_after = any(alert.level == "fatal" and alert.direction != direction
                           and (alert.frame or 0) > since for alert in self.alerts)
        if self.machine.bytes_missing(failed_after):
            self._unjudged_since(since)
            self._warn(model.Warning("handshake_gap", frame, msg(
                "handshake bytes are missing from the capture (before frame {frame}): the "
                "order of the handshake's messages and whether it completed are not judged, "
                "nor are its Finished and signatures verified" if unverified else
                "handshake bytes are missing from the capture (before frame {frame}): the "
                "order of the handshake's messages and whether it completed are not judged",
                frame=frame)))
        # (a partial record's events are warnings, no step: the capture time is not read)
        self.parsed(direction, events, None, self._tls13)

    def _unjudged_since(self, since: int) -> None:
        """Handshake bytes went missing after frame ``since``: the messages handled after it
        (the other side's: this side's come after the gap) are no longer said to be
        unexpected, which the missing bytes may have made them."""
        handshake = self.handshake
        for at, message in enumerate(handshake):
            if not message.expected and (message.frame or 0) > since:
                handshake[at] = replace(message, expected=True)
        warnings = self.warnings
        kept = [w for w in warnings if w.code != "unexpected_message" or (w.frame or 0) <= since]
        if len(kept) != len(warnings):
            rebuilt = self.warnings = WarningList(kept)
            rebuilt.left_out = getattr(warnings, "left_out", 0)

    def close(self, totals: RecordTotals, close_events: CloseEvents,
              tcp_open: bool = False) -> None:
        """The connection is over: what the record stage counted, the parser's last events
        (an incomplete record or message at the end of a direction), and whether TCP was
        still open (neither end sent FIN or RST: the capture ended, or the tracker let the
        connection go)."""
        self.protocol = totals.protocol
        self.unparsed = totals.unparsed
        self.streams = totals.streams
        self.start_ts = totals.start_ts
        for direction, events in close_events:  # (as a gap's: no capture time)
            self.parsed(direction, events, None, self._tls13)
        if self.gaps and self.machine.in_progress:
            # bytes went missing and a handshake is still under way: a gap is known only when
            # its hole is given up, after the other side's later messages were handled, which
            # may have put it there (a renegotiation read out of order): not judged
            self.machine.bytes_missing()
        elif tcp_open and not self.alerts and self.machine.in_progress:
            # nothing says the handshake failed: it may well have gone on after the capture
            self.handshake_cut_short = True
            self._warn(model.Warning("handshake_cut_short", None, msg(
                "the packets of the connection end during the handshake (state: {state}), "
                "with no alert and TCP still open: whether the handshake completed is not "
                "known, so it is not judged",
                state=self.machine.state.value)))
        self._say_left_out()

    def _warn(self, warning: model.Warning) -> None:
        """``warning`` added to the connection's, in a WarningList made with the first one."""
        warnings = self.warnings
        if not isinstance(warnings, WarningList):
            warnings = self.warnings = WarningList(warnings)
        warnings.append(warning)

    def _say_left_out(self) -> None:
        """A warning for each list of the connection that reached its bound."""
        if self.handshake.left_out:
            self._warn(model.Warning("messages_left_out", None, msg(
                "{n} more handshake message(s) not listed (only the first {limit} of a "
                "connection are kept)", n=self.handshake.left_out, limit=MAX_MESSAGES)))
        if self.alerts.left_out:
            self._warn(model.Warning("alerts_left_out", None, msg(
                "{n} more alert(s) not listed (only the first {limit} of a connection are "
                "kept)", n=self.alerts.left_out, limit=MAX_ALERTS)))
        if self.records is not None and self.records.left_out:
            self._warn(model.Warning("records_left_out", None, msg(
                "{n} more record(s) not listed (only the first {limit} of a connection are "
                "kept)", n=self.records.left_out, limit=MAX_RECORDS)))

    # -- events -----------------------------------------------------------------------------

    def _change_cipher_spec(self, direction: Direction, event: ChangeCipherSpecTuple,
                            ts: float | None) -> None:
        self._step(direction, _CHANGE_CIPHER_SPEC_NAME, event[2], False, 1, ts)
        if self.decryptor is not None:
            self.decryptor.on_change_cipher_spec(direction)

    def _plain_alert(self, direction: Direction, event: AlertSeenTuple,
                     ts: float | None) -> None:
        _, _, frame, level, description, encrypted = event
        if not encrypted:
            self._alert(direction, frame, level, description, False)

    def _malformed(self, direction: Direction, event: Malformed, ts: float | None) -> None:
        self.malformed += 1
        self._warn(model.Warning(
            "malformed", event.frame,
            msg("{direction}: frame {frame}: {error}", direction=direction,
                frame=event.frame, error=event.error.message)))

    def _skipped(self, direction: Direction, event: Skipped, ts: float | None) -> None:
        self._warn(model.Warning(
            "bytes_skipped", event.frame,
            msg("{direction}: {n} bytes not parsed at stream offset {offset} (frame "
                "{frame}): {reason}" if event.frame is not None else
                # bytes left at the end of the stream belong to no frame seen
                "{direction}: {n} bytes not parsed at stream offset {offset}: {reason}",
                direction=direction, n=event.length, offset=event.offset,
                frame=event.frame, reason=event.reason)))

    def _record(self, direction: Direction, record: RecordSeenTuple, ts: float | None) -> None:
        """One record (one such event per record: see the parser's arguments above)."""
        _, offset, frame, _, content_type, version, length, encrypted, _ = record
        if self.records is not None:
            self.records.append(model.Record(frame, direction, offset, content_type, version,
                                             length, encrypted))
        if content_type == _APPLICATION_DATA and self._tls13:
            if self._watching_protected:
                self._tls13_protected(direction, record, frame, length)
            return
        # protected records are looked at one by one, except application data nobody decrypts
        if encrypted and content_type != _CHANGE_CIPHER_SPEC and (
                content_type != _APPLICATION_DATA or self.decryptor is not None):
            self._protected(direction, record, frame, content_type, length)
        elif (content_type == _APPLICATION_DATA and not encrypted and self.decryptor is not None
              and self.decryptor.change_cipher_spec_lost(direction)):
            # (rare) the side's ChangeCipherSpec was in a gap: its data is protected all the same
            self._protected(direction, record, frame, content_type, length)

    def _protected(self, direction: Direction, record: RecordSeenTuple, frame: int | None,
                   content_type: int, length: int) -> None:
        """A record sent after ChangeCipherSpec: decrypt it if we can, else note it."""
        decryptor = self.decryptor
        plaintext_events: Sequence[Any] = (
            decryptor.on_protected_record(direction, RecordSeen(*record[1:]))
            if decryptor is not None else ())
        if content_type == _HANDSHAKE:
            decrypted = [e for e in plaintext_events if isinstance(e, HandshakeMessage)
                         ] if plaintext_events else plaintext_events
            if decrypted:
                for message in decrypted:
                    self._handshake_message(direction, message, None, encrypted=True)
            elif self.machine.state is _ESTABLISHED:  # a renegotiation, read without keys
                self._step(direction, _ENCRYPTED_HANDSHAKE_NAME, frame, True, length, None,
                           "encrypted")
            else:
                self._step(direction, _FINISHED_NAME, frame, True, length, None,
                           "encrypted")
        elif content_type == _ALERT:
            alerts = [e for e in plaintext_events if isinstance(e, AlertSeen)
                      ] if plaintext_events else plaintext_events
            if alerts:
                for alert in alerts:
                    self._alert(direction, frame, alert.level, alert.description, True)
            else:
                self._alert(direction, frame, None, None, True)

    def _tls13_protected(self, direction: Direction, record: RecordSeenTuple,
                         frame: int | None, length: int) -> None:
        """A TLS 1.3 protected record: what it held if it was decrypted; else, during the
        handshake, an encrypted handshake flight (RFC 8446 hides everything after ServerHello)."""
        decryptor = self.decryptor
        decrypted = False
        if decryptor is not None:
            events = decryptor.on_protected_record(direction, RecordSeen(*record[1:]))
            for event in events:
                if isinstance(event, HandshakeMessage):
                    self._handshake_message(direction, event, None, encrypted=True)
                elif isinstance(event, AlertSeen):
                    self._alert(direction, frame, event.level, event.description, True)
            decrypted = any(isinstance(e, DecryptedRecord) for e in events)
        state = self.machine.state
        if not decrypted and state in _TLS13_ENCRYPTED_FLIGHT:
            self._step(direction, _ENCRYPTED_HANDSHAKE_NAME, frame, True, length, None,
                       "encrypted")
            state = self.machine.state
        if decryptor is None and state in _TLS13_NO_WAY_BACK:
            # the rest is application data: no state leads back into the handshake
            self._watching_protected = False

    def _step(self, direction: Direction, message: str, frame: int | None, encrypted: bool,
              length: int, ts: float | None, detail: str = "") -> None:
        if STEP_SHORT_WAY:  # HandshakeMachine.advance written out (once per message)
            machine = self.machine
            before = machine.state
            after = machine.steps[before][direction].get(message)
            if after is None:  # outside the table: the state stays
                after = before
                expected = expected_outside(before, message)
            else:
                expected = True
                if after in NOTED:
                    machine.noted(before, after)
                machine.state = after
        else:
            before, after, expected = self.machine.advance(direction, message)
        handshake = self.handshake
        if len(handshake) < MAX_MESSAGES:  # FirstKept.append written out (once per message)
            if MESSAGE_WRITTEN_OUT and _MESSAGE_FIELDS is not None:  # (the maker's body)
                made = _MESSAGE_FIELDS()
                made.frame = frame
                made.direction = direction
                made.type = message
                made.encrypted = encrypted
                made.length = length
                made.expected = expected
                made.state = _STATE_TEXTS[after]
                made.timestamp = ts
                made.detail = detail
                made.__class__ = _MESSAGE
            else:
                made = _new_message(frame, direction, message, encrypted, length, expected,
                                    _STATE_TEXTS[after], ts, detail)
            list.append(handshake, made)
        else:
            handshake.left_out += 1
        if not expected:
            self._warn(model.Warning(
                "unexpected_message", frame,
                msg("{direction}: unexpected {message} in state '{state}' (frame {frame})",
                    direction=direction, message=message, state=before.value,
                    frame=frame)))
        if after is _ESTABLISHED and self.established_ts is None:
            self.established_ts = ts if ts is not None else self._now

    def _handshake_message(self, direction: Direction, message: HandshakeMessage, ts: float | None,
                           encrypted: bool = False) -> None:
        if self.decryptor is not None and not encrypted:  # decrypted ones it saw itself
            self.decryptor.on_handshake(direction, message)
        self._message(direction, (UNPARSED_MESSAGE, message.offset, message.frame,
                                  message.msg_type, message.length, message.raw, None),
                      ts, encrypted, (message.body, message.error))

    def _message(self, direction: Direction, event: UnparsedMessageTuple, ts: float | None,
                 encrypted: bool = False,
                 parsed: tuple[Any, DecodeError | None] | None = None) -> None:
        """One handshake message: a step of the handshake, and what it tells. ``event``: the
        message as the record stage left it unparsed (see tlcp_decode.parallel: the handler of
        those tuples), parsed here; ``parsed``: its body and error when it was parsed already
        (a HandshakeMessage: see _handshake_message). The body is None with an error if it
        did not parse, and when only whether it parses was checked (CHECK_UNREAD_BODIES).

        A hello's body may be another connection's, shared read-only (see
        SHARED_HELLO_BODIES): its session id is read from ``raw``, its random is read by no
        one but decryption (from its own copy)."""
        _, offset, frame, msg_type, length, raw, layout = event
        body: Any
        error: DecodeError | None
        ticket: bytes | None = None  # read from a NewSessionTicket (TICKETS_READ_DIRECTLY)
        if parsed is not None:
            body, error = parsed
        elif self.decryptor is not None:  # which sees each message, parsed
            body, error = parse_body(offset, msg_type, length, raw, layout)
            self.decryptor.on_handshake(direction, HandshakeMessage(
                offset, frame, msg_type, length, raw, body, error))
        elif (msg_type == _NEW_SESSION_TICKET and layout != _TLS13_TICKET_LAYOUT
              and TICKETS_READ_DIRECTLY):
            ticket = session_ticket(raw)
            if ticket is None:  # the error as parse_body words it
                body, error = parse_body(offset, msg_type, length, raw, layout)
            else:
                body = error = None
        elif (msg_type == _CLIENT_KEY_EXCHANGE or (msg_type, layout) in _SIGNATURE_ONLY
              ) and CHECK_UNREAD_BODIES:  # only whether it parses (see CHECK_UNREAD_BODIES)
            try:
                check_handshake(raw, layout)
            except ConstructError:  # the error as parse_body words it
                body, error = parse_body(offset, msg_type, length, raw, layout)
            else:
                body = error = None
        else:  # a hello parsed before: its body shared
            body, error = parse_body(offset, msg_type, length, raw, layout,
                                     not SHARED_HELLO_BODIES)
        name = _MESSAGE_NAMES.get(msg_type) or HandshakeType.symbol_of(msg_type)
        if self.first_ts is None and ts is not None:
            self.first_ts = ts
        # a ServerHello's reading: read before the step, which the chosen version leads
        reading: ServerHelloReading | None = None
        if msg_type == _SERVER_HELLO and body is not None:
            reading = read_server_hello(body, raw, length)
            choice, retry, _ = reading
            if choice.tls13:
                self.machine.use_tls13()
                if retry:
                    name = HELLO_RETRY_REQUEST
            elif choice.legacy_version in TLS_VERSIONS:
                self.machine.use_tls12()
        self._step(direction, name, frame, encrypted, length, ts)
        if error is not None:
            self.malformed += 1
            self._warn(model.Warning(
                "malformed", frame,
                msg("{direction}: frame {frame}: {error}", direction=direction,
                    frame=frame, error=error.message)))
        if body is not None:
            if msg_type == _CLIENT_HELLO:  # its length: what the readings' cache counts
                self._client_hello(body, raw, length)
                return
            if reading is not None:
                self._server_hello(body, raw, reading)
                return
            handler = _MESSAGE_HANDLERS.get(msg_type)
            if handler is not None:
                handler(self, direction, body)
        elif ticket is not None:
            self._ticket(ticket)

    # what each parsed handshake message tells (see _MESSAGE_HANDLERS)

    def _client_hello(self, body: Any, raw: bytes, length: int) -> None:
        self.client_hello = body
        self.offered_session_id = hello_session_id(raw)
        self.client_version = int(body.client_version)
        extensions, facts = read_client_hello(body, length)
        self._client_extensions = (body, extensions)
        self.tls.client_hello(body, facts=facts)
        if (not registry.TLS13_VERSIONS.isdisjoint(self.tls.offered_versions)
                and self.machine.state is _CLIENT_HELLO_SENT):
            self.machine.offer_tls13()

    def _server_hello(self, body: Any, raw: bytes, reading: ServerHelloReading) -> None:
        """``reading``: what :func:`read_server_hello` read of the hello (``raw``), by
        _message before the step. (Given as arguments, not kept as attributes: an analyzer
        sets some thirty, and past thirty names an instance's attributes are kept in a dict
        of its own, slower to read.)"""
        choice, retry, facts = reading
        self.tls.server_hello(body, retry, facts=facts)
        self.server_hello = body
        self.server_version = choice.legacy_version
        self.cipher_suite = choice.cipher_suite
        self.suite = choice.suite
        # this hello's own (a reading kept for its extension list names the first hello's)
        self.session_id = hello_session_id(raw)
        self._resumption_origin()

    def _encrypted_extensions(self, direction: Direction, body: Any) -> None:
        self.tls.encrypted_extensions(body)

    def _server_key_exchange(self, direction: Direction, body: Any) -> None:
        self.tls.server_key_exchange(body)

    def _certificate_verify(self, direction: Direction, body: Any) -> None:
        self.tls.certificate_verify(direction, body)

    def _certificate(self, direction: Direction, body: Any) -> None:
        tlcp = self.suite.tlcp if self.suite is not None else self.server_version == TLCP_VERSION
        chain = describe_chain(certificate_ders(body), tlcp)
        if direction == "s2c":
            self.server_certificates = chain
            # a full handshake: this connection creates the session it names
            self.sessions.created(self.flow_index, self.session_id, None)
        else:
            self.client_certificates = chain

    def _certificate_request(self, direction: Direction, body: Any) -> None:
        self.certificate_request = body

    def _new_session_ticket(self, direction: Direction, body: Any) -> None:
        self._ticket(bytes(body.ticket))

    def _ticket(self, ticket: bytes) -> None:
        """A NewSessionTicket's ticket: the session it names created by this connection."""
        self.ticket = ticket
        self.sessions.created(self.flow_index, b"", ticket)

    def _alert(self, direction: Direction, frame: int | None, level: int | None,
               description: int | None, encrypted: bool) -> None:
        alerts = self.alerts
        if len(alerts) < MAX_ALERTS:  # FirstKept.append written out (as _step's)
            list.append(alerts, _new_alert(
                frame, direction,
                (_ALERT_LEVEL_NAMES.get(level) or AlertLevel.symbol_of(level))
                if level is not None else None,
                (_ALERT_DESCRIPTION_NAMES.get(description)
                 or AlertDescription.symbol_of(description))
                if description is not None else None,
                encrypted,
            ))
        else:
            alerts.left_out += 1
        if level == _FATAL:
            self.machine.fatal_alert()

    # -- derived facts ----------------------------------------------------------------------

    def _hello_extensions(self) -> hello_extensions.HelloExtensions:
        """The ClientHello's extensions, read once per ClientHello."""
        hello = self.client_hello
        read_from, extensions = self._client_extensions
        if read_from is not hello:
            extensions = hello_extensions.read(hello)
            self._client_extensions = (hello, extensions)
        return extensions

    def offered_ticket(self) -> bytes | None:
        return self._hello_extensions().offered_ticket

    def _resumption_origin(self) -> None:
        sid = self.session_id
        if self.client_hello is None or self.server_hello is None:
            return
        offered = self.offered_session_id
        if self.tls.tls13:  # TLS 1.3: resumption is a PSK, the identity a ticket
            identity = self.tls.resumption_identity
            if identity is not None:
                self.resumed_from = self.sessions.origin(b"", identity)
            return
        ticket = self.offered_ticket()
        if (sid and sid == offered) or ticket:
            self.resumed_from = self.sessions.origin(offered, ticket)

    @property
    def stats(self) -> dict[str, DirectionStats]:
        """Records per direction."""
        return {d: DirectionStats.of(self.streams[d]) for d in DIRECTIONS}

    @property
    def resumed(self) -> bool:
        return self.machine.abbreviated or self.tls.resumed

    @property
    def protocol_label(self) -> str:
        """"TLCP", "TLS 1.2", "TLS 1.3 (RFC 8998 SM)": what the hellos negotiated."""
        if self.tls.version is not None or self.tls.highest_offered is not None:
            return self.tls.label(self.suite)
        version = self.server_version or self.client_version
        return registry.version_name(version) if version is not None else ""

    @property
    def detected_protocol(self) -> str:
        """tlcp, tls or other: by the client's version, then by what the records carried.

        Once the bytes were parsed as records the flow stays tlcp/tls, so the record byte
        accounting is reported even when the hello names an unknown version.
        """
        if self.protocol == "other":
            return "other"
        if self.client_version is not None and protocol_of(self.client_version) != "other":
            return protocol_of(self.client_version)
        streams = self.streams
        versions = streams["c2s"].versions or streams["s2c"].versions
        if versions and TLCP_VERSION not in versions:
            return "tls"
        return "tlcp"

    @property
    def server_name(self) -> str | None:
        return self._hello_extensions().server_name


#: What the analyzer takes from each parsed handshake message but the hellos.
_MESSAGE_HANDLERS: dict[int, Callable[[TLCPAnalyzer, Direction, Any], None]] = {
    HandshakeType.ENCRYPTED_EXTENSIONS: TLCPAnalyzer._encrypted_extensions,
    HandshakeType.SERVER_KEY_EXCHANGE: TLCPAnalyzer._server_key_exchange,
    HandshakeType.CERTIFICATE_VERIFY: TLCPAnalyzer._certificate_verify,
    HandshakeType.CERTIFICATE: TLCPAnalyzer._certificate,
    HandshakeType.CERTIFICATE_REQUEST: TLCPAnalyzer._certificate_request,
    HandshakeType.NEW_SESSION_TICKET: TLCPAnalyzer._new_session_ticket,
}

_Handler = Callable[[TLCPAnalyzer, Direction, Any, float | None], None]

#: The event tuples' handlers, by kind (see tlcp.events).
_TUPLE_HANDLERS: tuple[_Handler, _Handler, _Handler, _Handler] = (
    TLCPAnalyzer._record,  # RECORD_SEEN
    TLCPAnalyzer._message,  # UNPARSED_MESSAGE: parsed there (see tlcp_decode.parallel)
    TLCPAnalyzer._change_cipher_spec,  # CHANGE_CIPHER_SPEC_SEEN
    TLCPAnalyzer._plain_alert,  # ALERT_SEEN
)
assert (RECORD_SEEN, UNPARSED_MESSAGE, CHANGE_CIPHER_SPEC_SEEN, ALERT_SEEN) == (0, 1, 2, 3)

#: The handlers of the parser's event objects (the four kinds above come as tuples: the record
#: stage asks for them, see tlcp.events; their objects are refused).
_EVENT_HANDLERS: dict[type, _Handler] = {
    HandshakeMessage: TLCPAnalyzer._handshake_message,
    Malformed: TLCPAnalyzer._malformed,
    Skipped: TLCPAnalyzer._skipped,
}


#: What ClientHellos' extensions say, once per extension list, within this many bytes of
#: hellos (each entry counted at its hello's length).
CLIENT_HELLO_READINGS_BYTES = 4 << 20
_client_hello_readings: ByteBoundedCache[
    int, tuple[Any, hello_extensions.HelloExtensions, ClientHelloFacts]] = ByteBoundedCache(
        CLIENT_HELLO_READINGS_BYTES, lambda key: 0)


def read_client_hello(body: Any, length: int,
                      ) -> tuple[hello_extensions.HelloExtensions, ClientHelloFacts]:
    """A ClientHello's extensions (:func:`hello_extensions.read`) and what they tell the TLS
    facts (:func:`tls13.client_hello_facts`), read once per extension list: a client sends
    the same hello on every connection but for its random and session id (a TLS 1.3 key
    share makes each its own), and the parser gives the hellos it saw before one shared,
    read-only extension list (tlcp.parser._parse_hello). An entry holds its list: no other list takes its identity
    while it is kept. ``length``: the hello's, in bytes."""
    listed = body["extensions"]
    entry = _client_hello_readings.get(id(listed)) if listed else None
    if entry is not None and entry[0] is listed:
        return entry[1], entry[2]
    extensions = hello_extensions.read(body)
    facts = client_hello_facts(extensions.by_type)
    if listed:
        _client_hello_readings.put(id(listed), (listed, extensions, facts), length)
    return extensions, facts


#: Read ServerHellos kept once per extension list (see read_server_hello), False: every
#: ServerHello read afresh (the general way, which tests compare with).
SERVER_HELLO_READINGS = True
#: What ServerHellos' extensions say, within this many bytes of hellos (each entry counted
#: at its hello's length).
SERVER_HELLO_READINGS_BYTES = 1 << 20
_server_hello_readings: ByteBoundedCache[
    tuple[int, object, object, bool], tuple[Any, ServerChoice, ServerHelloFacts]] = (
        ByteBoundedCache(SERVER_HELLO_READINGS_BYTES, lambda key: 0))


#: What read_server_hello reads of a ServerHello: its choice, whether it is a
#: HelloRetryRequest, its facts.
ServerHelloReading = tuple[ServerChoice, bool, ServerHelloFacts]


def read_server_hello(body: Any, raw: bytes, length: int) -> ServerHelloReading:
    """What a ServerHello chose (its ServerChoice, whose session id is that of the first hello
    read with this extension list: the caller takes the hello's own), whether it is a
    HelloRetryRequest, and what it tells the TLS facts (:func:`tls13.server_hello_facts`):
    read once per extension list, version, suite and kind, as read_client_hello reads
    ClientHellos (a server answers with the same hello but for its random and session id; a
    TLS 1.3 key share makes each its own, and such a reading is not kept). ``raw``: the whole
    message; ``length``: its length, in bytes."""
    listed = body["extensions"]
    # a HelloRetryRequest is told by its random (RFC 8446 4.1.3), which no reading holds
    hrr_random = is_hello_retry_request(raw)
    key = (id(listed), body["server_version"], body["cipher_suite"], hrr_random)
    entry = (_server_hello_readings.get(key) if listed and SERVER_HELLO_READINGS
             else None)
    if entry is not None and entry[0] is listed:
        choice, facts = entry[1], entry[2]
        return choice, hrr_random and choice.tls13, facts
    choice = ServerChoice.of(body)
    retry = hrr_random and choice.tls13
    facts = server_hello_facts(body, retry)
    if listed and (retry or not choice.tls13):  # (a TLS 1.3 ServerHello: its key share)
        _server_hello_readings.put(key, (listed, choice, facts), length)
    return choice, retry, facts


def certificate_ders(body: Any) -> list[bytes]:
    """The DER certificates of a Certificate message, TLCP/TLS 1.2 or TLS 1.3 form."""
    return [bytes(entry.cert_data) if hasattr(entry, "cert_data") else bytes(entry)
            for entry in body.certificate_list]


#: TLS 1.3 states in which an unreadable protected record is part of the handshake.
_TLS13_ENCRYPTED_FLIGHT = frozenset({
    HandshakeState.TLS13_SERVER_HELLO, HandshakeState.TLS13_SERVER_FLIGHT_ENCRYPTED})
#: The states no protected record leads out of: the machine opaque (TLS 1.3 without keys),
#: complete, or failed.
_TLS13_NO_WAY_BACK = frozenset({HandshakeState.TLS13_ENCRYPTED, _ESTABLISHED, _FAILED})
