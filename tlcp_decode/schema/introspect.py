"""Reading construct expressions, for the code generators (``luagen``, ``pygen``)."""

from __future__ import annotations

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
