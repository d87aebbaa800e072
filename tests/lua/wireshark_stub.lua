-- A small stand-in for the Wireshark Lua API, enough to load tlcp.lua and run generated
-- dissector functions under plain lua5.2 / lua5.4. Tree items are recorded so that tests can
-- print and compare them. Out-of-range Tvb access raises, as Wireshark does.

local stub = {registered = {}, heuristics = {}, decode_as = {}, port_adds = {}}

base = {NONE = 0, DEC = 1, HEX = 2, OCT = 3, DEC_HEX = 4, HEX_DEC = 5}
expert = {
  group = {MALFORMED = "MALFORMED", UNDECODED = "UNDECODED", PROTOCOL = "PROTOCOL",
           SEQUENCE = "SEQUENCE"},
  severity = {ERROR = "ERROR", WARN = "WARN", NOTE = "NOTE", CHAT = "CHAT"},
}
DESEGMENT_ONE_MORE_SEGMENT = 0x0fffffff

-- ProtoField --------------------------------------------------------------------------------
local ProtoFieldMT = {__index = {}}
ProtoField = {}
local abbrevs = {}
local function make_field(kind, size)
  return function(abbrev, name, b, vs, mask, desc)
    assert(type(abbrev) == "string" and type(name) == "string", "bad ProtoField arguments")
    assert(not abbrevs[abbrev], "duplicate ProtoField " .. abbrev)
    abbrevs[abbrev] = true
    if kind == "bytes" or kind == "string" then  -- (abbrev, name, display, description)
      assert(vs == nil or type(vs) == "string", kind .. ": 4th argument is the description")
      vs = nil
    elseif kind == "none" then  -- ProtoField.none(abbrev, name, description)
      assert(b == nil or type(b) == "string", "none: 3rd argument is the description")
      b = nil
    elseif vs ~= nil then
      assert(type(vs) == "table", "value string must be a table")
    end
    return setmetatable({kind = kind, size = size, abbrev = abbrev, name = name, base = b,
                         vs = vs}, ProtoFieldMT)
  end
end
ProtoField.uint8 = make_field("uint", 1)
ProtoField.uint16 = make_field("uint", 2)
ProtoField.uint24 = make_field("uint", 3)
ProtoField.uint32 = make_field("uint", 4)
ProtoField.int8 = make_field("int", 1)
ProtoField.int16 = make_field("int", 2)
ProtoField.int24 = make_field("int", 3)
ProtoField.int32 = make_field("int", 4)
ProtoField.bytes = make_field("bytes", nil)
ProtoField.string = make_field("string", nil)
ProtoField.none = make_field("none", nil)

local ProtoExpertMT = {}
ProtoExpert = {}
function ProtoExpert.new(abbrev, text, group, severity)
  assert(group and severity, "expert group and severity required")
  return setmetatable({abbrev = abbrev, text = text, group = group, severity = severity},
                      ProtoExpertMT)
end

-- Proto -------------------------------------------------------------------------------------
local ProtoMT = {}
ProtoMT.__index = function(t, k)
  local methods = {
    register_heuristic = function(self, name, fn)
      stub.heuristics[#stub.heuristics + 1] = {table = name, fn = fn, proto = self}
    end,
  }
  return methods[k]
end
function Proto(name, description)
  local p = setmetatable({}, ProtoMT)
  rawset(p, "name", name)
  rawset(p, "description", description)
  rawset(p, "prefs", {})
  stub.registered[#stub.registered + 1] = p
  return p
end

Pref = {}
function Pref.range(label, default, desc, max)
  return default
end
function Pref.bool(label, default, desc)
  return default
end
function Pref.uint(label, default, desc)
  return default
end
function Pref.enum(label, default, desc, choices, radio)
  return default
end

stub.postdissectors = {}
function register_postdissector(proto, all_fields)
  stub.postdissectors[#stub.postdissectors + 1] = proto
end

local tables = {}
DissectorTable = {}
function DissectorTable.get(name)
  if not tables[name] then
    tables[name] = {
      add = function(self, pattern, proto) stub.port_adds[#stub.port_adds + 1] = pattern end,
      remove = function(self, pattern, proto) end,
      add_for_decode_as = function(self, proto) stub.decode_as[#stub.decode_as + 1] = name end,
    }
  end
  return tables[name]
end

-- Dissector.get: the plugin hands TLS 1.x to Wireshark's "tls"; each call is recorded with the
-- pinfo.can_desegment the called dissector would get (one less than at the call, as Wireshark)
stub.handed = {}
Dissector = {}
function Dissector.get(name)
  return {
    call = function(self, tvb, pinfo, tree)
      stub.handed[#stub.handed + 1] = {name = name, number = pinfo.number, len = tvb:len(),
                                       can_desegment = math.max(pinfo.can_desegment - 1, 0)}
      return tvb:len()
    end,
  }
end

stub.field_values = {}
Field = {}
function Field.new(name)
  return function()
    local v = stub.field_values[name]
    if v == nil then
      return nil
    end
    return {value = v}
  end
end

-- Tvb ---------------------------------------------------------------------------------------
local TvbRangeMT = {}
TvbRangeMT.__index = TvbRangeMT
local TvbMT = {}
TvbMT.__index = TvbMT

local function new_tvb(data, name)
  return setmetatable({data = data, name = name}, TvbMT)
end
stub.tvb = new_tvb

function TvbMT:len()
  return #self.data
end
TvbMT.reported_length = TvbMT.len
function TvbMT:range(off, len)
  off = off or 0
  len = len or (#self.data - off)
  if off < 0 or len < 0 or off + len > #self.data then
    error("Range is out of bounds", 2)
  end
  return setmetatable({tvb = self, off = off, len = len}, TvbRangeMT)
end
TvbMT.__call = TvbMT.range
function TvbMT:raw(off, len)
  return self:range(off, len):raw()
end

function TvbRangeMT:raw()
  return self.tvb.data:sub(self.off + 1, self.off + self.len)
end
function TvbRangeMT:uint()
  assert(self.len >= 1 and self.len <= 4, "uint on a range of " .. self.len .. " bytes")
  local v = 0
  for i = 1, self.len do
    v = v * 256 + self.tvb.data:byte(self.off + i)
  end
  return v
end
function TvbRangeMT:le_uint()
  assert(self.len >= 1 and self.len <= 4)
  local v = 0
  for i = self.len, 1, -1 do
    v = v * 256 + self.tvb.data:byte(self.off + i)
  end
  return v
end
function TvbRangeMT:int()
  local v = self:uint()
  local limit = 2 ^ (8 * self.len - 1)
  if v >= limit then
    v = v - 2 * limit
  end
  return math.floor(v)
end
function TvbRangeMT:bytes()
  return ByteArray.new(self:raw(), true)
end
function TvbRangeMT:len_()
  return self.len
end

ByteArray = {}
local ByteArrayMT = {}
ByteArrayMT.__index = ByteArrayMT
function ByteArray.new(data, raw)
  assert(raw == true, "stub ByteArray.new supports raw strings only")
  return setmetatable({data = data}, ByteArrayMT)
end
function ByteArrayMT:len()
  return #self.data
end
function ByteArrayMT:raw()
  return self.data
end
function ByteArrayMT:tvb(name)
  return new_tvb(self.data, name)
end

-- TreeItem ----------------------------------------------------------------------------------
local TreeItemMT = {}
TreeItemMT.__index = TreeItemMT

local function new_item(text)
  return setmetatable({text = text, children = {}}, TreeItemMT)
end
stub.new_tree = function()
  return new_item("<root>")
end

local function hex(s)
  return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end))
end

local function field_text(field, range, little)
  if field.kind == "uint" or field.kind == "int" then
    assert(range.len == field.size, field.abbrev .. ": range of " .. range.len ..
      " bytes for a " .. field.size .. "-byte field")
    local v = little and range:le_uint() or (field.kind == "uint" and range:uint() or range:int())
    local shown = field.base == base.HEX and string.format("0x%0" .. (2 * field.size) .. "x", v)
      or tostring(v)
    if field.vs then
      return field.name .. ": " .. (field.vs[v] or "Unknown") .. " (" .. shown .. ")", v
    end
    return field.name .. ": " .. shown, v
  elseif field.kind == "bytes" then
    return field.name .. ": " .. hex(range:raw()), range:raw()
  elseif field.kind == "string" then
    return field.name .. ": " .. range:raw(), range:raw()
  end
  return field.name, nil
end

local function add(self, little, a, b, c)
  local item
  if getmetatable(a) == ProtoFieldMT then
    assert(getmetatable(b) == TvbRangeMT, "add(field, range) needs a TvbRange")
    local text, value = field_text(a, b, little)
    item = new_item(c and (a.name .. ": " .. tostring(c)) or text)
    item.abbrev = a.abbrev
    item.value = value
    item.range = b
  elseif getmetatable(a) == ProtoMT then
    assert(getmetatable(b) == TvbRangeMT, "add(proto, range) needs a TvbRange")
    item = new_item(c or rawget(a, "description"))
    item.range = b
  elseif getmetatable(a) == TvbRangeMT then
    assert(type(b) == "string", "add(range, text) needs a label")
    item = new_item(b)
    item.range = a
  else
    error("TreeItem:add: unsupported arguments", 2)
  end
  self.children[#self.children + 1] = item
  return item
end
function TreeItemMT:add(...)
  return add(self, false, ...)
end
function TreeItemMT:add_le(...)
  return add(self, true, ...)
end

function TreeItemMT:add_proto_expert_info(e, text)
  assert(getmetatable(e) == ProtoExpertMT, "add_proto_expert_info needs a ProtoExpert")
  local item = new_item("[expert " .. e.abbrev .. "] " .. (text or e.text))
  item.expert = e
  self.children[#self.children + 1] = item
  return self
end
function TreeItemMT:set_len(n)
  assert(n >= 0, "negative length")
  self.len = n
  return self
end
function TreeItemMT:set_text(t)
  self.text = t
  return self
end
function TreeItemMT:append_text(t)
  self.text = self.text .. t
  return self
end

function stub.dump(item, depth, out)
  depth = depth or 0
  out = out or {}
  if depth > 0 then
    out[#out + 1] = string.rep("  ", depth - 1) .. item.text
  end
  for _, child in ipairs(item.children) do
    stub.dump(child, depth + 1, out)
  end
  return out
end

-- pinfo -------------------------------------------------------------------------------------
local ColumnMT = {}
ColumnMT.__index = ColumnMT
ColumnMT.__tostring = function(col) return col.text end
function ColumnMT:set(t) self.text = t end
function ColumnMT:append(t) self.text = self.text .. t end
function ColumnMT:clear() self.text = "" end

-- pinfo.cols.<name> is a Column; assigning pinfo.cols.<name> = text sets its text (as
-- Wireshark's Columns __newindex does).
local function new_columns()
  local columns = {protocol = setmetatable({text = "TCP"}, ColumnMT),
                   info = setmetatable({text = "tcp"}, ColumnMT)}
  return setmetatable({}, {
    __index = columns,
    __newindex = function(_, name, text)
      assert(columns[name], "unknown column " .. tostring(name))
      assert(type(text) == "string", "column text must be a string")
      columns[name].text = text
    end,
  })
end

function stub.pinfo(number, src, src_port, dst, dst_port)
  return {
    number = number, visited = false, can_desegment = 1,
    src = src, src_port = src_port, dst = dst, dst_port = dst_port,
    desegment_offset = 0, desegment_len = 0,
    cols = new_columns(),
  }
end

function stub.unhex(s)
  return (s:gsub("%s", ""):gsub("..", function(h) return string.char(tonumber(h, 16)) end))
end

-- Wireshark's class tables: the plugin binds their methods to locals.
Tvb = TvbMT
TvbRange = TvbRangeMT
TreeItem = TreeItemMT

return stub
