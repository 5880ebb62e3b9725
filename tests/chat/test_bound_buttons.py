"""Buttons that cannot be forged: each works for the person who may press it, and only them.

A button that names a question works for its asker (the keyed hash stored with the question);
the editors' buttons carry a MAC bound to the editor they were shown to, and like the editors'
commands work only for a current editor in a private chat. Any other press is told the button is
no longer available (or, for someone who is not an editor, that it is the editors'), and changes
nothing.
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import AsyncIterator

import pytest

from bot.chat import callbacks
from bot.chat.conversation import (
    EDITORS_ONLY,
    NO_LONGER_AVAILABLE,
    PRIVATE_ONLY,
    Conversation,
    stored_form,
)
from bot.chat.replies import Person, Reply
from bot.i18n import t
from bot.matching.matcher import Matcher
from bot.storage import Clarification, FeedbackRecord, Storage, Subscription

SECRET = b"a secret for the buttons of these tests"
ASKER = Person("asker-key", 11, "en", private=True)
OTHER = Person("other-key", 12, "fr", private=True)
EDITOR = Person("editor-key", 13, "en", is_editor=True, private=True)
OTHER_EDITOR = Person("other-editor-key", 14, "es", is_editor=True, private=True)
OUT_OF_SCOPE = "chicken curry recipe with rice"
GONE = t("en", NO_LONGER_AVAILABLE)


@pytest.fixture
async def conversation(matcher: Matcher) -> AsyncIterator[Conversation]:
    async with await Storage.open(":memory:") as storage:
        yield Conversation(matcher, storage, bot_username="policy_test_bot", secret=SECRET)


def actions(replies: list[Reply]) -> list[callbacks.Action]:
    return [b.action for r in replies for row in r.buttons for b in row if b.action is not None]


def first(replies: list[Reply], kind: type[callbacks.Action]) -> callbacks.Action:
    return next(action for action in actions(replies) if isinstance(action, kind))


async def snapshot(storage: Storage) -> tuple[object, ...]:
    gaps = await storage.gaps(status=None, limit=None)
    return (
        await storage.feedback(),
        await storage.clarifications(),
        await storage.subscriptions(),
        [(gap.id, gap.status, gap.count) for gap in gaps],
        await storage.learned(),
    )


async def test_notify_me_works_for_the_asker_only_and_twice(conversation: Conversation) -> None:
    notify = first(await conversation.question(ASKER, OUT_OF_SCOPE), callbacks.Notify)
    storage = conversation.storage
    before = await snapshot(storage)
    forged = await conversation.callback(OTHER, notify.encode())
    assert (forged.notice, forged.replies) == (t("fr", NO_LONGER_AVAILABLE), [])
    assert await snapshot(storage) == before  # the forger's chat is not kept
    told = t("en", "I will tell you here when this question has an answer.")
    for _ in range(2):
        pressed = await conversation.callback(ASKER, notify.encode())
        assert pressed.notice == told
    [question] = await storage.questions()
    assert await storage.subscriptions() == [Subscription(question.id, ASKER.chat_id, "en")]


async def test_feedback_counts_only_from_the_asker(conversation: Conversation) -> None:
    storage = conversation.storage
    replies = await conversation.question(ASKER, "can robots replace teachers")
    thumbs_down = next(
        a for a in actions(replies) if isinstance(a, callbacks.Feedback) and not a.helpful
    )
    before = await snapshot(storage)
    assert (await conversation.callback(OTHER, thumbs_down.encode())).notice == t(
        "fr", NO_LONGER_AVAILABLE
    )
    assert await snapshot(storage) == before  # no opinion, and no gap from a stranger's 👎
    assert (await conversation.callback(ASKER, thumbs_down.encode())).notice == t(
        "en", "Thank you for your feedback."
    )
    [question] = await storage.questions()
    assert await storage.feedback() == [FeedbackRecord(question.id, "bc-12", False)]
    # An entry opened from a topic is nobody's question: anyone's opinion counts.
    assert (await conversation.callback(OTHER, "fb:0:bc-29:1")).notice == t(
        "fr", "Thank you for your feedback."
    )


async def test_did_you_mean_choices_work_for_the_asker_only(conversation: Conversation) -> None:
    storage = conversation.storage
    replies = await conversation.question(ASKER, "données")  # a generic word: choices only
    pick = first(replies, callbacks.Pick)
    none = first(replies, callbacks.NoneOfThese)
    assert isinstance(pick, callbacks.Pick)
    before = await snapshot(storage)
    for action in (pick, none):
        assert (await conversation.callback(OTHER, action.encode())).notice == t(
            "fr", NO_LONGER_AVAILABLE
        )
    # The asker cannot record a choice they were not offered, either.
    offered = {a.entry_id for a in actions(replies) if isinstance(a, callbacks.Pick)}
    other_entry = next(e for e in conversation.knowledge.entries if e not in offered)
    forged = callbacks.Pick(pick.question_id, other_entry).encode()
    assert (await conversation.callback(ASKER, forged)).notice == GONE
    assert await snapshot(storage) == before
    chosen = await conversation.callback(ASKER, pick.encode())
    assert "<blockquote>" in chosen.replies[0].text
    assert await storage.clarifications() == [Clarification(pick.question_id, pick.entry_id)]


@pytest.mark.parametrize(
    "data", ["notify:999999", "pick:999999:bc-12", "none:0", "fb:999999:bc-12:1", "notify:x"]
)
async def test_buttons_of_questions_that_do_not_exist_are_no_longer_available(
    conversation: Conversation, data: str
) -> None:
    result = await conversation.callback(ASKER, data)
    assert (result.notice, result.replies, result.edit) == (GONE, [], None)


async def gap_buttons(conversation: Conversation, editor: Person = EDITOR) -> list[Reply]:
    await conversation.question(ASKER, OUT_OF_SCOPE)
    return (await conversation.gaps(editor))[1:]


async def test_an_editors_buttons_are_signed_for_that_editor(conversation: Conversation) -> None:
    [listing] = await gap_buttons(conversation)
    signed = actions([listing])
    assert {type(a) for a in signed} >= {callbacks.GapOther, callbacks.GapIgnore}
    for action in signed:
        assert callbacks.verify(action, conversation._button_secret, EDITOR.key)
        assert not callbacks.verify(action, conversation._button_secret, OTHER_EDITOR.key)
    ignore = first([listing], callbacks.GapIgnore)
    storage = conversation.storage
    before = await snapshot(storage)
    refusals = {
        OTHER_EDITOR: t("es", NO_LONGER_AVAILABLE),  # another editor: not theirs
        OTHER: t("fr", EDITORS_ONLY),
        dataclasses.replace(EDITOR, is_editor=False): t("en", EDITORS_ONLY),  # left EDITOR_IDS
        dataclasses.replace(EDITOR, private=False, chat_id=-100): t("en", PRIVATE_ONLY),
    }
    for presser, notice in refusals.items():
        for action in signed:
            result = await conversation.callback(presser, action.encode())
            assert (result.notice, result.replies) == (notice, [])
    # Tampered: another gap with the same tag, no tag, a tag of the right shape.
    assert isinstance(ignore, callbacks.GapIgnore)
    for data in (
        callbacks.GapIgnore(ignore.gap_id + 1, ignore.tag).encode(),
        f"gi:{ignore.gap_id}",
        f"gi:{ignore.gap_id}:AAAAAAAA",
    ):
        assert (await conversation.callback(EDITOR, data)).notice == GONE
    assert await snapshot(storage) == before
    result = await conversation.callback(EDITOR, ignore.encode())
    assert result.notice == t("en", "Gap {gap} ignored.", gap=ignore.gap_id)


async def test_an_editors_buttons_outlive_a_restart_with_the_same_secret_only(
    conversation: Conversation, matcher: Matcher
) -> None:
    [listing] = await gap_buttons(conversation)
    ignore = first([listing], callbacks.GapIgnore).encode()
    rotated = Conversation(matcher, conversation.storage, secret=b"another secret entirely")
    assert (await rotated.callback(EDITOR, ignore)).notice == GONE
    restarted = Conversation(matcher, conversation.storage, secret=SECRET)
    assert (await restarted.callback(EDITOR, ignore)).notice != GONE


@pytest.mark.parametrize("command", ["/gaps", "/reload", "/reload force"])
async def test_editors_commands_are_refused_in_a_group(
    conversation: Conversation, command: str
) -> None:
    in_group = dataclasses.replace(EDITOR, private=False, chat_id=-100)
    [reply] = await conversation.command(in_group, command)
    assert reply.text == html.escape(t("en", PRIVATE_ONLY))
    [reply] = await conversation.command(OTHER, command)
    assert reply.text == html.escape(t("fr", EDITORS_ONLY))


async def test_linking_a_gap_takes_the_next_message_in_the_editors_chat_only(
    conversation: Conversation,
) -> None:
    [listing] = await gap_buttons(conversation)
    other = first([listing], callbacks.GapOther)
    await conversation.callback(EDITOR, other.encode())
    in_group = dataclasses.replace(EDITOR, private=False, chat_id=-100)
    await conversation.question(in_group, "bc-12")  # in a group: a question, not the link
    assert [gap.status for gap in await conversation.storage.gaps(status=None)] == ["new"]
    [told] = await conversation.question(EDITOR, "bc-12")
    assert "bc-12" in told.text
    assert [gap.status for gap in await conversation.storage.gaps(status=None)] == ["resolved"]


async def test_a_question_empty_once_normalised_is_not_stored(conversation: Conversation) -> None:
    for text in ("\u200b\u200d", "\x1b\x00", "\ufeff \u2066\u2069"):
        assert stored_form(text) == ""
        replies = await conversation.question(ASKER, text)
        assert replies == await conversation.help(ASKER)
    assert await conversation.storage.questions() == []


async def test_notify_me_keeps_the_language_the_question_was_asked_in(
    conversation: Conversation,
) -> None:
    # ASKER's Telegram app is in English; they asked in French, so they are told in French.
    question = "recette du poulet au curry avec du riz"
    notify = first(await conversation.question(ASKER, question), callbacks.Notify)
    pressed = await conversation.callback(ASKER, notify.encode())
    assert pressed.notice == t("fr", "I will tell you here when this question has an answer.")
    [recorded] = await conversation.storage.questions()
    assert await conversation.storage.subscriptions() == [
        Subscription(recorded.id, ASKER.chat_id, "fr")
    ]
