"""The program's parse results without construct (tlcp_decode.schema.results: stand-ins of
construct's types while construct is deferred) decode every capture as construct's own types
do: the same JSON and text report, byte for byte; and the stand-ins behave as construct's
where the decoder uses them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import construct

from tlcp_decode.schema import Handshake
from tlcp_decode.schema.fastparse import parse_handshake

PCAPS = Path(__file__).resolve().parent.parent / "pcaps"
CAPTURES = sorted(str(p) for p in PCAPS.rglob("*") if p.suffix in (".pcap", ".pcapng"))

# Decodes every capture given on its command line (--json and the text report, one process),
# construct deferred (the program's way) or imported first; prints the outputs as JSON, then
# which types the generated parser's results were made of and whether construct ran.
_DECODE_ALL = """\
import contextlib, io, json, sys
from tlcp_decode import deferred_imports
{setup}
from tlcp_decode.cli import main
from tlcp_decode.schema import results
outputs = []
for mode in (["--json", "--jobs", "1"], ["--jobs", "1"]):
    for path in sys.argv[1:]:
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            status = main([*mode, path])
        outputs.append([status, out.getvalue()])
print(json.dumps([outputs, results.Container.__module__, "construct.core" in sys.modules]))
"""


def _decode_all(setup: str, captures: list[str]) -> tuple[list[list[object]], str, bool]:
    result = subprocess.run([sys.executable, "-c", _DECODE_ALL.format(setup=setup), *captures],
                            capture_output=True, text=True, check=True)
    outputs, types_module, construct_ran = json.loads(result.stdout)
    return outputs, types_module, construct_ran


def test_every_capture_decodes_the_same_with_stand_ins_and_with_constructs_types() -> None:
    stand_ins = _decode_all("deferred_imports.defer_construct()", CAPTURES)
    constructs = _decode_all("deferred_imports.import_construct()", CAPTURES)
    assert stand_ins[1] == "tlcp_decode.schema.results"
    assert constructs[1] == "construct.lib.containers"
    assert constructs[2]  # (and the text report ran construct in the first too)
    assert len(stand_ins[0]) == 2 * len(CAPTURES) and stand_ins[0] == constructs[0]


def test_json_alone_does_not_run_construct() -> None:
    capture = str(PCAPS / "gmssl/gmssl_ecc_sm4_cbc_sm3.pcapng")
    code = _DECODE_ALL.replace('["--jobs", "1"]', '["--json"]').format(
        setup="deferred_imports.defer_construct()")
    result = subprocess.run([sys.executable, "-c", code, capture], capture_output=True,
                            text=True, check=True)
    outputs, types_module, construct_ran = json.loads(result.stdout)
    assert types_module == "tlcp_decode.schema.results" and not construct_ran
    assert '"type":"flow"' in outputs[0][1]


# What the decoder relies on of the generated parser's results and errors, run on a ClientHello
# here (construct's types: a library import) and in a fresh interpreter with construct
# deferred (the stand-ins).
_BEHAVIOUR = """\
import pickle
def behaviour(parse, raw):
    parsed = parse(raw, None)
    body = parsed.body
    copied = body.__class__(body)
    copied.session_id = b"other"
    loaded = pickle.loads(pickle.dumps(parsed, pickle.HIGHEST_PROTOCOL))
    name = body.cipher_suites[0]
    try:
        parse(raw[:-3], None)
        error = []
    except Exception as exc:
        error = [type(exc).__name__, str(exc), exc.path,
                 [t.__name__ for t in type(exc).__mro__[1:3]]]
    try:
        body.no_such_member
        missing = False
    except AttributeError:
        missing = True
    return [list(body), body.session_id.hex(), body["random"]["gmt_unix_time"],
            loaded == parsed, type(loaded.body) is type(body), copied["session_id"] == b"other",
            body.session_id != b"other", str(name), int(name), name.intvalue, repr(name),
            dict(body) == dict(body.copy()), type(body.cipher_suites).__name__,
            isinstance(body.cipher_suites, list), missing, error]
"""

_STAND_INS = """\
import json, sys
from tlcp_decode.deferred_imports import defer_construct
defer_construct()
from tlcp_decode.schema.fastparse import parse_handshake
from tlcp_decode.schema.results import Container
assert Container.__module__ == "tlcp_decode.schema.results"
print(json.dumps(behaviour(parse_handshake, bytes.fromhex(sys.argv[1]))))
assert "construct.core" not in sys.modules
"""


def test_the_stand_ins_behave_as_constructs_types() -> None:
    data = (PCAPS / "gmssl/gmssl_ecc_sm4_cbc_sm3.pcapng").read_bytes()
    at = data.index(b"\x16\x01\x01") + 5  # the first handshake record: the ClientHello
    raw = data[at:at + 4 + int.from_bytes(data[at + 1:at + 4], "big")]
    assert raw[0] == 1
    names: dict[str, object] = {}
    exec(_BEHAVIOUR, names)  # (the test's own code)
    theirs = json.loads(json.dumps(names["behaviour"](parse_handshake, raw)))  # type: ignore[operator]
    assert type(parse_handshake(raw, None)).__mro__[1] is construct.Container
    assert theirs[3:7] == [True, True, True, True] and theirs[-1][0] == "StreamError"
    result = subprocess.run([sys.executable, "-c", _BEHAVIOUR + _STAND_INS, raw.hex()],
                            capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == theirs
    assert Handshake.parse(raw, key_exchange=None).body == parse_handshake(raw, None).body
