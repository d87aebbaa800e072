"""JSON lines output: one object per connection, then one summary object (docs/json.md)."""

from __future__ import annotations

import json
from typing import IO, Any

import orjson

# Each line is exactly json.dumps(obj, ensure_ascii=False, separators=(",", ":")), written by
# orjson, which is faster, whenever it writes the same text. It does for the plain types given
# here; values of other types (subclasses of str, int, dict and list, dataclasses, datetimes)
# and what it refuses (non-str keys, integers beyond 64 bits, lone surrogates) make it raise,
# and the standard library writes that line instead (or raises, as it always did).
_ORJSON_OPTIONS = (orjson.OPT_PASSTHROUGH_SUBCLASS | orjson.OPT_PASSTHROUGH_DATACLASS
                   | orjson.OPT_PASSTHROUGH_DATETIME)
# The one difference in what it accepts: floats below 1e-4 (a duration of a few
# microseconds), which Python's repr writes 1e-05 and 1e-06 and orjson 0.00001 and 1e-6.
# A line where orjson may have written one is written again by the standard library (text
# like this in a string is rare, and only costs that).


def encode(obj: dict[str, Any]) -> str:
    """``obj`` as one line of JSON (without the newline)."""
    try:
        data = orjson.dumps(obj, option=_ORJSON_OPTIONS)
    except orjson.JSONEncodeError:
        data = None
    if data is None or b"e-" in data or b"0.0000" in data:
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return data.decode()


def write_object(out: IO[str], obj: dict[str, Any]) -> None:
    out.write(encode(obj) + "\n")
