"""The end of a --json run: the server objects and the summary line go to the byte stream as
orjson's bytes (json_output.BYTES_SUMMARY), each server's rules and findings are made without
a RuleResult each and without merging dicts: the same lines as the general way, on every
capture. And the float check of a line, by its "." and "-", says what the search of every
"0.0000" and "e-" said."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tlcp_decode
from tlcp_decode import json_output
from tlcp_decode.json_output import JsonLines
from tlcp_decode.report import jsonl
from tlcp_decode.report.servers import _omitted

PCAPS = Path(__file__).resolve().parent.parent / "pcaps"
CAPTURES = sorted(p for p in PCAPS.rglob("*") if p.suffix in (".pcap", ".pcapng"))


def _summary_written(path: Path, as_bytes: bool, monkeypatch: pytest.MonkeyPatch
                     ) -> tuple[bytes, JsonLines]:
    monkeypatch.setattr(json_output, "BYTES_SUMMARY", as_bytes)
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="utf-8", newline="\n", write_through=False)
    lines = JsonLines(stream, stream.buffer, None)
    for conn in tlcp_decode.decode(path):
        lines.flow(conn)
        stream.flush()  # (as decode_command.Output does after each connection)
    lines.summary(path.name, {"type": "summary", "file": path.name, "flows": 0})
    stream.flush()
    return raw.getvalue(), lines


@pytest.mark.parametrize("path", CAPTURES, ids=lambda p: p.name)
def test_the_summary_as_bytes_is_the_summary_as_text(path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    as_bytes, lines = _summary_written(path, True, monkeypatch)
    as_text, _ = _summary_written(path, False, monkeypatch)
    assert as_bytes == as_text
    for server in lines.servers.servers():
        written = server.to_json()
        assert written["rules"] == [rule.to_json() for rule in server.rules]
        assert written["findings"] == [
            {**{key: value for key, value in finding.to_json().items()
                if not key.endswith("_omitted")},
             **_omitted("connections", finding.connection_count, finding.connections),
             **_omitted("frames", finding.frame_count, finding.frames)}
            for finding in server.findings]


def test_a_line_orjson_would_write_otherwise_is_written_as_text(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """(a float with a negative exponent, a line orjson refuses: then as text, flushed
    before the next line as bytes)"""
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
    lines = JsonLines(stream, stream.buffer, None)
    lines._write_object({"a": 5e-06})
    lines._write_object({1: "x"} | {"b": 2**70})
    lines._write_object({"c": "d"})
    stream.flush()
    assert raw.getvalue() == b'{"a":5e-06}\n{"1":"x","b":1180591620717411303424}\n{"c":"d"}\n'


def _searched(data: bytes) -> bool:
    """The float check as it was: every "0.0000", every "e-" after a digit."""
    return b"0.0000" in data or re.search(rb"[0-9]e-", data) is not None


_PIECES = st.sampled_from([b".", b"-", b"e", b"e-", b"0", b"0.", b"0000", b"5", b"x", b'"',
                           b"0.0000", b"1e-5", b"e-5"])


@settings(max_examples=500, deadline=None)
@given(data=st.lists(_PIECES, max_size=12).map(b"".join))
def test_the_float_check_finds_what_the_search_found(data: bytes) -> None:
    assert jsonl._float_written_otherwise(data) == _searched(data)


@settings(max_examples=200, deadline=None)
@given(value=st.floats(allow_nan=False, allow_infinity=False), text=st.text(max_size=12))
def test_the_float_check_of_written_floats(value: float, text: str) -> None:
    data = orjson.dumps({"file": text, "value": value, "list": [value, text]})
    assert jsonl._float_written_otherwise(data) == _searched(data)


def test_line_bytes_is_encode_with_its_newline() -> None:
    obj: dict[str, Any] = {"type": "server", "names": ["a"], "n": 3, "t": 0.5}
    assert jsonl.line_bytes(obj) == (jsonl.encode(obj) + "\n").encode()
    assert jsonl.line_bytes({"t": 1e-05}) is None
