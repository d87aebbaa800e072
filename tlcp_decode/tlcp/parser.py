"""Sans-I/O TLCP parser: feed the bytes of one direction in any chunks, get events.

``RecordStream`` frames records (GB/T 38636-2020 6.3) and splits handshake records holding
several messages; a ``HandshakeAssembler`` joins messages split over records (the stream
makes one when a message waits for its next record). ``ConnectionParser`` pairs the two
directions and remembers the negotiated key exchange, which the ServerKeyExchange and
ClientKeyExchange layouts depend on.

Nothing here reads files or sockets, and every buffer is bounded: a record can never exceed
``MAX_RECORD_LENGTH`` and a handshake message ``max_handshake`` bytes.
"""

from __future__ import annotations

import re
import struct
from bisect import bisect_right
from typing import Any, Literal

from tlcp_decode import numbers
from tlcp_decode.bounded_cache import ByteBoundedCache
from tlcp_decode.messages import msg
from tlcp_decode.named_tuple import NamedTuple
from tlcp_decode.precompiled import dataclass
from tlcp_decode.schema import (
    HANDSHAKE_HEADER_LENGTH,
    MAX_RECORD_LENGTH,
    RECORD_HEADER_LENGTH,
    TLCP_VERSION,
    TLS_VERSIONS,
)
from tlcp_decode.schema.fastparse import parse_handshake
from tlcp_decode.schema.results import ConstructError
from tlcp_decode.tlcp.construct_reasons import construct_reason
from tlcp_decode.tlcp.errors import (
    BufferLimitExceeded,
    DecodeError,
    HandshakeLengthError,
    MalformedMessage,
    RecordTooLong,
    UnknownContentType,
    UnknownVersion,
)
from tlcp_decode.tlcp.events import (
    ALERT_SEEN,
    CHANGE_CIPHER_SPEC_SEEN,
    RECORD_SEEN,
    UNPARSED_MESSAGE,
    Event,
    HandshakeMessage,
    Malformed,
    Skipped,
    UnparsedMessage,
    event_objects,
)
from tlcp_decode.tlcp.negotiation import ServerChoice

CHANGE_CIPHER_SPEC, ALERT, HANDSHAKE, APPLICATION_DATA = 20, 21, 22, 23
CONTENT_TYPES = frozenset((CHANGE_CIPHER_SPEC, ALERT, HANDSHAKE, APPLICATION_DATA))
KNOWN_VERSIONS = frozenset((TLCP_VERSION, *TLS_VERSIONS))

#: A handshake record in the clear takes a short way through RecordStream.feed (_record written
#: out for the usual case), and the stream announces its whole messages itself (_message
#: written out for the usual one): a RecordStream holds a HandshakeAssembler only while a
#: message waits for a next record's bytes, which most connections never do (two objects
#: fewer a connection). Tests turn it off to compare it with the general way, where every
#: handshake fragment goes through the assembler (tests/test_handshake_short_way.py).
HANDSHAKE_SHORT_WAY = True

#: Handshake messages larger than this are reported, not buffered (a long chain is ~10 KB).
DEFAULT_MAX_HANDSHAKE = 1 << 20

# The same three fields as schema.RecordHeader, read with struct on the hot path: every
# application-data record passes here, and the schema's value tables are used for checks.
_HEADER = struct.Struct(">BHH")
_HANDSHAKE_HEADER = struct.Struct(">B3s")
_HANDSHAKE_HEADER_WORD = struct.Struct(">L").unpack_from  # type << 24 | length

# Where a record header could start: a known content type followed by a known version.
_HEADER_CANDIDATE = re.compile(rb"[\x14-\x17](?:\x01\x01|\x03[\x00-\x03])", re.DOTALL)

Direction = Literal["c2s", "s2c"]


@dataclass(slots=True)
class ParseContext:
    """What both directions share: the negotiated suite decides two message layouts."""

    key_exchange: str | None = None
    cipher_suite: int | None = None

    # TLS 1.3 (the ServerHello chose 0x0304 in supported_versions): every protected record
    # has the outer type application_data, ChangeCipherSpec is only for middleboxes, and
    # handshake records are plaintext (ClientHello, ServerHello)
    tls13: bool = False
    # announce the application-data records (RecordSeen) even when the caller did not ask
    # for them: the analyzer watches TLS 1.3's encrypted handshake this way
    watch_protected: bool = False
    # how far TLS 1.3's encrypted handshake went since the last handshake message, for the
    # caller that only watches it (see RecordStream._record): PROTECTED_NONE, then
    # PROTECTED_FROM_SERVER, then PROTECTED_BOTH_WAYS (the watch is over)
    protected_phase: int = 0

    def choose(self, choice: ServerChoice | LayoutChoice) -> None:
        """The ServerHello was seen: later messages are parsed for its key exchange."""
        self.cipher_suite = choice.cipher_suite
        self.key_exchange = choice.message_layout
        if choice.tls13:
            self.tls13 = self.watch_protected = True

    def reset(self) -> None:
        """Back to what a new context holds (see ConnectionParser.reset)."""
        self.key_exchange = self.cipher_suite = None
        self.tls13 = self.watch_protected = False
        self.protected_phase = PROTECTED_NONE


class LayoutChoice(NamedTuple):
    """What :meth:`ParseContext.choose` reads of a ServerHello's :class:`ServerChoice`, read
    once per distinct ServerHello (see server_choice): the choice's message_layout and tls13
    are properties that ask the registry, five Python calls a ServerHello."""

    cipher_suite: int
    message_layout: str | None
    tls13: bool


#: ParseContext.protected_phase: no protected TLS 1.3 record since the last handshake message;
#: one from the server; then one from the client (the watch is over: no more announced).
PROTECTED_NONE, PROTECTED_FROM_SERVER, PROTECTED_BOTH_WAYS = range(3)

#: Once TLS 1.3's encrypted handshake has gone both ways (a protected record from the server,
#: then one from the client, no handshake message in the clear since), its application-data
#: records are no longer announced to a caller that only watches the handshake (neither
#: decrypting nor listing records): the analyser, without keys, then follows the handshake
#: no more (session.analyzer.TLCPAnalyzer._tls13_protected: it is opaque, or in a state no
#: protected record leads out of; only a ServerHello leads back into the encrypted flight,
#: and a handshake message resumes the watch). Tests turn it off to compare both ways
#: (tests/test_tls13_watch_ends.py).
END_TLS13_WATCH = True


@dataclass(slots=True)
class StreamCounters:
    """Every byte fed is counted in exactly one of the ``*_bytes`` (nothing silently lost)."""

    record_bytes: int = 0  # headers and fragments of complete records
    skipped_bytes: int = 0  # bytes outside any record (garbage, resynchronisation)
    gap_bytes: int = 0  # bytes the capture never had
    pending_bytes: int = 0  # an incomplete record at the end of the stream
    records: int = 0
    malformed: int = 0
    application_records: int = 0  # of the records, application data ...
    application_bytes: int = 0  # ... and their fragments' length (part of record_bytes)


def counter_values(counts: StreamCounters | RecordStream) -> tuple[int, ...]:
    """The values of a StreamCounters' fields, in their order (StreamCounters(*values) makes
    it back), of a StreamCounters or of the RecordStream that counts them (read here rather
    than by an attrgetter, which looks each slot up by its name: ~180 instructions each)."""
    return (counts.record_bytes, counts.skipped_bytes, counts.gap_bytes, counts.pending_bytes,
            counts.records, counts.malformed, counts.application_records,
            counts.application_bytes)


class HandshakeAssembler:
    """Joins handshake fragments into whole messages (GB/T 38636-2020 6.4.5.1).

    ``defer_parsing``: the messages are announced unparsed (:class:`UnparsedMessage`), to be
    parsed where they are read (:func:`parse_unparsed`); the ServerHello is parsed here too,
    as it decides the layout of the later messages. They are made as event tuples (see
    tlcp.events): :meth:`feed` gives them as :class:`UnparsedMessage` objects unless
    ``event_tuples``; :meth:`feed_into`, the record stream's way, as tuples.
    """

    # slotted: a record stream's, while a message waits for its next record (see
    # HANDSHAKE_SHORT_WAY)
    __slots__ = ("_context", "_max", "_defer", "_tuples", "_buf", "pending", "_offset",
                 "discarding")

    def __init__(self, context: ParseContext, max_handshake: int = DEFAULT_MAX_HANDSHAKE,
                 defer_parsing: bool = False, event_tuples: bool = False) -> None:
        self._context = context
        self._max = max_handshake
        self._defer = defer_parsing
        self._tuples = event_tuples
        self._buf = bytearray()
        # bytes of an incomplete message buffered: len(_buf), kept as an attribute because
        # every record that is not a handshake one asks (it interrupts such a message)
        self.pending = 0
        self._offset = 0  # record offset of the first buffered byte
        self.discarding = 0  # bytes still to drop of a message that was too long

    def feed(self, fragment: bytes, offset: int, frame: int | None) -> list[Event]:
        events: list[Event] = []
        self.feed_into(events, fragment, offset, frame)
        return events if self._tuples else event_objects(events)

    def feed_into(self, events: list[Event], fragment: bytes, offset: int,
                  frame: int | None) -> None:
        """:meth:`feed`, adding the events to ``events`` (the record stream's own list)."""
        if self.discarding:
            dropped = min(self.discarding, len(fragment))
            self.discarding -= dropped
            fragment = fragment[dropped:]
        if not self._buf:
            self._offset = offset
        self._buf += fragment
        while len(self._buf) >= HANDSHAKE_HEADER_LENGTH:
            msg_type, raw_length = _HANDSHAKE_HEADER.unpack_from(self._buf)
            length = int.from_bytes(raw_length, "big")
            total = HANDSHAKE_HEADER_LENGTH + length
            if length > self._max:
                error = BufferLimitExceeded(msg(
                    "handshake message type {type} claims {length} bytes, more than the "
                    "{limit}-byte limit; skipped", type=msg_type, length=length,
                    limit=self._max), self._offset)
                events.append(Malformed(self._offset, frame, error))
                self.discarding = max(0, total - len(self._buf))
                del self._buf[:total]
                self._offset = offset
                continue
            if len(self._buf) < total:
                break
            raw = bytes(self._buf[:total])
            del self._buf[:total]
            events.append(_message(self._context, self._defer, self._offset, raw, msg_type,
                                   length, frame))
            self._offset = offset
        self.pending = len(self._buf)

    def interrupt(self, frame: int | None, what: str) -> list[Event]:
        """Something other than handshake data arrived while a message was incomplete."""
        if not self._buf:
            return []
        have = len(self._buf)
        error: DecodeError
        if have >= HANDSHAKE_HEADER_LENGTH:
            msg_type, raw_length = _HANDSHAKE_HEADER.unpack_from(self._buf)
            length = int.from_bytes(raw_length, "big")
            error = HandshakeLengthError(msg(
                "handshake message type {type} claims {length} bytes but only {have} arrived "
                "before {what}", type=msg_type, length=length,
                have=have - HANDSHAKE_HEADER_LENGTH, what=what), self._offset)
        else:
            error = HandshakeLengthError(msg(
                "{have} byte(s) of a handshake header before {what}", have=have, what=what),
                self._offset)
        self._buf.clear()
        self.pending = 0
        return [Malformed(self._offset, frame, error)]


#: What a record stream holds as its assembler while it needs none (see HANDSHAKE_SHORT_WAY):
#: never fed, so it has nothing pending and nothing to interrupt.
_NO_ASSEMBLER = HandshakeAssembler(ParseContext())


def _message(context: ParseContext, defer: bool, offset: int, raw: bytes, msg_type: int,
             length: int, frame: int | None) -> Event:
    """The event of the whole message ``raw`` (its first byte in the record at ``offset``),
    which may be the ServerHello that decides the later messages' layout."""
    if context.protected_phase:  # a message in the clear: the watch starts again
        if context.protected_phase == PROTECTED_BOTH_WAYS:
            context.watch_protected = True
        context.protected_phase = PROTECTED_NONE
    server_hello = msg_type == _SERVER_HELLO
    layout = context.key_exchange
    if defer:
        if server_hello:  # parsed again where it is read (cheaper than sending what it
            # holds); here only its choice matters
            choice = server_choice(offset, length, raw, layout)
            if choice is not None:
                context.choose(choice)  # fixes the later messages' layout
        return (UNPARSED_MESSAGE, offset, frame, msg_type, length, raw, layout)
    message = parse_message(offset, frame, msg_type, length, raw, layout)
    if server_hello and message.body is not None:
        context.choose(ServerChoice.of(message.body))  # fixes the later messages' layout
    return message


_SERVER_HELLO = int(numbers.HandshakeType.SERVER_HELLO)


def parse_message(offset: int, frame: int | None, msg_type: int, length: int, raw: bytes,
                  layout: str | None) -> HandshakeMessage:
    """One complete handshake message (``raw``: header and body) parsed by the schemas, for
    the key exchange ``layout`` that was negotiated before it."""
    body, error = parse_body(offset, msg_type, length, raw, layout)
    return HandshakeMessage(offset, frame, msg_type, length, raw, body, error)


def parse_body(offset: int, msg_type: int, length: int, raw: bytes, layout: str | None,
               own_hellos: bool = True) -> tuple[Any, DecodeError | None]:
    """:func:`parse_message`'s body and error (one of them None), without the message: the
    analyzer reads deferred messages this way, one object less per message.

    ``own_hellos`` False: a ClientHello or ServerHello whose rest was parsed before (see
    :func:`_parse_hello`) is that parse's body itself, shared read-only, its random and session
    id another hello's (the caller reads this one's from ``raw``: :func:`hello_session_id`)."""
    if msg_type in _HELLOS:
        return _parse_hello(offset, msg_type, length, raw, layout, own_hellos)
    try:
        if msg_type in _REPEATED_MESSAGES:
            key = (raw, layout)
            parsed = _parsed_messages.get(key)
            if parsed is None:
                parsed = parse_handshake(raw, layout)
                _parsed_messages.put(key, parsed)
        else:
            parsed = parse_handshake(raw, layout)
    except ConstructError as exc:
        return None, _malformed(exc, offset, msg_type, length)
    return parsed.body, None


def _malformed(exc: ConstructError, offset: int, msg_type: int,
               length: int) -> MalformedMessage:
    return MalformedMessage(msg(
        "handshake message type {type} ({length} bytes) does not parse: {reason}",
        type=msg_type, length=length, reason=construct_reason(exc)), offset)


def parse_unparsed(message: UnparsedMessage) -> HandshakeMessage:
    """What the assembler would have announced had it not deferred the parsing."""
    return parse_message(message.offset, message.frame, message.msg_type, message.length,
                         message.raw, message.layout)


#: Messages that are byte-for-byte the same on many connections (a server sends the same
#: certificate chain to every client): their parse results are shared, read-only, between
#: connections. Messages holding randoms or signatures are always parsed.
_REPEATED_MESSAGES = frozenset((numbers.HandshakeType.CERTIFICATE,
                                numbers.HandshakeType.CERTIFICATE_REQUEST,
                                numbers.HandshakeType.SERVER_HELLO_DONE))
#: Parsed messages are kept within this many bytes (counted as 3x the raw message: the
#: parsed containers are larger than the bytes they came from).
PARSED_MESSAGES_BYTES = 32 << 20
_parsed_messages: ByteBoundedCache[tuple[bytes, str | None], Any] = ByteBoundedCache(
    PARSED_MESSAGES_BYTES, lambda key: 3 * len(key[0]))



#: Where a hello's random is (after the handshake header and the version), and its session id
#: length (after the 32-byte random).
_RANDOM_AT = HANDSHAKE_HEADER_LENGTH + 2
_SESSION_ID_LENGTH_AT = _RANDOM_AT + 32
_unpack_gmt_unix_time = struct.Struct(">L").unpack_from


#: A hello's key (see _hello_key): what follows its session id, its header and version, its
#: session id's length, the layout.
HelloKey = tuple[bytes, bytes, int, str | None]


def _hello_key(raw: bytes, layout: str | None) -> tuple[HelloKey, int] | None:
    """A ClientHello or ServerHello by the rest of the message: its random and session id left
    out (the session id's length kept), and where its session id ends; None when it is too
    short to hold its session id.

    Clients and servers send the same hello on thousands of connections but for those two:
    any 32 bytes are a random and any bytes of the length a session id, so neither changes
    whether the rest parses nor what it parses to.

    The rest is kept in pieces, the long one first (what the caches count): joined into one
    bytes it was five bytes made and two long copies a hello (~1,300 instructions more)."""
    if len(raw) <= _SESSION_ID_LENGTH_AT:
        return None
    id_length = raw[_SESSION_ID_LENGTH_AT]
    id_end = _SESSION_ID_LENGTH_AT + 1 + id_length
    if id_end > len(raw):
        return None
    return (raw[id_end:], raw[:_RANDOM_AT], id_length, layout), id_end


_HELLOS = frozenset((numbers.HandshakeType.CLIENT_HELLO, numbers.HandshakeType.SERVER_HELLO))
#: Parsed hellos kept (see _parse_hello), within this many bytes (counted as 3x the key).
PARSED_HELLOS_BYTES = 8 << 20
_parsed_hellos: ByteBoundedCache[HelloKey, Any] = ByteBoundedCache(
    PARSED_HELLOS_BYTES, lambda key: 3 * len(key[0]))
#: The hashes of the hellos seen once (see _parse_hello), up to this many.
HELLOS_SEEN_LIMIT = 4096
_hellos_seen: set[int] = set()


def _parse_hello(offset: int, msg_type: int, length: int, raw: bytes, layout: str | None,
                 own: bool = True) -> tuple[Any, DecodeError | None]:
    """:func:`parse_body` of a ClientHello or ServerHello, parsed once per distinct rest of the
    message (see :func:`_hello_key`) that comes again: the body kept, copied with this
    message's random and session id (the rest, its lists and extensions, is shared read-only
    between connections); not ``own``: the kept body itself."""
    data = raw if type(raw) is bytes else bytes(raw)
    keyed = _hello_key(data, layout)
    first = _parsed_hellos.get(keyed[0]) if keyed is not None else None
    if first is None or keyed is None:
        try:
            body = parse_handshake(data, layout).body
        except ConstructError as exc:
            return None, _malformed(exc, offset, msg_type, length)
        if keyed is not None:
            _keep_if_seen_before(keyed[0], body)
        return body, None
    if not own:
        return first, None
    body = first.__class__(first)  # its generated class (Container.copy makes a plain one)
    random = first.random
    body["random"] = random.__class__(
        gmt_unix_time=_unpack_gmt_unix_time(data, _RANDOM_AT)[0],
        random_bytes=data[_RANDOM_AT + 4:_SESSION_ID_LENGTH_AT])
    body["session_id"] = data[_SESSION_ID_LENGTH_AT + 1:keyed[1]]
    return body, None


def hello_session_id(raw: bytes) -> bytes:
    """The session id of ``raw``, a whole ClientHello or ServerHello that parsed."""
    return bytes(raw[_SESSION_ID_LENGTH_AT + 1:
                     _SESSION_ID_LENGTH_AT + 1 + raw[_SESSION_ID_LENGTH_AT]])


#: Where a NewSessionTicket's ticket length is, and its ticket (RFC 5077 3.3: after the
#: handshake header, a 4-byte lifetime hint and the 2-byte length).
_TICKET_LENGTH_AT = HANDSHAKE_HEADER_LENGTH + 4
_TICKET_AT = _TICKET_LENGTH_AT + 2


def session_ticket(raw: bytes) -> bytes | None:
    """The ticket of ``raw``, a whole NewSessionTicket of any layout but TLS 1.3's, as
    ``parse_body(...)[0].ticket`` reads it; None when that does not parse (its error is then
    ``parse_body``'s). Only the ticket is read of these (session.analyzer), and parsing the
    message made two containers and its other fields: ~13,000 instructions a ticket more."""
    data = raw if type(raw) is bytes else bytes(raw)
    if len(data) < _TICKET_AT:
        return None
    end = HANDSHAKE_HEADER_LENGTH + int.from_bytes(data[1:HANDSHAKE_HEADER_LENGTH], "big")
    ticket_end = _TICKET_AT + ((data[_TICKET_LENGTH_AT] << 8) | data[_TICKET_LENGTH_AT + 1])
    if end > len(data) or ticket_end > end:  # (what follows the ticket in the body: unread)
        return None
    return data[_TICKET_AT:ticket_end]


def _keep_if_seen_before(key: HelloKey, body: Any) -> None:
    """Keep a parsed hello the second time its key is seen: a hello sent once (a TLS 1.3 key
    share, a ticket) is not kept, whose parsed containers would only add to the memory and to
    the garbage collector's work (a capture of such hellos was slower with each one kept)."""
    seen = hash(key)
    if seen in _hellos_seen:
        _parsed_hellos.put(key, body)
        return
    if len(_hellos_seen) >= HELLOS_SEEN_LIMIT:
        _hellos_seen.clear()
    _hellos_seen.add(seen)


#: ServerHello choices kept (see server_choice), within this many bytes of their keys.
SERVER_CHOICES_BYTES = 1 << 20
_server_choices: ByteBoundedCache[HelloKey, tuple[LayoutChoice | None]] = (
    ByteBoundedCache(SERVER_CHOICES_BYTES, lambda key: len(key[0])))


def server_choice(offset: int, length: int, raw: bytes,
                  layout: str | None) -> LayoutChoice | None:
    """What the ServerHello ``raw`` chose, for :meth:`ParseContext.choose` (None: it does not
    parse): what ``choose`` reads of ``ServerChoice.of`` the parsed body, parsed once per
    server.

    Kept by the rest of the message (see :func:`_hello_key`: neither the random nor the
    session id changes what ``choose`` reads). A message too short to hold its session id is
    parsed every time.
    """
    keyed = _hello_key(raw, layout)
    if keyed is not None:
        cached = _server_choices.get(keyed[0])
        if cached is not None:
            return cached[0]
    # parsed, not shared as parse_body shares hellos: the reading process reads only the
    # choice, kept here
    try:
        body = parse_handshake(raw, layout).body
    except ConstructError:
        body = None
    choice = None
    if body is not None:
        chosen = ServerChoice.of(body)
        choice = LayoutChoice(chosen.cipher_suite, chosen.message_layout, chosen.tls13)
    if keyed is not None:
        _server_choices.put(keyed[0], (choice,))
    return choice


class RecordStream:
    """Records of one direction of a connection, fed in arbitrary chunks.

    ``keep_fragments=False`` drops the fragments of application-data records (nobody reads
    them unless they are decrypted): ``RecordSeen.fragment`` is then ``b""`` for those, and
    their bytes are counted as they pass instead of being buffered.
    ``application_data_events=False`` leaves out the ``RecordSeen`` of application-data
    records, for a caller that would only count them: ``counters`` does.
    ``plaintext_record_events=False`` leaves out the ``RecordSeen`` of the other records sent
    in the clear (handshake, alert, ChangeCipherSpec), for a caller that reads only what the
    events after them say: most of a handshake's records then make no event of their own.
    ``defer_parsing``: see :class:`HandshakeAssembler`. The records, ChangeCipherSpecs,
    alerts and unparsed messages are made as event tuples (see tlcp.events): announced as
    such with ``event_tuples``, else as their typed objects (:meth:`feed_tuples` gives the
    tuples either way).
    """

    # slotted: two per connection, made and read record after record; the counts are
    # StreamCounters' fields, kept here (``counters`` makes one of them; record_bytes worked
    # out from the others: see there): a third object less per direction (see also
    # HANDSHAKE_SHORT_WAY)
    __slots__ = ("context", "mid_stream", "_handshake", "_max_handshake", "_defer", "encrypted",
                 "versions", "keep_fragments", "application_data_events",
                 "plaintext_record_events", "from_server", "event_tuples", "_buf", "_base",
                 "_chunk_starts", "_chunk_frames", "_resync", "_skipping", "_pending",
                 "skipped_bytes", "gap_bytes", "pending_bytes", "records",
                 "malformed", "application_records", "application_bytes",
                 "_handshake_short_way", "_counted_only", "_version")

    def __init__(
        self, context: ParseContext | None = None, max_handshake: int = DEFAULT_MAX_HANDSHAKE,
        keep_fragments: bool = True, mid_stream: bool = False,
        application_data_events: bool = True, plaintext_record_events: bool = True,
        defer_parsing: bool = False, from_server: bool = False, event_tuples: bool = False,
    ) -> None:
        self.context = context if context is not None else ParseContext()
        self.from_server = from_server  # the server's direction (s2c)
        self.event_tuples = event_tuples
        # The capture began after this direction started: records may already be protected,
        # and are taken as such when they cannot be plaintext (see _record).
        self.mid_stream = mid_stream
        self._max_handshake = max_handshake
        self._defer = defer_parsing
        self._handshake = _NO_ASSEMBLER  # (see the handshake property)
        self.skipped_bytes = self.gap_bytes = self.pending_bytes = 0  # (see record_bytes)
        self.records = self.malformed = self.application_records = self.application_bytes = 0
        self.encrypted = False  # set by this direction's ChangeCipherSpec
        self.versions: set[int] = set()
        # a version in ``versions`` (-1: none yet): a record of it is not added again (a set's
        # add, ~250 instructions; a direction's records nearly always have one version)
        self._version = -1
        self.keep_fragments = keep_fragments
        self.application_data_events = application_data_events
        self.plaintext_record_events = plaintext_record_events
        # what feed_tuples asks of every record, answered once for these options: does a
        # handshake record take the short way (when in the clear: see HANDSHAKE_SHORT_WAY)?
        # is an application-data record only counted (unless TLS 1.3's protected handshake is
        # watched or a handshake message waits for its next record: see _record)?
        self._handshake_short_way = HANDSHAKE_SHORT_WAY and not (plaintext_record_events
                                                                 or mid_stream)
        self._counted_only = not (keep_fragments or application_data_events or mid_stream)
        self._buf = bytearray()
        self._base = 0  # stream offset of _buf[0]
        self._chunk_starts: list[int] = []  # stream offsets where fed chunks start ...
        self._chunk_frames: list[int | None] = []  # ... and the frames that carried them
        self._resync = False  # looking for the next plausible header
        # an application-data record whose fragment is not kept, still arriving:
        self._skipping = 0  # its bytes still to come (0: none)
        self._pending: tuple[int, int | None, int, int] = (0, None, 0, 0)  # offset, first
        # frame, version, length

    def reset(self) -> None:
        """Back to what a new stream with the same options holds (see ConnectionParser.reset):
        its containers emptied, not made again."""
        self._handshake = _NO_ASSEMBLER
        self.encrypted = self._resync = False
        self.skipped_bytes = self.gap_bytes = self.pending_bytes = 0  # (see record_bytes)
        self.records = self.malformed = self.application_records = self.application_bytes = 0
        self._base = self._skipping = 0
        self._pending = (0, None, 0, 0)
        self.versions.clear()
        self._version = -1
        self._buf.clear()
        self._chunk_starts.clear()
        self._chunk_frames.clear()

    @property
    def offset(self) -> int:
        """Stream offset just past the last byte fed."""
        return self._base + len(self._buf)

    @property
    def record_bytes(self) -> int:
        """StreamCounters.record_bytes, the headers and fragments of complete records: the
        bytes the stream has passed (``_base``; not those buffered) but those counted as
        skipped, missing or pending, and those of a record not kept still arriving (from
        ``_pending``'s offset on). Counted so rather than record by record: a large int made
        and freed a record (~400 instructions)."""
        passed = self._pending[0] if self._skipping else self._base
        return passed - self.skipped_bytes - self.gap_bytes - self.pending_bytes

    @property
    def counters(self) -> StreamCounters:
        """The counts so far (a copy: the stream counts on)."""
        return StreamCounters(*counter_values(self))

    @property
    def handshake(self) -> HandshakeAssembler:
        """The assembler of this direction's handshake messages (made now if it had none)."""
        if self._handshake is _NO_ASSEMBLER:
            self._handshake = HandshakeAssembler(self.context, self._max_handshake, self._defer)
        return self._handshake

    def feed(self, data: bytes, frame: int | None = None) -> list[Event]:
        events = self.feed_tuples(data, frame)
        return events if self.event_tuples else event_objects(events)

    def feed_tuples(self, data: bytes, frame: int | None = None) -> list[Event]:
        """:meth:`feed` with the events as the parser makes them, tuples whatever
        ``event_tuples`` says (the record stage's way: one call, nothing converted)."""
        events: list[Event] = []
        n = len(data)
        if not n:
            return events  # nothing new: the buffer was already drained
        if type(data) is not bytes:  # fragments are sliced from it: keep them bytes
            data = bytes(data)
        pos = 0
        if self._skipping:
            if n < self._skipping:
                self._skipping -= n
                self._base += n
                return events
            pos = self._skipping
            self._base += pos
            self._skipping = 0
            self._skipped_record(frame, events)
            if pos == n:
                return events
        if self._buf or self._resync:
            self._chunk_starts.append(self._base + len(self._buf))
            self._chunk_frames.append(frame)
            self._buf += memoryview(data)[pos:] if pos else data
            self._drain(events)
            return events
        # fast path: whole records straight from the chunk, only a partial tail is buffered;
        # the stream offset of data[pos] is base + pos (_base set once, where the loop stops:
        # nothing it calls reads it)
        keep = self.keep_fragments
        base = self._base - pos
        last_header = n - RECORD_HEADER_LENGTH  # (the last place a whole header may start)
        while pos <= last_header:
            content_type, version, length = _HEADER.unpack_from(data, pos)
            if (content_type not in CONTENT_TYPES or version not in KNOWN_VERSIONS
                    or length > MAX_RECORD_LENGTH):
                break  # the buffered path reports it and resynchronises
            offset = base + pos
            end = pos + RECORD_HEADER_LENGTH + length
            if end > n:
                if content_type == APPLICATION_DATA and not keep:
                    self._pending = (offset, frame, version, length)
                    self._skipping = end - n
                    self._base = base + n
                    return events
                break
            pos = end
            if content_type == HANDSHAKE and self._handshake_short_way and not (
                    self.encrypted and not self.context.tls13):
                # _record of a handshake record in the clear, written out (the usual one)
                self.records += 1
                if version != self._version:
                    self._add_version(version)
                self._handshake_fragment(events, data, pos - length, pos, offset, frame)
                continue
            if content_type == APPLICATION_DATA and not keep:
                if self._counted_only and not (self.context.watch_protected
                                               or self._handshake.pending):
                    # the bulk of a connection: a record nobody is told about, only counted
                    # (what _record does with it then)
                    self.records += 1
                    self.application_records += 1
                    self.application_bytes += length
                    if version != self._version:
                        self._add_version(version)
                    continue
                fragment = b""
            else:
                fragment = data[pos - length:pos]
            self._record(content_type, version, length, fragment, offset, frame, frame, events)
        self._base = base + pos
        if pos < n:
            self._chunk_starts[:] = (self._base,)
            self._chunk_frames[:] = (frame,)
            self._buf += memoryview(data)[pos:] if pos else data
            self._drain(events)
        return events

    def _add_version(self, version: int) -> None:
        """A record of ``version`` came, whose version is not ``_version``."""
        self.versions.add(version)
        self._version = version

    def _skipped_record(self, frame: int | None, events: list[Event]) -> None:
        """The last byte of an application-data record that was not kept arrived."""
        offset, first_frame, version, length = self._pending
        self._record(APPLICATION_DATA, version, length, b"", offset, first_frame, frame, events)

    def gap(self, size: int, frame: int | None = None) -> list[Event]:
        """``size`` bytes are missing: drop the partial record and find the next header."""
        events: list[Event] = []
        if self._skipping:
            start = self._pending[0]
            events.append(Skipped(start, frame, self._base - start,
                                  "partial record before a gap in the capture"))
            self.skipped_bytes += self._base - start
            events.extend(self._handshake.interrupt(frame, "a gap in the capture"))
            self._skipping = 0
        elif self._buf:
            events.append(Skipped(self._base, frame, len(self._buf),
                                  "partial record before a gap in the capture"))
            self.skipped_bytes += len(self._buf)
            events.extend(self._handshake.interrupt(frame, "a gap in the capture"))
        self._base = self.offset + size
        self._buf.clear()
        self._chunk_starts.clear()
        self._chunk_frames.clear()
        self.gap_bytes += size
        self._resync = True
        return events if self.event_tuples else event_objects(events)

    def close(self, frame: int | None = None) -> list[Event]:
        """End of the stream: whatever is left is an incomplete record."""
        events: list[Event] = []
        if not (self._skipping or self._buf or self._handshake.pending):
            return events  # it ended between records (the usual end)
        if self._skipping:
            start = self._pending[0]
            self.pending_bytes += self._base - start
            events.append(Skipped(start, frame, self._base - start,
                                  "incomplete record at the end of the stream"))
            self._skipping = 0
        elif self._buf:
            self.pending_bytes += len(self._buf)
            events.append(Skipped(self._base, frame, len(self._buf),
                                  "incomplete record at the end of the stream"))
            self._base += len(self._buf)
            self._buf.clear()
        events.extend(self._handshake.interrupt(frame, "the end of the stream"))
        return events if self.event_tuples else event_objects(events)

    # -- internals ---------------------------------------------------------------------------

    def _frame_at(self, offset: int) -> int | None:
        i = bisect_right(self._chunk_starts, offset) - 1
        return self._chunk_frames[i] if i >= 0 else None

    def _consume(self, n: int) -> None:
        del self._buf[:n]
        self._base += n
        # forget chunks that lie wholly before the new base
        i = bisect_right(self._chunk_starts, self._base) - 1
        if i > 0:
            del self._chunk_starts[:i]
            del self._chunk_frames[:i]

    def _header_error(self, content_type: int, version: int, length: int) -> DecodeError | None:
        if content_type not in CONTENT_TYPES:
            return UnknownContentType(msg("unknown content type {type}", type=content_type),
                                      self._base)
        if version not in KNOWN_VERSIONS:
            return UnknownVersion(msg("unknown record version {version}",
                                      version=f"0x{version:04x}"), self._base)
        if length > MAX_RECORD_LENGTH:
            return RecordTooLong(msg("record length {length} exceeds the maximum {limit}",
                                     length=length, limit=MAX_RECORD_LENGTH), self._base)
        return None

    def _drain(self, events: list[Event]) -> None:
        while True:
            if self._resync and not self._find_header(events):
                return
            if len(self._buf) < RECORD_HEADER_LENGTH:
                return
            content_type, version, length = _HEADER.unpack_from(self._buf)
            error = self._header_error(content_type, version, length)
            if error is not None:
                self.malformed += 1
                events.append(Malformed(self._base, self._frame_at(self._base), error))
                events.extend(self._handshake.interrupt(self._frame_at(self._base),
                                                       "a malformed record"))
                self._resync = True
                self._skip(1, "not a record header", events)
                continue
            total = RECORD_HEADER_LENGTH + length
            if len(self._buf) < total:
                if content_type == APPLICATION_DATA and not self.keep_fragments:
                    have = len(self._buf)
                    self._pending = (self._base, self._frame_at(self._base), version, length)
                    self._skipping = total - have
                    self._base += have
                    self._buf.clear()
                    self._chunk_starts.clear()
                    self._chunk_frames.clear()
                return
            if content_type == APPLICATION_DATA and not self.keep_fragments:
                fragment = b""
            else:
                fragment = bytes(self._buf[RECORD_HEADER_LENGTH:total])
            offset = self._base
            first_frame = self._frame_at(offset)
            frame = self._frame_at(offset + total - 1)
            self._consume(total)
            self._record(content_type, version, length, fragment, offset, first_frame, frame,
                         events)

    def _skip(self, n: int, reason: str, events: list[Event]) -> None:
        if n <= 0:
            return
        last = events[-1] if events else None
        if isinstance(last, Skipped) and last.offset + last.length == self._base:
            events.pop()  # one Skipped event for one run of skipped bytes
            events.append(Skipped(last.offset, last.frame, last.length + n, last.reason))
        else:
            events.append(Skipped(self._base, self._frame_at(self._base), n, reason))
        self.skipped_bytes += n
        self._consume(n)

    def _find_header(self, events: list[Event]) -> bool:
        """Skip to the next plausible record header; False if more bytes are needed."""
        pos = 0
        while True:
            match = _HEADER_CANDIDATE.search(self._buf, pos)
            if match is None:
                # keep the last bytes: a header may straddle the next chunk
                self._skip(max(0, len(self._buf) - (RECORD_HEADER_LENGTH - 1)),
                           "bytes skipped while looking for a record header", events)
                return False
            start = match.start()
            if len(self._buf) - start < RECORD_HEADER_LENGTH:
                self._skip(start, "bytes skipped while looking for a record header", events)
                return False
            (length,) = struct.unpack_from(">H", self._buf, start + 3)
            if length <= MAX_RECORD_LENGTH:
                self._skip(start, "bytes skipped while looking for a record header", events)
                self._resync = False
                return True
            pos = start + 1

    def _handshake_fragment(self, events: list[Event], data: bytes, start: int, end: int,
                            offset: int, frame: int | None) -> None:
        """A handshake record's fragment, ``data[start:end]`` (in the clear, the record at
        ``offset``), to its messages: while no message waits for its next bytes, those whole
        in it are announced here and the rest goes to an assembler, kept while it holds
        something (see HANDSHAKE_SHORT_WAY)."""
        handshake = self._handshake
        if handshake is _NO_ASSEMBLER:
            if HANDSHAKE_SHORT_WAY:
                # each whole message announced: _message written out for the usual one
                context = self.context
                defer = self._defer
                while end - start >= HANDSHAKE_HEADER_LENGTH:
                    header = _HANDSHAKE_HEADER_WORD(data, start)[0]
                    length = header & 0xFFFFFF
                    message_end = start + HANDSHAKE_HEADER_LENGTH + length
                    if message_end > end or length > self._max_handshake:
                        break
                    msg_type = header >> 24
                    raw = data[start:message_end]  # (data itself when it is the message)
                    start = message_end
                    if defer and msg_type != _SERVER_HELLO and not context.protected_phase:
                        events.append((UNPARSED_MESSAGE, offset, frame, msg_type, length, raw,
                                       context.key_exchange))
                    else:
                        events.append(_message(context, defer, offset, raw, msg_type, length,
                                               frame))
                if start == end:
                    return
            handshake = self.handshake
        handshake.feed_into(events, data[start:end], offset, frame)
        if HANDSHAKE_SHORT_WAY and not (handshake.pending or handshake.discarding):
            self._handshake = _NO_ASSEMBLER  # the next record's messages are the stream's again

    def _joined_late(self, content_type: int, fragment: bytes) -> None:
        """The capture joined late: a record that cannot be plaintext means encryption is on."""
        if not _plausible_plaintext(content_type, fragment):
            self.encrypted = True

    def _record(self, content_type: int, version: int, length: int, fragment: bytes,
                offset: int, first_frame: int | None, frame: int | None,
                events: list[Event]) -> None:
        """One whole record (its last byte came in ``frame``): count, announce, interpret."""
        self.records += 1
        if version != self._version:
            self._add_version(version)
        if self.mid_stream and not self.encrypted:
            self._joined_late(content_type, fragment)
        context = self.context
        encrypted = content_type == APPLICATION_DATA if context.tls13 else self.encrypted
        if content_type == APPLICATION_DATA:
            if self.application_data_events or context.watch_protected:
                events.append((RECORD_SEEN, offset, frame, first_frame, content_type, version,
                               length, encrypted, fragment))
            if context.watch_protected and not self.application_data_events:
                # TLS 1.3's encrypted handshake, watched
                if self.from_server:
                    context.protected_phase = PROTECTED_FROM_SERVER
                elif context.protected_phase == PROTECTED_FROM_SERVER and END_TLS13_WATCH:
                    context.protected_phase = PROTECTED_BOTH_WAYS
                    context.watch_protected = False  # see END_TLS13_WATCH
        elif encrypted or self.plaintext_record_events:
            events.append((RECORD_SEEN, offset, frame, first_frame, content_type, version,
                           length, encrypted, fragment))
        if content_type == HANDSHAKE:
            if not encrypted:  # (a protected one's RecordSeen says all there is to say)
                self._handshake_fragment(events, fragment, 0, len(fragment), offset, frame)
            return
        if self._handshake.pending:
            events.extend(self._handshake.interrupt(frame, _INTERRUPTED_BY[content_type]))
        if content_type == APPLICATION_DATA:  # the bulk: counted, nothing more to say
            self.application_records += 1
            self.application_bytes += length
            return
        if content_type == CHANGE_CIPHER_SPEC:
            # a renegotiation's ChangeCipherSpec is protected by the keys in use (RFC 5246
            # 7.4.1.2): only the first one of a direction is the clear byte 01
            if fragment != b"\x01" and not (self.encrypted and not context.tls13):
                error = MalformedMessage(msg(
                    "ChangeCipherSpec must be the single byte 01, got {bytes}",
                    bytes=fragment[:8].hex()), offset)
                events.append(Malformed(offset, frame, error))
            events.append((CHANGE_CIPHER_SPEC_SEEN, offset, frame))
            self.encrypted = True  # (TLS 1.3 looks at the record type instead)
        elif not encrypted:  # ALERT (a protected one's RecordSeen says all there is to say)
            if len(fragment) != 2:
                error = MalformedMessage(msg("alert of {n} bytes, expected 2", n=len(fragment)),
                                         offset)
                events.append(Malformed(offset, frame, error))
            else:  # schema.Alert's two bytes, read directly (each is any value)
                events.append((ALERT_SEEN, offset, frame, fragment[0], fragment[1], False))


_HANDSHAKE_TYPES = frozenset(int(t) for t in numbers.HandshakeType)


def _plausible_plaintext(content_type: int, fragment: bytes) -> bool:
    """Could this record have been sent before ChangeCipherSpec? (for captures joined late)"""
    if content_type == APPLICATION_DATA:
        return False  # application data only ever follows the handshake
    if content_type == ALERT:
        return len(fragment) == 2 and fragment[0] in (1, 2)
    if content_type == HANDSHAKE:
        if len(fragment) < 4 or fragment[0] not in _HANDSHAKE_TYPES:
            return False
        return int.from_bytes(fragment[1:4], "big") <= DEFAULT_MAX_HANDSHAKE
    return True


_INTERRUPTED_BY = {CHANGE_CIPHER_SPEC: "a ChangeCipherSpec record", ALERT: "an alert record",
                   APPLICATION_DATA: "an application data record"}


class ConnectionParser:
    """Both directions of one connection, sharing the negotiated key exchange.

    The arguments are each direction's :class:`RecordStream`'s (see there). A plain slotted
    class: one is made per connection that carries payload.
    """

    __slots__ = ("context", "streams")

    def __init__(self, context: ParseContext | None = None,
                 max_handshake: int = DEFAULT_MAX_HANDSHAKE, keep_fragments: bool = True,
                 mid_stream: bool = False, application_data_events: bool = True,
                 plaintext_record_events: bool = True, defer_parsing: bool = False,
                 event_tuples: bool = False) -> None:
        self.context = context = context if context is not None else ParseContext()
        self.streams: dict[str, RecordStream] = {
            "c2s": RecordStream(context, max_handshake, keep_fragments, mid_stream,
                                application_data_events, plaintext_record_events,
                                defer_parsing, False, event_tuples),
            "s2c": RecordStream(context, max_handshake, keep_fragments, mid_stream,
                                application_data_events, plaintext_record_events,
                                defer_parsing, True, event_tuples)}

    def reset(self) -> None:
        """Back to what a new parser with the same options holds, for another connection: a
        connection's parser made again (a context, two streams and their containers) cost
        ~18K instructions, reset ~3K (record_stage.REUSE_PARSERS)."""
        self.context.reset()
        streams = self.streams
        streams["c2s"].reset()
        streams["s2c"].reset()

    def feed(self, direction: Direction, data: bytes, frame: int | None = None) -> list[Event]:
        return self.streams[direction].feed(data, frame)

    def gap(self, direction: Direction, size: int, frame: int | None = None) -> list[Event]:
        return self.streams[direction].gap(size, frame)

    def close(self, direction: Direction, frame: int | None = None) -> list[Event]:
        return self.streams[direction].close(frame)


def looks_like_record(data: bytes) -> bool:
    """Content-based detection: does ``data`` start with a plausible TLCP or TLS record?"""
    if len(data) < RECORD_HEADER_LENGTH:
        return False
    content_type, version, length = _HEADER.unpack_from(data)
    return content_type in CONTENT_TYPES and version in KNOWN_VERSIONS and length <= MAX_RECORD_LENGTH
