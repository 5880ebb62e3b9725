"""Telegram's faults, met by the Bot API's rules (``bot.sending``, ``bot.handlers.errors``).

The fake Bot API answers each fault on demand: an error code with its parameters, a delay, a
reset connection. Each test runs the real service against it.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot import telegram_app
from bot.chat.conversation import Conversation
from bot.matching.matcher import Matcher
from bot.service import Service
from bot.storage import Storage
from tests.conftest import bot_settings, started
from tests.e2e.fake_telegram import (
    TOKEN,
    Call,
    FakeTelegram,
    eventually,
    utf16_length,
    visible_text,
)

QUESTION = "can AI replace teachers?"
QUOTED = "teachers cannot be displaced by machines"
A, B = 601, 602  # two people; A meets the fault


@dataclass
class Running:
    fake: FakeTelegram
    service: Service
    database: Path

    @property
    def storage(self) -> Storage:
        assert self.service.storage is not None
        return self.service.storage

    def statuses(self) -> list[tuple[str, str | None]]:
        with sqlite3.connect(self.database) as db:
            return db.execute("SELECT status, error FROM inbox ORDER BY update_id").fetchall()


@pytest.fixture
async def running(
    tmp_path: Path, fake: FakeTelegram, matcher: Matcher, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[Running]:
    monkeypatch.setattr(telegram_app, "READ_TIMEOUT_SECONDS", 1.0)  # time out in a second
    settings = bot_settings(fake, tmp_path)
    async with started(settings, matcher) as service:
        yield Running(fake, service, settings.database)


async def delivered(
    fake: FakeTelegram, chat_id: int, text: str = QUOTED, within: float = 10.0
) -> float:
    """When (time.time()) the first message to ``chat_id`` with ``text`` that Telegram answered
    with 200 had arrived."""

    def done() -> list[Call]:
        return [
            call
            for call in fake.calls_to("sendMessage")
            if call.params["chat_id"] == chat_id and text in call.params["text"]
            if call.status == 200
        ]

    assert await eventually(lambda: bool(done()), within), f"nothing delivered to {chat_id}"
    return done()[0].at


async def test_the_question_is_recorded_before_anything_is_sent(running: Running) -> None:
    fake = running.fake
    for method in ("sendChatAction", "sendMessage"):
        fake.delays[method] = 2.0  # Telegram is slow with everything
    fake.send_text(fake.user(A, "en"), QUESTION)
    await asyncio.sleep(1.0)
    [record] = await running.storage.questions()
    assert record.best_entry == "bc-12"
    fake.delays.clear()  # and the answer goes, so that stopping need not wait for it
    await delivered(fake, A)


async def test_429_waits_retry_after_for_that_chat_only(running: Running) -> None:
    fake = running.fake
    fake.fail("sendMessage", 429, "Too Many Requests: retry after 2", chat_id=A, retry_after=2)
    asked = time.time()
    fake.send_text(fake.user(A, "en"), QUESTION)
    fake.send_text(fake.user(B, "en"), QUESTION)
    assert await delivered(fake, B) - asked < 1.0  # the other chat does not wait
    assert await delivered(fake, A) - asked >= 2.0  # this one waits what Telegram asked
    await fake.idle(0.3)
    assert len(fake.calls_to("sendMessage")) == 3  # the refused one, then one each
    assert len(fake.accepted(chat_id=A)) == 1


async def test_429_is_waited_out_by_the_apology_too(
    running: Running, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(*args: Any) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(Conversation, "question", broken)
    fake = running.fake
    fake.fail("sendMessage", 429, "Too Many Requests: retry after 1", chat_id=A, retry_after=1)
    asked = time.time()
    fake.send_text(fake.user(A, "en"), QUESTION)
    assert await delivered(fake, A, "Sorry") - asked >= 1.0
    await fake.idle(0.3)
    assert [call.status for call in fake.calls_to("sendMessage")] == [429, 200]


async def test_5xx_is_retried_with_back_off_and_answered_once(running: Running) -> None:
    fake = running.fake
    fake.fail("sendMessage", 502, "Bad Gateway", times=2, chat_id=A)
    fake.send_text(fake.user(A, "en"), QUESTION)
    await delivered(fake, A)
    await fake.idle(0.3)
    tries = fake.calls_to("sendMessage")
    assert [call.status for call in tries] == [502, 502, 200]
    assert tries[2].at - tries[1].at > tries[1].at - tries[0].at  # backing off
    assert running.statuses() == [("done", None)]


async def test_a_reset_connection_is_retried_and_answered_once(running: Running) -> None:
    fake = running.fake
    fake.reset("sendMessage", chat_id=A)
    fake.send_text(fake.user(A, "en"), QUESTION)
    await delivered(fake, A)
    await fake.idle(0.3)
    assert [call.status for call in fake.calls_to("sendMessage")] == [0, 200]


async def test_a_timeout_is_retried(running: Running) -> None:
    fake = running.fake
    fake.slow("sendMessage", 2.0, chat_id=A)  # longer than the bot waits (1 s here)
    fake.send_text(fake.user(A, "en"), QUESTION)
    await fake.wait_for("sendMessage", after=0)
    await asyncio.sleep(3.0)
    tries = fake.calls_to("sendMessage")
    assert len(tries) == 2  # timed out, then sent again (Telegram may have had the first)
    assert all(call.status == 200 for call in tries)


async def test_a_fault_that_lasts_is_dropped_with_a_log_line(
    running: Running, caplog: pytest.LogCaptureFixture
) -> None:
    fake = running.fake
    fake.fail("sendMessage", 500, "Internal Server Error", for_seconds=30, chat_id=A)
    fake.send_text(fake.user(A, "en"), QUESTION)
    fake.send_text(fake.user(A, "en"), "and girls in AI?")  # A's next update is not held up
    finished = {"dropped", "done", "failed"}
    assert await eventually(
        lambda: [s for s, _ in running.statuses() if s in finished] == ["dropped"] * 2, within=30
    )
    fake.send_text(fake.user(B, "en"), QUESTION)
    await delivered(fake, B)
    to_a = [call for call in fake.calls_to("sendMessage") if call.params["chat_id"] == A]
    assert len(to_a) == 2 * 4  # four tries each, then dropped; no apology sent into the fault
    statuses = running.statuses()
    assert [status for status, _ in statuses[:2]] == ["dropped", "dropped"]
    assert "Telegram kept failing: NetworkError: Internal Server Error" in (statuses[0][1] or "")
    dropped = [r for r in caplog.records if getattr(r, "event", None) == "update_dropped"]
    assert len(dropped) == 2
    assert all(r.levelno == logging.WARNING and not r.exc_info for r in dropped)


async def test_403_blocked_drops_at_once_and_forgets_the_chat(running: Running) -> None:
    fake = running.fake
    storage = running.storage
    question = await storage.record_question("key", "en", "old question", "unanswered", None, None)
    assert await storage.subscribe(question, A, "en")
    fake.blocked.add(A)
    fake.send_text(fake.user(A, "en"), QUESTION)
    fake.send_text(fake.user(B, "en"), QUESTION)
    await delivered(fake, B)
    await fake.idle(0.3)
    to_a = [call.status for call in fake.calls_to("sendMessage") if call.params["chat_id"] == A]
    assert to_a == [403]  # not retried
    assert await storage.subscriptions() == []  # its chat id is gone
    [(status, error), _] = running.statuses()
    assert status == "dropped"
    assert "blocked by the user" in (error or "")


async def test_one_slow_call_never_stalls_other_users(running: Running) -> None:
    fake = running.fake
    fake.chat_delays[A] = 3.0
    fake.send_text(fake.user(A, "en"), QUESTION)
    await fake.wait_for("sendMessage", lambda p: p["chat_id"] == A)
    asked = time.time()
    for user in range(B, B + 5):
        fake.send_text(fake.user(user, "en"), QUESTION)
    for user in range(B, B + 5):
        assert await delivered(fake, user) - asked < 1.0
    fake.chat_delays.clear()
    await delivered(fake, A)


async def test_the_fake_counts_the_visible_text_as_telegram_does(fake: FakeTelegram) -> None:
    assert visible_text("<b>AI</b> &amp; <a href='x'>teachers</a>") == "AI & teachers"
    assert utf16_length("😀") == 2  # Telegram counts UTF-16 code units
    url = f"{fake.base_url}{TOKEN}/sendMessage"
    heavy = "<b>" + "é" * 4000 + "</b>" + "&lt;" * 96  # 4096 visible, far more bytes
    async with httpx.AsyncClient() as client:

        async def send(text: str) -> httpx.Response:
            data = {"chat_id": 1, "text": text, "parse_mode": "HTML"}
            return await client.post(url, json=data)

        assert (await send(heavy)).status_code == 200
        too_long = await send(heavy + "x")
        assert too_long.status_code == 400
        assert too_long.json()["description"] == "Bad Request: message is too long"
        unsupported = await send("<p>a paragraph</p>")
        assert "can't parse entities" in unsupported.json()["description"]
        assert (await send("<b>unclosed")).status_code == 400
