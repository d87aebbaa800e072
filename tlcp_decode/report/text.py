"""The human report: one rich tree per connection, TCP states and the TLCP ladder in one view.

Every line of the ladder is a frame, who sent what, and a short phrase saying what it means
("1st handshake: SYN, client -> SYN_SENT", "ClientHello: offers 2 suites").
"""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter

from rich.console import Console
from rich.tree import Tree

from tlcp_decode import registry
from tlcp_decode.folding import with_count
from tlcp_decode.messages import msg
from tlcp_decode.model import Connection, Message, Session, TcpSummary, endpoint
from tlcp_decode.numbers import HELLO_RETRY_REQUEST, ContentType, HandshakeType
from tlcp_decode.report.i18n import _, protocol_word
from tlcp_decode.report.layout import print_tree
from tlcp_decode.report.outline import Column, Label, Ladder, Node, is_plain, plain_text, to_rich
from tlcp_decode.report.secrets_text import add_secrets
from tlcp_decode.report.terminal import ReportConsole, whole_style
from tlcp_decode.report.terms import (
    alert_word,
    check_title,
    decryption_status_word,
    key_usage_word,
    level_word,
    role_tag,
    say,
)
from tlcp_decode.report.tls_text import tls_lines, tls_phrase
from tlcp_decode.schema import handshake as schema_handshake
from tlcp_decode.schema.meta import display_names
from tlcp_decode.schema.record import ProtocolVersion

# Message titles as Wireshark writes them ("Client Hello"), from the schema's value table.
_MESSAGE_TITLES = {t.symbol: display_names(schema_handshake.HandshakeType)[t]
                   for t in HandshakeType}
_MESSAGE_TITLES[ContentType.CHANGE_CIPHER_SPEC.symbol] = "Change Cipher Spec"
_MESSAGE_TITLES[HELLO_RETRY_REQUEST] = "Hello Retry Request"  # a ServerHello by its random


def _tcp_word(word: str) -> str:
    """The TCP summary's values (complete, partial, missing, none) in the report language;
    JSON keeps the English words."""
    return {"fin": "FIN", "rst": "RST"}.get(word) or _(word)


#: A line of the ladder, as it sorts (its frame, or none: last; TCP before TLCP within one
#: frame) and then its cells: the frame as written, who, what, what it means; and its style.
#: (Tuples: the columns are then one zip of the sorted lines.)
LadderLine = tuple[int, int, str, str, str, str, str]
_NO_FRAME = 1 << 62
_SORTED_BY = itemgetter(0, 1)


def _line(frame: int | None, order: int, arrow: str, what: str, explanation: str,
          style: str = "") -> LadderLine:
    if frame is None:
        return (_NO_FRAME, order, "-", arrow, what, explanation, style)
    return (frame, order, str(frame), arrow, what, explanation, style)


def _arrow(direction: str) -> str:
    return "C → S" if direction in ("c2s", "client") else "C ← S"


def _tcp_lines(tcp: TcpSummary) -> list[LadderLine]:
    lines = []
    for t in tcp.transitions:
        # a TCP line is about one end's state, so it names the end rather than a direction
        reason = t.reason
        if t.template:
            peer = "server" if t.end == "client" else "client"
            reason = _(t.template).format(end=_(t.end), peer=_(peer))
        lines.append(_line(t.frame, 0, _(t.end), "TCP", reason, "dim"))
    return lines


def _message_phrase(a: Session, entry: Message) -> str:
    """A short explanation of one handshake message."""
    tls_text = tls_phrase(a, entry)
    if tls_text is not None:
        return tls_text
    phrase = _PHRASES.get(entry.type)
    return phrase(a, entry) if phrase is not None else ""


def _finished(a: Session, entry: Message) -> str:
    if not entry.encrypted:
        return ""
    if entry.detail == "encrypted":
        return _("encrypted Finished (verify_data protected by the new keys)")
    finished = a.decryption.finished_verified if a.decryption is not None else None
    verified = (None if finished is None else
                finished.client if entry.direction == "c2s" else finished.server)
    if verified is None:  # e.g. handshake bytes missing from the capture
        return _("decrypted; verify_data not checked")
    if verified:
        return _("decrypted; verify_data matches the handshake transcript")
    return _("decrypted; verify_data does NOT match the handshake transcript")


def _client_hello(a: Session, entry: Message) -> str:
    if entry.encrypted:  # sent under the keys of the handshake before it
        return _("renegotiation: a new handshake, protected by the current keys")
    if a.offered_suites is None:
        return ""
    text = _("offers {n} cipher suite(s): {names}").format(
        n=len(a.offered_suites), names=", ".join(say(s.name) for s in a.offered_suites))
    if a.server_name:
        text += _(", SNI {name}").format(name=a.server_name)
    if a.offered_session_id:
        text += _(", asks to resume session {sid}...").format(sid=a.offered_session_id[:8].hex())
    return text


def _server_hello(a: Session, entry: Message) -> str:
    if a.suite is None:
        return ""
    text = _("chooses {suite}").format(suite=a.suite.name)
    if a.resumed:
        text += _(", resumes the session")
    return text


def _certificate(a: Session, entry: Message) -> str:
    chain = a.server_certificates if entry.direction == "s2c" else a.client_certificates
    roles = "+".join(role_tag(c.role) for c in chain) or "-"
    return _("{n} certificate(s): {roles}").format(n=len(chain), roles=roles)


def _certificate_request(a: Session, entry: Message) -> str:
    text = _("the server asks for a client certificate")
    request = a.certificate_request
    # TLS 1.3's CertificateRequest (RFC 8446 4.3.2) carries extensions, not these lists
    if request is not None:
        text += _(" ({types}; {n} acceptable CA name(s))").format(
            types=", ".join(request.certificate_types), n=request.authorities)
    return text


def _client_key_exchange(a: Session, entry: Message) -> str:
    suite = a.suite.info if a.suite is not None else None
    if suite is not None and suite.key_exchange in (registry.KeyExchange.ECC,
                                                    registry.KeyExchange.RSA):
        return _("pre-master secret encrypted to the server's encryption key")
    return _("the client's key exchange parameters")


#: The ladder's short explanation of each TLCP / TLS 1.2 message, by its type (TLS 1.3's own
#: come from tls_text first).
_PHRASES: dict[str, Callable[[Session, Message], str]] = {
    HandshakeType.CLIENT_HELLO.symbol: _client_hello,
    HandshakeType.SERVER_HELLO.symbol: _server_hello,
    HandshakeType.CERTIFICATE.symbol: _certificate,
    HandshakeType.SERVER_KEY_EXCHANGE.symbol:
        lambda a, entry: _("key exchange parameters signed by the server"),
    HandshakeType.CERTIFICATE_REQUEST.symbol: _certificate_request,
    HandshakeType.SERVER_HELLO_DONE.symbol: lambda a, entry: _("the server's hello is complete"),
    HandshakeType.CLIENT_KEY_EXCHANGE.symbol: _client_key_exchange,
    HandshakeType.CERTIFICATE_VERIFY.symbol:
        lambda a, entry: _("the client proves it holds its signing key"),
    HandshakeType.FINISHED.symbol: _finished,
    ContentType.CHANGE_CIPHER_SPEC.symbol: lambda a, entry: _("from here on this side encrypts"),
    HandshakeType.NEW_SESSION_TICKET.symbol:
        lambda a, entry: _("a session ticket for later resumption"),
    HandshakeType.HELLO_REQUEST.symbol:
        lambda a, entry: _("the server asks the client to renegotiate"),
    HandshakeType.CERTIFICATE_STATUS.symbol: lambda a, entry: _(
        "the server's OCSP response for its certificate (stapling, RFC 6066 8)"),
    "encrypted_handshake": lambda a, entry: _(
        "a renegotiation's handshake record (no keys to read it)"),
}


def _tlcp_lines(a: Session) -> list[LadderLine]:
    lines = []
    for entry in a.messages:
        style = "" if entry.expected else "bold red"
        what = _MESSAGE_TITLES.get(entry.type, entry.type)
        if entry.encrypted:
            what = "{" + what + "}"
        phrase = _message_phrase(a, entry)
        if not entry.expected:
            phrase = _("unexpected here! ") + phrase
        lines.append(_line(entry.frame, 1, _arrow(entry.direction), what, phrase, style))
    for record in a.records or []:
        if record.content_type == ContentType.APPLICATION_DATA:  # the other records are in the ladder as messages
            phrase = _("{n} bytes").format(n=record.length)
            if record.encrypted:
                phrase += _(" (encrypted)")
            lines.append(_line(record.frame, 3, _arrow(record.direction), "Application Data",
                               phrase, "dim"))
    for alert in a.alerts:
        if alert.description is not None:
            phrase = f"{level_word(alert.level)} {alert_word(alert.description)}"
        else:
            phrase = _("encrypted alert (probably close_notify)")
        style = "bold red" if alert.level == "fatal" else "yellow"
        lines.append(_line(alert.frame, 2, _arrow(alert.direction), "Alert", phrase, style))
    return lines


def _ladder(result: Connection) -> Ladder:
    lines = _tcp_lines(result.tcp)
    if result.tlcp is not None:
        lines += _tlcp_lines(result.tlcp)
    lines.sort(key=_SORTED_BY)
    _frames, _orders, frames, arrows, whats, explanations, styles = (
        zip(*lines, strict=True) if lines else ((),) * 7)
    return Ladder(Label(_("Ladder"), style="bold"), [
        Column(_("frame"), "right", list(frames)),
        Column("", "left", list(arrows)),
        Column(_("message"), "left", list(whats), [style or "cyan" for style in styles]),
        Column(_("meaning"), "left", list(explanations), list(styles)),
    ])


def _certificates(tree: Node, a: Session) -> None:
    for side, chain in ((_("server"), a.server_certificates), (_("client"), a.client_certificates)):
        if not chain:
            continue
        branch = tree.add(Label(_("{side} certificates").format(side=side), style="bold"))
        for cert in chain:
            if cert.error:
                branch.add(Label(say(cert.error), style="red"))
                continue
            usage = ", ".join(map(key_usage_word, cert.key_usage)) or _("no key usage")
            key = (_("{type} {bits}-bit").format(type=cert.key_type, bits=cert.key_bits)
                   if cert.key_bits else cert.key_type)
            node = branch.add(Label.assemble(
                (f"[{role_tag(cert.role)}] ", "magenta"), (cert.subject, whole_style("bold")),
                "  " + _("{key}, signed with {algorithm}, key usage: {usage}").format(
                    key=key, algorithm=cert.signature_algorithm, usage=usage),
            ))
            # its own line (a newline inside a text would be escaped as a control character)
            node.add(Label.format(
                _("issuer {issuer}, serial {serial}, valid {start} .. {end}"),
                {"issuer": cert.issuer, "serial": cert.serial}, style="dim",
                start=cert.not_before[:10], end=cert.not_after[:10]))


def _version_name(version: int) -> str:
    return f"0x{version:04x} ({display_names(ProtocolVersion).get(version, '?')})"


def _version_line(a: Session, protocol: str) -> Label:
    """Which protocol each side spoke: a TLS client at a TLCP server shows up here."""
    parts = []
    if a.client_version is not None:
        parts.append(_("ClientHello {v}").format(v=_version_name(a.client_version)))
    if a.server_version is not None:
        parts.append(_("ServerHello {v}").format(v=_version_name(a.server_version)))
    for records, who in ((a.c2s, _("client")), (a.s2c, _("server"))):
        versions = records.record_versions
        if versions:
            parts.append(_("{who} records {v}").format(
                who=who, v=", ".join(_version_name(v) for v in versions)))
    style = "bold red" if protocol == "tls" else ""
    return Label(_("versions: ") + "; ".join(parts), style=style)


def _handshake_line(a: Session) -> Label:
    kind = _("abbreviated (session resumed)") if a.resumed else _("full")
    if a.renegotiations:
        kind += _(", renegotiated {n} time(s)").format(n=a.renegotiations)
    if a.handshake_complete and a.handshake_start is not None and a.established is not None:
        took = (a.established - a.handshake_start) * 1000
        return Label(_("handshake: {kind}, established in {ms:.3f} ms").format(kind=kind,
                                                                               ms=took))
    return Label(_("handshake: {kind}, state: {state}").format(kind=kind,
                                                              state=_(a.handshake_state)),
                style="" if a.handshake_complete else "yellow")


def _summary_line(result: Connection) -> Label:
    conn = result
    a = result.tlcp
    text = Label.assemble(
        (_("Connection {n}").format(n=conn.index), "bold"), "  ",
        (endpoint(conn.client), "green"), " → ", (endpoint(conn.server), "green"), "  ",
        (_protocol(result), "bold magenta"),
    )
    if a is None:
        pass
    elif a.suite is not None:
        text.append(f"  {registry.suite_label(a.suite.id)}", style="bold cyan")
    if a is not None and a.resumed:
        origin = (_(" from connection {n}").format(n=a.resumed_from)
                  if a.resumed_from is not None else "")
        text.append("  " + _("resumed") + origin, style="yellow")
    text.append("  " + _("frames {a}-{b}").format(a=conn.first_frame, b=conn.last_frame),
                style="dim")
    return text


def _protocol(result: Connection) -> str:
    """TLCP, TLS 1.2, "TLS 1.3 (RFC 8998 SM)"... or OTHER."""
    if result.tlcp is not None:
        return say(result.tlcp.protocol_label) or protocol_word(result.protocol)
    return protocol_word(result.protocol)


def render_flow(result: Connection) -> Tree:
    """The connection's report as a rich tree."""
    return to_rich(flow_outline(result))


def flow_outline(result: Connection) -> Node:
    """The connection's report as a tree of labels (report.outline)."""
    conn = result
    a = result.tlcp
    tree = Node(_summary_line(result))
    tcp = conn.tcp
    closed_by = {"client": _("client closed first"), "server": _("server closed first"),
                 "both": _("simultaneous close")}.get(tcp.closed_by or "", _("not closed"))
    tcp_branch = tree.add(Label.assemble(
        ("TCP  ", "bold"),
        _("handshake: {h}, close: {c} ({by}), {r} retransmission(s), {g} gap(s)").format(
            h=_tcp_word(tcp.handshake), c=_tcp_word(tcp.close),
            by=closed_by, r=tcp.retransmissions, g=tcp.gaps)))
    tcp_branch.add(_("client: ") + " → ".join(tcp.client_states))
    tcp_branch.add(_("server: ") + " → ".join(tcp.server_states))
    tree.add(_ladder(result))
    if a is not None:
        tlcp = tree.add(Label("TLCP" if result.protocol == "tlcp" else "TLS", style="bold"))
        tlcp.add(_version_line(a, result.protocol))
        for line in tls_lines(a):
            tlcp.add(line)
        tlcp.add(_handshake_line(a))
        if a.session_id:
            tlcp.add(Label.format(_("session id {sid}"), {"sid": a.session_id.hex()}))
        tlcp.add(_("application data: client->server {cr} record(s) / {cb} bytes, "
                   "server->client {sr} record(s) / {sb} bytes").format(
            cr=a.c2s.application_records, cb=a.c2s.application_bytes,
            sr=a.s2c.application_records, sb=a.s2c.application_bytes))
        _certificates(tlcp, a)
        decryption = a.decryption
        if decryption is not None:
            tlcp.add(_("decryption: {status}").format(
                status=decryption_status_word(decryption.status)) +
                (_(" ({reason})").format(reason=say(decryption.reason))
                 if decryption.reason else ""))
            if decryption.tls13 is not None:
                for what in decryption.tls13.unverified:
                    tlcp.add(_("not verified: {what}").format(what=say(what)))
            for preview in decryption.previews:
                tlcp.add(Label(say(preview), style="dim"))
            add_secrets(tlcp, decryption)
        if a.crypto is not None:  # --crypto
            from tlcp_decode.report.crypto_text import add_crypto

            add_crypto(tlcp, a.crypto)
        results = a.checks
        if results:
            branch = tlcp.add(Label(_("checks"), style="bold"))
            for check in results:
                mark = ("✓ ", "green") if check.ok else ("✗ ", "bold red")
                branch.add(Label.assemble(mark, (check_title(check.name), "bold"), "  ",
                                         say(check.detail)))
        _alert_causes(tlcp, a)
    elif result.protocol == "other":
        tree.add(_("not TLCP: {c} + {s} payload bytes not parsed").format(
            c=result.unparsed_c2s, s=result.unparsed_s2c))
    if result.warnings:
        branch = tree.add(Label(_("warnings"), style="bold yellow"))
        for warning in result.warnings:
            branch.add(Label(with_count(say(warning.message), warning.count), style="yellow"))
    return tree


def _alert_causes(tree: Node, a: Session) -> None:
    """Each fatal alert with its likely cause, marked as an inference."""
    for alert in a.alerts:
        if alert.likely_cause is None:
            continue
        tree.add(Label(_("fatal alert {description} from the {side} (frame {frame}): {text}").format(
            description=alert_word(alert.description),
            side=_("client") if alert.direction == "c2s" else _("server"),
            frame=alert.frame if alert.frame is not None else "-",
            text=say(msg("likely cause (an inference from the messages before the alert, not "
                         "stated by the peer): {cause}", cause=alert.likely_cause))),
            style="bold red"))


def print_flow(console: Console, result: Connection) -> None:
    """The connection's report, then an empty line: without colour laid out as plain lines and
    written at once (report.outline), otherwise printed by rich."""
    outline = flow_outline(result)
    if isinstance(console, ReportConsole) and console.writes_plain:
        text = plain_text(outline, console.report_width, not console.encoding.startswith("utf"))
        if text is not None:
            console.write_plain(text)
            return
    print_tree(console, to_rich(outline))
    console.print()


def _brief_protocol(result: Connection) -> str:
    """TLCP, TLS1.3, TLS1.2...: the protocol in few columns (the suite says the rest)."""
    a = result.tlcp
    version = a.negotiated_version if a is not None and result.protocol == "tls" else None
    if version is not None and 0x0301 <= version <= 0x0304:
        return f"TLS1.{version - 0x0301}"
    return protocol_word(result.protocol)


def _brief_handshake(a: Session) -> tuple[str, str]:
    """The handshake's outcome in a word or two, and its style."""
    if a.handshake_complete:
        return _("ok"), "green"
    if "not decrypted" in a.handshake_state:  # TLS 1.3 without keys: no verdict either way
        return _("encrypted"), "dim"
    if a.handshake_state.startswith("unknown"):
        return _("mid-stream"), "dim"
    return _(a.handshake_state), "bold red"


def print_brief(console: Console, result: Connection) -> None:
    """The connection's ``--brief`` line, whatever the width (grep, sort; a terminal wraps
    it). Without colour a line without any character to escape (or trailing space, which rich
    trims past the width) is its text alone: written at once."""
    line = brief_line(result)
    if isinstance(console, ReportConsole) and console.writes_plain:
        plain = line.plain
        if not plain[-1:].isspace() and is_plain(plain):
            console.write_plain(plain + "\n")
            return
    console.print(line.to_text(), soft_wrap=True)


def brief_line(result: Connection) -> Label:
    """One line per connection, for ``--brief`` on captures with many connections: about 70
    columns for a TLCP connection between IPv4 addresses, so it fits an 80-column terminal."""
    conn = result
    a = result.tlcp
    line = Label.assemble(
        (f"#{conn.index:<3} ", "bold"),
        (f"{endpoint(conn.client)} → {endpoint(conn.server)}", "green"),
        (f" {_brief_protocol(result):<4}", "bold magenta"),
    )
    if a is not None:
        suite = a.suite.name if a.suite is not None else "-"
        line.append(f" {suite:<15}", style="cyan")
        if a.resumed:
            line.append(" " + (_("resumed #{n}").format(n=a.resumed_from)
                               if a.resumed_from is not None else _("resumed")), style="yellow")
        state, style = _brief_handshake(a)
        line.append(f" {state}", style=style)
        fatal = [alert_word(x.description) for x in a.alerts if x.level == "fatal"]
        if fatal:
            line.append(" " + _("alert {d}").format(d=",".join(fatal)), style="bold red")
        # (the handshake's own check is the state already shown)
        failed = [check_title(c.name) for c in a.checks
                  if not c.ok and c.name != "handshake_complete"]
        if failed:
            line.append(" ✗ " + ",".join(failed), style="red")
    tcp = conn.tcp
    close = _tcp_word(tcp.close) if tcp.close != "none" else _("not closed")
    if tcp.handshake != "complete":
        close = f"TCP {_tcp_word(tcp.handshake)}/{close}"
    line.append(f" {close}", style="dim")
    if result.warnings:
        line.append(" " + _("{n} warning(s)").format(n=len(result.warnings)), style="yellow")
    return line
