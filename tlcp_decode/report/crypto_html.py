"""A connection's cryptographic values in the HTML report (collapsed): the text report's
``--crypto`` tree of the connection's ``tlcp.crypto`` object, so both show the same values
under the same names; secrets only when the report was asked for them (``--show-secrets``)."""

from __future__ import annotations

import io
from html import escape
from typing import Any

from rich.console import Console
from rich.tree import Tree

from tlcp_decode.report.crypto_text import add_crypto_object
from tlcp_decode.report.i18n import _

# wide enough that no value is folded: the page's style sheet wraps the lines
_WIDTH = 4000


def crypto_section(crypto: dict[str, Any]) -> str:
    """``<details>`` with the values as a preformatted tree."""
    root = Tree("", hide_root=True)
    add_crypto_object(root, crypto)
    values = root.children[0]
    values.hide_root = True
    out = io.StringIO()
    Console(file=out, width=_WIDTH, no_color=True, color_system=None, markup=False,
            highlight=False, emoji=False).print(values)
    text = "\n".join(line.rstrip() for line in out.getvalue().splitlines())
    return (f'<details class="cv"><summary>{escape(_("Cryptographic values"))}</summary>'
            f"<pre>{escape(text)}</pre></details>")
