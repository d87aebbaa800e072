"""The evaluator's report as one self-contained HTML file.

Inline CSS, inline SVG ladders and a little inline script; nothing is fetched, and everything
is readable with scripts off (the script only sorts and filters the connection table and opens
a connection when a link points at it). Order: servers with their verdicts and findings, the
rules, then the connections (a table, and each connection's details collapsed).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from html import escape
from typing import Any

from tlcp_decode import __version__
from tlcp_decode.messages import joined
from tlcp_decode.report.crypto_html import crypto_section
from tlcp_decode.report.flowview import FlowView
from tlcp_decode.report.i18n import _
from tlcp_decode.report.ladder import MESSAGE_TITLES, SVG_DEFS, render_svg
from tlcp_decode.report.policy import RULES, Level, Policy, Verdict
from tlcp_decode.report.server_merge import MergedServer, merge_servers
from tlcp_decode.report.servers import RuleStatus, ServerSummary, check_text, readable_detail
from tlcp_decode.report.terms import alert_word, key_usage_word, say
from tlcp_decode.report.terms import level_word as alert_level_word

_CSS = """
:root{--ok:#1a7f37;--warn:#9a6700;--bad:#cf222e;--mute:#57606a;--line:#d0d7de}
body{font:14px/1.45 system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:1.5em auto;
max-width:1200px;padding:0 1em;color:#1f2328}
h1{font-size:1.6em}h2{border-bottom:1px solid var(--line);margin-top:1.6em}h3{margin:1.2em 0 .3em}
table{border-collapse:collapse;margin:.4em 0}th,td{border:1px solid var(--line);padding:2px 6px;
text-align:left;vertical-align:top}th{background:#f6f8fa}
.v{font-weight:bold;padding:1px 8px;border-radius:8px;color:#fff;white-space:nowrap}
.v.pass{background:var(--ok)}.v.attention{background:var(--warn)}.v.fail{background:var(--bad)}
.v.not_checked{background:#777}
.ok{color:var(--ok)}.finding{color:var(--bad)}.not_checked,.off,.m{color:var(--mute)}
.sev-fail{color:var(--bad);font-weight:bold}.sev-attention{color:var(--warn);font-weight:bold}
.srv{border:1px solid var(--line);border-radius:6px;padding:.2em 1em .8em;margin:1em 0}
dl.f{display:grid;grid-template-columns:max-content auto;gap:2px 1em;margin:.4em 0}
dl.f dt{color:var(--mute)}dl.f dd{margin:0}
details.c{border-top:1px solid var(--line);padding:.2em 0;content-visibility:auto;
contain-intrinsic-size:auto 1.6em}details.c>summary{cursor:pointer}
.cd{display:flex;flex-wrap:wrap;gap:1em;align-items:flex-start}
.lad text{font:11px ui-monospace,monospace;fill:#1f2328}.lad .h{text-anchor:middle;font-weight:bold}
.lad .ll{stroke:#8c959f;stroke-width:1.5}.lad .a path{stroke:#0969da;stroke-width:1.3;
marker-end:url(#ah);fill:none}.lad .a text{text-anchor:middle}.lad .enc path{stroke-dasharray:5 3}
.lad .tcp path{stroke:#57606a}.lad .alert path{stroke:var(--bad)}.lad .data path{stroke:#8250df}
.lad .st{fill:var(--ok);font-weight:bold}.lad .st.c{text-anchor:end}.lad .tick{stroke:#57606a}
.lad .lk{fill:#0969da;text-decoration:underline}#ah{fill:#57606a}
pre{white-space:pre-wrap;word-break:break-all;background:#f6f8fa;padding:4px;max-width:60em}
#conns{table-layout:fixed;width:100%}#conns td{overflow-wrap:anywhere}
#flt{display:none;margin:.4em 0;padding:3px;width:24em}.js #flt{display:block}
.js th.s{cursor:pointer}.js th.s:after{content:" \\2195";color:var(--mute)}
@media print{#flt{display:none!important}body{max-width:none;margin:0}
.srv,tr,.lad{break-inside:avoid}details::details-content{content-visibility:visible;display:block}
details.c{break-inside:avoid-page;content-visibility:visible}h2{break-after:avoid}a{color:inherit;text-decoration:none}}
"""

# Sorting (click a header), filtering (type words: every word must appear in the row) and
# opening the connection a link points at. Enhancement only: the page is complete without it.
_JS = """
document.documentElement.classList.add('js');
(function(){var t=document.getElementById('conns');if(!t)return;var b=t.tBodies[0];
var rows=Array.prototype.slice.call(b.rows),f=document.getElementById('flt');
f.addEventListener('input',function(){var w=f.value.toLowerCase().split(/\\s+/).filter(Boolean);
rows.forEach(function(r){var x=r.textContent.toLowerCase();
r.hidden=!w.every(function(y){return x.indexOf(y)>=0})})});
Array.prototype.forEach.call(t.tHead.rows[0].cells,function(h,i){h.classList.add('s');
h.addEventListener('click',function(){var d=h.dataset.d==='1'?-1:1;h.dataset.d=d===1?'1':'0';
rows.sort(function(a,c){var x=a.cells[i].dataset.v||a.cells[i].textContent,
y=c.cells[i].dataset.v||c.cells[i].textContent,p=parseFloat(x),q=parseFloat(y);
return d*(!isNaN(p)&&!isNaN(q)?p-q:x.localeCompare(y))});
var g=document.createDocumentFragment();rows.forEach(function(r){g.appendChild(r)});
b.appendChild(g)})})})();
function op(){var e=location.hash&&document.getElementById(location.hash.slice(1));
if(e&&e.tagName==='DETAILS')e.open=true}
window.addEventListener('hashchange',op);op();
"""

VERDICT_WORDS = {Verdict.PASS: "pass", Verdict.ATTENTION: "attention", Verdict.FAIL: "fail",
                 Verdict.NOT_CHECKED: "not checked"}


def verdict_badge(verdict: Verdict) -> str:
    return f'<span class="v {verdict}">{escape(verdict_word(verdict))}</span>'


def verdict_word(verdict: Verdict | str) -> str:
    return {"pass": _("pass"), "attention": _("attention"), "fail": _("fail"),
            "not_checked": _("not checked")}[str(verdict)]


def not_checked_line(server: MergedServer, titles: dict[str, str]) -> str:
    """The sentence naming ``server``'s required rules that had nothing to check (``titles``:
    the rules' titles by id, translated), beside its verdict."""
    rules = say(joined([titles[rule] for rule in server.required_not_checked]))
    return _("Required rules not checked (nothing in the capture to check): {rules}").format(
        rules=rules)


def level_word(level: Level) -> str:
    return {Level.REQUIRED: _("required"), Level.ADVISORY: _("advisory"),
            Level.OFF: _("off")}[level]


def status_word(status: str) -> str:
    return {RuleStatus.OK: _("met"), RuleStatus.FINDING: _("finding"),
            RuleStatus.NOT_CHECKED: _("not checked (nothing in the capture to check)"),
            RuleStatus.OFF: _("off in this policy")}[status]


def role_word(role: str) -> str:
    return {"sign": _("signing certificate"), "enc": _("encryption certificate"),
            "ca": _("CA certificate"), "single": _("single certificate")}.get(role, role)


def direction_word(direction: str) -> str:
    return _("client → server") if direction == "c2s" else _("server → client")


def _e(value: object) -> str:
    return escape(str(value))



def close_word(close: str) -> str:
    """How a connection closed: FIN, RST, NONE (无 in a Chinese report)."""
    return _(close.upper())


def protocol_title(protocol: str) -> str:
    """TLCP, TLS, OTHER (其他协议 in a Chinese report)."""
    return _(protocol.upper())


def key_usages(usages: Iterable[str]) -> str:
    """A certificate's key usages in the report language."""
    return ", ".join(key_usage_word(u) for u in usages)

class Document:
    """Builds the HTML text of one report."""

    def __init__(self, files: list[str], policy: Policy, options: dict[str, Any]) -> None:
        self.files = files
        self.policy = policy
        self.options = options  # what the decode was given: keys, CAs, filter, ports
        self._server_parts: list[ServerSummary] = []  # each capture's own servers
        self._merged: list[MergedServer] | None = None
        self.flows: list[FlowView] = []
        self._anchors: dict[tuple[int, int], str] = {}

    @property
    def servers(self) -> list[MergedServer]:
        """The servers of every capture, one entry per server (same address or certificate)."""
        if self._merged is None:
            self._merged = merge_servers(self._server_parts)
        return self._merged

    def add(self, servers: Iterable[ServerSummary], flows: Iterable[FlowView]) -> None:
        self._server_parts.extend(servers)
        self._merged = None
        for flow in flows:
            self.flows.append(flow)
            self._anchors[(flow.file_number, flow.index)] = flow.anchor

    def conn_label(self, file_number: int, index: int) -> str:
        return f"#{index}" if len(self.files) == 1 else f"{file_number}:#{index}"

    def frame_label(self, file_number: int, frame: int) -> str:
        return str(frame) if len(self.files) == 1 else f"{file_number}:{frame}"

    def _conn_link(self, file_number: int, index: int) -> str:
        anchor = self._anchors.get((file_number, index), f"f{file_number}c{index}")
        return f'<a href="#{anchor}">{escape(self.conn_label(file_number, index))}</a>'

    # -- the document --

    def render(self) -> str:
        lang = "en" if _("client") == "client" else "zh-CN"
        title = _("TLCP evaluation report")
        parts = [f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
                 '<meta name="viewport" content="width=device-width,initial-scale=1">'
                 f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>",
                 SVG_DEFS, f"<h1>{escape(title)}</h1>", self._about(),
                 self._servers(), self._rules(), self._connections(),
                 f"<script>{_JS}</script></body></html>"]
        return "".join(parts)

    def _about(self) -> str:
        rows = [(_("captures"), "<br>".join(_e(f) for f in self.files)),
                (_("generated"), _e(datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC"))),
                (_("tool"), _e(f"tlcp-decode {__version__}")),
                (_("policy"), _e(self.policy.source or _("default policy (docs/report.md)"))),
                (_("connections"), _e(len(self.flows))),
                (_("servers"), _e(len(self.servers)))]
        for key, label in (("keys", _("keys given")), ("ca", _("trusted CAs")),
                           ("filter", _("display filter")), ("ports", _("TLCP ports"))):
            if self.options.get(key):
                rows.append((label, _e(", ".join(map(str, self.options[key])))))
        return '<dl class="f">' + "".join(f"<dt>{escape(k)}</dt><dd>{v}</dd>"
                                          for k, v in rows) + "</dl>"

    # -- servers --

    def _servers(self) -> str:
        out = [f'<h2 id="servers">{escape(_("Servers and verdicts"))}</h2>']
        if not self.servers:
            out.append(f'<p class="sev-attention">{escape(_("No TLCP or TLS was seen in these captures: there is no server to judge. The connections and their TCP ladders are listed below."))}</p>')
            return "".join(out)
        head = [_("server"), _("names (SNI)"), _("verdict"), _("connections"),
                _("protocols"), _("negotiated cipher suites"), _("failed handshakes")]
        out.append('<table id="srvs"><thead><tr>' + "".join(f"<th>{escape(h)}</th>" for h in head)
                   + "</tr></thead><tbody>")
        for server in self.servers:
            suites = ", ".join(f"{say(s['name'])} ×{s['count']}"
                               for s in server.suites("negotiated"))
            protocols = ", ".join(f"{protocol_title(k)} ×{v}"
                                  for k, v in server.protocols().items())
            out.append(
                f'<tr><td><a href="#{server.anchor}">{_e(server.server)}</a></td>'
                f"<td>{_e(', '.join(server.names) or '-')}</td>"
                f"<td>{verdict_badge(server.verdict)}</td><td>{server.connection_count}</td>"
                f"<td>{_e(protocols)}</td><td>{_e(suites or '-')}</td>"
                f"<td>{server.handshakes()['failed']}</td></tr>")
        out.append("</tbody></table>")
        out.extend(self._server(server) for server in self.servers)
        return "".join(out)

    def _server(self, server: MergedServer) -> str:
        out = [f'<section class="srv" id="{server.anchor}"><h3>{_e(server.server)} '
               f"{verdict_badge(server.verdict)}</h3>", self._findings(server),
               self._not_checked(server), self._server_facts(server), self._rule_results(server),
               self._certificates_table(server.certificates()),
               "</section>"]
        return "".join(out)

    def _findings(self, server: MergedServer) -> str:
        if not server.findings:
            return f"<p class=\"ok\">{escape(_('No findings.'))}</p>"
        titles = {rule.id: _(rule.title) for rule in RULES}
        items = []
        for finding in server.findings:
            links = ", ".join(self._conn_link(*c) for c in finding.connections[:50])
            if finding.connection_count > 50:
                links += " " + escape(_("and {n} more").format(n=finding.connection_count - 50))
            frames = ", ".join(self.frame_label(*f) for f in finding.frames[:30])
            if len(finding.frames) > 30:
                frames += " …"
            severity = verdict_word(finding.severity)
            items.append(
                f'<li><span class="sev-{finding.severity}">[{escape(severity)}]</span> '
                f"<b>{escape(titles[finding.rule])}</b>: {escape(finding.text)}<br>"
                f'<span class="m">{escape(_("connections"))}: </span>{links}'
                + (f'<span class="m"> · {escape(_("frames"))}: </span>{escape(frames)}'
                   if frames else "") + "</li>")
        return f"<h4>{escape(_('Findings'))}</h4><ul>{''.join(items)}</ul>"

    def _server_facts(self, server: MergedServer) -> str:
        def counts(items: list[dict[str, Any]]) -> str:
            return ", ".join(f"{say(s['name'])} ({s['id']}) ×{s['count']}" for s in items) or "-"

        hs = server.handshakes()
        auth = server.client_authentication()
        app = server.application_data()
        versions = ", ".join(f"{v} ×{n}" for v, n in server.versions().items())
        rows = [  # (label, HTML)
            (_("protocols and versions"), _e(", ".join(
                f"{protocol_title(k)} ×{v}" for k, v in server.protocols().items())
                + f"; {versions}")),
            (_("negotiated cipher suites"), _e(counts(server.suites("negotiated")))),
            (_("offered cipher suites"), _e(counts(server.suites("offered")))),
            (_("handshakes"), _e(_("{full} full, {resumed} resumed (session reuse); {complete} "
                                   "complete, {failed} failed").format(**hs))),
            (_("mutual authentication"), _e(_(
                "certificate requested in {requested}, client certificates in "
                "{client_certificates}, CertificateVerify in {certificate_verify} "
                "connection(s)").format(**auth))),
            (_("application data"), _e(_(
                "client → server {c2s_records} record(s), {c2s_bytes} bytes; server → client "
                "{s2c_records} record(s), {s2c_bytes} bytes").format(**app))),
            (_("sent in clear"), ", ".join(self._conn_link(*c)
                                           for c in app["cleartext_connections"])
             or _e(_("none"))),
        ]
        if len(self.files) > 1:
            rows.insert(0, (_("captures"), "<br>".join(_e(f) for f in server.files)))
        decryption = server.decryption()
        if decryption is not None:
            rows.append((_("decryption"), _e(_(
                "{decrypted} decrypted, {no_key} without key, {failed} failed; Finished "
                "verified {finished_verified}, not verified {finished_failed}").format(
                    **decryption))))
        else:
            rows.append((_("decryption"), _e(_("no keys given"))))
        for failed in server.failed_handshakes[:50]:
            alerts = "; ".join(
                f"{alert_level_word(a['level'])} "
                f"{alert_word(a['description']) if a['description'] else _('encrypted alert')} "
                f"({_('frame')} {a['frame']}, {direction_word(a['dir'])})"
                for a in failed["alerts"]) or _("no alert")
            rows.append((_("failed handshake"), self._conn_link(*failed["connection"])
                         + " " + _e(f"{protocol_title(failed['protocol'])}, {_(failed['state'])}; "
                                    f"{alerts}")))
        html_rows = "".join(f"<dt>{escape(k)}</dt><dd>{v}</dd>" for k, v in rows)
        return f'<dl class="f">{html_rows}</dl>'

    def _not_checked(self, server: MergedServer) -> str:
        if not server.required_not_checked:
            return ""
        titles = {rule.id: _(rule.title) for rule in RULES}
        return f'<p class="not_checked">{escape(not_checked_line(server, titles))}</p>'

    def _rule_results(self, server: MergedServer) -> str:
        titles = {rule.id: _(rule.title) for rule in RULES}
        rows = "".join(
            f"<tr><td>{escape(titles[r.rule])}</td><td>{escape(level_word(r.level))}</td>"
            f'<td class="{r.status}">{escape(status_word(r.status))}</td></tr>'
            for r in server.rules)
        head = "".join(f"<th>{escape(h)}</th>" for h in (_("rule"), _("level"), _("result")))
        return (f"<details><summary>{escape(_('Rules applied'))}</summary><table><thead><tr>"
                f"{head}</tr></thead><tbody>{rows}</tbody></table></details>")

    def _certificates_table(self, certificates: list[dict[str, Any]]) -> str:
        """A server's certificates: validity at the capture time, chain check, connections."""
        if not certificates:
            return ""
        head = [_("role"), _("subject"), _("issuer"), _("serial"), _("key"), _("key usage"),
                _("validity"), _("chain (--ca)"), _("connections")]
        rows = []
        for cert in certificates:
            if cert.get("error"):
                rows.append(f'<tr><td colspan="{len(head)}">{_e(say(cert["error"]))}</td></tr>')
                continue
            validity = f"{cert['not_before'][:10]} … {cert['not_after'][:10]}"
            cells = [role_word(cert["role"]), cert["subject"], cert["issuer"], cert["serial"],
                     cert["key_type"], key_usages(cert["key_usage"]) or "-"]
            row = "".join(f"<td>{_e(c)}</td>" for c in cells)
            cls, word = {True: ("ok", _("valid at capture time")),
                         False: ("finding", _("NOT valid at capture time")),
                         None: ("m", _("unknown"))}[cert.get("valid_at_capture")]
            row += f'<td>{_e(validity)}<br><span class="{cls}">{escape(word)}</span></td>'
            chain = cert.get("chain")
            if chain is None:
                row += f'<td class="m">{escape(_("not checked"))}</td>'
            else:
                cls, word = ("ok", _("trusted")) if chain["ok"] else ("finding", _("not trusted"))
                detail = readable_detail(chain["detail"])
                row += (f'<td class="{cls}">{escape(word)}'
                        + (f"<br>{escape(detail)}" if detail else "") + "</td>")
            rows.append(f"<tr>{row}<td>{cert['connections']}</td></tr>")
        head_html = "".join(f"<th>{escape(h)}</th>" for h in head)
        return (f"<h4>{escape(_('Certificates'))}</h4><table><thead><tr>{head_html}</tr></thead>"
                f"<tbody>{''.join(rows)}</tbody></table>")

    # -- rules --

    def _rules(self) -> str:
        head = "".join(f"<th>{escape(h)}</th>" for h in (
            _("rule"), _("what it checks"), _("source"), _("level in this policy")))
        rows = "".join(
            f"<tr><td><b>{escape(_(rule.title))}</b><br><code>{rule.id}</code></td>"
            f"<td>{escape(_(rule.checks))}</td><td>{escape(rule.reference)}</td>"
            f"<td>{escape(level_word(self.policy.level(rule.id)))}</td></tr>"
            for rule in RULES)
        explain = _("A finding of a required rule makes the server's verdict fail, of an "
                    "advisory rule attention; a server without findings passes. A rule with "
                    "nothing in the capture to look at is shown as not checked.")
        return (f'<h2 id="rules">{escape(_("Rules"))}</h2><p>{escape(explain)}</p>'
                f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")

    # -- connections --

    def _connections(self) -> str:
        head = [_("connection"), _("client"), _("server"), _("protocol"), _("cipher suite"),
                _("handshake"), _("alerts"), _("application bytes"), _("TCP"), _("frames")]
        out = [f'<h2 id="connections">{escape(_("Connections"))}</h2>',
               f'<input id="flt" type="search" placeholder="{escape(_("filter: words that must all appear in the row"))}">',
               '<table id="conns"><thead><tr>'
               + "".join(f"<th>{escape(h)}</th>" for h in head) + "</tr></thead><tbody>"]
        out.extend(self._connection_row(flow) for flow in self.flows)
        out.append("</tbody></table>")
        out.extend(self._connection_details(flow) for flow in self.flows)
        return "".join(out)

    def handshake_word(self, tlcp: dict[str, Any] | None) -> str:
        if tlcp is None:
            return "-"
        kind = _("resumed") if tlcp["resumed"] else _("full")
        return f"{kind}, {_(tlcp['handshake_state'])}"

    def _connection_row(self, flow: FlowView) -> str:
        r = flow.record
        tlcp = flow.tlcp
        suite = tlcp["cipher_suite"]["name"] if tlcp and tlcp["cipher_suite"] else "-"
        alerts = ", ".join(a["description"] or _("encrypted alert")
                           for a in tlcp["alerts"]) if tlcp else ""
        app = 0
        if tlcp:
            app = tlcp["application_data"]["c2s_bytes"] + tlcp["application_data"]["s2c_bytes"]
        tcp = r["tcp"]
        cells = [
            f'<td data-v="{flow.file_number * 10**9 + flow.index}">'
            f"{self._conn_link(flow.file_number, flow.index)}</td>",
            f"<td>{_e(r['client'])}</td>", f"<td>{_e(r['server'])}</td>",
            f"<td>{_e(protocol_title(flow.protocol))}</td>", f"<td>{_e(suite)}</td>",
            f"<td>{_e(self.handshake_word(tlcp))}</td>", f"<td>{_e(alerts)}</td>",
            f'<td data-v="{app}">{app}</td>',
            f"<td>{_e(_(tcp['handshake']))}/{_e(close_word(tcp['close']))}</td>",
            f'<td data-v="{r["first_frame"]}">{r["first_frame"]}-{r["last_frame"]}</td>',
        ]
        return f"<tr>{''.join(cells)}</tr>"

    def _connection_details(self, flow: FlowView) -> str:
        r = flow.record
        tlcp = flow.tlcp
        link = link_text = None
        if tlcp and tlcp.get("resumed_from") is not None:
            link = self._anchors.get((flow.file_number, tlcp["resumed_from"]))
            link_text = _("resumes the session of connection {n}").format(
                n=self.conn_label(flow.file_number, tlcp["resumed_from"]))
        summary = _("Connection {n}").format(n=self.conn_label(flow.file_number, flow.index))
        summary += f" {r['client']} → {r['server']} {protocol_title(flow.protocol)}"
        if tlcp and tlcp["cipher_suite"]:
            summary += f" {tlcp['cipher_suite']['name']}"
        parts = [f'<details class="c" id="{flow.anchor}"><summary>{escape(summary)}</summary>'
                 '<div class="cd"><div>',
                 render_svg(flow, link, link_text or ""), "</div><div>",
                 self._tcp_facts(flow)]
        if tlcp is not None:
            parts.append(self._handshake_table(tlcp))
            parts.append(self._certificate_lines(tlcp["certificates"]))
            parts.append(self._checks(tlcp))
            if tlcp.get("crypto"):
                parts.append(crypto_section(tlcp["crypto"]))
            if flow.previews:
                parts.append(f"<h4>{escape(_('Decrypted data (preview)'))}</h4>")
                parts.extend(f"<pre>{_e(p)}</pre>" for p in flow.previews)
        else:
            unparsed = r.get("unparsed_bytes") or {}
            parts.append(f"<p>{escape(_('not TLCP: {c} + {s} payload bytes not parsed').format(c=unparsed.get('c2s', 0), s=unparsed.get('s2c', 0)))}</p>")
        if r["warnings"]:
            parts.append(f"<h4>{escape(_('warnings'))}</h4><ul>"
                         + "".join(f"<li>{_e(readable_detail(w) or w)}</li>"
                                   for w in r["warnings"]) + "</ul>")
        parts.append("</div></div></details>")
        return "".join(parts)

    def _tcp_facts(self, flow: FlowView) -> str:
        tcp = flow.record["tcp"]
        rows = [(_("client states"), " → ".join(tcp["client_states"])),
                (_("server states"), " → ".join(tcp["server_states"])),
                (_("TCP"), _("handshake: {h}, close: {c}, {r} retransmission(s), {g} gap(s)")
                 .format(h=_(tcp["handshake"]), c=close_word(tcp["close"]),
                         r=tcp["retransmissions"],
                         g=tcp["gaps"])),
                (_("frames"), f"{flow.record['first_frame']}-{flow.record['last_frame']}")]
        return '<dl class="f">' + "".join(f"<dt>{escape(k)}</dt><dd>{_e(v)}</dd>"
                                          for k, v in rows) + "</dl>"

    def _certificate_lines(self, certificates: dict[str, list[dict[str, Any]]]) -> str:
        """A connection's certificates, one line each (the server's section has the table)."""
        lines = []
        for side, word in (("server", _("server")), ("client", _("client"))):
            for cert in certificates[side]:
                if cert.get("error"):
                    lines.append(f"<li>{_e(word)}: {_e(say(cert['error']))}</li>")
                else:
                    lines.append(f"<li>{_e(word)} {_e(role_word(cert['role']))}: "
                                 f"{_e(cert['subject'])}, {_e(cert['key_type'])}, "
                                 f"{_e(key_usages(cert['key_usage']) or '-')}, "
                                 f"{_e(_('serial'))} {_e(cert['serial'])}</li>")
        if not lines:
            return ""
        return f"<h4>{escape(_('Certificates'))}</h4><ul>{''.join(lines)}</ul>"

    def _handshake_table(self, tlcp: dict[str, Any]) -> str:
        """Frame, direction (C→S / C←S), message (braces: encrypted), length; lean, since
        a capture may hold thousands of connections."""
        head = "".join(f"<th>{escape(h)}</th>" for h in (_("frame"), _("message"), _("length")))
        rows = []
        items = [(m["frame"], m["dir"], MESSAGE_TITLES.get(m["type"], m["type"]),
                  m["encrypted"], m["length"], m["expected"]) for m in tlcp["handshake"]]
        items += [(a["frame"], a["dir"],
                   f"Alert {alert_level_word(a['level'])} {alert_word(a['description'])}"
                   if a["description"] else _("encrypted alert"), a["encrypted"], 2, True)
                  for a in tlcp["alerts"]]
        items.sort(key=lambda item: item[0] if item[0] is not None else 1 << 40)
        for frame, direction, title, encrypted, length, expected in items:
            arrow = "C→S" if direction == "c2s" else "C←S"
            title = "{" + title + "}" if encrypted else title
            flag = "" if expected else f' <b class="finding">{escape(_("unexpected"))}</b>'
            rows.append(f"<tr><td>{frame}</td><td>{arrow} {escape(title)}{flag}</td>"
                        f"<td>{length}</td></tr>")
        version = _("version {v}, ClientHello {c}").format(v=tlcp["version"],
                                                          c=tlcp["client_version"] or "-")
        return (f"<h4>{escape(_('Handshake'))}</h4><p>{escape(version)}</p><table><thead><tr>"
                f"{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")

    def _checks(self, tlcp: dict[str, Any]) -> str:
        if not tlcp["checks"]:
            return ""
        items = "".join(
            f'<li class="{"ok" if c["ok"] else "finding"}">{"✓" if c["ok"] else "✗"} '
            f"{escape(check_text(c))}</li>" for c in tlcp["checks"])
        return f"<h4>{escape(_('Checks'))}</h4><ul>{items}</ul>"
