"""A ClientHello's extensions read once (tlcp_decode.session.hello_extensions) say what the
walks they replaced said, and the analyzer's answers follow the ClientHello it holds.

Reference: the per-question walks the analyzer and session.tls13 made before (first extension
of each type; the first non-empty session_ticket; the first name of the first non-empty
server_name), run here on every ClientHello of the bundled captures and on hand-made lists
with repeated and empty extensions.
"""

from __future__ import annotations

from typing import Any

from construct import Container, ListContainer
from corpus import PCAPS
from test_parser_traces import parse_capture

from tlcp_decode.session import hello_extensions
from tlcp_decode.session.analyzer import TLCPAnalyzer
from tlcp_decode.session.handshake_state import HandshakeMachine
from tlcp_decode.session.tls13 import extensions
from tlcp_decode.tlcp import HandshakeMessage


def _walked_ticket(hello: Any) -> bytes | None:
    for ext in (hello.extensions or []) if hello is not None else []:
        if str(ext.type) == "session_ticket" and ext.data:
            return bytes(ext.data)
    return None


def _walked_name(hello: Any) -> str | None:
    for ext in (hello.extensions or []) if hello is not None else []:
        if str(ext.type) == "server_name" and ext.data:
            for entry in ext.data:
                return bytes(entry.name).decode("utf-8", "replace")
    return None


def _client_hellos() -> list[Any]:
    hellos = []
    for path in sorted(PCAPS.rglob("*.pcap*")):
        if "foreign-tls" in path.parts:
            continue
        for events in parse_capture(path):
            hellos += [e.body for _d, e in events
                       if isinstance(e, HandshakeMessage) and e.msg_type == 1 and e.body]
    return hellos


def test_the_captures_client_hellos_read_as_the_walks_did() -> None:
    hellos = _client_hellos()
    assert len(hellos) > 50
    assert any(_walked_name(h) for h in hellos) and any(_walked_ticket(h) for h in hellos)
    for hello in hellos:
        read = hello_extensions.read(hello)
        assert read.by_type == extensions(hello)
        assert list(read.by_type) == list(extensions(hello))
        assert read.offered_ticket == _walked_ticket(hello)
        assert read.server_name == _walked_name(hello)


def _ext(kind: str, data: Any) -> Container:
    return Container(type=kind, data=data)


def _name(text: bytes) -> Container:
    return Container(name_type="host_name", name=text)


def test_repeated_and_empty_extensions() -> None:
    hello = Container(extensions=ListContainer([
        _ext("server_name", None),  # an empty server_name (as a server answers)
        _ext("session_ticket", b""),  # no ticket: asks for one
        _ext("server_name", ListContainer([_name(b"first.example"), _name(b"second.example")])),
        _ext("session_ticket", b"\x01\x02"),
        _ext("session_ticket", b"\x03"),
        _ext("server_name", ListContainer([_name(b"third.example")])),
    ]))
    read = hello_extensions.read(hello)
    assert read.by_type == {"server_name": None, "session_ticket": b""}  # first of each type
    assert read.offered_ticket == _walked_ticket(hello) == b"\x01\x02"
    assert read.server_name == _walked_name(hello) == "first.example"


def test_no_hello_or_no_extensions() -> None:
    for hello in (None, Container(extensions=None), Container(extensions=ListContainer())):
        read = hello_extensions.read(hello)
        assert (read.by_type, read.offered_ticket, read.server_name) == ({}, None, None)


def test_the_analyzer_answers_for_the_hello_it_holds() -> None:
    analyzer = TLCPAnalyzer(1)
    assert analyzer.server_name is None and analyzer.offered_ticket() is None
    first = Container(extensions=ListContainer([_ext("server_name",
                                                     ListContainer([_name(b"a.example")]))]))
    second = Container(extensions=ListContainer([_ext("session_ticket", b"\x07")]))
    analyzer.client_hello = first
    assert analyzer.server_name == "a.example" and analyzer.offered_ticket() is None
    analyzer.client_hello = second  # a second ClientHello (after a HelloRetryRequest)
    assert analyzer.server_name is None and analyzer.offered_ticket() == b"\x07"


def test_advance_moves_the_machine_as_event_does() -> None:
    flight = [("c2s", "client_hello"), ("s2c", "server_hello"), ("s2c", "new_session_ticket"),
              ("s2c", "change_cipher_spec"), ("s2c", "finished"), ("c2s", "finished"),
              ("c2s", "change_cipher_spec"), ("c2s", "finished"), ("s2c", "hello_request"),
              ("c2s", "client_hello")]
    by_event, by_advance = HandshakeMachine(), HandshakeMachine()
    for direction, message in flight:
        step = by_event.event(direction, message, 7)
        assert by_advance.advance(direction, message) == (step.before, step.after,
                                                          step.expected)
        assert (by_advance.state, by_advance.abbreviated) == (by_event.state,
                                                              by_event.abbreviated)
    assert by_event.abbreviated
