"""A finished connection's records and parser are reset and reused for a later connection
(record_stage.REUSE_PARSERS): the same connections as with new ones made for each (the
general way) on every capture, in the one-process pipeline and in the two-process one; and a
reset parser holds exactly what a new one with the same options holds, after any bytes."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from both_ways import CAPTURES, decoded_both_ways
from test_parser_traces import direction_streams

from tlcp_decode import parallel, record_stage
from tlcp_decode.record_stage import ConnectionRecords
from tlcp_decode.source.native import NativeReader
from tlcp_decode.tlcp import ConnectionParser, RecordStream
from tlcp_decode.tlcp.parser import DEFAULT_MAX_HANDSHAKE

OPTIONS = [(True, False, True, True, True), (False, False, False, False, True)]


@pytest.mark.parametrize("capture", CAPTURES, ids=lambda p: p.name)
def test_both_ways_give_the_same_connections(capture: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    reused, made = decoded_both_ways(capture, record_stage, "REUSE_PARSERS", monkeypatch)
    assert reused == made


@pytest.mark.parametrize("capture", CAPTURES[::7], ids=lambda p: p.name)
def test_the_two_process_pipeline_too(capture: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reused = list(parallel.TwoProcessDecoder(NativeReader(capture)).start())
    monkeypatch.setattr(record_stage, "REUSE_PARSERS", False)
    assert list(parallel.TwoProcessDecoder(NativeReader(capture)).start()) == reused


def _state(records: ConnectionRecords) -> list[Any]:
    """Everything a connection's records hold (the parser's streams slot by slot)."""
    parser = records.parser
    state: list[Any] = [records.protocol, records.unparsed, records.start_ts, records._probe,
                        dataclasses.astuple(parser.context)]
    for direction in ("c2s", "s2c"):
        stream = parser.streams[direction]
        state.append([(name, getattr(stream, name)) for name in RecordStream.__slots__
                      if name != "context"])
        state.append(stream.context is parser.context)
    return state


def _new(options: tuple[bool, ...], forced: bool) -> ConnectionRecords:
    keep, mid, events, plaintext, defer = options
    return ConnectionRecords(ConnectionParser(None, DEFAULT_MAX_HANDSHAKE, keep, mid, events,
                                              plaintext, defer, True), forced)


@pytest.mark.parametrize("capture", CAPTURES, ids=lambda p: p.name)
def test_a_reset_parser_is_a_new_one(capture: Path) -> None:
    for options in OPTIONS:
        for streams in direction_streams(capture)[:3]:
            used = _new(options, False)
            for direction, data in streams.items():
                for way, chunk in used.probe(direction, data[:len(data) // 2 + 3]):
                    used.parser.streams[way].feed_tuples(chunk, 1)
            used.finish()
            for forced in (False, True):
                used.reset(forced)
                assert _state(used) == _state(_new(options, forced))
