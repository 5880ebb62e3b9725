"""Every long reply splits or pages within Telegram's limits, in every interface language.

Gap lists with the longest questions, every page of topics, every entry in every language, the
help and the command lists, and entries far longer than one message: each message valid
Telegram HTML of at most 4096 characters once parsed, each button's data within 64 bytes.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.chat import callbacks, render
from bot.chat.commands import menu
from bot.chat.conversation import EXAMPLES, clean
from bot.chat.replies import Reply
from bot.i18n import t
from bot.knowledge.model import KnowledgeBase
from bot.languages import LANGUAGES
from bot.live import ReloadResult
from bot.storage import Gap, Notification
from tests.properties.conftest import EDITOR, FEWER, PROPERTIES, Harness, check_replies
from tests.properties.strategies import texts


def sign(action: callbacks.Action) -> callbacks.Action:
    return callbacks.sign(action, b"secret", "editor-key")


def gap(gap_id: int, examples: tuple[str, ...], suggested: str | None) -> Gap:
    return Gap(
        id=gap_id,
        status="new",
        count=10**6,
        languages=LANGUAGES,
        examples=examples,
        suggested=suggested,
        entry_id=None,
        waiting=10**6,
        first_asked=0.0,
        last_asked=0.0,
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_static_replies_fit_in_every_language(knowledge: KnowledgeBase, lang: str) -> None:
    replies: list[Reply] = [
        render.welcome(knowledge, lang, [t(lang, example) for example in EXAMPLES]),
        render.help_reply(lang, menu(True), "policy_test_bot"),
        render.help_reply(lang, menu(False), None),
        render.unknown_command(lang, "x" * 32, menu(True)),
        render.about_reply(knowledge, lang),
        render.language_menu(lang),
        render.no_such_paragraph(knowledge, "beijing-consensus", 2**63 - 1, lang),
        render.unanswered_reply(knowledge, list(knowledge.entries), lang, 2**63 - 1),
        render.clarify_reply(knowledge, list(knowledge.entries)[:3], lang, lang, 2**63 - 1),
        render.link_choices(knowledge, 2**31, list(knowledge.entries)[:3], lang, sign),
        render.link_choices(knowledge, 1, [], lang, sign),
    ]
    pages = -(-len(knowledge.topics) // render.TOPICS_PER_PAGE)
    replies += [render.topics_reply(knowledge, lang, page) for page in range(-1, pages + 1)]
    for topic_id in knowledge.topics:
        count = len(knowledge.entries_in_topic(topic_id))
        for page in range(-(-count // render.ENTRIES_PER_PAGE) + 1):
            replies.append(render.topic_reply(knowledge, lang, topic_id, page))
    check_replies(replies)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_entry_fits_in_every_language(knowledge: KnowledgeBase, lang: str) -> None:
    for entry in knowledge.entries.values():
        for language in LANGUAGES:
            also = [e for e in entry.related if e in knowledge.entries][:3]
            check_replies(
                render.entry_replies(
                    knowledge, entry, language, lang, 2**62, "policy_test_bot", also=also
                )
            )
        check_replies([render.entry_languages(entry, lang)])


@PROPERTIES
@given(
    examples=st.lists(texts.map(clean), max_size=render.GAPS_IN_TELEGRAM + 3).map(tuple),
    lang=st.sampled_from(LANGUAGES),
    many=st.integers(1, 40),
)
def test_a_gap_list_of_the_longest_questions_fits(
    knowledge: KnowledgeBase, examples: tuple[str, ...], lang: str, many: int
) -> None:
    entries = list(knowledge.entries)
    gaps = [gap(10**9 + n, examples, entries[n % len(entries)]) for n in range(many)]
    check_replies(render.gaps_replies(knowledge, gaps, lang, sign))


@FEWER
@given(
    text=texts.map(clean), title=st.text(min_size=1, max_size=80), lang=st.sampled_from(LANGUAGES)
)
def test_an_entry_of_any_length_is_split_into_messages_that_fit(
    knowledge: KnowledgeBase, text: str, title: str, lang: str
) -> None:
    entry = knowledge.entries["bc-12"]
    text = ("x " + text * 8)[:40_000]  # often longer than a message; never empty, as loaded
    local = dataclasses.replace(entry.languages["en"], title=title.strip() or "t", text=text)
    entry = dataclasses.replace(entry, languages={**entry.languages, "en": local})
    check_replies(render.entry_replies(knowledge, entry, "en", lang, 1, "policy_test_bot"))


@FEWER
@given(question=texts, lang=st.sampled_from(LANGUAGES))
def test_a_notification_of_the_longest_question_fits(
    harness: Harness, question: str, lang: str
) -> None:
    notification = Notification(2**62, 1, lang, "bc-12", 0, "en", clean(question))
    check_replies(harness.conversation.notification(notification))


@FEWER
@given(problems=st.lists(texts.map(clean), max_size=12).map(tuple), force=st.booleans())
def test_a_reload_report_of_the_longest_problems_fits(
    harness: Harness, problems: tuple[str, ...], force: bool
) -> None:
    async def reloader(forced: bool) -> ReloadResult:
        return ReloadResult(False, 0, problems, {"fr": (0.9, 0.8)} if not problems else {})

    harness.conversation.reloader = reloader
    try:
        replies = harness.run(harness.conversation.reload(EDITOR, "force" if force else ""))
    finally:
        harness.conversation.reloader = None
    check_replies(replies)
