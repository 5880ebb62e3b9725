"""The interface in six languages, from the Babel gettext catalogs under ``locales/``.

Catalogs are the ``.po`` files translators edit (``locales/<lang>/LC_MESSAGES/messages.po``).
They are compiled in memory at start-up with Babel, so there is no build step and no ``.mo``
file to forget. Code marks strings with ``t(language, "…")`` and ``tn(language, "…", "…", n)``;
``make messages`` extracts them into ``locales/messages.pot`` and updates the catalogs.

Arabic reads right to left: text we put around a value that may be Latin (a name, a number, a
URL) is wrapped in Unicode isolates so the value keeps its own direction.
"""

from __future__ import annotations

import gettext
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import Any

from babel import Locale
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from bot.languages import FALLBACK_LANGUAGE, RTL_LANGUAGES, supported

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
DOMAIN = "messages"
FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"


@cache
def catalog(language: str) -> gettext.NullTranslations:
    """The compiled catalog of a language (English is the source: its catalog may be empty)."""
    path = LOCALES_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not path.exists():
        return gettext.NullTranslations()
    with path.open("rb") as po_file:
        messages = read_po(po_file, locale=language)
    buffer = BytesIO()
    write_mo(buffer, messages)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def N_(message: str) -> str:
    """Mark a constant for translation where it is defined; ``t`` translates it where used."""
    return message


def t(language: str, message: str, **values: Any) -> str:
    """Translate ``message`` and fill ``{placeholders}``."""
    text = catalog(language).gettext(message)
    return text.format(**values) if values else text


def tn(language: str, singular: str, plural: str, count: int, **values: Any) -> str:
    """Translate with the language's plural rules (Russian and Arabic have several forms)."""
    text = catalog(language).ngettext(singular, plural, count)
    return text.format(count=count, **values)


def isolate(value: str, language: str) -> str:
    """Wrap a value in Unicode isolates inside right-to-left text, so it keeps its direction."""
    if language in RTL_LANGUAGES:
        return f"{FIRST_STRONG_ISOLATE}{value}{POP_DIRECTIONAL_ISOLATE}"
    return value


@cache
def language_name(code: str, in_language: str | None = None, in_sentence: bool = False) -> str:
    """A language's name from Babel's CLDR data, by default in its own script (Français, 中文).

    Capitalised to stand alone on a button; ``in_sentence`` keeps CLDR's own case, which is
    lowercase in French, Spanish and Russian ("disponible en anglais").
    """
    name = Locale.parse(code).get_display_name(in_language or code) or code
    return name if in_sentence else name[:1].upper() + name[1:]


def interface_language(saved: str | None, telegram_code: str | None) -> str:
    """The user's saved choice, else Telegram's language when we speak it, else English."""
    return saved or supported(telegram_code) or FALLBACK_LANGUAGE


def reply_language(saved: str | None, question_language: str, telegram_code: str | None) -> str:
    """The language around a reply to a question: the user's saved choice, else the question's
    own (someone who writes in French is answered in French, whatever their Telegram app is set
    to), else as ``interface_language``."""
    return saved or supported(question_language) or interface_language(None, telegram_code)
