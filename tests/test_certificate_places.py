"""A certificate is parsed once whatever its place in a chain (session.certificates.describe):
in another place it is the first summary with the role of that place. For every certificate
of the captures (and one that does not parse), in every place, in any order, the summary is
what summarising it there from scratch gives; and the same place gives the same object."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_parser_traces import direction_streams

from tlcp_decode.session import certificates
from tlcp_decode.session.analyzer import certificate_ders
from tlcp_decode.tlcp import HandshakeMessage, RecordStream

PCAPS = Path(__file__).resolve().parent.parent / "pcaps"
CAPTURES = sorted(p for p in PCAPS.rglob("*") if p.suffix in (".pcap", ".pcapng"))
CERTIFICATE = 11
PLACES = [(position, count, tlcp) for count in (1, 2, 3) for position in range(count)
          for tlcp in (True, False)]


def _certificates() -> list[bytes]:
    found: list[bytes] = []
    for path in CAPTURES:
        for streams in direction_streams(path):
            for direction in ("c2s", "s2c"):
                for event in RecordStream().feed(streams[direction]):
                    if (isinstance(event, HandshakeMessage) and event.msg_type == CERTIFICATE
                            and event.body is not None):
                        found += certificate_ders(event.body)
    return list(dict.fromkeys(found))


DERS = [*_certificates(), b"\x30\x03\x02\x01\x01"]


def test_the_captures_have_certificates() -> None:
    assert len(DERS) >= 10


@pytest.mark.parametrize("index", range(len(DERS)))
def test_each_place_is_summarised_as_from_scratch(index: int,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    der = DERS[index]
    for order in (PLACES, PLACES[::-1]):
        monkeypatch.setattr(certificates, "_described",
                            certificates.ByteBoundedCache(1 << 24, len))
        summaries = {place: certificates.describe(der, *place) for place in order}
        for place, summary in summaries.items():
            assert summary == certificates._describe(der, *place)
            assert certificates.describe(der, *place) is summary


def test_roles_differ_by_place() -> None:
    der = DERS[0]
    roles = {certificates.describe(der, *place).role for place in PLACES}
    assert len(roles) > 1 or certificates.describe(der).error
