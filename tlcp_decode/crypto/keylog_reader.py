"""Key log files read with bounds: line by line, each line at most ``MAX_LINE`` characters.

``--keylog /dev/zero`` (or any endless file without newlines) must not grow memory: a line
longer than :data:`MAX_LINE` is cut there and counted as not understood, and one longer than
:data:`MAX_SKIPPED` (nothing like a key log) ends the reading with an error. UTF-16 key logs
(Windows tools write them) are recognised by their byte-order mark or their zero bytes and
decoded; other bytes that are not ASCII are replaced, and their lines reported as not
understood.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator

from ..report.i18n import _

#: The longest line a key log needs: a TLS 1.3 label, 64 hex digits and 128 hex digits.
MAX_LINE = 1024
#: A "line" longer than this is not a key log at all.
MAX_SKIPPED = 1 << 20


class KeyLogReadError(ValueError):
    """The file is no key log (e.g. an endless line): one line, exit status 2."""


def detect_encoding(head: bytes) -> str:
    """The text encoding of a key log from its first bytes (a BOM, or UTF-16's zero bytes)."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if len(head) >= 4 and head[1] == 0 and head[3] == 0 and head[0] and head[2]:
        return "utf-16-le"
    if len(head) >= 4 and head[0] == 0 and head[2] == 0 and head[1] and head[3]:
        return "utf-16-be"
    return "utf-8"


class KeyLogLines:
    """The lines of a key log stream (without line ends), each cut at :data:`MAX_LINE`
    characters; ``encoding`` is what :func:`detect_encoding` chose."""

    def __init__(self, stream: io.BufferedReader, name: str) -> None:
        self._buffered = stream  # open(path, "rb"): peek() shows the first bytes
        self.name = name
        self.encoding = detect_encoding(self._buffered.peek(4)[:4])

    def __iter__(self) -> Iterator[str]:
        text = io.TextIOWrapper(self._buffered, encoding=self.encoding, errors="replace",
                                newline=None)
        number = 0
        while True:
            line = text.readline(MAX_LINE)
            if not line:
                return
            number += 1
            if not line.endswith("\n") and len(line) >= MAX_LINE:
                skipped = len(line)
                while True:  # the rest of an over-long line, in bounded pieces
                    rest = text.readline(MAX_LINE)
                    skipped += len(rest)
                    if not rest or rest.endswith("\n"):
                        break
                    if skipped > MAX_SKIPPED:
                        raise KeyLogReadError(_(
                            "{name}: line {line} is longer than {limit} characters: not a key "
                            "log").format(name=self.name, line=number, limit=MAX_SKIPPED))
            yield line.rstrip("\r\n")
