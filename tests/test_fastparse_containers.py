"""The generated parser's Containers (tlcp_decode.pygen.codegen: one subclass per member list,
members read as properties in C) behave as construct's own Container everywhere a reader looks.

On the messages of real captures: the same repr and str as a plain Container of the same
items, equal both ways, pickled and unpickled to an equal object of the same class, every
member readable as an attribute; a name that is not a member is an AttributeError (hasattr is
False, getattr's default is returned), and Container's own method names stay methods.
"""

from __future__ import annotations

import pickle
from typing import Any

import construct as c
import pytest
from corpus import PCAPS
from test_parser_traces import parse_capture

from tlcp_decode.pygen.codegen import attribute_member
from tlcp_decode.schema.fastparse import parse_handshake
from tlcp_decode.tlcp import HandshakeMessage
from tlcp_decode.tlcp.negotiation import ServerChoice

CAPTURES = [PCAPS / "gmssl" / "gmssl_ecdhe_sm4_cbc_sm3_clientauth.pcapng",
            PCAPS / "tls13" / "04_tongsuo_tls13_sm_resumption.pcapng",
            PCAPS / "tls13" / "03_tongsuo_tls13_sm_client_auth.pcapng"]


def _messages(path: Any) -> list[tuple[bytes, str | None]]:
    """Every handshake message of the capture's connections, with the layout it parses by."""
    found: list[tuple[bytes, str | None]] = []
    for events in parse_capture(path):
        layout: str | None = None
        for _direction, event in events:
            if isinstance(event, HandshakeMessage):
                found.append((event.raw, layout))
                if event.msg_type == 2 and event.body is not None:
                    layout = ServerChoice.of(event.body).message_layout
    return found


def _containers(value: Any) -> list[Any]:
    """Every Container in a parse result, outermost first."""
    found: list[Any] = []
    if isinstance(value, dict):
        found.append(value)
        for item in value.values():
            found += _containers(item)
    elif isinstance(value, list):
        for item in value:
            found += _containers(item)
    return found


def _all_containers() -> list[Any]:
    containers: list[Any] = []
    for path in CAPTURES:
        for raw, layout in _messages(path):
            containers += _containers(parse_handshake(raw, layout))
    return containers


def test_the_captures_give_generated_subclasses() -> None:
    containers = _all_containers()
    kinds = {type(x) for x in containers}
    assert len(kinds) >= 5, kinds  # hello, extension, random, certificate ... each its own
    assert all(issubclass(kind, c.Container) for kind in kinds)


def test_same_text_equality_and_pickling_as_a_plain_container() -> None:
    for parsed in _all_containers():
        plain = c.Container(parsed)
        assert repr(parsed) == repr(plain)
        assert str(parsed) == str(plain)
        assert parsed == plain and plain == parsed
        again = pickle.loads(pickle.dumps(parsed))
        assert type(again) is type(parsed) and again == parsed


def test_members_read_as_attributes_and_the_rest_as_before() -> None:
    for parsed in _all_containers():
        for name in parsed:
            if attribute_member(name):
                assert getattr(parsed, name) is parsed[name]
        assert not hasattr(parsed, "not_a_member")
        assert getattr(parsed, "not_a_member", "default") == "default"
        with pytest.raises(AttributeError):
            parsed.not_a_member  # noqa: B018 - the read is the test
        # Container's own methods keep their names (a member of that name is item-only)
        assert callable(parsed.keys) and callable(parsed.search)


def test_attribute_member_rules() -> None:
    assert attribute_member("client_version")
    assert not attribute_member("keys")  # Container's own method
    assert not attribute_member("search")
    assert not attribute_member("_io")  # private
    assert not attribute_member("class")  # a keyword
    assert not attribute_member("not an identifier")


def test_a_member_set_later_reads_back_as_attribute() -> None:
    raw, layout = _messages(CAPTURES[0])[0]
    hello = parse_handshake(raw, layout).body
    hello.session_id = b"\x01" * 32  # construct's Container stores attributes as items
    assert hello["session_id"] == hello.session_id == b"\x01" * 32
