"""A record stream that ended between records makes no event at its close, said without
looking further (RecordStream.close's short way, the usual end of a connection): its handshake
assembler's ``pending`` is the length of what it buffered after every chunk and gap, on every
capture cut in random chunks, so a stream with nothing buffered, pending or being skipped
has nothing the general way would report."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from test_parser_traces import direction_streams

from tlcp_decode.tlcp import RecordStream

PCAPS = Path(__file__).resolve().parent.parent / "pcaps"
CAPTURES = sorted(p for p in PCAPS.rglob("*") if p.suffix in (".pcap", ".pcapng"))


def _cuts(data: bytes, rng: random.Random) -> list[bytes]:
    chunks: list[bytes] = []
    pos = 0
    while pos < len(data):
        size = rng.choice((1, 3, 5, 7, 64, 1000, 5000))
        chunks.append(data[pos:pos + size])
        pos += size
    return chunks


@pytest.mark.parametrize("path", CAPTURES, ids=lambda p: str(p.relative_to(PCAPS)))
def test_pending_is_what_the_assembler_buffered(path: Path) -> None:
    rng = random.Random(path.name)
    for streams in direction_streams(path):
        for data in streams.values():
            for arguments in ({}, {"keep_fragments": False, "application_data_events": False,
                                   "plaintext_record_events": False, "defer_parsing": True}):
                stream = RecordStream(**arguments)  # type: ignore[arg-type]
                for i, chunk in enumerate(_cuts(data, rng)):
                    if i % 17 == 16:
                        stream.gap(len(chunk))  # a hole in the capture instead of the chunk
                    else:
                        stream.feed(chunk)
                    assert stream.handshake.pending == len(stream.handshake._buf)
                    if not (stream._skipping or stream._buf or stream.handshake.pending):
                        assert not stream.handshake.interrupt(None, "the end of the stream")
