"""Repeated identical warnings folded into one with a count, and each connection's warnings
bounded.

A hostile or broken capture can make the same complaint a hundred thousand times (the same
malformed record over and over in one frame, the same skipped block); the report says it once,
where it first appeared, with its count (``(×N)`` in the text report, ``warning_counts`` in
JSON). Past :data:`MAX_DISTINCT` different warnings on one connection the rest are only
counted, and one last warning says how many were left out: a connection's output stays bounded
whatever it carried.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from tlcp_decode.messages import msg
from tlcp_decode.model_base import Warning

#: Different warnings kept per connection (identical ones only raise a count).
MAX_DISTINCT = 1000


class WarningList(list[Warning]):
    """A connection's warnings in first-seen order, identical ones (same code, frame and text)
    folded as they are appended; past :data:`MAX_DISTINCT` new ones are only counted."""

    __slots__ = ("_where", "left_out")

    def __init__(self, warnings: Iterable[Warning] = ()) -> None:
        super().__init__()
        self._where: dict[tuple[str, int | None, str], int] = {}
        self.left_out = 0  # distinct warnings past MAX_DISTINCT, not kept
        for warning in warnings:
            self.append(warning)

    def append(self, warning: Warning) -> None:
        key = (warning.code, warning.frame, warning.message)
        at = self._where.get(key)
        if at is not None:
            kept = self[at]
            self[at] = replace(kept, count=kept.count + warning.count)
        elif len(self) >= MAX_DISTINCT:
            self.left_out += warning.count
        else:
            self._where[key] = len(self)
            super().append(warning)

    def extend(self, warnings: Iterable[Warning]) -> None:
        for warning in warnings:
            self.append(warning)

    def __reduce__(self) -> tuple[object, ...]:  # sent to the analysing process when it ends
        return (_rebuilt, (list(self), self.left_out))


def _rebuilt(warnings: list[Warning], left_out: int) -> WarningList:
    rebuilt = WarningList(warnings)
    rebuilt.left_out = left_out
    return rebuilt


def folded(*groups: Iterable[Warning]) -> tuple[Warning, ...]:
    """The warnings of ``groups`` in order, identical ones folded, bounded, and a last one
    saying how many were left out, if any."""
    merged = WarningList()
    left_out = 0
    for group in groups:
        merged.extend(group)
        left_out += getattr(group, "left_out", 0)
    left_out += merged.left_out
    result = tuple(merged)
    if left_out:
        result += (Warning("warnings_left_out", None, msg(
            "{n} more warning(s) on this connection not listed (only the first {limit} "
            "different ones are kept)", n=left_out, limit=MAX_DISTINCT)),)
    return result


def fold_texts(texts: Iterable[str]) -> list[tuple[str, int]]:
    """Capture-level warnings (plain or ``Msg`` texts): each
    distinct one once, in first-seen order, with how many times it came."""
    counts: dict[str, int] = {}
    first: dict[str, str] = {}  # the first object of each text (a Msg keeps its template)
    for text in texts:
        counts[text] = counts.get(text, 0) + 1
        first.setdefault(text, text)
    return [(first[text], n) for text, n in counts.items()]


def with_count(text: str, count: int) -> str:
    """``text (×N)`` when it came more than once."""
    return text if count == 1 else f"{text} (×{count})"


__all__ = ["MAX_DISTINCT", "WarningList", "fold_texts", "folded", "with_count"]
