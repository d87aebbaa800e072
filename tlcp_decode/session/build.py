"""Builds the result model (:mod:`tlcp_decode.model`) of one finished connection.

Called once per connection, when TCP says it is over: the tracker's connection and the
analyzer's live state become immutable :class:`~tlcp_decode.model.Connection` objects, which
the reports render and the library API yields. Nothing here runs per packet or per record.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from tlcp_decode import model, registry
from tlcp_decode.bounded_cache import SharedByIdentity, SharedValues
from tlcp_decode.closed_connection import ClosedConnection
from tlcp_decode.flows.connection import DirectionCounts, TcpFacts
from tlcp_decode.folding import folded
from tlcp_decode.quick_init import maker
from tlcp_decode.session import checks
from tlcp_decode.session.alert_causes import alert_causes
from tlcp_decode.session.analyzer import TLCPAnalyzer
from tlcp_decode.session.tls13 import TLSFacts

# the model's objects made once a connection without calling their classes
_new_connection, _new_tcp_summary, _new_session, _new_alert = (
    maker(model.Connection), maker(model.TcpSummary), maker(model.Session), maker(model.Alert))


def connection(conn: ClosedConnection, analyzer: TLCPAnalyzer) -> model.Connection:
    """The model of one finished connection (``analyzer.close()`` has been called)."""
    protocol = analyzer.detected_protocol
    return _new_connection(
        index=conn.flow_index,
        client=conn.client,
        server=conn.server,
        first_frame=conn.first_frame,
        last_frame=conn.last_frame,
        start_time=conn.first_ts,
        end_time=conn.last_ts,
        tcp=tcp_summary(conn.tcp),
        protocol=protocol,
        tlcp=session(analyzer) if protocol in ("tlcp", "tls") else None,
        unparsed_c2s=analyzer.unparsed["c2s"],
        unparsed_s2c=analyzer.unparsed["s2c"],
        # most connections have none: nothing to fold
        warnings=(folded(conn.warnings, analyzer.warnings)
                  if conn.warnings or analyzer.warnings else ()),
    )


# -- TCP -----------------------------------------------------------------------------------


def tcp_summary(tcp: TcpFacts) -> model.TcpSummary:
    """Shared by the connections with equal facts where it holds no transitions (see
    :data:`TCP_SUMMARIES_SHARED`)."""
    if TCP_SUMMARIES_SHARED and not tcp.transitions:
        shared = _tcp_summaries.kept(tcp)
        return shared if shared is not None else _tcp_summaries(tcp)
    return _tcp_summary_of(tcp)


def _tcp_summary_of(tcp: TcpFacts) -> model.TcpSummary:
    handshake, close, closed_by, client_states, server_states, transitions, c2s, s2c = tcp
    return _new_tcp_summary(
        handshake, close, closed_by, client_states, server_states,
        tuple(map(_model_transition, transitions)), _tcp_direction(c2s), _tcp_direction(s2c))


# The tracker's transitions have the model's layout (see model.TcpTransition): each is made
# as TcpTransition._make makes it, without a Python call per transition.
_model_transition = partial(tuple.__new__, model.TcpTransition)

# Shared: immutable, and short connections carry the same few packet and byte counts.
_tcp_direction: SharedValues[DirectionCounts, model.TcpDirectionStats] = SharedValues(
    lambda counts: model.TcpDirectionStats(*counts))


#: Whether the TcpSummary of a connection without TCP state transitions (--json, --brief: see
#: DecodeOptions.tcp_transitions) is one object shared by the connections with the same facts
#: (their states and counts: short connections repeat a few), found by them, instead of one
#: made for each (False: the general way, which tests compare with). One look-up of the
#: facts, ~5,000 instructions less a connection.
TCP_SUMMARIES_SHARED = True
# (kept for the connections of at most as many states an end as jsonl shares the objects of)
_tcp_summaries: SharedValues[TcpFacts, model.TcpSummary] = SharedValues(
    _tcp_summary_of, limit=1024, largest=32,
    size=lambda tcp: max(len(tcp.client_states), len(tcp.server_states)))


# -- TLCP ----------------------------------------------------------------------------------


def _make_suite(suite_id: int) -> model.Suite:
    return model.Suite(suite_id, registry.suite_name(suite_id), registry.lookup(suite_id))


# Shared: immutable, and the same few suites (and the same offered lists, one per client
# software) come back on every connection.
suite: SharedValues[int, model.Suite] = SharedValues(_make_suite)
_offered_suites: SharedValues[tuple[int, ...], tuple[model.Suite, ...]] = SharedValues(
    lambda ids: tuple(map(suite, ids)), limit=1024, size=len, largest=128)


def _hello_suites_of(suites: Any) -> tuple[tuple[int, ...], tuple[model.Suite, ...]]:
    numbers = tuple(map(int, suites))
    return numbers, _offered_suites(numbers)


# A ClientHello's suites as numbers and as the model's (the tuple _offered_suites shares),
# once per list: the hellos the parser saw before share their lists (tlcp.parser.
# _parse_hello), int() of a named suite is Python code, and the list's identity is found
# cheaper than the numbers' value.
_hello_suites: SharedByIdentity[Any, tuple[tuple[int, ...], tuple[model.Suite, ...]]] = (
    SharedByIdentity(_hello_suites_of, 1024, size=len, largest=128))


def session(a: TLCPAnalyzer) -> model.Session:
    hello = a.client_hello
    request = a.certificate_request
    if request is not None and not hasattr(request, "certificate_types"):
        request = None  # TLS 1.3: context and extensions, no type or CA lists in the body
    offered = offered_suites = None
    if hello is not None:
        entry = _hello_suites.kept(id(hello.cipher_suites))
        offered, offered_suites = (entry[1] if entry is not None
                                   else _hello_suites(hello.cipher_suites))
    suite_id = a.cipher_suite
    # (a Suite is never false)
    negotiated = suite.kept(suite_id) or suite(suite_id) if suite_id is not None else None
    state = a.machine.state
    resumed = a.resumed  # (a property: a Python call, read once for the model and the checks)
    c2s, s2c = _records_of_directions(a)
    # the fields in order, not by keyword: a call of more than 15 keywords is compiled to
    # build a dict and unpack it again (about 8,000 instructions a connection)
    return _new_session(
        a.client_version,  # client_version
        a.server_version,  # server_version
        negotiated,  # suite
        offered_suites,  # offered_suites
        a.server_name,  # server_name
        a.offered_session_id,  # offered_session_id
        a.session_id,  # session_id
        resumed,  # resumed
        a.resumed_from,  # resumed_from
        a.ticket is not None or a.offered_ticket() is not None,  # session_ticket
        state._value_,  # handshake_state (.value is a property: Python code)
        checks.handshake_outcome(a),  # handshake_complete
        a.first_ts,  # handshake_start
        a.established_ts,  # established
        tuple(a.handshake),  # messages
        tuple(a.server_certificates),  # server_certificates
        tuple(a.client_certificates),  # client_certificates
        None if request is None else model.CertificateRequest(  # certificate_request
            tuple(str(t) for t in request.certificate_types),
            len(request.certificate_authorities)),
        _alerts(a) if a.alerts else (),  # alerts
        c2s,  # c2s
        s2c,  # s2c
        tuple(a.records) if a.records is not None else None,  # records
        checks.run_all(a, offered, resumed),  # checks
        a.decryptor.result() if a.decryptor is not None else None,  # decryption
        a.decryptor.crypto_result() if a.decryptor is not None else None,  # crypto
        tls_facts(a.tls),  # tls
        a.protocol_label,  # protocol_label
        # (the decryptor counts them also where the handshake is unjudged, its bytes missing)
        max(a.machine.renegotiations, a.decryptor.renegotiations) if a.decryptor is not None
        else a.machine.renegotiations,  # renegotiations
    )


#: The TLS facts of a connection with one ClientHello found by the identity of that hello's
#: reading and the few facts of the server (tls_facts); False: always by every fact (the
#: general way, which tests compare with).
TLS_FACTS_BY_HELLO = True


def tls_facts(f: TLSFacts) -> model.TlsFacts:
    """Shared between connections with equal facts (one per client and server software)."""
    client = f.client_facts
    # what the client said is all in its hello's reading (tls13.client_hello_facts), shared
    # by the connections that sent the same extensions (not those with a key share: each
    # its own): named by its identity (each entry holds it), the key is the server's few
    # facts, not the offered lists' values
    if (client is None or f.client_hellos != 1 or f.key_share_groups
            or not TLS_FACTS_BY_HELLO):
        return _tls_facts_of(f)
    key = (id(client), f.version, f.hello_retry_request, f.retry_group, f.group,
           tuple(f.signature_schemes.items()) if f.signature_schemes else (), f.psk_selected,
           f.early_data_accepted, f.alpn)
    found = _tls_facts_by_hello.kept(key)
    if found is None:
        found = _tls_facts_by_hello.get(key, lambda _key: (client, _tls_facts_of(f)))
    return found[1]


def _tls_facts_of(f: TLSFacts) -> model.TlsFacts:
    """:func:`tls_facts` by every fact."""
    sides: dict[str, model.End] = {"server": "server", "client": "client"}
    fields = (  # model.TlsFacts' fields, in order
        tuple(f.offered_versions), f.version, f.hello_retry_request, f.retry_group,
        tuple(f.offered_groups), tuple(f.key_share_groups), f.group,
        tuple(f.offered_signature_schemes),
        tuple([(sides[side], scheme) for side, scheme in f.signature_schemes.items()])
        if f.signature_schemes else (),
        len(f.psk_identities), tuple(f.psk_modes), f.psk_selected, f.early_data_offered,
        f.early_data_accepted, tuple(f.alpn_offered), f.alpn)
    found = _tls_facts.kept(fields)
    return found if found is not None else _tls_facts.get(
        fields, lambda _fields: model.TlsFacts(*fields))


# one object per distinct value: what the JSON makes of it is then made once too
_tls_facts: SharedValues[tuple[object, ...], model.TlsFacts] = SharedValues(
    limit=1024, size=model.listed_values)
_tls_facts_by_hello: SharedValues[tuple[object, ...], tuple[object, model.TlsFacts]] = (
    SharedValues(limit=1024))


def _alerts(a: TLCPAnalyzer) -> tuple[model.Alert, ...]:
    alerts = a.alerts
    if not alerts:  # most connections
        return ()
    for alert in alerts:
        if alert.level == "fatal":
            break
    else:  # warnings only (close_notify): no cause to infer, alert_causes' search not made
        return tuple(alerts)
    causes = {c.alert_index: c.cause for c in alert_causes(a)}
    if not causes:
        return tuple(a.alerts)
    # dataclasses.replace written out (it reads the class's fields on each call)
    return tuple([_new_alert(alert.frame, alert.direction, alert.level, alert.description,
                              alert.encrypted, causes[i]) if i in causes else alert
                  for i, alert in enumerate(a.alerts)])


def _direction_records(a: TLCPAnalyzer, direction: model.Direction) -> model.DirectionRecords:
    stream = a.streams[direction]
    counters = stream.counters
    versions = stream.versions
    # model.DirectionRecords' fields, in order
    fields = (counters.records, counters.record_bytes, counters.application_records,
              counters.application_bytes,
              tuple(sorted(versions)) if len(versions) > 1 else tuple(versions),
              counters.skipped_bytes, counters.gap_bytes, counters.pending_bytes,
              a.unparsed[direction])
    return _direction_record(fields)


# Shared: immutable, and short connections carry the same few record and byte counts (kept
# for a direction of at most a few record versions: the capture decides how many there are).
_direction_record: SharedValues[tuple[Any, ...], model.DirectionRecords] = SharedValues(
    lambda fields: model.DirectionRecords(*fields), size=lambda fields: len(fields[4]),
    largest=4)


#: Both directions' DirectionRecords found with one look-up of both's counts (each direction's
#: the object _direction_records gives: the same shared one); False: each direction by
#: _direction_records, the general way, which tests compare with. Why: a look-up per direction
#: was two calls, two keys and two hashes a connection (~1,100 ns for both).
RECORDS_BY_PAIR = True


def _records_of_directions(a: TLCPAnalyzer) -> tuple[model.DirectionRecords,
                                                     model.DirectionRecords]:
    """``(_direction_records(a, "c2s"), _direction_records(a, "s2c"))``."""
    if not RECORDS_BY_PAIR:
        return _direction_records(a, "c2s"), _direction_records(a, "s2c")
    streams, unparsed = a.streams, a.unparsed
    c2s, s2c = streams["c2s"], streams["s2c"]
    c, s = c2s.counters, s2c.counters
    # the fields of both (_direction_records' tuples, one after the other), but the versions
    # as they are: a set of one version (or none) becomes one tuple only
    c_versions, s_versions = c2s.versions, s2c.versions
    key = (c.records, c.record_bytes, c.application_records, c.application_bytes,
           tuple(sorted(c_versions)) if len(c_versions) > 1 else tuple(c_versions),
           c.skipped_bytes, c.gap_bytes, c.pending_bytes, unparsed["c2s"],
           s.records, s.record_bytes, s.application_records, s.application_bytes,
           tuple(sorted(s_versions)) if len(s_versions) > 1 else tuple(s_versions),
           s.skipped_bytes, s.gap_bytes, s.pending_bytes, unparsed["s2c"])
    found = _direction_pairs.kept(key)
    return found if found is not None else _direction_pairs.get(key, _pair_of)


def _pair_of(key: tuple[Any, ...]) -> tuple[model.DirectionRecords, model.DirectionRecords]:
    return _direction_record(key[:9]), _direction_record(key[9:])


# (kept as _direction_record keeps its entries: for directions of at most a few versions each)
_direction_pairs: SharedValues[tuple[Any, ...], tuple[model.DirectionRecords,
                                                      model.DirectionRecords]] = SharedValues(
    size=lambda key: max(len(key[4]), len(key[13])), largest=4)
