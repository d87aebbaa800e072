"""tlcp_decode.named_tuple.NamedTuple makes the class typing.NamedTuple makes, but for the
annotations kept as written (no compile() of each, see the module), and a decoding run then
compiles nothing (the first compile() of a process costs 9.4M instructions)."""

from __future__ import annotations

import inspect
import json
import pickle
import subprocess
import sys
import typing
from pathlib import Path
from typing import Literal

import pytest

from tlcp_decode import named_tuple
from tlcp_decode.named_tuple import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
WITH_CERTIFICATES = ROOT / "pcaps/gmssl/gmssl_ecc_sm4_cbc_sm3.pcapng"

Side = Literal["client", "server"]


def _sample(base: typing.Any) -> type:
    class Sample(base):  # type: ignore[misc, valid-type]
        """A sample."""

        frame: int
        side: Side
        names: list[str]
        later: Later | None
        note: str = ""
        count: int = 0

        @property
        def first(self) -> str:
            return self.names[0]

        def twice(self) -> int:
            return 2 * self.frame

    return Sample


class Later(NamedTuple):
    value: int


def _both() -> tuple[type, type]:
    """The sample class made by typing.NamedTuple and by named_tuple.NamedTuple."""
    return _sample(typing.NamedTuple), _sample(NamedTuple)


def test_the_class_is_typings_but_for_the_annotations_as_written() -> None:
    theirs, ours = _both()
    assert type(ours) is type(theirs) is type
    assert ours.__bases__ == theirs.__bases__ == (tuple,)
    assert ours.__orig_bases__ == theirs.__orig_bases__ == (typing.NamedTuple,)
    for name in ("_fields", "_field_defaults", "__doc__", "__module__", "__qualname__",
                 "__match_args__"):
        assert getattr(ours, name) == getattr(theirs, name), name
    assert set(vars(ours)) == set(vars(theirs))
    assert ours.__annotations__ == {"frame": "int", "side": "Side", "names": "list[str]",
                                    "later": "Later | None", "note": "str", "count": "int"}
    assert ours.__new__.__annotations__ == ours.__annotations__
    assert {name: ref.__forward_arg__ for name, ref in theirs.__annotations__.items()} == (
        ours.__annotations__)
    assert typing.get_type_hints(ours) == typing.get_type_hints(theirs)
    assert [(p.name, p.default) for p in inspect.signature(ours).parameters.values()] == [
        (p.name, p.default) for p in inspect.signature(theirs).parameters.values()]


def test_its_objects_behave_alike() -> None:
    theirs, ours = _both()
    a = theirs(1, "client", ["x"], None)
    b = ours(1, "client", ["x"], None)
    assert tuple(a) == tuple(b) == (1, "client", ["x"], None, "", 0)
    assert repr(a) == repr(b)
    assert b.first == "x" and b.twice() == 2 and b._replace(count=3).count == 3
    assert b._asdict() == a._asdict() and ours._make(tuple(a)) == b
    assert pickle.loads(pickle.dumps(Later(5))) == Later(5)


def test_the_switch_off_makes_typings_class(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(named_tuple, "TEXT_ANNOTATIONS", False)
    theirs, ours = _both()
    assert ours.__annotations__ == theirs.__annotations__
    assert all(isinstance(ref, typing.ForwardRef) for ref in ours.__annotations__.values())


def test_what_typing_refuses_is_refused() -> None:
    with pytest.raises(TypeError):
        class _Defaults(NamedTuple):  # a field without a default after one with
            a: int = 0
            b: int  # type: ignore[misc]
    with pytest.raises(AttributeError):
        class _Prohibited(NamedTuple):
            a: int

            def _asdict(self) -> dict[str, typing.Any]:  # type: ignore[override]
                return {}


def test_the_functional_form_is_typings() -> None:
    made = NamedTuple("Pair", [("a", int), ("b", str)])
    assert made._fields == ("a", "b") and made.__annotations__ == {"a": int, "b": str}


# every named tuple class of the package, described (run in a fresh interpreter, with the
# switch as given): the classes are the same either way, annotations read as their texts
_DESCRIBE = """\
import importlib, json, pkgutil, sys, typing
from tlcp_decode import named_tuple
named_tuple.TEXT_ANNOTATIONS = {text}
import tlcp_decode
found = {{}}
for module in pkgutil.walk_packages(tlcp_decode.__path__, "tlcp_decode."):
    if module.name.startswith(("tlcp_decode.testing", "tlcp_decode.luagen.__main__")):
        continue
    loaded = importlib.import_module(module.name)
    for name, value in vars(loaded).items():
        if (isinstance(value, type) and issubclass(value, tuple) and hasattr(value, "_fields")
                and value.__module__ == module.name):
            found[f"{{module.name}}.{{name}}"] = {{
                "fields": value._fields, "defaults": repr(value._field_defaults),
                "doc": value.__doc__, "orig": [base is typing.NamedTuple
                         for base in getattr(value, "__orig_bases__", ())],
                "names": sorted(vars(value)),
                "annotations": {{k: getattr(v, "__forward_arg__", v)
                                for k, v in value.__annotations__.items()}},
                "hints": repr(typing.get_type_hints(value)) if {text} else None}}
json.dump(found, sys.stdout)
"""


def _described(text: bool) -> dict[str, dict[str, typing.Any]]:
    result = subprocess.run([sys.executable, "-c", _DESCRIBE.format(text=text)],
                            capture_output=True, text=True, check=True)
    found: dict[str, dict[str, typing.Any]] = json.loads(result.stdout)
    return found


def test_the_packages_named_tuples_are_made_alike_both_ways() -> None:
    ours, theirs = _described(True), _described(False)
    assert "tlcp_decode.flows.tcp_state.Transition" in ours
    assert "tlcp_decode.model.TcpTransition" in ours
    for described in (ours, theirs):
        for entry in described.values():
            entry.pop("hints")
    assert ours == theirs


_COUNT_COMPILES = """\
import atexit, builtins, os, runpy, sys
calls = []
compile_ = builtins.compile
def counted(*args, **kwargs):
    calls.append(repr(args[0])[:60])
    return compile_(*args, **kwargs)
builtins.compile = counted
os.register_at_fork(before=lambda: print("at the fork:", calls, file=sys.stderr, flush=True))
atexit.register(lambda: print("at the end:", calls, file=sys.stderr, flush=True))
sys.argv = ["tlcp-decode", *sys.argv[1:]]
runpy.run_module("tlcp_decode", run_name="__main__", alter_sys=True)
"""


@pytest.mark.parametrize("args", [["--json"], ["--json", "--jobs", "1"]])
def test_a_json_run_compiles_nothing(args: list[str]) -> None:
    result = subprocess.run([sys.executable, "-c", _COUNT_COMPILES, *args,
                             str(WITH_CERTIFICATES)], capture_output=True, text=True,
                            check=True)
    lines = [line for line in result.stderr.splitlines() if line.startswith("at the")]
    assert lines[-1] == "at the end: []"
    assert all(line.endswith(": []") for line in lines)
