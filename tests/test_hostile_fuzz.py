"""Property-based fuzzing (hypothesis) of the sans-I/O parser and of the whole decoder.

- ``RecordStream`` / ``ConnectionParser``: arbitrary bytes in arbitrary chunkings (with gaps)
  never raise (errors are events), and every byte fed is accounted for by the counters.
- The decoder on generated captures (random TCP segments carrying TLCP-ish records, random
  order, duplicates, losses): no exception, every byte accounted for.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))
import corpus  # noqa: E402
from test_hostile import check_accounting, decode_in_process  # noqa: E402

from tlcp_decode.tlcp import ConnectionParser, RecordStream  # noqa: E402

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# bytes that look like TLCP often enough to reach the handshake parsers
_record_like = st.builds(
    lambda t, v, body, lie: struct.pack(">BHH", t, v, len(body) if lie is None else lie) + body,
    st.sampled_from([20, 21, 22, 23, 24, 0x63]),
    st.sampled_from([0x0101, 0x0303, 0x0301, 0x0300, 0x1234]),
    st.one_of(
        st.binary(max_size=64),
        st.builds(lambda h, b, lie: bytes([h]) + (len(b) if lie is None else lie).to_bytes(3, "big")
                  + b, st.sampled_from([1, 2, 11, 12, 13, 14, 15, 16, 20, 4, 99]),
                  st.binary(max_size=80), st.one_of(st.none(), st.integers(0, 0xFFFFFF))),
    ),
    st.one_of(st.none(), st.none(), st.integers(0, 0xFFFF)),
)
_stream = st.lists(st.one_of(_record_like, st.binary(max_size=40)), max_size=12).map(b"".join)


def _chunks(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts} | {0, len(data)})
    return [data[a:b] for a, b in zip(points, points[1:], strict=False)]


@SETTINGS
@given(data=_stream, cuts=st.lists(st.integers(0, 10_000), max_size=10),
       gaps=st.lists(st.tuples(st.integers(0, 20), st.integers(1, 3000)), max_size=3))
def test_record_stream_never_raises_and_accounts(data: bytes, cuts: list[int],
                                                 gaps: list[tuple[int, int]]) -> None:
    stream = RecordStream()
    chunks = _chunks(data, cuts)
    fed = 0
    gap_total = 0
    gap_at = dict(gaps)
    for i, chunk in enumerate(chunks):
        if i in gap_at:
            stream.gap(gap_at[i], i)
            gap_total += gap_at[i]
        stream.feed(chunk, i)
        fed += len(chunk)
    stream.close()
    c = stream.counters
    assert c.record_bytes + c.skipped_bytes + c.pending_bytes == fed
    assert c.gap_bytes == gap_total


@SETTINGS
@given(c2s=_stream, s2c=_stream, cuts=st.lists(st.integers(0, 10_000), max_size=6))
def test_connection_parser_never_raises(c2s: bytes, s2c: bytes, cuts: list[int]) -> None:
    parser = ConnectionParser()
    a, b = _chunks(c2s, cuts), _chunks(s2c, cuts)
    for i in range(max(len(a), len(b))):
        if i < len(a):
            parser.feed("c2s", a[i], i)
        if i < len(b):
            parser.feed("s2c", b[i], i)
    parser.close("c2s")
    parser.close("s2c")


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(c2s=st.lists(_stream, min_size=1, max_size=4), s2c=st.lists(_stream, max_size=4),
       ops=st.lists(st.tuples(st.sampled_from(["drop", "dup", "swap"]), st.integers(0, 50)),
                    max_size=5),
       isn=st.tuples(st.integers(0, 2**32 - 1), st.integers(0, 2**32 - 1)),
       close=st.booleans())
def test_decoder_on_generated_captures(tmp_path_factory, c2s, s2c, ops, isn, close) -> None:  # type: ignore[no-untyped-def]
    segs = corpus.conversation(c2s, s2c, isn=isn, close=close)
    for op, i in ops:
        i %= len(segs)
        if op == "drop" and segs[i].payload:
            del segs[i]
        elif op == "dup":
            segs.insert(i, segs[i])
        elif op == "swap" and i + 1 < len(segs) and i >= 3:
            segs[i], segs[i + 1] = segs[i + 1], segs[i]
    data = corpus.write_pcap(segs)
    path = tmp_path_factory.mktemp("gen") / "g.pcap"
    path.write_bytes(data)
    flows, _ = decode_in_process(path)
    check_accounting(flows, data)
