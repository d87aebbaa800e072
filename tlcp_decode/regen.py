"""Regenerate every generated file of the source tree from the schemas and the registry.

``python -m tlcp_decode.regen`` rewrites, from a checkout (the folder holding ``pyproject.toml``):

- ``dissector/tlcp.lua``: the Wireshark plugin (``tlcp_decode.luagen``);
- ``dissector/README.md``: the field table between its markers;
- ``tlcp_decode/schema/fastparse.py``: the straight-line handshake parser (``tlcp_decode.pygen``);
- ``tlcp_decode/schema/fastcheck.py``: its checks, whether a message parses (likewise);
- ``docs/cipher-suites.md``: ``tlcp-decode tables --format md`` in English;
- ``tlcp_decode/precompiled_code.py``: the dataclasses' methods compiled in advance
  (``tlcp_decode.precompiled_generator``);
- ``tlcp_decode/compiled_patterns.py``: the regular expressions a run compiles, compiled
  (``tlcp_decode.pattern_cache``);
- ``tlcp_decode/session/der_tables.py``: asn1crypto's tables that certificates are read from
  their DER with (``tlcp_decode.session.der_tables_generator``).

A file is written only when its text changes, so CI can run this and then ask
``git diff --exit-code`` whether the committed files were fresh. ``--check`` writes nothing and
exits 1 naming the stale files.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class GeneratedFile:
    """One generated file: where it lives in the checkout and how to make its text from the
    current text (only the README's table needs the latter)."""

    path: str
    render: Callable[[str], str]


def _plugin(_current: str) -> str:
    from tlcp_decode.luagen import generate_lua

    return generate_lua()


def _plugin_readme(current: str) -> str:
    from tlcp_decode.luagen.readme import render

    return render(current)


def _fast_parser(_current: str) -> str:
    from tlcp_decode.pygen import generate

    return generate()


def _fast_checks(_current: str) -> str:
    from tlcp_decode.pygen import generate_checks

    return generate_checks()


def _precompiled_code(_current: str) -> str:
    from tlcp_decode.precompiled_generator import generate

    return generate()


def _compiled_patterns(_current: str) -> str:
    from tlcp_decode.pattern_cache import generate

    # (TLCP's certificates are read from their DER; the Ed25519 one through asn1crypto's
    # parser, whose patterns are recorded too: see session.der_fields)
    return generate(*(str(source_root() / "pcaps" / capture) for capture in (
        "gmssl/gmssl_ecc_sm4_cbc_sm3.pcapng", "openssl-cli/tls12_ed25519.pcapng")))


def _der_tables(_current: str) -> str:
    from tlcp_decode.session.der_tables_generator import generate

    return generate()


def _suite_tables(_current: str) -> str:
    from tlcp_decode.report import i18n
    from tlcp_decode.report.tables import static_tables

    previous = i18n.current_language()
    i18n.set_language("en")
    try:
        return static_tables("md")
    finally:
        i18n.set_language(previous)


GENERATED: tuple[GeneratedFile, ...] = (
    GeneratedFile("dissector/tlcp.lua", _plugin),
    GeneratedFile("dissector/README.md", _plugin_readme),
    GeneratedFile("tlcp_decode/schema/fastparse.py", _fast_parser),
    GeneratedFile("tlcp_decode/schema/fastcheck.py", _fast_checks),
    GeneratedFile("docs/cipher-suites.md", _suite_tables),
    GeneratedFile("tlcp_decode/precompiled_code.py", _precompiled_code),
    GeneratedFile("tlcp_decode/compiled_patterns.py", _compiled_patterns),
    GeneratedFile("tlcp_decode/session/der_tables.py", _der_tables),
)


def source_root() -> Path:
    """The checkout this package was imported from (the parent of ``tlcp_decode/``)."""
    return Path(__file__).resolve().parent.parent


def stale_files(root: Path, *, write: bool) -> list[str]:
    """The generated files under ``root`` whose text differs from a fresh generation; rewritten
    when ``write``."""
    stale: list[str] = []
    for generated in GENERATED:
        target = root / generated.path
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        fresh = generated.render(current)
        if fresh == current:
            continue
        stale.append(generated.path)
        if write:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(fresh, encoding="utf-8", newline="\n")
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tlcp_decode.regen",
        description="Regenerate the Lua plugin, its README field table, the fast parser, "
                    "docs/cipher-suites.md, the precompiled dataclass methods, the compiled "
                    "patterns and the certificate reader's tables.")
    parser.add_argument("--root", type=Path, default=None,
                        help="the checkout to write into (default: the one this package is in)")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if a generated file is stale")
    args = parser.parse_args(argv)
    root = args.root or source_root()
    if not (root / "pyproject.toml").is_file():
        print(f"{root} is not a tlcp-decode checkout (no pyproject.toml): use --root",
              file=sys.stderr)
        return 2
    stale = stale_files(root, write=not args.check)
    for path in stale:
        print(f"{'stale' if args.check else 'wrote'} {path}", file=sys.stderr)
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
