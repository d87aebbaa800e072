"""The short way of a handshake record in the clear (``tlcp.parser.HANDSHAKE_SHORT_WAY``:
RecordStream.feed with _record written out, the whole messages announced by the stream with
_message written out, a HandshakeAssembler only while a message waits for a next record)
makes exactly the events and counts of the general way, on every capture fed whole and in
random chunks, with every choice of the record stage's options, and with its handshake
records cut so that their messages span records."""

from __future__ import annotations

import random
import struct
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
    # messages longer than the limit (dropped as they come, over several records)
    {"keep_fragments": False, "application_data_events": False,
     "plaintext_record_events": False, "defer_parsing": True, "max_handshake": 200},
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


def _cut_handshake_records(data: bytes, rng: random.Random) -> bytes:
    """``data``'s records with each complete handshake record's fragment cut into records of
    1 to 300 bytes: its messages then span records (the rest of the bytes as they are)."""
    out = bytearray()
    pos = 0
    while len(data) - pos >= 5:
        content_type, version, length = struct.unpack_from(">BHH", data, pos)
        end = pos + 5 + length
        if content_type != 22 or end > len(data):
            out += data[pos:end]
        else:
            at = pos + 5
            while at < end:
                piece = data[at:min(end, at + rng.randint(1, 300))]
                out += struct.pack(">BHH", content_type, version, len(piece)) + piece
                at += len(piece)
        pos = end
    return bytes(out + data[pos:])


@pytest.mark.parametrize("path", CAPTURES, ids=lambda p: str(p.relative_to(PCAPS)))
def test_short_way_matches_the_general_one_with_messages_spanning_records(
        path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for streams in direction_streams(path):
        for seed in (1, 2):
            rng = random.Random(seed)
            cut = {direction: _cut_handshake_records(data, rng)
                   for direction, data in streams.items()}
            for options in OPTIONS:
                monkeypatch.setattr(parser, "HANDSHAKE_SHORT_WAY", True)
                short = _events(cut, options, seed)
                monkeypatch.setattr(parser, "HANDSHAKE_SHORT_WAY", False)
                assert _events(cut, options, seed) == short
