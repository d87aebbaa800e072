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
"""

from __future__ import annotations

import builtins
import dataclasses
from collections.abc import MutableMapping
from types import FunctionType
from typing import TYPE_CHECKING, Any, TypeVar

T = TypeVar("T")

#: The definitions run that had no code compiled in advance, in order (what the generator
#: writes; empty after a start-up of an up-to-date checkout).
uncompiled: list[str] = []


def run_definition(source: str, globals: dict[str, Any],
                   names: MutableMapping[str, Any]) -> None:
    """``exec(source, globals, names)`` for ``source``, the definition of one function (the
    only statement): the function is made from the code compiled in advance when there is
    code for this very text."""
    from tlcp_decode.precompiled_code import CODE

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
            undocumented = cls.__dict__.get("__doc__") is None
            if undocumented:  # (see _SignatureDoc)
                cls.__doc__ = _SIGNATURE_DOC_PENDING
            # dataclasses calls exec by its global name: shadowed for the time of the call
            dataclasses.exec = _exec_definition
            try:
                built: type[T] = dataclasses.dataclass(cls, **options)
            finally:
                del dataclasses.exec
            if undocumented:
                built.__doc__ = _SignatureDoc()  # type: ignore[assignment]
            return built

        return build if cls is None else build(cls)


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
