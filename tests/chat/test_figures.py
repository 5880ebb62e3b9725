"""``/stats`` and ``/coverage`` in the chat: the figures of ``python -m bot stats`` and
``coverage``, for editors only, in their language, within Telegram's limits.

The database is the one the stats tests build (``build_database``): in the last 30 days English
has 4 questions (3 answered), French 2 (1 clarified, 1 unanswered), Arabic 1; one English
question is 9 days old; French has 2 learned questions, English 1.
"""

from __future__ import annotations

import html
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from babel.dates import format_date
from babel.numbers import format_percent

from bot.chat import figures
from bot.chat.conversation import EDITORS_ONLY, NO_FIGURES, PRIVATE_ONLY, Conversation
from bot.chat.render import MESSAGE_LIMIT, utf16_length
from bot.chat.replies import Person, Reply
from bot.editors.stats import Period
from bot.i18n import t, tn
from bot.matching.matcher import Matcher
from bot.storage import Storage
from tests.editors.test_stats import build_database

EDITOR_FR = Person("editor-key", 2, "fr", is_editor=True, private=True)
EDITOR_EN = Person("editor-key-2", 3, "en", is_editor=True, private=True)
OFFICIAL = Person("official-key", 1, "fr", private=True)
EDITOR_IN_A_GROUP = Person("editor-key", -100, "fr", is_editor=True, private=False)


@pytest.fixture
async def conversation(tmp_path: Path, matcher: Matcher) -> AsyncIterator[Conversation]:
    path = tmp_path / "bot.sqlite3"
    await build_database(path)
    async with await Storage.open(path) as storage:
        yield Conversation(matcher, storage)


def text_of(replies: list[Reply]) -> str:
    return "\n".join(html.unescape(reply.text) for reply in replies)


def line_of(text: str, starts: str) -> str:
    [line] = [line for line in text.splitlines() if line.startswith(starts)]
    return line


async def test_stats_gives_each_language_its_figures_in_the_editors_language(
    conversation: Conversation,
) -> None:
    text = text_of(await conversation.command(EDITOR_FR, "/stats"))
    period = Period.last(30)
    assert text.splitlines()[0] == tn(
        "fr",
        "Questions from {first} to {last} ({count} day):",
        "Questions from {first} to {last} ({count} days):",
        30,
        first=format_date(period.first_day, format="medium", locale="fr"),
        last=format_date(period.last_day, format="medium", locale="fr"),
    )
    english = line_of(text, "Anglais: ")
    assert english == "Anglais: " + tn(
        "fr", "{count} question", "{count} questions", 4
    ) + " · " + t(
        "fr",
        "{answered} answered · {clarified} clarified · {unanswered} unanswered",
        answered=format_percent(0.75, locale="fr"),
        clarified=format_percent(0, locale="fr"),
        unanswered=format_percent(0.25, locale="fr"),
    )
    french = line_of(text, "Français: ")
    assert format_percent(0.5, locale="fr") in french
    assert t("fr", "Most read: {entries}", entries="bc-12 (2), bc-24 (1)") in text
    spanish = line_of(text, "Espagnol: ")
    assert spanish.startswith("Espagnol: 0 question")
    assert "— " in spanish  # no questions: no shares


async def test_stats_takes_a_number_of_days(conversation: Conversation) -> None:
    text = text_of(await conversation.command(EDITOR_EN, "/stats 7"))
    assert "(7 days)" in text.splitlines()[0]
    assert line_of(text, "English: ").startswith("English: 3 questions · ")  # one is 9 days old
    one = text_of(await conversation.command(EDITOR_EN, "/stats 1"))
    assert "(1 day):" in one.splitlines()[0]
    for wrong in ("/stats week", "/stats 0", "/stats 99999", "/stats -3", "/stats ٧"):
        [reply] = await conversation.command(EDITOR_EN, wrong)
        assert reply.text == html.escape(t("en", figures.DAYS_USAGE, most=figures.MAX_DAYS))


async def test_coverage_counts_each_language_and_its_learned_questions(
    conversation: Conversation,
) -> None:
    text = text_of(await conversation.command(EDITOR_EN, "/coverage"))
    knowledge = conversation.live.current().knowledge
    assert text.startswith(f"Coverage of the knowledge ({len(knowledge.entries)} entries):")
    assert line_of(text, "French: ").endswith("· 2 learned")
    assert line_of(text, "English: ").endswith("· 1 learned")
    assert line_of(text, "Arabic: ").endswith("· 0 learned")
    for name in ("Spanish", "Russian", "Chinese"):
        assert line_of(text, f"{name}: ")


async def test_the_figures_are_the_editors_only_and_in_private(
    conversation: Conversation,
) -> None:
    for command in ("/stats", "/stats 7", "/coverage"):
        [refused] = await conversation.command(OFFICIAL, command)
        assert refused.text == html.escape(t("fr", EDITORS_ONLY))
        [in_group] = await conversation.command(EDITOR_IN_A_GROUP, command)
        assert in_group.text == html.escape(t("fr", PRIVATE_ONLY))


async def test_without_a_database_file_the_figures_say_so(matcher: Matcher) -> None:
    async with await Storage.open(":memory:") as storage:
        conversation = Conversation(matcher, storage)
        [reply] = await conversation.command(EDITOR_EN, "/stats")
        assert reply.text == html.escape(t("en", NO_FIGURES))
        coverage = text_of(await conversation.command(EDITOR_EN, "/coverage"))
        assert line_of(coverage, "English: ").endswith("· 0 learned")


async def test_every_language_gets_its_figures_within_telegrams_limit(
    conversation: Conversation,
) -> None:
    for lang in ("en", "fr", "es", "ru", "zh", "ar"):
        editor = Person(f"editor-{lang}", 9, lang, is_editor=True, private=True)
        for command in ("/stats", "/coverage"):
            replies = await conversation.command(editor, command)
            assert replies
            for reply in replies:
                assert 0 < utf16_length(html.unescape(reply.text)) <= MESSAGE_LIMIT
            if lang != "en":  # translated, not English
                assert t("en", "All languages") not in text_of(replies)
