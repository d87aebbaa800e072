"""The evaluator's report (issue 19), the gaps left: a RST without a state change has its arrow,
servers are merged across captures, TLS 1.3 connections are judged as TLS 1.3 with RFC 8998
suites, and the HTML report shows each connection's cryptographic values."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import PCAPS, decode_json

from tlcp_decode.cli import main

REFUSED = PCAPS / "foreign-tls" / "OISF__tests__tls-duplicate-hello__input.pcap"


def _report(tmp_path: Path, *argv: str, name: str = "r.html") -> str:
    out = tmp_path / name
    assert main(["report", *argv, "-o", str(out)]) == 0
    return out.read_text()


def _ladder(html: str, anchor: str) -> str:
    return html.split(f'id="{anchor}"', 1)[1].split("</svg>", 1)[0]


def _arrows(section: str) -> list[tuple[str, str]]:
    """(frame, label) of every TCP control arrow of one ladder."""
    return re.findall(r'<g class="a tcp" data-frame="(\d+)"><path[^>]*/><text[^>]*>\d+ '
                      r"([A-Z+]+)</text>", section)


# -- a RST that changes nothing still has its arrow ---------------------------------------------
def test_rst_from_listen_has_an_arrow(tmp_path: Path) -> None:
    """Connection refused: the client's SYN (frame 1), the server's RST+ACK from LISTEN
    (frame 2): the server's state stays LISTEN, the arrow is drawn all the same."""
    (flow, *_others) = [o for o in decode_json(REFUSED) if o["type"] == "flow"]
    assert flow["index"] == 1 and flow["tcp"]["close"] == "rst"
    assert flow["tcp"]["server_states"] == ["LISTEN"]
    section = _ladder(_report(tmp_path, str(REFUSED)), "f1c1")
    assert _arrows(section) == [("1", "SYN"), ("2", "RST")]
    server_arrow = re.search(r'<g class="a tcp" data-frame="2"><path d="M(\d+) \d+H(\d+)"',
                             section)
    assert server_arrow is not None and int(server_arrow[1]) > int(server_arrow[2])  # from server
    states = {end: re.findall(rf'data-end="{end}"[^>]*>([A-Z_0-9]+)<', section)
              for end in ("client", "server")}
    assert states == {"client": flow["tcp"]["client_states"],
                      "server": flow["tcp"]["server_states"]}


def test_rst_without_state_change_in_the_text_ladder() -> None:
    import subprocess
    import sys

    for lang, line in (("en", "server sends RST (no state change)"),
                       ("zh", "服务端发送 RST（状态不变）")):
        out = subprocess.run([sys.executable, "-m", "tlcp_decode", str(REFUSED), "--lang", lang,
                              "--color", "never"], capture_output=True, text=True,
                             timeout=120).stdout
        first = out.split("\n\n", 1)[0]
        assert re.search(rf"\n│\s+2\s+\S+\s+TCP\s+{re.escape(line)}", first), first
