"""The text report's tree as plain data, laid out as plain lines when it is printed without
colour, and made into rich's objects only where rich must print it.

A connection's report is some fifty labels and a ladder of a few dozen rows. Made as rich
Trees, Texts and a Table, escaped, measured and rendered segment by segment, it cost about twenty
times the JSON line of the same connection; here a label is its pieces of text with their styles
(what ``Text.assemble`` would be given) and a ladder row its cells. Printed without colour (a
pipe, a file: the usual case for a large capture) :func:`plain_text` lays the tree out as the
very lines rich writes, strings only, and the connection is written at once; with colour, or
where a label holds what only rich knows how to lay out (a control character to escape, an
unusual character, a tree deeper than the width), :func:`to_rich` makes the rich tree the
report prints as before (``report.layout.ReportTree``). ``tests/test_outline.py`` compares the
two ways on every capture, in both languages and at several widths.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import repeat
from typing import Protocol

from rich.cells import cached_cell_len
from rich.console import Group, JustifyMethod
from rich.style import Style
from rich.text import Text
from rich.tree import Tree

from tlcp_decode.bounded_cache import SharedValues
from tlcp_decode.report.escape import CONTROL
from tlcp_decode.report.layout import (
    UNUSUAL,
    LadderTable,
    ReportTree,
    column_widths,
    justified_lines,
    wrapped_label,
)
from tlcp_decode.report.terminal import WHOLE_STYLES, format_pieces, placeholder, restore_held

__all__ = ["NOT_PLAIN", "Branch", "Column", "Label", "Ladder", "Node", "is_plain", "plain_text",
           "to_rich"]

#: What rich's Text takes: a text alone or with its style (the report's styles are names, a
#: value kept whole has its marked Style).
Piece = tuple[str, str | Style]
#: Characters rich's way handles: escapes of control characters, and those report.layout leaves
#: to rich.
NOT_PLAIN = re.compile(f"[{CONTROL.pattern[1:-1]}{UNUSUAL.pattern[1:-1]}]")
#: Bound of the laid-out labels and cells remembered (they repeat from connection to
#: connection: the same server's certificates, checks, cipher suites).
_MEMO_SIZE = 4096


def is_plain(text: str) -> bool:
    """Whether ``text`` holds no character of :data:`NOT_PLAIN`. ``str.isprintable`` (several
    times faster than the pattern's search, on a connection's few kilobytes of text) is false
    for every one of them but the variation selector; the pattern decides where it is false
    (a no-break space, an ideographic space are not printable either)."""
    if text.isprintable():
        return "\ufe0f" not in text
    return NOT_PLAIN.search(text) is None


class Label:
    """One label of the report: what ``Text(plain, style=style)`` makes, or for a label made
    of pieces, ``Text.assemble(*pieces, style=style)``."""

    __slots__ = ("holds", "pieces", "plain", "style")

    def __init__(self, text: str = "", style: str = "") -> None:
        self.plain = text
        self.style = style
        self.pieces: list[Piece] | None = None
        self.holds = False  # whether a piece is a value kept whole

    @classmethod
    def assemble(cls, *parts: str | Piece, style: str = "") -> Label:
        return cls._of([(part, "") if isinstance(part, str) else part for part in parts],
                       style)

    @classmethod
    def format(cls, template: str, whole_values: dict[str, str], style: str = "",
               **values: object) -> Label:
        """``template.format(...)`` with the fields named in ``whole_values`` kept whole
        (report.terminal.whole_format)."""
        return cls._of(format_pieces(template, whole_values, **values), style)

    @classmethod
    def _of(cls, pieces: list[Piece], style: str) -> Label:
        label = cls.__new__(cls)
        label.pieces = pieces
        texts, styles = zip(*pieces, strict=True) if pieces else ((), ())
        label.plain = "".join(texts)
        label.style = style
        label.holds = not WHOLE_STYLES.isdisjoint(styles)
        return label

    def append(self, text: str, style: str = "") -> None:
        if self.pieces is None:
            self.pieces = [(self.plain, "")]
        self.pieces.append((text, style))
        self.plain += text

    def held(self, hold: Callable[[str], str]) -> str:
        """The text with each value kept whole replaced by ``hold(value)``."""
        return "".join([hold(text) if text and style in WHOLE_STYLES else text
                        for text, style in self.pieces or ()])

    def to_text(self) -> Text:
        if self.pieces is None:
            return Text(self.plain, style=self.style)
        return Text.assemble(*self.pieces, style=self.style)


class Column:
    """A column of the ladder: its header, how its cells are justified, the cells' texts,
    and their styles (each cell a rich Text of that style) or None (each cell a string)."""

    __slots__ = ("cells", "header", "justify", "styles")

    def __init__(self, header: str, justify: JustifyMethod, cells: list[str],
                 styles: list[str] | None = None) -> None:
        self.header = header
        self.justify = justify
        self.cells = cells
        self.styles = styles


class Ladder:
    """The ladder label: a title line, then a table (report.layout.LadderTable)."""

    __slots__ = ("columns", "title")

    def __init__(self, title: Label, columns: list[Column]) -> None:
        self.title = title
        self.columns = columns

    def to_group(self) -> Group:
        table = LadderTable([(column.header, column.justify) for column in self.columns])
        cells = [column.cells if column.styles is None
                 else [Text(cell, style=style)
                       for cell, style in zip(column.cells, column.styles, strict=True)]
                 for column in self.columns]
        for row in zip(*cells, strict=True):
            table.add_row(*row)
        return Group(self.title.to_text(), table)


#: What a node may show: a string, a label, the ladder, or any rich text (the --crypto and
#: --show-secrets branches make their own).
NodeLabel = str | Label | Ladder | Text


class Node:
    """A node of the report's tree (rich's Tree.add, without rich)."""

    __slots__ = ("children", "label")

    def __init__(self, label: NodeLabel) -> None:
        self.label = label
        self.children: list[Node] = []

    def add(self, label: NodeLabel) -> Node:
        node = Node(label)
        self.children.append(node)
        return node


class Branch(Protocol):
    """Where a part of the report adds its lines: a :class:`Node`, or a rich Tree."""

    def add(self, label: Text) -> Branch: ...


def _rich_label(label: NodeLabel) -> str | Text | Group:
    if isinstance(label, Label):
        return label.to_text()
    if isinstance(label, Ladder):
        return label.to_group()
    return label


def to_rich(root: Node) -> ReportTree:
    """The tree as the report's rich tree, label for label."""
    tree = ReportTree(_rich_label(root.label))
    stack: list[tuple[Node, Tree]] = [(root, tree)]
    while stack:
        node, branch = stack.pop()
        for child in node.children:
            stack.append((child, branch.add(_rich_label(child.label))))
    return tree


def plain_text(root: Node, width: int, ascii_guides: bool) -> str | None:
    """The tree printed ``width`` cells wide without colour, as the report console prints its
    rich tree (report.layout.print_tree) followed by an empty line; None where rich must lay
    it out."""
    space, continued, fork, end = Tree.ASCII_GUIDES if ascii_guides else Tree.TREE_GUIDES[0]
    held: dict[int, str] = {}

    def hold(value: str) -> str:
        number = len(held)
        held[number] = value
        return placeholder(number, value, width)

    out: list[str] = []
    plains: list[str] = []  # every text laid out, searched at once for what rich must lay out
    stack: list[tuple[Node, str, str]] = [(root, "", "")]
    while stack:
        node, first, rest = stack.pop()
        room = width - len(first)  # a guide is as many cells as characters
        if room <= 0:
            return None
        label = node.label
        if isinstance(label, Label) and not label.holds or isinstance(label, str):
            plain = label if isinstance(label, str) else label.plain
            plains.append(plain)
            lines = _fitted(plain, room)
        elif isinstance(label, Label):
            plains.append(label.plain)
            lines = [restore_held(line, held) for line in _fitted(label.held(hold), room)]
        elif isinstance(label, Ladder):
            plains.append(label.title.plain)
            table = _ladder_lines(label, room)
            if table is None:
                return None
            lines = [*_fitted(label.title.plain, room), *table]
        else:
            return None
        if lines:
            out.append(first + lines[0])
            if len(lines) > 1:
                out.extend([rest + line for line in lines[1:]])
        children = node.children
        if children:
            last = len(children) - 1
            stack.append((children[last], rest + end, rest + space))
            stack.extend([(children[index], rest + fork, rest + continued)
                          for index in range(last - 1, -1, -1)])
    if not is_plain("".join(plains)):
        return None
    return "\n".join(out) + "\n\n"


def _fitted(plain: str, width: int) -> list[str]:
    """``plain`` (no character of :data:`NOT_PLAIN`) as rich lays out a tree label."""
    if len(plain) <= width and (plain.isascii() or cached_cell_len(plain) <= width):
        return [plain]
    return _wrapped((plain, width))


#: Labels too wide for their room, as rich wraps them, by (text, width).
_wrapped: SharedValues[tuple[str, int], list[str]] = SharedValues(
    lambda key: wrapped_label(*key), limit=_MEMO_SIZE)


def _plain_cell(key: tuple[str, int, JustifyMethod]) -> list[str] | None:
    """A ladder cell's text (no style) laid out as report.layout lays it out in a column
    ``inner`` cells wide, ``key`` = (text, inner, justify): its lines, or None."""
    pieces = justified_lines(key[0], [], key[1], key[2])
    return None if pieces is None else [piece for piece, _ in pieces]


#: Ladder cells that do not fit their column as they are, by (text, inner width, justify).
_plain_cells: SharedValues[tuple[str, int, JustifyMethod], list[str] | None] = SharedValues(
    _plain_cell, limit=_MEMO_SIZE)


def _ladder_lines(ladder: Ladder, width: int) -> list[str] | None:
    """The ladder's table as rich renders it in ``width`` cells without colour
    (report.layout.LadderTable.laid_out_lines), or None."""
    columns = ladder.columns
    texts = [[column.header, *column.cells] for column in columns]
    joined = ["".join(column) for column in texts]
    if not is_plain("".join(joined)):
        return None
    lengths = [list(map(len, column)) for column in texts]
    sizes = [column_lengths if text.isascii() else list(map(cached_cell_len, column))
             for column_lengths, column, text in zip(lengths, texts, joined, strict=True)]
    last = len(columns) - 1
    pads = [(int(index > 0), int(index < last)) for index in range(len(columns))]
    widths = column_widths(list(map(max, sizes)), pads, width)
    if widths is None:
        return None
    # Each column's cells justified in the column less its padding (one space each side
    # between columns, none at the edges: the columns are joined with two spaces), a string
    # for a line, a list for a cell of several lines. Where a column's texts are as many
    # cells as characters (ASCII, most others), str.ljust / rjust justify them: a whole column
    # at once where every cell fits as it is (most do).
    inners = [column_width - left - right
              for column_width, (left, right) in zip(widths, pads, strict=True)]
    laid_out: list[list[str] | list[str | list[str]]] = []
    tall_rows: set[int] = set()
    for index, column in enumerate(texts):
        inner, column_sizes, justify = inners[index], sizes[index], columns[index].justify
        single = column_sizes is lengths[index] or column_sizes == lengths[index]
        if max(column_sizes) <= inner and max(lengths[index]) <= inner:
            if justify == "left":
                laid_out.append(list(map(str.ljust, column, repeat(inner))) if single
                                else [text + " " * (inner - size)
                                      for text, size in zip(column, column_sizes, strict=True)])
                continue
            if list(map(str.rstrip, column)) == column:  # (rich strips what it right-justifies)
                laid_out.append(list(map(str.rjust, column, repeat(inner))) if single
                                else [" " * (inner - size) + text
                                      for text, size in zip(column, column_sizes, strict=True)])
                continue
        # the cells that fit justified here, the others as report.layout lays them out
        cells: list[str | list[str]] = (
            [text.ljust(inner) if size <= inner else "" for text, size
             in zip(column, column_sizes, strict=True)] if justify == "left" and single
            else [""] * len(column))
        for number, text in enumerate(column):
            if cells[number]:
                continue
            lines = _plain_cells((text, inner, justify))
            if lines is None:
                return None
            if len(lines) == 1:
                cells[number] = lines[0]
            else:
                cells[number] = lines
                tall_rows.add(number)
        laid_out.append(cells)
    rows = zip(*laid_out, strict=True)
    if not tall_rows:
        return list(map("  ".join, rows))
    out: list[str] = []
    for number, row in enumerate(rows):
        if number not in tall_rows:
            out.append("  ".join(row))
            continue
        cell_lines = [[cell] if isinstance(cell, str) else cell for cell in row]
        height = max(map(len, cell_lines))
        for index, lines in enumerate(cell_lines):
            if len(lines) < height:  # rich's Segment.align_top (the header: align_bottom)
                blank = [" " * inners[index]] * (height - len(lines))
                cell_lines[index] = blank + lines if number == 0 else lines + blank
        out.extend(map("  ".join, zip(*cell_lines, strict=True)))
    return out
