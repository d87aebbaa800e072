"""The ladder picture of one connection, as inline SVG (no script draws it).

Two lifelines, client on the left and server on the right. One arrow per TCP control segment
(SYN, SYN+ACK, the handshake's ACK, FIN, RST) and per TLCP message (handshake messages,
ChangeCipherSpec, alerts, runs of application-data records grouped into one arrow), each
labelled with its frame number; encrypted ones are dashed and written in braces. Each end's
TCP state is written on its lifeline where it changes, starting from its first state, so the
labels read top to bottom are exactly the decoder's ``client_states`` / ``server_states``.

The arrowhead and the styles are shared by every ladder of a document (:data:`SVG_DEFS`, and
the ``.lad`` rules of the HTML report's style sheet), so each ladder is only its lines.
"""

from __future__ import annotations

from dataclasses import field
from html import escape

from tlcp_decode.precompiled import dataclass
from tlcp_decode.report.flowview import FlowView, TcpStep
from tlcp_decode.report.i18n import _
from tlcp_decode.report.terms import level_word
from tlcp_decode.schema.handshake import HandshakeType
from tlcp_decode.schema.meta import display_names

# Message titles as Wireshark writes them ("Client Hello"): protocol names, not translated.
MESSAGE_TITLES: dict[str, str] = {name: display_names(HandshakeType)[int(value)]
                                  for name, value in HandshakeType.encmapping.items()}
MESSAGE_TITLES["change_cipher_spec"] = "Change Cipher Spec"
MESSAGE_TITLES["hello_retry_request"] = "Hello Retry Request"  # a ServerHello by its random

CLIENT_X, SERVER_X, WIDTH = 130, 430, 560
TOP, ROW = 46, 24

# The one arrowhead every ladder's lines point with; put once in the document.
SVG_DEFS = ('<svg width="0" height="0" style="position:absolute" aria-hidden="true"><defs>'
            '<marker id="ah" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
            'markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z"/></marker>'
            '</defs></svg>')

# order of things within one frame: the opening segments, then what the payload carried,
# then a closing segment, then state changes that came with no drawn segment
_OPENING, _MESSAGE, _ALERT, _DATA, _CLOSING, _STATE_ONLY = range(6)


@dataclass
class Arrow:
    frame: int | None
    order: int
    sender: str  # client | server
    label: str
    kind: str  # tcp | hs | alert | data
    encrypted: bool = False
    frame_text: str = ""  # "12", or "20-35" for a run of records
    states: dict[str, str] = field(default_factory=dict)  # end -> new state written here

    def sort_key(self, position: int) -> tuple[int, int, int]:
        return (self.frame if self.frame is not None else 1 << 40, self.order, position)


def _sender(direction: str) -> str:
    return "client" if direction == "c2s" else "server"


def arrows(flow: FlowView) -> list[Arrow]:
    """Every arrow (and state-only row) of the ladder, in the order drawn."""
    items: list[Arrow] = []
    steps = flow.tcp_steps  # (made on each read)
    for step in steps:
        if step.control is not None:
            order = _CLOSING if step.control in ("FIN", "RST") else _OPENING
            items.append(Arrow(step.frame, order, step.end, step.control, "tcp",
                               frame_text=str(step.frame)))
    tlcp = flow.tlcp
    if tlcp is not None:
        for message in tlcp["handshake"]:
            title = MESSAGE_TITLES.get(message["type"], message["type"])
            items.append(Arrow(message["frame"], _MESSAGE, _sender(message["dir"]), title, "hs",
                               message["encrypted"], _frame_text(message["frame"])))
        for alert in tlcp["alerts"]:
            what = (f"Alert {level_word(alert['level'])} {alert['description']}"
                    if alert["description"] is not None else "Alert")
            items.append(Arrow(alert["frame"], _ALERT, _sender(alert["dir"]), what, "alert",
                               alert["encrypted"], _frame_text(alert["frame"])))
        items.extend(_data_runs(flow))
    ordered = [item for _position, item in sorted(enumerate(items),
                                                  key=lambda p: p[1].sort_key(p[0]))]
    ordered = _merge_data_runs(ordered)
    _place_states(steps, ordered)
    return ordered


def _frame_text(frame: int | None) -> str:
    return "-" if frame is None else str(frame)


def _data_runs(flow: FlowView) -> list[Arrow]:
    """One arrow per application-data record for now; runs are merged once sorted."""
    tlcp = flow.tlcp
    assert tlcp is not None
    if flow.app_records:
        return [Arrow(r.frame, _DATA, _sender(r.direction), f"{r.length}", "data", r.encrypted,
                      _frame_text(r.frame)) for r in flow.app_records]
    # no record log: one arrow per direction, after the handshake, without frames
    data = tlcp["application_data"]
    last = max((m["frame"] for m in tlcp["handshake"] if m["frame"] is not None), default=None)
    return [Arrow(last, _DATA, _sender(d), str(data[f"{d}_bytes"]), "data", True, "",
                  {"count": str(data[f"{d}_records"])})
            for d in ("c2s", "s2c") if data[f"{d}_records"]]


# A burst of application data going both ways (an echo: 800 records each way, interleaved)
# would be hundreds of arrows; past this many runs in one burst, each sender's records of the
# burst become one arrow.
MAX_RUNS_PER_BURST = 4


def _data_arrow(records: list[Arrow]) -> Arrow:
    """One arrow for application-data records of one sender (frames: first-last)."""
    first, last = records[0], records[-1]
    count = sum(int(a.states.pop("count", "1")) for a in records)
    size = sum(int(a.label) for a in records)
    frames = (first.frame_text if first.frame_text == last.frame_text
              else f"{first.frame_text}-{last.frame_text}")
    label = _("Application Data ×{n}, {b} bytes").format(n=count, b=size)
    return Arrow(first.frame, _DATA, first.sender, label, "data",
                 any(a.encrypted for a in records), frames)


def _burst_arrows(burst: list[Arrow]) -> list[Arrow]:
    runs: list[list[Arrow]] = []
    for item in burst:
        if runs and runs[-1][-1].sender == item.sender:
            runs[-1].append(item)
        else:
            runs.append([item])
    if len(runs) > MAX_RUNS_PER_BURST:
        senders = list(dict.fromkeys(a.sender for a in burst))
        runs = [[a for a in burst if a.sender == sender] for sender in senders]
    return [_data_arrow(run) for run in runs]


def _merge_data_runs(ordered: list[Arrow]) -> list[Arrow]:
    """Consecutive application-data records of one sender become one arrow (and a long
    two-way burst one arrow per sender)."""
    merged: list[Arrow] = []
    burst: list[Arrow] = []
    for item in ordered:
        if item.kind == "data":
            burst.append(item)
            continue
        if burst:
            merged.extend(_burst_arrows(burst))
            burst = []
        merged.append(item)
    if burst:
        merged.extend(_burst_arrows(burst))
    return merged


def _place_states(steps: tuple[TcpStep, ...], ordered: list[Arrow]) -> None:
    """Write each TCP state change on the row of the segment that caused it, or of its frame,
    or on a row of its own (a pure ACK, which is not drawn); never above the end's previous
    state, so each lifeline reads in the order the states came."""
    last: dict[str, Arrow] = {}
    for step in steps:
        if not step.changes_state:
            continue  # its arrow is drawn; there is no new state to write
        end = step.end
        begin = ordered.index(last[end]) + 1 if end in last else 0
        later = ordered[begin:]
        candidates = (
            [a for a in later if a.kind == "tcp" and a.label == step.control
             and a.sender == end] if step.control is not None else [],
            [a for a in later if a.kind == "tcp"],
            later,
        )
        row = next((a for group in candidates for a in group
                    if a.frame == step.frame and end not in a.states), None)
        if row is None:
            row = Arrow(step.frame, _STATE_ONLY, end, "", "state", frame_text=str(step.frame))
            key = row.sort_key(0)
            position = next((begin + i for i, a in enumerate(later) if a.sort_key(0) > key),
                            len(ordered))
            ordered.insert(position, row)
        row.states[end] = step.new_state
        last[end] = row


def _first_states(flow: FlowView) -> dict[str, str]:
    tcp = flow.record["tcp"]
    return {"client": tcp["client_states"][0], "server": tcp["server_states"][0]}


def render_svg(flow: FlowView, link: str | None = None, link_text: str = "") -> str:
    """The ladder of ``flow`` as one ``<svg>`` element. ``link``: an anchor (the connection
    whose session this one resumed), shown under the picture."""
    rows = arrows(flow)
    height = TOP + ROW * (len(rows) + 1) + (ROW if link else 0)
    bottom = TOP + ROW * len(rows) + 8
    parts = [
        f'<svg class="lad" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" '
        f'role="img" aria-label="{escape(_("ladder of connection {n}").format(n=flow.index))}">',
        f'<text class="h" x="{CLIENT_X}" y="14">{escape(_("client"))} '
        f'{escape(flow.record["client"])}</text>',
        f'<text class="h" x="{SERVER_X}" y="14">{escape(_("server"))} '
        f'{escape(flow.record["server"])}</text>',
        f'<path class="ll" d="M{CLIENT_X} 22V{bottom}M{SERVER_X} 22V{bottom}"/>',
    ]
    first = _first_states(flow)
    parts.append(_state("client", first["client"], 34))
    parts.append(_state("server", first["server"], 34))
    for number, row in enumerate(rows):
        y = TOP + ROW * number + 14
        if row.kind != "state":
            x1, x2 = (CLIENT_X, SERVER_X) if row.sender == "client" else (SERVER_X, CLIENT_X)
            label = "{" + row.label + "}" if row.encrypted else row.label
            classes = f"a {row.kind}" + (" enc" if row.encrypted else "")
            parts.append(
                f'<g class="{classes}" data-frame="{escape(row.frame_text)}">'
                f'<path d="M{x1} {y}H{x2}"/><text x="{(CLIENT_X + SERVER_X) // 2}" '
                f'y="{y - 4}">{escape(row.frame_text)} {escape(label)}</text></g>')
        else:
            x = CLIENT_X if row.sender == "client" else SERVER_X
            parts.append(f'<path class="tick" d="M{x - 4} {y}h8"/>')
        for end, state in row.states.items():
            parts.append(_state(end, state, y + 4))
    if link:
        y = bottom + ROW - 4
        parts.append(f'<a href="#{escape(link)}"><text class="lk" x="{CLIENT_X}" y="{y}">'
                     f'{escape(link_text)}</text></a>')
    parts.append("</svg>")
    return "".join(parts)


def _state(end: str, state: str, y: int) -> str:
    x, side = (CLIENT_X - 6, "c") if end == "client" else (SERVER_X + 6, "s")
    return f'<text class="st {side}" data-end="{end}" x="{x}" y="{y}">{escape(state)}</text>'
