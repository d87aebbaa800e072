"""Control characters from a capture written as escapes (``\\x1b``, ``\\u202e``), so that text
from the capture (or a file name) printed on a terminal stays text.

No rich here: the one-line error messages on stderr use it too, at start-up cost nil: the
patterns are compiled when first used (compiling them at import was 5M instructions of every
start-up, and a --json run without warnings never uses them).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

#: The patterns, by name (see __getattr__):
_PATTERNS = {
    # C0 controls (newline and tab included: from a capture they are data, not layout), DEL,
    # C1 controls, the Unicode bidirectional marks, overrides and isolates, and the
    # private-use characters the text report's placeholders are made of
    # (report.terminal.whole).
    "CONTROL": "[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ue000-\ue01f]",
    # The same without the newline, for rendered lines (whose newlines the layout made).
    "CONTROL_IN_LINE": "[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]",
}

if TYPE_CHECKING:
    CONTROL: re.Pattern[str]
    CONTROL_IN_LINE: re.Pattern[str]


@cache
def _compiled(name: str) -> re.Pattern[str]:
    return re.compile(_PATTERNS[name])


def __getattr__(name: str) -> re.Pattern[str]:
    """CONTROL and CONTROL_IN_LINE, compiled when first looked up (PEP 562)."""
    if name not in _PATTERNS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return _compiled(name)


def escape_char(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape_controls(text: str) -> str:
    """``text`` with control and direction-changing characters written as escapes."""
    control = _compiled("CONTROL")
    return control.sub(escape_char, text) if control.search(text) else text
