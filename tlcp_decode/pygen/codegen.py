"""Translate declarative construct schemas into plain, straight-line Python parse functions.

This module knows construct, not any protocol (the TLCP roots are in ``tlcp_decode.pygen``).
The generated code reads the message with ``struct.unpack_from``, indexing and slicing at
offsets into one ``bytes`` object instead of construct's stream objects and per-field method
calls, and returns exactly what ``con.parse(data, **params)`` returns: ``Container`` and
``ListContainer`` with the same members in the same order, ``EnumIntegerString`` or
``EnumInteger`` for Enum fields, bytes for byte fields. It accepts and rejects the same inputs,
raising the construct exception class construct raises, with the same message and path
(``Error in path (parsing) -> body -> ...``). The one thing left out is each ``Container``'s
private ``_io`` member (construct's stream object; ``==`` ignores it).

Each ``Struct`` becomes a function ``(data, pos, end, *params) -> (Container, pos)``, one per
path it is reached on (so error paths are constant strings); everything else is written out
inline. ``end`` is the end of the enclosing span: construct parses ``Prefixed`` and
``FixedSized`` contents from a separate stream, here they get a nearer ``end``.

Supported classes (exact types; a subclass may parse differently): Struct, Renamed,
FormatField, BytesInteger, Flag, Enum, Const, Bytes and FixedSized (constant or ``this.<field>``
length), GreedyBytes, Prefixed, GreedyRange and ``meta.ExactRange``, Switch (key
``this.<field>`` or ``this._params.<name>``), Select, Terminated, ``meta.Trailing``, Pass.
Anything else, or a construct with a ``parsed`` hook, raises :class:`PyGenError`.
"""

from __future__ import annotations

import keyword
import math
import re
import struct
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from typing import Any

import construct as c

from tlcp_decode.schema.generation import Names, this_path
from tlcp_decode.schema.meta import ExactRange, Trailing


class PyGenError(Exception):
    """The schema uses something the generator cannot translate exactly."""


# construct exposes these as singleton instances; match on their classes.
_GREEDY_BYTES = type(c.GreedyBytes)
_TERMINATED = type(c.Terminated)
_PASS = type(c.Pass)
_FLAG = type(c.Flag)

_INT_FORMATS = frozenset("bBhHiIlLqQ")
#: struct format letters of the BytesInteger sizes struct can read directly
_SIZE_FORMATS = {1: "b", 2: "h", 4: "i", 8: "q"}


@dataclass(frozen=True)
class IntKind:
    """An integer construct: size in bytes and whether it can be negative."""

    size: int
    signed: bool


def int_kind(con: c.Construct) -> IntKind | None:
    """``con`` (Renamed looked through) parses into a plain int: its size and sign."""
    while type(con) is c.Renamed:
        con = con.subcon
    if type(con) is c.FormatField and con.fmtstr[1] in _INT_FORMATS:
        return IntKind(con.length, con.fmtstr[1].islower())
    if type(con) is c.BytesInteger and type(con.length) is int:
        return IntKind(con.length, bool(con.signed))
    return None


def path_of(expr: Any) -> list[str]:
    """``this.a.b`` -> ["a", "b"] (see schema.generation.this_path)."""
    return this_path(expr, PyGenError)


def params_of(con: c.Construct) -> list[str]:
    """The parse parameters (``this._params.<name>``) anywhere below ``con``, in first-use order."""
    found: list[str] = []
    seen: set[int] = set()

    def walk(node: Any) -> None:
        if not isinstance(node, c.Construct) or id(node) in seen:
            return
        seen.add(id(node))
        for attr in ("keyfunc", "length"):
            expr = getattr(node, attr, None)
            if isinstance(expr, c.expr.Path):
                parts = path_of(expr)
                if parts[0] == "_params" and len(parts) == 2 and parts[1] not in found:
                    found.append(parts[1])
        for attr in ("lengthfield", "subcon", "default"):
            walk(getattr(node, attr, None))
        for sub in getattr(node, "subcons", None) or ():
            walk(sub)
        cases = getattr(node, "cases", None)
        if isinstance(cases, dict):
            for sub in cases.values():
                walk(sub)

    walk(con)
    return found


def needs_bytes(con: c.Construct) -> bool:
    """Parsing ``con`` with no bytes left fails on its very first read (a StreamError).

    Where this holds, a range can stop at the end of its span without trying one more element,
    and an element always consumes at least one byte (construct loops forever otherwise).
    """
    while True:
        kind = type(con)
        if kind in (c.Renamed, c.Enum, c.Const):
            con = con.subcon
        elif kind in (c.FormatField, _FLAG):
            return True
        elif kind in (c.BytesInteger, c.Bytes, c.FixedSized):
            return type(con.length) is int and con.length > 0
        elif kind is c.Struct:
            if not con.subcons:
                return False
            con = con.subcons[0]
        elif kind is c.Prefixed:
            con = con.lengthfield
        else:
            return False


def _identifier(text: str) -> str:
    name = "".join(ch if ch.isalnum() and ch.isascii() or ch == "_" else "_" for ch in text)
    lead = "_" * (len(name) - len(name.lstrip("_")))
    name = lead + ("_".join(part for part in name.split("_") if part) or "anon")
    return "_" + name if name[0].isdigit() else name


def literal(value: Any) -> str:
    """A Python literal for a Const value, a Switch case key or a path (plain types only)."""
    if value is None or type(value) in (bool, int):
        return repr(value)
    if type(value) is float and math.isfinite(value):
        return repr(value)
    if isinstance(value, str | bytes):
        # EnumIntegerString keys are written as plain strings: the same hash and equality
        text = str.__repr__(value) if isinstance(value, str) else bytes.__repr__(value)
        prefix = "b" if isinstance(value, bytes) else ""
        quoted = text[len(prefix):]
        if quoted[0] == "'" and '"' not in quoted[1:-1]:
            text = f'{prefix}"{quoted[1:-1]}"'
        return text
    if isinstance(value, int):
        return int.__repr__(value)
    raise PyGenError(f"cannot write {value!r} ({type(value).__name__}) as a literal")


@dataclass
class Scope:
    """Where emitted code runs: the name of the span's end and the enclosing struct's members."""

    end: str
    members: dict[str, tuple[str, c.Construct]] | None  # name -> (variable, construct)


@dataclass
class Writer:
    lines: list[str] = field(default_factory=list)
    depth: int = 0

    def line(self, text: str) -> None:
        self.lines.append("    " * self.depth + text)

    @contextmanager
    def block(self, opener: str) -> Iterator[None]:
        self.line(opener)
        self.depth += 1
        yield
        self.depth -= 1

    @contextmanager
    def indented(self) -> Iterator[None]:
        self.depth += 1
        yield
        self.depth -= 1


class Generator:
    """Module-level tables and one function per (struct, path) reached from the roots."""

    def __init__(self, params: list[str], reserved: tuple[str, ...] = ()) -> None:
        self.params = list(params)
        self.imports: set[str] = set()
        self.helpers: set[str] = set()
        self.tables: dict[str, tuple[int, str]] = {}  # name -> (group, source)
        self._table_keys: dict[Any, str] = {}
        self._functions: dict[tuple[int, str], str] = {}
        self._queue: list[tuple[str, c.Struct, str]] = []
        self._bodies: list[str] = []
        self._names = Names(_identifier, reserved)
        self.uses_struct = False  # the generated code calls the struct module

    # -- names -------------------------------------------------------------------------------

    def unique(self, base: str) -> str:
        return self._names.unique(base)

    def fresh(self, base: str) -> str:
        return self._names.fresh(base)

    @property
    def param_args(self) -> str:
        return "".join(f", p_{name}" for name in self.params)

    def param_signature(self) -> str:
        return "".join(f", p_{name}: Any" for name in self.params)

    # -- module-level tables -----------------------------------------------------------------

    def _table(self, key: Any, hint: str, source: str) -> str:
        name = self._table_keys.get(key)
        if name is None:
            name = self.unique(hint)
            self._table_keys[key] = name
            group = ("unpack", "enum", "cases").index(key[0])
            self.tables[name] = (group, source.replace("{NAME}", name))
        return name

    def table_sources(self) -> list[str]:
        """The module-level tables: struct readers, Enum tables, then Switch case tables."""
        return [source for group, source in sorted(self.tables.values(), key=lambda t: t[0])]

    def unpacker(self, fmt: str) -> str:
        """A module-level ``struct.Struct(fmt).unpack_from``."""
        letters = {"<": "le", ">": "be", "=": "ne", "!": "be", "@": "native"}
        hint = "_unpack_" + letters.get(fmt[0], "") + "_" + _identifier(fmt[1:])
        self.uses_struct = True
        return self._table(("unpack", fmt), hint,
                           "{NAME} = struct.Struct(" + literal(fmt) + ").unpack_from")

    def enum_table(self, enum: c.Enum, hint: str) -> str:
        items = []
        for value, name in enum.decmapping.items():
            intvalue = getattr(name, "intvalue", value)
            items.append((literal(value), literal(intvalue), literal(str(name))))
        key = ("enum", tuple(items))
        self.helpers.add("_Names")
        self.imports.add("EnumIntegerString")
        body = "".join(f"    {k}: _name({i}, {s}),\n" for k, i, s in items)
        return self._table(key, "_NAMES_" + hint, "{NAME} = _Names({\n" + body + "})")

    def case_table(self, keys: list[Any], hint: str) -> str:
        literals = tuple(literal(k) for k in keys)
        body = "".join(f"    {k}: {i},\n" for i, k in enumerate(literals))
        return self._table(("cases", literals), "_CASES_" + hint, "{NAME} = {\n" + body + "}")

    # -- functions ---------------------------------------------------------------------------

    def struct_function(self, con: c.Struct, path: str, hint: str) -> str:
        key = (id(con), path)
        name = self._functions.get(key)
        if name is None:
            name = self.unique("_parse_" + hint)
            self._functions[key] = name
            self._queue.append((name, con, path))
        return name

    def functions(self) -> list[str]:
        """The bodies of every queued function (and the ones they reach), in a stable order."""
        while self._queue:
            name, con, path = self._queue.pop(0)
            self._bodies.append(self._struct_body(name, con, path))
        return self._bodies

    def _struct_body(self, name: str, con: c.Struct, path: str) -> str:
        w = Writer()
        with w.block(f"def {name}(data: bytes, pos: int, end: int{self.param_signature()}) "
                     "-> tuple[Any, int]:"):
            values = self.struct_members(w, con, Scope("end", {}), path, name[len("_parse_"):])
            w.line(f"return {self.container(values)}, pos")
        return "\n".join(w.lines)

    def struct_members(self, w: Writer, con: c.Struct, scope: Scope, path: str,
                       hint: str) -> list[tuple[str, str]]:
        """Emit the members of ``con``; returns the (name, value expression) pairs to keep."""
        assert scope.members is not None
        values: list[tuple[str, str]] = []
        for sub in con.subcons:
            self._check_hooks(sub, path)
            name = sub.name
            value = self.emit(w, sub, scope, path, str(name or hint), want=bool(name))
            if name:
                if not isinstance(name, str):
                    raise PyGenError(f"{path}: member name {name!r} is not a string")
                value = value or "None"
                inner = sub
                while type(inner) is c.Renamed:
                    inner = inner.subcon
                scope.members[name] = (value, inner)
                values.append((name, value))
        return values

    def container(self, values: list[tuple[str, str]]) -> str:
        self.imports.add("Container")
        # a repeated name keeps its first position and gets its last value, as in construct
        merged = dict(values)
        if all(n.isidentifier() and not keyword.iskeyword(n) for n in merged):
            return "Container(" + ", ".join(f"{n}={v}" for n, v in merged.items()) + ")"
        return "Container({" + ", ".join(f"{literal(n)}: {v}" for n, v in merged.items()) + "})"

    # -- emission ----------------------------------------------------------------------------

    @staticmethod
    def _check_hooks(con: c.Construct, path: str) -> None:
        if getattr(con, "parsed", None) is not None:
            raise PyGenError(f"{path}: parsed= hooks are not supported")

    def raise_short(self, w: Writer, size: str, scope: Scope, path: str) -> None:
        self.helpers.add("_short")
        self.imports.add("StreamError")
        with w.block(f"if {scope.end} - pos < {size}:"):
            w.line(f"raise _short({literal(path)}, {size}, {scope.end} - pos)")

    def raise_negative(self, w: Writer, var: str, path: str, padding: bool = False) -> None:
        with w.block(f"if {var} < 0:"):
            if padding:  # FixedSized
                self.imports.add("PaddingError")
                w.line(f'raise PaddingError("length cannot be negative", path={literal(path)})')
            else:  # construct's stream_read
                self.imports.add("StreamError")
                w.line(f'raise StreamError(f"length must be non-negative, found {{{var}}}", '
                       f"path={literal(path)})")

    def length_expr(self, length: Any, scope: Scope, path: str) -> tuple[str, bool]:
        """A Bytes/FixedSized length: (expression, whether it can be negative)."""
        if type(length) is int:
            return str(length), length < 0
        parts = path_of(length)
        if parts[0] == "_params" or len(parts) != 1:
            raise PyGenError(f"{path}: length this.{'.'.join(parts)} must name a sibling field")
        var, con = self.member(parts[0], scope, path)
        kind = int_kind(con)
        if kind is None:
            raise PyGenError(f"{path}: length this.{parts[0]} is not an integer field")
        return var, kind.signed

    def member(self, name: str, scope: Scope, path: str) -> tuple[str, c.Construct]:
        if scope.members is None or name not in scope.members:
            raise PyGenError(f"{path}: this.{name} names no sibling parsed before it")
        return scope.members[name]

    def emit(self, w: Writer, con: c.Construct, scope: Scope, path: str, hint: str,
             want: bool = True) -> str | None:
        """Write code parsing ``con`` at ``pos``; returns an expression of its value (a variable
        or a constant) if ``want``, else None. ``path`` is construct's path at ``con``."""
        self._check_hooks(con, path)
        emitter = self._EMITTERS.get(type(con))
        if emitter is None:
            raise PyGenError(f"{path}: construct class {type(con).__name__} is not supported by "
                             "the Python generator")
        return emitter(self, w, con, scope, path, hint, want)

    def _emit_renamed(self, w: Writer, con: c.Renamed, scope: Scope, path: str, hint: str,
                      want: bool) -> str | None:
        name = con.name  # construct adds it to the path even when it is None
        return self.emit(w, con.subcon, scope, f"{path} -> {name}",
                         name if isinstance(name, str) and name else hint, want)

    def _emit_enum(self, w: Writer, con: c.Enum, scope: Scope, path: str, hint: str,
                   want: bool) -> str | None:
        value = self.emit(w, con.subcon, scope, path, hint, want)
        if value is None:
            return None
        var = self.fresh("v")
        w.line(f"{var} = {self.enum_table(con, hint)}[{value}]")
        return var

    def _emit_const(self, w: Writer, con: c.Const, scope: Scope, path: str, hint: str,
                    want: bool) -> str | None:
        value = self.emit(w, con.subcon, scope, path, hint)
        assert value is not None
        expected = literal(con.value)
        self.imports.add("ConstError")
        with w.block(f"if not {value} == {expected}:"):
            w.line(f"raise ConstError({literal('parsing expected ' + repr(con.value))} "
                   f'+ " but parsed " + repr({value}), path={literal(path)})')
        return value if want else None

    def _emit_bytes(self, w: Writer, con: c.Bytes, scope: Scope, path: str, hint: str,
                    want: bool) -> str | None:
        size, negative = self.length_expr(con.length, scope, path)
        if negative:
            self.raise_negative(w, size, path)
        return self._slice(w, size, scope, path, want)

    def _emit_greedy_bytes(self, w: Writer, con: c.Construct, scope: Scope, path: str,
                           hint: str, want: bool) -> str | None:
        var = None
        if want:
            var = self.fresh("v")
            w.line(f"{var} = data[pos:{scope.end}]")
        w.line(f"pos = {scope.end}")
        return var

    def _emit_struct(self, w: Writer, con: c.Struct, scope: Scope, path: str, hint: str,
                     want: bool) -> str | None:
        if not con.subcons:
            if not want:
                return None
            self.imports.add("Container")
            var = self.fresh("v")
            w.line(f"{var} = Container()")
            return var
        func = self.struct_function(con, path, hint)
        call = f"{func}(data, pos, {scope.end}{self.param_args})"
        if not want:
            w.line(f"pos = {call}[1]")
            return None
        var = self.fresh("v")
        w.line(f"{var}, pos = {call}")
        return var

    def _emit_fixed_sized(self, w: Writer, con: c.FixedSized, scope: Scope, path: str,
                          hint: str, want: bool) -> str | None:
        size, negative = self.length_expr(con.length, scope, path)
        if negative:
            self.raise_negative(w, size, path, padding=True)
        return self._bounded(w, con.subcon, size, scope, path, hint, want)

    def _emit_trailing(self, w: Writer, con: Trailing, scope: Scope, path: str, hint: str,
                       want: bool) -> str | None:
        var = self.fresh("v") if want else None
        if var:
            w.line(f"{var}: Any = None")
        with w.block(f"if pos < {scope.end}:"):
            before = len(w.lines)
            value = self.emit(w, con.subcon, scope, path, hint, want)
            if var:
                w.line(f"{var} = {value}")
            elif len(w.lines) == before:
                w.line("pass")
        return var

    def _emit_terminated(self, w: Writer, con: c.Construct, scope: Scope, path: str, hint: str,
                         want: bool) -> str | None:
        self.imports.add("TerminatedError")
        with w.block(f"if pos < {scope.end}:"):
            w.line(f'raise TerminatedError("expected end of stream", path={literal(path)})')
        return "None" if want else None

    def _emit_pass(self, w: Writer, con: c.Construct, scope: Scope, path: str, hint: str,
                   want: bool) -> str | None:
        return "None" if want else None

    def _slice(self, w: Writer, size: str, scope: Scope, path: str, want: bool) -> str | None:
        self.raise_short(w, size, scope, path)
        var = None
        if want:
            var = self.fresh("v")
            w.line(f"{var} = data[pos:pos + {size}]")
        w.line(f"pos += {size}")
        return var

    def _emit_format(self, w: Writer, con: c.FormatField, scope: Scope, path: str, hint: str,
                     want: bool) -> str | None:
        size = con.length
        self.raise_short(w, str(size), scope, path)
        var = None
        if want:
            var = self.fresh("v")
            if con.fmtstr[1] == "B":
                w.line(f"{var} = data[pos]")
            else:
                w.line(f"{var} = {self.unpacker(con.fmtstr)}(data, pos)[0]")
        w.line(f"pos += {size}")
        return var

    def _emit_flag(self, w: Writer, con: c.Construct, scope: Scope, path: str, hint: str,
                   want: bool) -> str | None:
        self.raise_short(w, "1", scope, path)
        var = None
        if want:
            var = self.fresh("v")
            w.line(f"{var} = data[pos] != 0")
        w.line("pos += 1")
        return var

    def _emit_bytes_integer(self, w: Writer, con: c.BytesInteger, scope: Scope, path: str,
                            hint: str, want: bool) -> str | None:
        size = con.length
        _check_bytes_integer(con, path)
        self.raise_short(w, str(size), scope, path)
        var = None
        if want:
            var = self.fresh("v")
            if size == 1 and not con.signed:
                w.line(f"{var} = data[pos]")
            elif size in _SIZE_FORMATS:
                letter = _SIZE_FORMATS[size]
                fmt = ("<" if con.swapped else ">") + (letter if con.signed else letter.upper())
                w.line(f"{var} = {self.unpacker(fmt)}(data, pos)[0]")
            else:
                order = "little" if con.swapped else "big"
                signed = ", signed=True" if con.signed else ""
                w.line(f'{var} = int.from_bytes(data[pos:pos + {size}], "{order}"{signed})')
        w.line(f"pos += {size}")
        return var

    def _emit_prefixed(self, w: Writer, con: c.Prefixed, scope: Scope, path: str, hint: str,
                       want: bool) -> str | None:
        kind = int_kind(con.lengthfield)
        if kind is None:
            raise PyGenError(f"{path}: Prefixed length field is not an integer")
        value = self.emit(w, con.lengthfield, scope, path, hint + "_length")
        assert value is not None
        negative = kind.signed
        if con.includelength:
            size = self.fresh("n")
            w.line(f"{size} = {value} - {kind.size}")
            value, negative = size, True
        if negative:
            self.raise_negative(w, value, path)
        return self._bounded(w, con.subcon, value, scope, path, hint, want)

    def _bounded(self, w: Writer, inner: c.Construct, size: str, scope: Scope, path: str,
                 hint: str, want: bool) -> str | None:
        """``inner`` parsed from the next ``size`` bytes (construct: a stream of its own)."""
        if type(inner) is _GREEDY_BYTES and inner.parsed is None:
            return self._slice(w, size, scope, path, want)
        self.raise_short(w, size, scope, path)
        end = self.fresh("end")
        w.line(f"{end} = pos + {size}")
        value = self.emit(w, inner, Scope(end, scope.members), path, hint, want)
        if w.lines[-1].strip() != f"pos = {end}":
            w.line(f"pos = {end}")
        return value

    def _emit_range(self, w: Writer, con: c.GreedyRange, scope: Scope, path: str, hint: str,
                    want: bool) -> str | None:
        elem = con.subcon
        if not needs_bytes(elem):
            raise PyGenError(f"{path}: a range element that may match zero bytes (construct "
                             "would loop forever)")
        keep = want and not con.discard
        var = None
        if want:
            self.imports.add("ListContainer")
            var = self.fresh("v")
        array = array_element(elem)
        if array is not None:
            # every whole element parses and the first partial one fails: read them at once
            fmt, enum = array
            size = struct.calcsize(fmt)
            count = self.fresh("n")
            w.line(f"{count} = ({scope.end} - pos) // {size}" if size > 1
                   else f"{count} = {scope.end} - pos")
            if keep:
                if fmt[1] == "B":
                    items = f"data[pos:pos + {count}]"
                else:
                    self.uses_struct = True
                    items = f"struct.unpack_from(f\"{fmt[0]}{{{count}}}{fmt[1]}\", data, pos)"
                if enum is not None:
                    ehint = elem.name if isinstance(elem.name, str) and elem.name else hint
                    items = f"map({self.enum_table(enum, ehint)}.__getitem__, {items})"
                w.line(f"{var} = ListContainer({items})")
            elif want:
                w.line(f"{var} = ListContainer()")
            w.line(f"pos += {count} * {size}" if size > 1 else f"pos += {count}")
        else:
            if want:
                w.line(f"{var} = ListContainer()")
            self._range_loop(w, elem, scope, path, hint, keep, var)
        if type(con) is ExactRange:
            self.imports.add("ExplicitError")
            with w.block(f"if pos < {scope.end}:"):
                w.line(f'raise ExplicitError(f"{{{scope.end} - pos}} byte(s) at the end do not '
                       f'form a whole element", path={literal(path)})')
            w.line(f"pos = {scope.end}")
        return var

    def _range_loop(self, w: Writer, elem: c.Construct, scope: Scope, path: str, hint: str,
                    keep: bool, var: str | None) -> None:
        """construct's GreedyRange: elements until one fails (an ExplicitError propagates)."""
        back = self.fresh("fb")
        self.imports.add("ExplicitError")
        with w.block("while pos < " + scope.end + ":"):
            w.line(f"{back} = pos")
            with w.block("try:"):
                value = self.emit(w, elem, scope, path, hint, want=keep)
                if keep:
                    w.line(f"{var}.append({value})")
            with w.block("except ExplicitError:"):
                w.line("raise")
            with w.block("except Exception:"):
                w.line(f"pos = {back}")
                w.line("break")

    def _switch_key(self, con: c.Switch, scope: Scope, path: str) -> str:
        parts = path_of(con.keyfunc)
        if parts[0] == "_params":
            if len(parts) != 2:
                raise PyGenError(f"{path}: Switch key {parts} must be this._params.<name>")
            if parts[1] not in self.params:
                raise PyGenError(f"{path}: unknown parse parameter {parts[1]!r}")
            return f"p_{parts[1]}"
        if len(parts) != 1:
            raise PyGenError(f"{path}: Switch key this.{'.'.join(parts)} is not a sibling")
        return self.member(parts[0], scope, path)[0]

    def _emit_switch(self, w: Writer, con: c.Switch, scope: Scope, path: str, hint: str,
                     want: bool) -> str | None:
        if not isinstance(con.cases, dict):
            raise PyGenError(f"{path}: Switch cases must be a dict")
        key = self._switch_key(con, scope, path)
        var = self.fresh("v") if want else None
        if var:
            w.line(f"{var}: Any")
        cases = list(con.cases.items())
        branches: list[tuple[str, c.Construct, str]] = []
        if cases:
            table = self.case_table([k for k, _ in cases], hint)
            index = self.fresh("k")
            w.line(f"{index} = {table}.get({key}, -1)")  # dict lookup: construct's own rule
            for i, (case_key, case) in enumerate(cases):
                opener = "if" if i == 0 else "elif"
                branches.append((f"{opener} {index} == {i}:", case, f"{hint}_{case_key}"))
            branches.append(("else:", con.default, f"{hint}_default"))
        else:
            branches.append(("", con.default, f"{hint}_default"))
        for opener, case, case_hint in branches:
            if opener:
                w.line(opener)
            with w.indented() if opener else nullcontext():
                before = len(w.lines)
                value = self.emit(w, case, scope, path, case_hint, want)
                if var:
                    w.line(f"{var} = {value}")
                elif opener and len(w.lines) == before:
                    w.line("pass")
        return var

    def _emit_select(self, w: Writer, con: c.Select, scope: Scope, path: str, hint: str,
                     want: bool) -> str | None:
        var = self.fresh("v") if want else None
        ok = self.fresh("ok")
        back = self.fresh("fb")
        self.imports.update(("ExplicitError", "SelectError"))
        w.line(f"{ok} = False")
        w.line(f"{back} = pos")
        if var:
            w.line(f"{var}: Any = None")
        for i, sub in enumerate(con.subcons):
            with w.block(f"if not {ok}:") if i else nullcontext():
                with w.block("try:"):
                    value = self.emit(w, sub, scope, path, f"{hint}_alt{i + 1}", want)
                    if var:
                        w.line(f"{var} = {value}")
                    w.line(f"{ok} = True")
                with w.block("except ExplicitError:"):
                    w.line("raise")
                with w.block("except Exception:"):
                    w.line(f"pos = {back}")
        with w.block(f"if not {ok}:"):
            w.line(f'raise SelectError("no subconstruct matched", path={literal(path)})')
        return var

    _EMITTERS: dict[type, Any] = {
        c.Renamed: _emit_renamed,
        c.FormatField: _emit_format,
        c.BytesInteger: _emit_bytes_integer,
        _FLAG: _emit_flag,
        c.Enum: _emit_enum,
        c.Const: _emit_const,
        c.Bytes: _emit_bytes,
        _GREEDY_BYTES: _emit_greedy_bytes,
        c.Struct: _emit_struct,
        c.Prefixed: _emit_prefixed,
        c.FixedSized: _emit_fixed_sized,
        c.GreedyRange: _emit_range,
        ExactRange: _emit_range,
        c.Switch: _emit_switch,
        c.Select: _emit_select,
        Trailing: _emit_trailing,
        _TERMINATED: _emit_terminated,
        _PASS: _emit_pass,
    }


def _check_bytes_integer(con: c.BytesInteger, path: str) -> None:
    if type(con.length) is not int or con.length <= 0:
        raise PyGenError(f"{path}: BytesInteger length {con.length!r} is not a positive constant")
    if type(con.swapped) is not bool or type(con.signed) is not bool:
        raise PyGenError(f"{path}: BytesInteger signed/swapped must be constants")


def array_element(con: c.Construct) -> tuple[str, c.Enum | None] | None:
    """An element that is a fixed-size integer (maybe an Enum) and cannot fail other than by
    running out of bytes: its ``struct`` format letter (with byte order) and its Enum."""
    enum = None
    while type(con) is c.Renamed and con.parsed is None:
        con = con.subcon
    if type(con) is c.Enum and con.parsed is None:
        enum, con = con, con.subcon
    if con.parsed is not None:
        return None
    if type(con) is c.FormatField and con.fmtstr[1] in _INT_FORMATS:
        return con.fmtstr, enum
    if type(con) is c.BytesInteger and type(con.length) is int and con.length in _SIZE_FORMATS \
            and type(con.swapped) is bool and type(con.signed) is bool:
        letter = _SIZE_FORMATS[con.length]
        return ("<" if con.swapped else ">") + (letter if con.signed else letter.upper()), enum
    return None


HELPERS = {
    "_short": '''def _short(path: str, expected: int, found: int) -> StreamError:
    """construct's error for a read past the end of the span."""
    return StreamError(
        f"stream read less than specified amount, expected {expected}, found {found}", path=path)''',
    "_Names": '''class _Names(dict[int, Any]):
    """An Enum's decoding table: a value it does not name decodes as an EnumInteger."""

    def __missing__(self, key: int) -> Any:
        return EnumInteger(key)


_name = EnumIntegerString.new''',
}


def generate_module(roots: Mapping[str, c.Construct], *, param_types: Mapping[str, str] | None = None,
                    docstring: str = "Parse functions generated from construct schemas.",
                    header: str = "") -> str:
    """The source of a module with one function ``name(raw, *params)`` per root.

    Each returns what ``root.parse(raw, **params)`` returns, or raises the same construct
    error. ``param_types`` annotates the parse parameters (default ``Any``).
    """
    params: list[str] = []
    for con in roots.values():
        params += [p for p in params_of(con) if p not in params]
    for name in params:
        if not name.isidentifier() or keyword.iskeyword(name):
            raise PyGenError(f"parse parameter {name!r} is not an identifier")
    types = dict(param_types or {})
    gen = Generator(params, reserved=(*roots, *HELPERS, "_name", "struct", "Any"))
    root_sources = []
    for name, con in roots.items():
        if not name.isidentifier() or keyword.iskeyword(name):
            raise PyGenError(f"root name {name!r} is not an identifier")
        w = Writer()
        own = params_of(con)
        signature = "".join(f", {p}: {types.get(p, 'Any')}" for p in own)
        with w.block(f"def {name}(raw: bytes{signature}) -> Any:"):
            keywords = ", ".join(f"{p}={p}" for p in own)
            w.line(f'"""What ``schema.parse(raw{", " if own else ""}{keywords})`` returns, or '
                   'the same construct error."""')
            w.line("data = raw if type(raw) is bytes else bytes(raw)")
            w.line("pos = 0")
            w.line("end = len(data)")
            start = len(w.lines)
            value = gen.emit(w, con, Scope("end", None), "(parsing)", name.removeprefix("parse_"))
            w.line(f"return {value}")
            body = "\n".join(w.lines[start:])
            # the functions take every root's parameters: another root's are None here
            w.lines[start:start] = [f"    p_{p} = {p if p in own else 'None'}" for p in params
                                    if re.search(rf"\bp_{p}\b", body)]
        root_sources.append("\n".join(w.lines))
    bodies = gen.functions()

    out = [header.rstrip("\n")] if header else []
    out.append(f'"""{docstring}"""')
    out.append("")
    if gen.uses_struct:
        out.append("import struct")
    out.append("from typing import Any")
    out.append("")
    imports = sorted(gen.imports | ({"EnumInteger"} if "_Names" in gen.helpers else set()))
    out.append("from construct import (")
    out.extend(f"    {name}," for name in imports)
    out.append(")")
    out.append("")
    out.append(f"__all__ = [{', '.join(literal(n) for n in roots)}]")
    for helper in ("_short", "_Names"):
        if helper in gen.helpers:
            out += ["", "", HELPERS[helper]]
    if gen.tables:
        out += ["", ""]
        out += gen.table_sources()
    for body in [*bodies, *root_sources]:
        out += ["", "", body]
    return "\n".join(out) + "\n"
