"""The one place the evaluator's report reads decoded connections from.

The server summaries, verdicts and renderers of ``tlcp-decode report`` (``servers``,
``ladder``, ``html``, ``markdown``) see a connection only as a :class:`FlowView`: its JSON
object (docs/json.md, the stable public form) plus the few facts the JSON does not carry (the
TCP state changes with their frames, the application-data records, decrypted previews). When
the decoder's result model changes, only :func:`view_of` changes.
"""

from __future__ import annotations

from typing import Any

from tlcp_decode.flows.tcp_state import SEND_RST_UNCHANGED, TRANSITIONS, Ev
from tlcp_decode.model import Connection, TcpTransition
from tlcp_decode.numbers import ContentType
from tlcp_decode.precompiled import dataclass
from tlcp_decode.quick_init import maker, quick_init
from tlcp_decode.report.jsonl import connection_object

# The TCP control segments a ladder draws, by the state-machine event their sender shows
# (one arrow per SYN, SYN+ACK, ACK of the handshake, FIN, RST): its transition template
# names the event without the end it happened to.
_SENT_CONTROL = {Ev.SEND_SYN: "SYN", Ev.SEND_SYNACK: "SYN+ACK",
                 Ev.SEND_HANDSHAKE_ACK: "ACK", Ev.SEND_FIN: "FIN", Ev.SEND_RST: "RST"}
_CONTROL_BY_TEMPLATE: dict[str, str] = {
    template: _SENT_CONTROL[event]
    for (_state, event), (_new, template) in TRANSITIONS.items() if event in _SENT_CONTROL
}
_CONTROL_BY_TEMPLATE[SEND_RST_UNCHANGED] = "RST"  # a RST from LISTEN or CLOSED


@dataclass(frozen=True, slots=True)
class TcpStep:
    """One end's TCP state change, and the control segment that caused it, if it sent one;
    or a control segment its sender sent without changing state (``changes_state`` false)."""

    frame: int
    end: str  # client | server
    old_state: str
    new_state: str
    template: str  # the state machine's reason, "{end}"/"{peer}" not filled in
    control: str | None  # SYN, SYN+ACK, ACK, FIN, RST when ``end`` sent that segment here

    @property
    def changes_state(self) -> bool:
        return self.old_state != self.new_state


@dataclass(frozen=True, slots=True)
class AppRecord:
    """One application-data record (frame where it ended, direction, fragment length)."""

    frame: int | None
    direction: str
    length: int
    encrypted: bool


@quick_init  # one per connection (--json's server summaries read every connection's)
@dataclass(frozen=True, slots=True)
class FlowView:
    """A decoded connection as the report reads it."""

    file_number: int  # 1-based position of its capture among the report's inputs
    record: dict[str, Any]  # the connection's JSON object (docs/json.md)
    tcp_transitions: tuple[TcpTransition, ...]
    app_records: tuple[AppRecord, ...]  # empty unless the decode kept the record log
    previews: tuple[str, ...]  # decrypted plaintext previews, with keys

    @property
    def tcp_steps(self) -> tuple[TcpStep, ...]:
        """Made on each read (a ladder reads them once): ``--json``'s server summaries never
        do."""
        return tuple(
            TcpStep(t.frame, t.end, t.old_state, t.new_state, t.template,
                    _CONTROL_BY_TEMPLATE.get(t.template))
            for t in self.tcp_transitions)

    @property
    def index(self) -> int:
        return int(self.record["index"])

    @property
    def anchor(self) -> str:
        """The connection's id in a report document."""
        return f"f{self.file_number}c{self.index}"

    @property
    def tlcp(self) -> dict[str, Any] | None:
        value = self.record.get("tlcp")
        return value if isinstance(value, dict) else None

    @property
    def protocol(self) -> str:
        return str(self.record["protocol"])

    @property
    def server(self) -> str:
        return str(self.record["server"])


def view_of(result: Connection, file_number: int = 1, keep_record_log: bool = False,
            record: dict[str, Any] | None = None) -> FlowView:
    """``result`` as the report reads it. ``keep_record_log``: the user asked for --records,
    so the JSON keeps its ``records`` list (the report always reads them for its ladders).
    ``record``: the connection's JSON object when the caller already made it."""
    if record is None:
        record = connection_object(result)
    session = result.tlcp
    app_records: tuple[AppRecord, ...] = ()
    if session is not None and session.records is not None:
        app_records = tuple(AppRecord(r.frame, r.direction, r.length, r.encrypted)
                            for r in session.records
                            if r.content_type == ContentType.APPLICATION_DATA)
        if not keep_record_log and record.get("tlcp"):
            record["tlcp"].pop("records", None)
    previews: tuple[str, ...] = ()
    if session is not None and session.decryption is not None:
        previews = session.decryption.previews
    return _new_view(file_number, record, result.tcp.transitions, app_records, previews)


_new_view = maker(FlowView)  # (made without the class call: see quick_init.maker)
