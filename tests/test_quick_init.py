"""The model's quick ``__new__`` (tlcp_decode.quick_init, issue 17): the objects it makes are
the ones the dataclass's own ``__init__`` makes, and the public API is unchanged."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import tlcp_decode
from tlcp_decode import model
from tlcp_decode import quick_init as quick_init_module
from tlcp_decode.quick_init import maker, quick_init

# (Warning is the model's, defined in model_base for the reading process: see there)
MODEL_CLASSES = [value for value in vars(model).values()
                 if isinstance(value, type) and dataclasses.is_dataclass(value)
                 and value.__module__ in (model.__name__, "tlcp_decode.model_base")]


def _reference(cls: type) -> type:
    """The same class as the dataclass decorator alone makes it."""
    namespace = {"__annotations__": dict(cls.__annotations__)}
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING:
            namespace[f.name] = dataclasses.field(default=f.default, repr=f.repr)
        elif not f.repr:
            namespace[f.name] = dataclasses.field(repr=False)
    plain = type(cls.__name__, (), namespace)
    plain.__module__ = cls.__module__
    return dataclasses.dataclass(frozen=True, slots=True)(plain)


def _values(cls: type) -> list[Any]:
    return [(i, f"text{i}") for i, _f in enumerate(dataclasses.fields(cls))]


def test_every_model_class_has_it() -> None:
    assert len(MODEL_CLASSES) >= 15
    for cls in MODEL_CLASSES:
        assert cls.__new__.__qualname__ == f"{cls.__qualname__}.__new__"
        # quick_init's (calling a closure over the twin class: maker's), compiled in advance
        # (precompiled)
        assert "_make" in cls.__new__.__code__.co_freevars, cls
        assert "_twin" in maker(cls).__code__.co_freevars, cls
        assert cls.__new__.__code__.co_filename.endswith("precompiled_code.py")
        assert cls.__init__ is object.__init__


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
def test_objects_are_the_dataclass_ones(cls: type) -> None:
    reference = _reference(cls)
    values = _values(cls)
    made, expected = cls(*values), reference(*values)
    assert type(made) is cls
    assert repr(made) == repr(expected)
    assert dataclasses.astuple(made) == dataclasses.astuple(expected)
    assert hash(made) == hash(expected)
    assert made == cls(*values) and made != cls(*values[:-1], "other")
    assert inspect.signature(cls) == inspect.signature(reference)
    by_name = cls(**{f.name: v for f, v in zip(dataclasses.fields(cls), values, strict=True)})
    assert by_name == made
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.__setattr__(dataclasses.fields(cls)[0].name, 1)
    assert pickle.loads(pickle.dumps(made)) == made
    assert copy.copy(made) == made and copy.deepcopy(made) == made
    first = dataclasses.fields(cls)[0].name
    assert getattr(dataclasses.replace(made, **{first: "new"}), first) == "new"


def test_defaults_and_missing_arguments() -> None:
    alert = model.Alert(3, "s2c", "fatal", "handshake_failure", False)
    assert alert.likely_cause is None
    assert model.Warning("code", None, "message").count == 1
    with pytest.raises(TypeError):
        model.Check("name", True)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        model.Check("name", True, "detail", "one too many")  # type: ignore[call-arg]


class Labelled(model.Check):  # a user's subclass, with a __dict__: another layout
    pass


@dataclasses.dataclass(frozen=True)
class Noted(model.Check):  # a dataclass subclass: one more field, its own __init__
    note: str = ""


def test_a_subclass_is_set_up_by_the_dataclass_init() -> None:
    check = Labelled("name", False, "detail")
    assert type(check) is Labelled
    assert (check.name, check.ok, check.detail) == ("name", False, "detail")
    with pytest.raises(dataclasses.FrozenInstanceError):
        check.ok = True  # type: ignore[misc]
    for copied in (pickle.loads(pickle.dumps(check)), copy.copy(check), copy.deepcopy(check)):
        assert type(copied) is Labelled and copied == check

    with pytest.raises(TypeError):  # as for any class: object takes no class keywords
        type("Flagged", (model.Check,), {}, flag=True)
    noted = Noted("name", True, "detail", "note")
    assert (noted.name, noted.ok, noted.detail, noted.note) == ("name", True, "detail", "note")
    assert pickle.loads(pickle.dumps(noted)) == noted
    assert dataclasses.replace(noted, note="other").note == "other"


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
def test_both_ways_make_the_same_objects(cls: type, monkeypatch: pytest.MonkeyPatch) -> None:
    """quick_init's __new__ and its __init__ (QUICK_NEW False), on fresh copies of a class."""
    by_new = quick_init(_reference(cls))
    monkeypatch.setattr(quick_init_module, "QUICK_NEW", False)
    by_init = quick_init(_reference(cls))
    assert "__init__" in vars(by_init) and "__new__" not in vars(by_init)
    values = _values(cls)
    made, expected = by_new(*values), by_init(*values)
    assert repr(made) == repr(expected) and hash(made) == hash(expected)
    assert dataclasses.astuple(made) == dataclasses.astuple(expected)
    # (pickle finds a class by its name: these copies' name is the model's class's)
    assert copy.copy(made) == made and copy.deepcopy(made) == made
    assert copy.copy(expected) == expected and copy.deepcopy(expected) == expected


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
def test_the_maker_makes_what_the_class_makes(cls: type) -> None:
    """maker(cls): the quick __new__'s body without the class call, the same object."""
    make = maker(cls)
    assert make is not cls and make.__code__.co_filename.endswith("precompiled_code.py")
    values = _values(cls)
    made, expected = make(*values), cls(*values)
    assert type(made) is cls
    assert repr(made) == repr(expected) and hash(made) == hash(expected) and made == expected
    by_name = make(**{f.name: v for f, v in zip(dataclasses.fields(cls), values, strict=True)})
    assert by_name == expected
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.__setattr__(dataclasses.fields(cls)[0].name, 1)
    assert pickle.loads(pickle.dumps(made)) == made
    assert inspect.signature(make).parameters.keys() == inspect.signature(cls).parameters.keys()


def test_the_maker_of_other_classes_is_the_class(monkeypatch: pytest.MonkeyPatch) -> None:
    """A subclass, a class made with QUICK_NEW False, any other class: called itself."""
    for cls in (Labelled, Noted, int):
        assert maker(cls) is cls
    assert maker(Labelled)("name", False, "detail") == Labelled("name", False, "detail")
    monkeypatch.setattr(quick_init_module, "QUICK_NEW", False)
    by_init = quick_init(_reference(model.Check))
    assert maker(by_init) is by_init


def test_classes_it_cannot_handle_are_refused() -> None:
    @dataclasses.dataclass(frozen=True)
    class NoSlots:
        value: int

    @dataclasses.dataclass(frozen=True, slots=True)
    class Factory:
        values: list[int] = dataclasses.field(default_factory=list)

    for cls in (NoSlots, Factory):
        with pytest.raises(TypeError):
            quick_init(cls)


ROOT = Path(__file__).resolve().parent.parent
CAPTURES = sorted(p for p in (ROOT / "pcaps").rglob("*") if p.suffix in (".pcap", ".pcapng"))


def test_every_capture_both_ways(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every model object decoded from every capture (made by the quick __new__) is the one
    quick_init's __init__ (QUICK_NEW False) makes of the same values."""
    monkeypatch.setattr(quick_init_module, "QUICK_NEW", False)
    by_init = {cls: quick_init(_reference(cls)) for cls in MODEL_CLASSES}
    seen: Counter[str] = Counter()

    def compare(value: object) -> None:
        if isinstance(value, tuple):
            for item in value:
                compare(item)
            return
        cls = type(value)
        if cls not in by_init:
            return
        values = [getattr(value, f.name) for f in dataclasses.fields(cls)]
        assert repr(by_init[cls](*values)) == repr(value)
        assert hash(by_init[cls](*values)) == hash(value)
        seen[cls.__name__] += 1
        for item in values:
            compare(item)

    assert len(CAPTURES) > 50
    for capture in CAPTURES:
        for connection in tlcp_decode.decode(capture):
            compare(connection)
    assert {"Connection", "Session", "Message", "TcpSummary", "Alert", "Warning"} <= set(seen)
