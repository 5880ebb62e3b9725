"""How the conversation renders each kind of decision, and what it records."""

from __future__ import annotations

import html
from collections.abc import AsyncIterator

import pytest

from bot.chat import render
from bot.chat.conversation import EXAMPLES, SMALL_TALK_THANKS, Conversation
from bot.chat.replies import Person, Reply
from bot.i18n import t
from bot.matching.matcher import Matcher
from bot.storage import Storage

OFFICIAL = Person("official-key", 1, "en")
UNANSWERED = (
    "I don't know yet: nothing in the texts I have answers this. Your question has been "
    "recorded for the editors."
)


@pytest.fixture
async def conversation(matcher: Matcher) -> AsyncIterator[Conversation]:
    async with await Storage.open(":memory:") as storage:
        yield Conversation(matcher, storage, bot_username="policy_test_bot")


def text_of(replies: list[Reply]) -> str:
    return "\n".join(reply.text for reply in replies)


def labels(replies: list[Reply]) -> list[str]:
    return [button.label for reply in replies for row in reply.buttons for button in row]


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("thanks!", "en"),
        ("merci beaucoup", "fr"),
        ("спасибо", "ru"),
        ("谢谢", "zh"),
        ("شكرا", "ar"),
    ],
)
async def test_thanks_get_a_short_word_in_their_language_and_are_never_recorded(
    conversation: Conversation, message: str, language: str
) -> None:
    # OFFICIAL's Telegram app is in English; the reply follows the language they wrote in.
    replies = await conversation.question(OFFICIAL, message)
    assert text_of(replies) == html.escape(t(language, SMALL_TALK_THANKS))
    assert "<blockquote>" not in text_of(replies)
    assert await conversation.storage.questions() == []


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("hello", "en"),
        ("bonjour", "fr"),
        ("hola", "es"),
        ("здравствуйте", "ru"),
        ("你好", "zh"),
        ("مرحبا", "ar"),
    ],
)
async def test_a_greeting_gets_the_welcome_in_its_language(
    conversation: Conversation, message: str, language: str
) -> None:
    replies = await conversation.question(OFFICIAL, message)
    welcome = render.welcome(conversation.knowledge, language, EXAMPLES)
    assert text_of(replies) == welcome.text
    assert await conversation.storage.questions() == []


async def test_a_saved_interface_language_wins_over_the_question_language(
    conversation: Conversation,
) -> None:
    await conversation.storage.set_language(OFFICIAL.key, "es")
    replies = await conversation.question(OFFICIAL, "merci beaucoup")
    assert text_of(replies) == html.escape(t("es", SMALL_TALK_THANKS))


async def test_an_unanswered_question_is_told_so_in_its_own_language(
    conversation: Conversation,
) -> None:
    replies = await conversation.question(OFFICIAL, "recette du poulet au curry avec du riz")
    text = text_of(replies)
    assert text.startswith(html.escape(t("fr", UNANSWERED))[:30])
    assert html.escape(t("en", UNANSWERED))[:30] not in text


@pytest.mark.parametrize(
    ("message", "quoted"),
    [
        ("paragraph 12", "teachers cannot be displaced by machines"),
        ("§ 29", "data privacy protection"),
        ("bc-12", "teachers cannot be displaced by machines"),
    ],
)
async def test_a_paragraph_reference_quotes_that_paragraph(
    conversation: Conversation, message: str, quoted: str
) -> None:
    replies = await conversation.question(OFFICIAL, message)
    assert quoted in text_of(replies)


async def test_a_paragraph_that_does_not_exist_is_said_so_and_not_recorded(
    conversation: Conversation,
) -> None:
    replies = await conversation.question(OFFICIAL, "paragraph 99")
    text = text_of(replies)
    assert "44 paragraphs" in text
    assert "no paragraph 99" in text
    assert await conversation.storage.questions() == []


async def test_an_unanswered_question_says_what_the_bot_covers(
    conversation: Conversation,
) -> None:
    replies = await conversation.question(OFFICIAL, "chicken curry recipe with rice")
    text = text_of(replies)
    assert "I cover only these texts" in text
    assert "Beijing Consensus on Artificial Intelligence and Education" in text
    assert [r.outcome for r in await conversation.storage.questions()] == ["unanswered"]


async def test_co_relevant_entries_are_offered_under_the_answer(
    conversation: Conversation, matcher: Matcher
) -> None:
    decision = matcher.match("gender equality and AI", language="en")
    assert decision.also  # paragraphs 25-27 belong together
    replies = await conversation.question(OFFICIAL, "gender equality and AI")
    also = [label for label in labels(replies) if label.startswith("Also relevant: ")]
    assert len(also) == len(decision.also)
