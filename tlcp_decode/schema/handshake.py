"""The handshake protocol framing (GB/T 38636-2020 6.4.5.1).

    struct {
        HandshakeType msg_type;
        uint24 length;
        select (HandshakeType) { ... } body;
    } Handshake;
"""

from __future__ import annotations

from construct import FixedSized, GreedyBytes, Int8ub, Int24ub, Struct, Switch, this

from tlcp_decode.schema.hello import (
    Certificate,
    CertificateRequest,
    ClientHello,
    Finished,
    HelloRequest,
    NewSessionTicket,
    ServerHello,
    ServerHelloDone,
)
from tlcp_decode.schema.key_exchange import CertificateVerify, ClientKeyExchange, ServerKeyExchange
from tlcp_decode.schema.meta import field, values

HANDSHAKE_HEADER_LENGTH = 4

HandshakeType = values(
    Int8ub,
    {
        "hello_request": 0,
        "client_hello": 1,
        "server_hello": 2,
        "new_session_ticket": 4,
        "certificate": 11,
        "server_key_exchange": 12,
        "certificate_request": 13,
        "server_hello_done": 14,
        "certificate_verify": 15,
        "client_key_exchange": 16,
        "finished": 20,
    },
)

HandshakeHeader = Struct(
    field("msg_type", HandshakeType, "Handshake Type", "handshake.type"),
    field("length", Int24ub, "Length", "handshake.length"),
)

HandshakeBody = Switch(
    this.msg_type,
    {
        "hello_request": HelloRequest,
        "client_hello": ClientHello,
        "server_hello": ServerHello,
        "new_session_ticket": NewSessionTicket,
        "certificate": Certificate,
        "server_key_exchange": ServerKeyExchange,
        "certificate_request": CertificateRequest,
        "server_hello_done": ServerHelloDone,
        "certificate_verify": CertificateVerify,
        "client_key_exchange": ClientKeyExchange,
        "finished": Finished,
    },
    default=field("unparsed", GreedyBytes, "Unknown Handshake Message", "handshake.unknown"),
)

Handshake = Struct(
    *HandshakeHeader.subcons,
    field("body", FixedSized(this.length, HandshakeBody), "Body"),
)
