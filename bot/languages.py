"""The six UN languages the bot speaks, in one place.

Everything that asks "which languages?", "is this one of ours?" or "does it read right to left?"
asks here, so adding a language (or a script direction) is one edit.
"""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "ru", "zh", "ar")
FALLBACK_LANGUAGE = "en"
RTL_LANGUAGES = frozenset({"ar"})


def supported(language: str | None) -> str | None:
    """The language if we speak it: ``pt-br`` → None, ``fr-CA`` and ``fr_FR.UTF-8`` → ``fr``."""
    if not language:
        return None
    base = language.replace("_", "-").split("-")[0].split(".")[0].lower()
    return base if base in LANGUAGES else None


def is_rtl(language: str) -> bool:
    """Whether the language is written right to left (Arabic)."""
    return language in RTL_LANGUAGES
