-- Record-layer runtime of the generated Wireshark plugin (tlcp_decode/luagen/runtime.lua).
--
-- A TLS-family record layer: it frames records over TCP (with reassembly), joins handshake
-- messages split over records, tracks ChangeCipherSpec per direction and the one parse
-- parameter a handshake message fixes for the connection, and in augment mode adds a tree to
-- Wireshark's own TLS dissection. It knows no protocol: `tlcp_decode.luagen.plugin` writes the
-- generated part in front of it, which defines these locals:
--   proto            the Proto
--   VS, F, E         value tables, ProtoFields and ProtoExperts by name
--   D, R             the schema functions and the fixed-header readers
--   TI_*, TR_*, TVB_* the Wireshark methods the hot paths call through locals
--   B                the binding: constants, tables and functions this file reads below
-- This file is valid Lua on its own (`luac -p` in the tests), not a template.

-- ---------------------------------------------------------------------------------------
-- binding
-- ---------------------------------------------------------------------------------------

local PROTO, SHORT = B.proto, B.short
local REC_HDR, HS_HDR = B.record_header_size, B.handshake_header_size
local MAX_RECORD, MAX_HANDSHAKE = B.max_record, B.max_handshake
local HEUR_VERSION = B.heuristic_version
local CT_CCS, CT_ALERT = B.content_types.change_cipher_spec, B.content_types.alert
local CT_HANDSHAKE, CT_APP = B.content_types.handshake, B.content_types.application_data
local HS_TYPE, HS_LENGTH = B.handshake_fields.type, B.handshake_fields.length
local AL_LEVEL, AL_DESC = B.alert_fields.level, B.alert_fields.description
local HS_SKE, HS_CKE, HS_CERT = B.handshake_types.server_key_exchange,
  B.handshake_types.client_key_exchange, B.handshake_types.certificate
-- after a handshake message of type STATE_TYPE, the parse parameter STATE_PARAM is
-- STATE_TABLE[state_value(message values)] for the rest of the connection
local STATE_TYPE, STATE_TABLE, STATE_PARAM = B.state_type, B.state_table, B.state_param
local state_value = B.state_value
-- key exchange -> {key = certificate key type, server = roles, client = roles}
local KX_CERTS = B.kx_certificates
local VS_CT, VS_VERSION, VS_HS = B.vs_content_type, B.vs_version, B.vs_handshake_type
local VS_LEVEL, VS_DESC = B.vs_alert_level, B.vs_alert_description
local dissect_record_header, add_record_header_items = B.record_header, B.record_header_items
local read_handshake_header = B.read_handshake_header
local dissect_handshake_message, dissect_alert = B.handshake, B.alert
local dissect_change_cipher_spec = B.change_cipher_spec
-- TLS named groups and signature schemes (the registry's), and which of them are ShangMi
local VS_GROUP, VS_SCHEME = B.vs_named_group, B.vs_signature_scheme
local SM_GROUPS, SM_SCHEMES = B.sm_groups, B.sm_schemes

local function field(suffix)
  return F[PROTO .. "." .. suffix]
end
local F_RECORD, F_APP, F_IGNORED = field("record"), field("app_data"), field("ignored")
local F_CONTINUATION = field("continuation")
local F_HANDSHAKE, F_HS_FRAGMENT = field("handshake"), field("handshake.fragment")
local F_HS_ENCRYPTED = field("handshake.encrypted")
local F_CCS_ENCRYPTED = field("change_cipher_spec.encrypted")
local F_ALERT, F_ALERT_ENCRYPTED = field("alert_message"), field("alert_message.encrypted")
local F_KX, F_ROLE, F_KEY = field("key_exchange"), field("certificate.role"),
  field("certificate.key")
local F_TLS_GROUP, F_TLS_SCHEME = field("tls.named_group"), field("tls.signature_scheme")

-- ---------------------------------------------------------------------------------------
-- record layer
-- ---------------------------------------------------------------------------------------
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

local tls_dirs, tls_frames  -- set below (TLS 1.x is handed to Wireshark's tls dissector)

function proto.init()
  convs = {}
  records = {}
  claimed = {}
  verdicts = {}
  tls_dirs = {}
  tls_frames = {}
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
  return VS_HS[t] or ("Unknown Handshake Message (" .. t .. ")")
end

-- "<version> Record Layer: <content type> Protocol: ", cached per (version, content type)
local LABELS = {}

local function record_label(version, ct, what)
  local key = version * 256 + ct
  local label = LABELS[key]
  if not label then
    label = (VS_VERSION[version] or "Unknown") .. " Record Layer: " .. what .. " Protocol: "
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
    local h = read_handshake_header(buf, pos)
    local length = h[HS_LENGTH]
    if length > MAX_HANDSHAKE then
      msgs[#msgs + 1] = {too_long = true, type = h[HS_TYPE], length = length}
      pos = #buf + 1
      break
    end
    local total = HS_HDR + length
    if #buf - pos + 1 < total then
      break
    end
    local m = {type = h[HS_TYPE], len = total}
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

local function dissect_message(mtvb, moff, m, conv, parent, fresh, pinfo)
  local ht = parent:add(F_HANDSHAKE, mtvb(moff, m.len))
  if fresh then
    m.param = conv.params[STATE_PARAM] or false
  end
  -- pinfo: for the dissectors parts of a message are handed to (X.509 certificates)
  local ctx = {params = {}, pinfo = pinfo}
  ctx.params[STATE_PARAM] = m.param or nil
  local name = hs_name(m.type)
  ht:set_text("Handshake Protocol: " .. name)
  local o, v = dissect_handshake_message(mtvb, moff, moff + m.len, ht, ctx)
  if not o then
    ht:add_proto_expert_info(E.malformed, name .. " does not parse: " .. tostring(v))
  elseif fresh and m.type == STATE_TYPE then
    local value = state_value(v)
    conv.params[STATE_PARAM] = value and STATE_TABLE[value] or nil
  end
  return name
end

-- Returns the texts of the record's messages, joined with ", ".
local function dissect_handshake(tvb, foff, flen, rt, conv, dir, st, fresh, pinfo)
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
      texts[#texts + 1] = dissect_message(tvb, m.off, m, conv, rt, fresh, pinfo)
    else
      local rtvb = ByteArray.new(m.data, true):tvb("Reassembled Handshake Message")
      texts[#texts + 1] = dissect_message(rtvb, 0, m, conv, rt, fresh, pinfo)
    end
  end
  if st.frag then
    local it = rt:add(F_HS_FRAGMENT, tvb(st.frag.off, st.frag.len))
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
  add_record_header_items(tvb, off, rt)
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
  local what = VS_CT[ct]
  local text = what
  if ct == CT_APP then
    TI_add(rt, F_APP, tvb(foff, length))
  elseif ct == CT_CCS and st.enc then
    -- a renegotiation's ChangeCipherSpec: protected by the keys in use (RFC 5246 7.4.1.2)
    rt:add(F_CCS_ENCRYPTED, tvb(foff, length))
    text = "Encrypted Change Cipher Spec"
  elseif ct == CT_CCS then
    if fresh then
      dir.encrypted = true
    end
    local o, err = dissect_change_cipher_spec(tvb, foff, foff + length, rt, NO_PARAMS)
    if not o then
      rt:add_proto_expert_info(E.malformed, what .. ": " .. tostring(err))
    elseif o < foff + length then
      rt:add_proto_expert_info(E.trailing, what .. ": " .. (foff + length - o) ..
        " byte(s) left over")
    end
  elseif ct == CT_ALERT then
    if st.enc then
      rt:add(F_ALERT_ENCRYPTED, tvb(foff, length))
      text = "Encrypted Alert"
    else
      local at = rt:add(F_ALERT, tvb(foff, length))
      local o, v = dissect_alert(tvb, foff, foff + length, at, NO_PARAMS)
      if not o then
        at:add_proto_expert_info(E.malformed, what .. ": " .. tostring(v))
      else
        if o < foff + length then
          at:add_proto_expert_info(E.trailing, what .. ": " .. (foff + length - o) ..
            " byte(s) left over")
        end
        local level, desc = v[AL_LEVEL], v[AL_DESC]
        text = what .. " (Level: " .. (VS_LEVEL[level] or tostring(level)) ..
          ", Description: " .. (VS_DESC[desc] or tostring(desc)) .. ")"
      end
    end
  elseif ct == CT_HANDSHAKE then
    if st.enc then
      rt:add(F_HS_ENCRYPTED, tvb(foff, length))
      text = "Encrypted Handshake Message"
    else
      text = dissect_handshake(tvb, foff, length, rt, conv, dir, st, fresh, pinfo)
    end
  else
    rt:add(F_APP, tvb(foff, length))
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
  if VS_CT[ct] == nil then
    return E.content_type, "unknown content type " .. ct
  elseif VS_VERSION[version] == nil then
    return E.version, string.format("unknown record version 0x%04x", version)
  elseif length > MAX_RECORD then
    return E.too_long, "record length " .. length .. " exceeds the maximum " .. MAX_RECORD
  end
  return nil
end

local read_header = B.read_record_header

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
      local it = top:add(F_IGNORED, tvb(off, avail))
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
      top:add(F_CONTINUATION, tvb(0, len))
      add_info("Continuation Data")
      off = len
      break
    elseif problem then
      if not top then
        top_start = off
        top = TI_add(tree, proto, tvb(off, len - off))
      end
      local it = top:add(F_IGNORED, tvb(off, avail))
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
      local rt = top:add(F_RECORD, tvb(off, avail))
      dissect_record_header(tvb, off, off + REC_HDR, rt, NO_PARAMS)
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

-- TLS 1.x (record versions TLS_MIN to TLS_MAX: SSL 3.0 to the 0x0303 of TLS 1.2 and 1.3) is
-- Wireshark's: a direction whose first record is TLS goes to its tls dissector, however it
-- reached this one (Decode As, the port preference), so that TLS keeps its own tree, fields,
-- decryption and the protocols above it. The heuristic never takes it.
local tls_dissector = Dissector.get("tls")
local TLS_MIN, TLS_MAX = B.tls_versions.min, B.tls_versions.max
-- tls_dirs[conversation][direction]: "tls" or "tlcp", from the direction's first record header;
-- tls_frames[frame]: whether the first pass handed the frame to tls (read back by later passes)
tls_dirs = {}
tls_frames = {}

local function starts_tls(tvb)
  if tvb:len() < REC_HDR then
    return false
  end
  local ct, version, length = read_header(tvb, 0)
  return version >= TLS_MIN and version <= TLS_MAX and VS_CT[ct] ~= nil and length <= MAX_RECORD
end

local function is_tls(tvb, pinfo, sid, dkey)
  local number = pinfo.number
  if pinfo.visited and tls_frames[number] ~= nil then
    return tls_frames[number]
  end
  local dirs = tls_dirs[sid]
  if not dirs then
    dirs = {}
    tls_dirs[sid] = dirs
  end
  local kind = dirs[dkey]
  if kind == nil then
    if starts_tls(tvb) then
      kind = "tls"
    elseif starts_tlcp(tvb) then
      kind = "tlcp"
    end
    if not pinfo.visited then
      dirs[dkey] = kind
    end
  end
  if not pinfo.visited then
    tls_frames[number] = kind == "tls"
  end
  return kind == "tls"
end

local function to_tls(tvb, pinfo, tree)
  -- Each call of a dissector by another lowers pinfo.can_desegment by one, and only a
  -- dissector that gets it above zero may ask TCP for more bytes: give tls what TCP gave us,
  -- so that it reassembles records across segments as when TCP calls it.
  if pinfo.can_desegment > 0 then
    pinfo.can_desegment = pinfo.can_desegment + 1
  end
  local ok, result = pcall(tls_dissector.call, tls_dissector, tvb, pinfo, tree)
  if ok then
    return result
  end
  -- tls threw (a malformed record): Dissector.call has already added Wireshark's own
  -- "Malformed Packet" item to the tree, as when TCP calls tls; its Lua error is no news
  return tvb:len()
end

-- Called by Decode As, the port preference, and for the conversations the heuristic claimed
-- (through pinfo.conversation). In the latter a direction that does not start with TLCP, such
-- as a TLS client's, is refused, so that TCP offers it to the other dissectors; otherwise a
-- TLS direction is handed to Wireshark's tls dissector.
proto.dissector = function(tvb, pinfo, tree)
  local sid, dkey = keys(pinfo)
  if claimed[sid] ~= nil then
    if not take(tvb, pinfo, sid, dkey) then
      return 0
    end
  elseif is_tls(tvb, pinfo, sid, dkey) then
    return to_tls(tvb, pinfo, tree)
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
-- What Wireshark's tls dissector found in this frame: "tlcp" when a record has the TLCP version,
-- "tls" when it has only other records, nil when it has none (or the pass builds no tree).
-- Read once a frame by the post-dissector and passed on.
local function frame_protocol()
  local versions = {f_tls_version()}
  if #versions == 0 then
    return nil
  end
  for _, fi in ipairs(versions) do
    if fi.value == HEUR_VERSION then
      return "tlcp"
    end
  end
  return "tls"
end

local function tls_messages(protocol)
  if protocol ~= "tlcp" then
    return nil
  end
  local out = {}
  for _, fi in ipairs({f_tls_handshake()}) do
    local r = fi.range
    local len = r and r:len() or 0
    if len >= HS_HDR then
      local h = read_handshake_header(r:raw(0, HS_HDR), 1)
      if h[HS_LENGTH] + HS_HDR == len and VS_HS[h[HS_TYPE]] then
        out[#out + 1] = {range = r, type = h[HS_TYPE], len = len}
      end
    end
  end
  return out
end

local function server_hello_suite(m)
  local o, v = dissect_handshake_message(m.range:tvb(), 0, m.len, nil, {params = {}})
  return o and state_value(v) or nil
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

local function augment(tvb, pinfo, tree, protocol)
  local msgs = tls_messages(protocol)
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
      local ht = top:add(F_HANDSHAKE, m.range)
      local name = hs_name(t)
      ht:set_text("Handshake Protocol: " .. name)
      if t == STATE_TYPE then
        ht:add(F_KX, m.range, st.kx or "unknown")
      elseif t == HS_CERT then
        certificate_roles(m, st, ht)
      else
        local ctx = {params = {}}
        ctx.params[STATE_PARAM] = st.kx or nil
        local o, v = dissect_handshake_message(m.range:tvb(), 0, m.len, ht, ctx)
        if not o then
          ht:add_proto_expert_info(E.malformed, name .. " does not parse: " .. tostring(v))
        end
      end
    end
  end
end

-- ---------------------------------------------------------------------------------------
-- both modes: names Wireshark does not give in TLS handshakes
-- ---------------------------------------------------------------------------------------
-- Wireshark 4.0 shows newer registry entries (the ML-KEM and hybrid groups, GOST and ML-DSA
-- signature schemes...) as "Unknown" or by an outdated name. On TLS (not TLCP) frames, every
-- group and signature scheme value Wireshark's tls dissector found gets a tlcp item named
-- from the registry when Wireshark's own text lacks that name, and always when it is a ShangMi
-- algorithm (RFC 8998: curveSM2, curveSM2MLKEM768, sm2sig_sm3), marked as such. Only the
-- frame's own tls fields are read, so every frame shows the same in any order.
local NAMED_VALUES = {
  {extractors = {Field.new("tls.handshake.extensions_supported_group"),
                 Field.new("tls.handshake.extensions_key_share_group"),
                 Field.new("tls.handshake.extensions_key_share_selected_group")},
   field = F_TLS_GROUP, names = VS_GROUP, sm = SM_GROUPS},
  {extractors = {Field.new("tls.handshake.sig_hash_alg")},
   field = F_TLS_SCHEME, names = VS_SCHEME, sm = SM_SCHEMES},
}

local function name_tls_values(tree)
  local top
  for _, kind in ipairs(NAMED_VALUES) do
    for _, extractor in ipairs(kind.extractors) do
      for _, fi in ipairs({extractor()}) do
        local value = fi.value
        local name = kind.names[value]
        local sm = kind.sm[value]
        if name and (sm or not string.find(fi.display, name, 1, true)) then
          top = top or tree:add(proto)
          local it = top:add(kind.field, fi.range, value)
          if sm then
            it:append_text(" [ShangMi, RFC 8998]")
            it:add_proto_expert_info(E.tls_sm, name .. ": a ShangMi algorithm (RFC 8998)")
          else
            it:add_proto_expert_info(E.tls_unnamed, "Wireshark's TLS dissector shows \"" ..
              fi.display .. "\" for " .. name)
          end
        end
      end
    end
  end
end

local function post_dissect(tvb, pinfo, tree)
  local protocol = frame_protocol()
  if proto.prefs.mode == MODE_AUGMENT then
    augment(tvb, pinfo, tree, protocol)
  end
  -- TLCP frames need no names: augment mode's tree or the standalone dissection gives them all
  if protocol == "tls" then
    name_tls_values(tree)
  end
end

function post.dissector(tvb, pinfo, tree)
  local ok, err = pcall(post_dissect, tvb, pinfo, tree)
  if not ok then
    tree:add_proto_expert_info(E.internal, "TLCP dissector error: " .. tostring(err))
  end
end

register_postdissector(post)
