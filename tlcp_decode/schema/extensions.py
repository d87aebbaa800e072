"""Hello extensions (RFC 5246 7.4.1.4, RFC 6066, RFC 5077, RFC 5746).

GB/T 38636-2020 lists none, but real TLCP stacks send them: GmSSL sends server_name, Tongsuo
server_name and session_ticket (type 35), and renegotiation_info is common.
"""

from __future__ import annotations

from construct import GreedyBytes, Int8ub, Int16ub, Prefixed, Struct, Switch, this

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
        "signed_certificate_timestamp": 18,
        "padding": 21,
        "encrypt_then_mac": 22,
        "extended_master_secret": 23,
        "session_ticket": 35,
        "supported_versions": 43,
        "renegotiation_info": 0xFF01,
    },
    display={16: "Application Layer Protocol Negotiation", 18: "Signed Certificate Timestamp"},
    titles=False,
)

#: TLS NamedGroup values a TLCP stack may name; 41 is curveSM2 (RFC 8998), the SM2 curve.
NamedGroup = values(
    Int16ub,
    {"sm2p256v1": 41, "secp256r1": 23, "secp384r1": 24, "secp521r1": 25, "x25519": 29},
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

Extension = Struct(
    field("type", ExtensionType, "Type", "handshake.extension.type"),
    field(
        "data",
        Prefixed(
            field("length", Int16ub, "Length", "handshake.extension.len"),
            Switch(
                this.type,
                {
                    "server_name": ServerNameList,
                    "renegotiation_info": RenegotiationInfo,
                },
                default=GreedyBytes,
            ),
        ),
        "Data", "handshake.extension.data",
    ),
)

Extensions = Trailing(
    Prefixed(
        field("extensions_length", Int16ub, "Extensions Length", "handshake.extensions_length"),
        ExactRange(field("extension", Extension, "Extension")),
    )
)
