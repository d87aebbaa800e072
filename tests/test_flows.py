"""TCP connection tracking, state machine and reassembly."""

from __future__ import annotations

import subprocess
from collections import Counter
from pathlib import Path

import pytest
from corpus import own_captures
from tcp_synth import ACK, FIN, PSH, RST, SYN, Conv, run_tracker

from tlcp_decode.flows import (
    TRANSITIONS,
    ConnectionClosed,
    FlowTracker,
    Reassembler,
    State,
    StreamData,
    StreamGap,
)
from tlcp_decode.flows.reassembly import ACKED_HOLE_WAIT, Chunk
from tlcp_decode.report.jsonl import tcp_object
from tlcp_decode.session import build
from tlcp_decode.source import NativeReader, tshark_available

PCAPS = Path(__file__).resolve().parent.parent / "pcaps"
ALL_PCAPS = own_captures("*.pcap*")
HTTP = PCAPS / "plain" / "http_server_8000.pcapng"

NORMAL_CLIENT = ["CLOSED", "SYN_SENT", "ESTABLISHED", "FIN_WAIT_1", "FIN_WAIT_2", "TIME_WAIT"]
NORMAL_SERVER = ["LISTEN", "SYN_RECEIVED", "ESTABLISHED", "CLOSE_WAIT", "LAST_ACK", "CLOSED"]


def _normal(data_c: bytes = b"hello", data_s: bytes = b"world!") -> Conv:
    c = Conv()
    c.handshake()
    c.c(data_c)
    c.s(data_s)
    return c


# -- synthetic ----------------------------------------------------------------------------------
def test_normal_open_close() -> None:
    c = _normal()
    c.fin(True)  # client closes first
    c.ack(False)
    c.fin(False)
    c.ack(True)
    r = run_tracker(c.packets)
    (conn,) = r.conns
    assert r.data(1, "c2s") == b"hello" and r.data(1, "s2c") == b"world!"
    t = conn.tcp
    assert t.handshake == "complete" and t.close == "fin" and t.closed_by == "client"
    assert t.client_states == NORMAL_CLIENT
    assert t.server_states == NORMAL_SERVER
    assert [tr.reason for tr in t.transitions][:4] == [
        "1st handshake: SYN, client -> SYN_SENT",
        "2nd handshake: SYN+ACK, server -> SYN_RECEIVED",
        "3rd handshake: ACK, client -> ESTABLISHED",
        "3rd handshake: client ACKs the SYN+ACK, server -> ESTABLISHED",
    ]
    assert [tr.frame for tr in t.transitions] == [1, 2, 3, 3, 6, 6, 7, 8, 8, 9]
    j = tcp_object(build.tcp_summary(conn.tcp.facts()))
    assert set(j) == {
        "handshake",
        "close",
        "closed_by",
        "client_states",
        "server_states",
        "gaps",
        "gap_bytes",
        "retransmissions",
        "out_of_order",
        "packets",
        "c2s_bytes",
        "s2c_bytes",
    }
    assert j["packets"] == 9 and j["c2s_bytes"] == 5 and j["s2c_bytes"] == 6 and j["gaps"] == 0
    # ConnectionClosed comes right after the last ACK, not at finish()
    assert isinstance(r.events[-1], ConnectionClosed)
    tracker = FlowTracker()
    evs = [e for p in c.packets for e in tracker.feed(p)]
    assert isinstance(evs[-1], ConnectionClosed) and tracker.connections == []
    assert tracker.finish() == []


def test_three_packet_close() -> None:
    c = _normal()
    c.fin(False)  # server FIN
    c.pkt(True, FIN | ACK, c.cnext, c.snext)  # client FIN+ACK
    c.cnext += 1
    c.ack(False)
    (conn,) = run_tracker(c.packets).conns
    assert conn.tcp.closed_by == "server"
    assert conn.tcp.client_states == [
        "CLOSED",
        "SYN_SENT",
        "ESTABLISHED",
        "CLOSE_WAIT",
        "LAST_ACK",
        "CLOSED",
    ]
    assert conn.tcp.server_states == [
        "LISTEN",
        "SYN_RECEIVED",
        "ESTABLISHED",
        "FIN_WAIT_1",
        "FIN_WAIT_2",
        "TIME_WAIT",
    ]


def test_simultaneous_close() -> None:
    c = _normal()
    cfin, sfin = c.cnext, c.snext
    c.pkt(True, FIN | ACK, cfin, sfin)  # crossing FINs: neither acks the other's FIN
    c.pkt(False, FIN | ACK, sfin, cfin)
    c.pkt(True, ACK, cfin + 1, sfin + 1)
    c.pkt(False, ACK, sfin + 1, cfin + 1)
    (conn,) = run_tracker(c.packets).conns
    t = conn.tcp
    assert t.closed_by == "both" and t.close == "fin"
    assert t.client_states[-3:] == ["FIN_WAIT_1", "CLOSING", "TIME_WAIT"]
    assert t.server_states[-3:] == ["FIN_WAIT_1", "CLOSING", "TIME_WAIT"]


def test_rst() -> None:
    c = _normal()
    c.pkt(False, RST | ACK, c.snext, c.cnext)
    r = run_tracker(c.packets)
    (conn,) = r.conns
    assert conn.tcp.close == "rst" and conn.tcp.closed_by == "server"
    assert conn.tcp.client_states[-1] == "CLOSED" and conn.tcp.server_states[-1] == "CLOSED"
    assert isinstance(r.events[-1], ConnectionClosed)


def test_out_of_order_segments() -> None:
    c = Conv()
    c.handshake()
    base = c.cnext
    c.c(b"CCCC", seq=base + 8)
    c.c(b"BBBB", seq=base + 4)
    c.c(b"AAAA", seq=base)
    c.cnext = base + 12
    c.fin(True)
    r = run_tracker(c.packets)
    assert r.data(1, "c2s") == b"AAAABBBBCCCC"
    chunks = [(e.data, e.frame) for e in r.events if isinstance(e, StreamData)]
    # as Wireshark's out-of-order reassembly: all of it completed by frame 6, which filled the hole
    assert chunks == [(b"AAAA", 6), (b"BBBB", 6), (b"CCCC", 6)]
    assert r.conns[0].tcp.out_of_order == 2 and r.conns[0].tcp.gaps == 0


def test_retransmission_and_overlap() -> None:
    c = Conv()
    c.handshake()
    base = c.cnext
    c.c(b"0123456789")
    c.c(b"0123456789", seq=base)  # full retransmission
    c.c(b"89abcdef", seq=base + 8)  # overlaps 2 bytes
    c.cnext = base + 16
    c.s(b"x")
    r = run_tracker(c.packets)
    assert r.data(1, "c2s") == b"0123456789abcdef"
    d = r.conns[0].tcp.direction("c2s")
    assert d.retransmissions == 1 and d.retransmitted_bytes == 10
    assert d.overlaps == 1 and d.overlap_bytes == 2


def test_overlap_keeps_first_received_bytes_in_buffer() -> None:
    c = Conv()
    c.handshake()
    base = c.cnext
    c.c(b"XXXX", seq=base + 4)  # buffered first
    c.c(b"aaaaYYYYzz", seq=base)  # overlaps the buffered part with different bytes
    r = run_tracker(c.packets)
    assert r.data(1, "c2s") == b"aaaaXXXXzz"
    assert r.conns[0].c2s.overlap_conflicts == 1


def test_missing_segment_gap_exact_size() -> None:
    c = Conv()
    c.handshake()
    c.c(b"A" * 100)
    c.cnext += 1448  # lost segment
    c.c(b"C" * 50)
    c.fin(True)
    c.fin(False)
    c.ack(True)
    r = run_tracker(c.packets)
    (gap,) = r.gaps(1, "c2s")
    assert gap.size == 1448 and gap.frame == 5
    t = r.conns[0].tcp
    assert t.gaps == 1 and t.gap_bytes == 1448 and t.c2s_bytes == 150
    assert "gap of 1448 bytes in c2s at frame 5" in [str(w) for w in r.conns[0].warnings]
    kinds = [type(e).__name__ for e in r.events if getattr(e, "direction", "c2s") == "c2s"]
    assert kinds.index("StreamGap") < len(kinds) - 1


def test_gap_on_buffer_cap_and_trailing_acked_gap() -> None:
    c = Conv()
    c.handshake()
    c.cnext += 10  # hole of 10 bytes that never arrives
    for _ in range(5):
        c.c(b"x" * 100)
    r = run_tracker(c.packets, max_buffer=250)
    gaps = r.gaps(1, "c2s")
    assert [g.size for g in gaps] == [10]
    # the cap forced the gap before the end of the capture
    first_gap = next(i for i, e in enumerate(r.events) if isinstance(e, StreamGap))
    assert first_gap < len(r.events) - 3
    assert r.data(1, "c2s") == b"x" * 500

    # data acknowledged by the peer but never captured -> trailing gap at the end
    c2 = _normal()
    c2.cnext += 300
    c2.ack(False)
    r2 = run_tracker(c2.packets)
    assert [g.size for g in r2.gaps(1, "c2s")] == [300]


def test_snaplen_truncated_segment_is_a_gap() -> None:
    c = Conv()
    c.handshake()
    c.pkt(True, ACK | PSH, c.cnext, c.snext, b"A" * 60, truncated=940)
    c.cnext += 1000
    c.c(b"next")
    r = run_tracker(c.packets)
    assert r.data(1, "c2s") == b"A" * 60 + b"next"
    assert [g.size for g in r.gaps(1, "c2s")] == [940]


def test_capture_starting_mid_connection() -> None:
    c = Conv(client=("10.0.0.1", 51000), server=("10.0.0.2", 443))
    c.s(b"server speaks first")  # first packet from the server
    c.c(b"client")
    c.fin(True)
    c.fin(False)
    c.ack(True)
    (conn,) = run_tracker(c.packets).conns
    assert conn.client == ("10.0.0.1", 51000)
    assert conn.tcp.handshake == "missing"
    assert conn.tcp.client_states == ["ESTABLISHED", "FIN_WAIT_1", "FIN_WAIT_2", "TIME_WAIT"]
    assert any("mid-connection" in w.message for w in conn.warnings)


def test_synack_only_is_partial() -> None:
    c = Conv()
    c.pkt(False, SYN | ACK, c.sseq, c.cnext)
    c.ack(True)
    c.c(b"hi")
    (conn,) = run_tracker(c.packets).conns
    assert conn.client == c.client and conn.tcp.handshake == "partial"
    assert conn.tcp.client_states == ["SYN_SENT", "ESTABLISHED"]
    assert conn.tcp.server_states == ["LISTEN", "SYN_RECEIVED", "ESTABLISHED"]


def test_reused_four_tuple_gives_two_connections() -> None:
    c = _normal()
    c.fin(True)
    c.fin(False)
    c.ack(True)
    d = Conv(cseq=999_999, sseq=77, frame=c.frame, ts=c.ts)
    d.handshake()
    d.c(b"again")
    r = run_tracker(c.packets + d.packets)
    assert [x.index for x in r.conns] == [1, 2]
    assert r.data(2, "c2s") == b"again" and r.data(1, "c2s") == b"hello"
    assert r.conns[1].first_frame == c.frame + 1


def test_reused_tuple_in_time_wait_without_final_ack() -> None:
    c = _normal()
    c.fin(True)
    c.fin(False)  # final ACK missing: client TIME_WAIT, server LAST_ACK
    d = Conv(cseq=424242, sseq=88, frame=c.frame, ts=c.ts)
    d.handshake()
    r = run_tracker(c.packets + d.packets)
    assert len(r.conns) == 2 and len(r.closed) == 2


def test_fin_timeout_closes_connections_missing_their_final_ack_in_order() -> None:
    packets = []
    frame, ts = 0, 1_700_000_000.0
    for i in range(3):  # both FINs sent, the final ACK never captured
        c = Conv(client=("10.0.0.1", 30000 + i), frame=frame, ts=ts)
        c.handshake()
        c.c(b"x")
        c.fin(i != 1)
        c.fin(i == 1)
        packets += c.packets
        frame, ts = c.frame, c.ts
    busy = Conv(client=("10.0.0.9", 40000), frame=frame, ts=ts + 120)  # past the timeout
    busy.handshake()
    for _ in range(4100):  # enough packets for the tracker to look for idle connections
        busy.c(b"y")
    tracker = FlowTracker(fin_timeout=60.0)
    closed = []
    for p in packets + busy.packets:
        closed += [(e.conn.index, p.frame) for e in tracker.feed(p)
                   if isinstance(e, ConnectionClosed)]
    assert tracker.stats.idle_closed == 3
    assert [index for index, _ in closed] == [1, 2, 3]
    assert all(frame < busy.packets[-1].frame for _, frame in closed)  # not by finish()
    assert [e.conn.index for e in tracker.finish() if isinstance(e, ConnectionClosed)] == [4]


def test_seq_wraparound() -> None:
    c = Conv(cseq=2**32 - 3, sseq=2**32 - 1)
    c.handshake()
    c.c(b"abcdef")
    c.c(b"ghij")
    c.s(b"0123")
    c.fin(True)
    c.fin(False)
    c.ack(True)
    r = run_tracker(c.packets)
    assert r.data(1, "c2s") == b"abcdefghij" and r.data(1, "s2c") == b"0123"
    assert r.conns[0].tcp.gaps == 0 and r.conns[0].tcp.close == "fin"
    assert r.conns[0].tcp.client_states[-1] == "TIME_WAIT"


def test_many_tiny_segments() -> None:
    c = Conv()
    c.handshake()
    payload = bytes(range(256)) * 40
    for i in range(0, len(payload), 1):
        c.c(payload[i : i + 1])
    r = run_tracker(c.packets)
    assert r.data(1, "c2s") == payload
    assert sum(isinstance(e, StreamData) for e in r.events) == len(payload)


def test_reassembler_unit_fin_and_flush() -> None:
    r = Reassembler()
    r.syn(100)
    out = r.segment(104, b"late", 3, fin=True)  # 3 bytes missing before it
    assert out == []
    out = r.flush()
    assert [(c.data, c.size) for c in out] == [(None, 3), (b"late", 4)]
    assert r.gap_bytes == 3 and r.bytes_delivered == 4


def test_a_hole_acknowledged_past_is_given_up_before_the_peers_data() -> None:
    """The peer acknowledged the missing bytes: it received them, the capture missed them.
    Before the peer's own data (which may answer what came after the hole), the hole becomes
    a gap and the data after it is delivered (before: at the connection's end, after
    everything the peer sent)."""
    r = Reassembler()
    r.syn(100)
    assert r.segment(101, b"first", 2) == [Chunk(b"first", 5, 2)]
    assert r.segment(111, b"after", 3) == []  # 5 bytes missing before it
    assert r.acked_holes() == []  # not acknowledged yet
    r.acked(116, 4)  # the peer acknowledged past them
    assert r.acked_holes() == [Chunk(None, 5, 3), Chunk(b"after", 5, 3)]
    assert r.gaps == 1 and r.gap_bytes == 5 and r.bytes_delivered == 10


def test_a_hole_acknowledged_past_waits_a_few_frames_for_more_data() -> None:
    """More data after a hole the peer acknowledged past: the hole is given up once it was
    acknowledged ACKED_HOLE_WAIT frames before. Within them (a mirror port's two directions:
    the acknowledgement recorded before the data it acknowledges) the data may still fill
    it: no gap."""
    for filled in (False, True):
        r = Reassembler()
        r.syn(100)
        r.segment(101, b"first", 2)
        r.segment(111, b"after", 3)
        r.acked(121, 4)
        if filled:
            assert r.segment(106, b"hole!", 5) == [Chunk(b"hole!", 5, 5),
                                                   Chunk(b"after", 5, 5)]
        assert r.segment(116, b"later", 4 + ACKED_HOLE_WAIT - 1) == (
            [Chunk(b"later", 5, 4 + ACKED_HOLE_WAIT - 1)] if filled else [])
        if not filled:
            assert r.segment(121, b"last!", 4 + ACKED_HOLE_WAIT) == [
                Chunk(None, 5, 3), Chunk(b"after", 5, 3), Chunk(b"later", 5, 7),
                Chunk(b"last!", 5, 8)]
        assert r.gaps == (0 if filled else 1)


def test_the_peer_acknowledging_past_a_hole_delivers_it_before_its_own_data() -> None:
    """Through the tracker: the server's second segment lost, the client's answer after
    it acknowledging it: the gap and the server's third segment come before the client's
    data (they came after it, at the connection's end)."""
    c = Conv()
    c.handshake()
    c.c(b"hello")
    c.s(b"one")
    c.snext += 3  # lost
    c.s(b"three")
    c.ack(True)  # acknowledges the lost bytes
    c.c(b"answer")
    c.fin(True)
    c.fin(False)
    c.ack(True)
    events = [(type(e).__name__, e.direction, e.data if isinstance(e, StreamData) else e.size)
              for e in run_tracker(c.packets).events if isinstance(e, StreamData | StreamGap)]
    assert events == [("StreamData", "c2s", b"hello"), ("StreamData", "s2c", b"one"),
                      ("StreamGap", "s2c", 3), ("StreamData", "s2c", b"three"),
                      ("StreamData", "c2s", b"answer")]


def test_transition_table_is_consistent() -> None:
    for (state, _ev), (new, reason) in TRANSITIONS.items():
        assert isinstance(state, State) and isinstance(new, State)
        assert new.value in reason


def test_memory_stays_flat_with_many_connections() -> None:
    tracker = FlowTracker()
    frame = 0
    for i in range(300):
        c = Conv(client=("10.0.0.1", 20000 + i), frame=frame)
        c.handshake()
        c.c(b"x")
        c.fin(True)
        c.fin(False)
        c.ack(True)
        frame = c.frame
        for p in c.packets:
            tracker.feed(p)
        assert len(tracker.connections) == 0
    assert tracker.stats.connections == 300 and tracker.stats.max_open_connections == 1


# -- real captures ------------------------------------------------------------------------------
def _track(path: Path) -> list:
    tracker = FlowTracker()
    closed = []
    for p in NativeReader(path):
        closed += [e.conn for e in tracker.feed(p) if isinstance(e, ConnectionClosed)]
    closed += [e.conn for e in tracker.finish() if isinstance(e, ConnectionClosed)]
    return closed


def test_http_server_closes_first() -> None:
    conns = _track(HTTP)
    assert len(conns) == 2
    for c in conns:
        t = c.tcp
        assert c.server == ("127.0.0.1", 8000)
        assert t.handshake == "complete" and t.close == "fin" and t.closed_by == "server"
        assert t.client_states == [
            "CLOSED",
            "SYN_SENT",
            "ESTABLISHED",
            "CLOSE_WAIT",
            "LAST_ACK",
            "CLOSED",
        ]
        assert t.server_states == [
            "LISTEN",
            "SYN_RECEIVED",
            "ESTABLISHED",
            "FIN_WAIT_1",
            "FIN_WAIT_2",
            "TIME_WAIT",
        ]
    assert [(c.first_frame, c.last_frame) for c in conns] == [(1, 12), (13, 24)]
    assert [(c.tcp.c2s_bytes, c.tcp.s2c_bytes) for c in conns] == [(78, 200), (85, 520)]
    ladder = [(t.frame, t.end, t.new_state) for t in conns[0].tcp.transitions]
    assert ladder[4:] == [
        (10, "server", "FIN_WAIT_1"),
        (10, "client", "CLOSE_WAIT"),
        (11, "server", "FIN_WAIT_2"),
        (11, "client", "LAST_ACK"),
        (11, "server", "TIME_WAIT"),
        (12, "client", "CLOSED"),
    ]


# Closing behaviour verified with tshark: these captures end with an RST (the peer still had
# data in flight after a FIN, or refused it); every other one closes with a FIN exchange.
RST_CLOSES = {
    "tongsuo_ecc_sm4_cbc_sm3_resume.pcapng": 5,
    "19_alert_tls12_client_to_tlcp_server.pcapng": 1,
    "gmssl_suite_mismatch_alert.pcapng": 1,
    "gmssl_ecc_untrusted_ca_alert.pcapng": 1,
    "tls13_untrusted_server.pcapng": 1,  # OpenSSL's client after its fatal alert
    # openssl s_client resets both connections at their end (tshark counts the same)
    "tls13_early_data.pcapng": 2,
    "tls13_early_data_rejected.pcapng": 2,
    # gnutls-cli --resume resets its first connection once it has the session (tshark: same)
    "gnutls_resume_tls12.pcapng": 1,
}


@pytest.mark.parametrize("path", ALL_PCAPS, ids=lambda p: p.name)
def test_real_capture_flows(path: Path) -> None:
    conns = _track(path)
    pkts = list(NativeReader(path))
    assert sum(c.tcp.packets for c in conns) == len(pkts)
    assert Counter(c.tcp.close for c in conns)["rst"] == RST_CLOSES.get(path.name, 0)
    for c in conns:
        t = c.tcp
        assert t.handshake == "complete", c
        assert t.close in ("fin", "rst") and t.closed_by in ("client", "server")
        assert t.gaps == 0 and t.gap_bytes == 0 and t.out_of_order == 0
        for d in ("c2s", "s2c"):
            st = t.direction(d)  # type: ignore[arg-type]
            # every payload byte on the wire is either delivered or a counted duplicate
            assert (
                st.payload_bytes == st.bytes_delivered + st.retransmitted_bytes + st.overlap_bytes
            )
    if path.name == "tongsuo_ecc_sm4_cbc_sm3_resume.pcapng":
        assert len(conns) == 6
    if path.name.endswith("_bigdata.pcapng"):
        assert sum(c.tcp.retransmissions for c in conns) == 1


@pytest.mark.skipif(not tshark_available(), reason="tshark is not installed")
@pytest.mark.parametrize("path", ALL_PCAPS, ids=lambda p: p.name)
def test_byte_counts_match_tshark(path: Path) -> None:
    out = subprocess.run(
        [
            "tshark",
            "-r",
            str(path),
            "-T",
            "fields",
            "-e",
            "tcp.srcport",
            "-e",
            "tcp.dstport",
            "-e",
            "tcp.len",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    sums: Counter[tuple[int, int]] = Counter()
    for line in out.splitlines():
        sp, dp, ln = line.split("\t")
        sums[(int(sp), int(dp))] += int(ln)
    for c in _track(path):
        t = c.tcp
        c2s = sums[(c.client[1], c.server[1])]
        s2c = sums[(c.server[1], c.client[1])]
        assert c2s == t.c2s_bytes + t.direction("c2s").retransmitted_bytes
        assert s2c == t.s2c_bytes + t.direction("s2c").retransmitted_bytes


def test_events_order_and_frames_on_segmented_capture() -> None:
    path = PCAPS / "tongsuo-segmented" / "12_ecc_sm4_cbc_sm3_large_mtu1500.pcapng"
    tracker = FlowTracker()
    frames: dict[int, int] = {}
    for p in NativeReader(path):
        if p.payload:
            frames[p.frame] = len(p.payload)
        for e in tracker.feed(p):
            if isinstance(e, StreamData):
                assert frames[e.frame] >= len(e.data)
    tracker.finish()


def test_out_of_order_buffer_limit_is_reported() -> None:
    """A hole that never fills while more than max_buffer bytes wait behind it: a gap, said."""
    c = Conv()
    c.pkt(True, SYN, c.cseq, 0)
    c.pkt(False, SYN | ACK, c.sseq, c.cnext)
    # 100 bytes go missing after the SYN, then 30 segments of 100 bytes arrive behind the hole
    for i in range(30):
        c.c(bytes(100), seq=c.cnext + 100 + i * 100)
    r = run_tracker(c.packets, max_buffer=1000)
    assert [g.size for g in r.gaps(1, "c2s")] == [100]
    assert len(r.data(1, "c2s")) == 3000
    (conn,) = r.conns
    assert any("out-of-order buffer reached its limit of 1000 bytes" in w.message
               for w in conn.warnings)  # type: ignore[attr-defined]


def test_socket_connected_to_itself_is_one_client_to_server_stream() -> None:
    # both orientations of its 4-tuple are the same key: it must stay one c2s side
    c = Conv(client=("10.0.0.1", 5000), server=("10.0.0.1", 5000))
    c.pkt(True, SYN, 1000, 0)
    c.pkt(True, PSH | ACK, 1001, 0, b"hello")
    tracker = FlowTracker()
    events = [e for p in c.packets for e in tracker.feed(p)]
    assert [(type(e).__name__, getattr(e, "direction", None)) for e in events] == [
        ("ConnectionOpened", None), ("StreamData", "c2s")]
    assert len(tracker.connections) == 1
    (closed,) = [e for e in tracker.finish() if isinstance(e, ConnectionClosed)]
    assert closed.conn.tcp.c2s_bytes == 5
