"""The end of the watch over TLS 1.3's encrypted handshake (``tlcp.parser.END_TLS13_WATCH``):
the application-data records the record stage no longer announces change nothing the analyser
reports, on every capture, and on TLS 1.3 conversations whose records come in any order
(each direction's own order kept), replayed twice on one connection, with a handshake
message in the clear after the watch ended."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from test_parser_traces import direction_streams

from tlcp_decode.model import Direction
from tlcp_decode.pipeline import Decoder
from tlcp_decode.report.jsonl import connection_object
from tlcp_decode.session.analyzer import TLCPAnalyzer
from tlcp_decode.source import NativeReader
from tlcp_decode.tlcp import ConnectionParser, parser
from tlcp_decode.tlcp.events import RECORD_SEEN

PCAPS = Path(__file__).resolve().parent.parent / "pcaps"
CAPTURES = sorted(p for p in PCAPS.rglob("*") if p.suffix in (".pcap", ".pcapng"))
TLS13_CAPTURES = [p for p in CAPTURES if p.parent.name == "tls13"]
APPLICATION_DATA = 23


def _decoded(path: Path) -> list[dict[str, Any]]:
    decoder = Decoder()
    with NativeReader(path) as reader:
        flows = [flow for packet in reader for flow in decoder.feed(packet)]
    flows += decoder.finish()
    return [connection_object(flow) for flow in flows]


@pytest.mark.parametrize("path", CAPTURES, ids=lambda p: str(p.relative_to(PCAPS)))
def test_the_same_report_with_the_watch_ended_or_not(path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    ended = _decoded(path)
    monkeypatch.setattr(parser, "END_TLS13_WATCH", False)
    assert _decoded(path) == ended


def _records(stream: bytes) -> list[bytes]:
    """A direction's bytes cut into whole records (what is left over: one more chunk)."""
    records: list[bytes] = []
    pos = 0
    while len(stream) - pos >= 5:
        end = pos + 5 + int.from_bytes(stream[pos + 3:pos + 5], "big")
        records.append(stream[pos:end])
        pos = end
    if pos < len(stream):
        records.append(stream[pos:])
    return records


def _analysed(chunks: list[tuple[Direction, bytes]]) -> tuple[str, int]:
    """What the analyser keeps of a connection fed ``chunks`` as the reading process feeds
    it, and how many application-data records were announced to it."""
    connection = ConnectionParser(keep_fragments=False, application_data_events=False,
                                  plaintext_record_events=False, defer_parsing=True,
                                  event_tuples=True)
    analyzer = TLCPAnalyzer(0)
    announced = 0
    for ts, (direction, chunk) in enumerate(chunks):
        events = connection.feed(direction, chunk, ts)
        announced += sum(1 for e in events if type(e) is tuple and e[0] == RECORD_SEEN
                         and e[4] == APPLICATION_DATA)
        if events:
            analyzer.parsed(direction, events, float(ts), connection.context.tls13)
    for direction in ("c2s", "s2c"):
        analyzer.parsed(direction, connection.close(direction), None, analyzer._tls13)
    kept = (list(analyzer.handshake), list(analyzer.warnings), list(analyzer.alerts),
            analyzer.machine.state, analyzer.established_ts, analyzer.first_ts)
    return repr(kept), announced


def _shuffled(conversation: dict[str, bytes], rng: random.Random,
              times: int) -> list[tuple[Direction, bytes]]:
    """The two directions' records merged in a random order, each direction's kept."""
    c2s, s2c = _records(conversation["c2s"]) * times, _records(conversation["s2c"]) * times
    merged: list[tuple[Direction, bytes]] = []
    while c2s or s2c:
        if s2c and (not c2s or rng.random() < len(s2c) / (len(c2s) + len(s2c))):
            merged.append(("s2c", s2c.pop(0)))
        else:
            merged.append(("c2s", c2s.pop(0)))
    return merged


def _conversations() -> list[dict[str, bytes]]:
    return [streams for path in TLS13_CAPTURES for streams in direction_streams(path)
            if streams["c2s"] and streams["s2c"]]


def test_the_watch_ends_on_the_captures(monkeypatch: pytest.MonkeyPatch) -> None:
    conversations = _conversations()
    assert conversations
    ended = sum(_analysed(_shuffled(c, random.Random(0), 1))[1] for c in conversations)
    monkeypatch.setattr(parser, "END_TLS13_WATCH", False)
    watched = sum(_analysed(_shuffled(c, random.Random(0), 1))[1] for c in conversations)
    assert ended < watched


@pytest.mark.parametrize("seed", range(8))
def test_the_same_analysis_in_any_order(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    for conversation in _conversations():
        for times in (1, 2):
            chunks = _shuffled(conversation, rng, times)
            monkeypatch.setattr(parser, "END_TLS13_WATCH", True)
            ended = _analysed(chunks)[0]
            monkeypatch.setattr(parser, "END_TLS13_WATCH", False)
            assert _analysed(chunks)[0] == ended


@pytest.mark.parametrize("seed", range(8))
def test_the_same_analysis_of_any_sequence_of_records(seed: int,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Records drawn at random from a conversation's, in random directions' turns: hellos
    again after the watch ended, hellos before the other side's, alerts in between."""
    rng = random.Random(seed)
    conversations = _conversations()
    for _ in range(300):
        pools = {d: _records(rng.choice(conversations)[d]) for d in ("c2s", "s2c")}
        chunks: list[tuple[Direction, bytes]] = []
        for _ in range(rng.randrange(4, 24)):
            direction: Direction = rng.choice(("c2s", "s2c"))
            chunks.append((direction, rng.choice(pools[direction])))
        monkeypatch.setattr(parser, "END_TLS13_WATCH", True)
        ended = _analysed(chunks)[0]
        monkeypatch.setattr(parser, "END_TLS13_WATCH", False)
        assert _analysed(chunks)[0] == ended, chunks
