"""Why a structure did not parse, as a translatable sentence.

construct (and the generated parser, which raises the same errors) explains a failure in
English text; the handful of sentences the schemas can produce are matched here and turned
into ``Msg`` templates, so the report says them in the reader's language while JSON keeps
construct's English word for word. Anything else stays as construct wrote it.
"""

from __future__ import annotations

import re

from tlcp_decode.messages import Msg, msg
from tlcp_decode.schema.results import ConstructError

# construct's sentence -> its template; the groups fill the template's fields in order (the
# patterns compiled by re when first matched, on an error's way, not by every start-up)
_REASONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (r"stream read less than specified amount, expected (\d+), found (\d+)",
     "stream read less than specified amount, expected {expected}, found {found}",
     ("expected", "found")),
    (r"(\d+) byte\(s\) at the end do not form a whole element",
     "{n} byte(s) at the end do not form a whole element", ("n",)),
    (r"no subconstruct matched", "no subconstruct matched", ()),
    (r"expected end of stream", "expected end of stream", ()),
    (r"length must be non-negative, found (-?\d+)",
     "length must be non-negative, found {n}", ("n",)),
    (r"length cannot be negative", "length cannot be negative", ()),
    (r"expected (\d+) elements, found (\d+)",
     "expected {expected} elements, found {found}", ("expected", "found")),
    (r"parsing expected (.*) but parsed (.*)",
     "parsing expected {expected} but parsed {found}", ("expected", "found")),
    (r"check failed during parsing", "check failed during parsing", ()),
)


def construct_reason(exc: ConstructError) -> Msg:
    """The last line of construct's message (the earlier ones name the path), translatable."""
    lines = str(exc).strip().splitlines()
    text = lines[-1] if lines else type(exc).__name__
    for pattern, template, fields in _REASONS:
        match = re.fullmatch(pattern, text)
        if match:
            return msg(template, **dict(zip(fields, match.groups(), strict=True)))
    return Msg(text.replace("{", "{{").replace("}", "}}"))
