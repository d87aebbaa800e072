-- Helpers the generated schema functions call (tlcp_decode/luagen/prelude.lua): written in front
-- of them, after the TI_*/TR_*/TVB_* method locals.

-- add_der(tvb, off, len, tree, field, asn1_type, pinfo): a byte string that is a DER value of an
-- ASN.1 type, named as Wireshark's BER tables know it: a syntax ("Certificate": table
-- "ber.syntax") or an attribute OID ("2.5.4.49", a DistinguishedName: table "ber.oid").
-- Wireshark's own dissector for it (x509af, x509if) shows it, as Wireshark's TLS dissector shows
-- certificates and distinguished names, with its x509af.* / x509if.* / x509sat.* fields; this
-- plugin's own field stays for its filter but is hidden, so the tree has no level that TLS's
-- has not. Without pinfo or that dissector, the field is an ordinary bytes item. A malformed
-- value gets Wireshark's own "Malformed Packet" item (Dissector.call adds it before raising the
-- error caught here).
local ber_dissectors = {}

local function ber_dissector(asn1_type)
  local found = ber_dissectors[asn1_type]
  if found == nil then
    local table_name = asn1_type:find("^[%d.]+$") and "ber.oid" or "ber.syntax"
    local ok, dissector = pcall(function()
      return DissectorTable.get(table_name):get_dissector(asn1_type)
    end)
    found = ok and dissector or false
    ber_dissectors[asn1_type] = found
  end
  return found
end

local function add_der(tvb, off, len, tree, field, asn1_type, pinfo)
  local range = tvb(off, len)
  local item = TI_add(tree, field, range)
  local dissector = pinfo and ber_dissector(asn1_type)
  if dissector then
    item:set_hidden(true)
    pcall(dissector.call, dissector, range:tvb(), pinfo, tree)
  end
end
