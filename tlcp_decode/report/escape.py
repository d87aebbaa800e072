"""Control characters from a capture written as escapes (``\\x1b``, ``\\u202e``), so that text
from the capture (or a file name) printed on a terminal stays text.

No rich here: the one-line error messages on stderr use it too, at start-up cost nil.
"""

from __future__ import annotations

import re

#: C0 controls (newline and tab included: from a capture they are data, not layout), DEL, C1
#: controls, the Unicode bidirectional marks, overrides and isolates, and the private-use
#: characters the text report's placeholders are made of (report.terminal.whole).
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ue000-\ue01f]")
#: The same without the newline, for rendered lines (whose newlines the layout made).
CONTROL_IN_LINE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def escape_char(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape_controls(text: str) -> str:
    """``text`` with control and direction-changing characters written as escapes."""
    return CONTROL.sub(escape_char, text) if CONTROL.search(text) else text
