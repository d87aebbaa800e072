"""Print plain, straight-line Python parse functions from the schema IR (:mod:`tlcp_decode.schema.ir`).

This module knows neither construct's internals nor any protocol (the TLCP roots are in
``tlcp_decode.pygen``). The generated code reads the message with ``struct.unpack_from``,
indexing and slicing at offsets into one ``bytes`` object instead of construct's stream objects
and per-field method calls, and returns exactly what ``con.parse(data, **params)`` returns:
``Container`` and ``ListContainer`` with the same members in the same order,
``EnumIntegerString`` or ``EnumInteger`` for Enum fields, bytes for byte fields. It accepts and
rejects the same inputs, raising the construct exception class construct raises, with the same
message and path (``Error in path (parsing) -> body -> ...``). The one thing left out is each
``Container``'s private ``_io`` member (construct's stream object; ``==`` ignores it).

Each struct's ``Container`` is of a generated subclass (one per distinct list of member names)
whose members are also properties reading the item in C: ``Container`` reads ``hello.body``
through a Python ``__getattr__`` that runs only after the normal lookup failed, which costs
about twenty times an item access, and the readers of a message read its members by attribute
many times. The subclass changes nothing else: the same items, ``==``, ``repr``, pickling, and
names ``Container`` keeps for its own methods (``keys``, ``search``...) stay item-only.

Each struct becomes a function ``(data, pos, end, *params) -> (Container, pos)``, one per path
it is reached on (so error paths are constant strings); everything else is written out inline.
``end`` is the end of the enclosing span: construct parses ``Prefixed`` and ``FixedSized``
contents from a separate stream, here they get a nearer ``end``.

The supported construct classes are the IR's; a schema outside them raises :class:`PyGenError`.
"""

from __future__ import annotations

import keyword
import math
import re
import struct
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tlcp_decode.schema import ir
from tlcp_decode.schema.generation import Names

if TYPE_CHECKING:  # the generators print from the IR; construct is only a type here
    import construct as c


class PyGenError(Exception):
    """The schema uses something the generator cannot translate exactly."""


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


#: The kinds of module-level definitions, in the order the module lists them.
_TABLE_GROUPS = ("unpack", "enum", "cases", "class")
_CLASS_GROUP = _TABLE_GROUPS.index("class")


@dataclass
class Scope:
    """Where emitted code runs: the name of the span's end and the enclosing struct's members."""

    end: str
    members: dict[str, str] | None  # member name -> variable holding its value


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
        self._functions: dict[tuple[int, str, bool], str] = {}
        self._queue: list[tuple[str, ir.Struct, str, bool]] = []
        self._bodies: list[str] = []
        self._names = Names(_identifier, reserved)
        self.uses_struct = False  # the generated code calls the struct module
        self.uses_itemgetter = False  # a Container subclass reads its members by property

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
            group = _TABLE_GROUPS.index(key[0])
            self.tables[name] = (group, source.replace("{NAME}", name))
        return name

    def table_sources(self) -> list[str]:
        """The module-level tables: struct readers, Enum tables, then Switch case tables."""
        return [source for group, source in sorted(self.tables.values(), key=lambda t: t[0])
                if group != _CLASS_GROUP]

    def class_sources(self) -> list[str]:
        """The ``Container`` subclasses (see :meth:`container_class`)."""
        return [source.rstrip("\n") for group, source in self.tables.values()
                if group == _CLASS_GROUP]

    def unpacker(self, fmt: str) -> str:
        """A module-level ``struct.Struct(fmt).unpack_from``."""
        letters = {"<": "le", ">": "be", "=": "ne", "!": "be", "@": "native"}
        hint = "_unpack_" + letters.get(fmt[0], "") + "_" + _identifier(fmt[1:])
        self.uses_struct = True
        return self._table(("unpack", fmt), hint,
                           "{NAME} = struct.Struct(" + literal(fmt) + ").unpack_from")

    def enum_table(self, enum: ir.EnumTable, hint: str) -> str:
        items = tuple((literal(value), literal(value), literal(symbol))
                      for value, symbol in enum.decoding)
        key = ("enum", items)
        self.helpers.add("_Names")
        self.imports.add("EnumIntegerString")
        body = "".join(f"    {k}: _name({i}, {s}),\n" for k, i, s in items)
        return self._table(key, "_NAMES_" + hint, "{NAME} = _Names({\n" + body + "})")

    def case_table(self, keys: list[Any], hint: str) -> str:
        literals = tuple(literal(k) for k in keys)
        body = "".join(f"    {k}: {i},\n" for i, k in enumerate(literals))
        return self._table(("cases", literals), "_CASES_" + hint, "{NAME} = {\n" + body + "}")

    # -- functions ---------------------------------------------------------------------------

    def struct_function(self, node: ir.Struct, path: str, hint: str, check: bool = False) -> str:
        """The function parsing ``node`` on ``path``: ``(data, pos, end, *params) ->
        (Container, pos)``; ``check``: the one that only checks it, ``-> pos`` (it raises
        what the parsing one raises, and makes none of the values)."""
        key = (id(node), path, check)
        name = self._functions.get(key)
        if name is None:
            name = self.unique(("_check_" if check else "_parse_") + hint)
            self._functions[key] = name
            self._queue.append((name, node, path, check))
        return name

    def functions(self) -> list[str]:
        """The bodies of every queued function (and the ones they reach), in a stable order."""
        while self._queue:
            name, node, path, check = self._queue.pop(0)
            self._bodies.append(self._struct_body(name, node, path, check))
        return self._bodies

    def _struct_body(self, name: str, node: ir.Struct, path: str, check: bool) -> str:
        w = Writer()
        with w.block(f"def {name}(data: bytes, pos: int, end: int{self.param_signature()}) "
                     + ("-> int:" if check else "-> tuple[Any, int]:")):
            hint = name[len("_check_" if check else "_parse_"):]
            values = self.struct_members(w, node, Scope("end", {}), path, hint,
                                         _referenced(node) if check else None)
            w.line("return pos" if check else f"return {self.container(values, hint)}, pos")
        return "\n".join(w.lines)

    def struct_members(self, w: Writer, node: ir.Struct, scope: Scope, path: str,
                       hint: str, keep: set[str] | None = None) -> list[tuple[str, str]]:
        """Emit the members of ``node``; returns the (name, value expression) pairs to keep.
        ``keep``: only these members' values are wanted (the ones later members read), the
        others are only checked; None: every named member's."""
        assert scope.members is not None
        values: list[tuple[str, str]] = []
        for sub in node.members:
            name = sub.name if isinstance(sub, ir.Named) else None
            want = bool(name) and (keep is None or name in keep)
            value = self.emit(w, sub, scope, path, str(name or hint), want=want)
            if name:
                value = value or "None"
                scope.members[name] = value
                values.append((name, value))
        return values

    def container(self, values: list[tuple[str, str]], hint: str) -> str:
        self.imports.add("Container")
        # a repeated name keeps its first position and gets its last value, as in construct
        merged = dict(values)
        cls = self.container_class(tuple(merged), hint)
        if all(n.isidentifier() and not keyword.iskeyword(n) for n in merged):
            return f"{cls}(" + ", ".join(f"{n}={v}" for n, v in merged.items()) + ")"
        return f"{cls}({{" + ", ".join(f"{literal(n)}: {v}" for n, v in merged.items()) + "})"

    def container_class(self, names: tuple[str, ...], hint: str) -> str:
        """The ``Container`` subclass of a struct with these members (see the module's
        docstring); ``Container`` itself when none of them can be an attribute."""
        readable = [n for n in names if attribute_member(n)]
        if not readable:
            return "Container"
        self.uses_itemgetter = True
        body = "".join(f"    {n} = property(itemgetter({literal(n)}))\n" for n in readable)
        return self._table(("class", names), "_Container_" + hint,
                           "class {NAME}(Container):\n    __slots__ = ()\n\n" + body)

    # -- emission ----------------------------------------------------------------------------

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

    def length_expr(self, length: ir.Length, scope: Scope) -> tuple[str, bool]:
        """A Bytes/FixedSized length: (expression, whether it can be negative)."""
        if isinstance(length, int):
            return str(length), length < 0
        assert isinstance(length.target, ir.Int)
        return self.member(length.name, scope), length.target.signed

    @staticmethod
    def member(name: str, scope: Scope) -> str:
        assert scope.members is not None  # the IR checked the reference
        return scope.members[name]

    def emit(self, w: Writer, node: ir.Node, scope: Scope, path: str, hint: str,
             want: bool = True) -> str | None:
        """Write code parsing ``node`` at ``pos``; returns an expression of its value (a
        variable or a constant) if ``want``, else None. ``path`` is construct's path there."""
        emitter = self._EMITTERS[type(node)]
        return emitter(self, w, node, scope, path, hint, want)

    def _emit_named(self, w: Writer, node: ir.Named, scope: Scope, path: str, hint: str,
                    want: bool) -> str | None:
        name = node.name  # construct adds it to the path even when it is None
        return self.emit(w, node.subcon, scope, f"{path} -> {name}", name or hint, want)

    def _emit_int(self, w: Writer, node: ir.Int, scope: Scope, path: str, hint: str,
                  want: bool) -> str | None:
        size = node.size
        self.raise_short(w, str(size), scope, path)
        var = None
        if want:
            var = self.fresh("v")
            if size == 1 and not node.signed:
                w.line(f"{var} = data[pos]")
            elif node.fmt is not None:
                w.line(f"{var} = {self.unpacker(node.fmt)}(data, pos)[0]")
            else:
                order = "little" if node.little else "big"
                signed = ", signed=True" if node.signed else ""
                w.line(f'{var} = int.from_bytes(data[pos:pos + {size}], "{order}"{signed})')
        w.line(f"pos += {size}")
        if var is not None and node.enum is not None:
            named = self.fresh("v")
            w.line(f"{named} = {self.enum_table(node.enum, hint)}[{var}]")
            return named
        return var

    def _emit_float(self, w: Writer, node: ir.Float, scope: Scope, path: str, hint: str,
                    want: bool) -> str | None:
        self.raise_short(w, str(node.size), scope, path)
        var = None
        if want:
            var = self.fresh("v")
            w.line(f"{var} = {self.unpacker(node.fmt)}(data, pos)[0]")
        w.line(f"pos += {node.size}")
        return var

    def _emit_flag(self, w: Writer, node: ir.Flag, scope: Scope, path: str, hint: str,
                   want: bool) -> str | None:
        self.raise_short(w, "1", scope, path)
        var = None
        if want:
            var = self.fresh("v")
            w.line(f"{var} = data[pos] != 0")
        w.line("pos += 1")
        return var

    def _emit_const(self, w: Writer, node: ir.Const, scope: Scope, path: str, hint: str,
                    want: bool) -> str | None:
        value = self.emit(w, node.subcon, scope, path, hint)
        assert value is not None
        expected = literal(node.value)
        self.imports.add("ConstError")
        with w.block(f"if not {value} == {expected}:"):
            w.line(f"raise ConstError({literal('parsing expected ' + repr(node.value))} "
                   f'+ " but parsed " + repr({value}), path={literal(path)})')
        return value if want else None

    def _emit_bytes(self, w: Writer, node: ir.Bytes, scope: Scope, path: str, hint: str,
                    want: bool) -> str | None:
        size, negative = self.length_expr(node.length, scope)
        if negative:
            self.raise_negative(w, size, path)
        return self._slice(w, size, scope, path, want)

    def _emit_greedy_bytes(self, w: Writer, node: ir.GreedyBytes, scope: Scope, path: str,
                           hint: str, want: bool) -> str | None:
        var = None
        if want:
            var = self.fresh("v")
            w.line(f"{var} = data[pos:{scope.end}]")
        w.line(f"pos = {scope.end}")
        return var

    def _emit_struct(self, w: Writer, node: ir.Struct, scope: Scope, path: str, hint: str,
                     want: bool) -> str | None:
        if not node.members:
            if not want:
                return None
            self.imports.add("Container")
            var = self.fresh("v")
            w.line(f"{var} = Container()")
            return var
        func = self.struct_function(node, path, hint, check=not want)
        call = f"{func}(data, pos, {scope.end}{self.param_args})"
        if not want:  # checked, nothing made
            w.line(f"pos = {call}")
            return None
        var = self.fresh("v")
        w.line(f"{var}, pos = {call}")
        return var

    def _emit_fixed_sized(self, w: Writer, node: ir.FixedSized, scope: Scope, path: str,
                          hint: str, want: bool) -> str | None:
        size, negative = self.length_expr(node.length, scope)
        if negative:
            self.raise_negative(w, size, path, padding=True)
        return self._bounded(w, node.subcon, size, scope, path, hint, want)

    def _emit_trailing(self, w: Writer, node: ir.Trailing, scope: Scope, path: str, hint: str,
                       want: bool) -> str | None:
        var = self.fresh("v") if want else None
        if var:
            w.line(f"{var}: Any = None")
        with w.block(f"if pos < {scope.end}:"):
            before = len(w.lines)
            value = self.emit(w, node.subcon, scope, path, hint, want)
            if var:
                w.line(f"{var} = {value}")
            elif len(w.lines) == before:
                w.line("pass")
        return var

    def _emit_terminated(self, w: Writer, node: ir.Terminated, scope: Scope, path: str,
                         hint: str, want: bool) -> str | None:
        self.imports.add("TerminatedError")
        with w.block(f"if pos < {scope.end}:"):
            w.line(f'raise TerminatedError("expected end of stream", path={literal(path)})')
        return "None" if want else None

    def _emit_pass(self, w: Writer, node: ir.Pass, scope: Scope, path: str, hint: str,
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

    def _emit_prefixed(self, w: Writer, node: ir.Prefixed, scope: Scope, path: str, hint: str,
                       want: bool) -> str | None:
        kind = node.length_int
        value = self.emit(w, node.length_field, scope, path, hint + "_length")
        assert value is not None
        negative = kind.signed
        if node.include_length:
            size = self.fresh("n")
            w.line(f"{size} = {value} - {kind.size}")
            value, negative = size, True
        if negative:
            self.raise_negative(w, value, path)
        return self._bounded(w, node.subcon, value, scope, path, hint, want)

    def _bounded(self, w: Writer, inner: ir.Node, size: str, scope: Scope, path: str,
                 hint: str, want: bool) -> str | None:
        """``inner`` parsed from the next ``size`` bytes (construct: a stream of its own)."""
        if isinstance(inner, ir.GreedyBytes):
            return self._slice(w, size, scope, path, want)
        self.raise_short(w, size, scope, path)
        end = self.fresh("end")
        w.line(f"{end} = pos + {size}")
        value = self.emit(w, inner, Scope(end, scope.members), path, hint, want)
        if w.lines[-1] != "    " * w.depth + f"pos = {end}":  # (not one in a branch)
            w.line(f"pos = {end}")
        return value

    def _emit_range(self, w: Writer, node: ir.Range, scope: Scope, path: str, hint: str,
                    want: bool) -> str | None:
        elem = node.element
        keep = want and not node.discard
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
                    ename = elem.name if isinstance(elem, ir.Named) else None
                    items = f"map({self.enum_table(enum, ename or hint)}.__getitem__, {items})"
                w.line(f"{var} = ListContainer({items})")
            elif want:
                w.line(f"{var} = ListContainer()")
            w.line(f"pos += {count} * {size}" if size > 1 else f"pos += {count}")
        else:
            if want:
                w.line(f"{var} = ListContainer()")
            self._range_loop(w, elem, scope, path, hint, keep, var)
        if node.exact:
            self.imports.add("ExplicitError")
            with w.block(f"if pos < {scope.end}:"):
                w.line(f'raise ExplicitError(f"{{{scope.end} - pos}} byte(s) at the end do not '
                       f'form a whole element", path={literal(path)})')
            w.line(f"pos = {scope.end}")
        return var

    def _range_loop(self, w: Writer, elem: ir.Node, scope: Scope, path: str, hint: str,
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

    def _switch_key(self, key: ir.ParamRef | ir.FieldRef, scope: Scope) -> str:
        if isinstance(key, ir.ParamRef):
            return f"p_{key.name}"
        return self.member(key.name, scope)

    def _emit_switch(self, w: Writer, node: ir.Switch, scope: Scope, path: str, hint: str,
                     want: bool) -> str | None:
        key = self._switch_key(node.key, scope)
        var = self.fresh("v") if want else None
        if var:
            w.line(f"{var}: Any")
        branches: list[tuple[str, ir.Node, str]] = []
        if node.cases:
            table = self.case_table([case.key for case in node.cases], hint)
            index = self.fresh("k")
            w.line(f"{index} = {table}.get({key}, -1)")  # dict lookup: construct's own rule
            for i, case in enumerate(node.cases):
                opener = "if" if i == 0 else "elif"
                branches.append((f"{opener} {index} == {i}:", case.node, f"{hint}_{case.key}"))
            branches.append(("else:", node.default, f"{hint}_default"))
        else:
            branches.append(("", node.default, f"{hint}_default"))
        for opener, case_node, case_hint in branches:
            if opener:
                w.line(opener)
            with w.indented() if opener else nullcontext():
                before = len(w.lines)
                value = self.emit(w, case_node, scope, path, case_hint, want)
                if var:
                    w.line(f"{var} = {value}")
                elif opener and len(w.lines) == before:
                    w.line("pass")
        return var

    def _emit_select(self, w: Writer, node: ir.Select, scope: Scope, path: str, hint: str,
                     want: bool) -> str | None:
        var = self.fresh("v") if want else None
        ok = self.fresh("ok")
        back = self.fresh("fb")
        self.imports.update(("ExplicitError", "SelectError"))
        w.line(f"{ok} = False")
        w.line(f"{back} = pos")
        if var:
            w.line(f"{var}: Any = None")
        for i, sub in enumerate(node.alternatives):
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
        ir.Named: _emit_named,
        ir.Int: _emit_int,
        ir.Float: _emit_float,
        ir.Flag: _emit_flag,
        ir.Const: _emit_const,
        ir.Bytes: _emit_bytes,
        ir.GreedyBytes: _emit_greedy_bytes,
        ir.Struct: _emit_struct,
        ir.Prefixed: _emit_prefixed,
        ir.FixedSized: _emit_fixed_sized,
        ir.Range: _emit_range,
        ir.Switch: _emit_switch,
        ir.Select: _emit_select,
        ir.Trailing: _emit_trailing,
        ir.Terminated: _emit_terminated,
        ir.Pass: _emit_pass,
    }


#: The public attributes of construct's ``Container``: a ``dict`` with two search methods of
#: its own (written out: the generators do not import construct).
_CONTAINER_ATTRIBUTES = frozenset(dir(dict)) | {"search", "search_all"}


def _referenced(node: ir.Struct) -> set[str]:
    """The member names read by something below ``node`` (a length, a Switch's key): the
    values a check of ``node`` keeps. A nested struct's references name its own members."""
    names: set[str] = set()

    def walk(n: ir.Node) -> None:
        ref: object = None
        if isinstance(n, ir.Bytes | ir.FixedSized):
            ref = n.length
        elif isinstance(n, ir.Switch) and n.cases:  # (one without cases reads no key)
            ref = n.key
        if isinstance(ref, ir.FieldRef):
            names.add(ref.name)
        for child in ir.children(n):
            if not isinstance(child, ir.Struct):
                walk(child)

    walk(node)
    return names


def attribute_member(name: str) -> bool:
    """Whether a struct member is read as an attribute of its ``Container``: a public name that
    is not one of ``Container``'s own (those are reached only as items, as in construct)."""
    return (name.isidentifier() and not keyword.iskeyword(name) and not name.startswith("_")
            and name not in _CONTAINER_ATTRIBUTES)


def array_element(node: ir.Node) -> tuple[str, ir.EnumTable | None] | None:
    """An element that is a fixed-size integer (maybe with a value table) and cannot fail other
    than by running out of bytes: its ``struct`` format (byte order and letter) and its table."""
    inner = ir.unwrap(node)[2]
    if isinstance(inner, ir.Int) and inner.fmt is not None:
        return inner.fmt, inner.enum
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
                    header: str = "", types_from: str = "construct",
                    checks: Mapping[str, str] | None = None, parse: bool = True) -> str:
    """The source of a module with one function ``name(raw, *params)`` per root.

    Each returns what ``root.parse(raw, **params)`` returns, or raises the same construct
    error. ``param_types`` annotates the parse parameters (default ``Any``). ``types_from``:
    the module the results' types and the errors are imported from (construct, or one with
    the same names). ``checks``: more functions, ``check_name(raw, *params)`` for the root
    named ``name``, that raise what that root's function raises and return None instead of
    the result, making none of its values (for a caller that only asks whether it parses);
    ``parse`` False: a module of those alone (the roots' own functions are another's).
    """
    lowering = ir.Lowering()
    try:
        nodes = {name: lowering.lower(con) for name, con in roots.items()}
    except ir.SchemaError as exc:
        raise PyGenError(str(exc)) from exc
    params: list[str] = []
    for node in nodes.values():
        params += [p for p in ir.parameters(node) if p not in params]
    for name in params:
        if not name.isidentifier() or keyword.iskeyword(name):
            raise PyGenError(f"parse parameter {name!r} is not an identifier")
    types = dict(param_types or {})
    checks = dict(checks or {})
    gen = Generator(params, reserved=(*roots, *checks, *HELPERS, "_name", "struct",
                                      "itemgetter", "Any"))
    root_sources = []
    for name, node, checked in [*((name, node, None) for name, node in nodes.items() if parse),
                                *((name, nodes[root], root) for name, root in checks.items())]:
        if not name.isidentifier() or keyword.iskeyword(name):
            raise PyGenError(f"root name {name!r} is not an identifier")
        w = Writer()
        own = ir.parameters(node)
        signature = "".join(f", {p}: {types.get(p, 'Any')}" for p in own)
        with w.block(f"def {name}(raw: bytes{signature}) -> {'None' if checked else 'Any'}:"):
            keywords = ", ".join(f"{p}={p}" for p in own)
            if checked:
                w.line(f'"""Raises what ``{checked}`` raises; nothing made of ``raw``."""')
            else:
                w.line(f'"""What ``schema.parse(raw{", " if own else ""}{keywords})`` returns, '
                       'or the same construct error."""')
            w.line("data = raw if type(raw) is bytes else bytes(raw)")
            w.line("pos = 0")
            w.line("end = len(data)")
            start = len(w.lines)
            value = gen.emit(w, node, Scope("end", None), "(parsing)",
                             (checked or name).removeprefix("parse_"), want=not checked)
            if not checked:
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
    if gen.uses_itemgetter:
        out.append("from operator import itemgetter")
    out.append("from typing import Any")
    out.append("")
    imports = sorted(gen.imports | ({"EnumInteger"} if "_Names" in gen.helpers else set()))
    out.append(f"from {types_from} import (")
    out.extend(f"    {name}," for name in imports)
    out.append(")")
    out.append("")
    exported = [*(roots if parse else ()), *checks]
    out.append(f"__all__ = [{', '.join(literal(n) for n in exported)}]")
    for helper in ("_short", "_Names"):
        if helper in gen.helpers:
            out += ["", "", HELPERS[helper]]
    tables = gen.table_sources()
    if tables:
        out += ["", ""]
        out += tables
    for body in [*gen.class_sources(), *bodies, *root_sources]:
        out += ["", "", body]
    return "\n".join(out) + "\n"
