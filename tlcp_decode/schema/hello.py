"""Hello messages, Certificate, CertificateRequest, Finished and the messages beside the standard.

GB/T 38636-2020 6.4.5.2 to 6.4.5.10; NewSessionTicket is RFC 5077 3.3 (sent by Tongsuo).
"""

from __future__ import annotations

from construct import (
    Bytes,
    GreedyBytes,
    Int8ub,
    Int16ub,
    Int24ub,
    Int32ub,
    Prefixed,
    Select,
    Struct,
    Terminated,
)

from tlcp_decode import registry
from tlcp_decode.schema.meta import ExactRange, field, values
from tlcp_decode.schema.record import ProtocolVersion
from tlcp_decode.schema.tls_extensions import (
    ClientHelloExtensions,
    ServerHelloExtensions,
    SignatureSchemeList,
)

CipherSuite = values(
    Int16ub,
    {name: suite_id for suite_id, name in registry.suite_names().items()},
    titles=False,
)

CompressionMethod = values(Int8ub, {"null": 0, "DEFLATE": 1}, titles=False)

Random = Struct(
    field("gmt_unix_time", Int32ub, "GMT Unix Time", "handshake.random_time"),
    field("random_bytes", Bytes(28), "Random Bytes", "handshake.random_bytes"),
)

SessionID = Prefixed(
    field("session_id_length", Int8ub, "Session ID Length", "handshake.session_id_length"),
    GreedyBytes,
)

ClientHello = Struct(
    field("client_version", ProtocolVersion, "Version", "handshake.version"),
    field("random", Random, "Random", "handshake.random"),
    field("session_id", SessionID, "Session ID", "handshake.session_id"),
    field(
        "cipher_suites",
        Prefixed(
            field("cipher_suites_length", Int16ub, "Cipher Suites Length",
                  "handshake.cipher_suites_length"),
            ExactRange(field("cipher_suite", CipherSuite, "Cipher Suite", "handshake.ciphersuite")),
        ),
        "Cipher Suites", "handshake.ciphersuites",
    ),
    field(
        "compression_methods",
        Prefixed(
            field("compression_methods_length", Int8ub, "Compression Methods Length",
                  "handshake.comp_methods_length"),
            ExactRange(field("compression_method", CompressionMethod, "Compression Method",
                             "handshake.comp_method")),
        ),
        "Compression Methods", "handshake.comp_methods",
    ),
    field("extensions", ClientHelloExtensions, "Extensions"),
)

ServerHello = Struct(
    field("server_version", ProtocolVersion, "Version", "handshake.version"),
    field("random", Random, "Random", "handshake.random"),
    field("session_id", SessionID, "Session ID", "handshake.session_id"),
    field("cipher_suite", CipherSuite, "Cipher Suite", "handshake.ciphersuite"),
    field("compression_method", CompressionMethod, "Compression Method", "handshake.comp_method"),
    field("extensions", ServerHelloExtensions, "Extensions"),
)

#: the X.500 attribute type whose values are DistinguishedNames (X.520): how Wireshark's BER
#: dissector table knows that ASN.1 type
ID_AT_DISTINGUISHED_NAME = "2.5.4.49"

ASN1Cert = Prefixed(
    field("certificate_length", Int24ub, "Certificate Length", "handshake.certificate_length"),
    GreedyBytes,
)

# TLCP order: signing certificate, encryption certificate, then the CA chain (6.4.5.3).
Certificate = Struct(
    field(
        "certificate_list",
        Prefixed(
            field("certificates_length", Int24ub, "Certificates Length",
                  "handshake.certificates_length"),
            ExactRange(field("certificate", ASN1Cert, "Certificate", "handshake.certificate",
                             der="Certificate")),
        ),
        "Certificates", "handshake.certificates",
    ),
)

ClientCertificateType = values(
    Int8ub, {"rsa_sign": 1, "dss_sign": 2, "rsa_fixed_dh": 3, "dss_fixed_dh": 4, "ecdsa_sign": 64,
             "rsa_fixed_ecdh": 65, "ecdsa_fixed_ecdh": 66, "ibc_params": 80},
    display={1: "RSA Sign", 2: "DSS Sign", 64: "ECDSA Sign (SM2)", 80: "IBC Params"},
)

DistinguishedName = Prefixed(
    field("distinguished_name_length", Int16ub, "Distinguished Name Length",
          "handshake.dname_len"),
    GreedyBytes,
)

CertificateRequest = Struct(
    field(
        "certificate_types",
        Prefixed(
            field("certificate_types_count", Int8ub, "Certificate Types Count",
                  "handshake.cert_types_count"),
            ExactRange(field("certificate_type", ClientCertificateType, "Certificate Type",
                             "handshake.cert_type")),
        ),
        "Certificate Types", "handshake.cert_types",
    ),
    field(
        "certificate_authorities",
        Prefixed(
            field("distinguished_names_length", Int16ub, "Distinguished Names Length",
                  "handshake.dnames_len"),
            ExactRange(field("distinguished_name", DistinguishedName, "Distinguished Name",
                             "handshake.dname", der=ID_AT_DISTINGUISHED_NAME)),
        ),
        "Distinguished Names", "handshake.dnames",
    ),
)

# TLS 1.2 (RFC 5246 7.4.4) lists the signature schemes it accepts; TLS 1.0 and 1.1 do not.
_TLSCertificateTypes = CertificateRequest.subcons[0]
_TLSAuthorities = CertificateRequest.subcons[1]
CertificateRequestTLS = Select(
    Struct(_TLSCertificateTypes,
           field("supported_signature_algorithms", SignatureSchemeList, "Signature Hash Algorithms",
                 "handshake.sig_hash_algs"),
           _TLSAuthorities, Terminated),
    Struct(_TLSCertificateTypes, _TLSAuthorities, Terminated),
)

ServerHelloDone = Struct()
HelloRequest = Struct()

Finished = Struct(
    field("verify_data", Bytes(12), "Verify Data", "handshake.verify_data"),
)

NewSessionTicket = Struct(
    field("ticket_lifetime_hint", Int32ub, "Session Ticket Lifetime Hint",
          "handshake.session_ticket_lifetime_hint"),
    field(
        "ticket",
        Prefixed(field("ticket_length", Int16ub, "Session Ticket Length",
                       "handshake.session_ticket_length"), GreedyBytes),
        "Session Ticket", "handshake.session_ticket",
    ),
)
