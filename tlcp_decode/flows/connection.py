"""One tracked TCP connection and its TCP-level facts, as the tracker updates them.

Apart from the tracker (``tracker.py``) so that the events, which carry a connection, and the
tracker, which makes them, do not import each other.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Direction, Warning
from ..source.packet import Packet
from .reassembly import Reassembler
from .tcp_state import TcpSession, Transition

Key = tuple[str, int, str, int]


@dataclass(slots=True)
class DirectionStats:
    packets: int = 0
    payload_bytes: int = 0  # sum of TCP payload lengths on the wire (incl. retransmissions)
    bytes_delivered: int = 0
    gaps: int = 0
    gap_bytes: int = 0
    retransmissions: int = 0
    retransmitted_bytes: int = 0
    out_of_order: int = 0
    overlaps: int = 0
    overlap_bytes: int = 0
    dropped_bytes: int = 0


class TcpSummary:
    """TCP-level facts about one connection (live view while the connection is tracked)."""

    def __init__(self, session: TcpSession, c2s: Reassembler, s2c: Reassembler) -> None:
        self._session = session
        self._r = {"c2s": c2s, "s2c": s2c}
        self.c2s = DirectionStats()
        self.s2c = DirectionStats()

    def _sync(self) -> None:
        for name, st in (("c2s", self.c2s), ("s2c", self.s2c)):
            r = self._r[name]
            st.bytes_delivered = r.bytes_delivered
            st.gaps = r.gaps
            st.gap_bytes = r.gap_bytes
            st.retransmissions = r.retransmissions
            st.retransmitted_bytes = r.retransmitted_bytes
            st.out_of_order = r.out_of_order
            st.overlaps = r.overlaps
            st.overlap_bytes = r.overlap_bytes
            st.dropped_bytes = r.dropped_bytes

    def direction(self, name: Direction) -> DirectionStats:
        self._sync()
        return self.c2s if name == "c2s" else self.s2c

    @property
    def handshake(self) -> str:
        return self._session.handshake

    @property
    def close(self) -> str:
        return self._session.close

    @property
    def closed_by(self) -> str | None:
        return self._session.closed_by

    @property
    def client_states(self) -> list[str]:
        return list(self._session.ends["client"].states)

    @property
    def server_states(self) -> list[str]:
        return list(self._session.ends["server"].states)

    @property
    def transitions(self) -> list[Transition]:
        return list(self._session.transitions)

    def _sum(self, attr: str) -> int:
        return int(getattr(self._r["c2s"], attr)) + int(getattr(self._r["s2c"], attr))

    @property
    def gaps(self) -> int:
        return self._sum("gaps")

    @property
    def gap_bytes(self) -> int:
        return self._sum("gap_bytes")

    @property
    def retransmissions(self) -> int:
        return self._sum("retransmissions")

    @property
    def out_of_order(self) -> int:
        return self._sum("out_of_order")

    @property
    def overlaps(self) -> int:
        return self._sum("overlaps")

    @property
    def packets(self) -> int:
        return self.c2s.packets + self.s2c.packets

    @property
    def c2s_bytes(self) -> int:
        return self._r["c2s"].bytes_delivered

    @property
    def s2c_bytes(self) -> int:
        return self._r["s2c"].bytes_delivered


class Connection:
    """One TCP connection; ``client``/``server`` are (ip, port)."""

    def __init__(
        self,
        index: int,
        client: tuple[str, int],
        server: tuple[str, int],
        pkt: Packet,
        max_buffer: int,
    ) -> None:
        self.index = index
        self.client = client
        self.server = server
        self.first_frame = pkt.frame
        self.last_frame = pkt.frame
        self.first_ts = pkt.timestamp
        self.last_ts = pkt.timestamp
        self.session = TcpSession(pkt.flags)
        self.c2s = Reassembler(max_buffer)
        self.s2c = Reassembler(max_buffer)
        self.tcp = TcpSummary(self.session, self.c2s, self.s2c)
        self.warnings: list[Warning] = list(self.session.notes)
        self.closed = False

    def __repr__(self) -> str:
        c, s = self.client, self.server
        return f"<Connection #{self.index} {c[0]}:{c[1]} -> {s[0]}:{s[1]}>"

    @property
    def mid_connection(self) -> bool:
        """The capture began after the connection had opened (no SYN seen)."""
        return self.tcp.handshake == "missing"

    @property
    def key(self) -> Key:
        return (self.client[0], self.client[1], self.server[0], self.server[1])
