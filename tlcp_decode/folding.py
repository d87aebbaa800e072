"""Repeated identical warnings folded into one line with a count.

A hostile or broken capture can make the same complaint a hundred thousand times (the same
malformed record on every connection, the same skipped block); the report says it once,
where it first appeared, followed by ``(×N)``.
"""

from __future__ import annotations

from collections.abc import Iterable


def fold_repeated(warnings: Iterable[str]) -> list[str]:
    """``warnings`` in first-seen order, each distinct text once, repeats counted."""
    counts: dict[str, int] = {}
    for warning in warnings:
        counts[warning] = counts.get(warning, 0) + 1
    return [text if n == 1 else f"{text} (×{n})" for text, n in counts.items()]
