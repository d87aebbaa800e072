"""``DecodeOptions.tcp_transitions`` off (what ``--json`` and ``--brief`` ask for, which show
none) leaves the TCP state transitions out of each connection's model and changes nothing else:
on every capture the models differ only there, the JSON objects, the server objects and the
``--brief`` lines are the same, in one process and in two. The text report still gets them."""

from __future__ import annotations

import contextlib
import dataclasses
import io
import json
from pathlib import Path

import pytest

from tlcp_decode.cli import main
from tlcp_decode.decode_arguments import decode_parser
from tlcp_decode.decode_command import _options, server_book
from tlcp_decode.model import Connection
from tlcp_decode.parallel import TwoProcessDecoder, available
from tlcp_decode.pipeline import DecodeOptions, decode_packets
from tlcp_decode.report.flowview import view_of
from tlcp_decode.report.jsonl import connection_object
from tlcp_decode.report.text import brief_line
from tlcp_decode.source.native import NativeReader

PCAPS = Path(__file__).resolve().parent.parent / "pcaps"
CAPTURES = sorted(p for p in PCAPS.rglob("*") if p.suffix in (".pcap", ".pcapng"))


def _decoded(path: Path, transitions: bool) -> list[Connection]:
    with NativeReader(path) as reader:
        return list(decode_packets(reader, DecodeOptions(tcp_transitions=transitions)))


def _servers(results: list[Connection]) -> list[object]:
    book = server_book(decode_parser().parse_args(["x.pcap", "--json"]))
    for result in results:
        book.add(view_of(result, record=connection_object(result)))
    return [server.to_json() for server in book.servers()]


@pytest.mark.parametrize("path", CAPTURES, ids=lambda p: str(p.relative_to(PCAPS)))
def test_only_the_transitions_are_left_out(path: Path) -> None:
    full = _decoded(path, True)
    lean = _decoded(path, False)
    assert all(result.tcp.transitions == () for result in lean)
    assert lean == [dataclasses.replace(result, tcp=dataclasses.replace(result.tcp,
                                                                        transitions=()))
                    for result in full]
    assert [connection_object(r) for r in lean] == [connection_object(r) for r in full]
    assert _servers(lean) == _servers(full)
    assert ([(line.pieces, line.style) for line in map(brief_line, lean)]
            == [(line.pieces, line.style) for line in map(brief_line, full)])
    if available():
        two = TwoProcessDecoder(NativeReader(path), DecodeOptions(tcp_transitions=False))
        assert list(two.start()) == lean


@pytest.mark.parametrize(("argv", "transitions"), [
    (["x.pcap", "--json"], False),
    (["x.pcap", "--json", "--records"], False),
    (["x.pcap"], True),
    (["x.pcap", "--brief"], False),
    (["x.pcap", "--brief", "--records"], False),
    (["x.pcap", "--records"], True),
])
def test_only_json_and_brief_go_without_them(argv: list[str], transitions: bool) -> None:
    assert _options(decode_parser().parse_args(argv), None).tcp_transitions is transitions


def _printed(*argv: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(list(argv)) == 0
    return out.getvalue()


@pytest.mark.parametrize("jobs", [[], ["--jobs", "1"]])
def test_the_text_report_shows_them(jobs: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "160")  # the ladder's lines unwrapped
    path = str(PCAPS / "gmssl" / "gmssl_ecc_sm4_gcm_sm3_clientauth.pcapng")
    text = _printed(path, "--quiet", "--lang", "en", "--color", "never", *jobs)
    assert "1st handshake: SYN, client -> SYN_SENT" in text
    assert "client receives server's FIN -> TIME_WAIT" in text
    objects = [json.loads(line) for line in _printed(path, "--quiet", "--json", *jobs)
               .splitlines()]
    assert objects[0]["tcp"]["client_states"][-1] == "TIME_WAIT"
