"""Command line: ``tlcp-decode FILE...`` and the ``tables``, ``lua``, ``install-plugin`` commands.

Exit status: 0 decoded; 1 with ``--strict``, when any connection has a warning or a failed
check; 2 unusable input (one line on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import atexit
import errno
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn

from tlcp_decode import gc_tuning
from tlcp_decode.decode_arguments import decode_parser as _decode_parser
from tlcp_decode.decode_arguments import port_number
from tlcp_decode.messages import localize
from tlcp_decode.report import i18n
from tlcp_decode.report.escape import escape_controls
from tlcp_decode.report.i18n import LANGUAGES, _, use_language_of
from tlcp_decode.usage import EXIT_OK, EXIT_UNUSABLE, EXIT_WARNINGS, UsageError, about

__all__ = ["EXIT_OK", "EXIT_UNUSABLE", "EXIT_WARNINGS", "UsageError", "about", "main", "run"]


def _tables_parser() -> argparse.ArgumentParser:
    from tlcp_decode.report.tables import FORMATS  # (csv: only the tables command needs it)

    p = argparse.ArgumentParser(
        prog="tlcp-decode tables",
        description=_("Print the cipher-suite and key-exchange/certificate tables from the "
        "registry, or with --capture, the suites offered and negotiated per server."),
    )
    p.add_argument("files", nargs="*", metavar="FILE",
                   help=_("capture(s) to take the inventory of (same as --capture)"))
    p.add_argument("--format", choices=FORMATS, default="md",
                   help=_("md (titled tables), csv (plain CSV: tables separated by an empty "
                   "line, no comment lines) or json"))
    p.add_argument("--capture", metavar="FILE", nargs="+", action="extend", default=[],
                   help=_("inventory of one or more captures instead of the static tables "
                   "(repeatable)"))
    p.add_argument("--lang", choices=LANGUAGES, help=_("table language (default: locale)"))
    p.add_argument("--source", choices=("auto", "native", "pyshark"), default="auto",
                   help=_("packet reader, as for decoding"))
    p.add_argument("--port", type=port_number, action="append", default=[], metavar="N",
                   help=_("treat TCP port N as TLCP (repeatable)"))
    return p


def _lua_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="tlcp-decode lua",
                                description=_("Generate the Wireshark Lua plugin from the schemas."))
    p.add_argument("-o", "--output", metavar="PATH", help=_("write here instead of stdout"))
    return p


def _install_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="tlcp-decode install-plugin",
        description=_("Copy the generated plugin into your personal Wireshark plugin folder."))
    p.add_argument("--dest", metavar="DIR", help=_("folder to install into"))
    return p


def _uninstall_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="tlcp-decode uninstall-plugin",
        description=_("Remove the plugin from your personal Wireshark plugin folder."))
    p.add_argument("--dest", metavar="DIR", help=_("folder to remove it from"))
    return p


# -- commands ------------------------------------------------------------------------------


def run_tables(argv: Sequence[str]) -> int:
    from tlcp_decode.report import i18n, tables

    args = _tables_parser().parse_args(argv)
    i18n.set_language(args.lang)
    captures = [*args.files, *args.capture]
    if not captures:
        sys.stdout.write(tables.static_tables(args.format))
        return EXIT_OK
    from tlcp_decode.report.inventory import Inventory

    inventory = Inventory()
    decode_args = _decode_parser().parse_args(
        ["--source", args.source, *sum((["--port", str(p)] for p in args.port), []), "--",
         *captures])
    for result in _results(decode_args):
        inventory.add(result)
    sys.stdout.write(inventory.render(args.format))
    return EXIT_OK


def run_lua(argv: Sequence[str]) -> int:
    from tlcp_decode import luagen

    args = _lua_parser().parse_args(argv)
    if args.output:
        path = luagen.write_plugin(Path(args.output))
        print(_("wrote {path}").format(path=path), file=sys.stderr)
    else:
        sys.stdout.write(luagen.generate_lua())
    return EXIT_OK


def run_install(argv: Sequence[str]) -> int:
    from tlcp_decode import luagen

    args = _install_parser().parse_args(argv)
    path = luagen.install_plugin(Path(args.dest) if args.dest else None)
    print(_("installed the TLCP plugin as {path}").format(path=path))
    print(_("restart Wireshark (or run tshark) to load it; check with: tshark -G protocols | "
            "grep -w tlcp"))
    mode = luagen.active_mode()
    print(_("active mode: {mode} (preference tlcp.mode in {file})").format(
        mode=mode, file=luagen.personal_preferences()))
    print(_("  augment: Wireshark's own TLS dissector keeps the TLCP connections (GMTLSv1, "
            "decryption with a key log, HTTP, follow stream); the plugin adds a tlcp tree "
            "(key exchange, ServerKeyExchange/ClientKeyExchange bodies, certificate roles)"))
    print(_("  standalone: the plugin's heuristic takes the TLCP connections no other dissector "
            "took and shows every record itself (no decryption)"))
    print(_("to switch: Edit > Preferences > Protocols > TLCP > Mode, or tshark -o "
            "tlcp.mode:standalone (or :augment); Decode As TLCP and the TCP ports preference "
            "dissect standalone in both modes"))
    return EXIT_OK


def run_uninstall(argv: Sequence[str]) -> int:
    from tlcp_decode import luagen

    args = _uninstall_parser().parse_args(argv)
    path = luagen.uninstall_plugin(Path(args.dest) if args.dest else None)
    if path is None:
        where = args.dest or luagen.personal_plugin_dir()
        print(_("the TLCP plugin is not installed in {path}").format(path=where))
    else:
        print(_("removed {path}; restart Wireshark (or Analyze > Reload Lua Plugins)").format(
            path=path))
    return EXIT_OK


def _results(args: argparse.Namespace) -> Iterator[Any]:
    from tlcp_decode.decode_command import open_capture
    from tlcp_decode.pipeline import DecodeOptions, decode_packets

    options = DecodeOptions(force_ports=frozenset(args.port))
    for name in args.files:
        yield from decode_packets(open_capture(args, name), options)


def _language_asked(argv: Sequence[str]) -> str | None:
    """``--lang X`` from the command line before it is parsed (for the parser's own errors)."""
    for index, arg in enumerate(argv):
        if arg.startswith("--lang="):
            return arg.partition("=")[2] if arg.partition("=")[2] in LANGUAGES else None
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1] if argv[index + 1] in LANGUAGES else None
    return None


def run_decode(argv: Sequence[str]) -> int:
    from tlcp_decode.decode_command import decode

    i18n.set_language(_language_asked(argv))  # usage errors are in the report's language too
    args = _decode_parser().parse_args(argv)
    if not args.files and not args.interface:
        raise UsageError(_("no capture given (tlcp-decode FILE..., or -i IFACE); see --help"))
    if args.files and args.interface:
        raise UsageError(_("give capture files or -i IFACE, not both"))
    if args.json and args.brief:
        raise UsageError(_("--brief is a text report; --json writes every field of every "
                           "connection (filter it with jq)"))
    return decode(args)


def run_report(argv: Sequence[str]) -> int:
    from tlcp_decode.report_command import run_report as report

    return report(argv)


COMMANDS = {"tables": run_tables, "lua": run_lua, "install-plugin": run_install,
            "uninstall-plugin": run_uninstall, "report": run_report}


def main(argv: Sequence[str] | None = None) -> int:
    from tlcp_decode import lifetime

    argv = list(sys.argv[1:] if argv is None else argv)
    command = COMMANDS.get(argv[0]) if argv else None
    use_language_of(argv)  # --help and argparse's own messages in the chosen language
    try:
        with lifetime.terminate_on_signals():  # SIGTERM/SIGHUP: clean up, then end by it
            if command is not None:
                gc_tuning.freeze_start_up()  # (a decode does it when its imports are done)
                return command(argv[1:])
            return run_decode(argv)
    except lifetime.Terminated as exc:
        lifetime.end_by_signal(exc.signum)
        return 128 + exc.signum
    except UsageError as exc:
        print(f"tlcp-decode: {escape_controls(localize(exc.args[0] if exc.args else exc, _))}",
              file=sys.stderr)
        return EXIT_UNUSABLE
    except KeyboardInterrupt:
        _discard_stdout()
        return 130
    except BrokenPipeError:  # the reader went away (| head): not an error
        _discard_stdout()
        return EXIT_OK
    except OSError as exc:  # e.g. standard output on a full disk
        return _os_error_exit(exc)


def run() -> NoReturn:
    """The ``tlcp-decode`` program (and ``python -m tlcp_decode``): :func:`main`, then the
    process ends at once.

    The interpreter's own ending frees every object one by one (50-70 ms after a large
    capture, for memory the system takes back anyway); here the exit functions run and the
    standard streams are flushed, as that ending would, and then the process exits. (No
    thread of ours outlives main(); library callers of main() keep the ordinary ending.)
    """
    status = main()
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
    except BrokenPipeError:  # the reader went away (| head) after the last write
        _discard_stdout()
    except OSError as exc:  # e.g. the last buffered output on a full disk
        status = _os_error_exit(exc)
    try:
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
    os._exit(status)


def _os_error_exit(exc: OSError) -> int:
    """The run cannot go on (``exc``): what is still buffered for stdout dropped, one line on
    stderr, the exit status of unusable input."""
    _discard_stdout()
    print(f"tlcp-decode: {escape_controls(_os_error_text(exc))}", file=sys.stderr)
    return EXIT_UNUSABLE


def _os_error_text(exc: OSError) -> str:
    """One line for an OSError: the file it names, or standard output (the only file written
    without a name)."""
    if exc.filename is not None:
        return f"{exc.filename}: {exc.strerror or exc}"
    if exc.strerror and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO):
        return f"{_('standard output')}: {exc.strerror}"
    return str(exc)


def _discard_stdout() -> None:
    """What is still buffered for stdout goes nowhere: the interpreter's last flush would only
    fail again (a closed pipe, a full disk) and print a traceback-like complaint."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    run()
