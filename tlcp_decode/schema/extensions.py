"""Hello extensions (RFC 5246 7.4.1.4, RFC 6066, RFC 5077, RFC 5746): the type table and the
bodies TLCP stacks send; the TLS 1.3 bodies and the per-message lists are in ``tls_extensions``.

GB/T 38636-2020 lists none, but real TLCP stacks send them: GmSSL sends server_name, Tongsuo
server_name and session_ticket (type 35), and renegotiation_info is common.
"""

from __future__ import annotations

from construct import GreedyBytes, Int8ub, Int16ub, Prefixed, Struct

from tlcp_decode.schema.meta import ExactRange, Trailing, field, values

ExtensionType = values(
    Int16ub,
    {
        "server_name": 0,
        "max_fragment_length": 1,
        "client_certificate_url": 2,
        "trusted_ca_keys": 3,
        "truncated_hmac": 4,
        "status_request": 5,
        "supported_groups": 10,
        "ec_point_formats": 11,
        "signature_algorithms": 13,
        "use_srtp": 14,
        "heartbeat": 15,
        "application_layer_protocol_negotiation": 16,
        "status_request_v2": 17,
        "signed_certificate_timestamp": 18,
        "client_certificate_type": 19,
        "server_certificate_type": 20,
        "padding": 21,
        "encrypt_then_mac": 22,
        "extended_master_secret": 23,
        "token_binding": 24,
        "cached_info": 25,
        "compress_certificate": 27,
        "record_size_limit": 28,
        "delegated_credential": 34,
        "session_ticket": 35,
        "pre_shared_key": 41,
        "early_data": 42,
        "supported_versions": 43,
        "cookie": 44,
        "psk_key_exchange_modes": 45,
        "certificate_authorities": 47,
        "oid_filters": 48,
        "post_handshake_auth": 49,
        "signature_algorithms_cert": 50,
        "key_share": 51,
        "quic_transport_parameters": 57,
        "application_settings": 17513,
        "encrypted_client_hello": 0xFE0D,
        "renegotiation_info": 0xFF01,
    },
    display={16: "Application Layer Protocol Negotiation", 18: "Signed Certificate Timestamp"},
    titles=False,
)

ServerName = Struct(
    field("name_type", values(Int8ub, {"host_name": 0}, titles=False), "Server Name Type",
          "handshake.extensions_server_name_type"),
    field("name", Prefixed(field("name_length", Int16ub, "Server Name Length",
                                 "handshake.extensions_server_name_len"), GreedyBytes),
          "Server Name", "handshake.extensions_server_name", base="string"),
)

# A client sends a ServerNameList; a server that accepted the name answers with empty data.
ServerNameList = Trailing(
    Prefixed(field("list_length", Int16ub, "Server Name List Length",
                   "handshake.extensions_server_name_list_len"),
             ExactRange(field("server_name", ServerName, "Server Name Indication"))),
)

RenegotiationInfo = Prefixed(
    field("renegotiated_length", Int8ub, "Renegotiation Info Length",
          "handshake.extensions_reneg_info_len"),
    GreedyBytes,
)
