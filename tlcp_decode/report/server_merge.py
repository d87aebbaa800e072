"""The servers of a report over several captures: one entry per server, whatever capture it
was seen in.

Each capture's :class:`~tlcp_decode.report.servers.ServerBook` sums up its own servers (that is
what ``--json`` writes, one capture at a time). The report merges them: the same
``address:port``, or a server that presented the same certificate (a signing, encryption or
single certificate, by issuer and serial number), is one server. Its connections are then named
by capture and index, ``(file_number, index)``, and its frames by capture and frame number.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import field
from typing import Any

from tlcp_decode.precompiled import dataclass
from tlcp_decode.report.policy import RULES, Level, Verdict
from tlcp_decode.report.servers import RuleResult, RuleStatus, ServerSummary

#: A connection of the report: (capture number, connection index); a frame likewise.
Ref = tuple[int, int]


@dataclass
class MergedFinding:
    rule: str
    severity: str  # fail | attention
    text: str
    connections: list[Ref] = field(default_factory=list)  # each part's first servers.LISTED
    frames: list[Ref] = field(default_factory=list)
    connection_count: int = 0
    frame_count: int = 0


def _worse(a: bool | None, b: bool | None) -> bool | None:
    """Validity over several captures: not valid at one capture time is not valid."""
    if a is False or b is False:
        return False
    return True if a or b else None


class MergedServer:
    """One server of the report, made of the per-capture summaries ``parts``."""

    def __init__(self, parts: list[ServerSummary]) -> None:
        self.parts = sorted(parts, key=lambda p: (p.file_number, p.server))
        self.addresses = sorted({p.server for p in self.parts})

    @property
    def server(self) -> str:
        return ", ".join(self.addresses)

    @property
    def files(self) -> list[str]:
        return list(dict.fromkeys(p.file for p in self.parts))

    @property
    def anchor(self) -> str:
        return self.parts[0].anchor

    @property
    def names(self) -> list[str]:
        return sorted({name for p in self.parts for name in p.names})

    @property
    def connection_count(self) -> int:
        return sum(p.connection_count for p in self.parts)

    @property
    def findings(self) -> list[MergedFinding]:
        merged: dict[tuple[str, str], MergedFinding] = {}
        for part in self.parts:
            for finding in part.findings:
                entry = merged.setdefault((finding.rule, finding.text), MergedFinding(
                    finding.rule, finding.severity, finding.text))
                entry.connections += [(part.file_number, c) for c in finding.connections]
                entry.frames += [(part.file_number, f) for f in finding.frames]
                entry.connection_count += finding.connection_count
                entry.frame_count += finding.frame_count
        order = {rule.id: n for n, rule in enumerate(RULES)}
        return sorted(merged.values(), key=lambda f: order[f.rule])

    @property
    def verdict(self) -> Verdict:
        severities = {f.severity for f in self.findings}
        if "fail" in severities:
            return Verdict.FAIL
        if severities:
            return Verdict.ATTENTION
        checked = any(r.status == RuleStatus.OK for r in self.rules)
        return Verdict.PASS if checked else Verdict.NOT_CHECKED

    @property
    def rules(self) -> list[RuleResult]:
        results = []
        for rule, *per_part in zip(RULES, *(p.rules for p in self.parts), strict=True):
            statuses = {r.status for r in per_part}
            level = per_part[0].level
            if level is Level.OFF:
                status = RuleStatus.OFF
            elif RuleStatus.FINDING in statuses:
                status = RuleStatus.FINDING
            else:
                status = RuleStatus.OK if RuleStatus.OK in statuses else RuleStatus.NOT_CHECKED
            results.append(RuleResult(rule.id, level, status))
        return results

    @property
    def required_not_checked(self) -> list[str]:
        """The required rules that had nothing in the capture to check (the ids): a pass says
        nothing of them, and the report says so beside the verdict."""
        return [r.rule for r in self.rules
                if r.level is Level.REQUIRED and r.status == RuleStatus.NOT_CHECKED]

    @property
    def failed_handshakes(self) -> list[dict[str, Any]]:
        return [{**failed, "connection": (p.file_number, failed["connection"])}
                for p in self.parts for failed in p.failed_handshakes]

    def _sum(self, counts: Iterable[dict[str, int]]) -> dict[str, int]:
        total: Counter[str] = Counter()
        for part in counts:
            total.update(part)
        return dict(total)

    def protocols(self) -> dict[str, int]:
        return self._sum(p.protocols() for p in self.parts)

    def versions(self) -> dict[str, int]:
        return self._sum(p.versions() for p in self.parts)

    def suites(self, which: str) -> list[dict[str, Any]]:
        counts: Counter[tuple[str, str]] = Counter()
        for part in self.parts:
            for suite in part.suites(which):
                counts[(suite["id"], suite["name"])] += suite["count"]
        return [{"id": i, "name": n, "count": c}
                for (i, n), c in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]

    def certificates(self) -> list[dict[str, Any]]:
        merged: dict[tuple[str, str], dict[str, Any]] = {}
        for part in self.parts:
            for cert in part.certificates():
                key = (cert.get("issuer", ""), cert.get("serial", ""))
                entry = merged.get(key)
                if entry is None:
                    merged[key] = dict(cert)
                    continue
                entry["connections"] += cert["connections"]
                entry["valid_at_capture"] = _worse(entry.get("valid_at_capture"),
                                                   cert.get("valid_at_capture"))
        return list(merged.values())

    def handshakes(self) -> dict[str, int]:
        total = self._sum(p.handshakes() for p in self.parts)
        return {k: total.get(k, 0) for k in ("full", "resumed", "complete", "failed")}

    def client_authentication(self) -> dict[str, int]:
        total = self._sum(p.client_authentication() for p in self.parts)
        return {k: total.get(k, 0)
                for k in ("requested", "client_certificates", "certificate_verify")}

    def application_data(self) -> dict[str, Any]:
        keys = ("c2s_records", "c2s_bytes", "s2c_records", "s2c_bytes")
        total = self._sum({k: p.application_data()[k] for k in keys} for p in self.parts)
        return {**{k: total.get(k, 0) for k in keys},
                "cleartext_connections": [(p.file_number, c) for p in self.parts
                                          for c in p.application_data()["cleartext_connections"]]}

    def decryption(self) -> dict[str, int] | None:
        parts = [d for d in (p.decryption() for p in self.parts) if d is not None]
        if not parts:
            return None
        total = self._sum(parts)
        return {k: total.get(k, 0) for k in ("decrypted", "no_key", "failed",
                                              "finished_verified", "finished_failed")}


def _identities(part: ServerSummary) -> list[tuple[str, ...]]:
    """What makes two summaries one server: the address, and each end-entity certificate."""
    keys: list[tuple[str, ...]] = [("address", part.server)]
    keys += [("certificate", cert["issuer"], cert["serial"]) for cert in part.certificates()
             if not cert.get("error") and cert.get("role") != "ca"]
    return keys


def merge_servers(parts: Iterable[ServerSummary]) -> list[MergedServer]:
    """Group the summaries of every capture into servers (same address or same certificate),
    in address order."""
    parts = list(parts)
    parent = list(range(len(parts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen: dict[tuple[str, ...], int] = {}
    for number, part in enumerate(parts):
        for key in _identities(part):
            if key in seen:
                parent[root(number)] = root(seen[key])
            else:
                seen[key] = number
    groups: dict[int, list[ServerSummary]] = {}
    for number, part in enumerate(parts):
        groups.setdefault(root(number), []).append(part)
    servers = [MergedServer(group) for group in groups.values()]
    return sorted(servers, key=lambda s: s.addresses)
