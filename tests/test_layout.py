"""report.layout lays out the text report exactly as rich does: the same segments (texts,
styles, boundaries) and so the same bytes with and without colour, for generated trees and
ladder tables: wide cells, CJK (two cells a character), long words, narrow widths, spans,
zero-width and joining characters, line separators, and on the report of real connections.
"""

from __future__ import annotations

import io
from collections.abc import Iterable

from conftest import CAPTURES
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.segment import Segment
from rich.text import Text
from rich.tree import Tree

from tlcp_decode import decode
from tlcp_decode.report import layout, text
from tlcp_decode.report.layout import LadderTable, ReportTree
from tlcp_decode.report.terminal import escape_renderable, report_console

#: Pieces of text the report meets: words, spaces, CJK, an ellipsis, a long word, a
#: non-breaking space; and, rarer, the ones the fast layout leaves to rich: a combining accent
#: (no cell), a zero-width joiner between emoji, a line separator.
USUAL = ["a", "frame", "ECC_SM4_CBC_SM3,", " ", " ", "  ", "证书", "握手失败", "…", "\xa0",
         "x" * 30, "-", "CN=测试 CA", "1234", "handshake_failure"]
UNUSUAL = ["e\u0301", "\U0001f468\u200d\U0001f469", "\u2028"]
STYLES = ["", "bold", "cyan", "bold red", "dim", "yellow on blue"]

words = st.lists(st.sampled_from(USUAL * 60 + UNUSUAL), max_size=12).map("".join)
styles = st.sampled_from(STYLES)


@st.composite
def texts(draw: st.DrawFn) -> Text | str:
    """A string, a styled text, or a text assembled from styled pieces (spans)."""
    kind = draw(st.integers(0, 2))
    if kind == 0:
        return draw(words)
    if kind == 1:
        return Text(draw(words), style=draw(styles))
    return Text.assemble(*[(draw(words), draw(styles)) for _ in range(draw(st.integers(1, 3)))],
                         style=draw(styles))


@st.composite
def ladders(draw: st.DrawFn) -> LadderTable:
    table = LadderTable([(draw(words), "right"), ("", "left"), (draw(words), "left"),
                         (draw(words), "left")])
    for _ in range(draw(st.integers(0, 6))):
        table.add_row(draw(words), draw(st.sampled_from(["C → S", "C ← S", "client", "服务端"])),
                      Text(draw(words), style=draw(styles)), draw(texts()))
    return table


@st.composite
def trees(draw: st.DrawFn) -> ReportTree:
    tree = ReportTree(draw(texts()))
    nodes: list[Tree] = [tree]
    for _ in range(draw(st.integers(0, 8))):
        parent = draw(st.sampled_from(nodes))
        if draw(st.integers(0, 4)) == 0:
            label: Text | str | Group = Group(Text(draw(words), style="bold"), draw(ladders()))
        else:
            label = draw(texts())
        nodes.append(parent.add(label))
    return tree


class RichOnly:
    """The tree laid out by rich's own Tree (and Table) code."""

    def __init__(self, tree: Tree) -> None:
        self.tree = tree

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        return Tree.__rich_console__(self.tree, console, options)


def _console(width: int, color: bool) -> Console:
    return Console(file=io.StringIO(), width=width, force_terminal=color,
                   color_system="truecolor" if color else None, highlight=False, markup=False,
                   emoji=False)


def _lines(console: Console, renderable: object) -> list[list[Segment]]:
    rendered: Iterable[Segment] = console.render(renderable, console.options)  # type: ignore[arg-type]
    # (an empty segment prints nothing, styled or not)
    return [[segment for segment in line if segment.text]
            for line in Segment.split_and_crop_lines(rendered, console.width, pad=False)]


def _printed(width: int, color: bool, renderable: object, crop: bool = True) -> str:
    console = _console(width, color)
    console.print(renderable, crop=crop)
    file = console.file
    assert isinstance(file, io.StringIO)
    return file.getvalue()


@settings(max_examples=300)
@given(tree=trees(), width=st.integers(8, 160))
def test_tree_segments_as_rich_makes_them(tree: ReportTree, width: int) -> None:
    console = _console(width, color=True)
    assert _lines(console, tree) == _lines(console, RichOnly(tree))


@settings(max_examples=150)
@given(tree=trees(), width=st.integers(8, 160), color=st.booleans())
def test_tree_printed_as_rich_prints_it(tree: ReportTree, width: int, color: bool) -> None:
    expected = _printed(width, color, RichOnly(tree))
    assert _printed(width, color, tree) == expected
    # print_tree leaves out rich's cropping pass only where it cannot crop anything
    console = _console(width, color)
    layout.print_tree(console, tree)
    assert isinstance(console.file, io.StringIO)
    assert console.file.getvalue() == expected


@settings(max_examples=600)
@given(table=ladders(), width=st.integers(1, 160))
def test_ladder_lines_as_rich_renders_them(table: LadderTable, width: int) -> None:
    console = _console(width, color=True)
    lines = table.laid_out_lines(console, width)
    if lines is not None:
        expected = console.render_lines(table, console.options, pad=False)
        assert lines == expected


def test_the_common_cases_take_the_fast_layout() -> None:
    """A ladder wider than the width (shrunk, its long cells wrapped, a word cut with an
    ellipsis) and a long label are laid out here, not by rich (what the speed rests on)."""
    console = _console(60, color=False)
    table = LadderTable([("frame", "right"), ("", "left"), ("message", "left"),
                         ("meaning", "left")])
    table.add_row("4", "C → S", Text("Client Hello", style="cyan"),
                  Text("offers 2 cipher suite(s): ECC_SM4_CBC_SM3, "
                       "TLS_EMPTY_RENEGOTIATION_INFO_SCSV, SNI 服务器.example"))
    lines = table.laid_out_lines(console, 60)
    assert lines is not None and len(lines) > 2
    assert lines == console.render_lines(table, console.options, pad=False)
    label = Text("fatal alert handshake_failure from the server (frame 4): " * 3,
                 style="bold red")
    assert layout._fitted_label(console, label, 56) is not None


def test_the_report_of_real_connections_is_rich_s() -> None:
    """Every connection of a few shared captures (with their key logs: decrypted previews),
    at several widths, colour on: the report console's output with the fast layout and with
    rich's."""
    for capture in CAPTURES[:4] + CAPTURES[8:10] + CAPTURES[13:14]:
        keylog = capture.keylog_path if capture.keylog else None
        for result in decode(capture.path, keylog=keylog):
            for width in (30, 80, 120, 200):
                outputs = []
                for fast in (True, False):
                    stream = io.StringIO()
                    console = report_console(stream, "always")
                    console.width = width
                    if fast:
                        text.print_flow(console, result)
                    else:  # the report console's escaping and values kept whole, then rich
                        tree = escape_renderable(text.render_flow(result), console.hold)
                        console.print(RichOnly(tree))
                        console.print()
                    outputs.append(stream.getvalue())
                assert outputs[0] == outputs[1], (capture.name, result.index, width)
