"""The generated handshake parser (tlcp_decode/schema/fastparse.py) is the construct schema.

* the committed module is what ``python -m tlcp_decode.pygen`` generates now;
* on every handshake message of every bundled capture, under every key exchange, on thousands
  of seeded mutations of them and on hypothesis-built messages, ``parse_handshake`` and
  ``Handshake.parse`` both fail (same construct error class, same message and path) or both
  return equal Containers with the same keys in the same order and leaves of the same types;
* the generator is generic: a toy schema using every supported class parses as construct
  does, and a class it does not know is an error at generation time.
"""

from __future__ import annotations

import math
import random
from functools import cache
from pathlib import Path
from typing import Any

import construct as c
import pytest
from corpus import own_captures
from hypothesis import given, settings
from hypothesis import strategies as st
from test_parser_traces import parse_capture
from test_schema import BODIES, CKE, SKE, blob, point, random_

from tlcp_decode import registry
from tlcp_decode.pygen import (
    CHECKS_PATH,
    MODULE_PATH,
    PyGenError,
    generate,
    generate_checks,
    generate_module,
)
from tlcp_decode.pygen.__main__ import main as pygen_main
from tlcp_decode.pygen.codegen import attribute_member
from tlcp_decode.schema import Handshake, HandshakeBody, HandshakeHeader
from tlcp_decode.schema.fastcheck import check_handshake
from tlcp_decode.schema.fastparse import parse_handshake
from tlcp_decode.schema.meta import ExactRange, Trailing
from tlcp_decode.tlcp import HandshakeMessage
from tlcp_decode.tlcp.negotiation import ServerChoice

KEY_EXCHANGES: list[str | None] = [None, *(str(k) for k in registry.KeyExchange)]
CAPTURE_FILES = own_captures()

# -- comparing results ------------------------------------------------------------------------


def assert_same(ours: Any, theirs: Any, where: str = "message") -> None:
    """Equal values, the same types at every level, the same keys in the same order.

    construct's private ``_io`` entries (its stream objects) are the one thing not compared.
    A ``Container`` may be of the generated parser's subclasses of it, whose members read as
    attributes without ``__getattr__`` (see tlcp_decode.pygen.codegen): then each member reads
    the same as an attribute and as an item.
    """
    if type(theirs) is c.Container:
        assert type(ours) is c.Container or type(ours).__bases__ == (c.Container,), (
            where, type(ours))
    else:
        assert type(ours) is type(theirs), (where, type(ours), type(theirs))
    if isinstance(theirs, dict):
        keys = [k for k in theirs if not str(k).startswith("_")]
        assert list(ours) == keys, (where, list(ours), keys)
        for key in keys:
            assert_same(ours[key], theirs[key], f"{where}.{key}")
            if attribute_member(key):
                assert getattr(ours, key) is ours[key], (where, key)
    elif isinstance(theirs, list):
        assert len(ours) == len(theirs), where
        for i, (a, b) in enumerate(zip(ours, theirs, strict=True)):
            assert_same(a, b, f"{where}[{i}]")
    elif isinstance(theirs, float) and math.isnan(theirs):
        assert math.isnan(ours), where
    else:
        assert ours == theirs, (where, ours, theirs)
        if isinstance(theirs, c.EnumIntegerString):
            assert ours.intvalue == theirs.intvalue, where


def outcome(parse: Any, *args: Any, **kwargs: Any) -> tuple[str, Any]:
    try:
        return "ok", parse(*args, **kwargs)
    except c.ConstructError as exc:
        return "error", (type(exc), str(exc), exc.path)


def assert_agree(raw: bytes, kx: str | None) -> bool:
    """Both parsers agree on ``raw``, and the generated check with them; returns whether it
    parsed."""
    theirs = outcome(Handshake.parse, raw, key_exchange=kx)
    ours = outcome(parse_handshake, raw, kx)
    assert ours[0] == theirs[0], (raw.hex(), kx, ours, theirs)
    assert_check_agrees(outcome(check_handshake, raw, kx), theirs, raw)
    if theirs[0] == "ok":
        assert_same(ours[1], theirs[1])
        assert ours[1] == theirs[1]
        return True
    assert ours[1] == theirs[1], (raw.hex(), kx)
    return False


def assert_check_agrees(checked: tuple[str, Any], parsed: tuple[str, Any], raw: bytes) -> None:
    """A generated check (``checks=`` of generate_module) raised the parse's error, or returned
    None where the parse succeeded."""
    if parsed[0] == "ok":
        assert checked == ("ok", None), raw.hex()
    else:
        assert checked == parsed, raw.hex()


# -- the real messages --------------------------------------------------------------------------


@cache
def capture_messages(path: Path) -> tuple[tuple[bytes, str | None], ...]:
    """Each handshake message of a capture with the key exchange in effect when it arrived."""
    out = []
    for events in parse_capture(path):
        kx: str | None = None
        for _, event in events:
            if isinstance(event, HandshakeMessage):
                out.append((event.raw, kx))
                if event.msg_type == 2 and event.body is not None:  # as the parser does
                    kx = ServerChoice.of(event.body).message_layout
    return tuple(out)


@cache
def all_messages() -> tuple[tuple[bytes, str | None], ...]:
    """Distinct (message, key exchange) pairs of all captures, in a stable order."""
    seen: dict[tuple[bytes, str | None], None] = {}
    for path in CAPTURE_FILES:
        seen.update(dict.fromkeys(capture_messages(path)))
    return tuple(seen)


def representatives() -> list[tuple[bytes, str | None]]:
    """The shortest message of each (type, key exchange) seen in the captures."""
    best: dict[tuple[int, str | None], bytes] = {}
    for raw, kx in all_messages():
        key = (raw[0], kx if raw[0] in (12, 16) else None)
        if key not in best or len(raw) < len(best[key]):
            best[key] = raw
    return [(raw, kx) for (_, kx), raw in sorted(best.items(), key=lambda i: repr(i[0]))]


def test_the_committed_module_is_a_fresh_generation() -> None:
    assert MODULE_PATH.read_text(encoding="utf-8") == generate()
    assert generate() == generate()
    assert CHECKS_PATH.read_text(encoding="utf-8") == generate_checks()
    assert generate_checks() == generate_checks()


def test_check_option(tmp_path: Path) -> None:
    assert pygen_main(["--check", str(MODULE_PATH)]) == 0
    stale = tmp_path / "fastparse.py"
    stale.write_text(generate().replace("do not edit", "edited"), encoding="utf-8")
    assert pygen_main(["--check", str(stale)]) == 1
    assert pygen_main(["--check", str(tmp_path / "missing.py")]) == 1
    assert pygen_main(["-o", str(stale)]) == 0
    assert stale.read_text(encoding="utf-8") == generate()


@pytest.mark.parametrize("path", CAPTURE_FILES, ids=[p.stem for p in CAPTURE_FILES])
def test_every_capture_message_parses_identically(path: Path) -> None:
    messages = capture_messages(path)
    for raw, kx in messages:
        assert assert_agree(raw, kx), "a real message must parse under its own key exchange"
        for other in KEY_EXCHANGES:
            assert_agree(raw, other)


def test_the_captures_cover_every_message_kind() -> None:
    kinds = {(raw[0], kx if raw[0] in (12, 16) else None) for raw, kx in all_messages()}
    assert {1, 2, 4, 11, 12, 13, 14, 15, 16} <= {k for k, _ in kinds}
    assert {(12, "ECC"), (12, "ECDHE"), (16, "ECC"), (16, "ECDHE"), (16, "RSA")} <= kinds
    assert len(all_messages()) > 100


def _mutate(raw: bytes, rng: random.Random) -> bytes:
    data = bytearray(raw)
    op = rng.randrange(8)
    if op == 0:  # bit flips
        for _ in range(rng.randint(1, 3)):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    elif op == 1:  # truncation
        del data[rng.randrange(len(data)):]
    elif op == 2:  # bytes appended, the handshake length fixed or not
        data += rng.randbytes(rng.randint(1, 8))
        if rng.random() < 0.5:
            data[1:4] = (len(data) - 4).to_bytes(3, "big")
    elif op == 3:  # a byte nudged: hits one-byte lengths and the low bytes of longer ones
        i = rng.randrange(len(data))
        data[i] = (data[i] + rng.choice((-2, -1, 1, 2))) % 256
    elif op == 4:  # a two-byte big-endian field rewritten
        i = rng.randrange(max(1, len(data) - 1))
        value = int.from_bytes(data[i:i + 2], "big")
        new = rng.choice((0, 1, 0xFFFF, value + 1, value - 1, value + 2, value - 3)) % 0x10000
        data[i:i + 2] = new.to_bytes(2, "big")
    elif op == 5:  # bytes cut out of the middle
        i = rng.randrange(len(data))
        del data[i:i + rng.randint(1, 4)]
    elif op == 6:  # the handshake length changed
        length = max(0, len(data) - 4 + rng.randint(-4, 4))
        data[1:4] = length.to_bytes(3, "big")
    else:  # another message type
        data[0] = rng.choice((0, 1, 2, 4, 11, 12, 13, 14, 15, 16, 20, 99))
    return bytes(data)


def test_seeded_mutations_agree() -> None:
    rng = random.Random(20240229)
    messages = all_messages()
    parsed = 0
    for _ in range(6000):
        raw, kx = rng.choice(messages)
        mutated = _mutate(raw, rng)
        parsed += assert_agree(mutated, kx if rng.random() < 0.7 else rng.choice(KEY_EXCHANGES))
    assert 500 < parsed < 5500  # both outcomes are exercised


def test_every_length_nudge_and_truncation_agrees() -> None:
    """On one message of each kind: each byte +-1 (so every length field too), each prefix."""
    cases = 0
    for raw, kx in representatives():
        for i in range(len(raw)):
            for delta in (1, -1):
                data = bytearray(raw)
                data[i] = (data[i] + delta) % 256
                assert_agree(bytes(data), kx)
            assert_agree(raw[:i], kx)
            cases += 3
    assert cases > 2000


def test_the_parser_uses_the_generated_code(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("Handshake.parse called")

    monkeypatch.setattr(Handshake, "parse", refuse)
    messages = [e for events in parse_capture(CAPTURE_FILES[0]) for _, e in events
                if isinstance(e, HandshakeMessage)]
    assert messages and all(m.error is None and m.body is not None for m in messages)


# -- hypothesis: messages built with the schemas -------------------------------------------------

host_name = st.fixed_dictionaries({"name_type": st.just("host_name"),
                                   "name": st.binary(min_size=1, max_size=30)})
EXTENSION = st.one_of(
    st.fixed_dictionaries({"type": st.just("server_name"),
                           "data": st.one_of(st.none(), st.lists(host_name, max_size=2))}),
    st.fixed_dictionaries({"type": st.just("renegotiation_info"), "data": st.binary(max_size=12)}),
    st.fixed_dictionaries({"type": st.sampled_from(["session_ticket", "supported_groups", 0x1234]),
                           "data": st.binary(max_size=20)}),
)
EXTENSIONS = st.one_of(st.none(), st.lists(EXTENSION, max_size=4))


def _build(msg_type: str, body: Any, kx: str | None = None) -> bytes:
    encoded = HandshakeBody.build(body, msg_type=msg_type, key_exchange=kx)
    return HandshakeHeader.build({"msg_type": msg_type, "length": len(encoded)}) + encoded


@pytest.mark.parametrize("msg_type", sorted(BODIES))
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_built_messages_parse_identically(msg_type: str, data: st.DataObject) -> None:
    body = data.draw(BODIES[msg_type])
    if "extensions" in body:
        body = {**body, "extensions": data.draw(EXTENSIONS)}
    raw = _build(msg_type, body)
    assert assert_agree(raw, None)
    assert_agree(raw + data.draw(st.binary(max_size=3)), data.draw(st.sampled_from(KEY_EXCHANGES)))


@pytest.mark.parametrize("kx", sorted(SKE))
@settings(max_examples=20, deadline=None)
@given(data=st.data())
def test_built_key_exchange_messages_parse_identically(kx: str, data: st.DataObject) -> None:
    for msg_type, strategies in (("server_key_exchange", SKE), ("client_key_exchange", CKE)):
        raw = _build(msg_type, data.draw(strategies[kx]), kx)
        for other in KEY_EXCHANGES:
            assert assert_agree(raw, other) or other != kx


@settings(max_examples=40, deadline=None)
@given(params=st.fixed_dictionaries({"curve_type": st.sampled_from(["named_curve", 1, 7]),
                                     "named_curve": st.sampled_from(["curveSM2", 0x1234]),
                                     "point": st.one_of(point, blob)}),
       tail=st.binary(max_size=3))
def test_gmssl_client_key_exchange_form(params: dict[str, Any], tail: bytes) -> None:
    """GmSSL's uint16-prefixed ECDHE params: the Select's second alternative."""
    from tlcp_decode.schema.key_exchange import ClientECDHEParams

    inner = ClientECDHEParams.build(params)
    body = len(inner).to_bytes(2, "big") + inner + tail
    raw = bytes([16]) + len(body).to_bytes(3, "big") + body
    assert assert_agree(raw, "ECDHE")  # trailing bytes: the prefixed form has no Terminated


@settings(max_examples=300, deadline=None)
@given(msg_type=st.sampled_from([0, 1, 2, 4, 11, 12, 13, 14, 15, 16, 20, 77]),
       body=st.binary(max_size=120), slack=st.integers(-3, 3),
       kx=st.sampled_from(KEY_EXCHANGES))
def test_random_bodies_agree(msg_type: int, body: bytes, slack: int, kx: str | None) -> None:
    length = max(0, len(body) + slack)
    assert_agree(bytes([msg_type]) + length.to_bytes(3, "big") + body, kx)


@settings(max_examples=100, deadline=None)
@given(random_=random_, session_id=st.binary(max_size=40), suites=st.binary(max_size=9),
       compression=st.binary(max_size=3), extensions=st.binary(max_size=40),
       ext_length=st.one_of(st.none(), st.integers(0, 50)))
def test_client_hello_vectors_of_any_length_agree(random_: dict[str, Any], session_id: bytes,
                                                  suites: bytes, compression: bytes,
                                                  extensions: bytes, ext_length: int | None
                                                  ) -> None:
    """Vector lengths that do or do not add up, elements that do or do not fill them."""
    ext = b"" if ext_length is None else ext_length.to_bytes(2, "big") + extensions
    body = (b"\x01\x01" + random_["gmt_unix_time"].to_bytes(4, "big") + random_["random_bytes"]
            + bytes([len(session_id)]) + session_id + len(suites).to_bytes(2, "big") + suites
            + bytes([len(compression)]) + compression + ext)
    assert_agree(b"\x01" + len(body).to_bytes(3, "big") + body, None)


# -- the generator on a toy schema that uses every supported class --------------------------------

Kind = c.Enum(c.Int8ub, text=1, number=2, pair=3, blob=4, either=5, nested=6)
Pair = c.Struct("left" / c.Int16ub, "right" / c.Int24ul, "signed" / c.Int24sb, "big" / c.Int64ul)
Item = c.Struct(
    "kind" / Kind,
    "length" / c.Int16ub,
    "value" / c.FixedSized(c.this.length, c.Switch(c.this.kind, {
        "text": "text" / c.GreedyBytes,
        "number": c.Struct("number" / c.Int32sl, "f" / c.Float32b, "flag" / c.Flag),
        "pair": "pair" / Pair,
        "blob": c.Struct("size" / c.Int8ub, "data" / c.Bytes(c.this.size)),
        "either": c.Select(c.Struct("short" / c.Int8ub, c.Terminated),
                           c.Struct("wide" / c.Int16ul, c.Terminated), c.Int8sb),
        "nested": ExactRange(c.Struct("tag" / c.Int8ub, "x" / c.Int8ub)),
        9: "nine" / c.BytesInteger(5, signed=True, swapped=True),
    }, default="raw" / c.GreedyBytes)),
)
Toy = c.Struct(
    "magic" / c.Const(b"TV"),
    "version" / c.Const(2, c.Int8ub),
    "items" / c.Prefixed(c.Int16ub, ExactRange(Item)),
    "mode_data" / c.Switch(c.this._params.mode, {
        "short": "code" / c.Int8ub, "long": c.Int64sb, "none": c.Pass,
    }, default=c.Struct()),
    c.Int8ub * "an unnamed member, its path is '-> None'",
    "dup" / c.Int8ub,
    "dup" / c.Int16ub,
    "greedy" / c.Prefixed(c.Int8ub, c.GreedyRange(c.Struct("a" / c.Int8ub,
                                                         "b" / c.Const(0, c.Int8ub)))),
    "inclusive" / c.Prefixed(c.Int8ub, c.GreedyBytes, includelength=True),
    "sized" / c.FixedSized(2, c.Struct("x" / c.Int8ub)),
    "values" / c.Prefixed(c.Int8ub, c.GreedyRange(c.Int16sl)),
    "named" / c.Prefixed(c.Int8ub, ExactRange(Kind)),
    "lists" / c.Prefixed(c.Int8ub, c.GreedyRange(c.Prefixed(c.Int8ub, ExactRange(c.Int16ub)))),
    "optional" / c.Optional(c.Int32ub),
    "trailer" / Trailing(c.Prefixed(c.Int8ub, c.GreedyRange(c.Int8ub))),
    c.Terminated,
)
Signed = c.Struct(
    "n" / c.Int8sb,
    "data" / c.Bytes(c.this.n),
    "m" / c.Int8sb,
    "sized" / c.FixedSized(c.this.m, c.GreedyBytes),
    "half" / c.Float16l,
    "rest" / c.Prefixed(c.Int16sb, c.GreedyBytes),
)
Words = c.Prefixed(c.Int8ub, ExactRange(c.Int16ub))  # a root that is not a Struct

TOY_ITEMS = (b"\x01\x00\x02hi"  # text
             + b"\x02\x00\x09\xff\xff\xff\xff\x3f\x80\x00\x00\x01"  # number
             + b"\x05\x00\x02\x34\x12"  # either: the second alternative
             + b"\x05\x00\x01\x80"  # either: the third
             + b"\x06\x00\x04\x01\x02\x03\x04"  # nested
             + b"\x09\x00\x05\x01\x02\x03\x04\x85"  # 9 (no name in Kind): nine
             + b"\x04\x00\x03\x02ab"  # blob
             + b"\x07\x00\x00")  # an unnamed kind: raw
TOY_TAIL = (b"\x05" + b"\xee\x01\x02"  # the unnamed member, dup, dup
            + b"\x05\x05\x00\x06\x01\x07"  # greedy: one element, then one that fails
            + b"\x03zz" + b"\x09\x00"  # inclusive, sized
            + b"\x05\x01\x00\xff\xff\x07"  # values: two, and a byte left over
            + b"\x03\x01\x02\x07" + b"\x06\x02\x00\x01\x02\x00\x03"  # named, lists
            + b"\x00\x00\x00\x05" + b"\x02\x01\x02")  # optional, trailer
MODE_BYTES = {"short": b"\x07", "long": b"\xff" * 8}


def toy_sample(mode: str | None) -> bytes:
    return (b"TV\x02" + len(TOY_ITEMS).to_bytes(2, "big") + TOY_ITEMS
            + MODE_BYTES.get(str(mode), b"") + TOY_TAIL)


@cache
def toy_module() -> dict[str, Any]:
    source = generate_module({"parse_toy": Toy, "parse_signed": Signed, "parse_words": Words},
                             checks={"check_toy": "parse_toy", "check_signed": "parse_signed",
                                     "check_words": "parse_words"})
    namespace: dict[str, Any] = {}
    exec(compile(source, "<toy>", "exec"), namespace)  # the generated code, not user input
    return namespace


def _toy_agree(data: bytes, mode: Any) -> bool:
    theirs = outcome(Toy.parse, data, mode=mode)
    ours = outcome(toy_module()["parse_toy"], data, mode)
    assert ours[0] == theirs[0], (data.hex(), mode, ours, theirs)
    assert_check_agrees(outcome(toy_module()["check_toy"], data, mode), theirs, data)
    if theirs[0] == "ok":
        assert_same(ours[1], theirs[1])
    else:
        assert ours[1] == theirs[1], data.hex()
    return theirs[0] == "ok"


def test_toy_samples_parse_identically() -> None:
    for mode in ("short", "long", "none", None, 3):
        assert _toy_agree(toy_sample(mode), mode)
    assert not _toy_agree(toy_sample("short"), None)  # a byte no case reads: the rest shifts
    good = b"\x02ab\x01c\x00\x3c\x00\x03xyz"
    assert toy_module()["parse_signed"](good) == Signed.parse(good)
    assert toy_module()["parse_words"](b"\x04\x00\x01\x00\x02") == [1, 2]
    source = generate_module({"parse_toy": Toy, "parse_signed": Signed})
    assert source == generate_module({"parse_toy": Toy, "parse_signed": Signed})


@settings(max_examples=400, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), mode=st.sampled_from(["short", "long", "none", None]))
def test_toy_mutations_agree(seed: int, mode: str | None) -> None:
    rng = random.Random(seed)
    raw = toy_sample(mode)
    if rng.random() < 0.2:  # _mutate's header operations on a made-up handshake header
        raw = _mutate(b"\x01" + len(raw).to_bytes(3, "big") + raw, rng)[4:]
    else:
        raw = _mutate(raw, rng)
    _toy_agree(raw, mode)


@pytest.mark.parametrize("root", ["signed", "words"])
@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=40))
def test_toy_roots_without_parameters_agree(root: str, data: bytes) -> None:
    theirs = outcome({"signed": Signed, "words": Words}[root].parse, data)
    ours = outcome(toy_module()[f"parse_{root}"], data)
    assert ours[0] == theirs[0], data.hex()
    assert_check_agrees(outcome(toy_module()[f"check_{root}"], data), theirs, data)
    if theirs[0] == "ok":
        assert_same(ours[1], theirs[1])
    else:
        assert ours[1] == theirs[1], data.hex()


class MyStruct(c.Struct):
    """A subclass may parse differently: the generator matches exact classes."""


@pytest.mark.parametrize("schema, message", [
    (c.Struct("name" / c.CString("ascii")), "StringEncoded is not supported"),
    (c.Struct("a" / c.Array(2, c.Int8ub)), "Array is not supported"),
    (c.Struct("a" / c.Int8ub, "b" / MyStruct("x" / c.Int8ub)), "MyStruct is not supported"),
    (c.Struct("a" / c.Int8ub * (lambda obj, ctx: None)), "parsed= hooks"),
    (c.Struct("a" / c.Bytes(c.this._.n)), "must name a sibling"),
    (c.Struct("a" / c.Switch(c.this.nope, {1: c.Int8ub})), "names no sibling"),
    (c.Struct("a" / c.GreedyRange(c.GreedyBytes)), "zero bytes"),
    (c.Struct("a" / c.Prefixed(c.Bytes(2), c.GreedyBytes)), "not an integer"),
    (c.Struct("a" / c.Const(b"x"), "b" / c.Bytes(c.this.a)), "not an integer"),
])
def test_unknown_constructs_are_an_error(schema: c.Construct, message: str) -> None:
    with pytest.raises(PyGenError, match=message):
        generate_module({"parse_bad": schema})
