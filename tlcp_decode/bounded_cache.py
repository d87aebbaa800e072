"""Caches bounded in bytes, for what a hostile capture controls the size of.

Servers send the same certificate chain on every connection, so parsed certificates and
handshake messages are cached; but one certificate may be megabytes and a capture may hold
thousands of different ones. :class:`ByteBoundedCache` keeps the most recently used entries
within a byte budget (the key's size stands for the entry's: what is cached is derived from it)
and does not cache an entry larger than a fraction of it at all.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

KeyT = TypeVar("KeyT", bound=Hashable)
ValueT = TypeVar("ValueT")


class ByteBoundedCache(Generic[KeyT, ValueT]):
    """Least-recently-used cache of at most ``max_bytes`` (as ``size(key)`` counts them)."""

    def __init__(self, max_bytes: int, size: Callable[[KeyT], int],
                 largest_share: int = 8) -> None:
        self.max_bytes = max_bytes
        self.largest = max_bytes // largest_share  # larger entries are not kept at all
        self._size = size
        self._entries: OrderedDict[KeyT, tuple[ValueT, int]] = OrderedDict()
        self.bytes = 0

    def get(self, key: KeyT) -> ValueT | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        self._entries.move_to_end(key)
        return entry[0]

    def put(self, key: KeyT, value: ValueT) -> None:
        size = self._size(key) + 64
        if size > self.largest or key in self._entries:
            return
        self._entries[key] = (value, size)
        self.bytes += size
        while self.bytes > self.max_bytes:
            _, (_, dropped) = self._entries.popitem(last=False)
            self.bytes -= dropped

    def __len__(self) -> int:
        return len(self._entries)

    def clear(self) -> None:
        self._entries.clear()
        self.bytes = 0
