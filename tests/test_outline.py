"""report.outline lays the text report out as plain lines exactly as rich prints its tree
without colour: every connection of every capture in pcaps/, in English and Chinese, at several
widths, and generated trees (long labels, values kept whole, CJK, ladders wider than the width,
characters only rich lays out); the --brief line likewise."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PCAPS
from hypothesis import given, settings
from hypothesis import strategies as st

from tlcp_decode import decode
from tlcp_decode.model import Connection
from tlcp_decode.report import i18n, text
from tlcp_decode.report.layout import print_tree
from tlcp_decode.report.outline import (
    NOT_PLAIN,
    Column,
    Label,
    Ladder,
    Node,
    is_plain,
    plain_text,
    to_rich,
)
from tlcp_decode.report.terminal import ReportConsole, report_console, whole_style

CAPTURE_FILES = sorted(p for p in PCAPS.rglob("*") if p.suffix in (".pcap", ".pcapng"))
#: Widths by language (rich's own layout, compared with, takes ~10 ms a connection).
WIDTHS = {"en": (40, 80, 120), "zh": (50, 120)}


def _console(width: int) -> tuple[ReportConsole, io.StringIO]:
    stream = io.StringIO()
    console = report_console(stream, "never")
    console.width = width
    return console, stream


def _printed_by_rich(result: Connection, width: int) -> str:
    console, stream = _console(width)
    print_tree(console, text.render_flow(result))
    console.print()
    return stream.getvalue()


def _printed(result: Connection, width: int) -> str:
    console, stream = _console(width)
    text.print_flow(console, result)
    return stream.getvalue()


def _brief_by_rich(result: Connection) -> str:
    console, stream = _console(80)
    console.print(text.brief_line(result).to_text(), soft_wrap=True)
    return stream.getvalue()


def _brief(result: Connection) -> str:
    console, stream = _console(80)
    text.print_brief(console, result)
    return stream.getvalue()


@pytest.fixture(scope="module")
def connections() -> list[tuple[Path, list[Connection]]]:
    return [(capture, list(decode(capture))) for capture in CAPTURE_FILES]


@pytest.fixture(params=["en", "zh"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.set_language(request.param)
    yield request.param
    i18n.set_language("en")


def test_every_capture_printed_as_rich_prints_it(
        connections: list[tuple[Path, list[Connection]]], language: str) -> None:
    plain = 0
    for capture, results in connections:
        for result in results:
            for width in WIDTHS[language]:
                expected = _printed_by_rich(result, width)
                assert _printed(result, width) == expected, (capture, result.index, width)
                plain += plain_text(text.flow_outline(result), width, False) is not None
            assert _brief(result) == _brief_by_rich(result), (capture, result.index)
    # (a ladder without rows, of a connection that is not TLCP, is rich's)
    assert plain > 0.7 * sum(len(results) for _capture, results in connections) * len(
        WIDTHS[language])


def test_is_plain_is_the_pattern_s_answer() -> None:
    """is_plain's shortcut (str.isprintable) agrees with NOT_PLAIN on every character of the
    basic plane, alone and among printable ones."""
    for code in range(0x10000):
        char = chr(code)
        expected = NOT_PLAIN.search(char) is None
        assert is_plain(char) == expected, hex(code)
        assert is_plain(f"ab{char}证书") == expected, hex(code)


#: Pieces of text: words, spaces, CJK, a long word, a non-breaking space, and rarer, what only
#: rich lays out (a control character, a line separator, a zero-width joiner).
USUAL = ["a", "frame", "ECC_SM4_CBC_SM3,", " ", "  ", "证书", "握手失败", "…", "\xa0", "x" * 30,
         "-", "CN=测试 CA", "1234", "C → S", "e\u0301"]
UNUSUAL = ["\x1b[31m", "\n", "\u2028", "\U0001f468\u200d\U0001f469", "\ue000"]
STYLES = ["", "bold", "cyan", "bold red", "dim"]

words = st.lists(st.sampled_from(USUAL * 40 + UNUSUAL), max_size=10).map("".join)


styles = st.sampled_from(STYLES)
#: A piece of a label, now and then a value kept whole.
pieces = st.tuples(words, st.one_of(styles, styles.map(whole_style)))
labels = st.one_of(
    words,
    st.builds(Label, words, styles),
    st.builds(lambda a, b, c: Label.format("{a} and {b}, then {c}:", {"a": a, "b": b}, c=c),
              words, words, words),
    st.builds(lambda parts, style: Label.assemble(*parts, style=style),
              st.lists(pieces, min_size=1, max_size=3), styles),
)


@st.composite
def ladders(draw: st.DrawFn) -> Ladder:
    rows = draw(st.integers(0, 5))
    cells = st.lists(words, min_size=rows, max_size=rows)
    return Ladder(Label(draw(words), style="bold"), [
        Column(draw(words), "right", draw(cells)),
        Column("", "left", draw(st.lists(st.sampled_from(["C → S", "client", "服务端"]),
                                         min_size=rows, max_size=rows))),
        Column(draw(words), "left", draw(cells),
               draw(st.lists(styles, min_size=rows, max_size=rows))),
        Column(draw(words), "left", draw(cells), [""] * rows),
    ])


@st.composite
def trees(draw: st.DrawFn) -> Node:
    root = Node(draw(labels))
    nodes = [root]
    for _ in range(draw(st.integers(0, 10))):
        parent = draw(st.sampled_from(nodes))
        nodes.append(parent.add(draw(ladders()) if draw(st.integers(0, 5)) == 0
                                else draw(labels)))
    return root


@settings(max_examples=400)
@given(tree=trees(), width=st.integers(1, 160))
def test_generated_trees_printed_as_rich_prints_them(tree: Node, width: int) -> None:
    console, stream = _console(width)
    print_tree(console, to_rich(tree))
    console.print()
    laid_out = plain_text(tree, width, False)
    if laid_out is not None:
        assert laid_out == stream.getvalue()
