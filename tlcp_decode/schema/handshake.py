"""The handshake protocol framing (GB/T 38636-2020 6.4.5.1, RFC 8446 4).

    struct {
        HandshakeType msg_type;
        uint24 length;
        select (HandshakeType) { ... } body;
    } Handshake;
"""

from __future__ import annotations

from construct import FixedSized, GreedyBytes, Int8ub, Int24ub, Struct, Switch, this

from tlcp_decode import numbers
from tlcp_decode.schema.hello import (
    Certificate,
    CertificateRequest,
    CertificateRequestTLS,
    ClientHello,
    Finished,
    HelloRequest,
    NewSessionTicket,
    ServerHello,
    ServerHelloDone,
)
from tlcp_decode.schema.key_exchange import (
    TLS12_LAYOUTS,
    CertificateVerify,
    ClientKeyExchange,
    ServerKeyExchange,
)
from tlcp_decode.schema.meta import expected_default, field, values
from tlcp_decode.schema.tls13 import (
    Certificate13,
    CertificateRequest13,
    CompressedCertificate,
    EncryptedExtensions,
    EndOfEarlyData,
    Finished13,
    KeyUpdate,
    NewSessionTicket13,
)
from tlcp_decode.schema.wire import HANDSHAKE_HEADER_LENGTH as HANDSHAKE_HEADER_LENGTH

HandshakeType = values(Int8ub, numbers.symbols(numbers.HandshakeType))


def _by_version(tls13: object, older: object, tls12: object | None = None) -> Switch:
    """The TLS 1.3 form once a TLS 1.3 suite was negotiated, the TLS 1.2 one (if it differs)
    for TLS 1.2 suites, else the TLCP one."""
    cases = {layout: tls12 for layout in TLS12_LAYOUTS} if tls12 is not None else {}
    return expected_default(
        Switch(this._params.key_exchange, {"TLS13": tls13, **cases}, default=older))


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
        "new_session_ticket": _by_version(NewSessionTicket13, NewSessionTicket),
        "end_of_early_data": EndOfEarlyData,
        "encrypted_extensions": EncryptedExtensions,
        "certificate": _by_version(Certificate13, Certificate),
        "server_key_exchange": ServerKeyExchange,
        "certificate_request": _by_version(CertificateRequest13, CertificateRequest,
                                           CertificateRequestTLS),
        "server_hello_done": ServerHelloDone,
        "certificate_verify": CertificateVerify,
        "client_key_exchange": ClientKeyExchange,
        "finished": _by_version(Finished13, Finished),
        "key_update": KeyUpdate,
        "compressed_certificate": CompressedCertificate,
    },
    default=field("unparsed", GreedyBytes, "Unknown Handshake Message", "handshake.unknown"),
)

Handshake = Struct(
    *HandshakeHeader.subcons,
    field("body", FixedSized(this.length, HandshakeBody), "Body", subtree=False),
)
