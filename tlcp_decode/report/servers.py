"""Per-server summaries and verdicts for the evaluator's report and ``--json``'s server objects.

A server is an ``ip:port`` of one capture file that spoke TLCP or TLS. Its connections are
summarised (protocols, suites, certificate pairs, client authentication, resumption, failed
handshakes, application bytes, decryption) and judged by the rules of
:mod:`tlcp_decode.report.policy`: each rule yields findings, each finding names the
connections and frames that show it, and the policy's level of the rule decides whether the
finding makes the verdict *fail* or *attention*.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from tlcp_decode import registry
from tlcp_decode.report.flowview import FlowView
from tlcp_decode.report.i18n import _
from tlcp_decode.report.policy import N_, RULES, Level, Policy, Verdict
from tlcp_decode.report.terms import alert_word, check_title, level_word, say

TLCP_VERSION_TEXT = "0x0101"
_UNJUDGED_STATES = ("established", "unknown (capture started mid-connection)")


def _unjudged(state: str) -> bool:
    """Established, or not knowable: joined mid-way, or a TLS 1.3 flight not decrypted."""
    return state in _UNJUDGED_STATES or "not decrypted" in state


class RuleStatus:
    """How one rule came out for one server (values shown in the report, kept in JSON)."""

    OK = "ok"
    FINDING = "finding"
    NOT_CHECKED = "not_checked"  # nothing in the capture the rule could look at
    OFF = "off"  # switched off by the policy


@dataclass(frozen=True)
class Violation:
    """One connection breaking one rule; findings group equal violations of many connections."""

    rule: str
    text: str  # already in the report language
    connection: int
    frames: tuple[int, ...] = ()


@dataclass
class Finding:
    rule: str
    severity: str  # fail | attention
    text: str
    connections: list[int] = field(default_factory=list)
    frames: list[int] = field(default_factory=list)
    # the same, as sets: a finding of every connection of a large capture would otherwise
    # cost a scan of its lists per connection (quadratic)
    _connections_seen: set[int] = field(default_factory=set, repr=False, compare=False)
    _frames_seen: set[int] = field(default_factory=set, repr=False, compare=False)

    def add(self, connection: int, frames: Iterable[int]) -> None:
        """One more connection it was found in, and its frames (each listed once)."""
        if connection not in self._connections_seen:
            self._connections_seen.add(connection)
            self.connections.append(connection)
        for frame in frames:
            if frame not in self._frames_seen:
                self._frames_seen.add(frame)
                self.frames.append(frame)

    def to_json(self) -> dict[str, Any]:
        return {"rule": self.rule, "severity": self.severity, "text": self.text,
                "connections": self.connections, "frames": self.frames}


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
}


def english() -> bool:
    """Whether the report is being written in English (the source language)."""
    return _("client") == "client"


def readable_detail(detail: str) -> str:
    """A check's detail as the report shows it: the decoder writes details in English; a
    Chinese report shows one only once it is translated (it then holds Chinese text)."""
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


# -- small readers of the connection JSON ------------------------------------------------------


def _frames_of(tlcp: dict[str, Any], message: str, direction: str | None = None) -> list[int]:
    return [m["frame"] for m in tlcp["handshake"]
            if m["type"] == message and (direction is None or m["dir"] == direction)
            and m["frame"] is not None]


def _failed_checks(tlcp: dict[str, Any], names: Iterable[str]) -> list[dict[str, Any]]:
    wanted = set(names)
    return [c for c in tlcp["checks"] if c["name"] in wanted and not c["ok"]]


def _has_checks(tlcp: dict[str, Any], names: Iterable[str]) -> bool:
    wanted = set(names)
    return any(c["name"] in wanted for c in tlcp["checks"])


def _parse_time(text: str) -> datetime | None:
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
# Each takes the server's connections that spoke TLCP or TLS and yields violations; returning
# no "applicable" connections makes the rule "not checked" for this server.

RuleCheck = Callable[[list[FlowView]], tuple[bool, list[Violation]]]


TLS13_VERSION_TEXT = "0x0304"


def _tls13(tlcp: dict[str, Any]) -> bool:
    """The server chose TLS 1.3 (its ServerHello says so, readable without keys)."""
    return bool(tlcp["version"] == TLS13_VERSION_TEXT)


def _sm_only(tlcp: dict[str, Any]) -> dict[str, Any] | None:
    """The decoder's "SM algorithms only" check of a TLS connection (suite, group, signature
    schemes; RFC 8998), None when it has none."""
    return next((c for c in tlcp["checks"] if c["name"] == "sm_algorithms_only"), None)


def _tlcp_protocol(flows: list[FlowView]) -> tuple[bool, list[Violation]]:
    found = []
    applicable = False
    for flow in flows:
        tlcp = flow.tlcp
        assert tlcp is not None
        if _tls13(tlcp):  # chosen in the clear: judged with or without keys
            sm_only = _sm_only(tlcp)
            if sm_only is None or not sm_only["ok"]:  # with SM algorithms: the tls13_sm rule
                applicable = True
                detail = readable_detail(sm_only["detail"]) if sm_only else ""
                found.append(Violation("tlcp_protocol", _(
                    "negotiated TLS 1.3 without the RFC 8998 SM algorithms, not TLCP 0x0101")
                    + (f": {detail}" if detail else ""),
                    flow.index, tuple(_frames_of(tlcp, "server_hello"))))
            continue
        if not tlcp["handshake_complete"]:
            continue
        applicable = True
        if tlcp["version"] != TLCP_VERSION_TEXT:
            found.append(Violation("tlcp_protocol", _(
                "completed a TLS handshake (version {v}), not TLCP 0x0101").format(
                    v=tlcp["version"]), flow.index, tuple(_frames_of(tlcp, "server_hello"))))
    return applicable, found


def _tls13_sm(flows: list[FlowView]) -> tuple[bool, list[Violation]]:
    found = []
    applicable = False
    for flow in flows:
        tlcp = flow.tlcp
        assert tlcp is not None
        sm_only = _sm_only(tlcp)
        if not _tls13(tlcp) or sm_only is None or not sm_only["ok"]:
            continue  # TLCP, or TLS 1.3 with other algorithms (the tlcp_protocol rule)
        applicable = True
        found.append(Violation("tls13_sm", _(
            "negotiated TLS 1.3 with the RFC 8998 SM algorithms, not TLCP 0x0101: {detail}")
            .format(detail=readable_detail(sm_only["detail"]) or registry.suite_label(
                int(tlcp["cipher_suite"]["id"], 16))), flow.index,
            tuple(_frames_of(tlcp, "server_hello"))))
    return applicable, found


def _tlcp_suites(flows: list[FlowView]) -> tuple[bool, list[Violation]]:
    found = []
    applicable = False
    for flow in flows:
        tlcp = flow.tlcp
        assert tlcp is not None
        if tlcp["cipher_suite"] is None:
            continue
        # a TLS 1.3 suite is never a TLCP one: the protocol rules judge those connections, and
        # they do not make this rule met; whether the client offered the suite still counts
        applicable = applicable or not _tls13(tlcp)
        frames = tuple(_frames_of(tlcp, "server_hello"))
        suite = tlcp["cipher_suite"]
        known = registry.lookup(int(suite["id"], 16))
        if _tls13(tlcp):
            pass
        elif known is None or not known.tlcp:
            found.append(Violation("tlcp_suites", _("chose {suite}, not a TLCP cipher suite")
                                   .format(suite=_suite_text(suite)), flow.index, frames))
        offered = {s["id"] for s in tlcp["offered_suites"]}
        if offered and suite["id"] not in offered:
            found.append(Violation("tlcp_suites", _(
                "chose {suite}, which the client did not offer").format(
                    suite=_suite_text(suite)), flow.index, frames))
    return applicable, found


def sm2_suite(suite: registry.CipherSuite) -> bool:
    """SM2 key exchange and authentication, SM4 encryption, SM3 MAC/PRF."""
    return (suite.key_exchange in (registry.KeyExchange.ECC, registry.KeyExchange.ECDHE)
            and suite.authentication is registry.Authentication.SM2
            and suite.cipher is registry.Cipher.SM4 and suite.mac is registry.Hash.SM3)


def _sm2_suites(flows: list[FlowView]) -> tuple[bool, list[Violation]]:
    found = []
    applicable = False
    for flow in flows:
        tlcp = flow.tlcp
        assert tlcp is not None
        sm_only = _sm_only(tlcp)
        if _tls13(tlcp) and sm_only is not None:  # suite, group and signature schemes
            applicable = True
            if not sm_only["ok"]:
                found.append(Violation("sm2_suites", check_text(sm_only), flow.index,
                                       tuple(_frames_of(tlcp, "server_hello"))))
            continue
        suite = tlcp["cipher_suite"]
        known = registry.lookup(int(suite["id"], 16)) if suite else None
        if known is None or not known.tlcp:
            continue  # not a TLCP suite: the tlcp_suites rule says so
        applicable = True
        if not sm2_suite(known):
            found.append(Violation("sm2_suites", _(
                "negotiated {suite}: {kx} key exchange, {cipher} with {mac}").format(
                    suite=_suite_text(suite), kx=known.key_exchange, cipher=known.cipher,
                    mac=known.mac), flow.index, tuple(_frames_of(tlcp, "server_hello"))))
    return applicable, found


_PAIR_CHECKS = ("server_certificate_count", "server_certificate_key_type",
                "server_sign_key_usage", "server_enc_key_usage")


def _check_violations(rule: str, names: tuple[str, ...], message: str, direction: str,
                      ) -> RuleCheck:
    """A rule made of the decoder's per-connection checks of those ``names``."""

    def run(flows: list[FlowView]) -> tuple[bool, list[Violation]]:
        found = []
        applicable = False
        for flow in flows:
            tlcp = flow.tlcp
            assert tlcp is not None
            if not _has_checks(tlcp, names):
                continue
            applicable = True
            frames = tuple(_frames_of(tlcp, message, direction))
            for check in _failed_checks(tlcp, names):
                found.append(Violation(rule, check_text(check), flow.index, frames))
        return applicable, found

    return run


def _certificate_validity(flows: list[FlowView]) -> tuple[bool, list[Violation]]:
    found = []
    applicable = False
    for flow in flows:
        tlcp = flow.tlcp
        assert tlcp is not None
        when = flow.record.get("start_time")
        for cert in tlcp["certificates"]["server"]:
            valid = certificate_valid_at(cert, when)
            if valid is None:
                continue
            applicable = True
            if not valid:
                found.append(Violation("certificate_validity", _(
                    "{role} certificate {subject} (serial {serial}) is valid from {start} to "
                    "{end}, not at the capture time").format(
                        role=_role_name(cert["role"]), subject=cert["subject"],
                        serial=cert["serial"], start=cert["not_before"], end=cert["not_after"]),
                    flow.index, tuple(_frames_of(tlcp, "certificate", "s2c"))))
    return applicable, found


def _client_authentication(flows: list[FlowView]) -> tuple[bool, list[Violation]]:
    found = []
    applicable = False
    for flow in flows:
        tlcp = flow.tlcp
        assert tlcp is not None
        if tlcp["resumed"] or not tlcp["handshake_complete"]:
            continue
        applicable = True
        sent = {(m["dir"], m["type"]) for m in tlcp["handshake"]}
        if not {("c2s", "certificate"), ("c2s", "certificate_verify")} <= sent:
            found.append(Violation("client_authentication", _(
                "full handshake without client authentication"), flow.index,
                tuple(_frames_of(tlcp, "server_hello_done"))))
    return applicable, found


def _handshakes_complete(flows: list[FlowView]) -> tuple[bool, list[Violation]]:
    found = []
    applicable = False  # met only when some handshake was seen to end (TLS 1.3: with keys)
    for flow in flows:
        tlcp = flow.tlcp
        assert tlcp is not None
        state = tlcp["handshake_state"]
        applicable = applicable or state == "established" or not _unjudged(state)
        if _unjudged(state):
            continue
        alerts = tlcp["alerts"]
        text = _("handshake did not complete (state: {state})").format(state=_(state))
        if flow.protocol == "tls":
            text = _("a TLS client (ClientHello {v}), not TLCP: ").format(
                v=tlcp["client_version"]) + text
        if alerts:
            text += "; " + _("alerts: ") + ", ".join(_alert_text(a) for a in alerts)
        frames = [m["frame"] for m in tlcp["handshake"] if m["frame"] is not None][-1:]
        frames += [a["frame"] for a in alerts if a["frame"] is not None]
        found.append(Violation("handshakes_complete", text, flow.index, tuple(frames)))
    return applicable, found


def _data_protected(flows: list[FlowView]) -> tuple[bool, list[Violation]]:
    found = []
    applicable = False
    for flow in flows:
        tlcp = flow.tlcp
        assert tlcp is not None
        if flow.record["tcp"]["handshake"] == "missing":
            continue  # joined mid-way: whether encryption was on is a guess
        applicable = True
        data = tlcp["application_data"]
        for direction, who in (("c2s", _("client")), ("s2c", _("server"))):
            records = data[f"{direction}_records"]
            # TLS 1.3: every record after the ServerHello is protected, ChangeCipherSpec or not
            # (RFC 8446 5.1: application data is never sent unprotected)
            encrypting = any(m["type"] == "change_cipher_spec" and m["dir"] == direction
                             for m in tlcp["handshake"]) or (
                _tls13(tlcp) and bool(_frames_of(tlcp, "server_hello")))
            if records and not encrypting:
                frames = tuple(r.frame for r in flow.app_records
                               if r.direction == direction and r.frame is not None)
                found.append(Violation("data_protected", _(
                    "the {who} sent {n} application-data record(s) ({b} bytes) in clear, "
                    "before any ChangeCipherSpec").format(who=who, n=records,
                                                          b=data[f"{direction}_bytes"]),
                    flow.index, frames))
    return applicable, found


_KEY_CHECKS = ("server_key_exchange_signature", "certificate_verify_signature",
               "server_certificate_verify", "client_certificate_verify",  # TLS 1.3
               "client_finished", "server_finished")


def _keys_verify(flows: list[FlowView]) -> tuple[bool, list[Violation]]:
    found = []
    applicable = False
    for flow in flows:
        tlcp = flow.tlcp
        assert tlcp is not None
        decryption = tlcp.get("decryption")
        if decryption is None or decryption["status"] == "no_key" or (
                decryption["status"] != "decrypted" and decryption.get("key_source") is None):
            continue  # no key material for this connection: nothing about the server
        applicable = True
        if decryption["status"] != "decrypted":
            reason = readable_detail(decryption.get("reason") or "")
            found.append(Violation("keys_verify", _("not decrypted: {status}").format(
                status=_(decryption["status"])) + (f" ({reason})" if reason else ""),
                flow.index, ()))
        if decryption.get("records_failed"):
            found.append(Violation("keys_verify", _(
                "{n} record(s) failed to decrypt or authenticate").format(
                    n=decryption["records_failed"]), flow.index, ()))
        for check in _failed_checks(tlcp, _KEY_CHECKS):
            found.append(Violation("keys_verify", check_text(check), flow.index,
                                   tuple(_frames_of(tlcp, "finished"))))
    return applicable, found


RULE_CHECKS: dict[str, RuleCheck] = {
    "tlcp_protocol": _tlcp_protocol,
    "tls13_sm": _tls13_sm,
    "tlcp_suites": _tlcp_suites,
    "sm2_suites": _sm2_suites,
    "certificate_pair": _check_violations("certificate_pair", _PAIR_CHECKS, "certificate",
                                          "s2c"),
    "certificate_validity": _certificate_validity,
    "certificate_chain": _check_violations(
        "certificate_chain", ("server_sign_certificate_chain", "server_enc_certificate_chain",
                              "server_single_certificate_chain"), "certificate", "s2c"),
    "client_certificates": _check_violations(
        "client_certificates", ("client_certificates", "client_certificate_key_type",
                                "client_sign_key_usage", "client_enc_key_usage"),
        "certificate", "c2s"),
    "client_authentication": _client_authentication,
    "handshakes_complete": _handshakes_complete,
    "data_protected": _data_protected,
    "keys_verify": _keys_verify,
}
assert set(RULE_CHECKS) == {rule.id for rule in RULES}


def _role_name(role: str) -> str:
    return {"sign": _("signing"), "enc": _("encryption"), "ca": _("CA"),
            "single": _("single")}.get(role, role)


# -- the server summary ------------------------------------------------------------------------


@dataclass
class RuleResult:
    rule: str
    level: Level
    status: str

    def to_json(self) -> dict[str, str]:
        return {"rule": self.rule, "level": str(self.level), "status": self.status}


class ServerSummary:
    """One server, summed up connection by connection (:meth:`add`): what a report needs of
    it is kept, not its connections, so ``--json`` keeps flat memory on long captures."""

    def __init__(self, file: str, file_number: int, server: str, policy: Policy) -> None:
        self.file = file
        self.file_number = file_number
        self.server = server
        self.policy = policy
        self.connections: list[int] = []
        self._names: set[str] = set()
        self._protocols: Counter[str] = Counter()
        self._versions: Counter[str] = Counter()
        self._negotiated: Counter[tuple[str, str]] = Counter()
        self._offered: Counter[tuple[str, str]] = Counter()
        self._certificates: dict[tuple[str, str], dict[str, Any]] = {}
        self._handshakes: Counter[str] = Counter()
        self._client_auth: Counter[str] = Counter()
        self._app: Counter[str] = Counter()
        self._cleartext: list[int] = []
        self._decryption: Counter[str] = Counter()
        self._decrypting = False
        self.failed_handshakes: list[dict[str, Any]] = []
        self._applicable: set[str] = set()
        self._findings: dict[tuple[str, str], Finding] = {}

    @property
    def anchor(self) -> str:
        safe = "".join(ch if ch.isalnum() else "-" for ch in self.server)
        return f"f{self.file_number}s{safe}"

    @property
    def names(self) -> list[str]:
        return sorted(self._names)

    @property
    def findings(self) -> list[Finding]:
        order = {rule.id: n for n, rule in enumerate(RULES)}
        return sorted(self._findings.values(), key=lambda f: order[f.rule])

    @property
    def rules(self) -> list[RuleResult]:
        results = []
        for rule in RULES:
            level = self.policy.level(rule.id)
            if level is Level.OFF:
                status = RuleStatus.OFF
            elif any(f.rule == rule.id for f in self._findings.values()):
                status = RuleStatus.FINDING
            else:
                status = RuleStatus.OK if rule.id in self._applicable else RuleStatus.NOT_CHECKED
            results.append(RuleResult(rule.id, level, status))
        return results

    @property
    def verdict(self) -> Verdict:
        severities = {f.severity for f in self._findings.values()}
        if "fail" in severities:
            return Verdict.FAIL
        return Verdict.ATTENTION if severities else Verdict.PASS

    def add(self, flow: FlowView) -> None:
        """Count one connection (one that spoke TLCP or TLS) and judge it by every rule."""
        tlcp = flow.tlcp
        assert tlcp is not None
        self.connections.append(flow.index)
        if tlcp["server_name"]:
            self._names.add(tlcp["server_name"])
        self._protocols[flow.protocol] += 1
        self._versions[tlcp["version"]] += 1
        if tlcp["cipher_suite"]:
            self._negotiated[(tlcp["cipher_suite"]["id"], tlcp["cipher_suite"]["name"])] += 1
        self._offered.update({(s["id"], s["name"]) for s in tlcp["offered_suites"]})
        self._add_certificates(flow, tlcp)
        self._handshakes["resumed" if tlcp["resumed"] else "full"] += 1
        state = tlcp["handshake_state"]
        if state == "established":
            self._handshakes["complete"] += 1
        elif not _unjudged(state):
            self._handshakes["failed"] += 1
            self.failed_handshakes.append({"connection": flow.index, "protocol": flow.protocol,
                                           "state": state, "alerts": tlcp["alerts"]})
        sent = {(m["dir"], m["type"]) for m in tlcp["handshake"]}
        self._client_auth["requested"] += ("s2c", "certificate_request") in sent
        self._client_auth["client_certificates"] += ("c2s", "certificate") in sent
        self._client_auth["certificate_verify"] += ("c2s", "certificate_verify") in sent
        self._app.update(tlcp["application_data"])
        self._add_decryption(tlcp.get("decryption"))
        for rule in RULES:
            level = self.policy.level(rule.id)
            applicable, violations = RULE_CHECKS[rule.id]([flow])
            if rule.id == "data_protected" and violations:
                self._cleartext.append(flow.index)
            if level is Level.OFF:
                continue
            if applicable:
                self._applicable.add(rule.id)
            severity = "fail" if level is Level.REQUIRED else "attention"
            for v in violations:
                finding = self._findings.setdefault((rule.id, v.text),
                                                    Finding(rule.id, severity, v.text))
                finding.add(v.connection, v.frames)

    def _add_certificates(self, flow: FlowView, tlcp: dict[str, Any]) -> None:
        chain_checks = {c["name"]: c for c in tlcp["checks"]
                        if c["name"].startswith("server_") and c["name"].endswith("_chain")}
        for cert in tlcp["certificates"]["server"]:
            key = (cert["issuer"], cert["serial"])
            entry = self._certificates.get(key)
            if entry is None:
                chain = chain_checks.get(f"server_{cert['role']}_certificate_chain")
                entry = self._certificates[key] = {
                    **cert,
                    "valid_at_capture": certificate_valid_at(cert, flow.record.get("start_time")),
                    "chain": {"ok": chain["ok"], "detail": chain["detail"]} if chain else None,
                    "connections": 0,
                }
            entry["connections"] += 1

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
        return dict(self._protocols)

    def versions(self) -> dict[str, int]:
        return dict(self._versions)

    def suites(self, which: str) -> list[dict[str, Any]]:
        counts = self._negotiated if which == "negotiated" else self._offered
        return [{"id": i, "name": n, "count": c}
                for (i, n), c in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]

    def certificates(self) -> list[dict[str, Any]]:
        """Each distinct certificate the server sent (validity at capture time, chain check
        with --ca, in how many connections), without its DER."""
        return list(self._certificates.values())

    def handshakes(self) -> dict[str, int]:
        return {k: self._handshakes[k] for k in ("full", "resumed", "complete", "failed")}

    def client_authentication(self) -> dict[str, int]:
        return {k: self._client_auth[k]
                for k in ("requested", "client_certificates", "certificate_verify")}

    def application_data(self) -> dict[str, Any]:
        return {**{k: self._app[k] for k in ("c2s_records", "c2s_bytes", "s2c_records",
                                              "s2c_bytes")},
                "cleartext_connections": list(self._cleartext)}

    def decryption(self) -> dict[str, int] | None:
        if not self._decrypting:
            return None
        return {k: self._decryption[k] for k in ("decrypted", "no_key", "failed",
                                                   "finished_verified", "finished_failed")}

    def to_json(self) -> dict[str, Any]:
        return {
            "type": "server",
            "file": self.file,
            "server": self.server,
            "names": self.names,
            "verdict": str(self.verdict),
            "findings": [f.to_json() for f in self.findings],
            "rules": [r.to_json() for r in self.rules],
            "connections": len(self.connections),
            "protocols": self.protocols(),
            "versions": self.versions(),
            "suites_negotiated": self.suites("negotiated"),
            "suites_offered": self.suites("offered"),
            "certificates": self.certificates(),
            "client_authentication": self.client_authentication(),
            "handshakes": self.handshakes(),
            "failed_handshakes": self.failed_handshakes,
            "application_data": self.application_data(),
            "decryption": self.decryption(),
        }


class ServerBook:
    """The servers of one capture file, filled connection by connection."""

    def __init__(self, file: str, file_number: int, policy: Policy) -> None:
        self.file = file
        self.file_number = file_number
        self.policy = policy
        self._servers: dict[str, ServerSummary] = {}

    def add(self, flow: FlowView) -> None:
        if flow.tlcp is None:
            return  # not TLCP or TLS: no server to judge (the connection is still listed)
        server = self._servers.get(flow.server)
        if server is None:
            server = self._servers[flow.server] = ServerSummary(
                self.file, self.file_number, flow.server, self.policy)
        server.add(flow)

    def servers(self) -> list[ServerSummary]:
        """In address order."""
        return [self._servers[k] for k in sorted(self._servers)]
