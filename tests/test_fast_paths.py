"""The hot-path shortcuts give exactly what the general paths give.

* ``RecordStream(keep_fragments=False)``: same events, counters and frames as with the
  fragments kept, except that application-data fragments are empty; whatever the chunking,
  with gaps and garbage in the stream. With ``application_data_events=False`` too: the same
  without the application-data ``RecordSeen``, which the counters count.
* ``NativeReader``: ``position()`` and the periodic release of mapped pages change nothing.
* ``jsonl.encode`` (orjson) writes exactly what ``json.dumps`` writes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import corpus
from conftest import CAPTURES
from hypothesis import given, settings
from hypothesis import strategies as st
from test_parser_traces import direction_streams

from tlcp_decode.report import jsonl
from tlcp_decode.source import CaptureError, native
from tlcp_decode.tlcp import HandshakeMessage, Malformed, RecordSeen, RecordStream

PCAPS = Path(__file__).resolve().parent.parent / "pcaps"

STREAMS = [s[d] for c in CAPTURES[:4] + CAPTURES[13:14]
           for s in direction_streams(c.path)[:2] for d in ("c2s", "s2c") if s[d]]


def _record(content_type: int, body: bytes) -> bytes:
    return bytes([content_type, 1, 1]) + len(body).to_bytes(2, "big") + body


# many application-data records of all sizes, an alert and a handshake between them
STREAMS.append(STREAMS[0] + b"".join(
    _record(23, bytes([n % 251]) * n) + (_record(21, b"\x01\x00") if n % 3 == 0 else b"")
    + (_record(22, b"\x14\x00\x00\x01\x00") if n % 5 == 0 else b"")
    for n in (0, 1, 4, 5, 6, 300, 1400, 5000, 16384, 2, 0, 777)))


def _strip(events: list[Any]) -> list[Any]:
    """Events with application-data fragments removed (what keep_fragments=False drops)."""
    out = []
    for e in events:
        if isinstance(e, RecordSeen) and e.content_type == 23:
            out.append(("rec", e.offset, e.frame, e.first_frame, e.version, e.length,
                        e.encrypted))
        elif isinstance(e, Malformed | HandshakeMessage) and e.error is not None:
            out.append((type(e), e.offset, e.frame, type(e.error), e.error.message))  # errors: by value
        else:
            out.append(e)
    return out


def _run(stream: RecordStream, data: bytes, cuts: list[int], gap_at: int | None) -> list[Any]:
    points = sorted({c % (len(data) + 1) for c in cuts} | {0, len(data)})
    events: list[Any] = []
    for frame, (a, b) in enumerate(zip(points, points[1:], strict=False), start=1):
        if gap_at is not None and a <= gap_at < b:
            events += stream.feed(data[a:gap_at], frame)
            events += stream.gap(7, frame)
            events += stream.feed(data[gap_at:b], frame)
        else:
            events += stream.feed(data[a:b], frame)
    events += stream.close(len(points))
    for e in events:
        if isinstance(e, RecordSeen) and e.content_type == 23 and not stream.keep_fragments:
            assert e.fragment == b""
    return events


@settings(max_examples=120, deadline=None)
@given(index=st.integers(min_value=0, max_value=len(STREAMS) - 1),
       cuts=st.lists(st.integers(min_value=0, max_value=1 << 20), max_size=60),
       gap=st.one_of(st.none(), st.integers(min_value=0, max_value=1 << 20)),
       garbage=st.binary(max_size=12), tail=st.integers(min_value=0, max_value=40))
def test_dropping_application_fragments_changes_nothing_else(
        index: int, cuts: list[int], gap: int | None, garbage: bytes, tail: int) -> None:
    data = garbage + STREAMS[index]
    data = data[:len(data) - tail] if tail < len(data) else data  # often a cut last record
    gap_at = gap % (len(data) + 1) if gap is not None else None
    kept, dropped = RecordStream(), RecordStream(keep_fragments=False)
    counted = RecordStream(keep_fragments=False, application_data_events=False)
    expected = _run(kept, data, cuts, gap_at)
    got = _run(dropped, data, cuts, gap_at)
    assert _strip(got) == _strip(expected)
    assert dropped.counters == kept.counters
    assert dropped.offset == kept.offset
    application = [e for e in expected if isinstance(e, RecordSeen) and e.content_type == 23]
    assert _strip(_run(counted, data, cuts, gap_at)) == _strip(
        [e for e in expected if not any(e is a for a in application)])
    assert counted.counters == kept.counters
    assert counted.counters.application_records == len(application)
    assert counted.counters.application_bytes == sum(e.length for e in application)


def test_reader_position_and_page_release(monkeypatch: Any) -> None:
    path = max((c.path for c in CAPTURES), key=lambda p: p.stat().st_size)
    with native.NativeReader(path) as reader:
        expected = list(reader)
        assert reader.position() == path.stat().st_size
    monkeypatch.setattr(native, "RELEASE_EVERY", 4096)  # release pages all the time
    with native.NativeReader(path) as reader:
        positions = []
        got = []
        for packet in reader:
            got.append(packet)
            positions.append(reader.position())
        assert got == expected
        assert positions == sorted(positions) and 0 < positions[0]
        assert reader.position() == path.stat().st_size


def test_inline_ethernet_ipv4_path_matches_the_general_decoder(monkeypatch: Any,
                                                               tmp_path: Path) -> None:
    paths = corpus.own_captures("*.pcap*")
    for i, case in enumerate(corpus.generate(0)):  # truncated, snaplen, bit flips ...
        path = tmp_path / f"{i}{case.suffix}"
        path.write_bytes(case.data)
        paths.append(path)

    def read(path: Path) -> tuple[list[Any], Any, list[str]]:
        try:
            with native.NativeReader(path) as reader:
                return list(reader), reader.stats, reader.warnings
        except CaptureError as exc:
            return [], None, [str(exc)]

    for path in paths:
        fast = read(path)
        monkeypatch.setattr(native, "FAST_PATH", False)
        slow = read(path)
        monkeypatch.setattr(native, "FAST_PATH", True)
        assert fast == slow, path


_ANY_TEXT = st.text(st.characters(blacklist_categories=()))  # lone surrogates too
_JSON_SCALARS = (st.none() | st.booleans() | st.integers() | _ANY_TEXT
                 | st.floats(allow_nan=False, allow_infinity=False)
                 | st.floats(min_value=-1e-3, max_value=1e-3)  # where orjson writes them otherwise
                 | st.sampled_from([1e-05, 5e-06, 1.5e-07, 1e-10, 1e16, 1700000000.000012]))
_JSON_VALUES = st.recursive(
    _JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=8) | st.integers(), inner, max_size=4),
    max_leaves=20)


@settings(max_examples=400, deadline=None)
@given(obj=st.dictionaries(_ANY_TEXT, _JSON_VALUES, max_size=6))
def test_json_lines_are_what_json_dumps_writes(obj: dict[str, Any]) -> None:
    assert jsonl.encode(obj) == json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def test_only_floats_send_a_line_to_json_dumps() -> None:
    """A line is written again by json.dumps for a float orjson writes otherwise (a negative
    exponent, leading zeros), not for text with "e-" in it (a file or server name)."""
    import orjson

    def written_otherwise(obj: dict[str, Any]) -> bool:
        return jsonl._float_written_otherwise(orjson.dumps(obj))

    assert not written_otherwise({"file": "tlcp-bench-handshake-x1.pcap", "e-": ["see-e-mail"]})
    assert not written_otherwise({"duration": 0.0001, "size": 1e16, "text": "e-"})
    for value in (5e-06, 1.5e-07, -1e-10, 1e-05):
        assert written_otherwise({"file": "handshake-x1", "time": value}), value
    assert written_otherwise({"text": "5e-6"})  # (text that looks like one: json.dumps too)
