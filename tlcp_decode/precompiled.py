"""``dataclasses.dataclass`` without compiling the classes' methods at every start-up.

``dataclass()`` writes a class's ``__init__``, ``__repr__``, ``__eq__``, ``__hash__``,
``__setattr__`` and ``__delattr__`` as Python source and compiles each one (``exec``) when the
class is created: some 4M instructions a class, a third of the decoder's start-up for its
seventy classes (:func:`~tlcp_decode.quick_init.quick_init` adds one more definition each).
:func:`dataclass` here is the same ``dataclasses.dataclass``, run with those definitions'
code compiled in advance: the functions of the generated module
:mod:`tlcp_decode.precompiled_code`, loaded from its bytecode cache like any module. A
definition not found there (a class changed since the last ``python -m tlcp_decode.regen``,
another Python version, whose ``dataclasses`` writes other text) is compiled as ``dataclasses``
compiles it: the class built is the same either way, only its creation is slower.

Every dataclass of the decoder is made by this ``dataclass``; mypy sees
``dataclasses.dataclass`` itself.

Most classes are not even run through ``dataclasses``: the generated module also holds, for
each class, what ``dataclasses`` made of it (:data:`~tlcp_decode.precompiled_code.CLASSES`: its
fields' kinds, which methods from which code, ``__match_args__``), and :func:`dataclass`
makes the class from that (:func:`_replayed`), without working the fields out from their
annotations nor writing the methods' texts: the two thirds of the ~10 ms ``dataclasses`` still
took for the reading process's 54 classes before its fork. A class is made so only while its
body (the names it defines, its annotations), the decorator's options and the Python version
are those recorded; otherwise ``dataclasses`` makes it (``REPLAY = False``: always).
"""

from __future__ import annotations

import abc
import builtins
import dataclasses
import sys
from collections.abc import MutableMapping
from types import CodeType, FunctionType, MemberDescriptorType
from typing import TYPE_CHECKING, Any, TypeVar

T = TypeVar("T")

#: The definitions run that had no code compiled in advance, in order (what the generator
#: writes; empty after a start-up of an up-to-date checkout).
uncompiled: list[str] = []

#: Whether a class with a recipe (precompiled_code.CLASSES) is made from it (see above).
REPLAY = True

#: The classes made by ``dataclasses`` (no recipe, or REPLAY off), in order: empty after a
#: start-up of an up-to-date checkout.
made_by_dataclasses: list[str] = []

#: While the generator collects (tlcp_decode.precompiled_generator): each class's recipe, by
#: its qualified name, its methods' code as their definitions' texts (see _recipe).
recorded: dict[str, Recipe[str]] | None = None

#: The definitions run while one class is made, in order (when recording).
_run_for_class: list[str] | None = None

# What a class's recipe holds: the fingerprint of its body and options (see _fingerprint);
# the __dataclass_params__ values; its own fields as (name, kind, kw_only); the methods set,
# in order, as (name, code of the definition or None for `= None`, whether the function's
# __qualname__ is the class's); __match_args__ when set.
Fingerprint = tuple[tuple[str, ...], tuple[tuple[str, str], ...], tuple[tuple[str, bool], ...]]
C = TypeVar("C", CodeType, str)
Recipe = tuple[Fingerprint, tuple[bool, ...], tuple[tuple[str, str, bool], ...],
               tuple[tuple[str, "C | None", bool], ...], "tuple[str, ...] | None"]


def run_definition(source: str, globals: dict[str, Any],
                   names: MutableMapping[str, Any]) -> None:
    """``exec(source, globals, names)`` for ``source``, the definition of one function (the
    only statement): the function is made from the code compiled in advance when there is
    code for this very text."""
    from tlcp_decode.precompiled_code import CODE

    if _run_for_class is not None:
        _run_for_class.append(source)
    code = CODE.get(source)
    if code is None:
        uncompiled.append(source)
        # compiled with its own text's future statements only (not this module's), as
        # dataclasses compiles it: its annotations evaluated
        exec(compile(source, "<string>", "exec", dont_inherit=True), globals, names)
        return
    globals.setdefault("__builtins__", builtins.__dict__)  # as exec does
    names[code.co_name] = FunctionType(code, globals)


if TYPE_CHECKING:
    from dataclasses import dataclass as dataclass
else:
    def dataclass(cls: type[T] | None = None, /, **options: Any) -> Any:
        """``dataclasses.dataclass`` (same arguments, same class), its methods' code compiled
        in advance (:func:`run_definition` serves its ``exec`` calls)."""

        def build(cls: type[T]) -> type[T]:
            global _run_for_class
            fingerprint = _fingerprint(cls, options)
            undocumented = cls.__dict__.get("__doc__") is None
            if undocumented:  # (see _SignatureDoc)
                cls.__doc__ = _SIGNATURE_DOC_PENDING
            built: type[T] | None = _replayed(cls, fingerprint, options) if REPLAY else None
            if built is None:
                made_by_dataclasses.append(f"{cls.__module__}.{cls.__qualname__}")
                before = dict(cls.__dict__)
                # dataclasses calls exec by its global name: shadowed for the time of the call
                dataclasses.exec = _exec_definition
                _run_for_class = [] if recorded is not None else None
                try:
                    built = dataclasses.dataclass(cls, **options)
                    if recorded is not None and _run_for_class is not None:
                        recipe = _recipe(before, built, fingerprint, _run_for_class)
                        if recipe is not None:
                            recorded[f"{cls.__module__}.{cls.__qualname__}"] = recipe
                finally:
                    del dataclasses.exec
                    _run_for_class = None
            assert built is not None
            if undocumented:
                built.__doc__ = _SignatureDoc()  # type: ignore[assignment]
            return built

        return build if cls is None else build(cls)


def _fingerprint(cls: type, options: dict[str, Any]) -> Fingerprint:
    """What a recipe is for: the names the class body defined, its annotations, the options."""
    return (tuple(cls.__dict__), tuple(cls.__dict__.get("__annotations__", {}).items()),
            tuple(sorted(options.items())))


def _replayed(cls: type[T], fingerprint: Fingerprint, options: dict[str, Any]) -> type[T] | None:
    """The class ``dataclasses.dataclass(cls, **options)`` makes, made from its recipe (None:
    there is none for this body and these options). Each step is the one of
    ``dataclasses._process_class`` (Python 3.11) that made what the recipe records."""
    from tlcp_decode.precompiled_code import CLASSES, VERSION

    recipe = CLASSES.get(f"{cls.__module__}.{cls.__qualname__}")
    if recipe is None or recipe[0] != fingerprint or VERSION != sys.version_info[:2]:
        return None
    _, params, own_fields, methods, match_args = recipe
    module = sys.modules.get(cls.__module__)
    globals = module.__dict__ if module is not None else {}
    globals.setdefault("__builtins__", builtins.__dict__)  # as exec does
    cls.__dataclass_params__ = dataclasses._DataclassParams(*params)  # type: ignore[attr-defined]
    fields: dict[str, dataclasses.Field[Any]] = {}
    for base in cls.__mro__[-1:0:-1]:
        for field in getattr(base, "__dataclass_fields__", {}).values():
            fields[field.name] = field
    annotations = cls.__dict__.get("__annotations__", {})
    for name, kind, kw_only in own_fields:  # (dataclasses._get_field)
        default = getattr(cls, name, dataclasses.MISSING)
        if isinstance(default, dataclasses.Field):
            field = default
        else:
            if isinstance(default, MemberDescriptorType):  # a slot: no default
                default = dataclasses.MISSING
            field = dataclasses.field(default=default)
        field.name = name
        field.type = annotations[name]
        field._field_type = getattr(dataclasses, kind)
        if field.kw_only is dataclasses.MISSING and kind != "_FIELD_CLASSVAR":
            field.kw_only = kw_only
        fields[name] = field
        if isinstance(default, dataclasses.Field):  # the class attribute is the default
            if field.default is dataclasses.MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, field.default)
    cls.__dataclass_fields__ = fields  # type: ignore[attr-defined]
    for name, code, named in methods:
        if code is None:
            setattr(cls, name, None)
            continue
        function = FunctionType(code, globals)(**{
            arg: _closure_value(arg, cls, fields) for arg in code.co_varnames[:code.co_argcount]})
        if name == "__repr__":
            function = dataclasses._recursive_repr(function)  # type: ignore[attr-defined]
        if named:
            function.__qualname__ = f"{cls.__qualname__}.{function.__name__}"
        setattr(cls, name, function)
    if match_args is not None:
        cls.__match_args__ = match_args  # type: ignore[attr-defined,misc]
    if options.get("slots"):
        cls = dataclasses._add_slots(  # type: ignore[attr-defined]
            cls, params[5], options.get("weakref_slot", False))
    abc.update_abstractmethods(cls)
    return cls


def _closure_value(arg: str, cls: type, fields: dict[str, dataclasses.Field[Any]]) -> Any:
    """The value dataclasses gives the parameter ``arg`` of a method's definition (the names
    of dataclasses._init_fn, _field_init, _create_fn and _frozen_get_del_attr)."""
    if arg.startswith("_type_"):
        return fields[arg[6:]].type
    if arg.startswith("_dflt_"):
        field = fields[arg[6:]]
        if field.default_factory is not dataclasses.MISSING:
            return field.default_factory
        return field.default
    return {"MISSING": dataclasses.MISSING,
            "_HAS_DEFAULT_FACTORY": dataclasses._HAS_DEFAULT_FACTORY,  # type: ignore[attr-defined]
            "__dataclass_builtins_object__": object, "_return_type": None, "cls": cls,
            "FrozenInstanceError": dataclasses.FrozenInstanceError}[arg]


#: The attributes dataclasses sets that a recipe makes otherwise (or, the docstring, this
#: module; _add_slots' are made by it when replayed).
_MADE_OTHERWISE = {"__dataclass_params__", "__dataclass_fields__", "__doc__", "__match_args__",
                   "__slots__", "__getstate__", "__setstate__", "__weakref__", "__dict__"}


def _recipe(before: dict[str, Any], built: type, fingerprint: Fingerprint,
            sources: list[str]) -> Recipe[str] | None:
    """The recipe of a class dataclasses just made from the body ``before``, the
    definitions ``sources`` run for it (None: not one a recipe can make)."""
    annotations = before.get("__annotations__", {})
    if not all(isinstance(value, str) for value in annotations.values()):
        return None
    by_method = {source.partition(" def ")[2].partition("(")[0]: source for source in sources}
    fields = built.__dict__["__dataclass_fields__"]
    own_fields = tuple((name, fields[name]._field_type.name,
                        fields[name].kw_only is True) for name in annotations)
    methods: list[tuple[str, str | None, bool]] = []
    for name, value in built.__dict__.items():
        if name in _MADE_OTHERWISE or name in annotations or before.get(name, _ABSENT) is value:
            continue
        if value is None and name == "__hash__":
            methods.append((name, None, False))
            continue
        function = getattr(value, "__wrapped__", value)
        if not isinstance(function, FunctionType) or name not in by_method:
            return None
        methods.append((name, by_method.pop(name), value.__qualname__.startswith(
            f"{built.__qualname__}.")))
    if by_method:  # a definition run for something else
        return None
    params = built.__dict__["__dataclass_params__"]
    match_args = built.__dict__.get("__match_args__") if "__match_args__" not in before else None
    return (fingerprint, tuple(getattr(params, name) for name in (
        "init", "repr", "eq", "order", "unsafe_hash", "frozen")), own_fields, tuple(methods),
        match_args)


_ABSENT = object()


def _exec_definition(source: str, globals: dict[str, Any] | None = None,
                     names: MutableMapping[str, Any] | None = None) -> None:
    if globals is None or names is None:  # not one of dataclasses' definitions
        raise TypeError("dataclasses' exec is given its globals and namespace")
    run_definition(source, globals, names)


#: What a class without a docstring holds as its ``__doc__`` while ``dataclasses`` makes it
#: (any text: ``dataclasses`` writes one only where there is none).
_SIGNATURE_DOC_PENDING = "(the class's name and signature)"


class _SignatureDoc:
    """The docstring ``dataclasses`` gives a class without one (its name and its
    ``__init__``'s signature), worked out when first read rather than when the class is made:
    it takes ``inspect``, which the program does not otherwise run (see
    tlcp_decode.deferred_imports). (The type's ``__doc__`` calls a descriptor found in its
    dictionary.) The text is dataclasses' own expression."""

    def __get__(self, instance: object, owner: type) -> str:
        import inspect

        try:
            text_sig = str(inspect.signature(owner)).replace(" -> None", "")
        except (TypeError, ValueError):
            text_sig = ""
        doc = owner.__name__ + text_sig
        owner.__doc__ = doc  # read once
        return doc
