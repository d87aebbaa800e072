"""The text report's console: hostile text stays text, and terminal habits (colour, width, pipes).

Everything a capture supplies (SNI, certificate names, ALPN, plaintext previews, warnings that
quote it, file names) may hold control characters: an ESC sequence that recolours, moves the
cursor or retitles the terminal, a newline that forges a report line, a bidirectional override
that reorders what is read. :func:`escape_controls` writes them as Python-style escapes
(``\\x1b``, ``\\u202e``); the console made by :func:`report_console` applies it to every text it
prints, before the layout (so widths stay right) and once more on what is written (so nothing
escapes through a renderable the walk below does not know), in every language and colour mode.
Rich markup is off: ``[bold]`` in a certificate name is printed as written.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import IO, Any

from rich.console import Console, ConsoleRenderable, Group, RenderHook
from rich.segment import Segment
from rich.table import Table
from rich.text import Span, Text
from rich.tree import Tree

from tlcp_decode.report.escape import CONTROL, CONTROL_IN_LINE, escape_char, escape_controls

__all__ = ["PIPE_WIDTH", "ReportConsole", "escape_controls", "escape_renderable", "pipe_width",
           "report_console"]

#: Width of piped text when COLUMNS is not set.
PIPE_WIDTH = 120


def _escaped_text(text: Text) -> Text:
    """A rich Text with its control characters escaped, its styled spans moved to match."""
    plain = text.plain
    if not CONTROL.search(plain):
        return text
    # new_position[i]: where character i of the old text starts in the new one
    new_position = [0] * (len(plain) + 1)
    pieces = []
    at = 0
    for index, char in enumerate(plain):
        new_position[index] = at
        piece = CONTROL.sub(escape_char, char)
        pieces.append(piece)
        at += len(piece)
    new_position[len(plain)] = at
    escaped = text.copy()
    escaped.plain = "".join(pieces)
    escaped.spans = [Span(new_position[span.start], new_position[min(span.end, len(plain))],
                          span.style) for span in text.spans]
    return escaped


def escape_renderable(renderable: Any) -> Any:
    """The trees, tables, groups and texts of the report with every text escaped (in place for
    the containers, which the report builds for one print)."""
    if isinstance(renderable, str):
        return escape_controls(renderable)
    if isinstance(renderable, Text):
        return _escaped_text(renderable)
    if isinstance(renderable, Tree):
        renderable.label = escape_renderable(renderable.label)
        for child in renderable.children:
            escape_renderable(child)
    elif isinstance(renderable, Table):
        for column in renderable.columns:
            column.header = escape_renderable(column.header)
            column._cells[:] = [escape_renderable(cell) for cell in column._cells]
    elif isinstance(renderable, Group):
        renderable._renderables = tuple(escape_renderable(r) for r in renderable._renderables)
    return renderable


class _EscapeHook(RenderHook):
    def process_renderables(
            self, renderables: list[ConsoleRenderable]) -> list[ConsoleRenderable]:
        return [escape_renderable(r) for r in renderables]


class ReportConsole(Console):
    """A rich console that escapes control characters and lets a closed pipe raise
    ``BrokenPipeError`` (rich's default exits with status 1 by itself)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.push_render_hook(_EscapeHook())

    def on_broken_pipe(self) -> None:
        raise BrokenPipeError

    def _render_buffer(self, buffer: Iterable[Segment]) -> str:
        safe = [segment if segment.control or not CONTROL_IN_LINE.search(segment.text)
                else Segment(CONTROL_IN_LINE.sub(escape_char, segment.text), segment.style)
                for segment in buffer]
        return super()._render_buffer(safe)


def pipe_width(environ: dict[str, str] | None = None) -> int:
    """Columns for text that does not go to a terminal: ``COLUMNS`` when it is a number."""
    value = (environ if environ is not None else os.environ).get("COLUMNS", "")
    return int(value) if value.isdigit() and int(value) > 0 else PIPE_WIDTH


def report_console(stream: IO[str], color: str = "auto") -> ReportConsole:
    """The console for the text report on ``stream``.

    ``color``: always / never / auto (colour on a terminal unless ``NO_COLOR`` is set, as
    https://no-color.org asks). A terminal's own width is used; piped text is
    :func:`pipe_width` wide.
    """
    is_terminal = stream.isatty()
    no_color = color == "never" or (color == "auto" and bool(os.environ.get("NO_COLOR")))
    return ReportConsole(file=stream, force_terminal={"always": True, "never": False}.get(color),
                         no_color=no_color, highlight=False, markup=False, emoji=False,
                         width=None if is_terminal else pipe_width())
