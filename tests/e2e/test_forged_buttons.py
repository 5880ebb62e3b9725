"""Forged and foreign button presses through the real python-telegram-bot stack.

Someone who copies the data of another person's button (it names their question), or makes it
up, gets the polite "no longer available" notice, and nothing changes; the owner's own press
works, twice too. The editors' buttons and commands are checked against EDITOR_IDS at each
press and work in a private chat only. Every callback query is answered.
"""

from __future__ import annotations

import html
import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.chat.conversation import EDITORS_ONLY, NO_LONGER_AVAILABLE, PRIVATE_ONLY
from bot.i18n import t
from bot.matching.matcher import Matcher
from bot.service import Service
from bot.storage import FeedbackRecord, Storage, Subscription
from tests.conftest import bot_settings, started
from tests.e2e.fake_telegram import BOT, FakeTelegram

ASKER, STRANGER, EDITOR, OTHER_EDITOR = 7101, 7102, 7103, 7104
GROUP = -7100


@dataclass
class Running:
    fake: FakeTelegram
    database: Path
    service: Service


@pytest.fixture
async def running(tmp_path: Path, fake: FakeTelegram, matcher: Matcher) -> AsyncIterator[Running]:
    settings = bot_settings(fake, tmp_path, editor_ids=frozenset({EDITOR, OTHER_EDITOR}))
    async with started(settings, matcher) as service:
        yield Running(fake, settings.database, service)


def buttons(params: dict[str, Any]) -> list[str]:
    markup = params.get("reply_markup") or {}
    markup = json.loads(markup) if isinstance(markup, str) else markup
    return [b.get("callback_data", "") for row in markup.get("inline_keyboard", []) for b in row]


def data(params: dict[str, Any], starts: str) -> str:
    found = [d for d in buttons(params) if d.startswith(starts)]
    assert found, f"no {starts!r} button in {buttons(params)}"
    return found[0]


async def ask(fake: FakeTelegram, user: dict[str, Any], text: str, **where: Any) -> dict[str, Any]:
    count = len(fake.calls)
    fake.send_text(user, text, **where)
    return (await fake.wait_for("sendMessage", after=count)).params


async def press(
    fake: FakeTelegram, user: dict[str, Any], callback_data: str, chat_id: int | None = None
) -> str:
    """Press a button (in a group when ``chat_id`` is given); the notice it is answered with."""
    message = None
    if chat_id is not None:
        chat = {"id": chat_id, "type": "group", "title": "Ministry"}
        message = {
            "message_id": 1,
            "date": int(time.time()),
            "chat": chat,
            "from": BOT,
            "text": "…",
        }
    count = len(fake.calls)
    fake.press(user, callback_data, message)
    answer = await fake.wait_for("answerCallbackQuery", after=count)
    await fake.idle(0.2)
    return str(answer.params.get("text") or "")


async def test_only_the_asker_can_ask_to_be_notified(running: Running) -> None:
    fake = running.fake
    asker, stranger = fake.user(ASKER, "en"), fake.user(STRANGER, "fr")
    reply = await ask(fake, asker, "what's the weather in Dakar tomorrow")
    notify = data(reply, "notify:")
    assert await press(fake, stranger, notify) == t("fr", NO_LONGER_AVAILABLE)
    async with await Storage.open(running.database) as storage:
        assert await storage.subscriptions() == []  # the forger's chat is not kept
    told = t("en", "I will tell you here when this question has an answer.")
    assert await press(fake, asker, notify) == told
    assert await press(fake, asker, notify) == told  # twice: still works, kept once
    async with await Storage.open(running.database) as storage:
        [question] = await storage.questions()
        assert await storage.subscriptions() == [Subscription(question.id, ASKER, "en")]


async def test_feedback_and_choices_on_someone_elses_question_change_nothing(
    running: Running,
) -> None:
    fake = running.fake
    asker, stranger = fake.user(ASKER, "en"), fake.user(STRANGER, "fr")
    answer = await ask(fake, asker, "can robots replace teachers")
    choices = await ask(fake, asker, "données")  # a generic word: only ever offered as choices
    for forged in (data(answer, "fb:"), data(choices, "pick:"), data(choices, "none:")):
        assert await press(fake, stranger, forged) == t("fr", NO_LONGER_AVAILABLE)
    async with await Storage.open(running.database) as storage:
        assert await storage.feedback() == []
        assert await storage.clarifications() == []
        assert await storage.gaps(status=None) == []
    assert await press(fake, asker, data(answer, "fb:")) == "Thank you for your feedback."
    async with await Storage.open(running.database) as storage:
        question = (await storage.questions())[0]
        assert await storage.feedback() == [FeedbackRecord(question.id, "bc-12", True)]


@pytest.mark.parametrize(
    "forged",
    ["", "x" * 64, "notify:-1", "notify:99999999999999999999", "fb:1:<b>:1", "gl:1:bc-12", ":::"],
)
async def test_malformed_data_is_answered_politely(running: Running, forged: str) -> None:
    fake = running.fake
    notice = await press(fake, fake.user(STRANGER, "en"), forged)
    assert notice == t("en", NO_LONGER_AVAILABLE) or notice == t("en", EDITORS_ONLY)
    assert fake.calls_to("sendMessage") == []


async def test_editors_buttons_are_theirs_in_their_private_chat_while_they_are_editors(
    running: Running,
) -> None:
    fake = running.fake
    editor, other_editor = fake.user(EDITOR, "en"), fake.user(OTHER_EDITOR, "en")
    await ask(fake, fake.user(ASKER, "en"), "what's the weather in Dakar tomorrow")
    count = len(fake.calls)
    fake.send_text(editor, "/gaps")
    listing = await fake.wait_for("sendMessage", lambda p: "gi:" in str(p), after=count)
    ignore = data(listing.params, "gi:")
    # In a group, the editor's command and button are refused politely.
    refused = await ask(fake, editor, "/gaps", chat_type="group", chat_id=GROUP)
    assert refused["text"] == html.escape(t("en", PRIVATE_ONLY))
    assert await press(fake, editor, ignore, chat_id=GROUP) == t("en", PRIVATE_ONLY)
    # Another editor, and someone who is not one, cannot press it.
    assert await press(fake, other_editor, ignore) == t("en", NO_LONGER_AVAILABLE)
    assert await press(fake, fake.user(STRANGER, "en"), ignore) == t("en", EDITORS_ONLY)
    # EDITOR_IDS is read at the press: an editor taken off the list can no longer press it.
    bot_data = running.service.application.bot_data
    bot_data["editor_ids"] = frozenset({OTHER_EDITOR})
    assert await press(fake, editor, ignore) == t("en", EDITORS_ONLY)
    async with await Storage.open(running.database) as storage:
        [gap] = await storage.gaps(status=None)
        assert gap.status == "new"
    bot_data["editor_ids"] = frozenset({EDITOR, OTHER_EDITOR})
    assert await press(fake, editor, ignore) == t("en", "Gap {gap} ignored.", gap=gap.id)
    async with await Storage.open(running.database) as storage:
        assert [g.status for g in await storage.gaps(status=None)] == ["ignored"]
    presses = sum(1 for call in fake.calls if call.method == "answerCallbackQuery")
    assert presses == 5  # every press answered
