"""``python -m tlcp_decode`` and the ``tlcp-decode`` command: :func:`tlcp_decode.cli.run`."""

from __future__ import annotations

from typing import NoReturn

from tlcp_decode.deferred_imports import defer_module, import_construct
from tlcp_decode.gc_tuning import program_started


def run() -> NoReturn:
    """The program, the collector at the decoding pace before its imports (see gc_tuning),
    construct without its debugging helpers, inspect and hashlib not run (see
    deferred_imports)."""
    program_started()
    defer_module("inspect")
    defer_module("hashlib")
    import_construct()
    from tlcp_decode.cli import run as run_program

    run_program()


if __name__ == "__main__":
    run()
