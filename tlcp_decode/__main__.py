"""``python -m tlcp_decode`` and the ``tlcp-decode`` command: :func:`tlcp_decode.cli.run`."""

from __future__ import annotations

from typing import NoReturn

from tlcp_decode import pattern_cache
from tlcp_decode.deferred_imports import (
    defer_asn1crypto_helpers,
    defer_construct,
    defer_module,
    defer_module_of_accelerator,
)
from tlcp_decode.gc_tuning import program_started


def run() -> NoReturn:
    """The program, the collector at the decoding pace before its imports (see gc_tuning),
    the patterns its imports compile compiled already (see pattern_cache), and what it
    imports but does not use deferred (:func:`defer_unused_imports`)."""
    program_started()
    pattern_cache.load()
    defer_unused_imports()
    from tlcp_decode.cli import run as run_program

    run_program()


def defer_unused_imports() -> None:
    """construct, inspect, hashlib, copy, datetime's Python code and what asn1crypto imports
    for what the decoder does not ask of it not run until a name of theirs is used (see
    deferred_imports; the decoder parses without construct: see schema.results)."""
    defer_module("inspect")
    defer_module("hashlib")
    defer_module("copy")  # (dataclasses and asn1crypto import it; the program copies nothing)
    defer_module_of_accelerator("datetime", "_datetime")
    defer_asn1crypto_helpers()
    defer_construct()


if __name__ == "__main__":
    run()
