"""Report language: gettext catalogs in ``tlcp_decode/locale`` (English is the source text).

Most TLCP users read Chinese; ``--lang zh`` (or a zh locale) selects the zh_CN catalog.
"""

from __future__ import annotations

import gettext
import locale
import os
from pathlib import Path

DOMAIN = "tlcp_decode"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
LANGUAGES = ("en", "zh")

_translation: gettext.NullTranslations = gettext.NullTranslations()


def default_language() -> str:
    """zh when the environment's locale is Chinese, else en."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    current = locale.getlocale()[0] or ""
    return "zh" if current.lower().startswith("zh") else "en"


def set_language(language: str | None) -> None:
    global _translation
    language = language or default_language()
    if language == "zh":
        _translation = gettext.translation(DOMAIN, LOCALE_DIR, languages=["zh_CN"], fallback=True)
    else:
        _translation = gettext.NullTranslations()


def _(message: str) -> str:
    return _translation.gettext(message)
