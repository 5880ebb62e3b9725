"""The shared conversation: limits Telegram imposes, and the console front end."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bot.chat.callbacks import Pick
from bot.chat.conversation import Conversation
from bot.chat.render import MESSAGE_LIMIT, split_text
from bot.chat.replies import Button, Person
from bot.matching.matcher import Matcher
from bot.storage import Storage


def test_long_texts_are_split_at_paragraphs_then_sentences() -> None:
    paragraph = "Sentence one is here. " * 150
    pieces = split_text(paragraph.strip() + "\n\n" + paragraph.strip())
    assert all(len(piece) <= MESSAGE_LIMIT for piece in pieces)
    assert all(piece.endswith(".") for piece in pieces)
    assert "".join(pieces).replace(" ", "") == (paragraph.strip() * 2).replace(" ", "")
    chinese = "人工智能促进教育。" * 1000
    assert all(
        len(piece) <= MESSAGE_LIMIT and piece.endswith("。") for piece in split_text(chinese)
    )


def test_callback_data_over_64_bytes_is_refused() -> None:
    Button("ok", Pick(123456, "unesco-global-ai-training-public-sector"))
    with pytest.raises(ValueError, match="64 bytes"):
        Button("too long", Pick(2**62, "x" * 48))


async def test_every_button_fits_and_user_text_is_escaped(matcher: Matcher) -> None:
    async with await Storage.open(":memory:") as storage:
        conversation = Conversation(matcher, storage, bot_username="policy_test_bot")
        person = Person("key", 1, "en")
        replies = await conversation.question(person, "<b>teachers</b> & robots")
        replies += await conversation.start(person)
        replies += await conversation.topics(person)
        for entry_id in matcher.knowledge.entries:
            replies += (await conversation.callback(person, f"entry:{entry_id}:ar")).replies
            replies += (await conversation.callback(person, f"langs:{entry_id}")).replies
        for reply in replies:
            assert len(reply.text) <= MESSAGE_LIMIT
            for row in reply.buttons:
                for button in row:
                    assert button.data is None or len(button.data.encode()) <= 64
        unanswered = await conversation.question(person, "<script>alert(1)</script> passport")
        assert "<script>" not in "".join(reply.text for reply in unanswered)


def test_console_chat_reads_piped_questions_and_exits_at_end_of_input() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "chat"],
        input="can robots replace teachers\n1\n/topics\n",
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
    )
    assert result.returncode == 0, result.stderr
    assert "Welcome!" in result.stdout
    assert "teachers cannot be displaced by machines" in result.stdout
    assert "paragraph 12" in result.stdout
    assert "(Thank you for your feedback.)" in result.stdout
    assert "Topics (page 1 of" in result.stdout
