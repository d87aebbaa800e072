"""The construct schemas lowered once into a small intermediate representation for the code
generators (``luagen`` writes Wireshark Lua from it, ``pygen`` the Python fast parser).

:func:`lower` walks a construct tree and returns frozen nodes that say only what a parser must
do: read an integer (maybe named by a value table), a byte string, a length-prefixed or
fixed-size span, a struct, a range of elements, a switch, a select... Everything construct keeps
in private attributes or expression objects (``this`` paths, the ``Enum`` mappings, ``parsed``
hooks, the schemas' display metadata) is read here and nowhere else. Lowering also checks that
the schema stays inside the subset both generators translate exactly, and says where it does
not with construct's own error path (``(parsing) -> body -> ...``).

Node identity matters: the generators write one function per struct node and one value table
per :class:`EnumTable` object, so a construct reached twice lowers to the same node object
(nodes compare by identity, ``eq=False``).

Supported construct classes (exact types: a subclass may parse differently): Struct, Renamed,
FormatField, BytesInteger, Flag, Enum, Const, Bytes and FixedSized (a constant length or a
``this.<sibling>`` integer field parsed before), GreedyBytes, Prefixed, GreedyRange and
``meta.ExactRange``, Switch (key ``this.<sibling>`` or ``this._params.<name>``), Select,
Terminated, ``meta.Trailing``, Pass.
"""

from __future__ import annotations

import struct as struct_module
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import construct as c

from tlcp_decode.schema.meta import (
    ExactRange as ExactRangeConstruct,
)
from tlcp_decode.schema.meta import (
    FieldMeta,
    display_names,
    is_expected_default,
    meta_of,
)
from tlcp_decode.schema.meta import (
    Trailing as TrailingConstruct,
)


class SchemaError(Exception):
    """The schema uses something outside the subset the code generators translate exactly."""


# -- nodes ------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Node:
    """A part of a schema. ``hint`` is the name the schema modules give the construct it was
    lowered from (for readable generated names), or None."""

    hint: str | None = field(default=None, kw_only=True)


@dataclass(frozen=True, eq=False)
class EnumTable:
    """A value table (construct's ``Enum``): the symbols, what a value decodes to, the names
    Wireshark shows."""

    #: value -> symbol, in construct's decoding order (the last symbol given for a value)
    decoding: tuple[tuple[int, str], ...]
    #: symbol -> value, every symbol
    encoding: Mapping[str, int]
    #: value -> display name (``client_hello`` -> ``Client Hello``)
    display: Mapping[int, str]
    hint: str | None = None

    def value_of(self, symbol: str) -> int:
        return self.encoding[symbol]


@dataclass(frozen=True, eq=False)
class Int(Node):
    """A fixed-size integer; with ``enum``, decoded through a value table."""

    size: int
    signed: bool
    little: bool
    #: the ``struct`` format reading it (byte order and letter), None where struct has no
    #: letter of this size (3, 5, 6, 7 bytes)
    fmt: str | None
    enum: EnumTable | None = None


@dataclass(frozen=True, eq=False)
class Float(Node):
    """A floating-point number read with the ``struct`` format ``fmt``."""

    fmt: str
    size: int


@dataclass(frozen=True, eq=False)
class Flag(Node):
    """One byte, true when not zero."""


@dataclass(frozen=True, eq=False)
class Const(Node):
    """``subcon`` whose value must equal ``value``."""

    subcon: Node
    value: int | bytes


@dataclass(frozen=True, eq=False)
class ParamRef:
    """``this._params.<name>``: a parse parameter."""

    name: str


@dataclass(frozen=True, eq=False)
class FieldRef:
    """``this.<name>``: a member of the enclosing struct parsed before; ``target`` is its node
    (names looked through)."""

    name: str
    target: Node


#: A length: a constant or an integer member.
Length = int | FieldRef


@dataclass(frozen=True, eq=False)
class Bytes(Node):
    """``length`` bytes."""

    length: Length


@dataclass(frozen=True, eq=False)
class GreedyBytes(Node):
    """The rest of the enclosing span."""


@dataclass(frozen=True, eq=False)
class Named(Node):
    """A struct member's (or a case's) name and display metadata around ``subcon``. ``name``
    may be None (construct then writes ``None`` in the error path)."""

    name: str | None
    meta: FieldMeta | None
    subcon: Node


@dataclass(frozen=True, eq=False)
class Struct(Node):
    """Members in order; the named ones make the value. ``static_size`` when it has one."""

    members: tuple[Node, ...]
    static_size: int | None


@dataclass(frozen=True, eq=False)
class Prefixed(Node):
    """An integer length (``length_field``, maybe named) and ``subcon`` parsed from exactly
    that many bytes (minus the length field's own size with ``include_length``)."""

    length_field: Node
    subcon: Node
    include_length: bool = False

    @property
    def length_int(self) -> Int:
        inner = unwrap(self.length_field)[2]
        assert isinstance(inner, Int)
        return inner


@dataclass(frozen=True, eq=False)
class FixedSized(Node):
    """``subcon`` parsed from exactly ``length`` bytes."""

    length: Length
    subcon: Node


@dataclass(frozen=True, eq=False)
class Range(Node):
    """Elements while they parse (``exact``: up to the end of the span, which must end on an
    element boundary). ``discard``: the elements are not kept."""

    element: Node
    exact: bool
    discard: bool = False


@dataclass(frozen=True, eq=False)
class Case:
    """One case of a :class:`Switch`: the key as the schema writes it (a symbol or a number),
    its integer value when the key is an integer member (None for parse parameters)."""

    key: int | str
    value: int | None
    node: Node


@dataclass(frozen=True, eq=False)
class Switch(Node):
    """The case chosen by a member's value or a parse parameter, else ``default``.
    ``default_expected``: the default is an ordinary layout, not an unknown value."""

    key: ParamRef | FieldRef
    cases: tuple[Case, ...]
    default: Node
    default_expected: bool = False

    @property
    def key_enum(self) -> EnumTable | None:
        if isinstance(self.key, FieldRef) and isinstance(self.key.target, Int):
            return self.key.target.enum
        return None


@dataclass(frozen=True, eq=False)
class Select(Node):
    """The first alternative that parses."""

    alternatives: tuple[Node, ...]


@dataclass(frozen=True, eq=False)
class Trailing(Node):
    """``subcon`` when bytes remain in the span, else nothing."""

    subcon: Node


@dataclass(frozen=True, eq=False)
class Terminated(Node):
    """The span must end here."""


@dataclass(frozen=True, eq=False)
class Pass(Node):
    """Nothing."""


# -- helpers the generators share --------------------------------------------------------------


def unwrap(node: Node) -> tuple[str | None, FieldMeta | None, Node]:
    """Look through (nested) names: the outermost name and metadata, and the node inside."""
    name: str | None = None
    meta: FieldMeta | None = None
    while isinstance(node, Named):
        name = name or node.name
        meta = meta or node.meta
        node = node.subcon
    return name, meta, node


def children(node: Node) -> Iterator[Node]:
    """The nodes directly below ``node``, in construct's parse order (a Switch: default first,
    then the cases, as parameters are looked up)."""
    if isinstance(node, Named | Const | FixedSized | Trailing):
        yield node.subcon
    elif isinstance(node, Prefixed):
        yield node.length_field
        yield node.subcon
    elif isinstance(node, Struct):
        yield from node.members
    elif isinstance(node, Range):
        yield node.element
    elif isinstance(node, Switch):
        yield node.default
        yield from (case.node for case in node.cases)
    elif isinstance(node, Select):
        yield from node.alternatives


def parameters(node: Node) -> list[str]:
    """The parse parameters (``this._params.<name>``) used anywhere below ``node``, in first-use
    order."""
    found: list[str] = []
    seen: set[int] = set()

    def walk(n: Node) -> None:
        if id(n) in seen:
            return
        seen.add(id(n))
        if isinstance(n, Switch) and isinstance(n.key, ParamRef) and n.key.name not in found:
            found.append(n.key.name)
        for child in children(n):
            walk(child)

    walk(node)
    return found


def needs_bytes(node: Node) -> bool:
    """Parsing ``node`` with no bytes left fails on its very first read.

    Where this holds, a range can stop at the end of its span without trying one more element,
    and an element always consumes at least one byte (construct loops forever otherwise).
    """
    while True:
        if isinstance(node, Named | Const):
            node = node.subcon
        elif isinstance(node, Int | Float | Flag):
            return True
        elif isinstance(node, Bytes | FixedSized):
            return type(node.length) is int and node.length > 0
        elif isinstance(node, Struct):
            if not node.members:
                return False
            node = node.members[0]
        elif isinstance(node, Prefixed):
            node = node.length_field
        else:
            return False


# -- lowering ----------------------------------------------------------------------------------

_GREEDY_BYTES = type(c.GreedyBytes)
_TERMINATED = type(c.Terminated)
_PASS = type(c.Pass)
_FLAG = type(c.Flag)
_INT_LETTERS = frozenset("bBhHiIlLqQ")
_FLOAT_LETTERS = frozenset("efd")


def module_names(modules: Iterable[object]) -> dict[int, str]:
    """``id(construct) -> name`` for the public constructs the modules define (the first module
    naming one wins; names in sorted order within a module)."""
    names: dict[int, str] = {}
    for module in modules:
        namespace = vars(module)
        for name in sorted(namespace):
            value = namespace[name]
            if isinstance(value, c.Construct) and not name.startswith("_"):
                names.setdefault(id(value), name)
    return names


def this_path(expr: Any, where: str) -> list[str]:
    """``this.a.b`` -> ["a", "b"]; anything that is not a plain ``this`` path is an error."""
    if not isinstance(expr, c.expr.Path):
        raise SchemaError(f"{where}: unsupported expression {expr!r}: only this.<field> paths")
    parts: list[str] = []
    node: Any = expr
    while True:
        parent = node._Path__parent
        if parent is None:
            if node._Path__name != "this":
                raise SchemaError(f"{where}: unsupported expression {expr!r}")
            break
        parts.append(str(node._Path__field))
        node = parent
    parts.reverse()
    if not parts:
        raise SchemaError(f"{where}: empty path {expr!r}")
    return parts


@dataclass
class _Scope:
    """The enclosing struct while lowering: its members parsed so far."""

    key: int
    members: dict[str, Node]


def lower(con: c.Construct, names: Mapping[int, str] | None = None) -> Node:
    """The IR of ``con`` (a root is parsed at construct's path ``(parsing)``); ``names`` gives
    constructs readable names (see :func:`module_names`). Raises :class:`SchemaError`."""
    return Lowering(names).lower(con)


class Lowering:
    """One lowering: constructs reached more than once give the same node (and enums the same
    table) as long as this object is used."""

    def __init__(self, names: Mapping[int, str] | None = None) -> None:
        self._names = dict(names or {})
        #: construct id -> its node, when the node reads nothing of its struct's members
        self._free: dict[int, Node] = {}
        #: (construct id, struct id) -> its node, when it reads members of that struct
        self._scoped: dict[tuple[int, int], Node] = {}
        self._reads_members: set[int] = set()  # ids of the nodes in _scoped
        self._enums: dict[int, EnumTable] = {}

    def lower(self, con: c.Construct) -> Node:
        return self._lower(con, _Scope(0, {}), "(parsing)")

    # -- the walk ---------------------------------------------------------------------------

    def _lower(self, con: c.Construct, scope: _Scope, path: str) -> Node:
        if getattr(con, "parsed", None) is not None:
            raise SchemaError(f"{path}: parsed= hooks are not supported")
        kind = type(con)
        known = self._free.get(id(con)) or self._scoped.get((id(con), scope.key))
        if known is not None:
            return known
        lowerer = _LOWERERS.get(kind)
        if lowerer is None:
            raise SchemaError(f"{path}: construct class {kind.__name__} is not supported")
        node = lowerer(self, con, scope, path)
        if self._reads_scope(node):
            self._scoped[(id(con), scope.key)] = node
            self._reads_members.add(id(node))
        else:
            self._free[id(con)] = node
        return node

    def _reads_scope(self, node: Node) -> bool:
        """Whether ``node`` reads members of the struct it is in (a struct reads only its own)."""
        if isinstance(node, Struct):
            return False
        refs = (getattr(node, "length", None), getattr(node, "key", None))
        if any(isinstance(ref, FieldRef) for ref in refs):
            return True
        return any(id(child) in self._reads_members for child in children(node))

    def _hint(self, con: c.Construct) -> str | None:
        return self._names.get(id(con))

    def _renamed(self, con: c.Renamed, scope: _Scope, path: str) -> Node:
        name = con.name
        if name is not None and not isinstance(name, str):
            raise SchemaError(f"{path}: member name {name!r} is not a string")
        inner = self._lower(con.subcon, scope, f"{path} -> {name}")
        return Named(name, meta_of(con), inner, hint=self._hint(con))

    def _format(self, con: c.FormatField, scope: _Scope, path: str) -> Node:
        fmt = con.fmtstr
        if len(fmt) != 2 or fmt[0] not in "<>=":
            raise SchemaError(f"{path}: unsupported FormatField {fmt!r}")
        if fmt[1] in _FLOAT_LETTERS:
            return Float(fmt, struct_module.calcsize(fmt), hint=self._hint(con))
        if fmt[1] not in _INT_LETTERS:
            raise SchemaError(f"{path}: unsupported FormatField {fmt!r}")
        little = fmt[0] == "<" or (fmt[0] == "=" and sys.byteorder == "little")
        return Int(con.length, fmt[1].islower(), little, ("<" if little else ">") + fmt[1],
                   hint=self._hint(con))

    def _bytes_integer(self, con: c.BytesInteger, scope: _Scope, path: str) -> Node:
        if type(con.length) is not int or con.length <= 0:
            raise SchemaError(
                f"{path}: BytesInteger length {con.length!r} is not a positive constant")
        if type(con.swapped) is not bool or type(con.signed) is not bool:
            raise SchemaError(f"{path}: BytesInteger signed/swapped must be constants")
        letter = {1: "b", 2: "h", 4: "i", 8: "q"}.get(con.length)
        fmt = None
        if letter is not None:
            fmt = ("<" if con.swapped else ">") + (letter if con.signed else letter.upper())
        return Int(con.length, con.signed, con.swapped, fmt, hint=self._hint(con))

    def _flag(self, con: c.Construct, scope: _Scope, path: str) -> Node:
        return Flag(hint=self._hint(con))

    def _enum(self, con: c.Enum, scope: _Scope, path: str) -> Node:
        inner = self._lower(con.subcon, scope, path)
        if not isinstance(inner, Int) or inner.enum is not None:
            raise SchemaError(f"{path}: Enum over {type(con.subcon).__name__}: only integers")
        return Int(inner.size, inner.signed, inner.little, inner.fmt, self._enum_table(con),
                   hint=self._hint(con))

    def _enum_table(self, con: c.Enum) -> EnumTable:
        table = self._enums.get(id(con))
        if table is None:
            decoding = tuple((int(value), str(symbol)) for value, symbol in con.decmapping.items())
            encoding = {str(symbol): int(value) for symbol, value in con.encmapping.items()}
            table = EnumTable(decoding, encoding, dict(display_names(con)), self._hint(con))
            self._enums[id(con)] = table
        return table

    def _const(self, con: c.Const, scope: _Scope, path: str) -> Node:
        value = con.value
        inner = self._lower(con.subcon, scope, path)
        if isinstance(value, bytes):
            if not isinstance(inner, Bytes) or inner.length != len(value):
                raise SchemaError(f"{path}: a byte Const must read exactly its bytes")
        elif type(value) is int:
            if not isinstance(inner, Int):
                raise SchemaError(f"{path}: an integer Const must read an integer")
        else:
            raise SchemaError(f"{path}: Const value {value!r} is neither int nor bytes")
        return Const(inner, value, hint=self._hint(con))

    def _length(self, length: Any, scope: _Scope, path: str) -> Length:
        if type(length) is int:
            return length
        parts = this_path(length, path)
        if parts[0] == "_params" or len(parts) != 1:
            raise SchemaError(f"{path}: length this.{'.'.join(parts)} must name a sibling field")
        target = self._member(parts[0], scope, path)
        if not isinstance(target, Int) or target.enum is not None:
            raise SchemaError(f"{path}: length this.{parts[0]} is not an integer field")
        return FieldRef(parts[0], target)

    @staticmethod
    def _member(name: str, scope: _Scope, path: str) -> Node:
        if name not in scope.members:
            raise SchemaError(f"{path}: this.{name} names no sibling parsed before it")
        return unwrap(scope.members[name])[2]

    def _bytes(self, con: c.Bytes, scope: _Scope, path: str) -> Node:
        return Bytes(self._length(con.length, scope, path), hint=self._hint(con))

    def _greedy_bytes(self, con: c.Construct, scope: _Scope, path: str) -> Node:
        return GreedyBytes(hint=self._hint(con))

    def _struct(self, con: c.Struct, scope: _Scope, path: str) -> Node:
        own = _Scope(id(con), {})
        members = []
        for sub in con.subcons:
            member = self._lower(sub, own, path)
            members.append(member)
            if isinstance(member, Named) and member.name is not None:
                own.members[member.name] = member
        try:
            size = con.sizeof()
        except (c.SizeofError, KeyError, AttributeError, TypeError):
            size = None
        return Struct(tuple(members), size if isinstance(size, int) else None,
                      hint=self._hint(con))

    def _prefixed(self, con: c.Prefixed, scope: _Scope, path: str) -> Node:
        length_field = self._lower(con.lengthfield, scope, path)
        length_int = unwrap(length_field)[2]
        if not isinstance(length_int, Int) or length_int.enum is not None:
            raise SchemaError(f"{path}: Prefixed length field is not an integer")
        inner = self._lower(con.subcon, scope, path)
        return Prefixed(length_field, inner, bool(con.includelength), hint=self._hint(con))

    def _fixed_sized(self, con: c.FixedSized, scope: _Scope, path: str) -> Node:
        length = self._length(con.length, scope, path)
        return FixedSized(length, self._lower(con.subcon, scope, path), hint=self._hint(con))

    def _range(self, con: c.GreedyRange, scope: _Scope, path: str) -> Node:
        element = self._lower(con.subcon, scope, path)
        if not needs_bytes(element):
            raise SchemaError(f"{path}: a range element that may match zero bytes (construct "
                              "would loop forever)")
        return Range(element, type(con) is ExactRangeConstruct, bool(con.discard),
                     hint=self._hint(con))

    def _switch(self, con: c.Switch, scope: _Scope, path: str) -> Node:
        if not isinstance(con.cases, dict):
            raise SchemaError(f"{path}: Switch cases must be a dict")
        parts = this_path(con.keyfunc, path)
        key: ParamRef | FieldRef
        if parts[0] == "_params":
            if len(parts) != 2:
                raise SchemaError(f"{path}: Switch key {parts} must be this._params.<name>")
            key = ParamRef(parts[1])
        elif len(parts) != 1:
            raise SchemaError(f"{path}: Switch key this.{'.'.join(parts)} is not a sibling")
        else:
            target = self._member(parts[0], scope, path)
            if not isinstance(target, Int):
                raise SchemaError(f"{path}: Switch key this.{parts[0]} is not an integer field")
            key = FieldRef(parts[0], target)
        cases = []
        for case_key, case in con.cases.items():
            cases.append(Case(case_key, self._case_value(case_key, key, path),
                              self._lower(case, scope, path)))
        default = self._lower(con.default, scope, path)
        return Switch(key, tuple(cases), default, is_expected_default(con), hint=self._hint(con))

    @staticmethod
    def _case_value(case_key: Any, key: ParamRef | FieldRef, path: str) -> int | None:
        if isinstance(case_key, bool) or not isinstance(case_key, str | int):
            raise SchemaError(f"{path}: unsupported Switch case {case_key!r}")
        if isinstance(key, ParamRef):
            return None
        if isinstance(case_key, int):
            return int(case_key)
        assert isinstance(key.target, Int)
        enum = key.target.enum
        if enum is not None and case_key in enum.encoding:
            return enum.value_of(case_key)
        raise SchemaError(f"{path}: Switch case {case_key!r} is not a value of the key field")

    def _select(self, con: c.Select, scope: _Scope, path: str) -> Node:
        return Select(tuple(self._lower(sub, scope, path) for sub in con.subcons),
                      hint=self._hint(con))

    def _trailing(self, con: TrailingConstruct, scope: _Scope, path: str) -> Node:
        return Trailing(self._lower(con.subcon, scope, path), hint=self._hint(con))

    def _terminated(self, con: c.Construct, scope: _Scope, path: str) -> Node:
        return Terminated(hint=self._hint(con))

    def _pass(self, con: c.Construct, scope: _Scope, path: str) -> Node:
        return Pass(hint=self._hint(con))


_LOWERERS: dict[type, Any] = {
    c.Renamed: Lowering._renamed,
    c.FormatField: Lowering._format,
    c.BytesInteger: Lowering._bytes_integer,
    _FLAG: Lowering._flag,
    c.Enum: Lowering._enum,
    c.Const: Lowering._const,
    c.Bytes: Lowering._bytes,
    _GREEDY_BYTES: Lowering._greedy_bytes,
    c.Struct: Lowering._struct,
    c.Prefixed: Lowering._prefixed,
    c.FixedSized: Lowering._fixed_sized,
    c.GreedyRange: Lowering._range,
    ExactRangeConstruct: Lowering._range,
    c.Switch: Lowering._switch,
    c.Select: Lowering._select,
    TrailingConstruct: Lowering._trailing,
    _TERMINATED: Lowering._terminated,
    _PASS: Lowering._pass,
}
