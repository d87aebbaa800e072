"""The schema IR (tlcp_decode/schema/ir.py) the two code generators print from.

* the real schemas lower completely; what the IR says of them (value tables, switch cases,
  lengths, parameters) is what construct does with them;
* a construct reached twice is one node (one generated function), except where it reads
  members of two different structs;
* what is outside the supported subset is refused at lowering, with construct's error path;
* the generators only print from the IR: they do not import construct at run time;
* the Lua runtime is a plain Lua file shipped with the package, valid on its own.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
from importlib import resources
from pathlib import Path

import construct as c
import pytest

from tlcp_decode.luagen import generate_lua
from tlcp_decode.luagen.plugin import runtime_source
from tlcp_decode.schema import handshake, ir, record
from tlcp_decode.schema.meta import ExactRange, field, values

ROOT = Path(__file__).resolve().parent.parent


def _walk(node: ir.Node) -> list[ir.Node]:
    seen: dict[int, ir.Node] = {}

    def visit(n: ir.Node) -> None:
        if id(n) not in seen:
            seen[id(n)] = n
            for child in ir.children(n):
                visit(child)

    visit(node)
    return list(seen.values())


def _member(struct: ir.Node, name: str) -> ir.Node:
    assert isinstance(struct, ir.Struct)
    for member in struct.members:
        member_name, _, inner = ir.unwrap(member)
        if member_name == name:
            return inner
    raise AssertionError(f"no member {name}")


# -- the real schemas ---------------------------------------------------------------------------


def test_handshake_lowers_to_what_construct_parses() -> None:
    node = ir.lower(handshake.Handshake, ir.module_names([handshake]))
    assert isinstance(node, ir.Struct)
    assert ir.parameters(node) == ["key_exchange"]
    msg_type = _member(node, "msg_type")
    assert isinstance(msg_type, ir.Int) and msg_type.enum is not None
    assert (msg_type.size, msg_type.signed, msg_type.fmt) == (1, False, ">B")
    # the value table: every symbol of construct's Enum, display names for Wireshark
    assert dict(msg_type.enum.encoding) == {
        str(k): int(v) for k, v in handshake.HandshakeType.encmapping.items()}
    assert msg_type.enum.value_of("server_hello") == 2
    assert msg_type.enum.display[2] == "Server Hello"
    assert msg_type.enum.hint == "HandshakeType"
    length = _member(node, "length")
    assert isinstance(length, ir.Int) and (length.size, length.fmt) == (3, None)
    body = _member(node, "body")
    assert isinstance(body, ir.FixedSized)
    assert isinstance(body.length, ir.FieldRef) and body.length.name == "length"
    assert body.length.target is length
    switch = body.subcon
    assert isinstance(switch, ir.Switch) and isinstance(switch.key, ir.FieldRef)
    assert switch.key_enum is msg_type.enum
    # symbols as the schema writes them, integers as the wire has them
    cases = {case.key: case.value for case in switch.cases}
    assert cases["client_hello"] == 1 and cases["certificate"] == 11
    assert isinstance(ir.unwrap(switch.default)[2], ir.GreedyBytes)
    kinds = {type(n).__name__ for n in _walk(node)}
    assert kinds <= {"Named", "Struct", "Prefixed", "Range", "Int", "Switch", "Select",
                     "Trailing", "Bytes", "FixedSized", "GreedyBytes", "Terminated", "Pass",
                     "Const"}
    assert {"Switch", "Select", "Range", "Trailing", "Prefixed"} <= kinds


def test_record_header_has_a_static_size() -> None:
    node = ir.lower(record.RecordHeader)
    assert isinstance(node, ir.Struct)
    assert node.static_size == record.RecordHeader.sizeof() == 5


def test_a_construct_reached_twice_is_one_node() -> None:
    lowering = ir.Lowering()
    first = lowering.lower(handshake.Handshake)
    again = lowering.lower(handshake.Handshake)
    assert first is again
    nodes = _walk(first)
    # the shared Terminated of several TLS 1.3 / TLCP layouts is one node, not one per use
    assert sum(isinstance(n, ir.Terminated) for n in nodes) == 1


def test_a_node_reading_members_is_one_per_struct() -> None:
    sized = c.Bytes(c.this.n)
    a = c.Struct("n" / c.Int8ub, "x" / sized)
    b = c.Struct("n" / c.Int16ub, "x" / sized)
    lowering = ir.Lowering()
    x_in_a = _member(lowering.lower(a), "x")
    x_in_b = _member(lowering.lower(b), "x")
    assert isinstance(x_in_a, ir.Bytes) and isinstance(x_in_b, ir.Bytes)
    assert x_in_a is not x_in_b
    assert isinstance(x_in_a.length, ir.FieldRef) and isinstance(x_in_b.length, ir.FieldRef)
    assert (x_in_a.length.target.size, x_in_b.length.target.size) == (1, 2)  # type: ignore[attr-defined]


def test_needs_bytes() -> None:
    assert ir.needs_bytes(ir.lower(c.Int8ub))
    assert ir.needs_bytes(ir.lower(c.Prefixed(c.Int8ub, c.GreedyBytes)))
    assert not ir.needs_bytes(ir.lower(c.Struct()))
    assert not ir.needs_bytes(ir.lower(c.GreedyBytes))
    assert not ir.needs_bytes(ir.lower(c.Bytes(0)))


# -- the supported subset, with construct's error paths -----------------------------------------


@pytest.mark.parametrize("schema, message", [
    (c.Struct("a" / c.Struct("b" / c.Bytes(c.this.nope))),
     r"^\(parsing\) -> a -> b: this.nope names no sibling parsed before it$"),
    (c.Struct("x" / c.Bytes(c.this.n), "n" / c.Int8ub),  # used before it is parsed
     r"^\(parsing\) -> x: this.n names no sibling parsed before it$"),
    (c.Struct("a" / c.Bytes(c.this._.n)), r"-> a: length this._.n must name a sibling field"),
    (c.Struct("a" / c.Bytes(c.this._params.n)), r"must name a sibling field"),
    (c.Struct("k" / c.Bytes(2), "a" / c.Switch(c.this.k, {1: c.Int8ub})),
     r"Switch key this.k is not an integer field"),
    (c.Struct("k" / values(c.Int8ub, {"one": 1}), "a" / c.Switch(c.this.k, {"two": c.Int8ub})),
     r"-> a: Switch case 'two' is not a value of the key field"),
    (c.Struct("a" / c.Switch(c.this._params.mode, {None: c.Int8ub})),
     r"unsupported Switch case None"),
    (c.Struct("a" / c.Switch(lambda ctx: 1, {1: c.Int8ub})), r"only this.<field> paths"),
    (c.Struct("name" / c.CString("ascii")),
     r"^\(parsing\) -> name: construct class StringEncoded is not supported$"),
    (c.Struct("a" / c.Int8ub * (lambda obj, ctx: None)), r"parsed= hooks"),
    (c.Struct("a" / ExactRange(c.GreedyBytes)), r"-> a: a range element that may match zero"),
    (c.Struct("a" / c.Prefixed(values(c.Int8ub, {"x": 1}), c.GreedyBytes)),
     r"Prefixed length field is not an integer"),
    (c.Struct("a" / c.FormatField(">", "?")), r"unsupported FormatField '>\?'"),
    (c.Struct("a" / c.Enum(c.Bytes(1), x=1)), r"Enum over Bytes: only integers"),
])
def test_outside_the_subset_is_refused_with_the_path(schema: c.Construct, message: str) -> None:
    with pytest.raises(ir.SchemaError, match=message):
        ir.lower(schema)


def test_names_come_from_the_schema_modules() -> None:
    names = ir.module_names([record])
    node = ir.lower(record.RecordHeader, names)
    assert node.hint == "RecordHeader"
    content_type = _member(node, "content_type")
    assert isinstance(content_type, ir.Int) and content_type.enum is not None
    assert content_type.enum.hint == "ContentType"


def test_field_metadata_is_carried() -> None:
    node = ir.lower(c.Struct(field("n", c.Int16ub, "Count", "x.count", base="hex")))
    assert isinstance(node, ir.Struct)
    named = node.members[0]
    assert isinstance(named, ir.Named) and named.meta is not None
    assert (named.name, named.meta.label, named.meta.filter, named.meta.base) == (
        "n", "Count", "x.count", "hex")


# -- the generators print from the IR -----------------------------------------------------------


@pytest.mark.parametrize("package", ["luagen", "pygen"])
def test_generators_do_not_use_construct_at_run_time(package: str) -> None:
    for path in sorted((ROOT / "tlcp_decode" / package).glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        guarded: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                guarded.update(id(n) for n in ast.walk(node))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom) and id(node) not in guarded:
                modules = ([a.name for a in node.names] if isinstance(node, ast.Import)
                           else [node.module or ""])
                assert not any(m == "construct" or m.startswith("construct.") for m in modules), \
                    f"{path.name}:{node.lineno} imports construct outside TYPE_CHECKING"


# -- the Lua runtime ----------------------------------------------------------------------------


def test_runtime_is_package_data_and_part_of_the_plugin() -> None:
    shipped = resources.files("tlcp_decode.luagen").joinpath("runtime.lua").read_text(
        encoding="utf-8")
    assert shipped == (ROOT / "tlcp_decode/luagen/runtime.lua").read_text(encoding="utf-8")
    assert shipped == runtime_source()
    assert shipped.rstrip("\n") in generate_lua()
    assert "@" not in "".join(line.split("--")[0] for line in shipped.splitlines()), \
        "no template placeholders: the runtime reads the generated B table"
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"luagen/*.lua"' in pyproject


LUACS = [name for name in ("luac5.2", "luac5.4") if shutil.which(name)]


def test_a_lua_compiler_is_installed() -> None:
    assert LUACS, "luac5.2 or luac5.4 is needed (Debian packages lua5.2 / lua5.4)"


@pytest.mark.parametrize("luac", LUACS)
def test_runtime_compiles_on_its_own(luac: str) -> None:
    proc = subprocess.run([luac, "-p", str(ROOT / "tlcp_decode/luagen/runtime.lua")],
                          capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    # and luac does reject a broken copy (the check is real)
    broken = subprocess.run([luac, "-p", "-"], input="local function x(\n", capture_output=True,
                            text=True, timeout=60, check=False)
    assert broken.returncode != 0
