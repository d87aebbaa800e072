"""The construct schemas: build -> parse round trips, and typed errors on bad input."""

from __future__ import annotations

import construct
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tlcp_decode import registry
from tlcp_decode.schema import Alert, Handshake, HandshakeBody, HandshakeHeader, RecordHeader
from tlcp_decode.schema.record import ALERT_DESCRIPTIONS, MAX_RECORD_LENGTH
from tlcp_decode.tlcp import (
    ConnectionParser,
    HandshakeMessage,
    Malformed,
    RecordSeen,
    RecordStream,
)
from tlcp_decode.tlcp.errors import (
    DecodeError,
    HandshakeLengthError,
    RecordTooLong,
    UnknownContentType,
)

SUITES = st.sampled_from(sorted(registry.suite_names()))
KX = st.sampled_from(["ECC", "ECDHE", "RSA", "IBC", "IBSDH"])
blob = st.binary(min_size=1, max_size=80)
random_ = st.fixed_dictionaries({"gmt_unix_time": st.integers(0, 2**32 - 1),
                                 "random_bytes": st.binary(min_size=28, max_size=28)})
server_name_ext = st.fixed_dictionaries({
    "type": st.just("server_name"),
    "data": st.lists(st.fixed_dictionaries({"name_type": st.just("host_name"),
                                            "name": st.binary(min_size=1, max_size=30)}),
                     min_size=1, max_size=2)})
ticket_ext = st.fixed_dictionaries({"type": st.just("session_ticket"), "data": st.binary(max_size=40)})
extensions = st.one_of(st.none(), st.lists(st.one_of(server_name_ext, ticket_ext), max_size=3))


def hello(kind: str) -> st.SearchStrategy[dict]:
    common = {"random": random_, "session_id": st.binary(max_size=32), "extensions": extensions}
    if kind == "client_hello":
        return st.fixed_dictionaries({
            "client_version": st.just(0x0101), **common,
            "cipher_suites": st.lists(SUITES, min_size=1, max_size=6),
            "compression_methods": st.just([0])})
    return st.fixed_dictionaries({
        "server_version": st.just(0x0101), **common, "cipher_suite": SUITES,
        "compression_method": st.just(0)})


point = st.binary(min_size=65, max_size=65)
ec_params = st.fixed_dictionaries({"curve_type": st.just("named_curve"),
                                   "named_curve": st.just("curveSM2"), "point": point})
BODIES: dict[str, st.SearchStrategy[dict]] = {
    "client_hello": hello("client_hello"),
    "server_hello": hello("server_hello"),
    "certificate": st.fixed_dictionaries(
        {"certificate_list": st.lists(blob, max_size=3)}),
    "certificate_request": st.fixed_dictionaries({
        "certificate_types": st.lists(st.sampled_from(["rsa_sign", "ecdsa_sign", "ibc_params"]),
                                      min_size=1, max_size=3),
        "certificate_authorities": st.lists(blob, max_size=3)}),
    "server_hello_done": st.just({}),
    "certificate_verify": st.fixed_dictionaries({"signature": blob}),
    "finished": st.fixed_dictionaries({"verify_data": st.binary(min_size=12, max_size=12)}),
    "new_session_ticket": st.fixed_dictionaries({"ticket_lifetime_hint": st.integers(0, 2**32 - 1),
                                                 "ticket": st.binary(max_size=64)}),
}
SKE = {"ECC": st.fixed_dictionaries({"signature": blob}),
       "RSA": st.fixed_dictionaries({"signature": blob}),
       "IBC": st.fixed_dictionaries({"signature": blob}),
       "ECDHE": st.fixed_dictionaries({"params": ec_params, "signature": blob}),
       "IBSDH": st.fixed_dictionaries({"params": blob, "signature": blob})}
CKE = {"ECC": st.fixed_dictionaries({"encrypted_pre_master": blob}),
       "RSA": st.fixed_dictionaries({"encrypted_pre_master": blob}),
       "IBC": st.fixed_dictionaries({"encrypted_pre_master": blob}),
       "ECDHE": st.fixed_dictionaries({"params": ec_params}),
       "IBSDH": st.fixed_dictionaries({"params": blob})}


def _plain(value: object) -> object:
    """A parsed Container as plain data, for comparing with what was built."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if not k.startswith("_")}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, construct.EnumIntegerString):
        return str(value)
    return value


def _build(msg_type: str, body: dict, kx: str | None = None) -> bytes:
    """The body is built by the schema; the handshake header is the standard's framing."""
    encoded = HandshakeBody.build(body, msg_type=msg_type, key_exchange=kx)
    return HandshakeHeader.build({"msg_type": msg_type, "length": len(encoded)}) + encoded


def _round_trip(msg_type: str, body: dict, kx: str | None = None) -> None:
    raw = _build(msg_type, body, kx)
    parsed = Handshake.parse(raw, key_exchange=kx)
    assert str(parsed.msg_type) == msg_type
    assert parsed.length == len(raw) - 4
    rebuilt = Handshake.build(parsed, key_exchange=kx)
    assert rebuilt[4:] == raw[4:]
    assert Handshake.parse(rebuilt, key_exchange=kx).body == parsed.body


@pytest.mark.parametrize("msg_type", sorted(BODIES))
@settings(max_examples=30, deadline=None)
@given(data=st.data())
def test_message_round_trip(msg_type: str, data: st.DataObject) -> None:
    _round_trip(msg_type, data.draw(BODIES[msg_type]))


@pytest.mark.parametrize("kx", sorted(SKE))
@settings(max_examples=20, deadline=None)
@given(data=st.data())
def test_key_exchange_round_trip(kx: str, data: st.DataObject) -> None:
    _round_trip("server_key_exchange", data.draw(SKE[kx]), kx)
    _round_trip("client_key_exchange", data.draw(CKE[kx]), kx)


@settings(max_examples=50, deadline=None)
@given(level=st.sampled_from(["warning", "fatal"]), desc=st.sampled_from(sorted(ALERT_DESCRIPTIONS)))
def test_alert_round_trip(level: str, desc: str) -> None:
    raw = Alert.build({"level": level, "description": desc})
    assert raw == bytes([1 if level == "warning" else 2, ALERT_DESCRIPTIONS[desc]])
    parsed = Alert.parse(raw)
    assert (str(parsed.level), str(parsed.description)) == (level, desc)


def test_record_header_matches_the_fast_path() -> None:
    raw = RecordHeader.build({"content_type": "handshake", "version": "TLCP", "length": 300})
    assert raw == b"\x16\x01\x01\x01\x2c"
    events = RecordStream().feed(raw + bytes(300))
    assert isinstance(events[0], RecordSeen) and events[0].length == 300


def test_tlcp_alert_descriptions_are_named() -> None:
    names = {v: k for k, v in ALERT_DESCRIPTIONS.items()}
    assert [names[v] for v in range(200, 206)] == [
        "unsupported_site2site", "no_area", "unsupported_areatype", "bad_ibcparam",
        "unsupported_ibcparam", "identity_need"]


def test_suites_come_from_the_registry() -> None:
    raw = _build("server_hello", {
        "server_version": 0x0101, "random": {"gmt_unix_time": 0, "random_bytes": bytes(28)},
        "session_id": b"", "cipher_suite": 0xE013, "compression_method": 0,
        "extensions": None})
    assert str(Handshake.parse(raw).body.cipher_suite) == "ECC_SM4_CBC_SM3"


# -- bad input: typed errors, never an unhandled exception -----------------------------------

def _errors(events: list) -> list[DecodeError]:
    return [e.error for e in events if isinstance(e, Malformed)]


def test_record_longer_than_allowed() -> None:
    length = MAX_RECORD_LENGTH + 1
    errors = _errors(RecordStream().feed(b"\x17\x01\x01" + length.to_bytes(2, "big") + bytes(9)))
    assert errors and isinstance(errors[0], RecordTooLong)
    assert "exceeds the maximum 18432" in errors[0].message


def test_handshake_length_past_the_record() -> None:
    # a ClientHello claiming 1000 bytes in a 10-byte record, then a ChangeCipherSpec
    stream = b"\x16\x01\x01\x00\x0a\x01\x00\x03\xe8" + bytes(6) + b"\x14\x01\x01\x00\x01\x01"
    errors = _errors(RecordStream().feed(stream))
    assert errors and isinstance(errors[0], HandshakeLengthError)
    assert "claims 1000 bytes but only 6 arrived" in errors[0].message


def test_unknown_content_type() -> None:
    errors = _errors(RecordStream().feed(b"\x63\x01\x01\x00\x02ab"))
    assert errors and isinstance(errors[0], UnknownContentType)


def test_tls12_record_is_named_not_misread() -> None:
    parser = ConnectionParser()
    hello = bytes.fromhex("0303") + bytes(32) + b"\x00" + b"\x00\x02\xc0\x2f" + b"\x01\x00"
    message = b"\x01" + len(hello).to_bytes(3, "big") + hello
    events = parser.feed("c2s", b"\x16\x03\x01" + len(message).to_bytes(2, "big") + message)
    record = next(e for e in events if isinstance(e, RecordSeen))
    assert record.version == 0x0301
    hs = next(e for e in events if isinstance(e, HandshakeMessage))
    assert hs.error is None and int(hs.body.client_version) == 0x0303
    assert str(hs.body.client_version) == "TLSv1_2"


def test_malformed_body_is_reported_on_the_message() -> None:
    # a ServerHello whose session id length runs past the message
    events = RecordStream().feed(b"\x16\x01\x01\x00\x08\x02\x00\x00\x04\x01\x01\xff\x00")
    hs = next(e for e in events if isinstance(e, HandshakeMessage))
    assert hs.body is None and hs.error is not None and hs.error.kind == "malformed"


def test_application_data_before_change_cipher_spec_is_counted() -> None:
    events = RecordStream().feed(b"\x17\x01\x01\x00\x00")  # Tongsuo's empty record
    assert [type(e) for e in events] == [RecordSeen]
    assert events[0].content_type == 23 and events[0].length == 0


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=400), kx=st.one_of(st.none(), KX))
def test_random_bytes_never_raise(data: bytes, kx: str | None) -> None:
    parser = ConnectionParser()
    parser.context.key_exchange = kx
    parser.feed("c2s", data)
    parser.feed("s2c", b"\x16\x01\x01" + len(data).to_bytes(2, "big") + data)
    parser.close("c2s")
    parser.close("s2c")
    stream = parser.streams["c2s"]
    c = stream.counters
    assert c.record_bytes + c.skipped_bytes + c.pending_bytes == len(data)


def test_the_schemas_named_by_the_package_are_made_on_first_use() -> None:
    """tlcp_decode.schema names its schemas without building them (the decoder reads only the
    plain numbers, from schema.wire): each name is its module's object, made when first looked
    up; the numbers need none of the schema modules."""
    import importlib
    import subprocess
    import sys

    import tlcp_decode.schema as schema

    for name in schema.__all__:
        value = getattr(schema, name)
        if name.isupper():
            assert value == getattr(importlib.import_module("tlcp_decode.schema.wire"), name)
        else:
            module = importlib.import_module(f"tlcp_decode.schema.{schema._MADE_IN[name]}")
            assert value is getattr(module, name)
    with pytest.raises(AttributeError):
        schema.NoSuchSchema  # noqa: B018
    code = ("import sys\nfrom tlcp_decode.schema import *\n"
            "from tlcp_decode.schema import ir\nprint(ir.__name__)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout == "tlcp_decode.schema.ir\n"
    code = ("import sys\nfrom tlcp_decode.schema import TLCP_VERSION, MAX_RECORD_LENGTH\n"
            "print(sorted(m for m in sys.modules if m.startswith('tlcp_decode.schema')))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout == "['tlcp_decode.schema', 'tlcp_decode.schema.wire']\n"
