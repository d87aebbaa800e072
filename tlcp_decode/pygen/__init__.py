"""Generate ``tlcp_decode/schema/fastparse.py``: the handshake schema as plain Python functions.

``generate()`` returns the module text (deterministic); ``python -m tlcp_decode.pygen`` prints
it and ``--check PATH`` tells whether the committed module is up to date. The generator itself
(:mod:`tlcp_decode.pygen.codegen`) knows construct, not TLCP.
"""

from __future__ import annotations

from pathlib import Path

from tlcp_decode.pygen.codegen import PyGenError, generate_module

__all__ = ["CHECKS_PATH", "MODULE_PATH", "PyGenError", "generate", "generate_checks",
           "generate_module"]

#: Where the generated modules live in the source tree.
MODULE_PATH = Path(__file__).resolve().parent.parent / "schema" / "fastparse.py"
CHECKS_PATH = MODULE_PATH.with_name("fastcheck.py")

HEADER = """\
# Generated from the construct schemas by `python -m tlcp_decode.pygen`; do not edit.
# tests/test_fastparse.py checks that it is up to date and parses exactly as the schemas do.
"""

DOCSTRING = """Handshake messages parsed by straight-line code instead of construct's interpreter.

``parse_handshake(raw, key_exchange)`` returns what
``tlcp_decode.schema.Handshake.parse(raw, key_exchange=key_exchange)`` returns (apart from
construct's private ``_io`` members) and raises the same construct errors (their types from
``tlcp_decode.schema.results``: construct's, or in the program stand-ins of them).
"""

CHECKS_HEADER = """\
# Generated from the construct schemas by `python -m tlcp_decode.regen`; do not edit.
# tests/test_fastparse.py checks that it is up to date and fails exactly as the schemas do.
"""

CHECKS_DOCSTRING = """Handshake messages checked by straight-line code: whether they parse.

``check_handshake(raw, key_exchange)`` raises what
``tlcp_decode.schema.fastparse.parse_handshake(raw, key_exchange)`` raises and returns None,
making none of the values (for a reader that only asks whether a message parses: the analyser,
of the messages it does not read, see session.analyzer.CHECK_UNREAD_BODIES). A module apart:
the reading process, which parses, never loads it.
"""


def generate() -> str:
    """The source of ``tlcp_decode/schema/fastparse.py``; the same text on every run."""
    from tlcp_decode.schema.handshake import Handshake

    return generate_module({"parse_handshake": Handshake},
                           param_types={"key_exchange": "str | None"},
                           docstring=DOCSTRING, header=HEADER,
                           types_from="tlcp_decode.schema.results")


def generate_checks() -> str:
    """The source of ``tlcp_decode/schema/fastcheck.py``; the same text on every run."""
    from tlcp_decode.schema.handshake import Handshake

    return generate_module({"parse_handshake": Handshake},
                           param_types={"key_exchange": "str | None"},
                           docstring=CHECKS_DOCSTRING, header=CHECKS_HEADER,
                           types_from="tlcp_decode.schema.results",
                           checks={"check_handshake": "parse_handshake"}, parse=False)
