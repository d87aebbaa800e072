"""Sans-I/O TLCP record and handshake parser: feed bytes, get events."""

from tlcp_decode.tlcp.errors import DecodeError
from tlcp_decode.tlcp.events import (
    AlertSeen,
    ChangeCipherSpecSeen,
    DecryptedRecord,
    Event,
    HandshakeMessage,
    Malformed,
    RecordSeen,
    Skipped,
    UnparsedMessage,
)
from tlcp_decode.tlcp.parser import (
    ConnectionParser,
    HandshakeAssembler,
    ParseContext,
    RecordStream,
    StreamCounters,
    looks_like_record,
    parse_unparsed,
)

__all__ = [
    "AlertSeen", "ChangeCipherSpecSeen", "ConnectionParser", "DecodeError", "DecryptedRecord",
    "Event", "HandshakeAssembler", "HandshakeMessage", "Malformed", "ParseContext", "RecordSeen",
    "RecordStream", "Skipped", "StreamCounters", "UnparsedMessage", "looks_like_record",
    "parse_unparsed",
]
