"""Per-server summaries and verdicts for the evaluator's report and ``--json``'s server objects.

A server is an ``ip:port`` of one capture file that spoke TLCP or TLS. Its connections are
summarised (protocols, suites, certificate pairs, client authentication, resumption, failed
handshakes, application bytes, decryption) and judged by the rules of
:mod:`tlcp_decode.report.policy`: each rule yields findings, each finding names the
connections and frames that show it, and the policy's level of the rule decides whether the
finding makes the verdict *fail* or *attention*.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import field
from datetime import UTC, datetime
from functools import lru_cache
from operator import itemgetter
from typing import Any

from tlcp_decode import registry
from tlcp_decode.bounded_cache import SharedByIdentity, SharedValues
from tlcp_decode.named_tuple import NamedTuple
from tlcp_decode.precompiled import dataclass
from tlcp_decode.report.flowview import FlowView
from tlcp_decode.report.i18n import _, current_language
from tlcp_decode.report.policy import N_, RULES, Level, Policy, Verdict
from tlcp_decode.report.terms import alert_word, check_title, level_word, say

TLCP_VERSION_TEXT = "0x0101"


def _not_failed(tlcp: dict[str, Any]) -> bool:
    """The handshake completed, or whether it did is not known (handshake_complete None:
    joined mid-way, a TLS 1.3 flight not decrypted, the packets end during it)."""
    return tlcp["handshake_complete"] is not False


class RuleStatus:
    """How one rule came out for one server (values shown in the report, kept in JSON)."""

    OK = "ok"
    FINDING = "finding"
    NOT_CHECKED = "not_checked"  # nothing in the capture the rule could look at
    OFF = "off"  # switched off by the policy


class Violation(NamedTuple):
    """One connection breaking one rule; findings group equal violations of many connections.
    (A named tuple: rules make one or two per connection, each used once.)"""

    rule: str
    text: str  # already in the report language
    connection: int
    frames: tuple[int, ...] = ()


class Breach(NamedTuple):
    """A rule broken as every connection with the same shared facts breaks it (see
    :class:`SharedOutcomes`): the text, and which of the connection's handshake messages show
    it (their frames are looked up per connection)."""

    text: str
    message: str
    direction: str | None = None


#: Connections, frames, failed handshakes listed per finding or server: the first ones; past
#: this the JSON says how many more there were (``*_omitted``), so a server of a 200,000-
#: connection capture costs as little as one of a hundred.
LISTED = 1000


@dataclass
class Finding:
    rule: str
    severity: str  # fail | attention
    text: str
    connections: list[int] = field(default_factory=list)  # the first LISTED
    frames: list[int] = field(default_factory=list)  # the first LISTED
    connection_count: int = 0
    frame_count: int = 0
    # a connection's violations come in one ServerSummary.add, and a frame belongs to one
    # connection: each is listed once by looking back at the current connection only
    _current: int | None = field(default=None, repr=False, compare=False)
    _current_frames: set[int] = field(default_factory=set, repr=False, compare=False)

    def add(self, connection: int, frames: Iterable[int]) -> None:
        """One more connection it was found in, and its frames (each listed once)."""
        if connection != self._current:
            self._current = connection
            seen = self._current_frames = set()
            self.connection_count += 1
            if len(self.connections) < LISTED:
                self.connections.append(connection)
        else:
            seen = self._current_frames
        for frame in frames:
            if frame not in seen:
                seen.add(frame)
                self.frame_count += 1
                if len(self.frames) < LISTED:
                    self.frames.append(frame)

    def add_once(self, connection: int, handshake: list[dict[str, Any]],
                 positions: tuple[int, ...]) -> None:
        """:meth:`add` of a connection given no other time, with the frames of the messages at
        ``positions`` of its handshake list: a shape's findings (ServerSummary.add) each take
        a connection once, with all its frames, so nothing of it is remembered for a second
        call (the set add keeps for that was made and thrown away on each connection)."""
        self._current = None
        self.connection_count += 1
        if len(self.connections) < LISTED:
            self.connections.append(connection)
        listed = self.frames
        if len(positions) == 1:  # (most findings: one message shows them) the loop's result
            frame = handshake[positions[0]]["frame"]
            if frame is not None:
                self.frame_count += 1
                if len(listed) < LISTED:
                    listed.append(frame)
            return
        frames: list[int] = []  # several messages may be in one frame
        for at in positions:
            frame = handshake[at]["frame"]
            if frame is not None and frame not in frames:
                frames.append(frame)
        self.frame_count += len(frames)
        room = LISTED - len(listed)
        if room > 0:
            listed += frames[:room]

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"rule": self.rule, "severity": self.severity,
                                "text": self.text, "connections": self.connections,
                                "frames": self.frames}
        # (_omitted's keys, set in place: a server summary has hundreds of findings, written
        # after the reading process's last message)
        if self.connection_count > len(self.connections):
            data["connections_omitted"] = self.connection_count - len(self.connections)
        if self.frame_count > len(self.frames):
            data["frames_omitted"] = self.frame_count - len(self.frames)
        return data


def _omitted(key: str, count: int, listed: list[Any]) -> dict[str, int]:
    """``{"<key>_omitted": n}`` when a list holds only the first of its ``count`` items."""
    return {f"{key}_omitted": count - len(listed)} if count > len(listed) else {}


# The decoder's per-connection checks (docs/json.md), named for the report.
CHECK_TITLES: dict[str, str] = {
    "suite_is_tlcp": N_("the negotiated suite is a TLCP suite"),
    "suite_offered": N_("the server chose a suite the client offered"),
    "server_certificate_count": N_("the server sent signing and encryption certificates"),
    "server_certificate_key_type": N_("the server's certificate keys fit the key exchange"),
    "client_certificates": N_("the client sent the certificates the key exchange needs"),
    "client_certificate_key_type": N_("the client's certificate keys fit the key exchange"),
    "server_sign_key_usage": N_("key usage of the server's signing certificate"),
    "server_enc_key_usage": N_("key usage of the server's encryption certificate"),
    "client_sign_key_usage": N_("key usage of the client's signing certificate"),
    "client_enc_key_usage": N_("key usage of the client's encryption certificate"),
    "handshake_complete": N_("the handshake completed"),
    "server_sign_certificate_chain": N_("chain of the server's signing certificate"),
    "server_enc_certificate_chain": N_("chain of the server's encryption certificate"),
    "server_single_certificate_chain": N_("chain of the server's certificate"),
    "client_sign_certificate_chain": N_("chain of the client's signing certificate"),
    "client_enc_certificate_chain": N_("chain of the client's encryption certificate"),
    "client_single_certificate_chain": N_("chain of the client's certificate"),
    "server_key_exchange_signature": N_("ServerKeyExchange signature"),
    "certificate_verify_signature": N_("CertificateVerify signature"),
    "client_finished": N_("client Finished verify_data"),
    "server_finished": N_("server Finished verify_data"),
    "sm_algorithms_only": N_("only SM algorithms negotiated (suite, group, signature schemes)"),
    "server_certificate_verify": N_("server CertificateVerify signature"),
    "client_certificate_verify": N_("client CertificateVerify signature"),
    "client_post_handshake_certificate_verify": N_(
        "client CertificateVerify signature of a post-handshake authentication"),
    "client_post_handshake_finished": N_(
        "client Finished verify_data of a post-handshake authentication"),
}


def english() -> bool:
    """Whether the report is being written in English (the source language)."""
    return _("client") == "client"


def readable_detail(detail: str) -> str:
    """A check's detail as the report shows it: the decoder writes details in English; a
    Chinese report shows one only once it is translated (it then holds Chinese text)."""
    if current_language() != "zh":
        # no catalog: say() would rebuild the same English text from the Msg's template and
        # values (nested), which costs more than the rest of a connection's verdicts
        return str(detail)
    shown = say(detail)  # a Msg by its template, a plain sentence as a whole
    if english() or any("\u4e00" <= ch <= "\u9fff" for ch in shown):
        return shown
    return ""


def check_text(check: dict[str, Any]) -> str:
    """A failed or passed check in the report language: what it checks, then its detail."""
    title = CHECK_TITLES.get(check["name"])
    text = _(title) if title else check_title(check["name"])
    detail = readable_detail(check["detail"])
    return f"{text}: {detail}" if detail else text


# -- one connection as the rules read it -------------------------------------------------------


class JudgedConnection:
    """One connection's JSON object as the rules read it, with its checks and the frames of
    its handshake messages looked up once: every rule reads them, and a dozen scans of each
    connection's lists made the server summary the costliest step of a short connection."""

    __slots__ = ("flow", "index", "tlcp", "_sent", "_check_names", "_failed_checks", "_frames",
                 "_validity")

    def __init__(self, flow: FlowView, tlcp: dict[str, Any]) -> None:
        self.flow = flow
        self.index = flow.index
        self.tlcp = tlcp
        # made when a rule asks: a connection of a known shape mostly needs none of it
        self._sent: set[tuple[str, str]] | None = None
        # the checks by name, looked up when a rule asks (shared outcomes mostly do not)
        self._check_names: set[str] | None = None
        self._failed_checks: list[dict[str, Any]] = []
        self._frames: dict[tuple[str, str | None], tuple[int, ...]] = {}
        self._validity: tuple[bool | None, ...] | None = None

    @property
    def sent(self) -> set[tuple[str, str]]:
        """(direction, type) of every handshake message it saw."""
        if self._sent is None:
            self._sent = {(m["dir"], m["type"]) for m in self.tlcp["handshake"]}
        return self._sent

    def _checks_by_name(self) -> set[str]:
        if self._check_names is None:
            checks = self.tlcp["checks"]
            self._check_names = {c["name"] for c in checks}
            self._failed_checks = [c for c in checks if not c["ok"]]
        return self._check_names

    def check(self, name: str) -> dict[str, Any] | None:
        """The first check of that name, None when it has none."""
        if name not in self._checks_by_name():
            return None
        return next(c for c in self.tlcp["checks"] if c["name"] == name)

    def has_checks(self, names: frozenset[str]) -> bool:
        return not self._checks_by_name().isdisjoint(names)

    def failed_checks(self, names: frozenset[str]) -> list[dict[str, Any]]:
        self._checks_by_name()
        return [c for c in self._failed_checks if c["name"] in names]

    def server_validity(self) -> tuple[bool | None, ...]:
        """Each server certificate's validity at the connection's start (None: unknown), as
        :func:`certificate_valid_at` says."""
        if self._validity is None:
            self._validity = validity_in_second(self.tlcp["certificates"]["server"],
                                                self.flow.record.get("start_time"))
        return self._validity

    def frames(self, message: str, direction: str | None = None) -> tuple[int, ...]:
        """The frames of its ``message`` handshake messages (of that direction)."""
        key = (message, direction)
        found = self._frames.get(key)
        if found is None:
            found = self._frames[key] = tuple([
                m["frame"] for m in self.tlcp["handshake"]
                if m["type"] == message and (direction is None or m["dir"] == direction)
                and m["frame"] is not None])
        return found

    @property
    def tls13(self) -> bool:
        """The server chose TLS 1.3 (its ServerHello says so, readable without keys).

        The flow's version is the highest one offered when no ServerHello came: a refused
        TLS 1.3 ClientHello negotiated nothing, and has no suite."""
        tlcp = self.tlcp
        return tlcp["version"] == TLS13_VERSION_TEXT and tlcp["cipher_suite"] is not None

    @property
    def tls13_spoken(self) -> bool:
        """TLS 1.3 was chosen or, when the ServerHello could not be read (a draft version),
        offered: what its records after a ServerHello are (all protected, RFC 8446 5.1)."""
        return bool(self.tlcp["version"] == TLS13_VERSION_TEXT)

    def sm_only(self) -> dict[str, Any] | None:
        """The decoder's "SM algorithms only" check of a TLS connection (suite, group,
        signature schemes; RFC 8998), None when it has none."""
        return self.check("sm_algorithms_only")


@lru_cache(maxsize=1024)
def _parse_time(text: str) -> datetime | None:
    """Cached: a server's certificates are read again on each of its connections."""
    try:
        value = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def certificate_valid_at(cert: dict[str, Any], when: float | None) -> bool | None:
    """Whether ``when`` (epoch seconds) is within the certificate's validity; None: unknown."""
    start, end = _parse_time(cert.get("not_before", "")), _parse_time(cert.get("not_after", ""))
    if when is None or start is None or end is None:
        return None
    moment = datetime.fromtimestamp(when, UTC)
    return start <= moment <= end


def _validity_of(certificates: list[dict[str, Any]],
                 when: float | None) -> tuple[bool | None, ...]:
    return tuple([certificate_valid_at(cert, when) for cert in certificates])


# the validity of a list of certificates (the JSON writer shares one per chain) in a second
_validity_by_second: dict[tuple[int, int],
                          tuple[list[dict[str, Any]], tuple[bool | None, ...]]] = {}
_VALIDITY_BY_SECOND_LIMIT = 1024


def validity_in_second(certificates: list[dict[str, Any]],
                       when: float | None) -> tuple[bool | None, ...]:
    """``certificate_valid_at`` of each certificate, worked out once per list and second of
    ``when``: where the bounds are whole seconds, a second within which none ends gives the
    same for all its moments (at a notAfter's second, the instant itself and the rest of the
    second differ; a moment rounding up into the next second is worked out on its own)."""
    if not certificates:  # (a TLS 1.3 server's, not decrypted: not seen)
        return ()
    if when is None:
        return _validity_of(certificates, when)
    second = math.floor(when)
    if when - second >= 0.999999:
        return _validity_of(certificates, when)
    key = (id(certificates), second)
    found = _validity_by_second.get(key)
    if found is not None and found[0] is certificates:
        return found[1]
    value = _validity_of(certificates, when)
    if not _turns_within(certificates, second) and _held_text([], certificates) <= 16384:
        if len(_validity_by_second) >= _VALIDITY_BY_SECOND_LIMIT:
            _validity_by_second.clear()
        _validity_by_second[key] = (certificates, value)  # holds the list: its id stays its
    return value


def _turns_within(certificates: list[dict[str, Any]], second: int) -> bool:
    for cert in certificates:
        start = _parse_time(cert.get("not_before", ""))
        end = _parse_time(cert.get("not_after", ""))
        if start is None or end is None:
            continue  # unknown at any moment
        if start.microsecond or end.microsecond or math.floor(end.timestamp()) == second:
            return True
    return False


def _suite_text(suite: dict[str, str]) -> str:
    return f"{suite['name']} ({suite['id']})"


def _alert_text(alert: dict[str, Any]) -> str:
    who = _("client") if alert["dir"] == "c2s" else _("server")
    if alert["description"] is None:
        what = _("encrypted alert")
    else:
        what = f"{level_word(alert['level'])} {alert_word(alert['description'])}"
    return _("{who}: {what} (frame {frame})").format(who=who, what=what, frame=alert["frame"])


# -- the rules -----------------------------------------------------------------------------------
# Each takes one connection of the server (one that spoke TLCP or TLS) and says whether the
# rule applies to it and what it breaks; a rule that applies to none of a server's connections
# is "not checked" for that server.

RuleCheck = Callable[[JudgedConnection], tuple[bool, Sequence[Violation]]]
# The rules that read only facts connections share (see SharedOutcomes): what they break is
# said once per distinct set of facts, the frames that show it looked up per connection.
SharedRuleCheck = Callable[[JudgedConnection], tuple[bool, Sequence[Breach]]]
_NOTHING: tuple[Violation, ...] = ()
_NO_BREACH: tuple[Breach, ...] = ()


TLS13_VERSION_TEXT = "0x0304"


def _tlcp_protocol(c: JudgedConnection) -> tuple[bool, Sequence[Breach]]:
    tlcp = c.tlcp
    if c.tls13:  # chosen in the clear: judged with or without keys
        sm_only = c.sm_only()
        if sm_only is not None and sm_only["ok"]:
            return False, _NO_BREACH  # with SM algorithms: the tls13_sm rule
        detail = readable_detail(sm_only["detail"]) if sm_only else ""
        return True, (Breach(_(
            "negotiated TLS 1.3 without the RFC 8998 SM algorithms, not TLCP 0x0101")
            + (f": {detail}" if detail else ""), "server_hello"),)
    if not tlcp["handshake_complete"]:
        return False, _NO_BREACH
    if tlcp["version"] == TLCP_VERSION_TEXT:
        return True, _NO_BREACH
    return True, (Breach(_(
        "completed a TLS handshake (version {v}), not TLCP 0x0101").format(
            v=tlcp["version"]), "server_hello"),)


def _tls13_sm(c: JudgedConnection) -> tuple[bool, Sequence[Breach]]:
    if not c.tls13:
        return False, _NO_BREACH
    sm_only = c.sm_only()
    if sm_only is None or not sm_only["ok"]:
        return False, _NO_BREACH  # TLS 1.3 with other algorithms: the tlcp_protocol rule
    return True, (Breach(_(
        "negotiated TLS 1.3 with the RFC 8998 SM algorithms, not TLCP 0x0101: {detail}")
        .format(detail=readable_detail(sm_only["detail"]) or registry.suite_label(
            int(c.tlcp["cipher_suite"]["id"], 16))), "server_hello"),)


def _tlcp_suites(c: JudgedConnection) -> tuple[bool, Sequence[Breach]]:
    tlcp = c.tlcp
    suite = tlcp["cipher_suite"]
    if suite is None:
        return False, _NO_BREACH
    # a TLS 1.3 suite is never a TLCP one: the protocol rules judge those connections, and
    # they do not make this rule met; whether the client offered the suite still counts
    tls13 = c.tls13
    found = []
    if not tls13:
        known = registry.lookup(int(suite["id"], 16))
        if known is None or not known.tlcp:
            found.append(Breach(_("chose {suite}, not a TLCP cipher suite")
                                .format(suite=_suite_text(suite)), "server_hello"))
    offered = {s["id"] for s in tlcp["offered_suites"]}
    if offered and suite["id"] not in offered:
        found.append(Breach(_("chose {suite}, which the client did not offer").format(
            suite=_suite_text(suite)), "server_hello"))
    return not tls13, found


def sm2_suite(suite: registry.CipherSuite) -> bool:
    """SM2 key exchange and authentication, SM4 encryption, SM3 MAC/PRF."""
    return (suite.key_exchange in (registry.KeyExchange.ECC, registry.KeyExchange.ECDHE)
            and suite.authentication is registry.Authentication.SM2
            and suite.cipher is registry.Cipher.SM4 and suite.mac is registry.Hash.SM3)


def _sm2_suites(c: JudgedConnection) -> tuple[bool, Sequence[Breach]]:
    if c.tls13:
        sm_only = c.sm_only()
        if sm_only is not None:  # suite, group and signature schemes
            if sm_only["ok"]:
                return True, _NO_BREACH
            return True, (Breach(check_text(sm_only), "server_hello"),)
    suite = c.tlcp["cipher_suite"]
    known = registry.lookup(int(suite["id"], 16)) if suite else None
    if known is None or not known.tlcp:
        return False, _NO_BREACH  # not a TLCP suite: the tlcp_suites rule says so
    if sm2_suite(known):
        return True, _NO_BREACH
    return True, (Breach(_(
        "negotiated {suite}: {kx} key exchange, {cipher} with {mac}").format(
            suite=_suite_text(suite), kx=known.key_exchange, cipher=known.cipher,
            mac=known.mac), "server_hello"),)


_PAIR_CHECKS = ("server_certificate_count", "server_certificate_key_type",
                "server_sign_key_usage", "server_enc_key_usage")
_SERVER_CHAIN_CHECKS = ("server_sign_certificate_chain", "server_enc_certificate_chain",
                        "server_single_certificate_chain")
_CLIENT_CERTIFICATE_CHECKS = ("client_certificates", "client_certificate_key_type",
                              "client_sign_key_usage", "client_enc_key_usage")


def _check_violations(names: tuple[str, ...], message: str, direction: str,
                      ) -> SharedRuleCheck:
    """A rule made of the decoder's per-connection checks of those ``names``."""
    wanted = frozenset(names)

    def run(c: JudgedConnection) -> tuple[bool, Sequence[Breach]]:
        if not c.has_checks(wanted):
            return False, _NO_BREACH
        return True, [Breach(check_text(check), message, direction)
                      for check in c.failed_checks(wanted)]

    return run


def _certificate_validity(c: JudgedConnection) -> tuple[bool, Sequence[Breach]]:
    found = []
    applicable = False
    for cert, valid in zip(c.tlcp["certificates"]["server"], c.server_validity(), strict=True):
        if valid is None:
            continue
        applicable = True
        if not valid:
            text = _outside_validity.get(
                (current_language(), cert["role"], cert["subject"], cert["serial"],
                 cert["not_before"], cert["not_after"]), _outside_validity_text)
            found.append(Breach(text, "certificate", "s2c"))
    return applicable, found


def _outside_validity_text(key: tuple[str, ...]) -> str:
    _language, role, subject, serial, start, end = key
    return _("{role} certificate {subject} (serial {serial}) is valid from {start} to {end}, "
             "not at the capture time").format(role=_role_name(role), subject=subject,
                                               serial=serial, start=start, end=end)


# a server's certificate is out of its validity on each of its connections: the same text
_outside_validity: SharedValues[tuple[str, ...], str] = SharedValues(
    limit=1024, size=lambda key: sum(map(len, key)), largest=4096)


_CLIENT_AUTHENTICATION = (("c2s", "certificate"), ("c2s", "certificate_verify"))


def _client_authentication(c: JudgedConnection) -> tuple[bool, Sequence[Breach]]:
    tlcp = c.tlcp
    if tlcp["resumed"] or not tlcp["handshake_complete"]:
        return False, _NO_BREACH
    if all(step in c.sent for step in _CLIENT_AUTHENTICATION):
        return True, _NO_BREACH
    return True, (Breach(_("full handshake without client authentication"),
                         "server_hello_done"),)


def _handshakes_complete(c: JudgedConnection) -> tuple[bool, Sequence[Violation]]:
    # met only when some handshake was seen to end (TLS 1.3: with keys)
    tlcp = c.tlcp
    if _not_failed(tlcp):
        return tlcp["handshake_complete"] is True, _NOTHING
    alerts = tlcp["alerts"]
    state = tlcp["handshake_state"]
    if state == "established":  # a TLS 1.3 server refused the client's last flight
        text = _("the server refused the handshake after the client's last flight")
    else:
        text = _("handshake did not complete (state: {state})").format(state=_(state))
    if c.flow.protocol == "tls":
        text = _("a TLS client (ClientHello {v}), not TLCP: ").format(
            v=tlcp["client_version"]) + text
    if alerts:
        text += "; " + _("alerts: ") + ", ".join(_alert_text(a) for a in alerts)
    frames = [m["frame"] for m in tlcp["handshake"] if m["frame"] is not None][-1:]
    frames += [a["frame"] for a in alerts if a["frame"] is not None]
    return True, (Violation("handshakes_complete", text, c.index, tuple(frames)),)


_DIRECTION_COUNTS = (("c2s", "c2s_records", "c2s_bytes"), ("s2c", "s2c_records", "s2c_bytes"))
_PROTECTED_BOTH_WAYS = frozenset((("c2s", "change_cipher_spec"), ("s2c", "change_cipher_spec")))


def _data_protected(c: JudgedConnection) -> tuple[bool, Sequence[Violation]]:
    if c.flow.record["tcp"]["handshake"] == "missing":
        return False, _NOTHING  # joined mid-way: whether encryption was on is a guess
    tlcp = c.tlcp
    data = tlcp["application_data"]
    found = []
    for direction, records_key, bytes_key in _DIRECTION_COUNTS:
        records = data[records_key]
        # TLS 1.3: every record after the ServerHello is protected, ChangeCipherSpec or not
        # (RFC 8446 5.1: application data is never sent unprotected)
        if records and not (
                (direction, "change_cipher_spec") in c.sent
                or (c.tls13_spoken and bool(c.frames("server_hello")))):
            who = _("client") if direction == "c2s" else _("server")
            frames = tuple(r.frame for r in c.flow.app_records
                           if r.direction == direction and r.frame is not None)
            found.append(Violation("data_protected", _(
                "the {who} sent {n} application-data record(s) ({b} bytes) in clear, "
                "before any ChangeCipherSpec").format(who=who, n=records, b=data[bytes_key]),
                c.index, frames))
    return True, found


_KEY_CHECKS = frozenset((
    "server_key_exchange_signature", "certificate_verify_signature",
    "server_certificate_verify", "client_certificate_verify",  # TLS 1.3
    "client_post_handshake_certificate_verify", "client_post_handshake_finished",
    "client_finished", "server_finished"))


def _keys_verify(c: JudgedConnection) -> tuple[bool, Sequence[Violation]]:
    decryption = c.tlcp.get("decryption")
    if decryption is None or decryption["status"] == "no_key" or (
            decryption["status"] != "decrypted" and decryption.get("key_source") is None):
        return False, _NOTHING  # no key material for this connection: nothing about the server
    found = []
    if decryption["status"] != "decrypted":
        reason = readable_detail(decryption.get("reason") or "")
        found.append(Violation("keys_verify", _("not decrypted: {status}").format(
            status=_(decryption["status"])) + (f" ({reason})" if reason else ""),
            c.index, ()))
    if decryption.get("records_failed"):
        found.append(Violation("keys_verify", _(
            "{n} record(s) failed to decrypt or authenticate").format(
                n=decryption["records_failed"]), c.index, ()))
    for check in c.failed_checks(_KEY_CHECKS):
        found.append(Violation("keys_verify", check_text(check), c.index,
                               c.frames("finished")))
    return True, found


# what SharedOutcomes keys their outcome by: these read nothing else of a connection
SHARED_RULE_CHECKS: dict[str, SharedRuleCheck] = {
    "tlcp_protocol": _tlcp_protocol,
    "tls13_sm": _tls13_sm,
    "tlcp_suites": _tlcp_suites,
    "sm2_suites": _sm2_suites,
    "certificate_pair": _check_violations(_PAIR_CHECKS, "certificate", "s2c"),
    "certificate_validity": _certificate_validity,
    "certificate_chain": _check_violations(_SERVER_CHAIN_CHECKS, "certificate", "s2c"),
    "client_certificates": _check_violations(_CLIENT_CERTIFICATE_CHECKS, "certificate", "c2s"),
    "client_authentication": _client_authentication,
}
# the decoder's checks the shared rules read (c.sm_only and the _check_violations rules):
# the others (validity at the connection's second, say) do not make a connection's facts
# different
_SHARED_RULES_CHECKS = frozenset(("sm_algorithms_only", *_PAIR_CHECKS, *_SERVER_CHAIN_CHECKS,
                                  *_CLIENT_CERTIFICATE_CHECKS))
# the rules that read what is the connection's own (its alerts, frames, records, keys)
CONNECTION_RULE_CHECKS: dict[str, RuleCheck] = {
    "handshakes_complete": _handshakes_complete,
    "data_protected": _data_protected,
    "keys_verify": _keys_verify,
}
assert {*SHARED_RULE_CHECKS, *CONNECTION_RULE_CHECKS} == {rule.id for rule in RULES}
# connection rules whose outcome follows, for some connections, from the facts of their shape
# (ServerSummary._shape): for such a connection (where the function says so) the rule breaks
# nothing and applies or not as on every connection of that shape
_DECIDED_BY_SHAPE: dict[str, Callable[[JudgedConnection], bool]] = {
    "handshakes_complete": lambda c: _not_failed(c.tlcp),
    "keys_verify": lambda c: c.tlcp.get("decryption") is None,
    # ChangeCipherSpec both ways: no record is in clear (applicable unless joined mid-way)
    "data_protected": lambda c: _PROTECTED_BOTH_WAYS <= c.sent,
}

SharedOutcome = dict[str, tuple[bool, Sequence[Breach]]]  # rule -> (applicable, breaches)
# the checks of _SHARED_RULES_CHECKS, by value, once per list of checks (the JSON writer
# shares one between the connections with equal checks)
_read_checks: SharedByIdentity[list[dict[str, Any]], tuple[tuple[Any, ...], ...]] = (
    SharedByIdentity(lambda checks: tuple([(check["name"], check["ok"], check["detail"])
                                           for check in checks
                                           if check["name"] in _SHARED_RULES_CHECKS]),
                     1024, size=lambda checks: sum(len(c["detail"]) for c in checks),
                     largest=16384))


class SharedOutcomes:
    """What the shared rules (:data:`SHARED_RULE_CHECKS`) make of a connection, worked out
    once per distinct set of the facts they read and given to every connection that has them.

    Most of a connection's JSON that those rules read (its suite, the client's offered list,
    its certificates) is shared between connections by the JSON writer
    (:mod:`tlcp_decode.report.jsonl`): a connection's facts are found by the identity of
    those objects plus its checks and a few plain values, and each entry holds the objects
    it names, so no other object can take their identity while it is kept. Bounded: at most
    ``limit`` entries, none holding more than ``largest`` characters of check and
    certificate text (what a hostile capture controls)."""

    __slots__ = ("limit", "largest", "_outcomes")

    def __init__(self, limit: int = 1024, largest: int = 16384) -> None:
        self.limit = limit
        self.largest = largest
        self._outcomes: dict[tuple[object, ...], tuple[SharedOutcome, tuple[object, ...]]] = {}

    def of(self, c: JudgedConnection) -> SharedOutcome:
        tlcp = c.tlcp
        suite, offered, checks = tlcp["cipher_suite"], tlcp["offered_suites"], tlcp["checks"]
        certificates = tlcp["certificates"]["server"]
        sent = c.sent
        # everything the shared rules read; the translations too (the texts are in the
        # report language)
        key = (current_language(), tlcp["version"], tlcp["handshake_complete"], tlcp["resumed"],
               id(suite), id(offered) if offered else 0,
               # by value: the JSON's check objects are shared, but made again for a verdict
               # that left its table (the validity checks of each second fill it)
               _read_checks(checks),
               tuple(map(id, certificates)), c.server_validity(),
               ("c2s", "certificate") in sent, ("c2s", "certificate_verify") in sent)
        entry = self._outcomes.get(key)
        if entry is not None:
            return entry[0]
        outcome = {rule: check(c) for rule, check in SHARED_RULE_CHECKS.items()}
        if _held_text(checks, certificates) <= self.largest:
            if len(self._outcomes) >= self.limit:
                self._outcomes.clear()
            self._outcomes[key] = (outcome, (suite, offered, certificates))
        return outcome

    def __len__(self) -> int:
        return len(self._outcomes)


def _held_text(checks: list[dict[str, Any]], certificates: list[dict[str, Any]]) -> int:
    """About how much text an entry of SharedOutcomes keeps alive."""
    return (sum(len(c["name"]) + len(c["detail"]) for c in checks)
            + sum(len(c["subject"]) + len(c["issuer"]) + len(c["serial"])
                  for c in certificates))


def _role_name(role: str) -> str:
    return {"sign": _("signing"), "enc": _("encryption"), "ca": _("CA"),
            "single": _("single")}.get(role, role)


# -- the server summary ------------------------------------------------------------------------


_RULE_ORDER = {rule.id: n for n, rule in enumerate(RULES)}


def _rule_order(finding: Finding) -> int:
    return _RULE_ORDER[finding.rule]


@dataclass
class RuleResult:
    rule: str
    level: Level
    status: str

    def to_json(self) -> dict[str, str]:
        return {"rule": self.rule, "level": str(self.level), "status": self.status}


_APPLICATION_DATA_COUNTS = ("c2s_records", "c2s_bytes", "s2c_records", "s2c_bytes")
# (id, name) of each suite a client offered, once per list: the JSON shares one list between
# the connections of a client software
_offered_pairs: SharedByIdentity[list[dict[str, str]], frozenset[tuple[str, str]]] = (
    SharedByIdentity(lambda suites: frozenset((s["id"], s["name"]) for s in suites), 1024,
                     size=len, largest=128))


_RESOLVED_LIMIT = 256  # shared outcomes resolved per server
# the client authentication counts, by the message each counts
_CLIENT_AUTHENTICATION_STEPS = (("requested", ("s2c", "certificate_request")),
                                ("client_certificates", ("c2s", "certificate")),
                                ("certificate_verify", ("c2s", "certificate_verify")))


class _Shape(NamedTuple):
    """What each connection with the same facts adds to its server's summary (see
    ServerSummary._new_shape)."""

    counts: tuple[tuple[Counter[Any], Any], ...]  # (counter, key): one more each
    certificates: tuple[dict[str, Any], ...]  # certificate entries: one more connection each
    offered: list[dict[str, str]]  # the suites the client offered: each counted once more
    failed: bool  # a failed handshake (listed per connection)
    # see ServerSummary._resolve: the findings it adds to (None: one past LISTED) and the
    # handshake messages whose frames show each
    resolved: list[tuple[Finding | None, str, str | None]]
    rule_plan: list[tuple[str, RuleCheck, str | None]]  # the connection rules still to run
    # when the shape's key names the handshake list's messages: each finding once, with the
    # positions in that list of the messages whose frames show it (None: the frames looked up
    # on each connection); and how many of its findings were past LISTED
    found: tuple[tuple[Finding, tuple[int, ...]], ...] | None = None
    omitted: int = 0


class Shapes:
    """The shapes of the connections of one capture's servers (:meth:`ServerSummary._shape`),
    once per server and distinct facts: a server's connections mostly come from a few client
    programs and end alike, and what they add to its summary was worked out on each.

    A key names its server's summary and the shared JSON objects it was read from (suite,
    offered list, checks, certificates) by identity: each entry holds them, so no other object
    takes their identity while it is kept. Bounded: at most ``limit`` entries, none holding
    more than ``largest`` characters of check and certificate text."""

    __slots__ = ("limit", "largest", "_shapes", "kept")

    #: The entry kept for a key, (its shape, the objects it holds), None when there is none:
    #: the dictionary's own look-up, in C (a method's look-up was a Python call a connection).
    kept: Callable[[tuple[object, ...]], tuple[_Shape, tuple[object, ...]] | None]

    def __init__(self, limit: int = 1024, largest: int = 16384) -> None:
        self.limit = limit
        self.largest = largest
        self._shapes: dict[tuple[object, ...], tuple[_Shape, tuple[object, ...]]] = {}
        self.kept = self._shapes.get

    def put(self, key: tuple[object, ...], shape: _Shape, checks: list[dict[str, Any]],
            certificates: list[dict[str, Any]], held: tuple[object, ...]) -> None:
        if _held_text(checks, certificates) > self.largest:
            return
        if len(self._shapes) >= self.limit:
            self._shapes.clear()
        self._shapes[key] = (shape, held)

    def __len__(self) -> int:
        return len(self._shapes)


# each rule with the severity of its findings (None: switched off; data_protected still runs
# then, for the server's cleartext connections): the shared rules, whose outcomes come from the
# shared outcomes, and those run on each connection
RulePlans = tuple[list[tuple[str, str]], list[tuple[str, RuleCheck, str | None]]]


def rule_plans(policy: Policy) -> RulePlans:
    """The shared rules and the connection rules ``policy`` asks for (read, never changed)."""
    shared_plan: list[tuple[str, str]] = []
    rule_plan: list[tuple[str, RuleCheck, str | None]] = []
    for rule in RULES:
        level = policy.level(rule.id)
        severity = (None if level is Level.OFF
                    else "fail" if level is Level.REQUIRED else "attention")
        if rule.id in CONNECTION_RULE_CHECKS:
            if severity is not None or rule.id == "data_protected":
                rule_plan.append((rule.id, CONNECTION_RULE_CHECKS[rule.id], severity))
        elif severity is not None:
            shared_plan.append((rule.id, severity))
    return shared_plan, rule_plan


#: Shapes a server holds uncounted (see ServerSummary.add), and the longest offered-suite list
#: such a shape may hold (a longer one is counted on each connection: what is held stays small).
_UNCOUNTED_SHAPES = 16
_UNCOUNTED_LARGEST = 128
#: The most handshake messages a connection may have for its shape to be kept (its key lists
#: them): what a shape holds stays small.
_SHAPED_MESSAGES = 64
_DIRECTION, _TYPE = itemgetter("dir"), itemgetter("type")


def _positions(handshake: list[dict[str, Any]], message: str,
               direction: str | None) -> tuple[int, ...]:
    """Where the ``message`` messages (of that direction) are in a handshake list."""
    return tuple([at for at, m in enumerate(handshake)
                  if m["type"] == message and (direction is None or m["dir"] == direction)])


class ServerSummary:
    """One server, summed up connection by connection (:meth:`add`): what a report needs of
    it is kept, not its connections, so ``--json`` keeps flat memory on long captures."""

    def __init__(self, file: str, file_number: int, server: str, policy: Policy,
                 shared_outcomes: SharedOutcomes | None = None,
                 shapes: Shapes | None = None, plans: RulePlans | None = None) -> None:
        """``plans``: :func:`rule_plans` of ``policy``, when the caller has them."""
        self.file = file
        self.file_number = file_number
        self.server = server
        self.policy = policy
        self.connection_count = 0
        self._names: set[str] = set()
        self._protocols: Counter[str] = Counter()
        self._versions: Counter[str] = Counter()
        self._negotiated: Counter[tuple[str, str]] = Counter()
        self._offered: Counter[tuple[str, str]] = Counter()
        # The shapes whose connections are not counted yet (into the counters, certificate
        # entries and offered suites), by identity: connections with equal facts add the same
        # counts, so counting a shape's connections and then adding its counts once (when
        # the summary is read, or when too many shapes are held) is cheaper than adding them
        # on every connection (an offered list alone is 20 to 60 suites). Each entry holds
        # its shape: [shape, connections]. Without a table of shapes, each connection's
        # counts are added at once (the general way, as everything else: see ServerBook).
        self._uncounted: dict[int, list[Any]] | None = {} if shapes is not None else None
        self._shapes = shapes
        self._certificates: dict[tuple[str, str], dict[str, Any]] = {}
        self._handshakes: Counter[str] = Counter()
        self._client_auth: Counter[str] = Counter()
        # a dict, not a Counter: its sums are read and written on each connection, and a
        # dict's items are looked up faster (by the interpreter's dict-only fast path)
        self._app: dict[str, int] = dict.fromkeys(_APPLICATION_DATA_COUNTS, 0)
        self._cleartext: list[int] = []  # the first LISTED
        self._cleartext_count = 0
        self._decryption: Counter[str] = Counter()
        self._decrypting = False
        self.failed_handshakes: list[dict[str, Any]] = []  # the first LISTED
        self._applicable: set[str] = set()
        self._findings: dict[tuple[str, str], Finding] = {}
        # different findings per rule; past LISTED of one rule (texts that name a frame, say)
        # further ones are counted, not kept: the rule already has findings of that severity
        self._findings_per_rule: Counter[str] = Counter()
        self._findings_omitted = 0
        self._shared_outcomes = (shared_outcomes if shared_outcomes is not None
                                 else SharedOutcomes())
        # each rule's id, level and the level's text, in RULES' order (see _rule_statuses)
        self._rule_levels = [(rule.id, level, str(level))
                             for rule in RULES for level in (policy.level(rule.id),)]
        # the rules to run (see rule_plans; read only, shared by a book's servers)
        self._shared_plan, self._rule_plan = plans if plans is not None else rule_plans(policy)
        # what a shared outcome means for this server, by the outcome's identity (each entry
        # holds its outcome): the findings it adds to (None: a finding past LISTED) and the
        # handshake messages whose frames show it
        self._resolved: dict[int, tuple[SharedOutcome,
                                        list[tuple[Finding | None, str, str | None]]]] = {}

    @property
    def anchor(self) -> str:
        safe = "".join(ch if ch.isalnum() else "-" for ch in self.server)
        return f"f{self.file_number}s{safe}"

    @property
    def names(self) -> list[str]:
        return sorted(self._names)

    @property
    def findings(self) -> list[Finding]:
        return sorted(self._findings.values(), key=_rule_order)

    @property
    def rules(self) -> list[RuleResult]:
        return [RuleResult(rule_id, level, status)
                for rule_id, level, _level_text, status in self._rule_statuses()]

    def _rule_statuses(self) -> list[tuple[str, Level, str, str]]:
        """Each rule's id, level (and its text) and status for this server, in RULES' order."""
        found = {f.rule for f in self._findings.values()}
        applicable, off = self._applicable, Level.OFF
        return [(rule_id, level, level_text,
                 RuleStatus.OFF if level is off
                 else RuleStatus.FINDING if rule_id in found
                 else RuleStatus.OK if rule_id in applicable else RuleStatus.NOT_CHECKED)
                for rule_id, level, level_text in self._rule_levels]

    @property
    def verdict(self) -> Verdict:
        severities = {f.severity for f in self._findings.values()}
        if "fail" in severities:
            return Verdict.FAIL
        if severities:
            return Verdict.ATTENTION
        return Verdict.PASS if self._applicable else Verdict.NOT_CHECKED

    def add(self, flow: FlowView, tlcp: dict[str, Any] | None = None) -> None:
        """Count one connection (one that spoke TLCP or TLS) and judge it by every rule.
        ``tlcp``: ``flow.tlcp``, when the caller has it."""
        if tlcp is None:
            tlcp = flow.tlcp
        assert tlcp is not None
        self.add_record(flow.record, tlcp, lambda: flow)

    def add_record(self, record: dict[str, Any], tlcp: dict[str, Any],
                   view: Callable[[], FlowView]) -> None:
        """:meth:`add` of the connection whose JSON object is ``record`` (``tlcp``: its
        ``tlcp``), ``view()`` its view: called only where the summary reads more of it than
        its JSON object (a connection of a new shape, a connection rule to run), so that
        ``--json`` makes no view of most connections."""
        self.connection_count += 1
        # the connection as the rules read it, made only where one is needed (a new shape,
        # frames not known from the shape, a connection rule to run): None until then
        shape, judged = self._shape(record, tlcp, view)
        uncounted = self._uncounted
        if uncounted is None or len(shape.offered) > _UNCOUNTED_LARGEST:
            self._count(shape, 1)
        else:
            entry = uncounted.get(id(shape))
            if entry is not None:
                entry[1] += 1
            else:
                if len(uncounted) >= _UNCOUNTED_SHAPES:
                    self._count_uncounted()
                uncounted[id(shape)] = [shape, 1]
        index = record["index"]
        if shape.failed and len(self.failed_handshakes) < LISTED:
            self.failed_handshakes.append({"connection": index,
                                           "protocol": record["protocol"],
                                           "state": tlcp["handshake_state"],
                                           "alerts": tlcp["alerts"]})
        # a direction without application data (most of a short connection's) skipped
        app, sums = tlcp["application_data"], self._app
        for _direction, records, size in _DIRECTION_COUNTS:
            if app[records] or app[size]:
                sums[records] += app[records]
                sums[size] += app[size]
        decryption = tlcp.get("decryption")
        if decryption is not None:
            self._add_decryption(decryption)
        found = shape.found
        if found is None:
            for finding, message, direction in shape.resolved:
                if finding is None:
                    self._findings_omitted += 1
                else:
                    if judged is None:
                        judged = JudgedConnection(view(), tlcp)
                    finding.add(index, judged.frames(message, direction))
        else:  # judged.frames(message, direction), the messages known from the shape
            if shape.omitted:
                self._findings_omitted += shape.omitted
            if found:
                handshake = tlcp["handshake"]
                for finding, positions in found:
                    finding.add_once(index, handshake, positions)
        rule_plan = shape.rule_plan
        if not rule_plan:
            return
        if judged is None:
            judged = JudgedConnection(view(), tlcp)
        for rule_id, check, severity in rule_plan:
            applicable, violations = check(judged)
            if rule_id == "data_protected" and violations:
                self._cleartext_count += 1
                if len(self._cleartext) < LISTED:
                    self._cleartext.append(index)
            if severity is None:
                continue
            if applicable:
                self._applicable.add(rule_id)
            for v in violations:
                finding = self._finding(rule_id, severity, v.text)
                if finding is None:
                    self._findings_omitted += 1
                else:
                    finding.add(v.connection, v.frames)

    def _shape(self, record: dict[str, Any], tlcp: dict[str, Any],
               view: Callable[[], FlowView]) -> tuple[_Shape, JudgedConnection | None]:
        """What the connection adds to the summary as every connection with its facts does,
        from the server's table of shapes when one is kept (see :class:`Shapes`); and the
        connection as the rules read it, when it was made for a new shape."""
        shapes = self._shapes
        if shapes is None:
            judged = JudgedConnection(view(), tlcp)
            return self._new_shape(judged), judged
        handshake = tlcp["handshake"]
        if len(handshake) > _SHAPED_MESSAGES:
            judged = JudgedConnection(view(), tlcp)
            return self._new_shape(judged), judged
        suite, offered, checks = tlcp["cipher_suite"], tlcp["offered_suites"], tlcp["checks"]
        certificates = tlcp["certificates"]["server"]
        # everything _new_shape reads (SharedOutcomes.of's facts among them); the shared
        # JSON objects by identity (the shape holds them), the rest by value. The handshake
        # messages by direction and type, in order: what the connection sent (JudgedConnection
        # .sent), and where the messages whose frames show a finding are in its list
        key = (self, current_language(), tlcp["server_name"], record["protocol"],
               tlcp["version"], tlcp["resumed"], tlcp["handshake_state"],
               tlcp["handshake_complete"], id(suite), id(offered) if offered else 0,
               # JudgedConnection.server_validity, without one made
               id(checks), id(certificates),
               validity_in_second(certificates, record.get("start_time")),
               tlcp.get("decryption") is None, record["tcp"]["handshake"] == "missing",
               tuple(map(_DIRECTION, handshake)), tuple(map(_TYPE, handshake)))
        entry = shapes.kept(key)
        if entry is not None:
            return entry[0], None
        judged = JudgedConnection(view(), tlcp)
        shape = self._new_shape(judged, positions=True)
        shapes.put(key, shape, checks, certificates, (suite, offered, checks, certificates))
        return shape, judged

    def _new_shape(self, judged: JudgedConnection, positions: bool = False) -> _Shape:
        """What ``judged`` adds to the summary that every connection with the same facts adds
        too (its names, protocol, version, suites, certificates, handshake and client
        authentication counts, shared rules' findings), the first such connection's own
        additions made (a name, a certificate first seen). ``positions``: the connections
        of the shape have the same handshake messages in the same order (see _shape)."""
        tlcp = judged.tlcp
        if tlcp["server_name"]:
            self._names.add(tlcp["server_name"])
        counts: list[tuple[Counter[Any], Any]] = [
            (self._protocols, judged.flow.protocol), (self._versions, tlcp["version"])]
        suite = tlcp["cipher_suite"]
        if suite:
            counts.append((self._negotiated, (suite["id"], suite["name"])))
        counts.append((self._handshakes, "resumed" if tlcp["resumed"] else "full"))
        complete = tlcp["handshake_complete"]
        if complete is not None:
            counts.append((self._handshakes, "complete" if complete else "failed"))
        sent = judged.sent
        for name, step in _CLIENT_AUTHENTICATION_STEPS:
            if step in sent:
                counts.append((self._client_auth, name))
        rule_plan = []
        for rule_id, check, severity in self._rule_plan:
            decided = _DECIDED_BY_SHAPE.get(rule_id)
            if decided is None or not decided(judged):
                rule_plan.append((rule_id, check, severity))
                continue
            applicable, violations = check(judged)  # the same for every connection of the shape
            assert not violations
            if applicable and severity is not None:
                self._applicable.add(rule_id)
        resolved = self._resolve(self._shared_outcomes.of(judged))
        shape = _Shape(tuple(counts), self._certificate_entries(judged),
                       tlcp["offered_suites"], complete is False,
                       resolved, rule_plan)
        if not positions:
            return shape
        # each finding with the positions of all its messages, in the order the general way
        # adds their frames (a position once: its frame would be listed once)
        found: dict[int, tuple[Finding, list[int]]] = {}
        for finding, message, direction in resolved:
            if finding is not None:
                at = found.setdefault(id(finding), (finding, []))[1]
                at += [n for n in _positions(tlcp["handshake"], message, direction)
                       if n not in at]
        return shape._replace(found=tuple((finding, tuple(at)) for finding, at in found.values()),
                              omitted=sum(finding is None for finding, _m, _d in resolved))

    def _count(self, shape: _Shape, connections: int) -> None:
        """What ``connections`` connections of ``shape`` add to the counts."""
        for counter, key in shape.counts:
            counter[key] += connections
        for entry in shape.certificates:
            entry["connections"] += connections
        if shape.offered:
            offered = self._offered
            for pair in _offered_pairs(shape.offered):
                offered[pair] += connections

    def _count_uncounted(self) -> None:
        """The connections of the shapes held uncounted, counted."""
        if not self._uncounted:
            return
        for shape, connections in self._uncounted.values():
            self._count(shape, connections)
        self._uncounted.clear()

    def _finding(self, rule_id: str, severity: str, text: str) -> Finding | None:
        """The rule's finding of that text, made now if new; None: the rule has LISTED
        different findings already (the violation is counted, not kept)."""
        finding = self._findings.get((rule_id, text))
        if finding is None:
            if self._findings_per_rule[rule_id] >= LISTED:
                return None
            self._findings_per_rule[rule_id] += 1
            finding = self._findings[(rule_id, text)] = Finding(rule_id, severity, text)
        return finding

    def _resolve(self, shared: SharedOutcome,
                 ) -> list[tuple[Finding | None, str, str | None]]:
        """What ``shared`` adds to this server's findings, worked out on its first connection
        with that outcome: the rules it applies to are then recorded once and for all (a
        finding past LISTED stays so: a rule's findings are never fewer)."""
        entry = self._resolved.get(id(shared))
        if entry is not None:
            return entry[1]
        resolved = []
        for rule_id, severity in self._shared_plan:
            applicable, breaches = shared[rule_id]
            if applicable:
                self._applicable.add(rule_id)
            resolved += [(self._finding(rule_id, severity, b.text), b.message, b.direction)
                         for b in breaches]
        if len(self._resolved) >= _RESOLVED_LIMIT:
            self._resolved.clear()
        self._resolved[id(shared)] = (shared, resolved)
        return resolved

    def _certificate_entries(self, judged: JudgedConnection) -> tuple[dict[str, Any], ...]:
        """The entries of the connection's server certificates (made for those first seen;
        each connection that sent them then counts in their ``connections``)."""
        entries = []
        for cert in judged.tlcp["certificates"]["server"]:
            key = (cert["issuer"], cert["serial"])
            entry = self._certificates.get(key)
            if entry is None:  # first seen: its chain check is looked up (the last one)
                chain_checks = {c["name"]: c for c in judged.tlcp["checks"]
                                if c["name"].startswith("server_")
                                and c["name"].endswith("_chain")}
                chain = chain_checks.get(f"server_{cert['role']}_certificate_chain")
                entry = self._certificates[key] = {
                    **cert,
                    "valid_at_capture": certificate_valid_at(
                        cert, judged.flow.record.get("start_time")),
                    "chain": {"ok": chain["ok"], "detail": chain["detail"]} if chain else None,
                    "connections": 0,
                }
            entries.append(entry)
        return tuple(entries)

    def _add_decryption(self, decryption: dict[str, Any] | None) -> None:
        if decryption is None:
            return
        self._decrypting = True
        self._decryption[decryption["status"]] += 1
        for side in ("client", "server"):
            value = (decryption.get("finished_verified") or {}).get(side)
            if value is not None:
                self._decryption["finished_verified" if value else "finished_failed"] += 1

    # -- the facts shown per server --

    def protocols(self) -> dict[str, int]:
        self._count_uncounted()
        return dict(self._protocols)

    def versions(self) -> dict[str, int]:
        self._count_uncounted()
        return dict(self._versions)

    def suites(self, which: str) -> list[dict[str, Any]]:
        self._count_uncounted()
        counts = self._negotiated if which == "negotiated" else self._offered
        return [{"id": i, "name": n, "count": c}
                for (i, n), c in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]

    def certificates(self) -> list[dict[str, Any]]:
        """Each distinct certificate the server sent (validity at capture time, chain check
        with --ca, in how many connections), without its DER."""
        self._count_uncounted()
        return list(self._certificates.values())

    def handshakes(self) -> dict[str, int]:
        self._count_uncounted()
        return {k: self._handshakes[k] for k in ("full", "resumed", "complete", "failed")}

    def client_authentication(self) -> dict[str, int]:
        self._count_uncounted()
        return {k: self._client_auth[k]
                for k in ("requested", "client_certificates", "certificate_verify")}

    def application_data(self) -> dict[str, Any]:
        return {**{k: self._app[k] for k in _APPLICATION_DATA_COUNTS},
                "cleartext_connections": list(self._cleartext),
                **_omitted("cleartext_connections", self._cleartext_count, self._cleartext)}

    def decryption(self) -> dict[str, int] | None:
        if not self._decrypting:
            return None
        return {k: self._decryption[k] for k in ("decrypted", "no_key", "failed",
                                                   "finished_verified", "finished_failed")}

    def to_json(self) -> dict[str, Any]:
        self._count_uncounted()
        return {
            "type": "server",
            "file": self.file,
            "server": self.server,
            "names": self.names,
            "verdict": str(self.verdict),
            "findings": [f.to_json() for f in self.findings],
            **({"findings_omitted": self._findings_omitted} if self._findings_omitted else {}),
            # (RuleResult.to_json's objects, made without a RuleResult each)
            "rules": [{"rule": rule_id, "level": level_text, "status": status}
                      for rule_id, _level, level_text, status in self._rule_statuses()],
            "connections": self.connection_count,
            "protocols": self.protocols(),
            "versions": self.versions(),
            "suites_negotiated": self.suites("negotiated"),
            "suites_offered": self.suites("offered"),
            "certificates": self.certificates(),
            "client_authentication": self.client_authentication(),
            "handshakes": self.handshakes(),
            "failed_handshakes": self.failed_handshakes,
            **_omitted("failed_handshakes", self._handshakes["failed"], self.failed_handshakes),
            "application_data": self.application_data(),
            "decryption": self.decryption(),
        }


class ServerBook:
    """The servers of one capture file, filled connection by connection."""

    def __init__(self, file: str, file_number: int, policy: Policy,
                 shared_outcomes: SharedOutcomes | None = None,
                 per_connection: bool = False) -> None:
        self.file = file
        self.file_number = file_number
        self.policy = policy
        self._servers: dict[str, ServerSummary] = {}
        # what connections with equal facts add to their server's summary, worked out once
        # (per_connection: on each connection, the general way, for the tests to compare)
        self._shapes = None if per_connection else Shapes()
        # servers share chains, suites and client software: one table for them all
        self._shared_outcomes = (shared_outcomes if shared_outcomes is not None
                                 else SharedOutcomes())
        self._plans: RulePlans | None = None  # the policy's rules, read on the first server

    def add(self, flow: FlowView) -> None:
        if flow.tlcp is not None:  # else not TLCP or TLS: no server to judge
            self.add_record(flow.record, lambda: flow)

    def add_record(self, record: dict[str, Any], view: Callable[[], FlowView]) -> None:
        """:meth:`add` of the connection whose JSON object is ``record``, ``view()`` its view:
        made only where the summary reads more of it (see ServerSummary.add_record)."""
        tlcp = record["tlcp"]
        if tlcp is None:
            return  # not TLCP or TLS: no server to judge (the connection is still listed)
        address = record["server"]
        server = self._servers.get(address)
        if server is None:
            if self._plans is None:
                self._plans = rule_plans(self.policy)
            server = self._servers[address] = ServerSummary(
                self.file, self.file_number, address, self.policy, self._shared_outcomes,
                self._shapes, self._plans)
        server.add_record(record, tlcp, view)

    def servers(self) -> list[ServerSummary]:
        """In address order."""
        return [self._servers[k] for k in sorted(self._servers)]
