"""The field table of ``dissector/README.md``, generated from the same metadata as the plugin."""

from __future__ import annotations

import os
from pathlib import Path

BEGIN = "<!-- BEGIN GENERATED FIELD TABLE (python -m tlcp_decode.luagen --readme) -->"
END = "<!-- END GENERATED FIELD TABLE -->"

_KINDS = {"none": "subtree", "bytes": "bytes", "string": "string"}


def field_table() -> str:
    """A Markdown table of every field the plugin registers, in registration order."""
    from tlcp_decode.luagen.plugin import PluginBuilder

    builder = PluginBuilder()
    rows = ["| Filter | Label | Type | Values |", "|---|---|---|---|"]
    for spec in builder.fields:
        kind = _KINDS.get(spec.kind, f"{spec.kind}, {spec.base.lower()}")
        values = ""
        if spec.table:
            table = builder.gen.tables[spec.table]
            values = f"{spec.table} ({len(table)} values)"
        label = spec.label.replace("|", "\\|")
        rows.append(f"| `{spec.abbrev}` | {label} | {kind} | {values} |")
    return "\n".join(rows) + "\n"


def render(text: str) -> str:
    """``text`` with the part between the markers replaced by a fresh table."""
    start = text.index(BEGIN) + len(BEGIN)
    stop = text.index(END)
    return text[:start] + "\n" + field_table() + text[stop:]


def update_readme(path: str | os.PathLike[str]) -> Path:
    target = Path(path)
    target.write_text(render(target.read_text(encoding="utf-8")), encoding="utf-8",
                      newline="\n")
    return target
