"""The construct -> Lua generator on a toy (non-TLCP) TLV protocol, run under lua5.2 and lua5.4
with the Wireshark API stub in tests/lua/wireshark_stub.lua."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
from pathlib import Path

import construct as c
import pytest
from construct import (
    Bytes,
    Const,
    FixedSized,
    GreedyBytes,
    GreedyRange,
    Int8ub,
    Int16ub,
    Int16ul,
    Int24ub,
    Int32ub,
    Prefixed,
    Select,
    Struct,
    Switch,
    Terminated,
    this,
)

from tlcp_decode.luagen import LuaGenError, generate_lua
from tlcp_decode.luagen.codegen import generate_module, lua_string
from tlcp_decode.schema.meta import ExactRange, Trailing, field, values

STUB = Path(__file__).parent / "lua" / "wireshark_stub.lua"
LUAS = [name for name in ("lua5.2", "lua5.4") if shutil.which(name)]

# --- the toy protocol: a magic, a version, a list of typed items, an optional trailer --------

Kind = values(Int8ub, {"text": 1, "number": 2, "pair": 3, "blob": 4, "either": 5})

Pair = Struct(
    field("left", Int16ub, "Left", "pair.left"),
    field("right", Int24ub, "Right", "pair.right", base="hex"),
)

Item = Struct(
    field("kind", Kind, "Kind", "item.kind"),
    field("length", Int16ub, "Length", "item.length"),
    field(
        "value",
        FixedSized(this.length, Switch(this.kind, {
            "text": field("text", GreedyBytes, "Text", "item.text"),
            "number": Struct(field("number", Int32ub, "Number", "item.number")),
            "pair": field("pair", Pair, "Pair", "item.pair"),
            "blob": Struct(field("size", Int8ub, "Size", "blob.size"),
                           field("data", Bytes(this.size), "Data", "blob.data")),
            "either": Select(
                Struct(field("short", Int8ub, "Short", "either.short"), Terminated),
                Struct(field("wide", Int16ul, "Wide", "either.wide"), Terminated),
            ),
        }, default=field("raw", GreedyBytes, "Raw", "item.raw"))),
        "Value",
    ),
)

Message = Struct(
    field("magic", Const(b"TV"), "Magic", "magic"),
    field("version", Int8ub, "Version", "version"),
    field("items", Prefixed(field("items_length", Int16ub, "Items Length", "items_length"),
                            ExactRange(field("item", Item, "Item", "item"))),
          "Items", "items"),
    field("mode_data", Switch(this._params.mode, {
        "short": field("code", Int8ub, "Code", "code"),
    }, default=Struct()), "Mode Data"),
    field("trailer", Trailing(Prefixed(Int8ub, GreedyRange(field("tag", Int8ub, "Tag", "tag")))),
          "Trailer", "trailer"),
    Terminated,
)

RUNNER = r"""
local stub = dofile(STUB_PATH)
local mod = dofile(MODULE_PATH)
local cases = CASES
for i, case in ipairs(cases) do
  local tvb = stub.tvb(stub.unhex(case.hex), "test")
  local tree = stub.new_tree()
  local ctx = {params = case.params or {}}
  local ok, off, val = pcall(mod.roots[case.root], tvb, 0, tvb:len(), case.quiet and nil or tree, ctx)
  print("CASE " .. i)
  if not ok then
    print("LUAERROR " .. tostring(off))
  elseif off then
    print("OK " .. off)
  else
    print("ERR " .. tostring(val))
  end
  if not case.quiet then
    for _, line in ipairs(stub.dump(tree)) do
      print("  " .. line)
    end
  end
end
"""


def _lua_cases(cases: list[dict[str, object]]) -> str:
    parts = []
    for case in cases:
        items = []
        for key, value in case.items():
            if isinstance(value, bool):
                items.append(f"{key} = {'true' if value else 'false'}")
            elif isinstance(value, dict):
                inner = ", ".join(f"[{lua_string(k)}] = {lua_string(v)}" for k, v in value.items())
                items.append(f"{key} = {{{inner}}}")
            else:
                items.append(f"{key} = {lua_string(str(value))}")
        parts.append("{" + ", ".join(items) + "}")
    return "{" + ", ".join(parts) + "}"


def run_toy(tmp_path: Path, lua: str, cases: list[dict[str, object]],
            roots: dict[str, c.Construct] | None = None) -> list[tuple[str, list[str]]]:
    module = tmp_path / "toy.lua"
    module.write_text(generate_module("toy", roots or {"Message": Message, "Item": Item}))
    runner = tmp_path / "run.lua"
    runner.write_text(RUNNER.replace("STUB_PATH", lua_string(str(STUB)))
                      .replace("MODULE_PATH", lua_string(str(module)))
                      .replace("CASES", _lua_cases(cases)))
    proc = subprocess.run([lua, str(runner)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    results: list[tuple[str, list[str]]] = []
    for line in proc.stdout.splitlines():
        if line.startswith("CASE "):
            results.append(("", []))
        elif line.startswith("  "):
            results[-1][1].append(line[2:])
        else:
            results[-1] = (line, results[-1][1])
    return results


def build_message(items: bytes, trailer: bytes | None = b"\x02\x07\x08") -> bytes:
    out = b"TV\x01" + len(items).to_bytes(2, "big") + items
    return out + (trailer or b"")


def item(kind: int, body: bytes) -> bytes:
    return bytes([kind]) + len(body).to_bytes(2, "big") + body


GOOD = build_message(
    item(1, b"hi") + item(2, b"\x00\x00\x01\x00") + item(3, b"\x00\x05\x0a\x0b\x0c")
    + item(4, b"\x02\xaa\xbb") + item(5, b"\x07") + item(5, b"\x34\x12") + item(9, b"\xff")
)


@pytest.fixture(params=LUAS)
def lua(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_python_parses_the_toy_message() -> None:
    parsed = Message.parse(GOOD, mode="x")
    assert [int(i.kind) for i in parsed["items"]] == [1, 2, 3, 4, 5, 5, 9]


def test_toy_tree(tmp_path: Path, lua: str) -> None:
    [(status, tree)] = run_toy(tmp_path, lua, [{"root": "Message", "hex": GOOD.hex()}])
    assert status == f"OK {len(GOOD)}"
    assert tree == [
        "Magic: 5456",
        "Version: 1",
        f"Items Length: {len(GOOD) - 8}",
        "Items (7 items)",  # a range of labelled elements counts them
        "  Item: Text",  # labelled by its first, value-table member
        "    Kind: Text (1)",
        "    Length: 2",
        "    Value",
        "      Text: 6869",
        "  Item: Number",  # labelled by its first, value-table member
        "    Kind: Number (2)",
        "    Length: 4",
        "    Value",
        "      Number: 256",
        "  Item: Pair",  # labelled by its first, value-table member
        "    Kind: Pair (3)",
        "    Length: 5",
        "    Value",
        "      Pair: 00050a0b0c",
        "        Left: 5",
        "        Right: 0x0a0b0c",
        "  Item: Blob",  # labelled by its first, value-table member
        "    Kind: Blob (4)",
        "    Length: 3",
        "    Value",
        "      Size: 2",
        "      Data: aabb",
        "  Item: Either",  # labelled by its first, value-table member
        "    Kind: Either (5)",
        "    Length: 1",
        "    Value",
        "      Short: 7",
        "  Item: Either",  # labelled by its first, value-table member
        "    Kind: Either (5)",
        "    Length: 2",
        "    Value",
        "      Wide: 4660",
        "  Item: Unknown",  # labelled by its first, value-table member
        "    Kind: Unknown (9)",
        "    Length: 1",
        "    Value",
        "      [expert toy.unknown] value: no layout for 9",
        "      Raw: ff",
        "Mode Data",
        "  [expert toy.unknown] Mode Data: no layout for nil",
        "Trailer (2 tags)",
        "  Tag: 7",
        "  Tag: 8",
    ]


def test_params_switch_and_absent_trailer(tmp_path: Path, lua: str) -> None:
    msg = build_message(item(1, b"x"), trailer=None) + b"\x2a"
    [(status, tree)] = run_toy(tmp_path, lua, [
        {"root": "Message", "hex": msg.hex(), "params": {"mode": "short"}}])
    assert status == f"OK {len(msg)}"
    assert "Code: 42" in tree[-1]
    assert not any("Trailer" in line for line in tree)


@pytest.mark.parametrize(("data", "error"), [
    (GOOD[:1], "Magic: needs 2 byte(s), 1 left"),
    (b"XY" + GOOD[2:], "Magic: constant mismatch"),
    (build_message(item(2, b"\x00\x01")), "Number: needs 4 byte(s), 2 left"),
    (b"TV\x01\x00\x09" + item(1, b"ab"), "Items: needs 9 byte(s), 5 left"),
    (build_message(item(1, b"ab") + b"\x01"), "Length: needs 2 byte(s), 0 left"),
    (build_message(item(5, b"\x01\x02\x03")), "no alternative matches"),
    (build_message(item(4, b"\x05\x01")), "Data: needs 5 byte(s), 1 left"),
    (GOOD + b"\x00", "expected the end"),
])
def test_toy_errors(tmp_path: Path, lua: str, data: bytes, error: str) -> None:
    with pytest.raises(c.ConstructError):
        Message.parse(data, mode="x")
    [(status, _tree)] = run_toy(tmp_path, lua, [{"root": "Message", "hex": data.hex()}])
    assert status.startswith("ERR ") and error in status, status


def test_leftover_bytes_are_expert_info(tmp_path: Path, lua: str) -> None:
    # a Number item whose length says 6: construct's FixedSized ignores the 2 extra bytes
    data = build_message(item(2, b"\x00\x00\x00\x01\xee\xee"))
    Message.parse(data, mode="x")
    [(status, tree)] = run_toy(tmp_path, lua, [{"root": "Message", "hex": data.hex()}])
    assert status == f"OK {len(data)}"
    assert "      [expert toy.trailing] Value: 2 byte(s) left over" in tree


def test_random_bytes_never_raise(tmp_path: Path, lua: str) -> None:
    """Whatever the input, the generated code returns an offset or an error, never raises;
    and it accepts exactly what construct accepts."""
    rng = random.Random(1234)
    samples = []
    for _ in range(300):
        base = bytearray(GOOD)
        for _ in range(rng.randint(1, 4)):
            pos = rng.randrange(len(base))
            base[pos] = rng.randrange(256)
        samples.append(bytes(base[: rng.randint(0, len(base))]) if rng.random() < 0.3
                       else bytes(base))
    cases: list[dict[str, object]] = [
        {"root": "Message", "hex": s.hex(), "quiet": True} for s in samples]
    cases += [{"root": "Message", "hex": s.hex()} for s in samples[:50]]
    results = run_toy(tmp_path, lua, cases)
    assert len(results) == len(cases)
    for sample, (status, _tree) in zip(samples + samples[:50], results, strict=True):
        assert not status.startswith("LUAERROR"), (sample.hex(), status)
        try:
            Message.parse(sample, mode="x")
            python_ok = True
        except c.ConstructError:
            python_ok = False
        assert status.startswith("OK") == python_ok, (sample.hex(), status)


def test_unknown_construct_class_is_an_error() -> None:
    bad = Struct(field("name", c.CString("ascii"), "Name", "name"))
    with pytest.raises(LuaGenError, match="StringEncoded|CString|not supported"):
        generate_module("toy", {"Bad": bad})
    with pytest.raises(LuaGenError, match="Array|not supported"):
        generate_module("toy", {"Bad": Struct(field("a", c.Array(2, Int8ub), "A", "a"))})


def test_switch_on_a_missing_sibling_is_an_error() -> None:
    bad = Struct(field("x", Switch(this.nope, {1: Int8ub}), "X", "x"))
    with pytest.raises(LuaGenError, match="names no sibling"):
        generate_module("toy", {"Bad": bad})


def test_conflicting_filter_definitions_are_an_error() -> None:
    bad = Struct(field("a", Int8ub, "A", "dup"), field("b", Int16ub, "B", "dup"))
    with pytest.raises(LuaGenError, match="dup"):
        generate_module("toy", {"Bad": bad})


def test_output_is_deterministic() -> None:
    assert generate_module("toy", {"Message": Message}) == generate_module(
        "toy", {"Message": Message})
    assert generate_lua() == generate_lua()


@pytest.mark.parametrize("luac", [n for n in ("luac5.4", "luac5.2") if shutil.which(n)])
def test_generated_toy_compiles(tmp_path: Path, luac: str) -> None:
    module = tmp_path / "toy.lua"
    module.write_text(generate_module("toy", {"Message": Message}))
    subprocess.run([luac, "-p", str(module)], check=True)


def test_lua_string_escapes() -> None:
    assert lua_string('a"b\\c\n') == '"a\\"b\\\\c\\010"'
    assert json.loads(lua_string("plain")) == "plain"


def test_string_base_is_for_byte_strings_only() -> None:
    bad = c.Struct(field("n", c.Int8ub, "N", "n", base="string"))
    with pytest.raises(LuaGenError, match="string"):
        generate_module("toy", {"Bad": bad})
