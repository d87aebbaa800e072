"""TLS hello and TLS 1.3 extension bodies (RFC 8446 4.2, RFC 6066, RFC 7301, RFC 8422, RFC 8998).

An extension's body depends on the message carrying it: ``key_share`` is a list of shares in
ClientHello, one share in ServerHello and only the chosen group in a HelloRetryRequest;
``supported_versions`` and ``pre_shared_key`` also differ. So each message has its own
extension list, built by ``extension_list`` from one table of bodies per message.
"""

from __future__ import annotations

from construct import (
    GreedyBytes,
    Int8ub,
    Int16ub,
    Int32ub,
    Prefixed,
    Select,
    Struct,
    Switch,
    Terminated,
    this,
)

from tlcp_decode import registry
from tlcp_decode.schema.extensions import ExtensionType, RenegotiationInfo, ServerNameList
from tlcp_decode.schema.meta import ExactRange, Trailing, field, values

NamedGroup = values(Int16ub, {g.name: g.id for g in registry.NAMED_GROUPS}, titles=False)
SignatureScheme = values(Int16ub, {s.name: s.id for s in registry.SIGNATURE_SCHEMES},
                         titles=False)
#: supported_versions values: the record versions and TLS 1.3 (RFC 8446 4.2.1).
SupportedVersion = values(
    Int16ub,
    {"TLCP": 0x0101, "SSLv3": 0x0300, "TLSv1_0": 0x0301, "TLSv1_1": 0x0302, "TLSv1_2": 0x0303,
     "TLSv1_3": 0x0304},
    display={v: registry.PROTOCOL_VERSIONS[v] for v in registry.PROTOCOL_VERSIONS},
)
PskKeyExchangeMode = values(Int8ub, {"psk_ke": 0, "psk_dhe_ke": 1}, titles=False)
ECPointFormat = values(
    Int8ub, {"uncompressed": 0, "ansiX962_compressed_prime": 1, "ansiX962_compressed_char2": 2},
    titles=False)

NamedGroupList = Prefixed(
    field("supported_groups_length", Int16ub, "Supported Groups List Length",
          "handshake.extensions_supported_groups_length"),
    ExactRange(field("supported_group", NamedGroup, "Supported Group",
                     "handshake.extensions_supported_group")),
)

SignatureSchemeList = Prefixed(
    field("signature_algorithms_length", Int16ub, "Signature Hash Algorithms Length",
          "handshake.sig_hash_alg_len"),
    ExactRange(field("signature_algorithm", SignatureScheme, "Signature Algorithm",
                     "handshake.sig_hash_alg")),
)

ProtocolName = Prefixed(
    field("alpn_string_length", Int8ub, "ALPN string length", "handshake.extensions_alpn_str_len"),
    GreedyBytes,
)

ProtocolNameList = Prefixed(
    field("alpn_extension_length", Int16ub, "ALPN Extension Length",
          "handshake.extensions_alpn_len"),
    ExactRange(field("alpn_protocol", ProtocolName, "ALPN Next Protocol",
                     "handshake.extensions_alpn_str", base="string")),
)

KeyShareEntry = Struct(
    field("group", NamedGroup, "Group", "handshake.extensions_key_share_group"),
    field("key_exchange",
          Prefixed(field("key_exchange_length", Int16ub, "Key Exchange Length",
                         "handshake.extensions_key_share_key_exchange_length"), GreedyBytes),
          "Key Exchange", "handshake.extensions_key_share_key_exchange"),
)

ClientKeyShare = Prefixed(
    field("client_shares_length", Int16ub, "Client Key Share Length",
          "handshake.extensions_key_share_client_length"),
    ExactRange(field("key_share_entry", KeyShareEntry, "Key Share Entry")),
)

# ServerHello: the server's share; HelloRetryRequest: only the group it wants (RFC 8446 4.2.8).
ServerKeyShare = Select(
    Struct(field("server_share", KeyShareEntry, "Key Share Entry"), Terminated),
    Struct(field("selected_group", NamedGroup, "Selected Group",
                 "handshake.extensions_key_share_selected_group"), Terminated),
)

ClientSupportedVersions = Prefixed(
    field("supported_versions_length", Int8ub, "Supported Versions length",
          "handshake.extensions.supported_versions_len"),
    ExactRange(field("supported_version", SupportedVersion, "Supported Version",
                     "handshake.extensions.supported_version")),
)

ServerSupportedVersion = field("selected_version", SupportedVersion, "Supported Version",
                               "handshake.extensions.supported_version")

PskIdentity = Struct(
    field("identity", Prefixed(field("identity_length", Int16ub, "Identity Length",
                                     "handshake.extensions.psk.identity.identity_length"),
                               GreedyBytes),
          "Identity", "handshake.extensions.psk.identity.identity"),
    field("obfuscated_ticket_age", Int32ub, "Obfuscated Ticket Age",
          "handshake.extensions.psk.identity.obfuscated_ticket_age"),
)

OfferedPsks = Struct(
    field("identities",
          Prefixed(field("identities_length", Int16ub, "Identities Length",
                         "handshake.extensions.psk.identities.length"),
                   ExactRange(field("identity", PskIdentity, "PSK Identity"))),
          "PSK Identities", "handshake.extensions.psk.identities"),
    field("binders",
          Prefixed(field("binders_length", Int16ub, "PSK Binders length",
                         "handshake.extensions.psk.binders_len"),
                   ExactRange(field("binder",
                                    Prefixed(field("binder_length", Int8ub, "Binder length",
                                                   "handshake.extensions.psk.binder.binder_length"),
                                             GreedyBytes),
                                    "PSK Binder", "handshake.extensions.psk.binder"))),
          "PSK Binders", "handshake.extensions.psk.binders"),
)

SelectedIdentity = field("selected_identity", Int16ub, "Selected Identity",
                         "handshake.extensions.psk.identity.selected")

PskKeyExchangeModes = Prefixed(
    field("psk_ke_modes_length", Int8ub, "PSK Key Exchange Modes Length",
          "handshake.extensions.psk_ke_modes_length"),
    ExactRange(field("psk_ke_mode", PskKeyExchangeMode, "PSK Key Exchange Mode",
                     "handshake.extensions.psk_ke_mode")),
)

ECPointFormats = Prefixed(
    field("ec_point_formats_length", Int8ub, "EC point formats Length",
          "handshake.extensions_ec_point_formats_length"),
    ExactRange(field("ec_point_format", ECPointFormat, "EC point format",
                     "handshake.extensions_ec_point_format")),
)

Cookie = Prefixed(field("cookie_length", Int16ub, "Cookie length",
                        "handshake.extensions.cookie_len"), GreedyBytes)

# NewSessionTicket's early_data: how much 0-RTT data the ticket allows (RFC 8446 4.2.10).
MaxEarlyDataSize = Trailing(field("max_early_data_size", Int32ub, "Maximum Early Data Size",
                                  "handshake.early_data.max_early_data_size"))

DistinguishedNames = Prefixed(
    field("distinguished_names_length", Int16ub, "Distinguished Names Length",
          "handshake.dnames_len"),
    ExactRange(field("distinguished_name",
                     Prefixed(field("distinguished_name_length", Int16ub,
                                    "Distinguished Name Length", "handshake.dname_len"),
                              GreedyBytes),
                     "Distinguished Name", "handshake.dname")),
)


def extension_list(cases: dict[str, object]) -> object:
    """``Extension extensions<0..2^16-1>`` whose bodies are read by ``cases`` (by type name);
    other types are kept as bytes. The list is absent when no bytes follow (old hellos)."""
    extension = Struct(
        field("type", ExtensionType, "Type", "handshake.extension.type"),
        field("data",
              Prefixed(field("length", Int16ub, "Length", "handshake.extension.len"),
                       Switch(this.type, cases, default=GreedyBytes)),
              "Data", "handshake.extension.data"),
    )
    return Trailing(
        Prefixed(
            field("extensions_length", Int16ub, "Extensions Length",
                  "handshake.extensions_length"),
            ExactRange(field("extension", extension, "Extension")),
        )
    )


ClientHelloExtensions = extension_list({
    "server_name": ServerNameList,
    "renegotiation_info": RenegotiationInfo,
    "supported_groups": NamedGroupList,
    "ec_point_formats": ECPointFormats,
    "signature_algorithms": SignatureSchemeList,
    "signature_algorithms_cert": SignatureSchemeList,
    "application_layer_protocol_negotiation": ProtocolNameList,
    "supported_versions": ClientSupportedVersions,
    "key_share": ClientKeyShare,
    "pre_shared_key": OfferedPsks,
    "psk_key_exchange_modes": PskKeyExchangeModes,
    "cookie": Cookie,
})

# ServerHello and HelloRetryRequest (RFC 8446 4.1.3, 4.1.4); TLS 1.2 servers' extensions too.
ServerHelloExtensions = extension_list({
    "server_name": ServerNameList,
    "renegotiation_info": RenegotiationInfo,
    "ec_point_formats": ECPointFormats,
    "application_layer_protocol_negotiation": ProtocolNameList,
    "supported_versions": ServerSupportedVersion,
    "key_share": ServerKeyShare,
    "pre_shared_key": SelectedIdentity,
    "cookie": Cookie,
})

EncryptedExtensionsList = extension_list({
    "server_name": ServerNameList,
    "supported_groups": NamedGroupList,
    "application_layer_protocol_negotiation": ProtocolNameList,
})

CertificateRequestExtensions = extension_list({
    "signature_algorithms": SignatureSchemeList,
    "signature_algorithms_cert": SignatureSchemeList,
    "certificate_authorities": DistinguishedNames,
})

NewSessionTicketExtensions = extension_list({"early_data": MaxEarlyDataSize})

# Per-certificate extensions (OCSP status, SCTs) are kept as bytes.
CertificateEntryExtensions = extension_list({})
