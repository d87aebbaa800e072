"""Bounded caches, for what a hostile capture controls the size and number of.

Servers send the same certificate chain on every connection, so parsed certificates and
handshake messages are cached; but one certificate may be megabytes and a capture may hold
thousands of different ones. :class:`ByteBoundedCache` keeps the latest entries
within a byte budget (the key's size stands for the entry's: what is cached is derived from it)
and does not cache an entry larger than a fraction of it at all. :class:`SharedValues` keeps
small derived values, bounded in number.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

KeyT = TypeVar("KeyT", bound=Hashable)
ValueT = TypeVar("ValueT")


#: Whether a ByteBoundedCache's hit moves its entry to the end, the least recently used
#: dropped first (the general way, which tests compare with). False: the entries are dropped
#: oldest first and a hit is the dictionary's own look-up, in C: the analysing process looks
#: up half a dozen such caches for every connection (parsed hellos and messages, hello
#: readings, chains), and a Python call with a move each cost ~6,000 instructions a
#: connection (0.8 % of it on the handshake capture). A hot entry dropped is made again.
HITS_MOVE_TO_END = False


class ByteBoundedCache(Generic[KeyT, ValueT]):
    """A cache of at most ``max_bytes`` (as ``size(key)`` counts them), which drops its oldest
    entries first (least recently used first: :data:`HITS_MOVE_TO_END`). Values are never
    None (what ``get`` says of a missing key)."""

    get: Callable[[KeyT], ValueT | None]  # the value kept for the key, or None

    def __init__(self, max_bytes: int, size: Callable[[KeyT], int],
                 largest_share: int = 8) -> None:
        self.max_bytes = max_bytes
        self.largest = max_bytes // largest_share  # larger entries are not kept at all
        self._size = size
        self._entries: OrderedDict[KeyT, ValueT] = OrderedDict()
        self._sizes: dict[KeyT, int] = {}
        self.bytes = 0
        self.get = self._get_and_move if HITS_MOVE_TO_END else self._entries.get

    def _get_and_move(self, key: KeyT) -> ValueT | None:
        value = self._entries.get(key)
        if value is not None:
            self._entries.move_to_end(key)
        return value

    def put(self, key: KeyT, value: ValueT, size: int | None = None) -> None:
        """``size``: the entry's, when the key alone cannot tell it."""
        size = (self._size(key) if size is None else size) + 64
        if size > self.largest or key in self._entries:
            return
        self._entries[key] = value
        self._sizes[key] = size
        self.bytes += size
        while self.bytes > self.max_bytes:
            dropped, _ = self._entries.popitem(last=False)
            self.bytes -= self._sizes.pop(dropped)

    def __len__(self) -> int:
        return len(self._entries)

    def clear(self) -> None:
        self._entries.clear()
        self._sizes.clear()
        self.bytes = 0


class SharedValues(Generic[KeyT, ValueT]):
    """Values made once per distinct key and then shared by every caller that asks for the
    same key: for immutable (or never modified) values that repeat connection after connection
    (a client's offered suites, a verdict on a suite). At most ``limit`` values are kept;
    when full the table starts again, since what a capture repeats is back within a few
    connections. A key a capture controls the size of (a list from a hello) is measured by
    ``size`` and not kept above ``largest``: so at most ``limit`` x ``largest`` is held."""

    __slots__ = ("limit", "largest", "_make", "_size", "_values", "kept")

    #: The value kept for a key, None when there is none: the dictionary's own look-up, in C,
    #: for a hot path that calls the table (or ``get``) only then (a call of the table is
    #: a Python call: ~1,000 instructions), where no value is None.
    kept: Callable[[KeyT], ValueT | None]

    def __init__(self, make: Callable[[KeyT], ValueT] | None = None, limit: int = 4096,
                 size: Callable[[KeyT], int] | None = None, largest: int = 64) -> None:
        self.limit = limit
        self.largest = largest
        self._make = make  # None: every caller passes its own (get)
        self._size = size
        self._values: dict[KeyT, ValueT] = {}
        self.kept = self._values.get

    def __call__(self, key: KeyT) -> ValueT:
        """``make(key)``, or the value made for an equal key before."""
        try:  # (get's look-up, without its call: a connection makes half a dozen of these)
            return self._values[key]
        except KeyError:
            assert self._make is not None
            return self._made(key, self._make)

    def get(self, key: KeyT, make: Callable[[KeyT], ValueT]) -> ValueT:
        """The value for ``key``, made by ``make(key)`` when there is none: for values made
        from more than the key holds (the key must hold everything the value depends on)."""
        try:
            return self._values[key]
        except KeyError:
            return self._made(key, make)

    def _made(self, key: KeyT, make: Callable[[KeyT], ValueT]) -> ValueT:
        """``make(key)``, kept when it may be."""
        value = make(key)
        if self._size is None or self._size(key) <= self.largest:
            if len(self._values) >= self.limit:
                self._values.clear()
            self._values[key] = value
        return value

    def __len__(self) -> int:
        return len(self._values)

    def clear(self) -> None:
        """Every value forgotten (what they were made from has changed: the report language)."""
        self._values.clear()


ObjectT = TypeVar("ObjectT")
ObjectsT = TypeVar("ObjectsT", bound=tuple[object, ...])


class SharedByIdentity(Generic[ObjectT, ValueT]):
    """``make(obj)`` made once per object, for objects that are themselves shared between
    connections (a certificate, a check verdict): looked up by identity, which is cheaper than
    hashing the object field by field. Each entry holds its object, so no other object can
    take that identity while the entry is kept. At most ``limit`` entries, none for an object
    whose ``size`` is above ``largest`` (each entry keeps its object alive)."""

    __slots__ = ("limit", "largest", "_make", "_size", "_values", "kept")

    #: The entry kept for an object's ``id()``, (the object, its value), None when there is
    #: none: as SharedValues.kept, for a hot path that calls the table only then.
    kept: Callable[[object], tuple[ObjectT, ValueT] | None]

    def __init__(self, make: Callable[[ObjectT], ValueT], limit: int = 4096,
                 size: Callable[[ObjectT], int] | None = None, largest: int = 4096) -> None:
        self.limit = limit
        self.largest = largest
        self._make = make
        self._size = size
        self._values: dict[object, tuple[ObjectT, ValueT]] = {}  # by id(), or ids
        self.kept = self._values.get

    def __call__(self, obj: ObjectT) -> ValueT:
        entry = self._values.get(id(obj))
        if entry is not None:
            return entry[1]
        return self._made(id(obj), obj)

    def _made(self, key: object, obj: ObjectT) -> ValueT:
        """``make(obj)``, kept under ``key`` when it may be."""
        value = self._make(obj)
        if self._size is None or self._size(obj) <= self.largest:
            if len(self._values) >= self.limit:
                self._values.clear()
            self._values[key] = (obj, value)
        return value

    def __len__(self) -> int:
        return len(self._values)

    def clear(self) -> None:
        """Every value forgotten (what they were made from has changed: the report language)."""
        self._values.clear()


class SharedByIdentities(SharedByIdentity[ObjectsT, ValueT]):
    """:class:`SharedByIdentity` of a value made from several shared objects together (a
    tuple of them): found by their identities at once, one look-up where one per object would
    be made. Each entry holds its objects (the tuple)."""

    __slots__ = ()

    def __call__(self, objects: ObjectsT) -> ValueT:
        key = tuple(map(id, objects))
        entry = self._values.get(key)
        if entry is not None:
            return entry[1]
        return self._made(key, objects)
