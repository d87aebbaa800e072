"""A likely cause for each fatal alert, inferred from what the capture shows before it.

An alert names a category (handshake_failure, bad_certificate...), not the reason; the reason
is usually visible in what preceded it: which side sent it, after which message, what the
client offered, what the server asked for. Each cause here is an inference from those facts
and is always presented as one ("likely cause, inferred from ..."), never as a verdict.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from tlcp_decode import registry
from tlcp_decode.messages import Msg, msg
from tlcp_decode.model_base import SIDE
from tlcp_decode.precompiled import dataclass
from tlcp_decode.schema import TLCP_VERSION, TLS_VERSIONS
from tlcp_decode.session.handshake_state import TLS13_TRANSITIONS

if TYPE_CHECKING:
    from tlcp_decode.model import Alert as AlertEntry
    from tlcp_decode.model import Message as HandshakeEntry
    from tlcp_decode.session.analyzer import TLCPAnalyzer

CERTIFICATE_ALERTS = frozenset({"bad_certificate", "unsupported_certificate",
                                "certificate_revoked", "certificate_expired",
                                "certificate_unknown", "unknown_ca", "access_denied",
                                "certificate_required"})
#: Alerts that can only judge a handshake (a certificate, a signature, a Finished): sent by a
#: TLS 1.3 server right after the client's last flight, they refuse the handshake the messages
#: completed (the server checks the client's Certificate, CertificateVerify and Finished after
#: it sent its own Finished), unlike an alert about the data later.
HANDSHAKE_REFUSALS = CERTIFICATE_ALERTS | {"decrypt_error", "handshake_failure"}


@dataclass(frozen=True)
class AlertCause:
    """The likely cause of one fatal alert, inferred from the messages before it."""

    alert_index: int  # position in the analyzer's alerts
    cause: Msg


def _before(entries: Sequence[HandshakeEntry], frame: int | None) -> list[HandshakeEntry]:
    if frame is None:
        return list(entries)
    return [e for e in entries if e.frame is not None and e.frame <= frame]


def _suite_names(a: TLCPAnalyzer) -> str:
    if a.client_hello is None:
        return "?"
    return ", ".join(registry.suite_name(int(s)) for s in a.client_hello.cipher_suites)


def _version_cause(a: TLCPAnalyzer, alert: AlertEntry) -> Msg | None:
    """A TLS client at a TLCP server, a TLCP client at a TLS server, or a TLS server that does
    not take the TLS versions offered."""
    client = a.client_version
    if client is None or alert.description != "protocol_version":
        return None
    # (the versions a.stats["s2c"] copies: stats makes both directions' counts)
    server_records = a.streams["s2c"].versions
    if client in TLS_VERSIONS and TLCP_VERSION in server_records:
        return msg("a TLS client (ClientHello version {client}) is talking to a TLCP server, "
                   "which only accepts version 0x0101", client=f"0x{client:04x}")
    if client == TLCP_VERSION and alert.direction == "s2c":
        return msg("the client speaks TLCP (0x0101) and the server does not accept that "
                   "version: probably a TLS-only server")
    if client in TLS_VERSIONS and alert.direction == "s2c":
        # the server's records carry TLS versions: a TLS server, older or newer than the client
        offered = a.tls.offered_versions or (client,)
        return msg("the server does not accept the TLS version(s) the client offered "
                   "({versions})", versions=", ".join(registry.version_name(v) for v in offered))
    return None


def _cause(a: TLCPAnalyzer, alert: AlertEntry) -> Msg:
    sender = SIDE.get(alert.direction, alert.direction)
    seen = _before(a.handshake, alert.frame)
    types = [(e.direction, e.type) for e in seen]
    description = alert.description or "?"
    version = _version_cause(a, alert)
    if version is not None:
        return version
    if a.machine.renegotiations and _state_after(seen) != "established":
        return _renegotiation_cause(a, alert, sender, description)
    server_spoke = any(d == "s2c" for d, _t in types)
    if sender == "server" and not server_spoke and ("c2s", "client_hello") in types:
        return _refused_hello(a, description)
    done = ("s2c", "server_hello_done") in types
    client_after_done = done and any(
        d == "c2s" for d, _t in types[types.index(("s2c", "server_hello_done")) + 1:])
    # the client answered the server's whole flight: after ServerHelloDone (TLCP, TLS 1.2) or
    # after the server's Finished (TLS 1.3, whose CertificateRequest comes before it)
    client_answered = client_after_done or (
        ("s2c", "finished") in types
        and any(d == "c2s" for d, _t in types[types.index(("s2c", "finished")) + 1:]))
    if sender == "client" and done and not client_after_done:
        if description in CERTIFICATE_ALERTS:
            return _untrusted_server(a)
        return msg("the client refused the server's hello messages ({description}) before "
                   "sending its key exchange", description=description)
    if sender == "server" and a.certificate_request is not None and client_answered:
        if not a.client_certificates:
            return msg("the server asked for a client certificate (CertificateRequest) and the "
                       "client sent none")
        if description in CERTIFICATE_ALERTS:
            return msg("the server rejected the client's certificate ({subject}): its chain "
                       "probably does not lead to a CA the server trusts, or its key usage, "
                       "extended key usage (clientAuth) or validity does not fit",
                       subject=a.client_certificates[0].subject)
        if description == "decrypt_error":
            return msg("the server could not verify the client's CertificateVerify signature")
    if description in ("bad_record_mac", "decrypt_error", "decryption_failed") and \
            any(t == "finished" for _d, t in types):
        return msg("the {sender} could not decrypt or verify the peer's Finished: the two sides "
                   "derived different keys (a different pre-master secret)", sender=sender)
    if sender == "client" and description in CERTIFICATE_ALERTS:
        return _untrusted_server(a)
    state = _state_after(seen)
    if state == "established":  # (HandshakeState.ESTABLISHED's value)
        return msg("the {sender} ended the connection with {description} after the handshake "
                   "was established: no handshake message before it tells why (for example a "
                   "peer that closed without close_notify, a record the {sender} could not "
                   "read, or an application error)", sender=sender, description=description)
    return msg("the {sender} ended the handshake with {description} in state '{state}'",
               sender=sender, description=description, state=state)


def _renegotiation_cause(a: TLCPAnalyzer, alert: AlertEntry, sender: str,
                         description: str) -> Msg:
    """A fatal alert in a renegotiation (a handshake begun after the first was established)."""
    refused = any(earlier.description == "no_renegotiation" and earlier.direction == "s2c"
                  for earlier in a.alerts if earlier is not alert and earlier.frame is not None
                  and alert.frame is not None and earlier.frame <= alert.frame)
    if refused and sender == "client":
        return msg("the server refused the renegotiation the client asked for (a warning "
                   "no_renegotiation), and the client ended the connection with {description}; "
                   "the handshake before it had been established", description=description)
    return msg("the {sender} ended a renegotiation with {description}; the handshake before it "
               "had been established", sender=sender, description=description)


def _refused_hello(a: TLCPAnalyzer, description: str) -> Msg:
    """The server answered the ClientHello with a fatal alert: what the alert names it refused.

    The alert's description matters here: servers refuse a ClientHello for a name they do not
    serve, an application protocol, a malformed or missing extension or a fault of their own
    as well as for the lack of a common cipher suite."""
    if description == "unrecognized_name":
        name = a.server_name
        if name is None:
            return msg("the server requires a server name (SNI) and the ClientHello has none")
        return msg("the server does not serve the name the client asked for (server_name "
                   "{name})", name=name)
    if description == "no_application_protocol":
        return msg("the server supports none of the application protocols the client offered "
                   "(ALPN: {protocols})", protocols=", ".join(a.tls.alpn_offered) or "?")
    if description == "inappropriate_fallback":
        return msg("the ClientHello is a retry at a lower version (it offers TLS_FALLBACK_SCSV, "
                   "version {version}) and the server supports a higher one: a downgrade the "
                   "server refuses (RFC 7507)", version=registry.version_name(
                       a.client_version) if a.client_version is not None else "?")
    if description == "missing_extension":
        return msg("the ClientHello lacks an extension the server requires")
    if description in ("decode_error", "illegal_parameter"):
        return msg("the server could not read or accept a value in the ClientHello "
                   "({description})", description=description)
    if description == "internal_error":
        return msg("the server failed while answering the ClientHello (internal_error): a "
                   "fault or limit on the server's side, for example no key or signature "
                   "algorithm it may use with this offer; the alert does not blame the "
                   "client's message")
    if description not in ("handshake_failure", "insufficient_security"):
        return msg("the server refused the ClientHello with {description}",
                   description=description)
    groups = a.tls.offered_groups
    if a.client_version == TLCP_VERSION or not (groups or a.tls.offered_signature_schemes):
        # TLCP's ClientHello negotiates the suite alone (SM2 is fixed by the suite)
        return msg("no cipher suite in common: the server refused the ClientHello, which "
                   "offered {suites}", suites=_suite_names(a))
    return msg("no cipher suite in common, or none of the offered key exchange groups or "
               "signature schemes fits the suites in common: the server refused the "
               "ClientHello, which offered {suites}; groups: {groups}",
               suites=_suite_names(a),
               groups=", ".join(registry.group_name(g) for g in groups) or "-")


def _state_after(seen: Sequence[HandshakeEntry]) -> str:
    return seen[-1].state if seen else "start"


def _untrusted_server(a: TLCPAnalyzer) -> Msg:
    if not a.server_certificates:
        return msg("the client rejected the server's certificate")
    leaf = a.server_certificates[0]
    return msg("the client rejected the server's certificate ({subject}, issued by {issuer}): "
               "its chain probably does not lead to anything the client trusts",
               subject=leaf.subject, issuer=leaf.issuer)


def refused_handshake(a: TLCPAnalyzer) -> AlertEntry | None:
    """The fatal alert by which a TLS 1.3 server refused a handshake whose messages all came
    (both Finished): its first fatal alert, a :data:`HANDSHAKE_REFUSALS` one, with the client's
    last flight the last handshake messages before it. None otherwise."""
    if a.machine.table is not TLS13_TRANSITIONS:  # (first: TLCP and TLS 1.2 need no search)
        return None
    first = next((alert for alert in a.alerts if alert.level == "fatal"), None)
    if first is None or first.direction != "s2c" or first.description not in HANDSHAKE_REFUSALS:
        return None
    seen = _before(a.handshake, first.frame)
    return first if seen and seen[-1].direction == "c2s" else None


def alert_causes(a: TLCPAnalyzer) -> list[AlertCause]:
    """A cause for the first fatal alert; a later fatal alert of the other side is its answer."""
    causes: list[AlertCause] = []
    first: AlertEntry | None = None
    for index, alert in enumerate(a.alerts):
        if alert.level != "fatal":
            continue
        if first is None:
            first = alert
            causes.append(AlertCause(index, _cause(a, alert)))
        elif alert.direction != first.direction:
            causes.append(AlertCause(index, msg(
                "the {sender} answers the {peer}'s fatal {description}",
                sender=SIDE.get(alert.direction, alert.direction),
                peer=SIDE.get(first.direction, first.direction),
                description=first.description or "?")))
    return causes
