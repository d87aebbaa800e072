"""tlcp_decode.precompiled: the dataclasses built from the code compiled in advance are the ones
``dataclasses`` builds, and a start-up of this checkout compiles no definition (the generated
tlcp_decode/precompiled_code.py is up to date)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tlcp_decode.precompiled import run_definition

# Prints, for every dataclass of the package's modules, what its generated methods are made of
# (code, names, defaults, annotations, globals, closures): made by precompiled.dataclass, or
# ("plain") by dataclasses.dataclass.
_FINGERPRINTS = """\
import dataclasses, importlib, inspect, json, pkgutil, re, sys, types
import tlcp_decode
from tlcp_decode import precompiled, precompiled_code
if sys.argv[1] == "plain":  # dataclasses.dataclass itself, compiling every definition
    precompiled.dataclass = dataclasses.dataclass
    precompiled_code.CODE.clear()
elif sys.argv[1] == "not-replayed":  # dataclasses.dataclass with the code in advance
    precompiled.REPLAY = False

def code_key(code):
    return [code.co_code.hex(), code.co_names, code.co_varnames, code.co_freevars,
            code.co_cellvars, code.co_qualname, code.co_argcount, code.co_kwonlyargcount,
            code.co_flags,
            [code_key(c) if isinstance(c, types.CodeType) else repr(c) for c in code.co_consts]]

def method_key(fn):
    fn = inspect.unwrap(fn)
    return [code_key(fn.__code__), fn.__qualname__, fn.__module__, repr(fn.__defaults__),
            repr(fn.__kwdefaults__), repr(fn.__annotations__), fn.__globals__.get("__name__"),
            [type(cell.cell_contents).__name__ for cell in fn.__closure__ or ()]]

prints = {}
for info in pkgutil.walk_packages(tlcp_decode.__path__, "tlcp_decode."):
    module = importlib.import_module(info.name)
    for name, cls in vars(module).items():
        if isinstance(cls, type) and cls.__module__ == info.name and hasattr(
                cls, "__dataclass_fields__"):
            prints[f"{info.name}.{name}"] = {
                method: method_key(vars(cls)[method]) for method in sorted(vars(cls))
                if isinstance(vars(cls)[method], types.FunctionType)}
            # (read on an instance first where one can be made without arguments: the
            # docstring written when first read, see precompiled._SignatureDoc)
            try:
                instance_doc = cls().__doc__
            except TypeError:
                instance_doc = None
            prints[f"{info.name}.{name}"]["__doc__"] = [instance_doc, cls.__doc__]
            # the rest of what dataclasses makes: the fields, the parameters, the class's
            # names in order, its slots and bases
            def address_free(value):  # (the reprs of MISSING and co. hold their address)
                return re.sub(r" at 0x[0-9a-f]+", "", repr(value))
            prints[f"{info.name}.{name}"]["class"] = [
                [[address_free(f), f._field_type.name, repr(f.kw_only)]
                 for f in cls.__dataclass_fields__.values()],
                repr(cls.__dataclass_params__), repr(cls.__dict__.get("__match_args__")),
                [key for key in vars(cls) if key != "__doc__"],
                repr(cls.__dict__.get("__slots__")), [b.__qualname__ for b in cls.__mro__],
                [f"{k}={address_free(v)}" for k, v in vars(cls).items()
                 if not isinstance(v, (types.FunctionType, types.MemberDescriptorType))
                 and k not in ("__doc__", "__dataclass_fields__", "__dict__", "__weakref__")]]
json.dump({"classes": prints, "uncompiled": len(precompiled.uncompiled),
           "made_by_dataclasses": precompiled.made_by_dataclasses}, sys.stdout)
"""


def _fingerprints(mode: str) -> dict[str, object]:
    result = subprocess.run([sys.executable, "-c", _FINGERPRINTS, mode], capture_output=True,
                            text=True, check=True)
    loaded: dict[str, object] = json.loads(result.stdout)
    return loaded


def test_the_classes_are_the_ones_dataclasses_builds() -> None:
    """Made from their recipes (precompiled.REPLAY), by dataclasses with the code in advance,
    or by dataclasses itself: the same classes."""
    in_advance, plain = _fingerprints("in-advance"), _fingerprints("plain")
    not_replayed = _fingerprints("not-replayed")
    assert in_advance["uncompiled"] == 0, "stale: run python -m tlcp_decode.regen"
    assert in_advance["made_by_dataclasses"] == [], "stale: run python -m tlcp_decode.regen"
    assert not_replayed["uncompiled"] == 0 and len(not_replayed["made_by_dataclasses"]) > 60
    classes = in_advance["classes"]
    assert isinstance(classes, dict) and "tlcp_decode.model.Connection" in classes
    assert classes == plain["classes"] == not_replayed["classes"]
    # docstrings written by dataclasses (classes without one) are there too
    assert classes["tlcp_decode.flows.connection.DirectionStats"]["__doc__"][1].startswith(
        "DirectionStats(packets: 'int' = 0, ")


def test_a_decoding_start_up_compiles_no_definition(tmp_path: object) -> None:
    code = ("from tlcp_decode import cli, precompiled\n"
            "import tlcp_decode.decode_command, tlcp_decode.parallel\n"
            "print(len(precompiled.uncompiled))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "0"


def test_a_definition_without_code_in_advance_is_compiled() -> None:
    names: dict[str, object] = {}
    run_definition("def __made_here__(x):\n return x + 1", {}, names)
    made = names["__made_here__"]
    assert callable(made) and made(1) == 2


def test_the_factory_of_an_unknown_class_still_works() -> None:
    from dataclasses import fields

    from tlcp_decode.precompiled import dataclass

    @dataclass(frozen=True, slots=True)
    class NotInTheModule:
        a_field_no_class_of_the_package_has: int
        other: str = "x"

    made = NotInTheModule(1)
    assert repr(made) == ("test_the_factory_of_an_unknown_class_still_works.<locals>."
                          "NotInTheModule(a_field_no_class_of_the_package_has=1, other='x')")
    assert [f.name for f in fields(made)] == ["a_field_no_class_of_the_package_has", "other"]
    with pytest.raises(AttributeError):
        made.other = "y"  # type: ignore[misc]


def test_a_class_without_a_docstring_gets_the_one_dataclasses_writes() -> None:
    """(precompiled.dataclass writes it when first read, without importing inspect before.)"""
    import dataclasses

    from tlcp_decode.precompiled import dataclass

    def made(decorator: object, **options: object) -> list[type]:
        @decorator(**options)  # type: ignore[operator, misc]
        class Undocumented:
            a: int = 1
            b: list[str] = dataclasses.field(default_factory=list)

        @decorator(**options)  # type: ignore[operator, misc]
        class Documented:
            """Said here."""

            a: int = 1

        return [Undocumented, Documented]

    for options in ({}, {"slots": True}, {"frozen": True, "slots": True}, {"eq": False}):
        plain, here = made(dataclasses.dataclass, **options), made(dataclass, **options)
        assert here[0]().__doc__ == plain[0].__doc__ == "Undocumented(a: 'int' = 1, b: 'list[str]' = <factory>)"
        assert here[0].__doc__ == plain[0].__doc__ and "__doc__" in vars(here[0])
        assert here[1].__doc__ == plain[1].__doc__ == "Said here."
