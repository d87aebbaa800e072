"""The one exception family the TLCP parser raises or reports: everything else is a bug."""

from __future__ import annotations


class DecodeError(Exception):
    """Bytes that are not a well-formed TLCP record or handshake message."""

    kind = "decode_error"

    def __init__(self, message: str, offset: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.offset = offset  # stream offset of the record or message at fault, when known


class RecordTooLong(DecodeError):
    kind = "record_too_long"


class UnknownContentType(DecodeError):
    kind = "unknown_content_type"


class UnknownVersion(DecodeError):
    kind = "unknown_version"


class HandshakeLengthError(DecodeError):
    """A handshake message that claims more bytes than the handshake data can hold."""

    kind = "handshake_length"


class MalformedMessage(DecodeError):
    """A complete record or handshake message whose body does not fit its schema."""

    kind = "malformed"


class BufferLimitExceeded(DecodeError):
    kind = "buffer_limit"
