"""A cheaper way to make the frozen, slotted dataclasses of the result model.

A frozen dataclass's own ``__init__`` sets each field through ``object.__setattr__`` (frozen
classes refuse plain assignment): a call per field. The model builds tens of thousands of
these objects per capture (a handshake message each, a session and a connection per
connection), and that was a third of building them. :func:`quick_init` makes the class's
objects in a ``__new__`` with the same parameters, defaults and annotations, which stores the
fields as an ordinary slotted object does: the object is made as an unfrozen twin class with
the very same slots, then given its own class. The class keeps ``object.__init__`` (which
lets ``__new__`` have the arguments), so making an object is one Python call and one change
of class (an ``__init__`` doing the same needed both, and a second change of class: measured
390 -> 290 ns for a handshake message). What the user sees is unchanged: the same class,
still frozen, the same fields, signature, equality, hash, repr, ``replace``, pickling (as a
call with the fields, since ``__new__`` wants them: :func:`pickle` and :func:`copy.copy`
call ``__new__`` with no arguments otherwise).

A subclass (whose layout may differ) is made the dataclass's general way: ``object.__new__``,
then the dataclass's own ``__init__`` when the subclass defines none (a subclass that writes
its own sets its fields itself, as a dataclass subclass's does), and pickled by its state.

:func:`maker` gives the function that ``__new__`` calls, which takes the fields alone, for the
analysis's hot paths: called directly, it skips the class call around ``__new__``.

:data:`QUICK_NEW` False gives the class an ``__init__`` instead (stopped here before
``__new__`` was used), the other way, which tests compare with.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import partial
from types import FunctionType
from typing import Any, ParamSpec, TypeVar, cast

from tlcp_decode.precompiled import run_definition

T = TypeVar("T")
P = ParamSpec("P")

#: Make the objects in ``__new__`` (False: in an ``__init__``, two changes of class, the way
#: tests compare with).
QUICK_NEW = True


def quick_init(cls: type[T]) -> type[T]:
    """Gives ``cls``, a ``@dataclass(frozen=True, slots=True)`` class with plain fields (no
    ``default_factory``, no ``__post_init__``) directly on ``object``, the quick ``__new__``
    (or ``__init__``: :data:`QUICK_NEW`)."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    names = [f.name for f in fields]
    if (cls.__bases__ != (object,) or getattr(cls, "__slots__", None) != tuple(names)
            or hasattr(cls, "__post_init__")
            or any(not f.init or f.default_factory is not dataclasses.MISSING for f in fields)):
        raise TypeError(f"quick_init: {cls.__name__} is not a plain frozen slotted dataclass")
    # same slots, same base: the object may change between the two classes
    twin = type(f"_{cls.__name__}Fields", (), {"__slots__": tuple(names)})
    original = cls.__init__
    # (the twin is made by calling it, which has neither __new__ nor __init__ of its own:
    # object.__new__(twin) packed its argument in a tuple and sliced a second one, ~350
    # instructions more an object)
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
    stores = "".join(f"        self.{name} = {name}\n" for name in names)
    # factories of the methods, as dataclasses writes its methods: the texts depend on the
    # field names only (their code is compiled in advance: tlcp_decode.precompiled)
    if QUICK_NEW:
        source = (f"def __create_new__({', '.join(scope)}):\n"
                  f"    def _make({', '.join(parameters)}):\n"
                  "        self = _twin()\n"
                  + stores
                  + "        self.__class__ = _cls\n"
                  "        return self\n"
                  f"    def __new__(cls, {', '.join(parameters)}):\n"
                  f"        return _make({arguments})\n"
                  "    def __reduce__(self):\n"
                  f"        return _cls, ({''.join(f'self.{name}, ' for name in names)})\n"
                  "    return _make, __new__, __reduce__\n")
    else:
        source = (f"def __create_init__({', '.join(scope)}):\n"
                  f"    def __init__(self, {', '.join(parameters)}):\n"
                  f"        if self.__class__ is not _cls:\n"
                  f"            _original(self, {arguments})\n"
                  f"            return\n"
                  f"        _set(self, '__class__', _twin)\n"
                  + stores
                  + "        self.__class__ = _cls\n"
                  "    return __init__\n")
    factories: dict[str, Callable[..., Any]] = {}
    run_definition(source, {}, factories)
    if not QUICK_NEW:
        init: FunctionType = factories["__create_init__"](**scope)
        _describe(init, cls, "__init__", original)
        cls.__init__ = init  # type: ignore[method-assign]
        return cls
    make, new, reduce = factories["__create_new__"](**scope)
    _describe(new, cls, "__new__", original)
    _describe(make, cls, "make", original)
    _makers[cls] = make
    _twins[cls] = twin
    reduce.__qualname__ = f"{cls.__qualname__}.__reduce__"
    cls.__new__ = staticmethod(new)  # type: ignore[method-assign]
    cls.__reduce__ = reduce  # type: ignore[method-assign]
    del cls.__init__  # object's: it accepts the arguments __new__ took
    cls.__init_subclass__ = classmethod(  # type: ignore[method-assign,assignment]
        partial(_subclassed, cls, original))
    return cls


#: The classes given the quick ``__new__``, and the function each one's objects are made with
#: when the class itself is not called (see maker).
_makers: dict[type, Callable[..., Any]] = {}


#: The classes given the quick ``__new__``, and the twin their objects are made as (see
#: fields_twin).
_twins: dict[type, type] = {}


def fields_twin(cls: type) -> Any:
    """The unfrozen twin that ``cls``'s maker makes its objects as (its fields stored, then the
    object given ``cls``), for a hot path that writes the maker out; None for a class made
    otherwise (see maker)."""
    return _twins.get(cls)


def maker(cls: Callable[P, T]) -> Callable[P, T]:
    """What makes ``cls``'s objects cheapest (the same arguments, the same object as
    ``cls(...)``): for a class given the quick ``__new__``, the function that ``__new__``
    calls, which takes the fields alone. A class called goes through the type's call, its
    ``__new__`` slot (a look-up, the arguments packed in a tuple, keywords in a dict) and
    ``object.__init__`` around it: about 1,100 instructions of a handshake message's 4,400
    (the analysis makes some 14 objects a connection). Any other class (a subclass, one made
    with :data:`QUICK_NEW` False): ``cls``."""
    return cast(Callable[P, T], _makers.get(cast(type, cls), cls))


def _subclassed(cls: type[Any], init: Callable[..., None], subclass: type[Any],
                **options: object) -> None:
    """``cls.__init_subclass__``: the subclass made the general way (see _general_way)."""
    super(cls, subclass).__init_subclass__(**options)
    _general_way(subclass, init)


def _describe(method: FunctionType, cls: type, name: str, original: Callable[..., None]) -> None:
    """``method`` of ``cls`` described as the dataclass's ``__init__`` is (its signature)."""
    method.__qualname__ = f"{cls.__qualname__}.{name}"
    method.__annotations__ = original.__annotations__
    method.__doc__ = original.__doc__


def _general_way(subclass: type, init: Callable[..., None]) -> None:
    """A subclass of a class with the quick ``__new__``: made and pickled the dataclass's way
    (``init``: the dataclass's ``__init__``, for a subclass without one of its own; a
    dataclass subclass has its own)."""

    def __new__(cls: type[T], *args: object, **kwargs: object) -> T:
        made = object.__new__(cls)
        if cls.__init__ is object.__init__:
            init(made, *args, **kwargs)
        return made

    subclass.__new__ = staticmethod(__new__)  # type: ignore[method-assign,assignment]
    subclass.__reduce__ = _by_state  # type: ignore[method-assign,assignment]


def _by_state(made: object) -> tuple[object, ...]:
    """Pickled as the dataclass pickles: made without ``__new__``, then given its state."""
    return object.__new__, (type(made),), made.__getstate__()
