"""``--show-secrets`` in the text report: a connection's master secret (TLCP, TLS 1.2), client
random and working keys, or its TLS 1.3 traffic secrets with their keys and IVs.

The names are those of the JSON ``decryption`` object (``master_secret``, ``keys``) and of the
NSS key log, so a value can be found in both and pasted into a key log; each value is kept on
one line (``report.terminal.whole``).
"""

from __future__ import annotations

from rich.text import Text

from tlcp_decode.model import Decryption
from tlcp_decode.report.i18n import _
from tlcp_decode.report.outline import Branch
from tlcp_decode.report.terminal import whole


def add_secrets(parent: Branch, decryption: Decryption) -> None:
    """The secrets branch, when the decode was asked to show secrets and found some."""
    values = [("client_random", decryption.client_random),
              ("master_secret", decryption.master_secret),
              *((key.name, key.value) for key in decryption.keys)]
    shown = [(name, value) for name, value in values if value]
    if not shown or (len(shown) == 1 and shown[0][0] == "client_random"):
        return  # the client random alone is no secret
    branch = parent.add(Text(_("secrets and keys (--show-secrets)"), style="bold yellow"))
    for name, value in shown:
        # name and value on one line, whatever the width: grep master_secret finds both
        branch.add(whole(f"{name}: {value.hex()}", "yellow"))
