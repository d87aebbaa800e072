"""A connection's JSON line with the parts it shares with other connections written once per
shared objects (issue 17: report.jsonl.flow_object_and_line): the same object and the same
bytes as the line written whole, on every capture in pcaps/."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

import tlcp_decode
from tlcp_decode import model
from tlcp_decode.bounded_cache import SharedByIdentities
from tlcp_decode.pipeline import DecodeOptions, decode_packets
from tlcp_decode.report import jsonl

ROOT = Path(__file__).resolve().parent.parent
CAPTURES = sorted(p for p in (ROOT / "pcaps").rglob("*") if p.suffix in (".pcap", ".pcapng"))


@pytest.fixture(scope="module")
def connections() -> list[model.Connection]:
    assert len(CAPTURES) > 50
    found = [conn for capture in CAPTURES for conn in tlcp_decode.decode(capture)]
    # as --json decodes them: without TCP state transitions, their TcpSummary objects shared
    # (session.build.tcp_summary), the TCP objects written once per summary
    found += [conn for capture in CAPTURES
              for conn in decode_packets(tlcp_decode.open_capture(capture),
                                         DecodeOptions(tcp_transitions=False))]
    # and again with the keys and what decryption adds, where a capture has a key log (and
    # with the record headers: a session's object then has its records)
    for capture in CAPTURES:
        keylog = capture.with_suffix(".keylog")
        if keylog.exists():
            found += tlcp_decode.decode(capture, keylog=keylog)
            found += tlcp_decode.decode(capture, keylog=keylog, records=True)
    return found


@pytest.mark.parametrize(("once", "templates"), [(True, True), (True, False), (False, False)])
def test_the_line_is_the_one_written_whole(connections: list[model.Connection], once: bool,
                                           templates: bool,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """With the session's object made from a template (SESSION_TEMPLATES) too: the same
    object as made key by key, and the same line, on every connection."""
    monkeypatch.setattr(jsonl, "SHARED_PARTS_WRITTEN_ONCE", once)
    monkeypatch.setattr(jsonl, "SESSION_TEMPLATES", templates)
    pasted = 0
    for conn in connections:
        record, line = jsonl.flow_object_and_line(conn)
        whole = jsonl.connection_object(conn)
        assert record == whole
        assert list(record["tlcp"] or ()) == list(whole["tlcp"] or ())  # (in the same order)
        assert line == jsonl.flow_line_bytes(whole)
        pasted += conn.tlcp is not None
    assert pasted > 100


def test_templates_are_not_changed_by_a_line(connections: list[model.Connection]) -> None:
    """A connection's object is its own: what a reader changes in it (view_of drops the
    records) is not in the next connection's object made from the same template."""
    sessions = [conn for conn in connections if conn.tlcp is not None]
    first, _line = jsonl.flow_object_and_line(sessions[0])
    first["tlcp"]["handshake"] = first["tlcp"]["session_id"] = None
    first["tlcp"].pop("checks")
    again, _line = jsonl.flow_object_and_line(sessions[0])
    assert again == jsonl.connection_object(sessions[0])


def test_shared_count_objects_are_those_made_for_each_line(
        connections: list[model.Connection], monkeypatch: pytest.MonkeyPatch) -> None:
    """A session's application_data and bytes objects made once per pair of DirectionRecords
    (SHARED_COUNT_OBJECTS) are those made for each line: the same objects, the same lines."""
    sessions = 0
    for conn in connections:
        monkeypatch.setattr(jsonl, "SHARED_COUNT_OBJECTS", True)
        shared = jsonl.flow_object_and_line(conn)
        monkeypatch.setattr(jsonl, "SHARED_COUNT_OBJECTS", False)
        assert jsonl.flow_object_and_line(conn) == shared
        if conn.tlcp is not None:
            sessions += 1
            tlcp = shared[0]["tlcp"]
            made = jsonl._count_objects((conn.tlcp.c2s, conn.tlcp.s2c))
            assert (tlcp["application_data"], tlcp["bytes"]) == made[:2]
            written = jsonl._written_count_objects((conn.tlcp.c2s, conn.tlcp.s2c)).written
            assert {key: orjson.loads(orjson.dumps(value)) for key, value in written.items()
                    } == {"application_data": made[0], "bytes": made[1]}
    assert sessions > 100


def test_parts_orjson_refuses_are_written_whole(connections: list[model.Connection],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(value: object, **_options: object) -> bytes:
        raise orjson.JSONEncodeError("refused")

    session = next(conn for conn in connections if conn.tlcp is not None)
    monkeypatch.setattr(jsonl, "_shared_parts", SharedByIdentities(jsonl._shared_parts_of))
    with monkeypatch.context() as patched:
        patched.setattr(jsonl.orjson, "dumps", refused)
        parts = jsonl._shared_parts((session.tlcp.tls, session.tlcp.suite,
                                     session.tlcp.offered_suites,
                                     session.tlcp.server_certificates,
                                     session.tlcp.client_certificates, session.tlcp.checks))
    assert parts.written is None
    record, line = jsonl.flow_object_and_line(session)
    assert record == jsonl.connection_object(session)
    assert line == jsonl.flow_line_bytes(record)


def test_shared_by_identities_finds_objects_together() -> None:
    first, second = [1], [2]
    made: list[tuple[object, ...]] = []
    shared: SharedByIdentities[tuple[list[int], list[int]], int] = SharedByIdentities(
        lambda objects: made.append(objects) or len(made), limit=2)
    assert shared((first, second)) == shared((first, second)) == 1
    assert shared((second, first)) == 2  # other objects, or the same in another order
    assert shared((first, [1])) == 3  # equal is not the same
    assert len(shared) == 1  # full: the table started again
    big: SharedByIdentities[tuple[bytes], int] = SharedByIdentities(
        lambda objects: 0, size=lambda objects: len(objects[0]), largest=2)
    big((b"abc",))
    assert len(big) == 0


def _another(value: object) -> object:
    """A different value of the same kind (None: no different value known)."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1
    if isinstance(value, str):
        return value + "x"
    if isinstance(value, bytes):
        return value + b"\x01"
    return None


def test_every_session_field_reaches_a_templated_line(
        connections: list[model.Connection]) -> None:
    """The templates are keyed by what of a session is not the connection's own: a field left
    out of that key would take the value of the first connection of its kind. So each plain
    field of a real session, changed alone, must give the line the general way gives."""
    import dataclasses

    conn = next(c for c in connections if c.tlcp is not None and c.tlcp.handshake_complete)
    session = conn.tlcp
    assert session is not None
    jsonl.flow_object_and_line(conn)  # (its template made)
    changed = 0
    for field in dataclasses.fields(session):
        value = _another(getattr(session, field.name))
        if value is None:
            continue
        other = dataclasses.replace(conn, tlcp=dataclasses.replace(session, **{field.name: value}))
        record, line = jsonl.flow_object_and_line(other)
        whole = jsonl.connection_object(other)
        assert record == whole, field.name
        assert line in (None, jsonl.flow_line_bytes(whole)), field.name
        changed += 1
    assert changed >= 8
