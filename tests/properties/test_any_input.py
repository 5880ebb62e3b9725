"""No input breaks the bot: from any text to the reply Telegram would accept and the row stored.

Every example goes the whole way through the shared conversation (the one Telegram and the
console hold): matching, rendering and the database. What is checked for each: nothing raises;
every message is valid Telegram HTML of 1-4096 characters once parsed; every button's data fits
in 64 bytes; what is stored is the question as asked, normalised as ``stored_form`` documents,
and nothing when that leaves nothing.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from bot.chat import callbacks
from bot.chat.conversation import NO_LONGER_AVAILABLE, clean, stored_form
from bot.chat.render import split_text, utf16_length
from bot.chat.replies import Person
from bot.i18n import t
from bot.languages import LANGUAGES
from bot.matching.decision import Outcome
from tests.properties.conftest import (
    ASKER,
    EDITOR,
    EDITOR_IN_GROUP,
    OTHER,
    PROPERTIES,
    Harness,
    check_article,
    check_replies,
    check_result,
)
from tests.properties.strategies import LONE_SURROGATES, callback_data, pieces, texts

people = st.sampled_from([ASKER, OTHER, EDITOR, EDITOR_IN_GROUP])
telegram_languages = st.sampled_from([None, "en", "fr", "ar", "zh-hans", "pt-br", "", "x" * 40])


def _with_language(person: Person, language: str | None) -> Person:
    return Person(person.key, person.chat_id, language, person.is_editor, person.private)


@PROPERTIES
@given(text=texts, person=people, language=telegram_languages)
@example(text="\u200b\u200d\ufeff", person=ASKER, language="en")  # empty once normalised
@example(text="".join(LONE_SURROGATES) + " teachers", person=ASKER, language="en")
@example(text="<b>teachers</b> & robots", person=ASKER, language=None)
def test_any_question_is_answered_within_limits_and_stored_as_asked(
    harness: Harness, text: str, person: Person, language: str | None
) -> None:
    person = _with_language(person, language)
    before = len(harness.run(harness.storage.questions()))
    replies = harness.run(harness.conversation.question(person, text))
    check_replies(replies)
    stored = harness.run(harness.storage.questions())[before:]
    asked = clean(text).strip()
    if not stored_form(asked) or asked.startswith("/"):
        assert stored == []
        return
    lang = harness.run(harness.conversation.interface(person))
    decision = harness.conversation.live.current().match(asked, hint=lang)
    if decision.outcome is Outcome.SMALL_TALK or (
        decision.reference is not None and decision.outcome is not Outcome.ANSWER
    ):
        assert stored == []
        return
    [record] = stored
    assert record.text == stored_form(text)
    assert record.text == record.text.strip()
    assert "  " not in record.text
    assert (record.language, record.outcome) == (decision.language, decision.outcome.value)
    assert record.language in LANGUAGES
    asker = harness.run(harness.storage.asker(record.id))
    assert asker is not None
    assert asker.user_key == person.key


@PROPERTIES
@given(name=pieces, args=texts, person=people)
def test_any_command_is_answered_within_limits(
    harness: Harness, name: str, args: str, person: Person
) -> None:
    before = len(harness.run(harness.storage.questions()))
    text = ("/" + name + " " + args)[:4096]
    check_replies(harness.run(harness.conversation.command(person, text)))
    assert len(harness.run(harness.storage.questions())) == before


@PROPERTIES
@given(data=callback_data, person=people)
@example(data=LONE_SURROGATES[0], person=ASKER)
@example(data="notify:" + LONE_SURROGATES[0], person=ASKER)
@example(data="gl:1:bc-12:" + "A" * 8, person=EDITOR)
def test_any_callback_data_is_answered_politely(
    harness: Harness, data: str | None, person: Person
) -> None:
    result = harness.run(harness.conversation.callback(person, data))
    check_result(result)
    if callbacks.decode(clean(data) if data else data) is None:
        lang = harness.run(harness.conversation.interface(person))
        assert result.notice == t(lang, NO_LONGER_AVAILABLE)
        assert not result.replies
        assert result.edit is None


@PROPERTIES
@given(query=texts, hint=telegram_languages)
def test_any_inline_query_offers_valid_articles(
    harness: Harness, query: str, hint: str | None
) -> None:
    articles = harness.conversation.inline(query, hint)
    assert len(articles) <= 5
    for article in articles:
        check_article(article)


@PROPERTIES
@given(data=st.text(st.characters(), max_size=200))
def test_decoding_trusts_nothing(data: str) -> None:
    action = callbacks.decode(data)
    if action is not None:  # what decodes re-encodes within the limit
        assert len(action.encode().encode()) <= callbacks.CALLBACK_DATA_LIMIT


@PROPERTIES
@given(text=texts, limit=st.integers(20, 4096))
def test_split_text_keeps_every_word_within_the_limit(text: str, limit: int) -> None:
    text = clean(text)
    pieces = split_text(text, limit)
    assert all(0 < utf16_length(piece) <= limit for piece in pieces)
    assert "".join("".join(pieces).split()) == "".join(text.split())
