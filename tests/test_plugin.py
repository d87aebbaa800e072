"""dissector/tlcp.lua itself: generated, up to date, valid Lua 5.2 and 5.4, and its record-layer
runtime (reassembly of handshake messages over records, desegmentation, heuristic) run under
lua5.2 and lua5.4 with the Wireshark API stub."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import dpkt
import pytest

from tlcp_decode.luagen import generate_lua, install_plugin, personal_plugin_dir, write_plugin
from tlcp_decode.luagen.codegen import lua_string
from tlcp_decode.luagen.readme import BEGIN, END, field_table, render

ROOT = Path(__file__).resolve().parents[1]
PLUGIN = ROOT / "dissector" / "tlcp.lua"
README = ROOT / "dissector" / "README.md"
STUB = Path(__file__).parent / "lua" / "wireshark_stub.lua"
LUAS = [name for name in ("lua5.2", "lua5.4") if shutil.which(name)]
CAPTURE = ROOT / "pcaps" / "tongsuo" / "tongsuo_ecc_sm4_cbc_sm3.pcapng"
SERVER_PORT = 34431

DRIVER = r"""
local stub = dofile(STUB_PATH)
dofile(PLUGIN_PATH)
local proto = stub.registered[1]
assert(proto.name == "tlcp")
assert(#stub.heuristics == 1 and stub.heuristics[1].table == "tcp")
assert(stub.decode_as[1] == "tcp.port")
assert(#stub.postdissectors == 1)  -- augment mode's
proto.prefs.mode = 2  -- standalone: the heuristic takes TLCP connections
proto.init()
for _, pkt in ipairs(PACKETS) do
  local src, sport, dst, dport = "10.0.0.1", 40000, "10.0.0.2", 443
  if pkt.dir == "s" then
    src, sport, dst, dport = dst, dport, src, sport
  end
  local pinfo = stub.pinfo(pkt.number, src, sport, dst, dport)
  stub.field_values["tcp.stream"] = 0
  local tvb = stub.tvb(stub.unhex(pkt.hex), "frame")
  local tree = stub.new_tree()
  local result
  if pkt.heuristic then
    result = stub.heuristics[1].fn(tvb, pinfo, tree)
  else
    result = proto.dissector(tvb, pinfo, tree)
  end
  local handed = stub.handed[#stub.handed]
  print("PACKET " .. pkt.number .. " result=" .. tostring(result) .. " proto=" ..
        tostring(pinfo.cols.protocol) .. " deseg=" .. pinfo.desegment_offset .. "/" ..
        pinfo.desegment_len .. " handed=" ..
        (handed and handed.number == pkt.number and
         (handed.name .. ":" .. handed.len .. ":" .. handed.can_desegment) or "-"))
  print("INFO " .. tostring(pinfo.cols.info))
  for _, line in ipairs(stub.dump(tree)) do
    print("  " .. line)
  end
end
"""


def payloads() -> list[tuple[str, bytes]]:
    out = []
    with CAPTURE.open("rb") as fh:
        for _ts, buf in dpkt.pcapng.Reader(fh):
            tcp = dpkt.ethernet.Ethernet(buf).data.data
            if tcp.data:
                out.append(("c" if tcp.dport == SERVER_PORT else "s", bytes(tcp.data)))
    return out


def records(data: bytes) -> list[tuple[int, bytes]]:
    out = []
    while data:
        length = int.from_bytes(data[3:5], "big")
        out.append((data[0], data[5:5 + length]))
        data = data[5 + length:]
    return out


def record(content_type: int, fragment: bytes, version: int = 0x0101) -> bytes:
    return bytes([content_type]) + version.to_bytes(2, "big") + len(fragment).to_bytes(
        2, "big") + fragment


def run(lua: str, tmp_path: Path, packets: list[dict[str, object]]) -> list[dict[str, object]]:
    items = []
    for pkt in packets:
        fields = [f"number = {pkt['number']}", f"dir = {lua_string(str(pkt['dir']))}",
                  f"hex = {lua_string(bytes(pkt['data']).hex())}"]  # type: ignore[call-overload]
        if pkt.get("heuristic"):
            fields.append("heuristic = true")
        items.append("{" + ", ".join(fields) + "}")
    driver = tmp_path / "driver.lua"
    driver.write_text(DRIVER.replace("STUB_PATH", lua_string(str(STUB)))
                      .replace("PLUGIN_PATH", lua_string(str(PLUGIN)))
                      .replace("PACKETS", "{" + ",\n".join(items) + "}"))
    proc = subprocess.run([lua, str(driver)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    out: list[dict[str, object]] = []
    for line in proc.stdout.splitlines():
        if line.startswith("PACKET "):
            head = dict(part.split("=", 1) for part in line.split()[2:])
            out.append({**head, "tree": []})
        elif line.startswith("INFO "):
            out[-1]["info"] = line[5:]
        else:
            tree = out[-1]["tree"]
            assert isinstance(tree, list)
            tree.append(line[2:])
    return out


@pytest.fixture(params=LUAS)
def lua(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_committed_plugin_is_fresh() -> None:
    assert PLUGIN.read_text(encoding="utf-8") == generate_lua(), (
        "dissector/tlcp.lua is stale: run python -m tlcp_decode.luagen -o dissector/tlcp.lua")


def test_readme_field_table_is_fresh() -> None:
    text = README.read_text(encoding="utf-8")
    assert BEGIN in text and END in text
    assert render(text) == text, "run python -m tlcp_decode.luagen --readme dissector/README.md"
    table = field_table()
    for name in ("tlcp.record.content_type", "tlcp.handshake.ciphersuite",
                 "tlcp.alert_message.desc", "tlcp.app_data", "tlcp.handshake.certificate"):
        assert f"`{name}`" in table


@pytest.mark.parametrize("luac", [n for n in ("luac5.4", "luac5.2") if shutil.which(n)])
def test_plugin_compiles(luac: str) -> None:
    subprocess.run([luac, "-p", str(PLUGIN)], check=True)


def test_plugin_avoids_removed_apis() -> None:
    text = PLUGIN.read_text()
    for banned in ("bit32", "bit.", "setfenv", "getfenv", "unpack(", "loadstring", "module(",
                   "table.getn", "math.pow", "string.gfind"):
        assert banned not in text, banned


def test_write_and_install(tmp_path: Path) -> None:
    assert write_plugin(tmp_path).read_text() == generate_lua()
    assert write_plugin(tmp_path / "x" / "t.lua").name == "t.lua"
    installed = install_plugin(tmp_path / "plugins")
    assert installed == tmp_path / "plugins" / "tlcp.lua" and installed.exists()
    assert personal_plugin_dir().name == "plugins"


def test_handshake_flight(lua: str, tmp_path: Path) -> None:
    packets = [{"number": n, "dir": d, "data": p} for n, (d, p) in enumerate(payloads()[:4], 1)]
    out = run(lua, tmp_path, packets)
    assert [p["info"] for p in out] == [
        "Client Hello",
        "Server Hello, Certificate, Server Key Exchange, Server Hello Done",
        "Client Key Exchange, Change Cipher Spec, Encrypted Handshake Message",
        "New Session Ticket, Change Cipher Spec, Encrypted Handshake Message",
    ]
    assert all(p["proto"] == "TLCP" for p in out)
    text = "\n".join("\n".join(p["tree"]) for p in out)  # type: ignore[arg-type]
    assert "[expert" not in text
    assert "Cipher Suite: ECC_SM4_CBC_SM3 (0xe013)" in text
    assert "Encrypted PreMaster Length: " in text  # ClientKeyExchange decoded as ECC


def test_handshake_messages_spanning_records(lua: str, tmp_path: Path) -> None:
    flights = payloads()
    server_hs = b"".join(frag for _t, frag in records(flights[1][1]))
    # the server's four messages re-cut into records of 100 bytes
    cut = b"".join(record(22, server_hs[i:i + 100]) for i in range(0, len(server_hs), 100))
    packets = [
        {"number": 1, "dir": "c", "data": flights[0][1]},
        {"number": 2, "dir": "s", "data": cut[:3]},
        {"number": 3, "dir": "s", "data": cut},  # what TCP hands over after reassembly
        {"number": 4, "dir": "c", "data": flights[2][1]},
    ]
    out = run(lua, tmp_path, packets)
    assert out[1]["deseg"] != "0/0"  # asked for the rest of the record cut in half
    assert out[2]["info"].startswith("Server Hello, Handshake Fragment")  # type: ignore[union-attr]
    for name in ("Certificate", "Server Key Exchange", "Server Hello Done"):
        assert name in out[2]["info"]  # type: ignore[operator]
    tree = out[2]["tree"]
    assert any("Handshake Fragment" in line for line in tree)  # type: ignore[union-attr]
    assert not any("[expert" in line for line in tree)  # type: ignore[union-attr]
    # the key exchange learnt from the reassembled ServerHello decodes the ClientKeyExchange
    assert any("Encrypted PreMaster Length" in line for line in out[3]["tree"])  # type: ignore[union-attr]


def test_desegmentation_and_malformed(lua: str, tmp_path: Path) -> None:
    hello = payloads()[0][1]
    packets = [
        {"number": 1, "dir": "c", "data": hello[:3]},
        {"number": 2, "dir": "c", "data": hello[:20]},
        {"number": 3, "dir": "c", "data": b"\x99\x01\x01\x00\x02ab"},
        {"number": 4, "dir": "s", "data": record(22, b"\x02\x00\x00\x03abc\x0b\x00\x00\x09ab")},
        {"number": 5, "dir": "s", "data": record(21, b"\x02\x28\x00")},
        {"number": 6, "dir": "s", "data": record(22, b"\x63\x00\x00\x01z")},
        {"number": 7, "dir": "s", "data": record(23, b"x", 0x0202)},
        {"number": 8, "dir": "s", "data": record(21, b"\x01\x00") + b"\x99\x01\x01\x00\x02ab"},
    ]
    out = run(lua, tmp_path, packets)
    assert out[0]["deseg"] == f"0/{0x0fffffff}"
    assert out[1]["deseg"] == f"0/{len(hello) - 20}"
    # data that does not start a record where a segment starts: the rest of a record whose start
    # is not in the capture, as Wireshark's TLS shows it; in the middle of the data: an error
    assert out[2]["info"] == "Continuation Data"
    assert not any("[expert" in line for line in out[2]["tree"])  # type: ignore[union-attr]
    assert any("tlcp.record.unknown_content_type" in line for line in out[7]["tree"])  # type: ignore[union-attr]
    assert any("Server Hello does not parse" in line for line in out[3]["tree"])  # type: ignore[union-attr]
    assert any("handshake.interrupted" in line for line in out[4]["tree"])  # type: ignore[union-attr]
    assert any("tlcp.trailing" in line for line in out[4]["tree"])  # type: ignore[union-attr]
    assert out[4]["info"] == "Alert (Level: Fatal, Description: Handshake Failure)"
    assert out[5]["info"] == "Unknown Handshake Message (99)"
    assert any("tlcp.unknown" in line for line in out[5]["tree"])  # type: ignore[union-attr]
    assert any("tlcp.record.unknown_version" in line for line in out[6]["tree"])  # type: ignore[union-attr]


def test_heuristic(lua: str, tmp_path: Path) -> None:
    hello = payloads()[0][1]
    tls = bytearray(hello)
    tls[1:3] = b"\x03\x03"
    packets = [
        {"number": 1, "dir": "s", "data": bytes(tls), "heuristic": True},
        {"number": 2, "dir": "s", "data": b"GET / HTTP/1.1\r\n\r\n", "heuristic": True},
        {"number": 3, "dir": "c", "data": hello[:2], "heuristic": True},
        {"number": 4, "dir": "c", "data": hello, "heuristic": True},
        {"number": 5, "dir": "c", "data": b"\x17\x01\x01\x40\x05" + b"x" * 100,
         "heuristic": True},
        {"number": 6, "dir": "c", "data": b"continuation of a long record", "heuristic": True},
    ]
    out = run(lua, tmp_path, packets)
    assert [p["result"] for p in out] == ["false", "false", "false", "true", "true", "true"]
    assert out[3]["info"] == "Client Hello"
    assert out[4]["deseg"] == f"0/{5 + 0x4005 - 105}"


def test_text_fields_and_table_names() -> None:
    text = generate_lua()
    # base="string" in the schema metadata: the SNI host name is a text field
    assert ('ProtoField.string("tlcp.handshake.extensions_server_name", "Server Name")'
            in text)
    # value tables of inline Enums carry their struct's name, never a bare field name
    names = re.findall(r'^VS\["([^"]+)"\]', text, re.M)
    assert len(names) == len(set(names))
    assert "ChangeCipherSpec_type" in names and "ServerName_name_type" in names
    assert not [n for n in names if n.islower()]
    # TLS-like labels: counted lists, extensions by type
    assert re.search(r'TI_set_text\(t\d+, "Cipher Suites \(" \.\.', text)
    assert re.search(r'TI_set_text\(t\d+, "Extension: " \.\.', text)
