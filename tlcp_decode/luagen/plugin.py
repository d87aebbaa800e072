"""Assemble the Wireshark Lua plugin: generated schema functions plus the record-layer runtime.

The runtime (``_RUNTIME``) is a TLS-family record layer: it frames records over TCP (with
reassembly), joins handshake messages split over records, tracks ChangeCipherSpec per direction
and the one parse parameter a handshake message fixes for the connection. Every constant it
uses is substituted from a :class:`~tlcp_decode.luagen.binding.RecordLayerBinding`.
"""

from __future__ import annotations

from collections.abc import Iterable

import construct as c

from tlcp_decode import registry
from tlcp_decode.luagen.binding import RecordLayerBinding, tlcp_binding
from tlcp_decode.luagen.codegen import (
    METHOD_LOCALS,
    FieldSpec,
    Generator,
    LuaGenError,
    lua_string,
    protofield_source,
    split_renamed,
)

#: Items the runtime adds around the schema items: (suffix, label, kind).
RUNTIME_FIELDS: tuple[tuple[str, str, str, str], ...] = (
    ("record", "Record Layer", "none", "One record (header and fragment)"),
    ("handshake", "Handshake Protocol", "none", "One handshake message"),
    ("handshake.fragment", "Handshake Fragment", "bytes",
     "Part of a handshake message continued in a later record"),
    ("handshake.encrypted", "Encrypted Handshake Message", "bytes",
     "A handshake record after this direction's ChangeCipherSpec"),
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
)


def _name_hints(modules: Iterable[object]) -> dict[int, str]:
    hints: dict[int, str] = {}
    for module in modules:
        for name in sorted(vars(module)):
            value = vars(module)[name]
            if isinstance(value, c.Construct) and not name.startswith("_"):
                hints.setdefault(id(value), name)
    return hints


def _member_enum(struct: c.Struct, name: str) -> c.Enum:
    for sub in struct.subcons:
        sname, _, inner = split_renamed(sub)
        if sname == name:
            if isinstance(inner, c.Enum):
                return inner
    raise LuaGenError(f"binding: member {name!r} is missing or has no value table")


def _kx_certificates() -> str:
    """Lua table: key exchange -> {key = certificate key type, server = roles, client = roles}."""
    def roles(names: tuple[str, ...]) -> str:
        return "{" + ", ".join(lua_string(n) for n in names) + "}"

    rows = [f"[{lua_string(str(r.key_exchange))}] = {{key = {lua_string(str(r.key_type))}, "
            f"server = {roles(r.server)}, client = {roles(r.client)}}}"
            for r in registry.KEY_EXCHANGE_CERTIFICATES]
    return "{" + ", ".join(rows) + "}"


def hs_type_enum(builder: PluginBuilder) -> c.Enum:
    return _member_enum(builder.b.handshake_header, builder.b.handshake_fields[0])


class PluginBuilder:
    """Generates the whole plugin text for one binding; also exposes the field list."""

    def __init__(self, binding: RecordLayerBinding | None = None) -> None:
        self.b = binding or tlcp_binding()
        self.gen = Generator(self.b.proto, _name_hints(self.b.schema_modules))
        b = self.gen
        for suffix, label, kind, desc in RUNTIME_FIELDS:
            b.add_field(FieldSpec(f"{self.b.proto}.{suffix}", label, kind, "NONE", None, desc))
        self.fn_record = b.function_for(self.b.record_header, "RecordHeader")
        self.fn_handshake = b.function_for(self.b.handshake, "Handshake")
        self.fn_alert = b.function_for(self.b.alert, "Alert")
        self.fn_ccs = b.function_for(self.b.change_cipher_spec, "ChangeCipherSpec")
        self.reader_hs = b.reader_for(self.b.handshake_header, "HandshakeHeader")
        self.unpack_record, self.record_members = b.unpacker_for(self.b.record_header,
                                                                 "RecordHeader")
        self.items_record = b.items_for(self.b.record_header, "RecordHeader")
        self.functions = b.generate()
        self.vs_content = b.value_table(self.b.content_types, "ContentType")
        self.vs_version = b.value_table(
            _member_enum(self.b.record_header, self.b.record_fields[1]), "Version")
        hs_type = _member_enum(self.b.handshake_header, self.b.handshake_fields[0])
        self.vs_hs_type = b.value_table(hs_type, "HandshakeType")
        self.vs_level = b.value_table(_member_enum(self.b.alert, self.b.alert_fields[0]), "Level")
        self.vs_desc = b.value_table(
            _member_enum(self.b.alert, self.b.alert_fields[1]), "Description")
        self.state_type = int(hs_type.encmapping[self.b.state_message])
        self.roles = {role: int(self.b.content_types.encmapping[sym])
                      for role, sym in self.b.roles.items()}

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

    def lua(self) -> str:
        b = self.b
        state_table = ", ".join(f"[{k}] = {lua_string(v)}" for k, v in sorted(b.state_table.items()))
        state_path = "".join(f"[{lua_string(p)}]" for p in b.state_path)
        state_guard = " and ".join(
            ["v"] + [f"v{''.join(f'[{lua_string(q)}]' for q in b.state_path[:i + 1])}"
                     for i in range(len(b.state_path) - 1)])
        local_of = dict(zip(b.record_fields, ("ct", "version", "length"), strict=True))
        missing = set(b.record_fields) - set(self.record_members)
        if missing:
            raise LuaGenError(f"binding: record header has no member(s) {sorted(missing)}")
        unpack = (f"local {', '.join(local_of.get(m, '_') for m in self.record_members)} = "
                  f"{self.unpack_record}(TVB_raw(tvb, off, REC_HDR), 1)")
        subst = {
            "@UNPACK_RECORD@": unpack,
            "@PROTO@": b.proto,
            "@SHORT@": lua_string(b.short_name),
            "@REC_HDR@": str(b.record_header.sizeof()),
            "@HS_HDR@": str(b.handshake_header.sizeof()),
            "@MAX_RECORD@": str(b.max_record_length),
            "@MAX_HANDSHAKE@": str(b.max_handshake_length),
            "@HEUR_VERSION@": str(b.heuristic_version),
            "@CT_CCS@": str(self.roles["change_cipher_spec"]),
            "@CT_ALERT@": str(self.roles["alert"]),
            "@CT_HANDSHAKE@": str(self.roles["handshake"]),
            "@CT_APP@": str(self.roles["application_data"]),
            "@REC_TYPE@": lua_string(b.record_fields[0]),
            "@REC_VERSION@": lua_string(b.record_fields[1]),
            "@REC_LENGTH@": lua_string(b.record_fields[2]),
            "@HS_TYPE@": lua_string(b.handshake_fields[0]),
            "@HS_LENGTH@": lua_string(b.handshake_fields[1]),
            "@AL_LEVEL@": lua_string(b.alert_fields[0]),
            "@AL_DESC@": lua_string(b.alert_fields[1]),
            "@VS_CT@": f"VS[{lua_string(self.vs_content)}]",
            "@VS_VERSION@": f"VS[{lua_string(self.vs_version)}]",
            "@VS_HS@": f"VS[{lua_string(self.vs_hs_type)}]",
            "@VS_LEVEL@": f"VS[{lua_string(self.vs_level)}]",
            "@VS_DESC@": f"VS[{lua_string(self.vs_desc)}]",
            "@FN_RECORD@": self.fn_record,
            "@ITEMS_RECORD@": self.items_record,
            "@FN_HANDSHAKE@": self.fn_handshake,
            "@FN_ALERT@": self.fn_alert,
            "@FN_CCS@": self.fn_ccs,
            "@READ_HS@": self.reader_hs,
            "@STATE_TYPE@": str(self.state_type),
            "@STATE_TABLE@": "{" + state_table + "}",
            "@STATE_VALUE@": f"({state_guard}) and v{state_path}",
            "@STATE_PARAM@": lua_string(b.state_param),
            "@KX_CERTS@": _kx_certificates(),
            "@HS_SKE@": str(int(hs_type_enum(self).encmapping["server_key_exchange"])),
            "@HS_CKE@": str(int(hs_type_enum(self).encmapping["client_key_exchange"])),
            "@HS_CERT@": str(int(hs_type_enum(self).encmapping["certificate"])),
        }
        runtime = _RUNTIME
        for key, value in subst.items():
            runtime = runtime.replace(key, value)
        if "@" in runtime.replace("@@", ""):
            raise LuaGenError("unsubstituted placeholder in the runtime template")
        parts = self._header() + [
            "-- schema functions: (tvb, offset, limit, tree, ctx, this) -> new_offset, values",
            "-- or nil, error. tree == nil parses without adding items.",
            "local D, R = {}, {}",
            *METHOD_LOCALS,
            "",
            self.functions,
            "",
            runtime.strip("\n"),
            "",
        ]
        return "\n".join(parts)


_RUNTIME = r"""
-- ---------------------------------------------------------------------------------------
-- record layer runtime
-- ---------------------------------------------------------------------------------------

local SHORT = @SHORT@
local REC_HDR = @REC_HDR@
local HS_HDR = @HS_HDR@
local MAX_RECORD = @MAX_RECORD@
local MAX_HANDSHAKE = @MAX_HANDSHAKE@
local HEUR_VERSION = @HEUR_VERSION@
local CT_CCS, CT_ALERT, CT_HANDSHAKE, CT_APP = @CT_CCS@, @CT_ALERT@, @CT_HANDSHAKE@, @CT_APP@
local STATE_TYPE = @STATE_TYPE@
local STATE_TABLE = @STATE_TABLE@
local STATE_PARAM = @STATE_PARAM@

local F_RECORD, F_APP = F["@PROTO@.record"], F["@PROTO@.app_data"]

-- Hot path notes: a call runs once per TCP segment or reassembled PDU, so it avoids per-call
-- closures and tables, converting numbers to strings, and TvbRanges it does not need. Record
-- headers are read from one tvb:raw() string; application data records get only their header
-- items and one item for the fragment.

-- Read-only parse context of the record-layer structs (they use no parse parameters).
local NO_PARAMS = {params = {}}

-- What a frame's dissection needs from earlier frames is learnt once, on the first pass, when
-- Wireshark dissects the frames in order (pinfo.visited false), and stored per frame and record:
-- records[frame][record_key(tvb length, offset)]. The GUI and sharkd later dissect frames alone,
-- in any order: they read that back and never touch the per-direction state, which holds where
-- the first pass stopped. Nothing is read from other dissectors' fields: the GUI's and sharkd's
-- first pass builds no tree, so fields such as tcp.stream are only there on later passes.
-- convs[conversation].dirs[direction] = {encrypted = bool, hs = pending handshake bytes}
local convs = {}
local records = {}
-- claimed[conversation][direction]: directions the heuristic took as TLCP; verdicts[frame]:
-- whether the first pass took the frame's data as TLCP, so that a frame dissected again alone
-- gets the same answer whatever was dissected before it.
local claimed = {}
local verdicts = {}
local last_frame = nil  -- pinfo.number of the last call that set the columns

function proto.init()
  convs = {}
  records = {}
  claimed = {}
  verdicts = {}
  last_frame = nil
end

-- (conversation key, direction key) from the addresses and ports, which every pass has.
local function keys(pinfo)
  local a = tostring(pinfo.src) .. ":" .. pinfo.src_port
  local b = tostring(pinfo.dst) .. ":" .. pinfo.dst_port
  if a < b then
    return a .. "|" .. b, a
  end
  return b .. "|" .. a, a
end

local function conv_state(pinfo)
  local sid, dkey = keys(pinfo)
  local conv = convs[sid]
  if not conv then
    conv = {params = {}, dirs = {}}
    convs[sid] = conv
  end
  local dir = conv.dirs[dkey]
  if not dir then
    dir = {encrypted = false, hs = ""}
    conv.dirs[dkey] = dir
  end
  return conv, dir
end

-- Shared state of application data records that needed no state (see dissect_record).
local PLAIN = {enc = false}

-- The key of a record in conv.records[frame]: its tvb's length and its offset.
local function record_key(len, off)
  if len < 67108864 then
    return len * 67108864 + off
  end
  return tostring(len) .. ":" .. tostring(off)
end

-- Column texts of one call, joined once at the end (INFO_N of them are valid).
local INFO = {}
local INFO_N = 0

local function add_info(text)
  INFO_N = INFO_N + 1
  INFO[INFO_N] = text
end

local function flush_info(pinfo, number)
  if INFO_N == 0 then
    return
  end
  local text = table.concat(INFO, ", ", 1, INFO_N)
  INFO_N = 0
  local cols = pinfo.cols
  -- Dissections do not interleave: a call for another frame than the last call's is the first
  -- call of its frame's dissection, and the columns still hold what the layers below wrote.
  if number ~= last_frame or tostring(cols.protocol) ~= SHORT then
    last_frame = number
    cols.protocol = SHORT
    cols.info = text
    return
  end
  local info = cols.info
  if tostring(info) == "" then
    info:set(text)
  else
    info:append(", " .. text)
  end
end

local function hs_name(t)
  return @VS_HS@[t] or ("Unknown Handshake Message (" .. t .. ")")
end

-- "<version> Record Layer: <content type> Protocol: ", cached per (version, content type)
local LABELS = {}

local function record_label(version, ct, what)
  local key = version * 256 + ct
  local label = LABELS[key]
  if not label then
    label = (@VS_VERSION@[version] or "Unknown") .. " Record Layer: " .. what .. " Protocol: "
    LABELS[key] = label
  end
  return label
end

-- The whole label of a record whose text is its content type's name (application data, CCS)
local PLAIN_LABELS = {}

local function plain_label(version, ct, what)
  local key = version * 256 + ct
  local label = PLAIN_LABELS[key]
  if not label then
    label = record_label(version, ct, what) .. what
    PLAIN_LABELS[key] = label
  end
  return label
end

-- Split the handshake bytes of one record into whole messages, joining them with what earlier
-- records of this direction left pending. Messages wholly inside this record are referenced by
-- offset; messages that began earlier carry their bytes.
local function split_handshake(dir, tvb, foff, flen)
  local prev = dir.hs
  local plen = #prev
  local buf = prev .. tvb:raw(foff, flen)
  local msgs = {}
  local pos = 1
  while #buf - pos + 1 >= HS_HDR do
    local h = @READ_HS@(buf, pos)
    local length = h[@HS_LENGTH@]
    if length > MAX_HANDSHAKE then
      msgs[#msgs + 1] = {too_long = true, type = h[@HS_TYPE@], length = length}
      pos = #buf + 1
      break
    end
    local total = HS_HDR + length
    if #buf - pos + 1 < total then
      break
    end
    local m = {type = h[@HS_TYPE@], len = total}
    if pos - 1 >= plen then
      m.off = foff + (pos - 1 - plen)
    else
      m.data = buf:sub(pos, pos + total - 1)
    end
    msgs[#msgs + 1] = m
    pos = pos + total
  end
  local frag
  if pos <= #buf then
    local start = pos - 1 - plen
    if start < 0 then
      start = 0
    end
    frag = {off = foff + start, len = flen - start, pending = #buf - pos + 1}
  end
  dir.hs = buf:sub(pos)
  return msgs, frag
end

local function dissect_message(mtvb, moff, m, conv, parent, fresh)
  local ht = parent:add(F["@PROTO@.handshake"], mtvb(moff, m.len))
  if fresh then
    m.param = conv.params[STATE_PARAM] or false
  end
  local ctx = {params = {}}
  ctx.params[STATE_PARAM] = m.param or nil
  local name = hs_name(m.type)
  ht:set_text("Handshake Protocol: " .. name)
  local o, v = @FN_HANDSHAKE@(mtvb, moff, moff + m.len, ht, ctx)
  if not o then
    ht:add_proto_expert_info(E.malformed, name .. " does not parse: " .. tostring(v))
  elseif fresh and m.type == STATE_TYPE then
    local value = @STATE_VALUE@
    conv.params[STATE_PARAM] = value and STATE_TABLE[value] or nil
  end
  return name
end

-- Returns the texts of the record's messages, joined with ", ".
local function dissect_handshake(tvb, foff, flen, rt, conv, dir, st, fresh)
  if fresh then
    st.msgs, st.frag = split_handshake(dir, tvb, foff, flen)
  end
  local texts = {}
  for _, m in ipairs(st.msgs) do
    if m.too_long then
      rt:add_proto_expert_info(E.hs_too_long, hs_name(m.type) .. " claims " .. m.length ..
        " bytes, more than the " .. MAX_HANDSHAKE .. "-byte limit")
      texts[#texts + 1] = hs_name(m.type)
    elseif m.off then
      texts[#texts + 1] = dissect_message(tvb, m.off, m, conv, rt, fresh)
    else
      local rtvb = ByteArray.new(m.data, true):tvb("Reassembled Handshake Message")
      texts[#texts + 1] = dissect_message(rtvb, 0, m, conv, rt, fresh)
    end
  end
  if st.frag then
    local it = rt:add(F["@PROTO@.handshake.fragment"], tvb(st.frag.off, st.frag.len))
    it:append_text(" (" .. st.frag.pending .. " byte(s) of a message continued in a later record)")
    if #st.msgs == 0 then
      texts[#texts + 1] = "Handshake Fragment"
    end
  end
  return table.concat(texts, ", ")
end

local function dissect_record(tvb, pinfo, number, len, off, ct, version, length, top, conv,
                               dir)
  local total = REC_HDR + length
  local foff = off + REC_HDR
  local rt = TI_add(top, F_RECORD, tvb(off, total))
  @ITEMS_RECORD@(tvb, off, rt)
  -- What the first pass learnt about this record, by frame, tvb length and offset. Most
  -- records are application data that follow no pending handshake bytes: they need none.
  local frame = records[number]
  local key = record_key(len, off)
  local st = frame and frame[key]
  local fresh = false
  if st == nil then
    if ct == CT_APP and (pinfo.visited or dir.hs == "") then
      st = PLAIN
    elseif pinfo.visited then
      -- a record the first pass did not see (the capture was not read in order with this
      -- plugin): dissect it on its own, without earlier state and without storing anything
      st = {enc = false}
      fresh = true
      conv = {params = {}}
      dir = {encrypted = false, hs = ""}
    else
      fresh = true
      st = {enc = dir.encrypted}
      if not frame then
        frame = {}
        records[number] = frame
      end
      frame[key] = st
      if ct ~= CT_HANDSHAKE and dir.hs ~= "" then
        st.interrupted = #dir.hs
        dir.hs = ""
      end
    end
  end
  if st.interrupted then
    TI_expert(rt, E.interrupted, st.interrupted ..
      " byte(s) of an incomplete handshake message before this record")
  end
  local what = @VS_CT@[ct]
  local text = what
  if ct == CT_APP then
    TI_add(rt, F_APP, tvb(foff, length))
  elseif ct == CT_CCS then
    if fresh then
      dir.encrypted = true
    end
    local o, err = @FN_CCS@(tvb, foff, foff + length, rt, NO_PARAMS)
    if not o then
      rt:add_proto_expert_info(E.malformed, what .. ": " .. tostring(err))
    elseif o < foff + length then
      rt:add_proto_expert_info(E.trailing, what .. ": " .. (foff + length - o) ..
        " byte(s) left over")
    end
  elseif ct == CT_ALERT then
    if st.enc then
      rt:add(F["@PROTO@.alert_message.encrypted"], tvb(foff, length))
      text = "Encrypted Alert"
    else
      local at = rt:add(F["@PROTO@.alert_message"], tvb(foff, length))
      local o, v = @FN_ALERT@(tvb, foff, foff + length, at, NO_PARAMS)
      if not o then
        at:add_proto_expert_info(E.malformed, what .. ": " .. tostring(v))
      else
        if o < foff + length then
          at:add_proto_expert_info(E.trailing, what .. ": " .. (foff + length - o) ..
            " byte(s) left over")
        end
        local level, desc = v[@AL_LEVEL@], v[@AL_DESC@]
        text = what .. " (Level: " .. (@VS_LEVEL@[level] or tostring(level)) ..
          ", Description: " .. (@VS_DESC@[desc] or tostring(desc)) .. ")"
      end
    end
  elseif ct == CT_HANDSHAKE then
    if st.enc then
      rt:add(F["@PROTO@.handshake.encrypted"], tvb(foff, length))
      text = "Encrypted Handshake Message"
    else
      text = dissect_handshake(tvb, foff, length, rt, conv, dir, st, fresh)
    end
  else
    rt:add(F["@PROTO@.app_data"], tvb(foff, length))
  end
  if text == what then
    TI_set_text(rt, plain_label(version, ct, what))
  else
    TI_set_text(rt, record_label(version, ct, what) .. text)
  end
  if text ~= "" then
    add_info(text)
  end
end

local function header_problem(ct, version, length)
  if @VS_CT@[ct] == nil then
    return E.content_type, "unknown content type " .. ct
  elseif @VS_VERSION@[version] == nil then
    return E.version, string.format("unknown record version 0x%04x", version)
  elseif length > MAX_RECORD then
    return E.too_long, "record length " .. length .. " exceeds the maximum " .. MAX_RECORD
  end
  return nil
end

local function read_header(tvb, off)
  @UNPACK_RECORD@
  return ct, version, length
end

local function dissect_stream(tvb, pinfo, tree)
  local conv, dir = conv_state(pinfo)
  local number = pinfo.number
  local len = TVB_len(tvb)
  local off = 0
  local top, top_start
  INFO_N = 0
  while off < len do
    local avail = len - off
    if avail < REC_HDR then
      if pinfo.can_desegment > 0 then
        pinfo.desegment_offset = off
        pinfo.desegment_len = DESEGMENT_ONE_MORE_SEGMENT
        break
      end
      if not top then
        top_start = off
        top = TI_add(tree, proto, tvb(off, len - off))
      end
      local it = top:add(F["@PROTO@.ignored"], tvb(off, avail))
      it:add_proto_expert_info(E.past_end, "incomplete record header: " .. avail .. " byte(s)")
      off = len
      break
    end
    local ct, version, length = read_header(tvb, off)
    local problem, text = header_problem(ct, version, length)
    if problem == E.content_type and off == 0 then
      -- data that does not start a record, where a segment starts: the rest of a record whose
      -- start is not in the capture (a hole). Shown as Wireshark's TLS dissector shows it.
      top = TI_add(tree, proto, tvb(0, len))
      top_start = 0
      top:add(F["@PROTO@.continuation"], tvb(0, len))
      add_info("Continuation Data")
      off = len
      break
    elseif problem then
      if not top then
        top_start = off
        top = TI_add(tree, proto, tvb(off, len - off))
      end
      local it = top:add(F["@PROTO@.ignored"], tvb(off, avail))
      it:add_proto_expert_info(problem, text)
      add_info("Ignored Unknown Record")
      off = len
      break
    end
    local total = REC_HDR + length
    if total > avail then
      if pinfo.can_desegment > 0 then
        pinfo.desegment_offset = off
        pinfo.desegment_len = total - avail
        break
      end
      if not top then
        top_start = off
        top = TI_add(tree, proto, tvb(off, len - off))
      end
      local rt = top:add(F["@PROTO@.record"], tvb(off, avail))
      @FN_RECORD@(tvb, off, off + REC_HDR, rt, NO_PARAMS)
      rt:add_proto_expert_info(E.past_end, "record of " .. total .. " bytes, only " .. avail ..
        " captured")
      add_info("Continuation Data")
      off = len
      break
    end
    if not top then
      top_start = off
      top = TI_add(tree, proto, tvb(off, len - off))
    end
    dissect_record(tvb, pinfo, number, len, off, ct, version, length, top, conv, dir)
    off = off + total
  end
  if top and off ~= len then
    top:set_len(off - top_start)
  end
  flush_info(pinfo, number)
  return len
end

local function dissect(tvb, pinfo, tree)
  local start_len = tvb:len()
  local ok, result = pcall(dissect_stream, tvb, pinfo, tree)
  if ok then
    return result
  end
  INFO_N = 0
  tree:add_proto_expert_info(E.internal, "TLCP dissector error: " .. tostring(result))
  return start_len
end

-- ---------------------------------------------------------------------------------------
-- modes
-- ---------------------------------------------------------------------------------------
-- augment (default): Wireshark's own TLS dissector keeps the TLCP connections (it calls them
-- GMTLSv1, decrypts them with a key log and hands the plaintext to HTTP and follow-stream);
-- a post-dissector adds a tlcp tree with what it does not show. standalone: the heuristic
-- takes TLCP connections no other dissector took. Decode As and the port preference dissect
-- standalone in both modes.
local MODE_AUGMENT, MODE_STANDALONE = 1, 2
proto.prefs.mode = Pref.enum("Mode", MODE_AUGMENT,
  "augment: add a tlcp tree to Wireshark's own TLS (GMTLSv1) dissection, which keeps " ..
  "decrypting; standalone: this dissector takes the TLCP connections its heuristic finds",
  {{"augment", "Augment Wireshark's TLS dissection", MODE_AUGMENT},
   {"standalone", "Standalone TLCP dissector", MODE_STANDALONE}}, true)

-- A direction of a connection is TLCP when its data starts with a record of the TLCP version, a
-- known content type and a plausible length. TLS (0x0300 to 0x0303) is left to Wireshark.
local function starts_tlcp(tvb)
  if tvb:len() < REC_HDR then
    return false
  end
  local ct, version, length = read_header(tvb, 0)
  return version == HEUR_VERSION and header_problem(ct, version, length) == nil
end

-- Whether this direction's data is TLCP; a direction is claimed by its first TLCP record.
local function take(tvb, pinfo, sid, dkey)
  local number = pinfo.number
  if pinfo.visited and verdicts[number] ~= nil then
    return verdicts[number]
  end
  local dirs = claimed[sid]
  local accept = (dirs ~= nil and dirs[dkey]) or starts_tlcp(tvb)
  if accept and not (dirs and dirs[dkey]) then
    if not dirs then
      dirs = {}
      claimed[sid] = dirs
    end
    dirs[dkey] = true
  end
  if not pinfo.visited then
    verdicts[number] = accept
  end
  return accept
end

-- Called by Decode As, the port preference, and for the conversations the heuristic claimed
-- (through pinfo.conversation). In the latter a direction that does not start with TLCP, such
-- as a TLS client's, is refused, so that TCP offers it to the other dissectors.
proto.dissector = function(tvb, pinfo, tree)
  local sid, dkey = keys(pinfo)
  if claimed[sid] ~= nil and not take(tvb, pinfo, sid, dkey) then
    return 0
  end
  return dissect(tvb, pinfo, tree)
end

-- Heuristic: a conversation nobody else took whose data starts with TLCP. It becomes this
-- dissector's conversation, so later segments and later passes come straight here and the
-- order in which Wireshark tries heuristics (it moves the last successful one first) no longer
-- decides how a frame dissected again is shown.
local function heuristic(tvb, pinfo, tree)
  if proto.prefs.mode ~= MODE_STANDALONE then
    return false
  end
  local sid, dkey = keys(pinfo)
  if not take(tvb, pinfo, sid, dkey) then
    return false
  end
  pinfo.conversation = proto
  dissect(tvb, pinfo, tree)
  return true
end

proto:register_heuristic("tcp", heuristic)

-- Ports: none by default (the heuristic finds TLCP on any port); Decode As works on any port.
local tcp_port = DissectorTable.get("tcp.port")
tcp_port:add_for_decode_as(proto)
proto.prefs.tcp_ports = Pref.range("TCP ports", "", "TCP ports always decoded as " .. SHORT ..
  " (the heuristic also finds it on other ports)", 65535)
local current_ports = ""

function proto.prefs_changed()
  local ports = proto.prefs.tcp_ports
  if ports == current_ports then
    return
  end
  if current_ports ~= "" then
    tcp_port:remove(current_ports, proto)
  end
  if ports ~= "" then
    tcp_port:add(ports, proto)
  end
  current_ports = ports
end
-- ---------------------------------------------------------------------------------------
-- augment mode: a post-dissector over the handshake messages Wireshark's TLS dissector found
-- ---------------------------------------------------------------------------------------
-- Why a post-dissector reading tls.handshake: Wireshark's TLS dissector has no table for
-- handshake sub-dissectors, and calling it from a Lua dissector costs it its TCP reassembly
-- (each nested call lowers pinfo.can_desegment); the post-dissector runs after it on every
-- frame and gets each message's bytes (reassembled or decrypted ones included) from the
-- tls.handshake items. Those items exist only when the pass builds a tree, which the GUI's and
-- sharkd's first pass does not: there the ServerHello's suite is read from the frame's bytes.
local post = Proto("tlcp_augment", "TLCP additions to Wireshark's TLS dissection")
local f_tls_handshake = Field.new("tls.handshake")
local f_tls_version = Field.new("tls.record.version")
local HS_SKE, HS_CKE, HS_CERT = @HS_SKE@, @HS_CKE@, @HS_CERT@
local KX_CERTS = @KX_CERTS@
local F_KX, F_ROLE, F_KEY = F["@PROTO@.key_exchange"], F["@PROTO@.certificate.role"],
  F["@PROTO@.certificate.key"]
-- a TLCP record holding a ServerHello of version 0x0101
local SERVER_HELLO_BYTES = "\022\001\001..\002...\001\001"
-- SubjectPublicKeyInfo algorithm identifiers (DER): the SM2 curve and rsaEncryption
local KEY_OIDS = {{"SM2", "\006\008\042\129\028\207\085\001\130\045"},
                  {"RSA", "\006\009\042\134\072\134\247\013\001\001\001"}}

-- history[conversation] = {{frame = number, kx = key exchange or false, server = direction}}:
-- the ServerHellos the first pass saw, in frame order; a frame's key exchange is the one of the
-- last ServerHello at or before it, so frames dissected later in any order read the same.
local history = {}
local f_frame_number = Field.new("frame.number")

function post.init()
  history = {}
end

-- The suite of the last TLCP ServerHello in raw bytes, or nil.
local function scan_server_hello(raw)
  local suite
  local pos = 1
  while true do
    local s = raw:find(SERVER_HELLO_BYTES, pos)
    if not s then
      return suite
    end
    local at = s + REC_HDR + HS_HDR + 2 + 32  -- the session ID length
    local sid_len = raw:byte(at)
    if sid_len and sid_len <= 32 then
      local hi, lo = raw:byte(at + sid_len + 1, at + sid_len + 2)
      if lo then
        suite = hi * 256 + lo
      end
    end
    pos = s + 1
  end
end

-- The TLCP handshake messages among the tls.handshake items: {range, type, len}, or nil when
-- the frame has no TLCP record.
local function tls_messages()
  local first = f_tls_version()
  if first == nil then
    return nil
  end
  local tlcp = false
  for _, fi in ipairs({f_tls_version()}) do
    if fi.value == HEUR_VERSION then
      tlcp = true
    end
  end
  if not tlcp then
    return nil
  end
  local out = {}
  for _, fi in ipairs({f_tls_handshake()}) do
    local r = fi.range
    local len = r and r:len() or 0
    if len >= HS_HDR then
      local h = @READ_HS@(r:raw(0, HS_HDR), 1)
      if h[@HS_LENGTH@] + HS_HDR == len and @VS_HS@[h[@HS_TYPE@]] then
        out[#out + 1] = {range = r, type = h[@HS_TYPE@], len = len}
      end
    end
  end
  return out
end

local function server_hello_suite(m)
  local o, v = @FN_HANDSHAKE@(m.range:tvb(), 0, m.len, nil, {params = {}})
  return o and @STATE_VALUE@ or nil
end

-- First pass: note the frame's ServerHello, from the tls.handshake items when the pass builds
-- a tree (fields are there: frame.number is), else from the frame's bytes.
local function learn(tvb, pinfo, msgs)
  local suite
  if f_frame_number() ~= nil then
    for _, m in ipairs(msgs or {}) do
      if m.type == STATE_TYPE then
        suite = server_hello_suite(m) or suite
      end
    end
  else
    suite = scan_server_hello(TVB_raw(tvb))
  end
  if suite then
    local sid, dkey = keys(pinfo)
    local h = history[sid]
    if not h then
      h = {}
      history[sid] = h
    end
    h[#h + 1] = {frame = pinfo.number, kx = STATE_TABLE[suite] or false, server = dkey}
  end
end

-- The key exchange at this frame and whether the frame comes from the server.
local function frame_state(pinfo)
  local sid, dkey = keys(pinfo)
  local h = history[sid]
  local number = pinfo.number
  for i = h and #h or 0, 1, -1 do
    if h[i].frame <= number then
      return {kx = h[i].kx, server = h[i].server == dkey}
    end
  end
  return {kx = false, server = false}
end

local function key_type(der)
  for _, oid in ipairs(KEY_OIDS) do
    if der:find(oid[2], 1, true) then
      return oid[1]
    end
  end
  return nil
end

-- Certificate roles in TLCP order (sign, enc, then the CA chain) and whether the keys fit.
local function certificate_roles(m, st, ht)
  local raw = m.range:raw()
  local need = st.kx and KX_CERTS[st.kx]
  local roles = need and (st.server and need.server or need.client) or {"sign", "enc"}
  local pos = HS_HDR + 3 + 1
  local index = 0
  while pos + 2 <= #raw do
    local a, b, c = raw:byte(pos, pos + 2)
    local len = a * 65536 + b * 256 + c
    if pos + 2 + len > #raw then
      break
    end
    index = index + 1
    local role = roles[index] or "CA"
    local key = key_type(raw:sub(pos + 3, pos + 2 + len)) or "unknown"
    local it = ht:add(F_ROLE, m.range(pos - 1, 3 + len), role)
    it:set_text("Certificate " .. index .. ": " .. role .. " certificate, " .. key .. " key")
    it:add(F_KEY, m.range(pos + 2, len), key)
    if need and role ~= "CA" and key ~= need.key then
      it:add_proto_expert_info(E.key_mismatch, role .. " certificate has a " .. key ..
        " key; " .. st.kx .. " needs " .. need.key)
    end
    pos = pos + 3 + len
  end
end

local function augment(tvb, pinfo, tree)
  local msgs = tls_messages()
  if not pinfo.visited then
    learn(tvb, pinfo, msgs)
  end
  if not msgs then
    return
  end
  local top, st
  for _, m in ipairs(msgs) do
    local t = m.type
    if t == STATE_TYPE or t == HS_SKE or t == HS_CKE or t == HS_CERT then
      top = top or tree:add(proto)
      st = st or frame_state(pinfo)
      local ht = top:add(F["@PROTO@.handshake"], m.range)
      local name = hs_name(t)
      ht:set_text("Handshake Protocol: " .. name)
      if t == STATE_TYPE then
        ht:add(F_KX, m.range, st.kx or "unknown")
      elseif t == HS_CERT then
        certificate_roles(m, st, ht)
      else
        local ctx = {params = {}}
        ctx.params[STATE_PARAM] = st.kx or nil
        local o, v = @FN_HANDSHAKE@(m.range:tvb(), 0, m.len, ht, ctx)
        if not o then
          ht:add_proto_expert_info(E.malformed, name .. " does not parse: " .. tostring(v))
        end
      end
    end
  end
end

function post.dissector(tvb, pinfo, tree)
  if proto.prefs.mode ~= MODE_AUGMENT then
    return
  end
  local ok, err = pcall(augment, tvb, pinfo, tree)
  if not ok then
    tree:add_proto_expert_info(E.internal, "TLCP dissector error: " .. tostring(err))
  end
end

register_postdissector(post)
"""
