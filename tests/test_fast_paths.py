"""The hot-path shortcuts give exactly what the general paths give.

* ``RecordStream(keep_fragments=False)``: same events, counters and frames as with the
  fragments kept, except that application-data fragments are empty; whatever the chunking,
  with gaps and garbage in the stream.
* ``NativeReader``: ``position()`` and the periodic release of mapped pages change nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import corpus
from conftest import CAPTURES
from hypothesis import given, settings
from hypothesis import strategies as st
from test_parser_traces import direction_streams

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
    expected = _run(kept, data, cuts, gap_at)
    got = _run(dropped, data, cuts, gap_at)
    assert _strip(got) == _strip(expected)
    assert dropped.counters == kept.counters
    assert dropped.offset == kept.offset


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
    paths = sorted(PCAPS.rglob("*.pcap*"))
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
