"""The analyser's handshake step makes its model.Message with quick_init's maker written out
(session.analyzer.MESSAGE_WRITTEN_OUT; issue 17): the same connections as through the maker
on every capture, and messages of the same class, fields, equality, hash and frozenness."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from both_ways import CAPTURES, decoded_both_ways

from tlcp_decode import model
from tlcp_decode.quick_init import fields_twin
from tlcp_decode.session import analyzer
from tlcp_decode.session.analyzer import TLCPAnalyzer


@pytest.mark.parametrize("capture", CAPTURES, ids=lambda p: p.name)
def test_both_ways_give_the_same_connections(capture: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    written_out, general = decoded_both_ways(capture, analyzer, "MESSAGE_WRITTEN_OUT",
                                             monkeypatch)
    assert written_out == general


def test_the_written_out_way_is_taken_and_stores_every_field() -> None:
    assert analyzer._MESSAGE_FIELDS is not None
    assert analyzer._MESSAGE_FIELDS is fields_twin(model.Message)
    names = tuple(f.name for f in dataclasses.fields(model.Message))
    assert analyzer._MESSAGE_FIELDS.__slots__ == names == model.Message.__slots__


def _messages(monkeypatch: pytest.MonkeyPatch, written_out: bool) -> list[model.Message]:
    monkeypatch.setattr(analyzer, "MESSAGE_WRITTEN_OUT", written_out)
    a = TLCPAnalyzer(1)
    a._step("c2s", "client_hello", 3, False, 120, 1.5)
    a._step("s2c", "finished", None, True, 40, None, "encrypted")
    return list(a.handshake)


def test_the_same_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    written_out = _messages(monkeypatch, True)
    general = _messages(monkeypatch, False)
    assert written_out == general
    for made, expected in zip(written_out, general, strict=True):
        assert type(made) is model.Message
        assert dataclasses.astuple(made) == dataclasses.astuple(expected)
        assert hash(made) == hash(expected) and repr(made) == repr(expected)
        with pytest.raises(dataclasses.FrozenInstanceError):
            made.frame = 9  # type: ignore[misc]
