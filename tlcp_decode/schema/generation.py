"""What the code generators (``luagen``, ``pygen``) share: reading construct expressions and
naming the identifiers of the code they write."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import construct as c


def this_path(expr: Any, error: type[Exception]) -> list[str]:
    """``this.a.b`` -> ["a", "b"]; anything that is not a plain ``this`` path raises ``error``."""
    if not isinstance(expr, c.expr.Path):
        raise error(f"unsupported expression {expr!r}: only this.<field> paths")
    parts: list[str] = []
    node: Any = expr
    while True:
        parent = node._Path__parent
        if parent is None:
            if node._Path__name != "this":
                raise error(f"unsupported expression {expr!r}")
            break
        parts.append(str(node._Path__field))
        node = parent
    parts.reverse()
    if not parts:
        raise error(f"empty path {expr!r}")
    return parts


class Names:
    """Identifiers of generated code: unique names for functions and tables (``clean`` makes
    a valid identifier of a hint), numbered ones for locals."""

    def __init__(self, clean: Callable[[str], str], reserved: Iterable[str] = ()) -> None:
        self._clean = clean
        self._used = set(reserved)
        self._counter = 0

    def unique(self, base: str) -> str:
        name = self._clean(base)
        candidate, n = name, 2
        while candidate in self._used:
            candidate = f"{name}_{n}"
            n += 1
        self._used.add(candidate)
        return candidate

    def fresh(self, base: str) -> str:
        self._counter += 1
        return f"{base}{self._counter}"
