"""What the generated parser (:mod:`tlcp_decode.schema.fastparse`) makes its results of, and
raises: construct's ``Container``, ``ListContainer``, ``EnumInteger``, ``EnumIntegerString``
and errors, as the schemas' ``Handshake.parse`` makes them.

The program (``python -m tlcp_decode``) parses with the generated parser only: importing
construct (its ``core``, a hundred classes, and ``platform``) for these few names was 37M
instructions, an eighth of its start-up before the fork, in both processes. The program defers
construct (:func:`tlcp_decode.deferred_imports.defer_construct`, its first lines), and while
construct's code has not run when this module is imported, the names here are stand-ins of
construct's, written out below: they behave as construct's where the decoder uses them (item
and attribute access, equality, copies, pickles; an error's text and ``path``; an enum
string's ``intvalue``). Otherwise (a library caller, the tests, which compare the generated
parser's results with the schemas' type for type, or construct already run) they are
construct's own. tests/test_parse_results.py decodes every capture both ways.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tlcp_decode.deferred_imports import construct_deferred

if TYPE_CHECKING or not construct_deferred():
    from construct import (
        ConstructError,
        Container,
        EnumInteger,
        EnumIntegerString,
        ExplicitError,
        ListContainer,
        SelectError,
        StreamError,
        TerminatedError,
    )
else:
    class Container(dict[str, Any]):
        """construct's Container: a dict whose items read as attributes too (construct's is
        an OrderedDict whose equality is a dict's: items in any order)."""

        __slots__ = ()

        def __getattr__(self, name: str) -> Any:
            try:
                return self[name]
            except KeyError:
                raise AttributeError(name) from None

        def __setattr__(self, name: str, value: Any) -> None:
            self[name] = value

        def __delattr__(self, name: str) -> None:
            try:
                del self[name]
            except KeyError:
                raise AttributeError(name) from None

        def copy(self) -> Container:
            return Container(self)

        __copy__ = copy

    class ListContainer(list[Any]):
        """construct's ListContainer: a list."""

        __slots__ = ()

    class EnumInteger(int):
        """A number an Enum does not name."""

    class EnumIntegerString(str):
        """The name an Enum gives a number (``intvalue``)."""

        intvalue: int

        def __repr__(self) -> str:
            return f"EnumIntegerString.new({self.intvalue}, {str.__repr__(self)})"

        def __int__(self) -> int:
            return self.intvalue

        @staticmethod
        def new(intvalue: int, stringvalue: str) -> EnumIntegerString:
            ret = EnumIntegerString(stringvalue)
            ret.intvalue = intvalue
            return ret

    class ConstructError(Exception):
        """construct's error: its text, after a first line naming ``path`` if given."""

        def __init__(self, message: str = "", path: str | None = None) -> None:
            self.path = path
            super().__init__(message if path is None else f"Error in path {path}\n{message}")

    class StreamError(ConstructError):
        pass

    class ExplicitError(ConstructError):
        pass

    class SelectError(ConstructError):
        pass

    class TerminatedError(ConstructError):
        pass

__all__ = ["ConstructError", "Container", "EnumInteger", "EnumIntegerString", "ExplicitError",
           "ListContainer", "SelectError", "StreamError", "TerminatedError"]
