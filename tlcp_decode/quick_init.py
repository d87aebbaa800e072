"""A cheaper ``__init__`` for the frozen, slotted dataclasses of the result model.

A frozen dataclass's own ``__init__`` sets each field through ``object.__setattr__`` (frozen
classes refuse plain assignment): a call per field. The model builds tens of thousands of
these objects per capture (a handshake message each, a session and a connection per
connection), and that was a third of building them. :func:`quick_init` gives the class an
``__init__`` with the same parameters, defaults and annotations that stores the fields as an
ordinary slotted object does: the new object is given, for the time of the stores, the class
of an unfrozen twin with the very same slots, then its own class back. What the user sees is
unchanged: the same class, still frozen, the same fields, equality, hash, repr, ``replace``,
pickling. A subclass (whose layout may differ) is set up by the dataclass's own ``__init__``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from types import FunctionType
from typing import TypeVar

from tlcp_decode.precompiled import run_definition

T = TypeVar("T")


def quick_init(cls: type[T]) -> type[T]:
    """Replaces the ``__init__`` of ``cls``, a ``@dataclass(frozen=True, slots=True)`` class
    with plain fields (no ``default_factory``, no ``__post_init__``) directly on ``object``."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    names = [f.name for f in fields]
    if (cls.__bases__ != (object,) or getattr(cls, "__slots__", None) != tuple(names)
            or hasattr(cls, "__post_init__")
            or any(not f.init or f.default_factory is not dataclasses.MISSING for f in fields)):
        raise TypeError(f"quick_init: {cls.__name__} is not a plain frozen slotted dataclass")
    # same slots, same base: the object may change between the two classes
    twin = type(f"_{cls.__name__}Fields", (), {"__slots__": tuple(names)})
    original = cls.__init__
    scope: dict[str, object] = {"_cls": cls, "_twin": twin, "_original": original,
                                "_set": object.__setattr__}
    parameters = []
    for f in fields:
        if f.default is dataclasses.MISSING:
            parameters.append(f.name)
        else:
            scope[f"_default_{f.name}"] = f.default
            parameters.append(f"{f.name}=_default_{f.name}")
    arguments = ", ".join(names)
    # a factory of the __init__, as dataclasses writes its methods: the text depends on the
    # field names only (its code is compiled in advance: tlcp_decode.precompiled)
    source = (f"def __create_init__({', '.join(scope)}):\n"
              f"    def __init__(self, {', '.join(parameters)}):\n"
              f"        if self.__class__ is not _cls:\n"
              f"            _original(self, {arguments})\n"
              f"            return\n"
              f"        _set(self, '__class__', _twin)\n"
              + "".join(f"        self.{name} = {name}\n" for name in names)
              + "        self.__class__ = _cls\n"
              "    return __init__\n")
    factories: dict[str, Callable[..., FunctionType]] = {}
    run_definition(source, {}, factories)
    init = factories["__create_init__"](**scope)
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__annotations__ = original.__annotations__
    init.__doc__ = original.__doc__
    cls.__init__ = init  # type: ignore[method-assign]
    return cls
