"""JSON lines output: one object per connection, then one summary object (docs/json.md)."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import IO, Any

import orjson

from tlcp_decode import registry
from tlcp_decode.bounded_cache import SharedByIdentities, SharedByIdentity
from tlcp_decode.model import (
    Alert,
    Certificate,
    Check,
    Connection,
    Decryption,
    DirectionRecords,
    Message,
    Record,
    Session,
    Suite,
    TcpSummary,
    Tls13Decryption,
    TlsFacts,
    endpoint,
    listed_values,
)
from tlcp_decode.named_tuple import NamedTuple
from tlcp_decode.numbers import ContentType
from tlcp_decode.report.crypto_json import crypto_object
from tlcp_decode.schema import TLCP_VERSION

# Each line is exactly json.dumps(obj, ensure_ascii=False, separators=(",", ":")), written by
# orjson, which is faster, whenever it writes the same text. It does for the plain types given
# here. Subclasses of str, int, float, list and dict (a translatable Msg sentence, an IntEnum)
# are handed to _as_plain_type, which gives their plain value: what json.dumps writes for them.
# What orjson refuses (non-str keys, integers beyond 64 bits, lone surrogates, dataclasses,
# datetimes) makes it raise, and the standard library writes that line instead (or raises, as
# it always did).
_ORJSON_OPTIONS = (orjson.OPT_PASSTHROUGH_SUBCLASS | orjson.OPT_PASSTHROUGH_DATACLASS
                   | orjson.OPT_PASSTHROUGH_DATETIME)
# The one difference in what it accepts: floats below 1e-4 (a duration of a few
# microseconds), which Python's repr writes 1e-05 and 1e-06 and orjson 0.00001 and 1e-6.
# A line where orjson may have written one is written again by the standard library (text
# like this in a string is rare, and only costs that).
def _as_plain_type(value: object) -> object:
    """A subclass of a JSON type as its base type (json.dumps writes it so); else refused.
    bool is never passed here (orjson writes it, and it cannot be subclassed)."""
    if isinstance(value, str):
        return str(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict):
        return dict(value)
    raise TypeError


def encode(obj: dict[str, Any]) -> str:
    """``obj`` as one line of JSON (without the newline)."""
    data = line_bytes(obj, newline=False)
    if data is None:
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return data.decode()


def line_bytes(obj: dict[str, Any], newline: bool = True) -> bytes | None:
    """:func:`encode`'s line of ``obj`` (with the newline, unless not ``newline``) as UTF-8
    bytes, when orjson writes it; None: the standard library writes it (see above)."""
    try:
        data = orjson.dumps(obj, default=_as_plain_type,
                            option=_LINE_OBJECT_OPTIONS if newline else _ORJSON_OPTIONS)
    except orjson.JSONEncodeError:
        return None
    return None if _float_written_otherwise(data) else data


def _float_written_otherwise(data: bytes) -> bool:
    """Whether orjson may have written a float of ``data`` otherwise than json.dumps: with a
    negative exponent, which orjson's always writes after a digit ("5e-6"; text such as a file
    or server name with "e-" in it is written alike: a capture named "handshake-x1.pcap" had
    each of its server objects written twice), or with leading zeros ("0.00001").

    Searched by their "." and "-", one byte each (bytes.find of one byte runs memchr): a
    search of "0.0000" and of "e-" went through every byte of the line (3x the time over the
    half megabyte of the handshake benchmark's server objects, written after the reading
    process's last message)."""
    find = data.find
    at = find(b".", 1)
    while at != -1:
        if data[at - 1] == _ZERO and data[at + 1:at + 5] == b"0000":  # "0.0000"
            return True
        at = find(b".", at + 1)
    at = find(b"-", 2)  # (an "e-" at the start has no digit before it)
    while at != -1:
        if data[at - 1] == _E and data[at - 2] in _DIGITS:
            return True
        at = find(b"-", at + 1)
    return False


_DIGITS = b"0123456789"
_ZERO, _E = ord("0"), ord("e")
_LINE_OBJECT_OPTIONS = _ORJSON_OPTIONS | orjson.OPT_APPEND_NEWLINE


def write_object(out: IO[str], obj: dict[str, Any]) -> None:
    out.write(encode(obj) + "\n")


# A flow line's translatable sentences (a check's detail, a Msg) are written by orjson as the
# strs they are, not handed to _as_plain_type one by one (the same text: what a subclass of
# str, int, list or dict holds, as json.dumps writes it; other subclasses still go there).
_FLOW_OPTIONS = orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_DATETIME
_LINE_OPTIONS = _FLOW_OPTIONS | orjson.OPT_APPEND_NEWLINE


def _times_written_alike(record: dict[str, Any]) -> bool:
    """A flow object's times, its only floats (see encode_flow), are all written by orjson as
    by json.dumps: each finite, and zero or at least 1e-4 in size (checked for every such
    float in tests; the times are floats, the handshake's None when there was none)."""
    start, duration = record["start_time"], record["duration"]
    tlcp = record["tlcp"]
    handshake = tlcp["handshake_duration_ms"] if tlcp is not None else None
    # the common case (a time of at least 1e-4) tested first
    return ((1e-4 <= abs(start) < _INFINITY or start == 0.0)
            and (1e-4 <= abs(duration) < _INFINITY or duration == 0.0)
            and (handshake is None or 1e-4 <= abs(handshake) < _INFINITY or handshake == 0.0))


_INFINITY = math.inf


def flow_line_bytes(record: dict[str, Any]) -> bytes | None:
    """The line :func:`encode_flow` writes, newline included, as UTF-8 bytes, when orjson
    writes it (see encode_flow); None: :func:`encode_flow` decides it."""
    if _times_written_alike(record):
        try:
            return orjson.dumps(record, default=_as_plain_type, option=_LINE_OPTIONS)
        except orjson.JSONEncodeError:
            pass
    return None


def encode_flow(record: dict[str, Any]) -> str:
    """A ``"type": "flow"`` object as :func:`encode` writes it, without looking through the
    written line for a float orjson writes differently (two searches of every line cost more
    than orjson writing it): a flow object's only floats are its times (``start_time``,
    ``duration``, ``tlcp.handshake_duration_ms``; tests walk the objects of real captures to
    keep it so), and when those are written alike, the line is orjson's whatever else it
    holds."""
    if _times_written_alike(record):
        try:
            return orjson.dumps(record, default=_as_plain_type, option=_FLOW_OPTIONS).decode()
        except orjson.JSONEncodeError:
            pass  # what orjson refuses: the standard library writes it, as encode does
    return encode(record)


# -- the connection object (docs/json.md): the model as JSON, key order as documented ---------


def connection_object(conn: Connection) -> dict[str, Any]:
    """One ``"type": "flow"`` line."""
    return _connection_object(conn, session_object(conn.tlcp) if conn.tlcp is not None else None,
                              tcp_object(conn.tcp))


#: Whether :func:`flow_object_and_line` writes a session's shared parts once per parts (else
#: the line is written whole by :func:`flow_line_bytes`, the general way: the same bytes).
SHARED_PARTS_WRITTEN_ONCE = True


def flow_object_and_line(conn: Connection) -> tuple[dict[str, Any], bytes | None]:
    """:func:`connection_object` and the line :func:`flow_line_bytes` writes of it. The parts
    of the line that come from objects the session shares with other connections (its suite,
    offered suites, TLS facts, certificates and checks: :class:`_SharedParts`) are pasted in
    as orjson wrote them once for those objects, instead of written again on every line: a
    third of a TLCP line, which orjson otherwise walks dict by dict."""
    session = conn.tlcp
    if session is None or not SHARED_PARTS_WRITTEN_ONCE:
        record = connection_object(conn)
        return record, flow_line_bytes(record)
    # (a template holds its count objects: none when they are made for each line)
    if SESSION_TEMPLATES and SHARED_COUNT_OBJECTS:
        key = _template_key(session)
        template = _session_templates.get(key)
        if template is None:
            parts = _parts_of(session)
            if parts.written is not None:
                template = _session_template(session, parts, _counts_of(session), key)
        if template is not None:
            return _flow_from_template(conn, session, template)
    parts = _parts_of(session)
    counts = _counts_of(session)
    tlcp = _session_object(session, parts, counts)
    record = _connection_object(conn, tlcp, tcp_object(conn.tcp))
    written = parts.written
    if written is None or not _times_written_alike(record):
        return record, flow_line_bytes(record)
    try:
        return record, orjson.dumps({**record, "tlcp": {**tlcp, **written, **counts.written}},
                                    default=_as_plain_type, option=_LINE_OPTIONS)
    except orjson.JSONEncodeError:
        return record, None  # as flow_line_bytes: encode_flow writes it


def _connection_object(conn: Connection, tlcp: dict[str, Any] | None,
                       tcp: dict[str, Any]) -> dict[str, Any]:
    """:func:`connection_object`, with its ``tlcp`` and ``tcp`` objects."""
    protocol, warnings = conn.protocol, conn.warnings
    server = _server_endpoints.get(conn.server)
    if server is None:
        server = _server_endpoint(conn.server)
    record = {
        "type": "flow",
        "index": conn.index,
        "client": endpoint(conn.client),
        "server": server,
        "first_frame": conn.first_frame,
        "last_frame": conn.last_frame,
        "start_time": conn.start_time,
        "duration": conn.duration,
        "tcp": tcp,
        "protocol": protocol,
        "tlcp": tlcp,
        "unparsed_bytes": {"c2s": conn.unparsed_c2s, "s2c": conn.unparsed_s2c},
        "warnings": [w.message for w in warnings] if warnings else [],
    }
    # identical warnings folded (docs/json.md); most connections have none (a comprehension
    # is a call: not made for nothing)
    if warnings and any(w.count > 1 for w in warnings):
        record["warning_counts"] = [w.count for w in warnings]
    return record


# a server's address as text, once per server (its connections repeat it)
_server_endpoints: dict[tuple[str, int], str] = {}


def _server_endpoint(address: tuple[str, int]) -> str:
    text = endpoint(address)
    if len(_server_endpoints) >= SHARED_LIMIT:
        _server_endpoints.clear()
    _server_endpoints[address] = text
    return text


def tcp_object(tcp: TcpSummary) -> dict[str, Any]:
    c2s, s2c = tcp.c2s, tcp.s2c  # TcpSummary's sums (gaps, packets...) written out
    return {
        "handshake": tcp.handshake,
        "close": tcp.close,
        "closed_by": tcp.closed_by,
        "client_states": list(tcp.client_states),
        "server_states": list(tcp.server_states),
        "gaps": c2s.gaps + s2c.gaps,
        "gap_bytes": c2s.gap_bytes + s2c.gap_bytes,
        "retransmissions": c2s.retransmissions + s2c.retransmissions,
        "out_of_order": c2s.out_of_order + s2c.out_of_order,
        "packets": c2s.packets + s2c.packets,
        "c2s_bytes": c2s.bytes_delivered,
        "s2c_bytes": s2c.bytes_delivered,
    }


def version_text(version: int) -> str:
    return f"0x{version:04x}"


# Parts of a line that repeat from connection to connection (the suites a client offers, the
# TLS facts of one client software, a server's certificates, the verdicts on them) come from
# model objects that the session stage shares between connections: what is made of each is
# made once and shared by every line that holds it: read-only. Bounded in number.
SHARED_LIMIT = 4096


def _suite_object(suite: Suite) -> dict[str, str]:
    return {"id": suite.hex_id, "name": suite.name}


suite_object: SharedByIdentity[Suite, dict[str, str]] = SharedByIdentity(
    _suite_object, SHARED_LIMIT)
_offered_suites: SharedByIdentity[tuple[Suite, ...], list[dict[str, str]]] = SharedByIdentity(
    lambda suites: [suite_object(x) for x in suites], 1024, size=len, largest=128)


class _SharedParts(NamedTuple):
    """What a session's object takes from the objects the session stage shares between
    connections (TLS facts, suite, offered suites, certificate chains, checks), made once per
    such set of objects; read-only, as every shared part of a line. ``written``: those of
    them a line holds, by key, as orjson writes them (None: orjson refuses one)."""

    group: dict[str, str] | None
    signature_scheme: dict[str, str] | None
    cipher_suite: dict[str, str] | None
    offered_suites: list[dict[str, str]]
    tls: dict[str, Any]
    server_certificates: list[dict[str, Any]]
    client_certificates: list[dict[str, Any]]
    checks: list[dict[str, Any]]
    written: dict[str, orjson.Fragment] | None


_SessionShares = tuple[TlsFacts, Suite | None, tuple[Suite, ...] | None,
                       tuple[Certificate, ...], tuple[Certificate, ...], tuple[Check, ...]]


def _shared_parts_of(shares: _SessionShares) -> _SharedParts:
    tls_facts, suite, offered, server, client, checks = shares
    tls = _tls_parts(tls_facts)
    cipher_suite = suite_object(suite) if suite is not None else None
    offered_suites = _offered_suites(offered) if offered else []
    server_certificates, client_certificates = _certificate_list(server), _certificate_list(client)
    check_list = _check_list(checks)
    written: dict[str, orjson.Fragment] | None
    try:
        written = {key: orjson.Fragment(orjson.dumps(value, default=_as_plain_type,
                                                     option=_FLOW_OPTIONS))
                   for key, value in (("cipher_suite", cipher_suite),
                                      ("offered_suites", offered_suites),
                                      ("tls", tls["tls"]),
                                      ("certificates", {"server": server_certificates,
                                                        "client": client_certificates}),
                                      ("checks", check_list))}
    except orjson.JSONEncodeError:
        written = None  # written whole, by flow_line_bytes or the standard library
    return _SharedParts(tls["group"], tls["signature_scheme"], cipher_suite, offered_suites,
                        tls["tls"], server_certificates, client_certificates, check_list,
                        written)


def _shares_size(shares: _SessionShares) -> int:
    """About how much an entry of _shared_parts keeps alive (what a capture controls)."""
    _tls, _suite, offered, server, client, checks = shares
    return (len(offered or ()) * 32 + _chain_size(server) + _chain_size(client)
            + _checks_size(checks))


# the parts of the sessions with the same shared objects (each entry holds its objects)
_shared_parts: SharedByIdentities[_SessionShares, _SharedParts] = SharedByIdentities(
    _shared_parts_of, 1024, size=_shares_size, largest=65536)


def _parts_of(s: Session) -> _SharedParts:
    """The session's shared parts, made once per set of the objects they come from."""
    return _shared_parts((s.tls, s.suite, s.offered_suites, s.server_certificates,
                          s.client_certificates, s.checks))


def session_object(s: Session) -> dict[str, Any]:
    return _session_object(s, _parts_of(s), _counts_of(s))


def _session_object(s: Session, parts: _SharedParts, counts: _CountObjects) -> dict[str, Any]:
    data = _session_skeleton(s, parts, counts)
    _put_own_values(s, data, data)
    return data


def _session_skeleton(s: Session, parts: _SharedParts, counts: _CountObjects,
                      ) -> dict[str, Any]:
    """The session's object but for the connection's own values (None here: see
    :func:`_put_own_values`), the keys in their order."""
    data: dict[str, Any] = {
        "version": version_text(s.negotiated_version or TLCP_VERSION),
        "protocol": s.protocol_label or None,
        "group": parts.group,
        "signature_scheme": parts.signature_scheme,
        "hello_retry_request": s.tls.hello_retry_request,
        "client_version": version_text(s.client_version) if s.client_version else None,
        "cipher_suite": parts.cipher_suite,
        "offered_suites": parts.offered_suites,
        "server_name": s.server_name,
        "session_id": None,
        "resumed": s.resumed,
        "resumed_from": None,
        "session_ticket": s.session_ticket,
        "tls": parts.tls,
        "handshake_state": s.handshake_state,
        "handshake_complete": s.handshake_complete,
        "renegotiations": s.renegotiations,
        "handshake_duration_ms": None,
        "handshake": None,
        "certificates": {
            "server": parts.server_certificates,
            "client": parts.client_certificates,
        },
        "alerts": None,
        "application_data": counts.application_data,
        "bytes": counts.bytes,
    }
    if s.records is not None:
        data["records"] = None
    data["checks"] = parts.checks
    if s.decryption is not None:
        data["decryption"] = None
    if s.crypto is not None:
        data["crypto"] = None
    return data


def _put_own_values(s: Session, tlcp: dict[str, Any], line: dict[str, Any]) -> None:
    """The connection's own values put in its session's object ``tlcp`` and in its line's
    object ``line`` (the same objects: the line's are read only; one dict when the line is
    written from the object), in place of :func:`_session_skeleton`'s Nones: its session id,
    times, handshake messages, alerts, records, decryption and crypto values. Every other
    value of the object follows from its template's key (see :func:`_template_key`)."""
    records, decryption, crypto = s.records, s.decryption, s.crypto
    tlcp["session_id"] = line["session_id"] = s.session_id.hex()
    tlcp["resumed_from"] = line["resumed_from"] = s.resumed_from
    tlcp["handshake_duration_ms"] = line["handshake_duration_ms"] = s.handshake_duration_ms
    tlcp["handshake"] = line["handshake"] = handshake_objects(s.messages)
    if s.alerts:
        tlcp["alerts"] = line["alerts"] = [alert_object(a) for a in s.alerts]
    else:
        tlcp["alerts"] = line["alerts"] = []
    if records is not None:
        tlcp["records"] = line["records"] = [record_object(r) for r in records]
    if decryption is not None:
        tlcp["decryption"] = line["decryption"] = decryption_object(decryption)
    if crypto is not None:
        tlcp["crypto"] = line["crypto"] = crypto_object(crypto)


def handshake_objects(messages: tuple[Message, ...]) -> list[dict[str, Any]]:
    """``tlcp.handshake``: each handshake message (a comprehension: a connection lists a
    dozen)."""
    return [{"frame": m.frame, "dir": m.direction, "type": m.type, "encrypted": m.encrypted,
             "length": m.length, "expected": m.expected} for m in messages]


class _CountObjects(NamedTuple):
    """A session's ``application_data`` and ``bytes`` objects, of its two directions' records;
    ``written``: both as orjson writes them, by key, when they are shared (else empty: written
    with the rest of the line)."""

    application_data: dict[str, int]
    bytes: dict[str, dict[str, int]]
    written: dict[str, orjson.Fragment]


def _count_objects(directions: tuple[DirectionRecords, DirectionRecords]) -> _CountObjects:
    """The count objects of the records of (c2s, s2c)."""
    c2s, s2c = directions
    return _CountObjects(
        {"c2s_records": c2s.application_records, "c2s_bytes": c2s.application_bytes,
         "s2c_records": s2c.application_records, "s2c_bytes": s2c.application_bytes},
        {"c2s": bytes_object(c2s), "s2c": bytes_object(s2c)}, {})


def _written_count_objects(directions: tuple[DirectionRecords, DirectionRecords],
                           ) -> _CountObjects:
    objects = _count_objects(directions)
    return _CountObjects(objects.application_data, objects.bytes, {
        key: orjson.Fragment(orjson.dumps(value, option=_FLOW_OPTIONS))
        for key, value in (("application_data", objects.application_data),
                           ("bytes", objects.bytes))})


#: Whether a session's ``application_data`` and ``bytes`` objects are made (and written by
#: orjson) once per pair of its directions' DirectionRecords, shared read-only by the lines
#: of the sessions with those same two objects (False: made for each line, the general way,
#: which tests compare with).
SHARED_COUNT_OBJECTS = True
# (session.build shares a DirectionRecords between the directions with the same counts:
# short connections repeat a few pairs)
_shared_count_objects: SharedByIdentities[
    tuple[DirectionRecords, DirectionRecords], _CountObjects] = SharedByIdentities(
        _written_count_objects, SHARED_LIMIT)


def _counts_of(s: Session) -> _CountObjects:
    return (_shared_count_objects if SHARED_COUNT_OBJECTS else _count_objects)((s.c2s, s.s2c))


# -- a line made from templates (flow_object_and_line's short way) ---------------------------

#: Whether :func:`flow_object_and_line` makes a session's object as a copy of one made once
#: for every connection with the same shared parts and the same few values that repeat from
#: connection to connection (its versions, server name, handshake state...), the connection's
#: own values (session id, times, handshake messages, alerts) put in, and its line's object
#: as a copy of that template with the shared parts as orjson wrote them (no merge of the two
#: per line); the TCP object shared, and written once, by the connections with the same one.
#: False: each object made key by key, the line's merged from it (the general way, which
#: tests compare with: the same objects, the same bytes). A dict's copy is one allocation
#: and a copy of its table: on the handshake capture a line's objects cost 21,000 fewer
#: instructions. (Each handshake message's object copied from one per message but for its
#: frame cost more than the comprehension: a key made, hashed and looked up per message.)
SESSION_TEMPLATES = True


class _SessionTemplate(NamedTuple):
    """A session's object (``record``) and its line's (``line``: the shared parts as orjson
    wrote them) but for the connection's own values (see _put_own_values), with the shared
    objects its key names by identity (``shares``: the entry holds them, so no other object
    takes their identity while it is kept)."""

    shares: tuple[object, ...]
    record: dict[str, Any]
    line: dict[str, Any]


_session_templates: dict[tuple[object, ...], _SessionTemplate] = {}
# at most as many as there are shared parts kept (each template holds its parts' objects: see
# _shared_parts), and none for a server name longer than a host name may be (a hello's may be
# 64 KiB: a capture controls it)
_SESSION_TEMPLATES_LIMIT = 1024
_TEMPLATE_SERVER_NAME = 255


def _template_key(s: Session) -> tuple[object, ...]:
    """Everything of the session's object that is not its own: the objects shared between
    connections that it is made from, by identity (those of its parts and of its count
    objects: _parts_of, _counts_of; the template holds them), so that a line's template is
    found with one look-up, not one for its parts, one for its count objects and one for the
    template; and the few plain values that repeat from connection to connection (its TLS
    facts hold the negotiated version's, with the versions here)."""
    return (id(s.tls), id(s.suite), id(s.offered_suites), id(s.server_certificates),
            id(s.client_certificates), id(s.checks), id(s.c2s), id(s.s2c), s.client_version,
            s.server_version, s.protocol_label, s.server_name, s.resumed, s.session_ticket,
            s.handshake_state, s.handshake_complete, s.renegotiations, s.records is None,
            s.decryption is None, s.crypto is None)


def _session_template(s: Session, parts: _SharedParts, counts: _CountObjects,
                      key: tuple[object, ...]) -> _SessionTemplate:
    """The template of the sessions of ``key`` (made from ``s``, one of them)."""
    assert parts.written is not None
    record = _session_skeleton(s, parts, counts)
    shares = (s.tls, s.suite, s.offered_suites, s.server_certificates, s.client_certificates,
              s.checks, s.c2s, s.s2c)  # (those _template_key names)
    template = _SessionTemplate(shares, record, {**record, **parts.written, **counts.written})
    if len(s.server_name or "") <= _TEMPLATE_SERVER_NAME:
        if len(_session_templates) >= _SESSION_TEMPLATES_LIMIT:
            _session_templates.clear()
        _session_templates[key] = template
    return template


def _flow_from_template(conn: Connection, s: Session, template: _SessionTemplate,
                        ) -> tuple[dict[str, Any], bytes | None]:
    """:func:`flow_object_and_line` of a session whose shared parts orjson wrote, made from
    its template (see :data:`SESSION_TEMPLATES`)."""
    tlcp = template.record.copy()
    line = template.line.copy()
    _put_own_values(s, tlcp, line)
    tcp, tcp_written = _shared_tcp_object(conn.tcp)
    record = _connection_object(conn, tlcp, tcp)
    if not _times_written_alike(record):
        return record, flow_line_bytes(record)
    # the line's object: the record's, but for what orjson wrote once (a copy and two
    # stores, cheaper than a dict display merging the record)
    written = record.copy()
    written["tcp"] = tcp_written
    written["tlcp"] = line
    try:
        return record, orjson.dumps(written, default=_as_plain_type, option=_LINE_OPTIONS)
    except orjson.JSONEncodeError:
        return record, None  # as flow_line_bytes: encode_flow writes it


# the TCP object, and as orjson writes it, of the connections with the same TcpSummary: by
# its identity, each entry holding it (session.build shares one between the connections with
# equal facts where it has no transitions, as in --json: only those are kept)
_tcp_objects: dict[int, tuple[TcpSummary, dict[str, Any], orjson.Fragment]] = {}
#: The most TCP states of one end a shared TCP object holds (a capture controls how many).
_SHARED_TCP_STATES = 32


def _shared_tcp_object(tcp: TcpSummary,
                       ) -> tuple[dict[str, Any], orjson.Fragment | dict[str, Any]]:
    """:func:`tcp_object`, shared read-only, and as orjson wrote it (when it did)."""
    entry = _tcp_objects.get(id(tcp))
    if entry is not None:
        return entry[1], entry[2]
    made = tcp_object(tcp)
    try:
        written = orjson.Fragment(orjson.dumps(made, option=_FLOW_OPTIONS))
    except orjson.JSONEncodeError:
        return made, made  # (written with the rest of the line)
    if (not tcp.transitions
            and max(len(tcp.client_states), len(tcp.server_states)) <= _SHARED_TCP_STATES):
        if len(_tcp_objects) >= SHARED_LIMIT:
            _tcp_objects.clear()
        _tcp_objects[id(tcp)] = (tcp, made, written)
    return made, written


def _named(value: int | None, namer: Callable[[int], str]) -> dict[str, str] | None:
    return None if value is None else {"id": f"0x{value:04x}", "name": namer(value)}


def _tls_parts_of(t: TlsFacts) -> dict[str, Any]:
    return {"tls": tls_object(t), "group": _named(t.group, registry.group_name),
            "signature_scheme": _named(t.signature_scheme, registry.signature_scheme_name)}


# ``tlcp.tls``, ``tlcp.group`` and ``tlcp.signature_scheme`` of equal facts
_tls_parts: SharedByIdentity[TlsFacts, dict[str, Any]] = SharedByIdentity(
    _tls_parts_of, 1024, size=lambda t: listed_values(getattr(t, name) for name in t.__slots__),
    largest=64)


def tls_object(t: TlsFacts) -> dict[str, Any]:
    """``tlcp.tls`` (docs/json.md): what the hellos of a TLS connection negotiated."""
    def group(value: int | None) -> dict[str, str] | None:
        return _named(value, registry.group_name)

    return {
        "offered_versions": [f"0x{v:04x}" for v in t.offered_versions],
        "offered_groups": [group(g) for g in t.offered_groups],
        "key_share_groups": [group(g) for g in t.key_share_groups],
        "retry_group": group(t.retry_group),
        "signature_schemes": {side: _named(v, registry.signature_scheme_name)
                              for side, v in t.signature_schemes},
        "psk_identities": t.psk_identities,
        "psk_key_exchange_modes": list(t.psk_modes),
        "psk_selected_identity": t.psk_selected,
        "early_data": {"offered": t.early_data_offered, "accepted": t.early_data_accepted},
        "alpn_offered": list(t.alpn_offered),
        "alpn": t.alpn,
    }


def certificate_object(c: Certificate) -> dict[str, Any]:
    return {
        "subject": c.subject, "issuer": c.issuer, "serial": c.serial,
        "not_before": c.not_before, "not_after": c.not_after,
        "key_type": c.key_type, "key_usage": list(c.key_usage), "is_ca": c.is_ca,
        "role": c.role, "signature_algorithm": c.signature_algorithm,
        "key_bits": c.key_bits,
        **({"error": c.error} if c.error else {}),
    }


_certificate_object: SharedByIdentity[Certificate, dict[str, Any]] = SharedByIdentity(
    certificate_object, 256, size=lambda c: len(c.der), largest=16384)


# a chain is one tuple object per distinct chain (session.certificates.describe_chain)
def _chain_size(chain: tuple[Certificate, ...]) -> int:
    return sum(len(c.der) for c in chain)


_certificate_list: SharedByIdentity[tuple[Certificate, ...], list[dict[str, Any]]] = (
    SharedByIdentity(lambda chain: [_certificate_object(c) for c in chain], 128,
                     size=_chain_size, largest=32768))


def alert_object(a: Alert) -> dict[str, Any]:
    data = {"frame": a.frame, "dir": a.direction, "level": a.level,
            "description": a.description, "encrypted": a.encrypted}
    if a.likely_cause is not None:  # (set, not merged in: most alerts have none)
        data["likely_cause"] = a.likely_cause
    return data


def bytes_object(d: DirectionRecords) -> dict[str, int]:
    """Every payload byte of one direction: records, skipped, gaps, pending, unparsed."""
    return {
        "records": d.records,
        "record_bytes": d.record_bytes,
        "skipped_bytes": d.skipped_bytes,
        "gap_bytes": d.gap_bytes,
        "pending_bytes": d.pending_bytes,
        "unparsed_bytes": d.unparsed_bytes,
    }


def record_object(r: Record) -> dict[str, Any]:
    return {"frame": r.frame, "dir": r.direction, "offset": r.offset,
            "content_type": content_type_name(r.content_type),
            "version": version_text(r.version), "length": r.length, "encrypted": r.encrypted}


def content_type_name(content_type: int) -> str:
    return ContentType.symbol_of(content_type)


def check_object(c: Check) -> dict[str, Any]:
    return {"name": c.name, "ok": c.ok, "detail": c.detail}


_check_object: SharedByIdentity[Check, dict[str, Any]] = SharedByIdentity(
    check_object, 2048, size=lambda c: len(c.detail), largest=4096)


# connections with the same facts share one tuple of checks (session.checks.run_all)
def _checks_size(checks: tuple[Check, ...]) -> int:
    return sum(len(c.detail) for c in checks)


_check_list: SharedByIdentity[tuple[Check, ...], list[dict[str, Any]]] = SharedByIdentity(
    lambda checks: [_check_object(c) for c in checks], 1024, size=_checks_size, largest=16384)


def decryption_object(d: Decryption) -> dict[str, Any]:
    finished = {"client": d.finished_verified.client, "server": d.finished_verified.server}
    if d.tls13 is not None:
        return _tls13_decryption_object(d, d.tls13, finished)
    result: dict[str, Any] = {
        "status": d.status,
        "key_source": d.key_source,
        "finished_verified": finished,
        "c2s_plaintext_bytes": d.c2s_plaintext_bytes,
        "s2c_plaintext_bytes": d.s2c_plaintext_bytes,
        "records_failed": d.records_failed,
    }
    if d.reason:
        result["reason"] = d.reason
    if d.master_secret is not None:
        result["master_secret"] = d.master_secret.hex()
        result["client_random"] = (d.client_random or b"").hex()
    if d.keys:
        result["keys"] = {key.name: key.value.hex() for key in d.keys}
    return result


def _tls13_decryption_object(d: Decryption, t: Tls13Decryption,
                             finished: dict[str, bool | None]) -> dict[str, Any]:
    result: dict[str, Any] = {
        "status": d.status,
        "key_source": d.key_source,
        "finished_verified": finished,
        "records_failed": d.records_failed,
        "records_without_key": t.records_without_key,
        "key_updates": t.key_updates,
        "unverified": list(t.unverified),
        "secrets": list(t.secrets),
    }
    if d.reason:
        result["reason"] = d.reason
    if d.client_random is not None:
        result["client_random"] = d.client_random.hex()
    if d.keys:
        result["keys"] = {key.name: key.value.hex() for key in d.keys}
    result["c2s_plaintext_bytes"] = d.c2s_plaintext_bytes
    result["s2c_plaintext_bytes"] = d.s2c_plaintext_bytes
    return result
