"""Command line: ``tlcp-decode FILE...`` and the ``tables``, ``lua``, ``install-plugin`` commands.

Exit status: 0 decoded; 1 a warning-level problem with ``--strict``; 2 unusable input (one
line on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from tlcp_decode import __version__
from tlcp_decode.flows.connection_limit import MAX_CONNECTIONS
from tlcp_decode.ordering import ORDERS
from tlcp_decode.report import i18n
from tlcp_decode.report.escape import escape_controls
from tlcp_decode.report.i18n import LANGUAGES, _
from tlcp_decode.report.tables import FORMATS

EXIT_OK, EXIT_WARNINGS, EXIT_UNUSABLE = 0, 1, 2


class UsageError(Exception):
    """Input the tool cannot use at all: reported in one line, exit status 2."""


def about(path: str, message: object) -> str:
    """``path: message``, unless the message already names the file."""
    text = str(message)
    name = Path(path).name
    return text if text.startswith((path, name)) else f"{path}: {text}"


def port_number(text: str) -> int:
    """argparse type of ``--port``: a TCP port, 1-65535."""
    try:
        port = int(text, 10)
    except ValueError:
        port = -1
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(_("{port}: a TCP port is a number from 1 to 65535")
                                         .format(port=text))
    return port


def positive_count(text: str) -> int:
    """argparse type: a whole number of at least 1."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(_("{value}: a whole number of at least 1 is needed")
                                         .format(value=text))
    return int(text)


def _decode_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="tlcp-decode",
        description="Explain every TCP connection and TLCP (GB/T 38636-2020) handshake in "
        "pcap/pcapng captures. Other commands: 'tlcp-decode tables', 'tlcp-decode lua', "
        "'tlcp-decode install-plugin' (each has --help).",
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="pcap or pcapng capture(s)")
    p.add_argument("--version", action="version", version=f"tlcp-decode {__version__}")
    src = p.add_argument_group("input")
    src.add_argument("--source", choices=("auto", "native", "pyshark"), default="auto",
                     help="packet reader: native (fast, pcap/pcapng), pyshark (tshark: any "
                     "format, display filters, live capture); auto = native unless -Y/-i")
    src.add_argument("-Y", "--display-filter", metavar="EXPR",
                     help="tshark display filter, e.g. 'tcp.port == 443' (pyshark source)")
    src.add_argument("-i", "--interface", metavar="IFACE", help="capture live on IFACE")
    src.add_argument("-f", "--capture-filter", metavar="BPF", help="capture filter for -i")
    src.add_argument("-c", "--count", type=int, metavar="N", help="stop -i after N packets")
    src.add_argument("--port", type=port_number, action="append", default=[], metavar="N",
                     help="treat TCP port N as TLCP whatever its first bytes look like "
                     "(repeatable); otherwise TLCP is detected by content on any port")
    src.add_argument("--max-connections", type=positive_count, default=MAX_CONNECTIONS,
                     metavar="N", help="connections tracked at once (default %(default)s); "
                     "beyond, the oldest idle or half-open are closed first, with a warning "
                     "(SYN floods, scans: memory stays bounded)")
    out = p.add_argument_group("output")
    out.add_argument("--json", action="store_true",
                     help="JSON lines: one object per connection, then a summary (docs/json.md)")
    out.add_argument("--brief", action="store_true",
                     help="one line per connection instead of the full tree (text report "
                     "only: --json always writes every field)")
    out.add_argument("--order", choices=ORDERS, default="end",
                     help="print connections in the order they ended (default: each as soon as "
                     "it is over) or began (a connection waits for those that began before it)")
    out.add_argument("--records", action="store_true",
                     help="list every record (frame, direction, type, version, length), "
                     "application data included")
    out.add_argument("--lang", choices=LANGUAGES, help="report language (default: locale)")
    out.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    out.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    out.add_argument("--strict", action="store_true",
                     help="exit 1 when any connection has a warning")
    out.add_argument("--jobs", type=int, default=None, metavar="N",
                     help="processes to use: with several input files, decode N of them in "
                     "parallel (output order kept); otherwise each file is read in one process "
                     "and analysed in another when 2+ CPUs are available (the default). "
                     "--jobs 1: everything in one process")
    keys = p.add_argument_group("decryption")
    keys.add_argument("--keylog", metavar="FILE", action="append", default=[],
                      help="NSS key log (CLIENT_RANDOM / RSA lines)")
    keys.add_argument("--key", metavar="FILE", action="append", default=[],
                      help="server private key (SM2 encryption key, RSA key): PEM SEC1, PKCS#8 "
                      "or encrypted PKCS#8 (repeatable)")
    keys.add_argument("--key-password", metavar="PASSWORD", help="password of --key files")
    keys.add_argument("--dump-plaintext", metavar="DIR",
                      help="write each connection's plaintext to DIR/<index>-c2s.bin, -s2c.bin "
                      "(with several inputs: DIR/<position>-<file name>/...)")
    keys.add_argument("--write-keylog", metavar="FILE",
                      help="write recovered master secrets as an NSS key log for Wireshark")
    keys.add_argument("--force", action="store_true",
                      help="let --dump-plaintext and --write-keylog replace existing files "
                      "(never through a symlink; files are written 0600)")
    keys.add_argument("--ca", metavar="FILE", action="append", default=[],
                      help="trusted CA certificate(s) for chain checks")
    keys.add_argument("--show-secrets", action="store_true",
                      help="print master secrets and keys in the report")
    keys.add_argument("--crypto", action="store_true",
                      help="show every cryptographic value: signatures (r||s, public key, "
                      "signed data, Z, e), the key exchange (SM2 ciphertext C1/C3/C2, "
                      "ECDHE points), key derivation, Finished; with --records each record's "
                      "IV, MAC/tag and padding (secrets only with --show-secrets)")
    return p


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
    p.add_argument("--port", type=port_number, action="append", default=[], metavar="N")
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
        raise UsageError("no capture given (tlcp-decode FILE..., or -i IFACE); see --help")
    if args.files and args.interface:
        raise UsageError(_("give capture files or -i IFACE, not both"))
    if args.json and args.brief:
        raise UsageError(_("--brief is a text report; --json writes every field of every "
                           "connection (filter it with jq)"))
    return decode(args)


COMMANDS = {"tables": run_tables, "lua": run_lua, "install-plugin": run_install}


def main(argv: Sequence[str] | None = None) -> int:
    from tlcp_decode import lifetime

    argv = list(sys.argv[1:] if argv is None else argv)
    command = COMMANDS.get(argv[0]) if argv else None
    try:
        with lifetime.terminate_on_signals():  # SIGTERM/SIGHUP: clean up, then end by it
            if command is not None:
                return command(argv[1:])
            return run_decode(argv)
    except lifetime.Terminated as exc:
        lifetime.end_by_signal(exc.signum)
        return 128 + exc.signum
    except UsageError as exc:
        print(f"tlcp-decode: {escape_controls(str(exc))}", file=sys.stderr)
        return EXIT_UNUSABLE
    except KeyboardInterrupt:
        _discard_stdout()
        return 130
    except BrokenPipeError:  # the reader went away (| head): not an error
        _discard_stdout()
        return EXIT_OK
    except OSError as exc:  # e.g. standard output on a full disk
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
    sys.exit(main())
