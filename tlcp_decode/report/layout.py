"""The text report's tree and ladder laid out without rich's general machinery where they fit.

rich lays out a :class:`~rich.tree.Tree` by sending every label through its general text
wrapper, and a :class:`~rich.table.Table` by measuring, wrapping, padding and cropping every
cell in several passes: for a report of many short connections that was most of the run time
(about 10 ms a connection, twenty times the JSON output). Almost every label, and the ladder
table, fits its width as it is; for those :class:`ReportTree` makes the very segments rich makes
(same texts, same styles, same segment boundaries, so the output is the same byte for byte with
and without colour) and leaves to rich only what it must wrap or shrink: a long label, a ladder
wider than the terminal, an unusual renderable. ``tests/test_layout.py`` compares the two on
generated trees and tables. (Without colour the report is laid out as plain lines by
report.outline; the segments here are for colour, and for what that leaves to rich.)

What "fits" means here is what makes rich's wrapping a no-op: one line (no line separator of any
kind, no tab, no control character: the report escapes those before the layout anyway), no
zero-width joiner or emoji variation selector (their cell length is not the sum of their
parts), and no more characters than cells available (rich trims trailing spaces by characters).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterator, Sequence
from functools import partial
from weakref import WeakKeyDictionary

from rich._ratio import ratio_reduce
from rich._wrap import divide_line
from rich.cells import cell_len, set_cell_size
from rich.console import (
    Console,
    ConsoleOptions,
    Group,
    JustifyMethod,
    RenderableType,
    RenderResult,
)
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Span, Text
from rich.tree import Tree

__all__ = ["UNUSUAL", "LadderTable", "ReportTree", "column_widths", "justified_lines",
           "print_tree", "wrapped_label"]

#: Characters after which rich's layout of a line is not the plain one this module makes: line
#: separators (``str.splitlines``'), tabs, C0/C1 controls (rich's Text drops some), the zero-width
#: joiner and variation selector 16.
UNUSUAL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200d\ufe0f]")
#: The style rich's Tree gives its guide lines after their own (Tree.__rich_console__).
_GUIDE_POST_STYLE = Style(bold=False, underline2=False)
_SPACE, _CONTINUE, _FORK, _END = range(4)
_NEW_LINE = Segment.line()
_TRAILING_SPACE = re.compile(r"\s+$")  # rich.text's _re_whitespace
#: Bound of what is remembered per console (a few hundred distinct lines in a report).
_MEMO_SIZE = 4096
_MEMOS: WeakKeyDictionary[Console, dict[Hashable, object]] = WeakKeyDictionary()
_MISSING = object()

SegmentLines = list[list[Segment]]
#: A text as this module lays it out: its characters, its own style, its spans.
Parts = tuple[str, str | Style, list[Span]]


def _plain_fits(plain: str, width: int) -> bool:
    """Whether rich lays out ``plain`` as one unchanged line of at most ``width`` cells."""
    return len(plain) <= width and cell_len(plain) <= width and not UNUSUAL.search(plain)


def _text_is_plain(text: Text) -> bool:
    """A text with no layout settings of its own (the options decide, as for the report's)."""
    return (text.justify is None and text.overflow is None and text.no_wrap is None
            and text.end == "\n")


def _styled_segments(console: Console, plain: str, style: str | Style,
                     spans: list[Span]) -> list[Segment]:
    """The segments of one laid-out line, as rich renders it: ``Text.__rich_console__`` joins
    its lines into a new text, where each line's own style becomes a span."""
    if not plain:
        return []
    if not spans:  # the common cases without rich's span walk (Text.render)
        return [Segment(plain, _whole_line_style(console, style) if style else None)]
    if style:
        spans = [Span(0, len(plain), style), *spans]
    return list(Text(plain, spans=spans).render(console))


def _whole_line_style(console: Console, style: str | Style) -> Style:
    """The style Text.render gives a line styled as a whole: the joined text's own (empty)
    style and the line's, combined."""
    memo = _memo(console)
    key = ("style", style)
    combined = memo.get(key)
    if combined is None:
        null = Style.null()
        combined = Style.combine((console.get_style("", default=null),
                                  console.get_style(style, default=null)))
        if not combined.link:  # rich gives each linked piece a link id of its own
            memo[key] = combined
    assert isinstance(combined, Style)
    return combined


def _memo(console: Console) -> dict[Hashable, object]:
    """What this module remembers for ``console`` (styles depend on its theme): combined
    styles and laid-out lines, which repeat from connection to connection; forgotten all at
    once when there are too many."""
    memo = _MEMOS.get(console)
    if memo is None or len(memo) > _MEMO_SIZE:
        memo = _MEMOS[console] = {}
    return memo


def _remembered(console: Console, key: Hashable,
                make: Callable[[], SegmentLines | None]) -> SegmentLines | None:
    """``make()``, remembered under ``key`` unless it holds a link (rich makes a new link id
    each time). The lines are shared: callers never change them."""
    memo = _memo(console)
    lines = memo.get(key, _MISSING)
    if lines is _MISSING:
        lines = make()
        if lines is None or not any(segment.style is not None and segment.style.link
                                    for line in lines for segment in line):
            memo[key] = lines
    return lines  # type: ignore[return-value]


class LadderTable(Table):
    """A table without borders, with a bold header row and no padding at its outer edges (the
    ladder of the text report), which :class:`ReportTree` lays out itself where it can."""

    def __init__(self, columns: Sequence[tuple[str, JustifyMethod]]) -> None:
        super().__init__(box=None, show_header=True, header_style="bold", pad_edge=False)
        for header, justify in columns:
            self.add_column(header, justify=justify)

    def laid_out_lines(self, console: Console, width: int) -> SegmentLines | None:
        """The table's lines as rich renders it in ``width`` cells, or None where this module
        does not know how rich would (a text with spans to wrap, a column shrunk to nothing).

        As rich does: every column as wide as its widest cell plus the padding between
        columns; where that is too wide, the widest columns shrink first (rich's own
        arithmetic) and their cells wrap at spaces, a word longer than the column ending in
        an ellipsis."""
        columns = self.columns
        if not columns:
            return None
        last = len(columns) - 1
        pads = [(int(index > 0), int(index < last)) for index in range(len(columns))]
        cells_by_column: list[list[Parts]] = []
        widest_by_column = []
        for column in columns:
            cells = []
            widest = 0
            for renderable in (column.header, *column._cells):
                parts = _parts(renderable)
                if parts is None:
                    return None
                cells.append(parts)
                widest = max(widest, cell_len(parts[0]))
            cells_by_column.append(cells)
            widest_by_column.append(widest)
        widths = column_widths(widest_by_column, pads, width)
        if widths is None:
            return None
        get_style = console.get_style
        pad_style = get_style("none")  # rich's Padding's own style
        header_styles = [get_style(self.header_style or "") + get_style(column.header_style)
                         for column in columns]
        body_styles = [get_style(column.style or "") for column in columns]
        lines: SegmentLines = []
        for row in range(len(cells_by_column[0])):
            if row == 0:
                styles = header_styles
            else:
                row_style = get_style(self.get_row_style(console, row - 1))
                styles = [style + row_style for style in body_styles]
            laid_out: list[SegmentLines] = []
            for index, column in enumerate(columns):
                left, right = pads[index]
                parts, inner = cells_by_column[index][row], widths[index] - left - right
                cell_lines = partial(_cell_lines, console, parts, inner, column.justify, left,
                                     right, pad_style, styles[index])
                if len(parts[0]) > inner or cell_len(parts[0]) > inner:  # wraps: remembered
                    cell = _remembered(console, ("cell", *parts[:2], tuple(parts[2]), inner,
                                                 column.justify, left, right, styles[index]),
                                       cell_lines)
                else:
                    cell = cell_lines()
                if cell is None:
                    return None
                laid_out.append(cell)
            height = max(map(len, laid_out))
            for index, cell in enumerate(laid_out):
                if len(cell) < height:  # rich's Segment.align_top (the header: align_bottom)
                    blank = [[Segment(" " * widths[index], styles[index])]]
                    blank *= height - len(cell)
                    laid_out[index] = blank + cell if row == 0 else cell + blank
            lines.extend([segment for cell in laid_out for segment in cell[line_number]]
                         for line_number in range(height))
        return lines


def column_widths(widest: list[int], pads: list[tuple[int, int]], width: int) -> list[int] | None:
    """The widths rich gives the columns of a table without borders in ``width`` cells, their
    widest cells ``widest`` cells wide with ``pads`` (left, right) around; None where rich
    renders nothing (no room for a column).

    As rich does: every column as wide as its widest cell plus its padding; where that is too
    wide, the widest columns shrink first (rich's own arithmetic)."""
    if width < 1 or not widest:
        return None
    # rich measures a column no wider than the table may be
    widths = [min(cells + left + right, width) or 1
              for cells, (left, right) in zip(widest, pads, strict=True)]
    if sum(widths) > width:
        widths = Table._collapse_widths(widths, [True] * len(widths), width)
        if sum(widths) > width:  # rich's last resort
            widths = ratio_reduce(sum(widths) - width, [1] * len(widths), widths, widths)
    if any(column_width - left - right < 1  # rich renders nothing in no room
           for column_width, (left, right) in zip(widths, pads, strict=True)):
        return None
    return widths


def _parts(renderable: object) -> Parts | None:
    """A string's or a text's parts; None for a text with layout settings of its own, with
    characters the layout here does not know, or anything else."""
    parts: Parts
    if isinstance(renderable, str):
        parts = (renderable, "", [])
    elif isinstance(renderable, Text) and _text_is_plain(renderable):
        parts = (renderable.plain, renderable.style, renderable.spans)
    else:
        return None
    return None if UNUSUAL.search(parts[0]) else parts


def _cell_lines(console: Console, parts: Parts, inner: int, justify: JustifyMethod, left: int,
                right: int, pad_style: Style, style: Style) -> SegmentLines | None:
    """One table cell, its text laid out in ``inner`` cells, with its padding, as rich's
    Padding around the text justified in the column, the cell's style added to every piece;
    None for a text with spans that would have to wrap."""
    plain, text_style, text_spans = parts
    lines = justified_lines(plain, text_spans, inner, justify)
    if lines is None:
        return None
    laid_out = []
    for piece, spans in lines:
        segments = _styled_segments(console, piece, text_style, spans)
        if left:
            segments.insert(0, Segment(" " * left, pad_style))
        if right:
            segments.append(Segment(" " * right, pad_style))
        if style:
            segments = [Segment(part, style + part_style) for part, part_style, _ in segments]
        laid_out.append(segments)
    return laid_out


def justified_lines(plain: str, spans: list[Span], inner: int,
                    justify: JustifyMethod) -> list[tuple[str, list[Span]]] | None:
    """A cell's text as rich lays it out in a column ``inner`` cells wide: its lines, each
    justified to exactly that width, with their spans; None for a text with spans that would
    have to wrap, or a line rich would not make exactly that wide."""
    if len(plain) <= inner and cell_len(plain) <= inner:
        lines = [_justified(plain, spans, inner, justify)]
    elif spans:
        return None
    else:
        lines = [_justified(piece, [], inner, justify) for piece in _cell_pieces(plain, inner)]
    if any(cell_len(piece) != inner for piece, _spans in lines):
        return None
    return lines


def wrapped_label(plain: str, width: int) -> list[str]:
    """A tree label's text as rich's Text.wrap lays it out in ``width`` cells (justified by
    default, overflow "fold"), for a text without a line separator, tab or control
    character."""
    return [_truncated(_rstrip_end(piece, width), width, "")
            for piece in _cut(plain, divide_line(plain, width, fold=True))]


def _cell_pieces(plain: str, inner: int) -> list[str]:
    """A cell's text cut where rich's Text.wrap cuts it in a column (overflow "ellipsis": a
    word is not folded), trailing spaces past the width gone (Text.rstrip_end)."""
    return [_rstrip_end(piece, inner) for piece in _cut(plain, divide_line(plain, inner, fold=False))]


def _cut(plain: str, offsets: list[int]) -> list[str]:
    """``plain`` cut at ``offsets`` (rich's Text.divide)."""
    return [plain[start:end]
            for start, end in zip([0, *offsets], [*offsets, len(plain)], strict=True)]


def _rstrip_end(line: str, width: int) -> str:
    """rich's Text.rstrip_end: the trailing whitespace past ``width`` characters removed."""
    excess = len(line) - width
    if excess > 0:
        spaces = _TRAILING_SPACE.search(line)
        if spaces is not None:
            line = line[:-min(len(spaces.group()), excess)]
    return line


def _truncated(line: str, width: int, ellipsis: str = "…") -> str:
    """rich's Text.truncate (no padding) with overflow "ellipsis", or "fold" where
    ``ellipsis`` is empty."""
    if cell_len(line) > width:
        return set_cell_size(line, width - len(ellipsis)) + ellipsis
    return line


def _justified(plain: str, spans: list[Span], inner: int,
               justify: JustifyMethod) -> tuple[str, list[Span]]:
    """One line of a cell justified in ``inner`` cells as rich's Lines.justify does it, with
    its spans moved to match."""
    if justify == "right":
        stripped = plain.rstrip()
        if len(stripped) < len(plain):  # rich's Text.plain setter trims the spans
            end = len(stripped)
            spans = [span if span.end < end else Span(span.start, min(end, span.end), span.style)
                     for span in spans if span.start < end]
        stripped = _truncated(stripped, inner)
        count = inner - cell_len(stripped)
        if count:
            spans = [Span(span.start + count, span.end + count, span.style) for span in spans]
        return _truncated(" " * count + stripped, inner), spans
    if justify == "left":
        length = cell_len(plain)
        plain = _truncated(plain, inner)
        if length < inner:
            plain += " " * (inner - length)
        return _truncated(plain, inner), spans
    raise ValueError(f"justify {justify!r} is laid out by rich only")


class ReportTree(Tree):
    """A rich Tree that lays out itself the labels (texts, strings, a group of texts and
    :class:`LadderTable`) that fit their width, and leaves the others to rich."""

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if (not self._plainly_styled(console) or options.justify is not None
                or options.overflow is not None or options.no_wrap):
            yield from super().__rich_console__(console, options)
            return
        guides = Tree.ASCII_GUIDES if options.ascii_only else Tree.TREE_GUIDES[0]
        guide_segments = [Segment(guide, _GUIDE_POST_STYLE) for guide in guides]
        guide_width = [cell_len(guide) for guide in guides]
        stack: list[tuple[Tree, tuple[int, ...], bool]] = [(self, (), True)]
        while stack:
            node, base, last = stack.pop()
            is_root = node is self
            first_prefix = base if is_root else (*base, _END if last else _FORK)
            rest_prefix = base if is_root else (*base, _SPACE if last else _CONTINUE)
            width = options.max_width - sum(guide_width[g] for g in first_prefix)
            lines = self._label_lines(console, options, node.label, width)
            for number, line in enumerate(lines):
                for guide in first_prefix if number == 0 else rest_prefix:
                    yield guide_segments[guide]
                yield from line
                yield _NEW_LINE
            children = node.children
            for index in range(len(children) - 1, -1, -1):
                stack.append((children[index], rest_prefix, index == len(children) - 1))

    def _plainly_styled(self, console: Console) -> bool:
        """Every node with the default (unstyled) look, all expanded: what the fast layout
        draws; anything else is rich's."""
        if self.hide_root or console.get_style("tree") or console.get_style("tree.line"):
            return False
        return all(node.style == "tree" and node.guide_style == "tree.line" and node.expanded
                   for node in _nodes(self))

    def _label_lines(self, console: Console, options: ConsoleOptions,
                     label: RenderableType, width: int) -> SegmentLines:
        lines = _fitted_label(console, label, width) if width > 0 else None
        if lines is None:
            return console.render_lines(
                label, options.update(width=width, highlight=self.highlight, height=None),
                pad=False)
        return lines


def _text_label(console: Console, label: Text, width: int) -> SegmentLines | None:
    plain = label.plain
    if _plain_fits(plain, width):
        return [_styled_segments(console, plain, label.style, label.spans)]
    if UNUSUAL.search(plain):
        return None
    # rich's Text.wrap for a tree label (justified by default, overflow "fold"), without its
    # join, render and split into lines
    pieces = label.divide(divide_line(plain, width, fold=True))
    for piece in pieces:
        piece.rstrip_end(width)
        piece.truncate(width, overflow="fold")
    lines = [_styled_segments(console, piece.plain, piece.style, piece.spans)
             for piece in pieces]
    if any(piece.style or piece.spans for piece in pieces):
        # Text.render of the joined lines gives an unstyled line the joined text's own
        # (empty) style, not none
        base = console.get_style("", default=Style.null())
        lines = [[Segment(segment.text, base) if segment.style is None else segment
                  for segment in line] for line in lines]
    return lines


def _nodes(tree: Tree) -> Iterator[Tree]:
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(node.children)


def _depth(tree: Tree) -> int:
    stack = [(tree, 0)]
    deepest = 0
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in node.children)
    return deepest


def print_tree(console: Console, tree: Tree) -> None:
    """``console.print(tree)``, without rich's cropping pass over the finished lines where no
    line can be wider than the console: each label is laid out (or cropped by rich) in the
    width its guides leave, so that holds as long as the guides leave at least one cell."""
    guide_width = cell_len(Tree.TREE_GUIDES[0][_CONTINUE])
    console.print(tree, crop=guide_width * _depth(tree) >= console.width)


def _fitted_label(console: Console, label: object, width: int) -> SegmentLines | None:
    """A tree label's lines as rich renders them in ``width`` cells, or None where rich must."""
    if isinstance(label, str):
        return [[Segment(label)] if label else []] if _plain_fits(label, width) else None
    if isinstance(label, Text):
        if not _text_is_plain(label):
            return None
        return _remembered(console, ("label", label.plain, label.style, tuple(label.spans),
                                     width), partial(_text_label, console, label, width))
    if isinstance(label, Group):
        lines: SegmentLines = []
        for member in label.renderables:
            member_lines = (member.laid_out_lines(console, width)
                            if isinstance(member, LadderTable)
                            else _fitted_label(console, member, width))
            if member_lines is None:
                return None
            lines += member_lines
        return lines
    return None
