"""Report language: gettext catalogs in ``tlcp_decode/locale`` (English is the source text).

Most TLCP users read Chinese; ``--lang zh`` (or a zh locale) selects the zh_CN catalog.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TypeVar

DOMAIN = "tlcp_decode"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
LANGUAGES = ("en", "zh")

_translation: gettext.NullTranslations = gettext.NullTranslations()
_language = "en"
#: Messages translated since the language was set (a bound of what is kept).
_TRANSLATED_SIZE = 4096


def _is_chinese(value: str) -> bool:
    return value.lower().startswith("zh")


def default_language() -> str:
    """zh when the environment asks for Chinese, else en, by gettext's rules: LANGUAGE (a
    colon-separated priority list) first, then the first set of LC_ALL, LC_MESSAGES, LANG.
    As in gettext, LANGUAGE only counts when the locale is not "C"/"POSIX"."""
    locale_value = ""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        locale_value = os.environ.get(variable, "")
        if locale_value:
            break
    if not locale_value:
        import locale  # only here: most environments set one of the variables

        locale_value = locale.getlocale()[0] or ""
    priority = os.environ.get("LANGUAGE", "")
    if priority and locale_value not in ("C", "POSIX"):
        for entry in priority.split(":"):
            if _is_chinese(entry):
                return "zh"
            if entry.lower().startswith("en"):
                return "en"
    return "zh" if _is_chinese(locale_value) else "en"


def set_language(language: str | None) -> None:
    global _translation, _language
    _language = language or default_language()
    if _language == "zh":
        _translation = gettext.translation(DOMAIN, LOCALE_DIR, languages=["zh_CN"], fallback=True)
    else:
        _translation = gettext.NullTranslations()
    for clear in _clears:
        clear()


def current_language() -> str:
    return _language


def use_language_of(argv: list[str]) -> None:
    """Set the language from ``--lang X`` in a command line before the parsers are built (their
    help is translated when built), and have argparse's own words ("usage:", "options", its
    error messages) translated through the same catalog."""
    chosen = None
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            chosen = argv[index + 1]
        elif arg.startswith("--lang="):
            chosen = arg.split("=", 1)[1]
    set_language(chosen if chosen in LANGUAGES else None)
    import argparse

    # argparse looks its module-level gettext functions up at call time
    argparse._ = _  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]


def protocol_word(protocol: str) -> str:
    """tlcp, tls, other: the protocol as a report names it."""
    return {"tlcp": "TLCP", "tls": "TLS"}.get(protocol) or _("other protocol")


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translation.ngettext(singular, plural, n)


class _Translated(dict[str, str]):
    """Each message in the report language, looked up in the catalog once: a connection's
    report translates about a hundred words and phrases, nearly all the same each time."""

    def __missing__(self, message: str) -> str:
        if len(self) >= _TRANSLATED_SIZE:
            self.clear()
        translated = self[message] = _translation.gettext(message)
        return translated


_translated = _Translated()
_clears: list[Callable[[], None]] = [_translated.clear]



class _Clearable(Protocol):
    def clear(self) -> None: ...


CacheT = TypeVar("CacheT", bound=_Clearable)


def language_cache(cache: CacheT) -> CacheT:
    """``cache``, emptied whenever the language changes: for what is kept in the report
    language."""
    _clears.append(cache.clear)
    return cache


#: ``_(message)``: ``message`` in the report language (gettext's ``_``; a dict's look-up, no
#: Python call, once a message has been translated).
_: Callable[[str], str] = _translated.__getitem__
