"""Event tuples (``tlcp.events``: the parser makes its records, ChangeCipherSpecs, alerts and
unparsed messages as plain tuples, which the record stage and the analyser read) say exactly
what the typed event objects a library caller gets say: a parser giving objects (its default)
and one giving tuples announce the same events (converted with ``event_of``), on every capture
fed whole and in random chunks, with every choice of the record stage's options; and the
one-process decoder's output is the same with the parser's parsed messages."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from typing import Any

import pytest
from test_handshake_short_way import OPTIONS, chunks_in_turns
from test_parser_traces import direction_streams

from tlcp_decode import pipeline
from tlcp_decode.cli import main
from tlcp_decode.tlcp import (
    AlertSeen,
    ChangeCipherSpecSeen,
    ConnectionParser,
    HandshakeAssembler,
    ParseContext,
    RecordSeen,
    UnparsedMessage,
)
from tlcp_decode.tlcp.events import event_objects, event_of

PCAPS = Path(__file__).resolve().parent.parent / "pcaps"
CAPTURES = sorted(p for p in PCAPS.rglob("*") if p.suffix in (".pcap", ".pcapng"))
_TUPLE_KINDS = (RecordSeen, UnparsedMessage, ChangeCipherSpecSeen, AlertSeen)


def _both_ways(streams: dict[str, bytes], options: dict[str, Any], seed: int) -> None:
    """Both directions fed in turns (see chunks_in_turns) to a parser giving event objects
    and to one giving event tuples: the same events, counts and versions."""
    objects = ConnectionParser(**options)
    tuples = ConnectionParser(**options, event_tuples=True)
    for direction, chunk, pos in chunks_in_turns(streams, seed):
        _same(objects.feed(direction, chunk, pos), tuples.feed(direction, chunk, pos))
    for direction in ("c2s", "s2c"):
        _same(objects.close(direction), tuples.close(direction))
        assert objects.streams[direction].counters == tuples.streams[direction].counters
        assert objects.streams[direction].versions == tuples.streams[direction].versions


def _same(objects: list[Any], tuples: list[Any]) -> None:
    """(compared as text: a decode error equals only itself)"""
    assert not any(type(e) is tuple for e in objects)
    assert not any(type(e) in _TUPLE_KINDS for e in tuples)
    assert repr(event_objects(tuples)) == repr(objects)


@pytest.mark.parametrize("path", CAPTURES, ids=lambda p: str(p.relative_to(PCAPS)))
def test_parser_makes_the_same_events(path: Path) -> None:
    for streams in direction_streams(path):
        for options in OPTIONS:
            for seed in (0, 1, 2):
                _both_ways(streams, options, seed)


def test_conversions() -> None:
    events = [(0, 5, 2, 1, 23, 0x0101, 3, True, b"abc"), (1, 0, None, 1, 4, b"\x01\0\0\0", "ecc"),
              (2, 9, 7), (3, 12, 8, 2, 40, False)]
    assert [event_of(e) for e in events] == [  # type: ignore[arg-type]
        RecordSeen(5, 2, 1, 23, 0x0101, 3, True, b"abc"),
        UnparsedMessage(0, None, 1, 4, b"\x01\0\0\0", "ecc"),
        ChangeCipherSpecSeen(9, 7), AlertSeen(12, 8, 2, 40, False)]
    skipped = ConnectionParser().feed("c2s", b"\x00" * 5)  # no record: an object already
    assert event_objects(skipped) == skipped and skipped


def test_assembler_gives_objects_unless_asked_for_tuples() -> None:
    message = b"\x10\x00\x00\x02\x00\x00"  # a ClientKeyExchange of an empty value
    for tuples in (False, True):
        assembler = HandshakeAssembler(ParseContext(), defer_parsing=True, event_tuples=tuples)
        (event,) = assembler.feed(message, 0, 1)
        expected = (1, 0, 1, 16, 2, message, None)
        assert event == (expected if tuples else event_of(expected))  # type: ignore[arg-type]


def _output(path: Path, extra: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        try:
            status = main([str(path), "--quiet", *extra])
        except SystemExit as exc:
            status = exc.code  # type: ignore[assignment]
    return status, out.getvalue()


MODES = [["--json", "--jobs", "1"], ["--json"], ["--json", "--records", "--jobs", "1"],
         ["--color", "never", "--jobs", "1"]]


def _modes(path: Path) -> list[list[str]]:
    modes = list(MODES)
    keylog = path.with_suffix(".keylog")
    if keylog.exists():
        modes += [[*mode, "--keylog", str(keylog), "--crypto"]
                  for mode in (["--json", "--jobs", "1"], ["--json"])]
    return modes


@pytest.mark.parametrize("path", CAPTURES, ids=lambda p: str(p.relative_to(PCAPS)))
def test_one_process_output_is_the_same_with_messages_parsed_by_the_parser(
        path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The one-process pipeline leaves the messages unparsed to the analyser (as the
    two-process one does): the same output as with the parser's HandshakeMessage objects."""
    modes = [mode for mode in _modes(path) if "--jobs" in mode]
    deferred = [_output(path, mode) for mode in modes]
    parse_here = pipeline.record_stage

    def parsed_by_the_parser(options: Any, sink: Any, defer_parsing: bool = False) -> Any:
        return parse_here(options, sink, defer_parsing=False)

    monkeypatch.setattr(pipeline, "record_stage", parsed_by_the_parser)
    assert [_output(path, mode) for mode in modes] == deferred
