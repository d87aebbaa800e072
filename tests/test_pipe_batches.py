"""How the two-process pipeline (tlcp_decode.parallel) batches its calls."""

from __future__ import annotations

from typing import Any

import pytest

from tlcp_decode import parallel


def _sizes(calls: int) -> list[int]:
    """How many calls each batch holds when the reading process makes ``calls`` calls,
    one per packet."""
    sent: list[list[tuple[Any, ...]]] = []
    writer = parallel._BatchWriter(lambda message, plain: sent.append(message[3]), None)
    for index in range(calls):
        writer.opened(index, True)
        writer.flush(index + 1)
    writer.flush(calls, full_only=False)
    assert [call[1] for batch in sent for call in batch] == list(range(calls))
    return [len(batch) for batch in sent]


def test_the_first_batch_is_small_and_each_next_twice_as_big_up_to_the_limit(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "FIRST_BATCH_EVENTS", 2)
    monkeypatch.setattr(parallel, "BATCH_EVENTS", 16)
    assert _sizes(70) == [2, 4, 8, 16, 16, 16, 8]


def test_the_defaults_ramp_up_to_full_batches() -> None:
    sizes = _sizes(3 * parallel.BATCH_EVENTS)
    assert sizes[0] == parallel.FIRST_BATCH_EVENTS < parallel.BATCH_EVENTS
    assert parallel.BATCH_EVENTS in sizes and max(sizes) == parallel.BATCH_EVENTS


def test_a_limit_below_the_first_batch_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "BATCH_EVENTS", 1)
    assert _sizes(3) == [1, 1, 1, 0]  # the last one, sent at the end, says the packets read
