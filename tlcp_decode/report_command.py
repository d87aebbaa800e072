"""``tlcp-decode report CAPTURE... -o report.html``: the evaluator's report.

Decodes the captures as ``tlcp-decode`` does (same keys, CAs, ports and display filter), sums
up each server and judges it (``report.servers`` under ``--policy``), and writes one document:
self-contained HTML (``report.html``), Markdown, or the JSON lines of ``--json`` with the
server objects.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Sequence
from pathlib import Path

from tlcp_decode.messages import msg
from tlcp_decode.report.i18n import LANGUAGES, _
from tlcp_decode.usage import EXIT_OK, UsageError

FORMATS = ("html", "md", "json")


def report_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="tlcp-decode report",
        description=_("Write an evaluator's report of TLCP captures: per-server summaries and "
                      "verdicts with their evidence, the rules (GB/T 38636-2020), and every "
                      "connection with its ladder picture. HTML is one self-contained file that "
                      "opens offline."))
    p.add_argument("files", nargs="+", metavar="CAPTURE", help=_("pcap or pcapng capture(s)"))
    p.add_argument("-o", "--output", metavar="PATH",
                   help=_("write here (default: standard output)"))
    p.add_argument("--format", choices=FORMATS,
                   help=_("html, md or json (default: from the -o suffix, else html)"))
    p.add_argument("--lang", choices=LANGUAGES, help=_("report language (default: locale)"))
    p.add_argument("--policy", metavar="FILE",
                   help=_("TOML file marking rules required, advisory or off (docs/report.md)"))
    p.add_argument("--source", choices=("auto", "native", "pyshark"), default="auto",
                   help=_("packet reader, as for decoding"))
    p.add_argument("-Y", "--display-filter", metavar="EXPR",
                   help=_("tshark display filter (pyshark source)"))
    p.add_argument("--port", type=int, action="append", default=[], metavar="N",
                   help=_("treat TCP port N as TLCP (repeatable)"))
    p.add_argument("--keylog", metavar="FILE", action="append", default=[],
                   help=_("NSS key log (CLIENT_RANDOM / RSA lines)"))
    p.add_argument("--key", metavar="FILE", action="append", default=[],
                   help=_("server private key (repeatable)"))
    p.add_argument("--key-password", metavar="PASSWORD", help=_("password of --key files"))
    p.add_argument("--ca", metavar="FILE", action="append", default=[],
                   help=_("trusted CA certificate(s) for chain checks"))
    p.add_argument("--show-secrets", action="store_true",
                   help=_("also show master secrets and keys in each connection's "
                          "cryptographic values (HTML)"))
    # every other decode option at its default, so the decode helpers read what they expect
    from tlcp_decode.decode_arguments import decode_parser

    decode_defaults = vars(decode_parser().parse_args([]))
    p.set_defaults(**{k: v for k, v in decode_defaults.items()
                      if k not in {a.dest for a in p._actions}})
    return p


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    suffix = Path(args.output).suffix.lower() if args.output else ""
    return {".md": "md", ".markdown": "md", ".json": "json", ".jsonl": "json"}.get(suffix, "html")


def run_report(argv: Sequence[str]) -> int:
    from tlcp_decode.decode_command import decryption_setup, open_capture, server_book, trusted_cas
    from tlcp_decode.pipeline import DecodeOptions, Decoder
    from tlcp_decode.report import i18n, jsonl
    from tlcp_decode.report.flowview import view_of
    from tlcp_decode.report.html import Document
    from tlcp_decode.source import CaptureError

    args = report_parser().parse_args(argv)
    i18n.set_language(args.lang)
    fmt = _format(args)
    # the HTML report shows each connection's cryptographic values (collapsed); JSON stays
    # what --json writes
    args.crypto = fmt == "html"
    setup = decryption_setup(args)
    options = DecodeOptions(force_ports=frozenset(args.port),
                            decryptor_factory=setup.decryptor if setup is not None else None,
                            trusted_cas=trusted_cas(args), record_log=True)
    document = Document(list(args.files), server_book(args).policy, {
        "keys": [*args.keylog, *args.key], "ca": args.ca,
        "filter": [args.display_filter] if args.display_filter else [], "ports": args.port})
    lines = io.StringIO()
    for number, name in enumerate(args.files, 1):
        reader = open_capture(args, name)
        book = server_book(args)
        book.file, book.file_number = name, number
        decoder = Decoder(options)
        flows = []
        protocols: dict[str, int] = {}
        try:
            results = [r for packet in reader for r in decoder.feed(packet)]
            results += decoder.finish()
        except CaptureError as exc:  # the reader's own errors: one line, exit 2
            raise UsageError(str(exc)) from None
        for result in results:
            flow = view_of(result, number)
            flows.append(flow)
            book.add(flow)
            protocols[flow.protocol] = protocols.get(flow.protocol, 0) + 1
            if fmt == "json":
                jsonl.write_object(lines, flow.record)
        servers = book.servers()
        if fmt == "json":
            for server in servers:
                jsonl.write_object(lines, server.to_json())
            stats = reader.stats.as_dict() if hasattr(reader, "stats") else {}
            jsonl.write_object(lines, {"type": "summary", "file": name, "flows": len(flows),
                                       "protocols": protocols, "packets": stats,
                                       "warnings": list(getattr(reader, "warnings", []))})
        else:
            document.add(servers, flows)
    if fmt == "json":
        text = lines.getvalue()
    elif fmt == "md":
        from tlcp_decode.report import markdown

        text = markdown.render(document)
    else:
        text = document.render()
    _write(args.output, text)
    return EXIT_OK


def _write(output: str | None, text: str) -> None:
    if output is None or output == "-":
        sys.stdout.write(text)
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(msg("{name}: {reason}", name=output, reason=exc.strerror)) from None
    print(_("wrote {path}").format(path=output), file=sys.stderr)


