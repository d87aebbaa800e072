"""The evaluator's report as Markdown, for pasting into a document: servers, verdicts,
findings, the rules, then one table row per connection (the ladders are in the HTML report)."""

from __future__ import annotations

from typing import Any

from tlcp_decode.report.html import (
    Document,
    key_usages,
    level_word,
    not_checked_line,
    protocol_title,
    role_word,
    status_word,
    verdict_word,
)
from tlcp_decode.report.i18n import _
from tlcp_decode.report.policy import RULES
from tlcp_decode.report.terms import say


def _cell(value: object) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def _table(head: list[str], rows: list[list[Any]]) -> list[str]:
    lines = ["| " + " | ".join(_cell(h) for h in head) + " |",
             "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return lines + [""]


def render(document: Document) -> str:
    titles = {rule.id: _(rule.title) for rule in RULES}
    label = document.conn_label  # the same connection names as the HTML report
    lines = [f"# {_('TLCP evaluation report')}", ""]
    lines += [f"- {_('captures')}: " + ", ".join(document.files),
              f"- {_('policy')}: " + (document.policy.source
                                      or _("default policy (docs/report.md)")),
              f"- {_('connections')}: {len(document.flows)}", ""]
    lines += [f"## {_('Servers and verdicts')}", ""]
    if not document.servers:
        lines += [_("No TLCP or TLS was seen in these captures: there is no server to judge. "
                    "The connections and their TCP ladders are listed below."), ""]
    else:
        lines += _table(
            [_("server"), _("names (SNI)"), _("verdict"), _("connections"),
             _("negotiated cipher suites"), _("failed handshakes")],
            [[s.server, ", ".join(s.names) or "-", f"**{verdict_word(s.verdict)}**",
              s.connection_count,
              ", ".join(f"{say(x['name'])} ×{x['count']}" for x in s.suites("negotiated"))
              or "-",
              s.handshakes()["failed"]] for s in document.servers])
    for server in document.servers:
        lines += [f"### {server.server} — {verdict_word(server.verdict)}", ""]
        if server.findings:
            for finding in server.findings:
                connections = ", ".join(label(*c) for c in finding.connections)
                if finding.connection_count > len(finding.connections):  # servers.LISTED
                    connections += " " + _("and {n} more").format(
                        n=finding.connection_count - len(finding.connections))
                frames = ", ".join(document.frame_label(*f) for f in finding.frames)
                lines.append(f"- **[{verdict_word(finding.severity)}] "
                             f"{titles[finding.rule]}**: {finding.text} "
                             f"({_('connections')}: {connections}"
                             + (f"; {_('frames')}: {frames}" if frames else "") + ")")
        else:
            lines.append(f"- {_('No findings.')}")
        if server.required_not_checked:
            lines.append("- " + not_checked_line(server, titles))
        lines.append("")
        hs = server.handshakes()
        lines += [f"- {_('negotiated cipher suites')}: " + (", ".join(
            f"{say(x['name'])} ({x['id']}) ×{x['count']}" for x in server.suites("negotiated"))
            or "-"),
            f"- {_('offered cipher suites')}: " + (", ".join(
                f"{say(x['name'])} ({x['id']}) ×{x['count']}" for x in server.suites("offered"))
                or "-"),
            f"- {_('handshakes')}: " + _("{full} full, {resumed} resumed (session reuse); "
                                         "{complete} complete, {failed} failed").format(**hs),
            ""]
        certificates = server.certificates()
        if certificates:
            lines += _table(
                [_("role"), _("subject"), _("serial"), _("key"), _("key usage"), _("validity")],
                [[role_word(c["role"]), c["subject"], c["serial"], c["key_type"],
                  key_usages(c["key_usage"]), f"{c['not_before'][:10]} … {c['not_after'][:10]}"]
                 for c in certificates if not c.get("error")])
        lines += _table([_("rule"), _("level"), _("result")],
                        [[titles[r.rule], level_word(r.level), status_word(r.status)]
                         for r in server.rules])
    lines += [f"## {_('Rules')}", ""]
    lines += _table([_("rule"), _("what it checks"), _("source"), _("level in this policy")],
                    [[f"{_(r.title)} (`{r.id}`)", _(r.checks), r.reference,
                      level_word(document.policy.level(r.id))] for r in RULES])
    lines += [f"## {_('Connections')}", ""]
    rows = []
    for flow in document.flows:
        tlcp = flow.tlcp
        rows.append([
            label(flow.file_number, flow.index), flow.record["client"], flow.record["server"],
            protocol_title(flow.protocol),
            tlcp["cipher_suite"]["name"] if tlcp and tlcp["cipher_suite"] else "-",
            document.handshake_word(tlcp),
            ", ".join(a["description"] or _("encrypted alert") for a in tlcp["alerts"])
            if tlcp else "",
            f"{flow.record['first_frame']}-{flow.record['last_frame']}"])
    lines += _table([_("connection"), _("client"), _("server"), _("protocol"),
                     _("cipher suite"), _("handshake"), _("alerts"), _("frames")], rows)
    return "\n".join(lines)
