"""The TLS parts of the text report: what a TLS 1.3 / TLS 1.2 connection negotiated, and the
phrases for the TLS 1.3 messages in the ladder. ``report.text`` calls these two hooks."""

from __future__ import annotations

from tlcp_decode import registry
from tlcp_decode.model import Message, Session
from tlcp_decode.report.i18n import _
from tlcp_decode.report.outline import Label
from tlcp_decode.report.terms import say


def tls_lines(a: Session) -> list[Label]:
    """Protocol, group, signature scheme, HelloRetryRequest, PSK, ALPN of a TLS connection."""
    facts = a.tls
    if facts.version is None or facts.version == 0x0101:
        return []
    lines = [Label(_("protocol: {label}").format(label=say(a.protocol_label)), style="bold")]
    if facts.group is not None:
        lines.append(Label(_("key exchange group: {g}").format(g=registry.group_name(facts.group))))
    for side, scheme in facts.signature_schemes:
        lines.append(Label(_("{side} signature scheme: {s}").format(
            side=_(side), s=registry.signature_scheme_name(scheme))))
    retry_group = facts.retry_group
    if facts.hello_retry_request and retry_group is None:
        lines.append(Label(_("HelloRetryRequest: the server asked for the ClientHello again "
                             "without naming a group (a cookie, say: RFC 8446 4.2.2)"),
                           style="yellow"))
    elif facts.hello_retry_request and retry_group is not None:
        lines.append(Label(_("HelloRetryRequest: the server asked for another key share ({g})")
                          .format(g=registry.group_name(retry_group)), style="yellow"))
    if facts.psk_identities:
        if facts.resumed:
            origin = (_(" (ticket from connection {n})").format(n=a.resumed_from)
                      if a.resumed_from is not None else "")
            lines.append(Label(_("PSK: identity {i} of {n} accepted, session resumed").format(
                i=facts.psk_selected, n=facts.psk_identities) + origin))
        else:
            lines.append(Label(_("PSK: {n} identity(ies) offered, not accepted").format(
                n=facts.psk_identities)))
    if facts.early_data_offered:
        lines.append(Label(_("early data (0-RTT): offered, accepted by the server")
                           if facts.early_data_accepted else _("early data (0-RTT): offered")))
    if facts.alpn:
        lines.append(Label(_("ALPN: {p}").format(p=facts.alpn)))
    return lines


def tls_phrase(a: Session, entry: Message) -> str | None:
    """A phrase for TLS 1.3 ladder entries; None where the TLCP phrase applies."""
    if not a.tls.tls13:
        return None
    t = entry.type
    if t in ("certificate_request", "finished"):
        exchange = _post_handshake_exchange(a, entry)
        if exchange is not None:
            return _post_handshake_phrase(a, t, exchange)
    if t == "change_cipher_spec":
        return _("middlebox compatibility record (TLS 1.3: changes nothing)")
    if t == "encrypted_handshake":
        return _("encrypted handshake record (no keys to read it)")
    if t == "hello_retry_request":
        if a.tls.retry_group is None:
            return _("HelloRetryRequest: the server wants the ClientHello again")
        return _("HelloRetryRequest: the server wants a key share for another group")
    if t == "client_hello":
        n = len(a.offered_suites) if a.offered_suites is not None else 0
        text = _("offers {n} cipher suite(s)").format(n=n)
        if a.server_name:
            text += _(", SNI {name}").format(name=a.server_name)
        if a.tls.psk_identities:
            text += _(", offers a PSK (resumption)")
        return text
    if t == "server_hello":
        name = a.suite.name if a.suite is not None else "-"
        text = _("chooses {suite}").format(suite=name)
        if a.tls.group is not None:
            text += ", " + registry.group_name(a.tls.group)
        if a.tls.resumed:
            text += _(", accepts the PSK (session resumed)")
        return text
    if t == "encrypted_extensions":
        return _("the server's other extensions, encrypted")
    if t == "end_of_early_data":
        return _("the client's early data (0-RTT) ends here")
    if t == "certificate_verify":
        scheme = a.tls.scheme_of("server" if entry.direction == "s2c" else "client")
        name = registry.signature_scheme_name(scheme) if scheme is not None else "?"
        return _("signature over the handshake transcript ({scheme})").format(scheme=name)
    if t == "finished":
        finished = a.decryption.finished_verified if a.decryption is not None else None
        verified = (None if finished is None
                    else finished.client if entry.direction == "c2s" else finished.server)
        if verified is None:
            return _("HMAC over the handshake transcript")
        if verified:
            return _("decrypted; verify_data matches the handshake transcript")
        return _("decrypted; verify_data does NOT match the handshake transcript")
    if t == "new_session_ticket":
        return _("a ticket for PSK resumption")
    if t == "key_update":
        return _("the sender switches to new traffic keys")
    return None


def _post_handshake_exchange(a: Session, entry: Message) -> int | None:
    """Which post-handshake authentication (RFC 8446 4.6.2; 0: the first) ``entry`` belongs to,
    when it comes after the client's Finished; None when it is a message of the handshake."""
    exchange = None
    for message in a.messages:
        if message is entry:
            return exchange
        if message.type == "certificate_request" and exchange is not None:
            exchange += 1  # (a later exchange's request)
        elif message.type == "finished" and message.direction == "c2s" and exchange is None:
            exchange = -1  # the handshake is over: the next request opens exchange 0
    return None


def _post_handshake_phrase(a: Session, message_type: str, exchange: int) -> str:
    if message_type == "certificate_request":
        return _("the server asks for a client certificate after the handshake "
                 "(post-handshake authentication)")
    # each exchange's Finished has its check, in the order of the exchanges
    checks = [c for c in a.checks if c.name == "client_post_handshake_finished"]
    check = checks[exchange] if 0 <= exchange < len(checks) else None
    if check is None:
        return _("post-handshake authentication: HMAC over its own transcript")
    if check.ok:
        return _("post-handshake authentication: decrypted; verify_data matches its transcript")
    return _("post-handshake authentication: decrypted; verify_data does NOT match its "
             "transcript")
