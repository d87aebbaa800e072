"""Cipher-suite tables rendered from the registry (md, csv, json), and suite inventories.

The rows are built once from ``registry`` and rendered by format; ``docs/cipher-suites.md``
is this module's Markdown output, regenerated and compared in CI.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from tlcp_decode import registry

FORMATS = ("md", "csv", "json")


def suite_rows() -> list[dict[str, Any]]:
    """The TLCP suites (GB/T 38636-2020, GM/T 0024-2014)."""
    rows = []
    for s in registry.CIPHER_SUITES:
        if not s.tlcp:
            continue
        rows.append({
            "id": s.hex_id,
            "name": s.name,
            "key_exchange": str(s.key_exchange),
            "authentication": str(s.authentication),
            "cipher": str(s.cipher),
            "mode": str(s.mode),
            "mac": str(s.mac),
            "prf": str(s.prf_hash),
            "key_length": s.key_length,
            "fixed_iv_length": s.fixed_iv_length,
            "record_iv_length": s.record_iv_length,
            "mac_length": s.mac_length,
            "tag_length": s.tag_length,
            "tlcp": s.tlcp,
            "standard": str(s.standard),
        })
    return rows


def tls_suite_rows() -> list[dict[str, Any]]:
    """The TLS suites of the IANA registry, RFC 8998's SM suites among them."""
    return [
        {
            "id": s.hex_id,
            "name": s.name,
            "protocol": str(s.protocol),
            "key_exchange": str(s.key_exchange) if not s.tls13 else "-",
            "authentication": str(s.authentication) if not s.tls13 else "-",
            "cipher": str(s.cipher),
            "mode": str(s.mode),
            "hash": str(s.mac),
            "sm": s.sm,
            "decryptable": s.decryptable,
            "standard": str(s.standard),
        }
        for s in registry.TLS_SUITES
    ]


def group_rows() -> list[dict[str, Any]]:
    return [{"id": g.hex_id, "name": g.name, "kind": str(g.kind), "sm": g.sm}
            for g in registry.NAMED_GROUPS]


def signature_scheme_rows() -> list[dict[str, Any]]:
    return [{"id": s.hex_id, "name": s.name, "algorithm": str(s.algorithm),
             "hash": s.hash or "-", "sm": s.sm}
            for s in registry.SIGNATURE_SCHEMES]


def key_exchange_rows() -> list[dict[str, Any]]:
    return [
        {
            "key_exchange": str(r.key_exchange),
            "certificate_key_type": str(r.key_type),
            "server_certificates": list(r.server),
            "client_certificates": list(r.client),
            "client_auth_required": r.client_auth_required,
            "forward_secrecy": r.forward_secrecy,
            "suites": [s.name for s in registry.CIPHER_SUITES
                       if s.tlcp and s.key_exchange is r.key_exchange],
            "note": r.note,
        }
        for r in registry.KEY_EXCHANGE_CERTIFICATES
    ]


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "-"
    return str(value)


def render_table(rows: Sequence[dict[str, Any]], fmt: str) -> str:
    """One list of flat rows as a Markdown or CSV table."""
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else [], lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: _cell(v) for k, v in row.items()} for row in rows)
        return out.getvalue()
    from tabulate import tabulate  # only here: the CLI imports FORMATS on every start

    return tabulate([[_cell(v) for v in row.values()] for row in rows],
                    headers=list(rows[0]) if rows else [], tablefmt="github") + "\n"


def render_sections(sections: dict[str, list[dict[str, Any]]], fmt: str,
                    titles: dict[str, str]) -> str:
    """Several named tables: one JSON document, or titled Markdown/CSV sections."""
    if fmt == "json":
        return json.dumps(sections, indent=2, ensure_ascii=False) + "\n"
    parts = []
    for key, rows in sections.items():
        heading = f"## {titles[key]}\n\n" if fmt == "md" else f"# {titles[key]}\n"
        parts.append(heading + render_table(rows, fmt))
    return "\n".join(parts)


STATIC_TITLES = {
    "cipher_suites": "Cipher suites",
    "key_exchange_certificates": "Key exchange and certificate key types",
    "tls_cipher_suites": "TLS cipher suites (IANA; RFC 8998 SM suites for TLS 1.3)",
    "tls_named_groups": "TLS named groups",
    "tls_signature_schemes": "TLS signature schemes",
}


def static_tables(fmt: str) -> str:
    sections = {"cipher_suites": suite_rows(), "key_exchange_certificates": key_exchange_rows(),
                "tls_cipher_suites": tls_suite_rows(), "tls_named_groups": group_rows(),
                "tls_signature_schemes": signature_scheme_rows()}
    text = render_sections(sections, fmt, STATIC_TITLES)
    if fmt == "md":
        text = (
            "# TLCP cipher suites\n\n"
            "Generated by `tlcp-decode tables --format md` from `tlcp_decode/registry.py`; "
            "do not edit by hand.\nSources: GB/T 38636-2020, GM/T 0024-2014 (legacy) and "
            "the IANA TLS registries (TLS 1.2 and 1.3, RFC 8998's SM suites, groups and "
            "signature schemes: not TLCP).\n\n" + text
        )
    return text
