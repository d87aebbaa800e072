"""Print Wireshark Lua dissector functions from the schema IR (:mod:`tlcp_decode.schema.ir`).

This module knows neither construct nor any protocol. Each struct becomes a Lua function
``(tvb, offset, limit, tree, ctx, this) -> new_offset, values | nil, error`` that adds one tree
item per labelled field (``FieldMeta`` from :mod:`tlcp_decode.schema.meta`), never reads past
``limit`` and reports malformed data as an error string instead of raising a Lua error. With
``tree == nil`` the function only parses (used by ``Select`` to try its alternatives).

The IR's nodes are supported except what Lua's Wireshark API cannot read as a number: floats,
flags, integers wider than 4 bytes, and ``Prefixed(includelength=True)``; those raise
:class:`LuaGenError`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING

from tlcp_decode.schema import ir
from tlcp_decode.schema.generation import Names
from tlcp_decode.schema.meta import FieldMeta

if TYPE_CHECKING:  # the generators print from the IR; construct is only a type here
    import construct as c


class LuaGenError(Exception):
    """The schema uses something the generator cannot translate."""


# ProtoField constructor and Lua base for each field kind.
_INT_KINDS = {1: "uint8", 2: "uint16", 3: "uint24", 4: "uint32"}
_SINT_KINDS = {1: "int8", 2: "int16", 3: "int24", 4: "int32"}

#: Locals binding the Wireshark methods the generated code calls. ``obj:method(...)`` on a
#: Wireshark object goes through its ``__index`` metamethod (a C function doing several table
#: lookups) on every call; calling the method through a local skips that.
METHOD_LOCALS: tuple[str, ...] = (
    "local TI_add, TI_add_le = TreeItem.add, TreeItem.add_le",
    "local TI_set_text, TI_set_len = TreeItem.set_text, TreeItem.set_len",
    "local TI_expert, TI_append = TreeItem.add_proto_expert_info, TreeItem.append_text",
    "local TR_uint, TR_le_uint = TvbRange.uint, TvbRange.le_uint",
    "local TR_int, TR_le_int = TvbRange.int, TvbRange.le_int",
    "local TVB_raw, TVB_len = Tvb.raw, Tvb.len",
)

@dataclass(frozen=True)
class FieldSpec:
    """One Wireshark field (ProtoField) to register."""

    abbrev: str  # full filter name, e.g. "tlcp.handshake.type"
    label: str
    kind: str  # uint8 .. uint32, int8 .. int32, bytes, string, none
    base: str  # DEC, HEX or NONE
    table: str | None = None  # value table name (Lua VS[...])
    description: str = ""


def lua_string(text: str) -> str:
    """A Lua string literal (ASCII only output, deterministic escaping)."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif 32 <= code < 127:
            out.append(ch)
        else:
            out.extend(f"\\{b:03d}" for b in ch.encode("utf-8"))
    return '"' + "".join(out) + '"'


def protofield_source(spec: FieldSpec) -> str:
    """The Lua constructor call of one ProtoField."""
    args = [lua_string(spec.abbrev), lua_string(spec.label)]
    if spec.kind in ("bytes", "string", "none"):
        ctor = spec.kind
        if spec.description:  # bytes/string(abbrev, name, display, desc), none(abbrev, name, desc)
            args += [lua_string(spec.description)] if ctor == "none" else \
                ["nil", lua_string(spec.description)]
    else:
        ctor = spec.kind
        args.append(f"base.{spec.base}")
        args.append(f"VS[{lua_string(spec.table)}]" if spec.table else "nil")
        if spec.description:
            args += ["nil", lua_string(spec.description)]
    return f"ProtoField.{ctor}({', '.join(args)})"


def _lua_identifier(text: str) -> str:
    name = "".join(ch if ch.isalnum() or ch == "_" else "_" for ch in text) or "anon"
    return "_" + name if name[0].isdigit() else name


def lua_int(node: ir.Node, what: str) -> ir.Int | None:
    """``node`` as an integer Lua can read (1 to 4 bytes), None when it is no integer."""
    if not isinstance(node, ir.Int):
        return None
    if not 1 <= node.size <= 4:
        raise LuaGenError(f"{what}: {node.size}-byte integers are not supported in Lua")
    return node


def _count_unit(inner: ir.Node) -> tuple[str, str] | None:
    """For a range of labelled elements, the unit of its count: ("suite", "suites")."""
    if not isinstance(inner, ir.Range) or not isinstance(inner.element, ir.Named):
        return None
    _, meta, _ = ir.unwrap(inner.element)
    if meta is None or not meta.label:
        return None
    word = meta.label.split()[-1].lower()
    return word, word if word.endswith("s") else word + "s"


@dataclass
class Env:
    """Where emitted code runs: the Lua names of the limit, tree and struct values."""

    lim: str
    tree: str
    this: str  # Lua name of the enclosing struct's value table
    path: str  # human-readable location, for error messages


@dataclass
class Writer:
    lines: list[str] = field(default_factory=list)
    depth: int = 0

    def line(self, text: str) -> None:
        self.lines.append("  " * self.depth + text if text else "")

    @contextmanager
    def block(self, opener: str, closer: str = "end") -> Iterator[None]:
        self.line(opener)
        self.depth += 1
        yield
        self.depth -= 1
        self.line(closer)


class Generator:
    """Collects fields, value tables and one Lua function per reachable struct."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.fields: dict[str, FieldSpec] = {}
        self.tables: dict[str, dict[int, str]] = {}
        self._table_by_content: dict[tuple[tuple[int, str], ...], str] = {}
        self._table_by_id: dict[int, str] = {}
        self._functions: dict[int, str] = {}
        self._queue: list[tuple[str, ir.Node]] = []
        self._bodies: list[str] = []
        self._names = Names(_lua_identifier)
        self.readers: dict[int, str] = {}
        self.unpackers: dict[int, str] = {}
        self._reader_bodies: list[str] = []

    # -- naming ------------------------------------------------------------------------------

    def _unique(self, base: str) -> str:
        return self._names.unique(base)

    def _fresh(self, base: str) -> str:
        return self._names.fresh(base)

    # -- tables and fields -------------------------------------------------------------------

    def value_table(self, enum: ir.EnumTable, hint: str | None = None) -> str:
        if id(enum) in self._table_by_id:
            return self._table_by_id[id(enum)]
        key = tuple(sorted((int(k), str(v)) for k, v in enum.display.items()))
        name = self._table_by_content.get(key)
        if name is None:
            name = self._unique(enum.hint or hint or "values")
            self.tables[name] = dict(key)
            self._table_by_content[key] = name
        self._table_by_id[id(enum)] = name
        return name

    def add_field(self, spec: FieldSpec) -> str:
        known = self.fields.get(spec.abbrev)
        if known is None:
            self.fields[spec.abbrev] = spec
        elif (known.kind, known.base, known.table, known.label) != (
                spec.kind, spec.base, spec.table, spec.label):
            raise LuaGenError(
                f"filter {spec.abbrev!r} is used with two different definitions: "
                f"{known} and {spec}")
        return spec.abbrev

    def _abbrev(self, meta: FieldMeta) -> str | None:
        return f"{self.prefix}.{meta.filter}" if meta.filter else None

    def _table_hint(self, env: Env, hint: str) -> str:
        """The name of an inline Enum's value table: its struct's and its field's names."""
        return f"{env.path}_{hint}" if env.path and env.path != hint else hint

    def _int_field(self, meta: FieldMeta, info: ir.Int, hint: str) -> str | None:
        abbrev = self._abbrev(meta)
        if abbrev is None:
            return None
        if meta.base == "string":
            raise LuaGenError(f"{hint}: base='string' is for byte strings, not integers")
        kinds = _SINT_KINDS if info.signed else _INT_KINDS
        table = self.value_table(info.enum, hint) if info.enum is not None else None
        base = {"hex": "HEX", "dec": "DEC"}.get(meta.base, "DEC")
        return self.add_field(FieldSpec(abbrev, meta.label, kinds[info.size], base, table))

    def _bytes_field(self, meta: FieldMeta, kind: str = "bytes", leaf: bool = False) -> str | None:
        """The field of a byte span: a leaf with ``base="string"`` is a text field."""
        abbrev = self._abbrev(meta)
        if abbrev is None:
            return None
        if meta.base == "string":
            if not leaf:
                raise LuaGenError(f"{meta.label}: base='string' needs a plain byte string")
            kind = "string"
        return self.add_field(FieldSpec(abbrev, meta.label, kind, "NONE"))

    # -- functions ---------------------------------------------------------------------------

    def function_for(self, node: ir.Node, hint: str) -> str:
        """The Lua name (``D.<name>``) of the function dissecting ``node`` (a struct, or a range
        element or Select alternative that is not one)."""
        if id(node) in self._functions:
            return self._functions[id(node)]
        name = "D." + self._unique(node.hint or hint)
        self._functions[id(node)] = name
        self._queue.append((name, node))
        return name

    def reader_for(self, struct: ir.Struct, hint: str) -> str:
        """A function reading a fixed all-integer struct from a Lua string: ``(s, pos) -> t``."""
        if id(struct) in self.readers:
            return self.readers[id(struct)]
        name = "R." + self._unique(struct.hint or hint)
        self.readers[id(struct)] = name
        self._reader_bodies.append(self._reader_body(name, struct, hint, table=True))
        return name

    def unpacker_for(self, struct: ir.Struct, hint: str) -> tuple[str, list[str]]:
        """Like :meth:`reader_for` but returning the members as values, no table:
        ``(s, pos) -> v1, v2, ...``; also returns the member names in that order."""
        names = self._reader_names(struct, hint)
        if id(struct) in self.unpackers:
            return self.unpackers[id(struct)], names
        name = "R." + self._unique((struct.hint or hint) + "_values")
        self.unpackers[id(struct)] = name
        self._reader_bodies.append(self._reader_body(name, struct, hint, table=False))
        return name, names

    def items_for(self, struct: ir.Struct, hint: str) -> str:
        """A function adding the items of a fixed all-integer struct whose values the caller
        already read (see :meth:`unpacker_for`): ``(tvb, off, tree)``; every member needs a
        filter. The items equal those of :meth:`function_for`'s function."""
        fn = self.function_for(struct, hint)
        path = fn[2:]
        name = "R." + self._unique((struct.hint or hint) + "_items")
        w = Writer()
        with w.block(f"{name} = function(tvb, off, tree)"):
            pos = 0
            for sname, meta, info in self._reader_fields(struct, hint, "item adders"):
                meta = meta or FieldMeta(sname or "")
                field_hint = sname or "field"
                table_hint = f"{path}_{field_hint}" if path and path != field_hint else field_hint
                abbrev = self._int_field(meta, info, table_hint)
                if abbrev is None:
                    raise LuaGenError(f"{hint}: member {sname!r} has no filter")
                add = "TI_add_le" if info.little else "TI_add"
                rng = f"tvb(off + {pos}, {info.size})" if pos else f"tvb(off, {info.size})"
                w.line(f"{add}(tree, F[{lua_string(abbrev)}], {rng})")
                pos += info.size
        self._reader_bodies.append("\n".join(w.lines))
        return name

    def _reader_fields(self, struct: ir.Struct, hint: str, what: str = "string readers",
                       ) -> list[tuple[str | None, FieldMeta | None, ir.Int]]:
        out = []
        for sub in struct.members:
            sname, meta, inner = ir.unwrap(sub)
            info = lua_int(inner, hint)
            if info is None or info.signed:
                raise LuaGenError(f"{hint}: {what} need unsigned integers only")
            out.append((sname, meta, info))
        return out

    def _reader_names(self, struct: ir.Struct, hint: str) -> list[str]:
        return [n for n, _, _ in self._reader_fields(struct, hint) if n]

    def _reader_body(self, name: str, struct: ir.Struct, hint: str, table: bool) -> str:
        fields = self._reader_fields(struct, hint)
        total = sum(info.size for _, _, info in fields)
        w = Writer()
        with w.block(f"{name} = function(s, pos)"):
            byte_vars = [f"b{i + 1}" for i in range(total)]
            w.line(f"local {', '.join(byte_vars)} = s:byte(pos, pos + {total - 1})")
            pos = 0
            values: list[tuple[str, str]] = []
            for sname, _, info in fields:
                idx = byte_vars[pos:pos + info.size]
                if info.little:
                    idx.reverse()
                expr = idx[0]
                for part in idx[1:]:
                    expr = f"({expr}) * 256 + {part}"
                if sname:
                    values.append((sname, expr))
                pos += info.size
            if table:
                w.line("return {" + ", ".join(f"[{lua_string(n)}] = {e}" for n, e in values)
                       + "}")
            else:
                w.line("return " + ", ".join(e for _, e in values))
        return "\n".join(w.lines)

    def generate(self) -> str:
        """All queued functions (and the ones they reach), in a stable order."""
        while self._queue:
            name, node = self._queue.pop(0)
            self._bodies.append(self._function_body(name, node))
        return "\n\n".join(self._reader_bodies + self._bodies)

    def _function_body(self, name: str, node: ir.Node) -> str:
        w = Writer()
        with w.block(f"{name} = function(tvb, off, lim, tree, ctx, this)"):
            if isinstance(node, ir.Struct):
                w.line("this = {}")
                env = Env("lim", "tree", "this", name[2:])
                for sub in node.members:
                    self._member(w, sub, env)
                w.line("return off, this")
            else:  # a Select alternative that is not a struct: runs in the caller's context
                w.line("this = this or {}")
                env = Env("lim", "tree", "this", name[2:])
                with w.block("do"):
                    value = self.emit(w, node, env, None, name[2:])
                    w.line(f"return off, {value or 'nil'}")
        return "\n".join(w.lines)

    # -- emission ----------------------------------------------------------------------------

    def _member(self, w: Writer, sub: ir.Node, env: Env) -> None:
        with w.block("do"):
            if isinstance(sub, ir.Named):
                name, meta, inner = ir.unwrap(sub)
                value = self.emit(w, inner, env, meta or FieldMeta(name or ""), name or "field")
                if name and value is not None:
                    w.line(f"{env.this}[{lua_string(name)}] = {value}")
            else:
                self.emit(w, sub, env, None, env.path)

    def _check(self, w: Writer, env: Env, size: str, what: str) -> None:
        with w.block(f"if {size} > {env.lim} - off then"):
            w.line(f"return nil, {lua_string(what + ': needs ')} .. {size} .. "
                   f"{lua_string(' byte(s), ')} .. ({env.lim} - off) .. {lua_string(' left')}")

    def _item(self, w: Writer, env: Env, meta: FieldMeta | None, abbrev: str | None,
              size: str, empty_ok: bool = True) -> str:
        """Add a subtree item over ``size`` bytes; returns its variable.

        With ``empty_ok`` False an empty span gets no item (its children go to the parent).
        """
        var = self._fresh("t")
        rng = f"tvb(off, {size})"
        cond = env.tree if empty_ok else f"{env.tree} and {size} > 0"
        if abbrev is not None:
            add = f"TI_add({env.tree}, F[{lua_string(abbrev)}], {rng})"
        else:
            label = meta.label if meta else ""
            add = f"TI_add({env.tree}, {rng}, {lua_string(label)})"
        if empty_ok:
            w.line(f"local {var} = {cond} and {add}")
        else:
            w.line(f"local {var} = {env.tree}")
            w.line(f"if {cond} then {var} = {add} end")
        return var

    def _size_expr(self, length: ir.Length, env: Env) -> str:
        if isinstance(length, int):
            return str(length)
        return f"{env.this}[{lua_string(length.name)}] or 0"

    def emit(self, w: Writer, node: ir.Node, env: Env, meta: FieldMeta | None,
             hint: str) -> str | None:
        """Write code dissecting ``node`` at ``off``; returns a Lua expression of its value.

        ``meta`` is the label of the item to add for ``node`` itself (None: no item).
        """
        what = meta.label if meta and meta.label else hint
        info = lua_int(node, what)
        if info is not None:
            return self._emit_int(w, info, env, meta, what, hint)
        if isinstance(node, ir.Named):
            name, inner_meta, inner = ir.unwrap(node)
            return self.emit(w, inner, env, inner_meta or meta or FieldMeta(name or ""),
                             name or hint)
        if isinstance(node, ir.Trailing):
            var = self._fresh("v")
            w.line(f"local {var}")
            with w.block(f"if off < {env.lim} then"):
                value = self.emit(w, node.subcon, env, meta, hint)
                if value is not None:
                    w.line(f"{var} = {value}")
            return var
        if isinstance(node, ir.GreedyBytes | ir.Bytes):
            if isinstance(node, ir.GreedyBytes):
                size = f"({env.lim} - off)"
            else:
                var = self._fresh("n")
                w.line(f"local {var} = {self._size_expr(node.length, env)}")
                size = var
                self._check(w, env, size, what)
            self._leaf_bytes(w, env, meta, size)
            w.line(f"off = off + {size}")
            return None
        if isinstance(node, ir.Const):
            return self._emit_const(w, node, env, meta, what, hint)
        if isinstance(node, ir.Struct):
            return self._emit_struct(w, node, env, meta, hint)
        if isinstance(node, ir.Prefixed):
            if node.include_length:
                raise LuaGenError(f"{what}: Prefixed(includelength=True) is not supported")
            nvar = self._fresh("n")
            lenfield = node.length_field
            if isinstance(lenfield, ir.Named):
                lname, lmeta, linner = ir.unwrap(lenfield)
                lval = self.emit(w, linner, env, lmeta or FieldMeta(lname or ""), lname or hint)
            else:
                lval = self.emit(w, lenfield, env, None, hint)
            assert lval is not None  # the IR checked that it is an integer
            w.line(f"local {nvar} = {lval}")
            self._check(w, env, nvar, what)
            return self._bounded(w, node.subcon, env, meta, hint, nvar, what)
        if isinstance(node, ir.FixedSized):
            nvar = self._fresh("n")
            w.line(f"local {nvar} = {self._size_expr(node.length, env)}")
            self._check(w, env, nvar, what)
            return self._bounded(w, node.subcon, env, meta, hint, nvar, what)
        if isinstance(node, ir.Range):
            return self._emit_range(w, node, env, meta, hint, what)
        if isinstance(node, ir.Switch):
            return self._emit_switch(w, node, env, meta, hint, what)
        if isinstance(node, ir.Select):
            return self._emit_select(w, node, env, meta, hint, what)
        if isinstance(node, ir.Terminated):
            with w.block(f"if off ~= {env.lim} then"):
                w.line(f"return nil, {lua_string(what + ': expected the end, ')} .. "
                       f"({env.lim} - off) .. {lua_string(' byte(s) remain')}")
            return None
        if isinstance(node, ir.Pass):
            return None
        raise LuaGenError(f"{hint}: {type(node).__name__} is not supported by the Lua generator")

    def _emit_int(self, w: Writer, info: ir.Int, env: Env, meta: FieldMeta | None, what: str,
                  hint: str) -> str:
        self._check(w, env, str(info.size), what)
        var = self._fresh("v")
        rng = self._fresh("r")  # one TvbRange for the value and the item
        getter = ("le_" if info.little else "") + ("int" if info.signed else "uint")
        w.line(f"local {rng} = tvb(off, {info.size})")
        w.line(f"local {var} = TR_{getter}({rng})")
        if meta is not None:
            abbrev = self._int_field(meta, info, self._table_hint(env, hint))
            add = "TI_add_le" if info.little else "TI_add"
            if abbrev is not None:
                w.line(f"if {env.tree} then {add}({env.tree}, F[{lua_string(abbrev)}], {rng}) end")
            else:
                label = lua_string(meta.label + ": ")
                if info.enum is not None:
                    table = self.value_table(info.enum, self._table_hint(env, hint))
                    text = f"{label} .. (VS[{lua_string(table)}][{var}] or 'Unknown') .. ' (' .. {var} .. ')'"
                else:
                    text = f"{label} .. {var}"
                w.line(f"if {env.tree} then TI_add({env.tree}, {rng}, {text}) end")
        w.line(f"off = off + {info.size}")
        return var

    def _emit_const(self, w: Writer, node: ir.Const, env: Env, meta: FieldMeta | None,
                    what: str, hint: str) -> str | None:
        value = node.value
        if isinstance(value, bytes):
            size = len(value)
            self._check(w, env, str(size), what)
            expected = lua_string(value.decode("latin-1"))
            with w.block(f"if TVB_raw(tvb, off, {size}) ~= {expected} then"):
                w.line(f"return nil, {lua_string(what + ': constant mismatch')}")
            self._leaf_bytes(w, env, meta, str(size))
            w.line(f"off = off + {size}")
            return None
        info = lua_int(node.subcon, what)
        assert info is not None  # the IR checked that an integer Const reads an integer
        var = self._emit_int(w, info, env, meta, what, hint)
        with w.block(f"if {var} ~= {value} then"):
            w.line(f"return nil, {lua_string(what + f': expected {value}, got ')} .. {var}")
        return var

    def _leaf_bytes(self, w: Writer, env: Env, meta: FieldMeta | None, size: str) -> None:
        if meta is None:
            return
        abbrev = self._bytes_field(meta, leaf=True)
        if abbrev is not None and meta.der:  # see add_der in prelude.lua
            w.line(f"if {env.tree} and {size} > 0 then add_der(tvb, off, {size}, {env.tree}, "
                   f"F[{lua_string(abbrev)}], {lua_string(meta.der)}, ctx.pinfo) end")
        elif abbrev is not None:
            w.line(f"if {env.tree} and {size} > 0 then "
                   f"TI_add({env.tree}, F[{lua_string(abbrev)}], tvb(off, {size})) end")
        else:
            w.line(f"if {env.tree} and {size} > 0 then TI_add({env.tree}, tvb(off, {size}), "
                   f"{lua_string(meta.label + ' (')} .. {size} .. ' bytes)') end")

    def _bounded(self, w: Writer, inner: ir.Node, env: Env, meta: FieldMeta | None,
                 hint: str, nvar: str, what: str) -> str | None:
        """``inner`` occupies exactly ``nvar`` bytes (Prefixed, FixedSized)."""
        if isinstance(inner, ir.GreedyBytes):
            self._leaf_bytes(w, env, meta, nvar)
            w.line(f"off = off + {nvar}")
            return None
        lim = self._fresh("lim")
        w.line(f"local {lim} = off + {nvar}")
        tree = env.tree
        if meta is not None and meta.subtree:
            abbrev = self._bytes_field(meta)
            tree = self._item(w, env, meta, abbrev, nvar, empty_ok=False)
        sub_env = Env(lim, tree, env.this, hint)
        unit = _count_unit(inner) if meta is not None and meta.subtree else None
        if unit is not None:  # "Cipher Suites (2 suites)", as Wireshark's TLS tree
            assert isinstance(inner, ir.Range) and meta is not None
            count = self._fresh("c")
            w.line(f"local {count} = 0")
            value = self._emit_range(w, inner, sub_env, None, hint, what, count)
            one, many = unit
            with w.block(f"if {tree} and {nvar} > 0 then"):
                w.line(f"TI_set_text({tree}, {lua_string(meta.label + ' (')} .. {count} .. "
                       f"({count} == 1 and {lua_string(' ' + one + ')')} or "
                       f"{lua_string(' ' + many + ')')}))")
        else:
            value = self.emit(w, inner, sub_env, None, hint)
        with w.block(f"if off < {lim} and {tree} then"):
            w.line(f"TI_expert({tree}, E.trailing, {lua_string(what + ': ')} .. "
                   f"({lim} - off) .. {lua_string(' byte(s) left over')})")
        w.line(f"off = {lim}")
        return value

    def _open_item(self, w: Writer, env: Env, meta: FieldMeta | None,
                   static: int | None) -> tuple[str, str | None]:
        """A subtree for a composite of unknown size: ``(tree var, start var or None)``."""
        if meta is None or not meta.subtree:
            return env.tree, None
        if static is not None:
            abbrev = self._bytes_field(meta)
            self._check(w, env, str(static), meta.label)
            return self._item(w, env, meta, abbrev, str(static)), None
        abbrev = self._bytes_field(meta, "none")
        start = self._fresh("s")
        w.line(f"local {start} = off")
        return self._item(w, env, meta, abbrev, f"{env.lim} - off"), start

    def _close_item(self, w: Writer, tree: str, start: str | None) -> None:
        if start is not None:
            w.line(f"if {tree} then TI_set_len({tree}, off - {start}) end")

    def _emit_struct(self, w: Writer, node: ir.Struct, env: Env, meta: FieldMeta | None,
                     hint: str) -> str:
        func = self.function_for(node, hint)
        tree, start = self._open_item(w, env, meta, node.static_size)
        var = self._fresh("v")
        ovar = self._fresh("o")
        w.line(f"local {ovar}, {var} = {func}(tvb, off, {env.lim}, {tree}, ctx)")
        w.line(f"if not {ovar} then return nil, {var} end")
        w.line(f"off = {ovar}")
        self._close_item(w, tree, start)
        kind = self._kind_member(node, func[2:]) if meta is not None and meta.label else None
        if kind is not None and start is not None:  # "Extension: server_name"
            assert meta is not None
            mname, table = kind
            w.line(f"if {tree} then TI_set_text({tree}, {lua_string(meta.label + ': ')} .. "
                   f"(VS[{lua_string(table)}][{var}[{lua_string(mname)}]] or 'Unknown')) end")
        return var

    def _kind_member(self, node: ir.Struct, struct_name: str) -> tuple[str, str] | None:
        """A struct whose first member is a value-table integer is labelled by its value."""
        if not node.members:
            return None
        name, _, inner = ir.unwrap(node.members[0])
        if name is None or not isinstance(inner, ir.Int) or inner.enum is None:
            return None
        return name, self.value_table(inner.enum, f"{struct_name}_{name}")

    def _emit_range(self, w: Writer, node: ir.Range, env: Env, meta: FieldMeta | None,
                    hint: str, what: str, count: str | None = None) -> str | None:
        tree, start = self._open_item(w, env, meta, None)
        sub_env = Env(env.lim, tree, env.this, hint)
        elem = node.element
        with w.block(f"while off < {env.lim} do"):
            w.line("local before = off")
            if node.exact:
                with w.block("do"):
                    self._element(w, elem, sub_env, hint)
            else:  # GreedyRange: stop quietly at the first element that does not parse
                fn = self.function_for(elem, hint + "_item")
                ovar = self._fresh("o")
                w.line(f"local {ovar} = {fn}(tvb, off, {env.lim}, nil, ctx, {env.this})")
                w.line(f"if not {ovar} then break end")
                with w.block("do"):
                    self._element(w, elem, sub_env, hint)
            with w.block("if off <= before then"):
                w.line(f"return nil, {lua_string(what + ': an element of zero bytes')}")
            if count is not None:
                w.line(f"{count} = {count} + 1")
        self._close_item(w, tree, start)
        return None

    def _element(self, w: Writer, elem: ir.Node, env: Env, hint: str) -> None:
        if isinstance(elem, ir.Named):
            ename, emeta, einner = ir.unwrap(elem)
            self.emit(w, einner, env, emeta or FieldMeta(ename or ""), ename or hint)
        else:
            self.emit(w, elem, env, None, hint)

    def _switch_key(self, node: ir.Switch, env: Env) -> str:
        key = node.key
        if isinstance(key, ir.ParamRef):
            return f"ctx.params[{lua_string(key.name)}]"
        return f"{env.this}[{lua_string(key.name)}]"

    @staticmethod
    def _case_literal(case: ir.Case) -> str:
        if case.value is not None:
            return str(case.value)
        return lua_string(case.key) if isinstance(case.key, str) else str(case.key)

    def _emit_switch(self, w: Writer, node: ir.Switch, env: Env, meta: FieldMeta | None,
                     hint: str, what: str) -> str:
        keyexpr = self._switch_key(node, env)
        enum = node.key_enum
        tree, start = self._open_item(w, env, meta, None)
        sub_env = Env(env.lim, tree, env.this, hint)
        kvar = self._fresh("k")
        var = self._fresh("v")
        w.line(f"local {kvar} = {keyexpr}")
        w.line(f"local {var}")
        opener = "if"
        for case in node.cases:
            w.line(f"{opener} {kvar} == {self._case_literal(case)} then")
            w.depth += 1
            value = self._case(w, case.node, sub_env, f"{hint}_{case.key}")
            if value is not None:
                w.line(f"{var} = {value}")
            w.depth -= 1
            opener = "elseif"
        w.line("else" if node.cases else "do")
        w.depth += 1
        # the IR's default_expected marks a Switch whose default is the ordinary layout
        # (TLCP's, where TLS 1.3 has its own): falling through to it is no news
        if not isinstance(node.default, ir.Pass) and not node.default_expected:
            # a value the key's own table names is expected to fall through to the default
            cond = f"{tree}"
            if enum is not None:
                cond += f" and VS[{lua_string(self.value_table(enum, hint))}][{kvar}] == nil"
            with w.block(f"if {cond} then"):
                w.line(f"TI_expert({tree}, E.unknown, {lua_string(what + ': no layout for ')}"
                       f" .. tostring({kvar}))")
        value = self._case(w, node.default, sub_env, f"{hint}_default")
        if value is not None:
            w.line(f"{var} = {value}")
        w.depth -= 1
        w.line("end")
        self._close_item(w, tree, start)
        return var

    def _case(self, w: Writer, case: ir.Node, env: Env, hint: str) -> str | None:
        if isinstance(case, ir.Named):
            cname, cmeta, cinner = ir.unwrap(case)
            return self.emit(w, cinner, env, cmeta or FieldMeta(cname or ""), cname or hint)
        return self.emit(w, case, env, None, hint)

    def _emit_select(self, w: Writer, node: ir.Select, env: Env, meta: FieldMeta | None,
                     hint: str, what: str) -> str:
        funcs = [self.function_for(sub, f"{hint}_alt{i + 1}")
                 for i, sub in enumerate(node.alternatives)]
        tree, start = self._open_item(w, env, meta, None)
        var = self._fresh("v")
        ovar = self._fresh("o")
        chosen = self._fresh("f")
        this = env.this
        w.line(f"local {chosen}")
        for fn in funcs:
            with w.block(f"if not {chosen} and {fn}(tvb, off, {env.lim}, nil, ctx, {this}) then"):
                w.line(f"{chosen} = {fn}")
        with w.block(f"if not {chosen} then"):
            w.line(f"return nil, {lua_string(what + ': no alternative matches')}")
        w.line(f"local {ovar}, {var} = {chosen}(tvb, off, {env.lim}, {tree}, ctx, {this})")
        w.line(f"if not {ovar} then return nil, {var} end")
        w.line(f"off = {ovar}")
        self._close_item(w, tree, start)
        return var


def prelude_source() -> str:
    """The helpers generated functions call (``prelude.lua``, shipped as package data)."""
    return resources.files("tlcp_decode.luagen").joinpath("prelude.lua").read_text(
        encoding="utf-8")


def lower_all(roots: Mapping[str, c.Construct],
              names: Mapping[int, str] | None = None) -> dict[str, ir.Node]:
    """The IR of each root, from one lowering (shared parts stay shared); a schema outside the
    IR's subset raises :class:`LuaGenError`."""
    lowering = ir.Lowering(names)
    try:
        return {name: lowering.lower(con) for name, con in roots.items()}
    except ir.SchemaError as exc:
        raise LuaGenError(str(exc)) from exc


#: The expert infos generated code refers to: (key, suffix, text, group, severity).
GENERIC_EXPERTS: tuple[tuple[str, str, str, str, str], ...] = (
    ("trailing", "trailing", "Bytes left over", "MALFORMED", "WARN"),
    ("unknown", "unknown", "No layout for this value", "UNDECODED", "WARN"),
)


def generate_module(prefix: str, roots: Mapping[str, c.Construct],
                    name_hints: Mapping[int, str] | None = None) -> str:
    """A standalone Lua chunk returning ``{D = ..., F = ..., VS = ..., E = ..., fields = ...}``.

    ``roots`` maps function names to the structs to translate. Used to test the generator on
    schemas of any protocol; the plugin assembles the same pieces around its runtime.
    """
    hints = dict(name_hints or {})
    for name, con in roots.items():
        hints.setdefault(id(con), name)
    nodes = lower_all(roots, hints)
    gen = Generator(prefix)
    names = {name: gen.function_for(node, name) for name, node in nodes.items()}
    body = gen.generate()
    out = ["local VS, F, E, D, R = {}, {}, {}, {}, {}", "local FIELD_LIST = {}",
           *METHOD_LOCALS, prelude_source().rstrip("\n")]
    for tname, table in gen.tables.items():
        items = ", ".join(f"[{k}] = {lua_string(v)}" for k, v in sorted(table.items()))
        out.append(f"VS[{lua_string(tname)}] = {{{items}}}")
    for spec in gen.fields.values():
        out.append(f"F[{lua_string(spec.abbrev)}] = {protofield_source(spec)}")
        out.append(f"FIELD_LIST[#FIELD_LIST + 1] = F[{lua_string(spec.abbrev)}]")
    for key, suffix, text, group, severity in GENERIC_EXPERTS:
        out.append(f"E.{key} = ProtoExpert.new({lua_string(prefix + '.' + suffix)}, "
                   f"{lua_string(text)}, expert.group.{group}, expert.severity.{severity})")
    out.append(body)
    exports = ", ".join(f"[{lua_string(k)}] = {v}" for k, v in names.items())
    out.append("return {D = D, F = F, VS = VS, E = E, fields = FIELD_LIST, "
               f"roots = {{{exports}}}}}")
    return "\n".join(out) + "\n"
