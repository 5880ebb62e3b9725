"""The six interface catalogs: complete, translated, with their placeholders and plural forms."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from bot.chat.render import source_line
from bot.i18n import (
    FIRST_STRONG_ISOLATE,
    LOCALES_DIR,
    POP_DIRECTIONAL_ISOLATE,
    language_name,
    reply_language,
    t,
    tn,
)
from bot.knowledge.model import LANGUAGES, KnowledgeBase

BOT_DIR = Path(__file__).resolve().parent.parent / "bot"
SCRIPTS = {"ru": r"[а-яё]", "zh": r"[\u4e00-\u9fff]", "ar": r"[\u0600-\u06ff]"}


def messages_in_code() -> set[str]:
    """Every string the code marks for translation (as `make messages` extracts them)."""
    found = set()
    keywords = {"t": (2,), "tn": (2, 3), "N_": None}
    for _, _, message, _, _ in extract_from_dir(str(BOT_DIR), keywords=keywords):
        found.add(message[0] if isinstance(message, tuple) else message)
    return found


def catalog_entries(language: str) -> dict[str, tuple[str, ...]]:
    path = LOCALES_DIR / language / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as po_file:
        catalog = read_po(po_file, locale=language)
    entries: dict[str, tuple[str, ...]] = {}
    for message in catalog:
        if message.id:
            key = message.id[0] if isinstance(message.id, tuple) else message.id
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            entries[str(key)] = tuple(str(string or "") for string in strings)
    return entries


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_has_every_message_of_the_code_translated(language: str) -> None:
    entries = catalog_entries(language)
    missing = messages_in_code() - set(entries)
    assert not missing, f"{language} catalog lacks: {sorted(missing)}"
    empty = [key for key, strings in entries.items() if not all(strings)]
    assert not empty, f"{language} catalog has untranslated: {empty}"


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "en"])
def test_no_english_left_in_other_catalogs(language: str) -> None:
    for key, strings in catalog_entries(language).items():
        if not re.search(r"[A-Za-z]", re.sub(r"{\w+}", "", key)):
            continue  # only placeholders and punctuation: nothing to translate
        for string in strings:
            assert string != key, f"{language}: still English: {key!r}"
            if language in SCRIPTS:
                assert re.search(SCRIPTS[language], string, re.IGNORECASE), (
                    f"{language}: {string!r}"
                )


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_are_kept(language: str) -> None:
    for key, strings in catalog_entries(language).items():
        wanted = set(re.findall(r"{\w+}", key))
        for string in strings:
            found = set(re.findall(r"{\w+}", string))
            assert found <= wanted | {"{count}"}, (language, key, string)
            if len(strings) == 1:
                assert found == wanted, (language, key, string)


def test_plural_forms_follow_each_language() -> None:
    assert tn("en", "{count} text", "{count} texts", 1) == "1 text"
    assert tn("en", "{count} text", "{count} texts", 3) == "3 texts"
    russian = [tn("ru", "{count} text", "{count} texts", n) for n in (1, 3, 5, 21)]
    assert russian[0].endswith("текст")
    assert russian[1].endswith("текста")
    assert russian[2].endswith("текстов")
    assert russian[3].endswith("текст")
    arabic = {tn("ar", "{count} text", "{count} texts", n) for n in (0, 1, 2, 3, 11, 100)}
    assert len(arabic) == 6
    assert not tn("fr", "{count} text", "{count} texts", 1).endswith("s")


def test_language_names_come_from_babel_in_their_own_script() -> None:
    assert [language_name(code) for code in LANGUAGES] == [
        "English",
        "Français",
        "Español",
        "Русский",
        "中文",
        "العربية",
    ]
    assert language_name("en", "fr", in_sentence=True) == "anglais"


def test_arabic_source_line_isolates_latin_names_and_numbers(knowledge: KnowledgeBase) -> None:
    line = source_line(knowledge, knowledge.entries["bc-12"], "ar")
    assert f"{FIRST_STRONG_ISOLATE}12{POP_DIRECTIONAL_ISOLATE}" in line
    assert f"{FIRST_STRONG_ISOLATE}2019{POP_DIRECTIONAL_ISOLATE}" in line
    assert "توافق بيجين" in line
    english = source_line(knowledge, knowledge.entries["bc-12"], "en")
    assert (
        english == "Beijing Consensus on Artificial Intelligence and Education (2019), paragraph 12"
    )
    assert FIRST_STRONG_ISOLATE not in english


def test_interface_strings_are_translated_in_use() -> None:
    assert t("fr", "Did you mean…?") != "Did you mean…?"
    assert t("zh", "Interface language: {name}.", name="中文").count("中文") == 1


def test_a_reply_follows_the_saved_choice_then_the_question_then_telegram() -> None:
    assert reply_language("es", "fr", "en") == "es"
    assert reply_language(None, "fr", "en") == "fr"
    assert reply_language(None, "de", "ru") == "ru"  # a language we do not speak
    assert reply_language(None, "de", None) == "en"
