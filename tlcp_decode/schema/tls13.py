"""TLS 1.3 handshake messages (RFC 8446 4.3 to 4.6) and the signature form TLS shares.

The decoder selects them with the parse parameter ``key_exchange``, which holds the negotiated
suite's ``registry.CipherSuite.message_layout``: ``TLS13`` for TLS 1.3 suites, ``TLS_<kx>`` for
TLS 1.2 ones, the bare key exchange for TLCP (see ``handshake``).

    struct {
        opaque certificate_request_context<0..2^8-1>;
        CertificateEntry certificate_list<0..2^24-1>;   -- cert_data<1..2^24-1>, extensions
    } Certificate;
    struct { SignatureScheme algorithm; opaque signature<0..2^16-1>; } CertificateVerify;
"""

from __future__ import annotations

from construct import (
    GreedyBytes,
    Int8ub,
    Int16ub,
    Int24ub,
    Int32ub,
    Prefixed,
    Struct,
)

from tlcp_decode.schema.meta import ExactRange, field, values
from tlcp_decode.schema.tls_extensions import (
    CertificateEntryExtensions,
    CertificateRequestExtensions,
    EncryptedExtensionsList,
    NewSessionTicketExtensions,
)

RequestContext = Prefixed(
    field("certificate_request_context_length", Int8ub, "Certificate Request Context Length",
          "handshake.certificate_request_context_length"),
    GreedyBytes,
)

EncryptedExtensions = Struct(field("extensions", EncryptedExtensionsList, "Extensions"))

CertificateEntry = Struct(
    field("cert_data",
                Prefixed(field("certificate_length", Int24ub, "Certificate Length",
                         "handshake.certificate_length"), GreedyBytes),
          "Certificate", "handshake.certificate"),
    field("extensions", CertificateEntryExtensions, "Extensions"),
)

Certificate13 = Struct(
    field("certificate_request_context", RequestContext, "Certificate Request Context",
          "handshake.certificate_request_context"),
    field("certificate_list",
          Prefixed(field("certificates_length", Int24ub, "Certificates Length",
                         "handshake.certificates_length"),
                   ExactRange(field("certificate_entry", CertificateEntry, "Certificate Entry"))),
          "Certificates", "handshake.certificates"),
)

CertificateRequest13 = Struct(
    field("certificate_request_context", RequestContext, "Certificate Request Context",
          "handshake.certificate_request_context"),
    field("extensions", CertificateRequestExtensions, "Extensions"),
)

Finished13 = Struct(
    # HMAC over the transcript hash: as long as the suite's hash (32 bytes for SM3/SHA-256)
    field("verify_data", GreedyBytes, "Verify Data", "handshake.verify_data"),
)

NewSessionTicket13 = Struct(
    field("ticket_lifetime", Int32ub, "Session Ticket Lifetime Hint",
          "handshake.session_ticket_lifetime_hint"),
    field("ticket_age_add", Int32ub, "Session Ticket Age Add", "handshake.session_ticket_age_add"),
    field("ticket_nonce",
          Prefixed(field("ticket_nonce_length", Int8ub, "Session Ticket Nonce Length",
                         "handshake.session_ticket_nonce_length"), GreedyBytes),
          "Session Ticket Nonce", "handshake.session_ticket_nonce"),
    field("ticket",
          Prefixed(field("ticket_length", Int16ub, "Session Ticket Length",
                         "handshake.session_ticket_length"), GreedyBytes),
          "Session Ticket", "handshake.session_ticket"),
    field("extensions", NewSessionTicketExtensions, "Extensions"),
)

CertificateCompressionAlgorithm = values(Int16ub, {"zlib": 1, "brotli": 2, "zstd": 3},
                                         titles=False)

# RFC 8879: a Certificate message, compressed; the transcript holds this message as sent.
CompressedCertificate = Struct(
    field("algorithm", CertificateCompressionAlgorithm, "Algorithm",
          "handshake.compress_certificate.algorithm"),
    field("uncompressed_length", Int24ub, "Uncompressed Length",
          "handshake.compress_certificate.uncompressed_length"),
    field("compressed_certificate_message",
          Prefixed(field("compressed_length", Int24ub, "Length",
                         "handshake.compress_certificate.compressed_length"), GreedyBytes),
          "Compressed Certificate Message",
          "handshake.compress_certificate.compressed_certificate_message"),
)

KeyUpdateRequest = values(Int8ub, {"update_not_requested": 0, "update_requested": 1},
                          titles=False)
KeyUpdate = Struct(
    field("request_update", KeyUpdateRequest, "Key Update Request", "handshake.key_update"),
)

EndOfEarlyData = Struct()
