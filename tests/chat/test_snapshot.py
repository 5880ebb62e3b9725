"""One snapshot per call: a knowledge swap in the middle of a question does not mix two bases."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from bot.chat.conversation import Conversation
from bot.chat.replies import Person
from bot.knowledge.model import KnowledgeBase
from bot.live import Live
from bot.matching.matcher import Matcher
from bot.storage import Storage

MARK = "TEXT OF THE SECOND KNOWLEDGE BASE"


def changed(knowledge: KnowledgeBase) -> KnowledgeBase:
    """The same knowledge, with paragraph 12's English text replaced."""
    entry = knowledge.entries["bc-12"]
    english = dataclasses.replace(entry.languages["en"], text=MARK)
    entries = dict(knowledge.entries)
    entries["bc-12"] = dataclasses.replace(entry, languages={**entry.languages, "en": english})
    return dataclasses.replace(knowledge, entries=entries)


async def test_a_swap_between_match_and_record_leaves_the_reply_on_the_first_base(
    matcher: Matcher, knowledge: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    second = Matcher(changed(knowledge))
    live = Live(matcher)
    async with await Storage.open(":memory:") as storage:
        conversation = Conversation(live, storage)
        record = storage.record_question

        async def record_then_swap(*args: Any, **kwargs: Any) -> int:
            live.swap(second)  # a reload lands while the question is being recorded
            return await record(*args, **kwargs)

        monkeypatch.setattr(storage, "record_question", record_then_swap)
        replies = await conversation.question(Person("k", 1, "en"), "can robots replace teachers")
        text = "".join(reply.text for reply in replies)
        assert "teachers cannot be displaced by machines" in text
        assert MARK not in text
        assert live.current() is second
        monkeypatch.setattr(storage, "record_question", record)
        after = await conversation.question(Person("k", 1, "en"), "can robots replace teachers")
        assert MARK in "".join(reply.text for reply in after)


async def test_a_reload_with_errors_keeps_the_knowledge_that_serves(
    matcher: Matcher, tmp_path: Any
) -> None:
    live = Live(matcher)
    (tmp_path / "broken.yaml").write_text("entries: [", encoding="utf-8")
    result = await live.reload(tmp_path)
    assert not result.reloaded
    assert result.problems
    assert live.current() is matcher
