"""``typing.NamedTuple`` without compiling the fields' annotations.

Every module here has ``from __future__ import annotations``, so ``typing.NamedTuple`` gets
its fields' annotations as text, and typing makes each one a ``ForwardRef``, which checks the
text with ``compile()``. The first ``compile()`` call of a process builds the classes of the
abstract syntax tree (CPython's ``init_types``: some 120 types), 9.4M instructions; each later
call ~37K. In a ``--json`` run nothing else calls ``compile()``: the five named tuples made
before the fork had both processes pay it (the reading one on its critical path), and the
analysing one made five more after it.

:data:`NamedTuple` is ``typing.NamedTuple`` (same class statement, same class made: fields,
defaults, methods, docstring, ``__orig_bases__``) but for ``__annotations__``, which holds
the annotations as written (``"int"``, where typing's holds ``ForwardRef('int')``), as a
dataclass's does; ``typing.get_type_hints`` evaluates either. mypy sees ``typing.NamedTuple``.
"""

from __future__ import annotations

import typing
from typing import TYPE_CHECKING, Any

#: Keep the annotations as written (False: typing.NamedTuple's own classes, ForwardRefs and
#: all, for the tests to compare).
TEXT_ANNOTATIONS = True

if TYPE_CHECKING:
    from typing import NamedTuple as NamedTuple
else:
    # (typing.NamedTuple is a function whose __mro_entries__ gives this base, of the
    # metaclass typing.NamedTupleMeta: a class statement naming it runs that metaclass)
    (_TYPING_BASE,) = typing.NamedTuple.__mro_entries__((typing.NamedTuple,))

    class _Meta(type):
        def __new__(cls, typename: str, bases: tuple[type, ...],
                    namespace: dict[str, Any]) -> type:
            """typing.NamedTupleMeta's class for the class statement, its annotations
            given to it as ``object`` (a type that typing checks without compiling), then
            put back as written."""
            namespace = dict(namespace)
            bases = tuple(_TYPING_BASE if base is _Base else base for base in bases)
            orig_bases = namespace.get("__orig_bases__")
            if orig_bases is not None:
                namespace["__orig_bases__"] = tuple(
                    typing.NamedTuple if base is NamedTuple else base for base in orig_bases)
            written = namespace.get("__annotations__", {})
            if TEXT_ANNOTATIONS:
                namespace["__annotations__"] = dict.fromkeys(written, object)
            made: type = typing.NamedTupleMeta(typename, bases, namespace)  # type: ignore[attr-defined]
            if TEXT_ANNOTATIONS:
                made.__annotations__ = made.__new__.__annotations__ = dict(written)
            return made

    _Base = type.__new__(_Meta, "NamedTuple", (), {})

    def NamedTuple(typename: str, fields: Any = None, /, **kwargs: Any) -> Any:
        """``typing.NamedTuple(typename, fields)``, the call (no annotations to compile)."""
        return typing.NamedTuple(typename, fields, **kwargs)

    NamedTuple.__mro_entries__ = lambda bases: (_Base,)
