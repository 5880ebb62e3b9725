"""Bursts and floods: updates handled concurrently, one person's in order; the typing action only
when an answer is slow; Telegram's limits counted on messages only; one person's flood slowed
down politely without slowing anyone else; the webhook refusing a wrong secret at once."""

from __future__ import annotations

import asyncio
import html
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from bot.flood import FloodLimit, Verdict
from bot.handlers.limits import SLOW_DOWN
from bot.i18n import t
from bot.matching.matcher import Matcher
from bot.sending import Limiter
from tests.conftest import bot_settings, started
from tests.e2e.conftest import free_port, webhook_settings
from tests.e2e.fake_telegram import FakeTelegram, eventually
from tests.e2e.test_faults import QUESTION, QUOTED, delivered

A, B = 701, 702


async def test_one_persons_updates_stay_in_order_and_do_not_hold_up_others(
    tmp_path: Path, fake: FakeTelegram, matcher: Matcher
) -> None:
    async with started(bot_settings(fake, tmp_path), matcher):
        fake.slow("sendMessage", 2.0, chat_id=A)  # A's first answer is slow to go
        person = fake.user(A, "en")
        fake.send_text(person, QUESTION)
        fake.send_text(person, "what's the weather in Dakar tomorrow")
        fake.send_text(person, "/help")
        await fake.wait_for("sendMessage", lambda p: p["chat_id"] == A)
        asked = time.time()
        fake.send_text(fake.user(B, "en"), QUESTION)
        assert await delivered(fake, B) - asked < 1.0
        assert await eventually(lambda: len(fake.accepted(chat_id=A)) == 3)
        first, second, third = (call.params["text"] for call in fake.accepted(chat_id=A))
    assert QUOTED in first
    assert "<blockquote>" not in second
    assert "/help" not in second
    assert "/topics" in third


async def test_typing_only_for_an_answer_that_is_not_on_its_way_at_once(
    tmp_path: Path, fake: FakeTelegram, matcher: Matcher
) -> None:
    settings = bot_settings(fake, tmp_path, messages_per_second=1.0)  # a slow sender
    async with started(settings, matcher):
        users = [fake.user(A + n, "en") for n in range(4)]
        fake.push_many([fake.message(user, QUESTION) for user in users])
        for user in users:
            await delivered(fake, user["id"])
    typed = {call.params["chat_id"] for call in fake.calls_to("sendChatAction")}
    first = fake.accepted()[0].params["chat_id"]
    assert first not in typed  # ready at once: no typing
    assert typed  # the ones that waited for their turn were told the bot is typing
    for chat in typed:
        action = next(c for c in fake.calls_to("sendChatAction") if c.params["chat_id"] == chat)
        assert action.at < fake.accepted(chat_id=chat)[0].at


async def timed(calls: list[Callable[[], Awaitable[Any]]]) -> float:
    began = time.monotonic()
    await asyncio.gather(*(call() for call in calls))
    return time.monotonic() - began


async def test_the_rate_limiter_counts_only_what_telegram_limits() -> None:
    limiter = Limiter(messages_per_second=10)

    async def answer() -> bool:
        return True

    def call(endpoint: str, chat_id: int | None) -> Callable[[], Awaitable[Any]]:
        data = {"chat_id": chat_id} if chat_id is not None else {}
        return lambda: limiter.process_request(answer, (), {}, endpoint, data, None)

    free = [call("sendChatAction", n) for n in range(40)]
    free += [call("answerCallbackQuery", None) for _ in range(40)]
    free += [call("editMessageText", n) for n in range(40)]
    assert await timed(free) < 0.3  # none of these waits for a share of the limit
    messages = [call("sendMessage", n) for n in range(25)]
    assert await timed(messages) >= 1.0  # 10 a second, after a first burst of 10


def test_the_flood_limit_counts_a_sliding_minute() -> None:
    limit = FloodLimit(per_minute=3)
    verdicts = [limit.verdict(1, now=100.0 + n) for n in range(6)]
    assert verdicts == [Verdict.ALLOW] * 3 + [Verdict.WARN, Verdict.DROP, Verdict.DROP]
    assert limit.verdict(2, now=105.0) is Verdict.ALLOW  # someone else
    assert limit.verdict(1, now=160.5) is Verdict.ALLOW  # the first of the minute has gone
    assert limit.verdict(1, now=160.6) is Verdict.WARN  # warned again after an allowed one
    assert FloodLimit(per_minute=0).verdict(1) is Verdict.ALLOW


async def test_a_flood_gets_one_slow_down_and_leaves_the_others_answered_as_fast(
    tmp_path: Path, fake: FakeTelegram, matcher: Matcher
) -> None:
    settings = bot_settings(fake, tmp_path, user_questions_per_minute=5)
    async with started(settings, matcher) as service:
        flooder = fake.user(A, "fr")
        fake.push_many([fake.message(flooder, f"{QUESTION} {n}") for n in range(12)])
        asked = time.time()
        fake.send_text(fake.user(B, "en"), QUESTION)
        assert await delivered(fake, B) - asked < 1.0
        assert await eventually(lambda: len(fake.accepted(chat_id=A)) == 6)
        count = len(fake.calls)
        fake.press(flooder, "topics:0")  # a press beyond the limit is still answered
        notice = await fake.wait_for("answerCallbackQuery", after=count)
        await fake.idle(0.5)
        assert service.storage is not None
        recorded = await service.storage.questions()
    to_flooder = [call.params["text"] for call in fake.accepted(chat_id=A)]
    assert sum(QUOTED in text for text in to_flooder) == 5
    assert to_flooder[5] == html.escape(t("fr", SLOW_DOWN))
    assert t("fr", SLOW_DOWN) != SLOW_DOWN  # in the flooder's language
    assert "text" not in notice.params  # warned once already: the press is just answered
    assert len(recorded) == 5 + 1  # the flooder's five, and the other person's


async def test_the_webhook_refuses_a_wrong_secret_before_reading_the_body(
    tmp_path: Path, fake: FakeTelegram, matcher: Matcher
) -> None:
    port = free_port()
    settings = webhook_settings(fake, tmp_path, port)
    async with started(settings, matcher):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(
            b"POST /hooks/telegram HTTP/1.1\r\nHost: bot\r\n"
            b"X-Telegram-Bot-Api-Secret-Token: wrong-secret_0123456789\r\n"
            b"Content-Type: application/json\r\nContent-Length: 500000\r\n\r\n"
        )  # and no body: a client that would send half a megabyte, slowly
        await writer.drain()
        status = await asyncio.wait_for(reader.readline(), timeout=3)
        writer.close()
        await writer.wait_closed()
    assert status.startswith(b"HTTP/1.1 403")
    assert fake.calls_to("sendMessage") == []
