"""What the property tests share: fast, deterministic settings and one conversation to drive.

Hypothesis runs here with a fixed derandomised search (the same examples on every run and in
CI), no example database on disk, about 200 examples a test and a deadline per example. One
conversation over an in-memory database serves a whole module, driven through an
``asyncio.Runner`` so that each example is a plain synchronous call.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine, Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, settings

from bot.chat.conversation import Conversation
from bot.chat.replies import CallbackResult, InlineArticle, Person, Reply
from bot.matching.matcher import Matcher
from bot.storage import Storage
from tests.properties.telegram_html import check_callback_data, check_message

T = TypeVar("T")
PROPERTIES = settings(
    max_examples=200,
    deadline=timedelta(seconds=2),
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
FEWER = settings(PROPERTIES, max_examples=60)  # for the tests that do many things per example

ASKER = Person("asker-key", 101, "en", private=True)
OTHER = Person("other-key", 102, "fr", private=True)
EDITOR = Person("editor-key", 103, "en", is_editor=True, private=True)
OTHER_EDITOR = Person("other-editor-key", 104, "es", is_editor=True, private=True)
EDITOR_IN_GROUP = Person("editor-key", -1001, "en", is_editor=True, private=False)


@dataclass
class Harness:
    runner: asyncio.Runner
    conversation: Conversation

    @property
    def storage(self) -> Storage:
        return self.conversation.storage

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return self.runner.run(coroutine)


@pytest.fixture(scope="module")
def harness(matcher: Matcher) -> Iterator[Harness]:
    with asyncio.Runner() as runner:
        storage = runner.run(Storage.open(":memory:"))
        conversation = Conversation(
            matcher, storage, bot_username="policy_test_bot", secret=b"property tests secret"
        )
        try:
            yield Harness(runner, conversation)
        finally:
            runner.run(storage.close())


def check_reply(reply: Reply) -> None:
    """A message Telegram accepts, with buttons it accepts."""
    check_message(reply.text)
    for row in reply.buttons:
        assert row, "an empty row of buttons"
        for button in row:
            assert button.label.strip()
            if button.data is not None:
                check_callback_data(button.data)
            else:
                assert button.url is not None
                assert button.url.startswith("https://")


def check_replies(replies: list[Reply]) -> None:
    assert replies, "no reply at all"
    for reply in replies:
        check_reply(reply)


def check_result(result: CallbackResult) -> None:
    """A press is always answered: a notice of at most 200 characters, or messages."""
    assert result.notice or result.replies or result.edit is not None
    assert len(result.notice) <= 200
    for reply in [*result.replies, *([result.edit] if result.edit else [])]:
        check_reply(reply)


def check_article(article: InlineArticle) -> None:
    assert article.title.strip()
    assert article.entry_id
    check_message(article.text)
