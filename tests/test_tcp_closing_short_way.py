"""The tracker's short way for the usual close's segments without data (a quiet connection's
first FIN+ACK, the peer's ACK or FIN+ACK of it, the last ACK: ``tracker.CLOSING_SHORT_WAY``)
gives exactly what the general way gives: the same events, TCP facts and warnings, and the
same session (states, transitions, FINs pending) after every segment, on every capture, on
segments lost, duplicated and reordered (tests/test_tcp_opening_short_way.py compares every
short way together with none), and here on closes that leave its preconditions (simultaneous
close, data after a FIN, a FIN with data, a retransmitted FIN, an ACK short of the FIN, a RST).
The fused reading loop (which calls the same way) is compared on every capture by
tests/test_fused_reading.py."""

from __future__ import annotations

import pytest
from test_tcp_opening_short_way import SV, A, C, F, P, R, S, _both_ways, _segment

OPEN = [(C, S, 100, 0), (SV, S | A, 500, 101), (C, A, 101, 501),
        (C, A | P, 101, 501, b"hello"), (SV, A | P, 501, 106, b"hi")]
# (client's data ends at 106, the server's at 503)
CLOSES = {
    "client closes": [(C, F | A, 106, 503), (SV, F | A, 503, 107), (C, A, 107, 504)],
    "server closes": [(SV, F | A, 503, 106), (C, F | A, 106, 504), (SV, A, 504, 107)],
    "fin acknowledged apart": [(C, F | A, 106, 503), (SV, A, 503, 107), (SV, F | A, 503, 107),
                               (C, A, 107, 504)],
    "simultaneous close": [(C, F | A, 106, 503), (SV, F | A, 503, 106), (C, A, 107, 504),
                           (SV, A, 504, 107)],
    "data after the fin": [(C, F | A, 106, 503), (SV, A | P, 503, 107, b"late"),
                           (C, A, 107, 507), (SV, F | A, 507, 107), (C, A, 107, 508)],
    "fin with data": [(C, F | A | P, 106, 503, b"bye"), (SV, F | A, 503, 110),
                      (C, A, 110, 504)],
    "fin retransmitted": [(C, F | A, 106, 503), (C, F | A, 106, 503), (SV, F | A, 503, 107),
                          (SV, F | A, 503, 107), (C, A, 107, 504), (C, A, 107, 504)],
    "ack short of the fin": [(C, F | A, 106, 503), (SV, A, 503, 106), (SV, F | A, 503, 106),
                             (C, A, 107, 504)],
    "ack beyond the fin": [(C, F | A, 106, 503), (SV, F | A, 503, 900), (C, A, 107, 9000)],
    "last ack lost": [(C, F | A, 106, 503), (SV, F | A, 503, 107)],
    "reset after the fin": [(C, F | A, 106, 503), (SV, R | A, 503, 107)],
    "reset then ack": [(C, F | A, 106, 503), (SV, R, 503, 0), (SV, F | A, 503, 107),
                       (C, A, 107, 504)],
    "fin without ack": [(C, F, 106, 503), (SV, F | A, 503, 107), (C, A, 107, 504)],
    "data missing before the fin": [(C, F | A, 120, 503), (SV, F | A, 503, 121),
                                    (C, A, 121, 504)],
    "then a new connection": [(C, F | A, 106, 503), (SV, F | A, 503, 107), (C, A, 107, 504),
                              (C, S, 9000, 0), (SV, S | A, 7000, 9001), (C, A, 9001, 7001),
                              (C, F | A, 9001, 7001), (SV, F | A, 7001, 9002),
                              (C, A, 9002, 7002)],
}


@pytest.mark.parametrize("name", CLOSES)
def test_short_way_matches_on_unusual_closes(name: str,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    packets = [_segment(frame, *fields)  # type: ignore[misc]
               for frame, fields in enumerate(OPEN + CLOSES[name], 1)]
    taken = _both_ways(packets, monkeypatch, "_closing")
    if name in ("client closes", "server closes"):
        assert taken == 3


def test_mid_connection_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """A connection first seen mid-way (quiet from its first segment) closed the usual way,
    its first segment the FIN."""
    fields = [(C, F | A, 106, 503), (SV, F | A, 503, 107), (C, A, 107, 504)]
    packets = [_segment(frame, *f) for frame, f in enumerate(fields, 1)]  # type: ignore[misc]
    assert _both_ways(packets, monkeypatch, "_closing") == 3
