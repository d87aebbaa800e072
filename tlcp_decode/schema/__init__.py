"""Declarative TLCP wire format (GB/T 38636-2020), one module per layer.

``record``: record header, ChangeCipherSpec, Alert; ``handshake``: handshake framing;
``hello``: hello messages, certificates, Finished; ``key_exchange``: the suite-dependent
messages; ``extensions``: hello extensions. ``meta``: display metadata for the Lua generator.
"""

from tlcp_decode.schema.handshake import (
    HANDSHAKE_HEADER_LENGTH,
    Handshake,
    HandshakeBody,
    HandshakeHeader,
    HandshakeType,
)
from tlcp_decode.schema.hello import CipherSuite, ClientHello, ServerHello
from tlcp_decode.schema.record import (
    MAX_RECORD_LENGTH,
    RECORD_HEADER_LENGTH,
    TLCP_VERSION,
    TLS_VERSIONS,
    Alert,
    AlertDescription,
    AlertLevel,
    ChangeCipherSpec,
    ContentType,
    ProtocolVersion,
    Record,
    RecordHeader,
)

__all__ = [
    "HANDSHAKE_HEADER_LENGTH", "MAX_RECORD_LENGTH", "RECORD_HEADER_LENGTH", "TLCP_VERSION",
    "TLS_VERSIONS", "Alert", "AlertDescription", "AlertLevel", "ChangeCipherSpec", "CipherSuite",
    "ClientHello", "ContentType", "Handshake", "HandshakeBody", "HandshakeHeader", "HandshakeType",
    "ProtocolVersion", "Record", "RecordHeader", "ServerHello",
]
