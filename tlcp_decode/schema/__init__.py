"""Declarative TLCP wire format (GB/T 38636-2020), one module per layer.

``record``: record header, ChangeCipherSpec, Alert; ``handshake``: handshake framing;
``hello``: hello messages, certificates, Finished; ``key_exchange``: the suite-dependent
messages; ``extensions``: hello extensions. ``meta``: display metadata for the Lua generator.
``wire``: the plain numbers (versions, framing lengths).

The schemas named here are made when one of them is first looked up (``from tlcp_decode.schema
import Handshake``): the decoder parses with the generated ``fastparse`` and reads only the
plain numbers, and building the schemas' construct objects was 5 % of its start-up (22M
instructions).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from tlcp_decode.schema.wire import (
    HANDSHAKE_HEADER_LENGTH,
    MAX_RECORD_LENGTH,
    RECORD_HEADER_LENGTH,
    TLCP_VERSION,
    TLS_VERSIONS,
)

if TYPE_CHECKING:
    from tlcp_decode.schema.handshake import (
        Handshake,
        HandshakeBody,
        HandshakeHeader,
        HandshakeType,
    )
    from tlcp_decode.schema.hello import CipherSuite, ClientHello, ServerHello
    from tlcp_decode.schema.record import (
        Alert,
        AlertDescription,
        AlertLevel,
        ChangeCipherSpec,
        ContentType,
        ProtocolVersion,
        Record,
        RecordHeader,
    )

#: The module of each schema named here.
_MADE_IN = {
    **dict.fromkeys(("Handshake", "HandshakeBody", "HandshakeHeader", "HandshakeType"),
                    "handshake"),
    **dict.fromkeys(("CipherSuite", "ClientHello", "ServerHello"), "hello"),
    **dict.fromkeys(("Alert", "AlertDescription", "AlertLevel", "ChangeCipherSpec",
                     "ContentType", "ProtocolVersion", "Record", "RecordHeader"), "record"),
}


def __getattr__(name: str) -> Any:
    """A schema named here, its module imported on first use (PEP 562)."""
    module = _MADE_IN.get(name)
    if module is None:  # (a submodule not imported yet: the import system imports it)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "HANDSHAKE_HEADER_LENGTH", "MAX_RECORD_LENGTH", "RECORD_HEADER_LENGTH", "TLCP_VERSION",
    "TLS_VERSIONS", "Alert", "AlertDescription", "AlertLevel", "ChangeCipherSpec", "CipherSuite",
    "ClientHello", "ContentType", "Handshake", "HandshakeBody", "HandshakeHeader", "HandshakeType",
    "ProtocolVersion", "Record", "RecordHeader", "ServerHello",
]
