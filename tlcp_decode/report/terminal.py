"""The text report's console: hostile text stays text, and terminal habits (colour, width, pipes).

Everything a capture supplies (SNI, certificate names, ALPN, plaintext previews, warnings that
quote it, file names) may hold control characters: an ESC sequence that recolours, moves the
cursor or retitles the terminal, a newline that forges a report line, a bidirectional override
that reorders what is read. :func:`escape_controls` writes them as Python-style escapes
(``\\x1b``, ``\\u202e``); the console made by :func:`report_console` applies it to every text it
prints, before the layout (so widths stay right) and once more on what is written (so nothing
escapes through a renderable the walk below does not know), in every language and colour mode.
Rich markup is off: ``[bold]`` in a certificate name is printed as written.

Values a reader greps for whole (a certificate's DN, a hex string) are marked with
:func:`whole` / :func:`whole_format`: the layout sees a short placeholder word in their place
and the value is put back in the finished lines, so it is never folded or wrapped; its line is
then longer than the width (a terminal soft-wraps it), every other line fits.
"""

from __future__ import annotations

import os
import re
import string
from collections.abc import Callable, Iterable, Mapping
from typing import IO, Any

from rich.console import Console, ConsoleRenderable, Group, RenderHook
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Span, Text
from rich.tree import Tree

from tlcp_decode.report.escape import CONTROL, CONTROL_IN_LINE, escape_char, escape_controls

__all__ = ["PIPE_WIDTH", "WHOLE_STYLES", "ReportConsole", "escape_controls", "escape_renderable",
           "format_pieces", "pipe_width", "placeholder", "report_console", "restore_held",
           "whole", "whole_format", "whole_style"]

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


# -- values kept whole ------------------------------------------------------------------------

#: The style mark of a value kept on one line (combined with its colour).
WHOLE = Style(meta={"whole": True})
# A placeholder: a private-use start mark, the value's number in private-use digits, then
# private-use filler up to the value's length, or to the width less room for the tree's
# indentation (so a value that fits is laid out exactly where it would be); one word, one cell
# per character.
_MARK, _FILL, _DIGIT0 = "\ue000", "\ue001", 0xE010
#: A number's decimal digits to private-use digits and back.
_TO_DIGITS = str.maketrans({str(d): chr(_DIGIT0 + d) for d in range(10)})
_FROM_DIGITS = str.maketrans({chr(_DIGIT0 + d): str(d) for d in range(10)})
_PLACEHOLDER = re.compile("\ue000([\ue010-\ue019]+)\ue001*")
_INDENT_ROOM, _SHORTEST = 24, 8


def whole_style(style: str = "") -> Style:
    """The style of a value kept whole: ``style`` with the mark."""
    marked = _WHOLE_BY_NAME.get(style)
    if marked is None:
        marked = _WHOLE_BY_NAME[style] = Style.parse(style) + WHOLE if style else WHOLE
        WHOLE_STYLES.add(marked)
    return marked


#: The styles :func:`whole_style` made (and :data:`WHOLE`): a label's pieces are looked up
#: here, at the cost of a set's look-up (a style's meta is unpickled on each read).
WHOLE_STYLES: set[str | Style] = {WHOLE}
_WHOLE_BY_NAME: dict[str, Style] = {}


def whole(value: str, style: str = "") -> Text:
    """``value`` as a text the report never folds or wraps inside."""
    return Text(value, style=whole_style(style))


def format_pieces(template: str, whole_values: Mapping[str, str],
                  **values: object) -> list[tuple[str, str | Style]]:
    """``template.format(...)`` in pieces (text, style), the fields named in ``whole_values``
    marked as kept whole (the template is a translated sentence: where the values go is the
    translator's choice)."""
    pieces: list[tuple[str, str | Style]] = []
    for literal, name, spec, _conversion in string.Formatter().parse(template):
        pieces.append((literal, ""))
        if name is None:
            continue
        if name in whole_values:
            pieces.append((whole_values[name], WHOLE))
        else:
            pieces.append((format(values[name], spec or ""), ""))
    return pieces


def whole_format(template: str, whole_values: Mapping[str, str], style: str = "",
                 **values: object) -> Text:
    """``template.format(...)`` as a text whose fields named in ``whole_values`` are kept whole
    (:func:`format_pieces`)."""
    return Text.assemble(*format_pieces(template, whole_values, **values), style=style)


def _is_whole(style: str | Style | None) -> bool:
    return isinstance(style, Style) and bool(style.meta.get("whole"))


def placeholder(number: int, value: str, width: int) -> str:
    """The placeholder word of the ``number``-th value kept whole in a print ``width`` cells
    wide (see the module's docstring)."""
    digits = str(number).translate(_TO_DIGITS)
    length = min(len(value), max(_SHORTEST, width - _INDENT_ROOM))
    return (_MARK + digits).ljust(length, _FILL)


def restore_held(text: str, held: Mapping[int, str]) -> str:
    """``text`` with each placeholder of ``held`` (number -> value) replaced by its value."""
    return _PLACEHOLDER.sub(
        lambda m: held.get(int(m.group(1).translate(_FROM_DIGITS)),
                           m.group(0)), text).replace(_FILL, "")


def _held_text(text: Text, hold: Callable[[str], str]) -> Text:
    """``text`` with each whole value replaced by a placeholder (``hold(value)`` makes it)."""
    ranges = ([(0, len(text.plain))] if _is_whole(text.style)
              else sorted((span.start, span.end) for span in text.spans if _is_whole(span.style)))
    if not ranges:
        return text
    plain = text.plain
    pieces: list[str] = []
    new_position = [0] * (len(plain) + 1)
    at = index = 0
    for start, end in ranges:
        if start < index:
            continue  # nested in a range already held
        for i in range(index, start):
            new_position[i] = at + i - index
        at += start - index
        pieces.append(plain[index:start])
        placeholder = hold(plain[start:end])
        for i in range(start, end):  # a span ending inside the value ends at its start
            new_position[i] = at
        pieces.append(placeholder)
        at += len(placeholder)
        index = end
    for i in range(index, len(plain) + 1):
        new_position[i] = at + i - index
    pieces.append(plain[index:])
    held = text.copy()
    held.plain = "".join(pieces)
    held.spans = [Span(new_position[span.start], new_position[min(span.end, len(plain))],
                       span.style) for span in text.spans]
    return held


def escape_renderable(renderable: Any, hold: Callable[[str], str] | None = None) -> Any:
    """The trees, tables, groups and texts of the report with every text escaped (in place for
    the containers, which the report builds for one print); with ``hold``, the values kept
    whole replaced by its placeholders."""
    if isinstance(renderable, str):
        return escape_controls(renderable)
    if isinstance(renderable, Text):
        escaped = _escaped_text(renderable)
        return _held_text(escaped, hold) if hold is not None else escaped
    if isinstance(renderable, Tree):
        renderable.label = escape_renderable(renderable.label, hold)
        for child in renderable.children:
            escape_renderable(child, hold)
    elif isinstance(renderable, Table):
        for column in renderable.columns:
            column.header = escape_renderable(column.header, hold)
            column._cells[:] = [escape_renderable(cell, hold) for cell in column._cells]
    elif isinstance(renderable, Group):
        renderable._renderables = tuple(escape_renderable(r, hold)
                                        for r in renderable._renderables)
    return renderable


class _EscapeHook(RenderHook):
    def __init__(self, console: ReportConsole) -> None:
        self.console = console

    def process_renderables(
            self, renderables: list[ConsoleRenderable]) -> list[ConsoleRenderable]:
        return [escape_renderable(r, self.console.hold) for r in renderables]


class ReportConsole(Console):
    """A rich console that escapes control characters and lets a closed pipe raise
    ``BrokenPipeError`` (rich's default exits with status 1 by itself)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: dict[int, str] = {}  # placeholder number -> the value kept whole
        self._terminal = self.is_terminal
        self.push_render_hook(_EscapeHook(self))

    def on_broken_pipe(self) -> None:
        raise BrokenPipeError

    def hold(self, value: str) -> str:
        """A placeholder word for ``value``, put back by :meth:`_render_buffer`."""
        number = len(self._held)
        self._held[number] = value
        return placeholder(number, value, self.width)

    def _render_buffer(self, buffer: Iterable[Segment]) -> str:
        safe = [segment if segment.control or not CONTROL_IN_LINE.search(segment.text)
                else Segment(CONTROL_IN_LINE.sub(escape_char, segment.text), segment.style)
                for segment in buffer]
        text = super()._render_buffer(safe)
        if self._held and _MARK in text:
            text = restore_held(text, self._held)
            if self._buffer_index == 0:  # the whole buffer is written: start afresh
                self._held.clear()
        return text

    @property
    def report_width(self) -> int:
        """The width, as :attr:`width` gives it; a width given to a console that is no terminal
        at once (rich's ``size`` asks the terminal and reads the environment each time)."""
        return self._width if self._width is not None and not self._terminal else self.width

    @property
    def writes_plain(self) -> bool:
        """Whether what this console writes is the text of its segments alone: no colour, no
        style, nothing recorded (what :meth:`write_plain` may then write in its place)."""
        return self.color_system is None and not self.record

    def write_plain(self, text: str) -> None:
        """Finished lines (escaped, values kept whole put back, no style), written as
        :meth:`print` writes its buffer: nothing when quiet, a closed pipe raising
        ``BrokenPipeError``."""
        if self.quiet:
            return
        try:
            with self._lock:
                try:
                    self.file.write(text)
                except UnicodeEncodeError as error:  # rich's hint, as print gives it
                    error.reason = (f"{error.reason}\n*** You may need to add "
                                    "PYTHONIOENCODING=utf-8 to your environment ***")
                    raise
        except BrokenPipeError:
            self.on_broken_pipe()


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
