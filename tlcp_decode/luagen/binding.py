"""The TLCP wiring of the generic generator: which schemas play which role. Nothing else.

Every field, label, filter name and value table comes from the schemas and the registry; this
module only says which top-level structs are the record header, the handshake and so on.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING

from tlcp_decode import registry
from tlcp_decode.schema import (
    extensions,
    handshake,
    hello,
    key_exchange,
    record,
    tls13,
    tls_extensions,
)
from tlcp_decode.tlcp.parser import DEFAULT_MAX_HANDSHAKE

if TYPE_CHECKING:  # the generators print from the IR; construct is only a type here
    import construct as c


@dataclass(frozen=True)
class RecordLayerBinding:
    """A TLS-family record layer: records of (type, version, length) and handshake messages."""

    proto: str  # Wireshark protocol filter name
    description: str
    short_name: str
    record_header: c.Struct  # content type, version, length
    record_fields: tuple[str, str, str]  # member names of type, version, length
    content_types: c.Enum  # whose symbols include the four roles below
    roles: dict[str, str]  # role -> symbol of content_types
    handshake_header: c.Struct  # type and length
    handshake_fields: tuple[str, str]  # member names of type and length
    handshake: c.Struct  # the whole message, header included
    alert: c.Struct
    alert_fields: tuple[str, str]  # level, description
    change_cipher_spec: c.Struct
    heuristic_version: int  # the record version the heuristic accepts
    max_record_length: int
    max_handshake_length: int
    #: after a handshake message of this type, set the parse parameter ``state_param`` to
    #: ``state_table[value at state_path]`` for the rest of the connection
    state_message: str
    state_path: tuple[str, ...]
    state_param: str
    state_table: dict[int, str]
    schema_modules: tuple[ModuleType, ...]  # where to find names for value tables and structs
    #: record versions of the TLS the runtime hands to Wireshark's tls dissector
    tls_record_versions: tuple[int, ...]
    #: TLS value tables the runtime names in Wireshark's TLS handshakes, and their ShangMi values
    named_groups: c.Enum
    signature_schemes: c.Enum
    sm_groups: frozenset[int]
    sm_schemes: frozenset[int]


def tlcp_binding() -> RecordLayerBinding:
    return RecordLayerBinding(
        proto="tlcp",
        description="Transport Layer Cryptographic Protocol (GB/T 38636-2020)",
        short_name="TLCP",
        record_header=record.RecordHeader,
        record_fields=("content_type", "version", "length"),
        content_types=record.ContentType,
        roles={
            "change_cipher_spec": "change_cipher_spec",
            "alert": "alert",
            "handshake": "handshake",
            "application_data": "application_data",
        },
        handshake_header=handshake.HandshakeHeader,
        handshake_fields=("msg_type", "length"),
        handshake=handshake.Handshake,
        alert=record.Alert,
        alert_fields=("level", "description"),
        change_cipher_spec=record.ChangeCipherSpec,
        heuristic_version=record.TLCP_VERSION,
        max_record_length=record.MAX_RECORD_LENGTH,
        max_handshake_length=DEFAULT_MAX_HANDSHAKE,
        state_message="server_hello",
        state_path=("body", "cipher_suite"),
        state_param="key_exchange",
        state_table={s.id: s.message_layout for s in registry.CIPHER_SUITES},
        schema_modules=(record, handshake, hello, key_exchange, extensions, tls_extensions,
                        tls13),
        tls_record_versions=tuple(sorted(record.TLS_VERSIONS)),
        named_groups=tls_extensions.NamedGroup,
        signature_schemes=tls_extensions.SignatureScheme,
        sm_groups=frozenset(g.id for g in registry.NAMED_GROUPS if g.sm),
        sm_schemes=frozenset(s.id for s in registry.SIGNATURE_SCHEMES if s.sm),
    )
