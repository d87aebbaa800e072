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
from collections.abc import Callable, Sequence
from typing import Protocol

from rich.cells import cell_len
from rich.console import Group, JustifyMethod
from rich.style import Style
from rich.text import Text
from rich.tree import Tree

from tlcp_decode.report.escape import CONTROL
from tlcp_decode.report.layout import (
    UNUSUAL,
    LadderTable,
    ReportTree,
    column_widths,
    justified_lines,
    wrapped_label,
)
from tlcp_decode.report.terminal import format_pieces, is_whole, placeholder, restore_held

__all__ = ["NOT_PLAIN", "Branch", "Label", "Ladder", "Node", "plain_text", "to_rich"]

#: What rich's Text takes: a text alone or with its style (the report's styles are names, a
#: value kept whole has its marked Style).
Piece = tuple[str, str | Style]
#: A ladder cell: a string (unstyled), or a text and its style (rich's Text of it).
Cell = str | tuple[str, str]
#: Characters rich's way handles: escapes of control characters, and those report.layout leaves
#: to rich.
NOT_PLAIN = re.compile(f"{CONTROL.pattern}|{UNUSUAL.pattern}")
#: Bound of the laid-out labels and cells remembered (they repeat from connection to
#: connection: the same server's certificates, checks, cipher suites).
_MEMO_SIZE = 4096


class Label:
    """One label of the report: what ``Text.assemble(*pieces, style=style)`` makes."""

    __slots__ = ("pieces", "style")

    def __init__(self, text: str = "", style: str = "") -> None:
        self.pieces: list[Piece] = [(text, "")]
        self.style = style

    @classmethod
    def assemble(cls, *parts: str | Piece, style: str = "") -> Label:
        label = cls.__new__(cls)
        label.pieces = [(part, "") if isinstance(part, str) else part for part in parts]
        label.style = style
        return label

    @classmethod
    def format(cls, template: str, whole_values: dict[str, str], style: str = "",
               **values: object) -> Label:
        """``template.format(...)`` with the fields named in ``whole_values`` kept whole
        (report.terminal.whole_format)."""
        label = cls.__new__(cls)
        label.pieces = format_pieces(template, whole_values, **values)
        label.style = style
        return label

    def append(self, text: str, style: str = "") -> None:
        self.pieces.append((text, style))

    @property
    def plain(self) -> str:
        return "".join([text for text, _style in self.pieces])

    def to_text(self) -> Text:
        return Text.assemble(*self.pieces, style=self.style)


class Ladder:
    """The ladder label: a title line, then a table of rows (report.layout.LadderTable)."""

    __slots__ = ("columns", "rows", "title")

    def __init__(self, title: Label, columns: Sequence[tuple[str, JustifyMethod]]) -> None:
        self.title = title
        self.columns = columns
        self.rows: list[tuple[Cell, ...]] = []

    def to_group(self) -> Group:
        table = LadderTable(self.columns)
        for row in self.rows:
            table.add_row(*(cell if isinstance(cell, str) else Text(cell[0], style=cell[1])
                            for cell in row))
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
    stack: list[tuple[Node, str, str]] = [(root, "", "")]
    while stack:
        node, first, rest = stack.pop()
        room = width - len(first)  # a guide is as many cells as characters
        lines = _label_lines(node.label, room, hold) if room > 0 else None
        if lines is None:
            return None
        if lines:
            out.append(first + lines[0])
            out.extend([rest + line for line in lines[1:]])
        children = node.children
        if children:
            last = len(children) - 1
            stack.append((children[last], rest + end, rest + space))
            stack.extend([(children[index], rest + fork, rest + continued)
                          for index in range(last - 1, -1, -1)])
    text = "\n".join(out) + "\n\n"
    return restore_held(text, held) if held else text


def _label_lines(label: NodeLabel, width: int, hold: Callable[[str], str]) -> list[str] | None:
    """A label's lines in ``width`` cells (its values kept whole held by ``hold``), or None."""
    if isinstance(label, str):
        plain = label
    elif isinstance(label, Label):
        pieces = label.pieces
        plain = pieces[0][0] if len(pieces) == 1 else "".join([text for text, _ in pieces])
        if NOT_PLAIN.search(plain):
            return None
        if any(isinstance(style, Style) for _text, style in pieces):
            plain = "".join([hold(text) if text and is_whole(style) else text
                             for text, style in pieces])
        return _fitted(plain, width)
    elif isinstance(label, Ladder):
        title = _label_lines(label.title, width, hold)
        table = _ladder_lines(label, width)
        return None if title is None or table is None else title + table
    else:
        return None
    return None if NOT_PLAIN.search(plain) else _fitted(plain, width)


_WRAPPED: dict[tuple[str, int], list[str]] = {}


def _fitted(plain: str, width: int) -> list[str]:
    """``plain`` (no character of :data:`NOT_PLAIN`) as rich lays out a tree label."""
    if len(plain) <= width and (plain.isascii() or cell_len(plain) <= width):
        return [plain]
    key = (plain, width)
    lines = _WRAPPED.get(key)
    if lines is None:
        if len(_WRAPPED) > _MEMO_SIZE:
            _WRAPPED.clear()
        lines = _WRAPPED[key] = wrapped_label(plain, width)
    return lines


_CELLS: dict[tuple[str, int, str, int, int], list[str] | None] = {}


def _ladder_lines(ladder: Ladder, width: int) -> list[str] | None:
    """The ladder's table as rich renders it in ``width`` cells without colour
    (report.layout.LadderTable.laid_out_lines), or None."""
    columns = ladder.columns
    grid = [[header for header, _justify in columns],
            *([cell if isinstance(cell, str) else cell[0] for cell in row]
              for row in ladder.rows)]
    if NOT_PLAIN.search("".join([cell for row in grid for cell in row])):
        return None
    cells = [[len(cell) if cell.isascii() else cell_len(cell) for cell in row] for row in grid]
    last = len(columns) - 1
    pads = [(int(index > 0), int(index < last)) for index in range(len(columns))]
    widths = column_widths([max(column) for column in zip(*cells, strict=True)], pads, width)
    if widths is None:
        return None
    inners = [column_width - left - right
              for column_width, (left, right) in zip(widths, pads, strict=True)]
    justifies = [justify for _header, justify in columns]
    lines: list[str] = []
    for number, row in enumerate(grid):
        laid_out: list[list[str]] = []
        for index, cell in enumerate(row):
            inner, justify = inners[index], justifies[index]
            left, right = pads[index]
            size = cells[number][index]
            # a cell that fits, its width known, justified here: most of the ladder's cells
            # (about a third of the plain report's instructions went to the general way)
            if size <= inner and len(cell) <= inner and (justify == "left"
                                                         or not cell[-1:].isspace()):
                padding = " " * (inner - size)
                cell_text = (cell + padding if justify == "left" else padding + cell)
                laid_out.append([" " * left + cell_text + " " * right])
                continue
            key = (cell, inner, justify, left, right)
            if key in _CELLS:
                wrapped = _CELLS[key]
            else:
                if len(_CELLS) > _MEMO_SIZE:
                    _CELLS.clear()
                pieces = justified_lines(cell, [], inner, justify)
                wrapped = _CELLS[key] = (
                    None if pieces is None
                    else [" " * left + piece + " " * right for piece, _spans in pieces])
            if wrapped is None:
                return None
            laid_out.append(wrapped)
        height = max(map(len, laid_out))
        if height == 1:
            lines.append("".join([cell_lines[0] for cell_lines in laid_out]))
            continue
        for index, cell_lines in enumerate(laid_out):
            if len(cell_lines) < height:  # rich's Segment.align_top (the header: align_bottom)
                blank = [" " * widths[index]] * (height - len(cell_lines))
                laid_out[index] = blank + cell_lines if number == 0 else cell_lines + blank
        lines.extend("".join(parts) for parts in zip(*laid_out, strict=True))
    return lines

