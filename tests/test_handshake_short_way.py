"""The short way of a handshake record in the clear (``tlcp.parser.HANDSHAKE_SHORT_WAY``:
RecordStream.feed and HandshakeAssembler.feed_into with _record and _message written out)
makes exactly the events and counts of the general way, on every capture fed whole and in
random chunks, with every choice of the record stage's options."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_parser_traces import direction_streams

from tlcp_decode.tlcp import ConnectionParser, parser

PCAPS = Path(__file__).resolve().parent.parent / "pcaps"
CAPTURES = sorted(p for p in PCAPS.rglob("*") if p.suffix in (".pcap", ".pcapng"))
OPTIONS = [
    {},  # everything announced, messages parsed (--records, decryption)
    {"keep_fragments": False, "application_data_events": False,
     "plaintext_record_events": False},  # --jobs 1
    {"keep_fragments": False, "application_data_events": False,
     "plaintext_record_events": False, "defer_parsing": True},  # the reading process
    {"mid_stream": True, "defer_parsing": True},
]


def chunks_in_turns(streams: dict[str, bytes], seed: int) -> Iterator[tuple[str, bytes, int]]:
    """Both directions' bytes in turns, in random chunks (seed 0: each whole): (direction,
    chunk, its offset in the direction's stream)."""
    rng = random.Random(seed)
    positions = {"c2s": 0, "s2c": 0}
    while any(positions[d] < len(streams[d]) for d in positions):
        for direction in ("c2s", "s2c"):
            pos = positions[direction]
            size = len(streams[direction]) if not seed else rng.choice((1, 5, 40, 700, 3000))
            chunk = streams[direction][pos:pos + size]
            positions[direction] = pos + len(chunk)
            if chunk:
                yield direction, chunk, pos


def _events(streams: dict[str, bytes], options: dict[str, Any], seed: int) -> list[Any]:
    """The events of the two directions fed in turns (see chunks_in_turns)."""
    connection = ConnectionParser(**options)
    out: list[Any] = [(direction, repr(connection.feed(direction, chunk, pos)))
                      for direction, chunk, pos in chunks_in_turns(streams, seed)]
    for direction in ("c2s", "s2c"):
        out.append((direction, repr(connection.close(direction))))
        stream = connection.streams[direction]
        out.append((direction, repr(stream.counters), stream.versions))
    return out


@pytest.mark.parametrize("path", CAPTURES, ids=lambda p: str(p.relative_to(PCAPS)))
def test_short_way_matches_the_general_one(path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    for streams in direction_streams(path):
        for options in OPTIONS:
            for seed in (0, 1, 2):
                monkeypatch.setattr(parser, "HANDSHAKE_SHORT_WAY", True)
                short = _events(streams, options, seed)
                monkeypatch.setattr(parser, "HANDSHAKE_SHORT_WAY", False)
                assert _events(streams, options, seed) == short
