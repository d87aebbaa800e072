"""What the code generators (``luagen``, ``pygen``) share besides the schema IR: naming the
identifiers of the code they write."""

from __future__ import annotations

from collections.abc import Callable, Iterable


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
