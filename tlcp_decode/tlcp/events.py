"""Events of the sans-I/O TLCP parser: what one direction of a connection carried.

Every event names the stream ``offset`` of the record it came from and the capture ``frame``
in which that record was complete (Wireshark's convention), so reports can cite frames.
"""

from __future__ import annotations

from dataclasses import field
from typing import Any, Final, Literal

from tlcp_decode.precompiled import dataclass
from tlcp_decode.tlcp.errors import DecodeError


# Not frozen, unlike the rarer events: one is made per record, and a frozen dataclass
# sets every field through object.__setattr__ (see source.packet.Packet), also when it is
# unpickled (tlcp_decode.parallel). Read-only by convention.
@dataclass(slots=True)
class RecordSeen:
    """One record header and its fragment (fragment kept: decryption needs it).

    Every record gets one. Handshake, ChangeCipherSpec and alert records sent in the clear are
    then interpreted by the events that follow it; a protected record (and application data)
    has nothing more to say.
    """

    offset: int
    frame: int | None
    first_frame: int | None
    content_type: int
    version: int
    length: int
    encrypted: bool
    fragment: bytes = field(repr=False)


@dataclass(slots=True)  # not frozen: one per message (see RecordSeen)
class HandshakeMessage:
    """A complete handshake message, reassembled across records when needed."""

    offset: int  # offset of the record holding the message's first byte
    frame: int | None  # frame where the message became complete
    msg_type: int
    length: int
    raw: bytes = field(repr=False)  # header + body, as hashed into the transcript
    body: Any  # parsed construct Container, or None when it did not parse
    error: DecodeError | None = None


@dataclass(slots=True)  # not frozen: one per message (see RecordSeen)
class UnparsedMessage:
    """A complete handshake message whose parsing was deferred (``parser.parse_unparsed``
    makes the :class:`HandshakeMessage`): the two-process pipeline parses where it reads."""

    offset: int
    frame: int | None
    msg_type: int
    length: int
    raw: bytes = field(repr=False)
    layout: str | None  # the key exchange negotiated before it, which its layout depends on


@dataclass(slots=True)  # not frozen: one or two per connection (see RecordSeen)
class ChangeCipherSpecSeen:
    offset: int
    frame: int | None


@dataclass(slots=True)  # not frozen: one or two per connection (see RecordSeen)
class AlertSeen:
    """An alert sent in the clear, or (``encrypted``) one a decryptor read in a protected
    record (a protected record that was not decrypted is only its RecordSeen)."""

    offset: int
    frame: int | None
    level: int
    description: int
    encrypted: bool


@dataclass(frozen=True, slots=True)
class Malformed:
    """A decode error; parsing goes on with the next record (or resynchronises)."""

    offset: int
    frame: int | None
    error: DecodeError


@dataclass(frozen=True, slots=True)
class Skipped:
    """Bytes that were not part of any record: after a gap, or garbage before a header."""

    offset: int
    frame: int | None
    length: int
    reason: str


@dataclass(frozen=True, slots=True)
class DecryptedRecord:
    """A protected record was decrypted (TLS 1.3: ``content_type`` is the inner type)."""

    offset: int
    frame: int | None
    content_type: int
    length: int


# -- Event tuples ------------------------------------------------------------------------------
#
# The four events that come by the thousand (RecordSeen, UnparsedMessage, ChangeCipherSpecSeen,
# AlertSeen) are made by the parser as plain tuples, always: the kind below first, then the
# class's fields in their order. The classes above are their typed, documented form, what the
# parsers announce to a library caller (tlcp.parser: ``event_tuples`` False, their default),
# converted at the parser's boundary (:func:`event_objects`); the decoder's own record stage
# asks for the tuples, which the analyser (session.analyzer) reads by position. Decryption
# reads objects (a protected RecordSeen made from its tuple, one per protected record).
#
# Why tuples: in the two-process pipeline (tlcp_decode.parallel) every event crosses a pipe,
# and a tuple of ints and bytes is pickled and loaded in C, where an event object costs a
# Python reducer call to pickle and a class call to load (and to make, in either mode); named
# tuples' attributes read slower than slotted classes'.

RECORD_SEEN: Final = 0
UNPARSED_MESSAGE: Final = 1
CHANGE_CIPHER_SPEC_SEEN: Final = 2
ALERT_SEEN: Final = 3

#: (RECORD_SEEN, offset, frame, first_frame, content_type, version, length, encrypted, fragment)
RecordSeenTuple = tuple[Literal[0], int, int | None, int | None, int, int, int, bool, bytes]
#: (UNPARSED_MESSAGE, offset, frame, msg_type, length, raw, layout)
UnparsedMessageTuple = tuple[Literal[1], int, int | None, int, int, bytes, str | None]
#: (CHANGE_CIPHER_SPEC_SEEN, offset, frame)
ChangeCipherSpecTuple = tuple[Literal[2], int, int | None]
#: (ALERT_SEEN, offset, frame, level, description, encrypted)
AlertSeenTuple = tuple[Literal[3], int, int | None, int, int, bool]
EventTuple = RecordSeenTuple | UnparsedMessageTuple | ChangeCipherSpecTuple | AlertSeenTuple

#: Where a RecordSeen tuple holds its fragment, and an UnparsedMessage tuple its message.
RECORD_FRAGMENT: Final = 8
UNPARSED_RAW: Final = 5

#: The events that have a tuple form.
TupleEvent = RecordSeen | UnparsedMessage | ChangeCipherSpecSeen | AlertSeen


def event_of(event: EventTuple) -> TupleEvent:
    """The object form of an event tuple."""
    if event[0] == RECORD_SEEN:
        return RecordSeen(*event[1:])
    if event[0] == UNPARSED_MESSAGE:
        return UnparsedMessage(*event[1:])
    if event[0] == CHANGE_CIPHER_SPEC_SEEN:
        return ChangeCipherSpecSeen(*event[1:])
    return AlertSeen(*event[1:])


def event_objects(events: list[Event]) -> list[Event]:
    """``events`` with each event tuple as its object."""
    return [event_of(event) if type(event) is tuple else event for event in events]


#: What the parser announces (a parser asked for event tuples gives those of the four kinds).
Event = (
    RecordSeen | HandshakeMessage | UnparsedMessage | ChangeCipherSpecSeen | AlertSeen
    | Malformed | Skipped | DecryptedRecord | EventTuple
)
