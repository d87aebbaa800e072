"""Suite inventory of a capture: per server, which suites clients offered and which were chosen."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from tlcp_decode import registry
from tlcp_decode.model import Connection, endpoint
from tlcp_decode.report.tables import render_sections


class Inventory:
    def __init__(self) -> None:
        self.offered: dict[str, Counter[int]] = defaultdict(Counter)
        self.negotiated: dict[str, Counter[int]] = defaultdict(Counter)
        self.connections: Counter[str] = Counter()

    def add(self, result: Connection) -> None:
        a = result.tlcp
        if a is None:
            return
        server = endpoint(result.server)
        self.connections[server] += 1
        if a.offered_suites is not None:
            self.offered[server].update(s.id for s in a.offered_suites)
        if a.suite is not None:
            self.negotiated[server][a.suite.id] += 1

    def rows(self) -> list[dict[str, Any]]:
        rows = []
        for server in sorted(self.connections):
            suites = sorted(set(self.offered[server]) | set(self.negotiated[server]))
            for suite in suites:
                known = registry.lookup(suite)
                rows.append({
                    "server": server,
                    "id": f"0x{suite:04x}",
                    "name": registry.suite_name(suite),
                    "tlcp": bool(known and known.tlcp),
                    "offered": self.offered[server][suite],
                    "negotiated": self.negotiated[server][suite],
                    "connections": self.connections[server],
                })
        return rows

    def render(self, fmt: str) -> str:
        return render_sections({"suite_inventory": self.rows()}, fmt,
                               {"suite_inventory": "Cipher suites per server"})
