"""Assemble the Wireshark Lua plugin: generated schema functions plus the record-layer runtime.

The runtime (``runtime.lua`` beside this module, plain Lua) is a TLS-family record layer: it
frames records over TCP (with reassembly), joins handshake messages split over records, tracks
ChangeCipherSpec per direction and the one parse parameter a handshake message fixes for the
connection. Every constant, table and function it takes from the schemas comes from the ``B``
table written here from a :class:`~tlcp_decode.luagen.binding.RecordLayerBinding`.
"""

from __future__ import annotations

from importlib import resources

from tlcp_decode import registry
from tlcp_decode.luagen.binding import RecordLayerBinding, tlcp_binding
from tlcp_decode.luagen.codegen import (
    METHOD_LOCALS,
    FieldSpec,
    Generator,
    LuaGenError,
    lower_all,
    lua_string,
    prelude_source,
    protofield_source,
)
from tlcp_decode.schema import ir

#: Items the runtime adds around the schema items: (suffix, label, kind).
RUNTIME_FIELDS: tuple[tuple[str, str, str, str], ...] = (
    ("record", "Record Layer", "none", "One record (header and fragment)"),
    ("handshake", "Handshake Protocol", "none", "One handshake message"),
    ("handshake.fragment", "Handshake Fragment", "bytes",
     "Part of a handshake message continued in a later record"),
    ("handshake.encrypted", "Encrypted Handshake Message", "bytes",
     "A handshake record after this direction's ChangeCipherSpec"),
    ("change_cipher_spec.encrypted", "Encrypted Change Cipher Spec", "bytes",
     "A renegotiation's ChangeCipherSpec, protected by the keys in use"),
    ("alert_message", "Alert Message", "none", "An alert record"),
    ("alert_message.encrypted", "Encrypted Alert", "bytes",
     "An alert after this direction's ChangeCipherSpec"),
    ("app_data", "Encrypted Application Data", "bytes", "The fragment of an application data record"),
    ("ignored", "Ignored Unknown Record", "bytes", "Bytes that do not start a valid record"),
    ("continuation", "Continuation Data", "bytes",
     "Bytes continuing a record whose start is not in the capture (after a capture hole)"),
    ("key_exchange", "Key Exchange", "string",
     "The key exchange of the suite the ServerHello chose (augment mode)"),
    ("certificate.role", "Certificate Role", "string",
     "sign, enc or CA: the place of a certificate in a TLCP Certificate message (augment mode)"),
    ("certificate.key", "Certificate Key", "string",
     "The certificate's public key type, as its SubjectPublicKeyInfo says (augment mode)"),
)

#: Expert infos: (suffix, text, group, severity).
EXPERTS: tuple[tuple[str, str, str, str, str], ...] = (
    ("malformed", "malformed", "Malformed message", "MALFORMED", "ERROR"),
    ("trailing", "trailing", "Bytes left over", "MALFORMED", "WARN"),
    ("unknown", "unknown", "No layout for this value", "UNDECODED", "WARN"),
    ("content_type", "record.unknown_content_type", "Unknown content type", "MALFORMED", "ERROR"),
    ("version", "record.unknown_version", "Unknown record version", "MALFORMED", "ERROR"),
    ("too_long", "record.too_long", "Record longer than allowed", "MALFORMED", "ERROR"),
    ("past_end", "record.past_end", "Record continues past the end of the data", "MALFORMED",
     "ERROR"),
    ("interrupted", "handshake.interrupted", "Handshake message interrupted", "MALFORMED",
     "ERROR"),
    ("hs_too_long", "handshake.too_long", "Handshake message longer than allowed", "MALFORMED",
     "ERROR"),
    ("internal", "internal_error", "Dissector error", "MALFORMED", "ERROR"),
    ("key_mismatch", "certificate.key_mismatch", "Certificate key does not fit the key exchange",
     "PROTOCOL", "WARN"),
    ("tls_sm", "tls.shangmi", "ShangMi algorithm in a TLS handshake (RFC 8998)", "PROTOCOL",
     "CHAT"),
    ("tls_unnamed", "tls.unnamed", "Registry name of a value Wireshark does not name",
     "PROTOCOL", "NOTE"),
)


def _member_enum(struct: ir.Node, name: str) -> ir.EnumTable:
    if isinstance(struct, ir.Struct):
        for sub in struct.members:
            sname, _, inner = ir.unwrap(sub)
            if sname == name and isinstance(inner, ir.Int) and inner.enum is not None:
                return inner.enum
    raise LuaGenError(f"binding: member {name!r} is missing or has no value table")


def _enum(node: ir.Node, role: str) -> ir.EnumTable:
    if not isinstance(node, ir.Int) or node.enum is None:
        raise LuaGenError(f"binding: {role} must be a value table")
    return node.enum


def _struct(node: ir.Node, role: str) -> ir.Struct:
    if not isinstance(node, ir.Struct) or node.static_size is None and role.endswith("header"):
        raise LuaGenError(f"binding: the {role} must be a struct (of a fixed size if a header)")
    return node


def _kx_certificates() -> str:
    """Lua table: key exchange -> {key = certificate key type, server = roles, client = roles}."""
    def roles(names: tuple[str, ...]) -> str:
        return "{" + ", ".join(lua_string(n) for n in names) + "}"

    rows = [f"[{lua_string(str(r.key_exchange))}] = {{key = {lua_string(str(r.key_type))}, "
            f"server = {roles(r.server)}, client = {roles(r.client)}}}"
            for r in registry.KEY_EXCHANGE_CERTIFICATES]
    return "{" + ", ".join(rows) + "}"


def hs_type_enum(builder: PluginBuilder) -> ir.EnumTable:
    return _member_enum(builder.handshake_header, builder.b.handshake_fields[0])


class PluginBuilder:
    """Generates the whole plugin text for one binding; also exposes the field list."""

    def __init__(self, binding: RecordLayerBinding | None = None) -> None:
        self.b = binding or tlcp_binding()
        nodes = lower_all({
            "record_header": self.b.record_header, "handshake": self.b.handshake,
            "alert": self.b.alert, "change_cipher_spec": self.b.change_cipher_spec,
            "handshake_header": self.b.handshake_header, "content_types": self.b.content_types,
            "named_groups": self.b.named_groups, "signature_schemes": self.b.signature_schemes,
        }, ir.module_names(self.b.schema_modules))
        record_header = _struct(nodes["record_header"], "record header")
        self.handshake_header = _struct(nodes["handshake_header"], "handshake header")
        alert = _struct(nodes["alert"], "alert")
        content_types = _enum(nodes["content_types"], "content_types")
        self.gen = Generator(self.b.proto)
        b = self.gen
        for suffix, label, kind, desc in RUNTIME_FIELDS:
            b.add_field(FieldSpec(f"{self.b.proto}.{suffix}", label, kind, "NONE", None, desc))
        self.fn_record = b.function_for(record_header, "RecordHeader")
        self.fn_handshake = b.function_for(nodes["handshake"], "Handshake")
        self.fn_alert = b.function_for(alert, "Alert")
        self.fn_ccs = b.function_for(nodes["change_cipher_spec"], "ChangeCipherSpec")
        self.reader_hs = b.reader_for(self.handshake_header, "HandshakeHeader")
        self.unpack_record, self.record_members = b.unpacker_for(record_header, "RecordHeader")
        self.items_record = b.items_for(record_header, "RecordHeader")
        self.functions = b.generate()
        self.vs_content = b.value_table(content_types, "ContentType")
        self.vs_version = b.value_table(
            _member_enum(record_header, self.b.record_fields[1]), "Version")
        hs_type = _member_enum(self.handshake_header, self.b.handshake_fields[0])
        self.vs_hs_type = b.value_table(hs_type, "HandshakeType")
        self.vs_level = b.value_table(_member_enum(alert, self.b.alert_fields[0]), "Level")
        self.vs_desc = b.value_table(_member_enum(alert, self.b.alert_fields[1]), "Description")
        self.state_type = hs_type.value_of(self.b.state_message)
        self.roles = {role: content_types.value_of(sym)
                      for role, sym in self.b.roles.items()}
        self.vs_groups = b.value_table(_enum(nodes["named_groups"], "named_groups"))
        self.vs_schemes = b.value_table(_enum(nodes["signature_schemes"], "signature_schemes"))
        for suffix, label, table, desc in (
                ("tls.named_group", "Named Group", self.vs_groups,
                 "A TLS named group by its registry name, where Wireshark's TLS dissector has "
                 "none or an outdated one, or a ShangMi group"),
                ("tls.signature_scheme", "Signature Scheme", self.vs_schemes,
                 "A TLS signature scheme by its registry name, where Wireshark's TLS dissector "
                 "has none or an outdated one, or a ShangMi scheme")):
            b.add_field(FieldSpec(f"{self.b.proto}.{suffix}", label, "uint16", "HEX", table, desc))
        self.record_header_size = record_header.static_size
        self.handshake_header_size = self.handshake_header.static_size

    @property
    def fields(self) -> list[FieldSpec]:
        return list(self.gen.fields.values())

    def _header(self) -> list[str]:
        b = self.b
        out = [
            f"-- {b.short_name} dissector for Wireshark: {b.description}.",
            "-- GENERATED by `python -m tlcp_decode.luagen` from the construct schemas and the",
            "-- cipher-suite registry. Do not edit: change the schemas and regenerate.",
            "-- Works with Wireshark 4.0 (Lua 5.2) and 4.4+ (Lua 5.4).",
            "",
            f"local proto = Proto({lua_string(b.proto)}, {lua_string(b.description)})",
            "",
            "-- value tables",
            "local VS = {}",
        ]
        for name, table in self.gen.tables.items():
            items = ", ".join(f"[{k}] = {lua_string(v)}" for k, v in sorted(table.items()))
            out.append(f"VS[{lua_string(name)}] = {{{items}}}")
        out += ["", "-- fields", "local F = {}", "local FIELD_LIST = {}"]
        for spec in self.gen.fields.values():
            out.append(f"F[{lua_string(spec.abbrev)}] = {protofield_source(spec)}")
            out.append(f"FIELD_LIST[#FIELD_LIST + 1] = F[{lua_string(spec.abbrev)}]")
        out += ["proto.fields = FIELD_LIST", "", "-- expert infos", "local E = {}",
                "local EXPERT_LIST = {}"]
        for key, suffix, text, group, severity in EXPERTS:
            out.append(f"E.{key} = ProtoExpert.new({lua_string(b.proto + '.' + suffix)}, "
                       f"{lua_string(text)}, expert.group.{group}, expert.severity.{severity})")
            out.append(f"EXPERT_LIST[#EXPERT_LIST + 1] = E.{key}")
        out += ["proto.experts = EXPERT_LIST", ""]
        return out

    def binding_source(self) -> list[str]:
        """The ``B`` table the runtime reads: every constant, table and function it takes from
        the schemas and the registry."""
        b = self.b
        local_of = dict(zip(b.record_fields, ("ct", "version", "length"), strict=True))
        missing = set(b.record_fields) - set(self.record_members)
        if missing:
            raise LuaGenError(f"binding: record header has no member(s) {sorted(missing)}")
        state_table = ", ".join(f"[{k}] = {lua_string(v)}" for k, v in sorted(b.state_table.items()))
        state_path = "".join(f"[{lua_string(p)}]" for p in b.state_path)
        state_guard = " and ".join(
            ["v"] + [f"v{''.join(f'[{lua_string(q)}]' for q in b.state_path[:i + 1])}"
                     for i in range(len(b.state_path) - 1)])
        hs_types = hs_type_enum(self)

        def table(pairs: dict[str, str]) -> str:
            return "{" + ", ".join(f"{k} = {v}" for k, v in pairs.items()) + "}"

        return [
            "-- the binding of the record-layer runtime below to the schemas and the registry",
            "local B = {}",
            f"B.proto, B.short = {lua_string(b.proto)}, {lua_string(b.short_name)}",
            f"B.record_header_size, B.handshake_header_size = {self.record_header_size}, "
            f"{self.handshake_header_size}",
            f"B.max_record, B.max_handshake = {b.max_record_length}, {b.max_handshake_length}",
            f"B.heuristic_version = {b.heuristic_version}",
            "B.content_types = " + table({role: str(v) for role, v in self.roles.items()}),
            "B.handshake_types = " + table({
                name: str(hs_types.value_of(name))
                for name in ("server_key_exchange", "client_key_exchange", "certificate")}),
            "B.handshake_fields = " + table({"type": lua_string(b.handshake_fields[0]),
                                             "length": lua_string(b.handshake_fields[1])}),
            "B.alert_fields = " + table({"level": lua_string(b.alert_fields[0]),
                                         "description": lua_string(b.alert_fields[1])}),
            f"B.state_type, B.state_param = {self.state_type}, {lua_string(b.state_param)}",
            "B.state_table = {" + state_table + "}",
            "function B.state_value(v)",
            f"  return ({state_guard}) and v{state_path}",
            "end",
            f"B.kx_certificates = {_kx_certificates()}",
            f"B.vs_content_type = VS[{lua_string(self.vs_content)}]",
            f"B.vs_version = VS[{lua_string(self.vs_version)}]",
            f"B.vs_handshake_type = VS[{lua_string(self.vs_hs_type)}]",
            f"B.vs_alert_level = VS[{lua_string(self.vs_level)}]",
            f"B.vs_alert_description = VS[{lua_string(self.vs_desc)}]",
            f"B.record_header, B.record_header_items = {self.fn_record}, {self.items_record}",
            f"B.read_handshake_header = {self.reader_hs}",
            f"B.handshake, B.alert = {self.fn_handshake}, {self.fn_alert}",
            f"B.change_cipher_spec = {self.fn_ccs}",
            f"B.tls_versions = {{min = {min(b.tls_record_versions)}, "
            f"max = {max(b.tls_record_versions)}}}",
            f"B.vs_named_group = VS[{lua_string(self.vs_groups)}]",
            f"B.vs_signature_scheme = VS[{lua_string(self.vs_schemes)}]",
            "B.sm_groups = {" + ", ".join(f"[{v}] = true" for v in sorted(b.sm_groups)) + "}",
            "B.sm_schemes = {" + ", ".join(f"[{v}] = true" for v in sorted(b.sm_schemes)) + "}",
            "function B.read_record_header(tvb, off)",
            f"  local {', '.join(local_of.get(m, '_') for m in self.record_members)} = "
            f"{self.unpack_record}(TVB_raw(tvb, off, {self.record_header_size}), 1)",
            "  return ct, version, length",
            "end",
        ]

    def lua(self) -> str:
        parts = self._header() + [
            "-- schema functions: (tvb, offset, limit, tree, ctx, this) -> new_offset, values",
            "-- or nil, error. tree == nil parses without adding items.",
            "local D, R = {}, {}",
            *METHOD_LOCALS,
            "",
            prelude_source().rstrip("\n"),
            "",
            self.functions,
            "",
            *self.binding_source(),
            "",
            runtime_source().rstrip("\n"),
            "",
        ]
        return "\n".join(parts)


def runtime_source() -> str:
    """The record-layer runtime (``runtime.lua``, shipped as package data)."""
    return resources.files("tlcp_decode.luagen").joinpath("runtime.lua").read_text(
        encoding="utf-8")
