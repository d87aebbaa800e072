"""Builds the result model (:mod:`tlcp_decode.model`) of one finished connection.

Called once per connection, when TCP says it is over: the tracker's connection and the
analyzer's live state become immutable :class:`~tlcp_decode.model.Connection` objects, which
the reports render and the library API yields. Nothing here runs per packet or per record.
"""

from __future__ import annotations

from dataclasses import replace

from tlcp_decode import model, registry
from tlcp_decode.flows import Connection as TrackedConnection
from tlcp_decode.flows.connection import DirectionStats as TcpDirectionCounters
from tlcp_decode.flows.tcp_state import Transition
from tlcp_decode.folding import folded
from tlcp_decode.session import checks
from tlcp_decode.session.alert_causes import alert_causes
from tlcp_decode.session.analyzer import TLCPAnalyzer
from tlcp_decode.session.handshake_state import HandshakeState
from tlcp_decode.session.tls13 import TLSFacts


def connection(conn: TrackedConnection, analyzer: TLCPAnalyzer) -> model.Connection:
    """The model of one finished connection (``analyzer.close()`` has been called)."""
    protocol = analyzer.detected_protocol
    return model.Connection(
        index=conn.index,
        client=conn.client,
        server=conn.server,
        first_frame=conn.first_frame,
        last_frame=conn.last_frame,
        start_time=conn.first_ts,
        end_time=conn.last_ts,
        tcp=tcp_summary(conn),
        protocol=protocol,
        tlcp=session(analyzer) if protocol in ("tlcp", "tls") else None,
        unparsed_c2s=analyzer.unparsed["c2s"],
        unparsed_s2c=analyzer.unparsed["s2c"],
        warnings=folded(conn.warnings, analyzer.warnings),
    )


# -- TCP -----------------------------------------------------------------------------------


def tcp_summary(conn: TrackedConnection) -> model.TcpSummary:
    tcp = conn.tcp
    return model.TcpSummary(
        handshake=tcp.handshake,
        close=tcp.close,
        closed_by=tcp.closed_by,
        client_states=tuple(tcp.client_states),
        server_states=tuple(tcp.server_states),
        transitions=tuple(_transition(t) for t in tcp.transitions),
        c2s=_tcp_direction(tcp.direction("c2s")),
        s2c=_tcp_direction(tcp.direction("s2c")),
    )


def _transition(t: Transition) -> model.TcpTransition:
    return model.TcpTransition(t.frame, t.end, t.old_state, t.new_state, t.reason, t.template)


def _tcp_direction(d: TcpDirectionCounters) -> model.TcpDirectionStats:
    return model.TcpDirectionStats(
        packets=d.packets, payload_bytes=d.payload_bytes, bytes_delivered=d.bytes_delivered,
        gaps=d.gaps, gap_bytes=d.gap_bytes, retransmissions=d.retransmissions,
        retransmitted_bytes=d.retransmitted_bytes, out_of_order=d.out_of_order,
        overlaps=d.overlaps, overlap_bytes=d.overlap_bytes, dropped_bytes=d.dropped_bytes)


# -- TLCP ----------------------------------------------------------------------------------


def suite(suite_id: int) -> model.Suite:
    return model.Suite(suite_id, registry.suite_name(suite_id), registry.lookup(suite_id))


def session(a: TLCPAnalyzer) -> model.Session:
    hello = a.client_hello
    request = a.certificate_request
    if request is not None and not hasattr(request, "certificate_types"):
        request = None  # TLS 1.3: context and extensions, no type or CA lists in the body
    return model.Session(
        client_version=a.client_version,
        server_version=a.server_version,
        suite=suite(a.cipher_suite) if a.cipher_suite is not None else None,
        offered_suites=(tuple(suite(int(s)) for s in hello.cipher_suites)
                        if hello is not None else None),
        server_name=a.server_name,
        offered_session_id=bytes(hello.session_id) if hello is not None else b"",
        session_id=a.session_id,
        resumed=a.resumed,
        resumed_from=a.resumed_from,
        session_ticket=a.ticket is not None or a.offered_ticket() is not None,
        handshake_state=a.machine.state.value,
        handshake_complete=a.machine.state is HandshakeState.ESTABLISHED,
        handshake_start=a.first_ts,
        established=a.established_ts,
        messages=tuple(a.handshake),
        server_certificates=tuple(a.server_certificates),
        client_certificates=tuple(a.client_certificates),
        certificate_request=None if request is None else model.CertificateRequest(
            tuple(str(t) for t in request.certificate_types),
            len(request.certificate_authorities)),
        alerts=_alerts(a),
        c2s=_direction_records(a, "c2s"),
        s2c=_direction_records(a, "s2c"),
        records=tuple(a.records) if a.records is not None else None,
        checks=tuple(checks.run_all(a)),
        decryption=a.decryptor.result() if a.decryptor is not None else None,
        crypto=a.decryptor.crypto_result() if a.decryptor is not None else None,
        tls=tls_facts(a.tls),
        protocol_label=a.protocol_label,
    )


def tls_facts(f: TLSFacts) -> model.TlsFacts:
    sides: dict[str, model.End] = {"server": "server", "client": "client"}
    return model.TlsFacts(
        offered_versions=tuple(f.offered_versions),
        version=f.version,
        hello_retry_request=f.hello_retry_request,
        retry_group=f.retry_group,
        offered_groups=tuple(f.offered_groups),
        key_share_groups=tuple(f.key_share_groups),
        group=f.group,
        offered_signature_schemes=tuple(f.offered_signature_schemes),
        signature_schemes=tuple((sides[side], scheme)
                                for side, scheme in f.signature_schemes.items()),
        psk_identities=len(f.psk_identities),
        psk_modes=tuple(f.psk_modes),
        psk_selected=f.psk_selected,
        early_data_offered=f.early_data_offered,
        early_data_accepted=f.early_data_accepted,
        alpn_offered=tuple(f.alpn_offered),
        alpn=f.alpn,
    )


def _alerts(a: TLCPAnalyzer) -> tuple[model.Alert, ...]:
    causes = {c.alert_index: c.cause for c in alert_causes(a)}
    return tuple(replace(alert, likely_cause=causes[i]) if i in causes else alert
                 for i, alert in enumerate(a.alerts))


def _direction_records(a: TLCPAnalyzer, direction: model.Direction) -> model.DirectionRecords:
    stream = a.streams[direction]
    counters = stream.counters
    return model.DirectionRecords(
        records=counters.records,
        record_bytes=counters.record_bytes,
        application_records=counters.application_records,
        application_bytes=counters.application_bytes,
        record_versions=tuple(sorted(stream.versions)),
        skipped_bytes=counters.skipped_bytes,
        gap_bytes=counters.gap_bytes,
        pending_bytes=counters.pending_bytes,
        unparsed_bytes=a.unparsed[direction],
    )
