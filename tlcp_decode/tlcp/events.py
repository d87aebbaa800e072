"""Events of the sans-I/O TLCP parser: what one direction of a connection carried.

Every event names the stream ``offset`` of the record it came from and the capture ``frame``
in which that record was complete (Wireshark's convention), so reports can cite frames.
"""

from __future__ import annotations

from dataclasses import field
from typing import Any

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


Event = (
    RecordSeen | HandshakeMessage | UnparsedMessage | ChangeCipherSpecSeen | AlertSeen
    | Malformed | Skipped | DecryptedRecord
)
