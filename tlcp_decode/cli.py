"""Command line: ``tlcp-decode FILE...`` and the ``tables``, ``lua``, ``install-plugin`` commands.

Exit status: 0 decoded; 1 a warning-level problem with ``--strict``; 2 unusable input (one
line on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from tlcp_decode.decode_arguments import decode_parser as _decode_parser
from tlcp_decode.model import Connection
from tlcp_decode.report.tables import FORMATS
from tlcp_decode.usage import EXIT_OK, EXIT_UNUSABLE, EXIT_WARNINGS, UsageError, about

__all__ = ["EXIT_OK", "EXIT_UNUSABLE", "EXIT_WARNINGS", "UsageError", "about", "main"]


def _tables_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="tlcp-decode tables",
        description="Print the cipher-suite and key-exchange/certificate tables from the "
        "registry, or with --capture, the suites offered and negotiated per server.",
    )
    p.add_argument("--format", choices=FORMATS, default="md")
    p.add_argument("--capture", metavar="FILE", action="append", default=[],
                   help="inventory of a capture instead of the static tables (repeatable)")
    p.add_argument("--source", choices=("auto", "native", "pyshark"), default="auto")
    p.add_argument("--port", type=int, action="append", default=[], metavar="N")
    return p


def _lua_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="tlcp-decode lua",
                                description="Generate the Wireshark Lua plugin from the schemas.")
    p.add_argument("-o", "--output", metavar="PATH", help="write here instead of stdout")
    return p


def _install_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="tlcp-decode install-plugin",
        description="Copy the generated plugin into your personal Wireshark plugin folder.")
    p.add_argument("--dest", metavar="DIR", help="folder to install into")
    return p


# -- commands ------------------------------------------------------------------------------


def run_tables(argv: Sequence[str]) -> int:
    from tlcp_decode.report import tables

    args = _tables_parser().parse_args(argv)
    if not args.capture:
        sys.stdout.write(tables.static_tables(args.format))
        return EXIT_OK
    from tlcp_decode.report.inventory import Inventory

    inventory = Inventory()
    decode_args = _decode_parser().parse_args(
        [*args.capture, "--source", args.source, *sum((["--port", str(p)] for p in args.port),
                                                       [])])
    for result in _results(decode_args):
        inventory.add(result)
    sys.stdout.write(inventory.render(args.format))
    return EXIT_OK


def run_lua(argv: Sequence[str]) -> int:
    from tlcp_decode import luagen

    args = _lua_parser().parse_args(argv)
    if args.output:
        path = luagen.write_plugin(Path(args.output))
        print(f"wrote {path}", file=sys.stderr)
    else:
        sys.stdout.write(luagen.generate_lua())
    return EXIT_OK


def run_install(argv: Sequence[str]) -> int:
    from tlcp_decode import luagen

    args = _install_parser().parse_args(argv)
    path = luagen.install_plugin(Path(args.dest) if args.dest else None)
    print(f"installed the TLCP plugin as {path}")
    print("restart Wireshark (or run tshark) to load it; check with: tshark -G protocols | "
          "grep -w tlcp")
    return EXIT_OK


def _results(args: argparse.Namespace) -> Iterator[Connection]:
    from tlcp_decode.decode_command import open_capture
    from tlcp_decode.pipeline import DecodeOptions, decode_packets

    options = DecodeOptions(force_ports=frozenset(args.port))
    for name in args.files:
        yield from decode_packets(open_capture(args, name), options)


def run_decode(argv: Sequence[str]) -> int:
    from tlcp_decode.decode_command import decode

    args = _decode_parser().parse_args(argv)
    if not args.files and not args.interface:
        raise UsageError("no capture given (tlcp-decode FILE..., or -i IFACE); see --help")
    return decode(args)


def run_report(argv: Sequence[str]) -> int:
    from tlcp_decode.report_command import run_report as report

    return report(argv)


COMMANDS = {"tables": run_tables, "lua": run_lua, "install-plugin": run_install,
            "report": run_report}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = COMMANDS.get(argv[0]) if argv else None
    try:
        if command is not None:
            return command(argv[1:])
        return run_decode(argv)
    except UsageError as exc:
        print(f"tlcp-decode: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
