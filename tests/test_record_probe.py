"""A connection's protocol is decided by its first five bytes (record_stage.ConnectionRecords):
the short way for a first chunk of five bytes or more gives what the general way (bytes held
back per direction until five have come) gives, and short first chunks still take the
general way."""

from __future__ import annotations

import pytest

from tlcp_decode.record_stage import ConnectionRecords
from tlcp_decode.tlcp import ConnectionParser

RECORD = bytes([22, 1, 1, 0, 4]) + bytes([1, 0, 0, 0])  # a TLCP handshake record
NOT_A_RECORD = b"GET / HTTP/1.1\r\n"


def _records() -> ConnectionRecords:
    return ConnectionRecords(ConnectionParser(), forced=False)


@pytest.mark.parametrize("data", [RECORD, NOT_A_RECORD, RECORD[:5], b"\x00" * 5])
def test_first_chunk_short_way_matches_the_general_way(data: bytes) -> None:
    short = _records()
    general = _records()
    general._probe = {"c2s": bytearray(), "s2c": bytearray()}  # the general way, forced
    assert short.probe("c2s", data) == general.probe("c2s", data)
    assert short.protocol == general.protocol
    assert short.unparsed == general.unparsed
    assert short.probe("s2c", RECORD) == general.probe("s2c", RECORD)
    assert short.close()[0] == general.close()[0]


def test_short_first_chunks_wait_for_five_bytes() -> None:
    records = _records()
    assert records.probe("c2s", RECORD[:2]) == []
    assert records.protocol is None
    # the other direction decides; the bytes held back come first
    assert records.probe("s2c", RECORD) == [("c2s", RECORD[:2]), ("s2c", RECORD)]
    assert records.protocol == "tlcp"


def test_fewer_than_five_bytes_in_all_are_counted_unparsed() -> None:
    records = _records()
    assert records.probe("c2s", b"\x16\x01") == []
    totals, close_events = records.close()
    assert totals.protocol == "other"
    assert totals.unparsed == {"c2s": 2, "s2c": 0}
    assert close_events == []
