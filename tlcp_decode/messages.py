"""Sentences that a report can say in the reader's language, while JSON keeps the English.

A ``Msg`` is the English sentence (it *is* a ``str``: JSON, logs and comparisons see plain
English) that also remembers its template and values. The text report passes it through
:func:`localize`, which looks the template up in the gettext catalog and fills in the values,
themselves localized when they are ``Msg`` too. Templates are ordinary ``str.format`` strings
and each must have an entry in the zh_CN catalog (the no-English report test finds any that
lack one).

This module imports nothing of the project, so every layer (crypto, session, flows) can use it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence


class Msg(str):
    """English text plus the template and values it was made from."""

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, **values: object) -> Msg:
        text = super().__new__(cls, template.format(**values) if values else template)
        text.template = template
        text.values = values
        return text

    def __reduce__(self) -> tuple[object, ...]:  # pickled across the --jobs worker processes
        return (_rebuild, (self.template, self.values))


def _rebuild(template: str, values: dict[str, object]) -> Msg:
    return Msg(template, **values)


def msg(template: str, **values: object) -> Msg:
    """``msg("{n} bytes missing", n=3)``: the English sentence, translatable later."""
    return Msg(template, **values)


def localize(text: object, gettext: Callable[[str], str]) -> str:
    """``text`` in the language of ``gettext``: a Msg by its template, a plain str as a whole."""
    if isinstance(text, Msg):
        values = {k: localize(v, gettext) if isinstance(v, str) else v
                  for k, v in text.values.items()}
        return gettext(text.template).format(**values)
    if isinstance(text, str):
        return gettext(text) if text else text
    return str(text)


class MessageError(Exception):
    """An error whose message may be a :class:`Msg`: ``str(exc)`` returns that Msg itself, so
    the code that turns one error into another (``UsageError(str(exc))``) keeps it
    translatable, and the one-line message is localized where it is printed."""

    def __str__(self) -> str:
        first = self.args[0] if len(self.args) == 1 else None
        return first if isinstance(first, Msg) else super().__str__()


def reason_of(exc: BaseException) -> Msg:
    """An exception's message, still translatable when it was raised with a ``Msg``."""
    first = exc.args[0] if exc.args else ""
    return first if isinstance(first, Msg) else Msg(str(exc).replace("{", "{{").replace("}", "}}"))


def joined(items: Sequence[object], template: str = "{a}, {b}") -> Msg:
    """Items joined into one Msg (``template`` joins two), each item still translatable."""
    texts = [item if isinstance(item, Msg) else Msg(str(item).replace("{", "{{")
                                                     .replace("}", "}}"))
             for item in items]
    if not texts:
        return Msg("")
    text = texts[0]
    for item in texts[1:]:
        text = Msg(template, a=text, b=item)
    return text
