"""Segments missing from a capture (a busy mirror port drops some): real captures with one
segment taken out.

Bytes missing from a handshake leave it unjudged (state "unknown (handshake bytes missing
from the capture)", handshake_complete None), not failed; what is verified over them (the
Finished messages) is left unverified, not failed. The protected records after a gap are
numbered again (the MAC or AEAD tag covers each record's sequence number): they decrypt,
where before every one of them failed with "bad MAC" and the master secret was blamed.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from tcp_synth import write_capture

import tlcp_decode
from tlcp_decode.crypto.record import MOST_LOST_RECORDS, SMALLEST_PROTECTED_RECORD, lost_records
from tlcp_decode.model import Connection
from tlcp_decode.source.native import NativeReader

ROOT = Path(__file__).resolve().parent.parent
PCAPS = ROOT / "pcaps"


def _without(capture: Path, frame: int, out: Path) -> Path:
    """``capture`` without the segment of ``frame`` (which must carry data)."""
    packets = list(NativeReader(capture))
    (lost,) = [p for p in packets if p.frame == frame]
    assert lost.payload
    return write_capture(out, [p for p in packets if p.frame != frame])


def _one_way(capture: Path, from_client: bool, out: Path) -> Path:
    """``capture`` with the segments of one direction only (a capture of one direction: a
    filter, or asymmetric routing)."""
    packets = list(NativeReader(capture))
    client = packets[0].src, packets[0].sport  # (the SYN's sender)
    return write_capture(out, [p for p in packets
                               if ((p.src, p.sport) == client) == from_client])


def _decoded(capture: Path, keylog: Path | None = None) -> Connection:
    (conn,) = [c for c in tlcp_decode.decode(capture, keylog=keylog) if c.tlcp is not None]
    return conn


def _judged_nothing_wrong(conn: Connection) -> None:
    """Nothing said to be unexpected or failed; the handshake not judged."""
    session = conn.tlcp
    assert session is not None
    assert session.handshake_state == "unknown (handshake bytes missing from the capture)"
    assert session.handshake_complete is None and not session.resumed
    assert [c for c in session.checks if not c.ok] == []
    assert all(m.expected for m in session.messages)
    assert "unexpected_message" not in {w.code for w in conn.warnings}
    assert "handshake_gap" in {w.code for w in conn.warnings}


def test_the_server_finished_lost(tmp_path: Path) -> None:
    """TLCP: the segment of the server's Finished record is missing. Before: 'decryption
    failed: the master secret does not match: s2c record 0: bad MAC' and ✗ handshake_complete.
    """
    name = PCAPS / "gmssl" / "gmssl_ecc_sm4_cbc_sm3"
    capture = _without(name.with_suffix(".pcapng"), 20, tmp_path / "fin.pcap")
    conn = _decoded(capture, name.with_suffix(".keylog"))
    session = conn.tlcp
    assert session is not None and session.decryption is not None
    assert session.handshake_state == "unknown (handshake bytes missing from the capture)"
    assert session.handshake_complete is None
    assert not session.resumed
    assert [c for c in session.checks if not c.ok] == []
    assert "handshake_complete" not in {c.name for c in session.checks}
    assert session.decryption.status == "decrypted"
    assert session.decryption.records_failed == 0
    assert session.decryption.s2c_plaintext_bytes > 0  # the records after the gap
    # the client's Finished came before the gap: verified; the server's is not
    assert session.decryption.finished_verified.client is True
    assert session.decryption.finished_verified.server is None
    (warning,) = [w for w in conn.warnings if w.code == "handshake_gap"]
    assert "Finished" in warning.message


def test_an_application_record_lost(tmp_path: Path) -> None:
    """TLCP, CBC: a segment of the client's application data is missing; the records after it
    decrypt (before: all failed with 'bad MAC')."""
    name = PCAPS / "gmssl" / "gmssl_ecc_sm4_cbc_sm3_bigdata"
    whole = _decoded(name.with_suffix(".pcapng"), name.with_suffix(".keylog"))
    conn = _decoded(_without(name.with_suffix(".pcapng"), 25, tmp_path / "app.pcap"),
                    name.with_suffix(".keylog"))
    assert whole.tlcp is not None and whole.tlcp.decryption is not None
    session = conn.tlcp
    assert session is not None and session.decryption is not None
    assert session.handshake_complete is True  # the gap came after the handshake
    assert session.decryption.status == "decrypted"
    assert session.decryption.records_failed == 0
    lost = whole.tlcp.decryption.c2s_plaintext_bytes - session.decryption.c2s_plaintext_bytes
    assert 0 < lost <= 4096  # the one 4,096-byte record the lost segment began
    assert session.decryption.s2c_plaintext_bytes == whole.tlcp.decryption.s2c_plaintext_bytes


def test_a_tls13_record_lost(tmp_path: Path) -> None:
    """TLS 1.3 (AES-256-GCM, 512-byte records): a server record is missing; those after it
    open with the next sequence numbers (before: 'does not decrypt with the application data
    keys')."""
    name = PCAPS / "openssl-cli" / "tls13_max_send_frag_512"
    conn = _decoded(_without(name.with_suffix(".pcapng"), 12, tmp_path / "tls13.pcap"),
                    name.with_suffix(".keylog"))
    session = conn.tlcp
    assert session is not None and session.decryption is not None
    assert session.decryption.status == "decrypted"
    assert session.decryption.records_failed == 0
    assert session.handshake_complete is True
    assert all(c.ok for c in session.checks if c.name.endswith("finished"))


def test_lost_records_is_what_the_gap_can_hold() -> None:
    assert lost_records(0) == 1  # the record the gap cut
    assert lost_records(SMALLEST_PROTECTED_RECORD - 1) == 1
    assert lost_records(SMALLEST_PROTECTED_RECORD) == 2
    assert lost_records(10 * SMALLEST_PROTECTED_RECORD + 3) == 11
    assert lost_records(1 << 30) == MOST_LOST_RECORDS


def test_the_server_certificate_lost(tmp_path: Path) -> None:
    """TLCP: the server's Certificate segment is missing; the client's messages were handled
    before the gap was known (it is known when the server's stream is given up). Before:
    'resumed', ✗ handshake_complete, ✗ client_finished, ✗ server_key_exchange_signature
    'no server certificate', the client's messages 'unexpected here!'."""
    name = PCAPS / "gmssl" / "gmssl_ecc_sm4_cbc_sm3"
    capture = _without(name.with_suffix(".pcapng"), 8, tmp_path / "certificate.pcap")
    for keylog in (None, name.with_suffix(".keylog")):
        conn = _decoded(capture, keylog)
        _judged_nothing_wrong(conn)
    session = conn.tlcp
    assert session is not None and session.decryption is not None
    assert session.decryption.status == "decrypted"
    assert session.decryption.finished_verified.client is None
    assert session.decryption.finished_verified.server is None


def _flight_cut(name: Path, keep: int, lose: int, out: Path) -> Path:
    """``name``'s capture with the server's first data segment cut after ``keep`` bytes and
    the next ``lose`` bytes missing (a segment the capture did not record)."""
    packets = list(NativeReader(name.with_suffix(".pcapng")))
    client = packets[0].src, packets[0].sport
    flight = next(p for p in packets if p.payload and (p.src, p.sport) != client)
    kept = [replace(flight, payload=flight.payload[:keep]),
            replace(flight, seq=flight.seq + keep + lose, payload=flight.payload[keep + lose:])]
    return write_capture(out, [q for p in packets for q in (kept if p is flight else [p])])


def test_a_tls12_certificate_verify_over_lost_server_bytes(tmp_path: Path) -> None:
    """TLS 1.2 with a client certificate (OpenSSL): 300 bytes of the server's first flight
    missing (Certificate to ServerHelloDone). The client's CertificateVerify is checked over a
    transcript that lacks those bytes before the gap is known (when the server's stream is
    given up). It was ✗ certificate_verify_signature on a good handshake: the TLS 1.2
    decryptor withdrew a TLCP CertificateVerify's verdict, not a TLS 1.2 one."""
    name = PCAPS / "openssl" / "tls12_ecdhe_rsa_client_auth"
    capture = _flight_cut(name, 600, 300, tmp_path / "cut.pcap")
    for keylog in (None, name.with_suffix(".keylog")):
        conn = _decoded(capture, keylog)
        session = conn.tlcp
        assert session is not None
        assert session.handshake_state == "unknown (handshake bytes missing from the capture)"
        assert "certificate_verify_signature" not in {c.name for c in session.checks}
        assert [c.name for c in session.checks if not c.ok] == ["sm_algorithms_only"]
    assert session.decryption is not None
    assert session.decryption.finished_verified.client is None
    assert session.decryption.finished_verified.server is None


def test_a_renegotiation_after_lost_server_bytes(tmp_path: Path) -> None:
    """TLS 1.2 with a renegotiation (OpenSSL): the server's Certificate to ServerHelloDone
    missing. The client acknowledged past them before the server's next segment came: the
    hole is given up then, not at the connection's end. Before, everything the server sent
    after it was read after all the client's data: the renegotiation's keys were made before
    its ServerHello was read, every record after failed, and that was "the master secret does
    not match". Now the first handshake is unjudged and the renegotiation, whole, verified."""
    name = PCAPS / "openssl" / "tls12_server_renegotiation"
    whole = _decoded(name.with_suffix(".pcapng"), name.with_suffix(".keylog"))
    conn = _decoded(_flight_cut(name, 234, 372, tmp_path / "cut.pcap"),
                    name.with_suffix(".keylog"))
    session = conn.tlcp
    assert session is not None and session.decryption is not None
    assert whole.tlcp is not None and whole.tlcp.decryption is not None
    assert session.handshake_state == "unknown (handshake bytes missing from the capture)"
    assert [(c.name, c.ok) for c in session.checks if "finished" in c.name] == [
        ("server_finished", True), ("client_finished", True)]
    assert [c.name for c in session.checks if not c.ok] == ["sm_algorithms_only"]
    assert session.decryption.status == "decrypted"
    assert session.decryption.c2s_plaintext_bytes == whole.tlcp.decryption.c2s_plaintext_bytes
    assert session.renegotiations == whole.tlcp.renegotiations == 1  # (the decryptor's count)
    # the records of the server in order with the client's: a gap, then the rest
    assert [(m.frame, m.direction, m.type) for m in session.messages][:6] == [
        (4, "c2s", "client_hello"), (6, "s2c", "server_hello"),
        (9, "c2s", "client_key_exchange"), (9, "c2s", "change_cipher_spec"),
        (9, "c2s", "finished"), (10, "s2c", "new_session_ticket")]


def test_a_handshake_whose_first_bytes_are_all_lost(tmp_path: Path) -> None:
    """A TLS 1.2 capture (OISF) with every segment of the client that carried data and the
    server's first flight missing: the server's NewSessionTicket, ChangeCipherSpec and
    Finished are the first bytes seen. The gaps came before the protocol was known, and the
    analysis never heard of them: 'handshake state: start', ✗ handshake_complete, three
    'unexpected here!'. They are given to it before the first bytes."""
    name = PCAPS / "foreign-tls" / "OISF__tests__tls__tls-random__input.pcap"
    packets = [p for p in NativeReader(name) if p.frame not in (4, 6, 8)]
    conn = _decoded(write_capture(tmp_path / "late.pcap", packets))
    _judged_nothing_wrong(conn)
    session = conn.tlcp
    assert session is not None
    assert [m.type for m in session.messages] == ["new_session_ticket", "change_cipher_spec",
                                                  "finished"]
    assert conn.tcp.c2s.gap_bytes == 306 and conn.tcp.s2c.gap_bytes == 1307


def test_a_tls13_client_finished_lost(tmp_path: Path) -> None:
    """TLS 1.3: the client's ChangeCipherSpec and Finished segment is missing. The server's
    flight, complete, still verifies; its tickets, handled before the gap was known, are not
    said to be unexpected."""
    name = PCAPS / "tls13" / "01_tongsuo_tls13_sm4_gcm_sm3"
    conn = _decoded(_without(name.with_suffix(".pcapng"), 8, tmp_path / "tls13.pcap"),
                    name.with_suffix(".keylog"))
    _judged_nothing_wrong(conn)
    session = conn.tlcp
    assert session is not None
    verdicts = {c.name: c.ok for c in session.checks}
    assert verdicts["server_finished"] and verdicts["server_certificate_verify"]
    assert "client_finished" not in verdicts
    assert session.decryption is not None and session.decryption.tls13 is not None
    (unverified,) = session.decryption.tls13.unverified
    assert "handshake bytes are missing from the capture" in unverified
    # ... and the text report says so, in each language
    for language, said in (("en", "not verified: Finished and CertificateVerify: handshake "
                                  "bytes are missing"),
                           ("zh", "未验证：Finished 与 CertificateVerify：抓包中缺少握手数据")):
        report = subprocess.run(
            [sys.executable, "-m", "tlcp_decode", "--lang", language, "--color", "never",
             str(tmp_path / "tls13.pcap"), "--keylog", str(name.with_suffix(".keylog"))],
            capture_output=True, text=True, timeout=120, check=True,
            env={**os.environ, "COLUMNS": "250"}).stdout
        assert said in report


def test_a_capture_of_one_direction(tmp_path: Path) -> None:
    """Only the client's segments, or only the server's (the other side's SYN not captured
    either): the client's acknowledgements tell how many bytes of the other side were not
    captured. Before, with the client's side only: ✗ handshake_complete and the client's
    key exchange, ChangeCipherSpec and Finished 'unexpected here!'."""
    name = PCAPS / "gmssl" / "gmssl_ecc_sm4_cbc_sm3.pcapng"
    for from_client in (True, False):
        conn = _decoded(_one_way(name, from_client, tmp_path / f"{from_client}.pcap"))
        _judged_nothing_wrong(conn)
        missing = conn.tcp.s2c if from_client else conn.tcp.c2s
        assert missing.gaps == 1 and missing.gap_bytes > 500


def test_the_client_change_cipher_spec_lost(tmp_path: Path) -> None:
    """TLCP: the client's ChangeCipherSpec and Finished segment is missing. The parser saw no
    ChangeCipherSpec, so the client's data reads as clear: it is protected all the same, and
    decrypts with the client's keys (before: 'decrypted', the client's data silently not)."""
    name = PCAPS / "gmssl" / "gmssl_ecc_sm4_cbc_sm3"
    whole = _decoded(name.with_suffix(".pcapng"), name.with_suffix(".keylog"))
    conn = _decoded(_without(name.with_suffix(".pcapng"), 16, tmp_path / "ccs.pcap"),
                    name.with_suffix(".keylog"))
    session = conn.tlcp
    assert session is not None and session.decryption is not None
    assert whole.tlcp is not None and whole.tlcp.decryption is not None
    assert session.decryption.status == "decrypted"
    assert session.decryption.c2s_plaintext_bytes == whole.tlcp.decryption.c2s_plaintext_bytes
    assert session.decryption.s2c_plaintext_bytes == whole.tlcp.decryption.s2c_plaintext_bytes
    # the server's Finished covers the client's, which was lost: withdrawn, not failed
    assert session.decryption.finished_verified.server is None
    assert [c for c in session.checks if not c.ok] == []


def _segments_dropped(rng: random.Random, capture: Path) -> list[Path]:
    """Copies of ``capture`` each without one or two of its data segments, seeded."""
    packets = list(NativeReader(capture))
    data = [p for p in packets if p.payload]
    copies = []
    for trial in range(2):
        lost = {p.frame for p in rng.sample(data, min(len(data), rng.choice((1, 2))))}
        copies.append(write_capture(Path(f"{capture.stem}-{trial}"), [
            p for p in packets if p.frame not in lost]))
    return copies


KEYED = sorted(p for p in PCAPS.rglob("*.pcapng") if "foreign-tls" not in p.parts
               and any(p.parent.glob(p.stem + "*.keylog")))


@pytest.mark.parametrize("capture", KEYED, ids=lambda p: p.stem)
def test_no_verdict_fails_for_lost_segments(capture: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The property the cases above are instances of, on every capture with keys: with
    segments taken out (seeded), no check that passed on the whole capture fails. (A
    certificate's validity is left aside: it is about the certificate, which the lost
    segment does not change.)"""
    keylogs = [str(k) for k in sorted(capture.parent.glob(capture.stem + "*.keylog"))]
    passed = {c.index: {check.name for check in c.tlcp.checks if check.ok}
              for c in tlcp_decode.decode(capture, keylog=keylogs) if c.tlcp is not None}
    monkeypatch.chdir(tmp_path)
    for copy in _segments_dropped(random.Random(capture.stem), capture):
        for conn in tlcp_decode.decode(copy, keylog=keylogs):
            if conn.tlcp is None:
                continue
            failed = [check.name for check in conn.tlcp.checks if not check.ok
                      and check.name in passed.get(conn.index, ())
                      and not check.name.endswith("_validity")]
            assert failed == [], (copy.name, conn.index, failed)


def test_a_fatal_alert_after_lost_handshake_bytes_does_not_fail_the_handshake(
        tmp_path: Path) -> None:
    """TLS 1.3 with early data (OpenSSL), the client's Finished segment and two more taken
    out; the server's decode_error came after the handshake completed (it does in the whole
    capture), but with the client's Finished missing the capture cannot tell: unjudged, not
    failed (it was 'handshake state: failed')."""
    name = PCAPS / "openssl" / "tls13_early_data"
    packets = list(NativeReader(name.with_suffix(".pcapng")))
    copy = write_capture(tmp_path / "early.pcap",
                         [p for p in packets if p.frame not in (8, 10, 29)])
    first = next(c for c in tlcp_decode.decode(copy, keylog=name.with_suffix(".keylog"))
                 if c.tlcp is not None)
    assert first.tlcp is not None and first.tlcp.alerts
    assert first.tlcp.handshake_complete is None
    assert "handshake_complete" not in {c.name for c in first.tlcp.checks}
