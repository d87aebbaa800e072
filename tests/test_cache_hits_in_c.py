"""ByteBoundedCache's hits as the dictionary's own look-up, its oldest entries dropped first
(bounded_cache.HITS_MOVE_TO_END False, issue 17), against the least-recently-used way: the
same connections on every capture in pcaps/, and the same bound in bytes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import tlcp_decode
from tlcp_decode import bounded_cache
from tlcp_decode.bounded_cache import ByteBoundedCache
from tlcp_decode.report import jsonl
from tlcp_decode.session import analyzer, certificates, per_chain, validity
from tlcp_decode.tlcp import parser

# the modules that keep such caches (imported: _fresh_caches finds them among those loaded)
_CACHING = (analyzer, certificates, per_chain, validity, parser)

ROOT = Path(__file__).resolve().parent.parent
CAPTURES = sorted(p for p in (ROOT / "pcaps").rglob("*") if p.suffix in (".pcap", ".pcapng"))


def _fresh_caches(monkeypatch: pytest.MonkeyPatch) -> int:
    """Every ByteBoundedCache of the loaded modules made again, empty, as the switch now
    says (a cache takes its way of looking up when it is made)."""
    made = 0
    for module in list(sys.modules.values()):
        if not getattr(module, "__name__", "").startswith("tlcp_decode"):
            continue
        for name, value in list(vars(module).items()):
            if isinstance(value, ByteBoundedCache):
                fresh: ByteBoundedCache[object, object] = ByteBoundedCache(
                    value.max_bytes, value._size)  # noqa: SLF001 (same size measure)
                fresh.largest = value.largest
                monkeypatch.setattr(module, name, fresh)
                made += 1
    return made


def _decoded(monkeypatch: pytest.MonkeyPatch, move: bool) -> list[dict[str, object]]:
    monkeypatch.setattr(bounded_cache, "HITS_MOVE_TO_END", move)
    assert _fresh_caches(monkeypatch) >= 8
    return [jsonl.connection_object(conn) for capture in CAPTURES
            for conn in tlcp_decode.decode(capture)]


def test_the_connections_are_those_of_the_least_recently_used_way(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert len(CAPTURES) > 50
    with monkeypatch.context() as patched:
        general = _decoded(patched, True)
    with monkeypatch.context() as patched:
        assert _decoded(patched, False) == general
    assert len(general) > 100


@pytest.mark.parametrize("move", [True, False])
def test_both_ways_keep_the_bound(monkeypatch: pytest.MonkeyPatch, move: bool) -> None:
    monkeypatch.setattr(bounded_cache, "HITS_MOVE_TO_END", move)
    cache: ByteBoundedCache[bytes, int] = ByteBoundedCache(10_000, len)
    for n in range(100):
        cache.put(bytes([n]) * 500, n)
        assert cache.get(bytes([0]) * 500) in (0, None)  # a hit on the first, while kept
    assert cache.bytes <= 10_000 and len(cache) < 100
    assert cache.bytes == sum(500 + 64 for _ in range(len(cache)))
    # least recently used: the first, looked up all along, is kept; else it went first
    assert (cache.get(bytes([0]) * 500) == 0) is move
    assert cache.get(bytes([99]) * 500) == 99
    cache.clear()
    assert len(cache) == 0 and cache.bytes == 0 and cache.get(bytes([99]) * 500) is None
