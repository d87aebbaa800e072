"""The options of ``tlcp-decode FILE...``, apart from ``cli`` so that the commands that reuse
them (``report_command``) do not import the module that dispatches to them."""

from __future__ import annotations

import argparse
import os
import sys

from tlcp_decode import __version__
from tlcp_decode.flows.connection_limit import MAX_CONNECTIONS
from tlcp_decode.ordering import ORDERS
from tlcp_decode.report.i18n import LANGUAGES, _


def terminal_columns() -> int:
    """``shutil.get_terminal_size().columns``, the width argparse's help is written to (the
    COLUMNS variable, else standard output's terminal, else 80), without importing shutil:
    argparse's formatter imports it for this when made, and a parser makes one for each
    option it is given, so on every run's way (shutil with bz2 and lzma: 7M instructions)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):  # no stdout, closed, not a terminal
        return 80


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, its width found by :func:`terminal_columns`."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position,
                         terminal_columns() - 2 if width is None else width)


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


def connection_limit(text: str) -> int:
    """argparse type of ``--max-connections``: a positive whole number."""
    try:
        limit = int(text, 10)
    except ValueError:
        limit = 0
    if limit < 1:
        raise argparse.ArgumentTypeError(_("{n}: the connection limit is a whole number of at "
                                           "least 1").format(n=text))
    return limit


def decode_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="tlcp-decode", formatter_class=HelpFormatter,
        description=_("Explain every TCP connection and TLCP (GB/T 38636-2020) handshake in "
        "pcap/pcapng captures. Other commands: 'tlcp-decode report', 'tlcp-decode tables', "
        "'tlcp-decode lua', 'tlcp-decode install-plugin', 'tlcp-decode uninstall-plugin' "
        "(each has --help)."),
    )
    p.add_argument("files", nargs="*", metavar="FILE",
                   help=_("pcap or pcapng capture(s), gzip-compressed or not; - reads standard "
                   "input (e.g. tcpdump -w - | tlcp-decode -)"))
    p.add_argument("--version", action="version", version=f"tlcp-decode {__version__}",
                   help=_("show program's version number and exit"))
    src = p.add_argument_group(_("input"))
    src.add_argument("--source", choices=("auto", "native", "pyshark"), default="auto",
                     help=_("packet reader: native (fast, pcap/pcapng), pyshark (tshark: any "
                     "format, display filters, live capture); auto = native unless -Y/-i"))
    src.add_argument("-Y", "--display-filter", metavar="EXPR",
                     help=_("tshark display filter, e.g. 'tcp.port == 443' (pyshark source)"))
    src.add_argument("-i", "--interface", metavar="IFACE", help=_("capture live on IFACE"))
    src.add_argument("-f", "--capture-filter", metavar="BPF", help=_("capture filter for -i"))
    src.add_argument("-c", "--count", type=int, metavar="N", help=_("stop -i after N packets"))
    src.add_argument("--port", type=port_number, action="append", default=[], metavar="N",
                     help=_("treat TCP port N as TLCP whatever its first bytes look like "
                     "(repeatable); otherwise TLCP is detected by content on any port"))
    src.add_argument("--max-connections", type=connection_limit, default=MAX_CONNECTIONS,
                     metavar="N",
                     help=_("track at most N connections at once (default {n}): past it the "
                     "longest idle and half-open ones are closed early, reported and counted in "
                     "the summary").format(n=MAX_CONNECTIONS))
    src.add_argument("--check-checksums", action="store_true",
                     help=_("verify TCP checksums: a segment with a bad one is reported and not "
                     "used (off by default: captures of outgoing traffic often carry checksums "
                     "the network card fills in later)"))
    out = p.add_argument_group(_("output"))
    out.add_argument("--json", action="store_true",
                     help=_("JSON lines: one object per connection, then a summary (docs/json.md)"))
    out.add_argument("--brief", action="store_true",
                     help=_("one line per connection instead of the full tree (text report "
                     "only: --json always writes every field)"))
    out.add_argument("--order", choices=ORDERS, default="end",
                     help=_("print connections in the order they ended (default: each as soon as "
                     "it is over) or began (a connection waits for those that began before it)"))
    out.add_argument("--records", action="store_true",
                     help=_("list every record (frame, direction, type, version, length), "
                     "application data included"))
    out.add_argument("--lang", choices=LANGUAGES, help=_("report language (default: locale)"))
    out.add_argument("--policy", metavar="FILE",
                     help=_("TOML file marking the server-verdict rules required, advisory or "
                     "off (see docs/report.md); for --json's server objects"))
    out.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    out.add_argument("-q", "--quiet", action="store_true", help=_("no progress bar"))
    out.add_argument("--strict", action="store_true",
                     help=_("exit 1 when any connection has a warning or a failed (✗) check"))
    out.add_argument("--jobs", type=int, default=None, metavar="N",
                     help=_("processes to use: with several input files, decode N of them in "
                     "parallel (output order kept); otherwise each file is read in one process "
                     "and analysed in another when 2+ CPUs are available (the default). "
                     "--jobs 1: everything in one process"))
    keys = p.add_argument_group(_("decryption"))
    keys.add_argument("--keylog", metavar="FILE", action="append", default=[],
                      help=_("NSS key log (CLIENT_RANDOM / RSA lines)"))
    keys.add_argument("--key", metavar="FILE", action="append", default=[],
                      help=_("server private key (SM2 encryption key, RSA key): PEM SEC1, PKCS#8 "
                      "or encrypted PKCS#8 (repeatable)"))
    keys.add_argument("--key-password", metavar="PASSWORD", help=_("password of --key files"))
    keys.add_argument("--dump-plaintext", metavar="DIR",
                      help=_("write each connection's plaintext to DIR/<index>-c2s.bin, -s2c.bin "
                      "(with several inputs: DIR/<position>-<file name>/...)"))
    keys.add_argument("--write-keylog", metavar="FILE",
                      help=_("write recovered master secrets as an NSS key log for Wireshark"))
    keys.add_argument("--force", action="store_true",
                      help=_("let --dump-plaintext and --write-keylog replace existing files "
                      "(never through a symlink; files are written 0600)"))
    keys.add_argument("--ca", metavar="FILE", action="append", default=[],
                      help=_("trusted CA certificate(s) for chain checks"))
    keys.add_argument("--show-secrets", action="store_true",
                      help=_("print master secrets and keys in the report"))
    keys.add_argument("--crypto", action="store_true",
                      help=_("show every cryptographic value: signatures (r||s, public key, "
                             "signed data, Z, e), the key exchange (SM2 ciphertext C1/C3/C2, "
                             "ECDHE points), key derivation, Finished; with --records each "
                             "record's IV, MAC/tag and padding (secrets only with "
                             "--show-secrets)"))
    return p
