"""No update lost, none handled twice, none that stops the others (``bot.inbox``).

The process tests run ``python -m bot run`` against the fake Bot API and kill or stop it; the
others run the service in process.
"""

from __future__ import annotations

import asyncio
import json
import logging
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot import inbox as inbox_module
from bot.chat.conversation import Conversation
from bot.health import check
from bot.matching.matcher import Matcher
from bot.sending import ThrottledLog
from bot.webhook import SECRET_HEADER
from tests.conftest import ROOT, bot_settings, started
from tests.e2e.conftest import WEBHOOK_SECRET, Webhook
from tests.e2e.fake_telegram import TOKEN, FakeTelegram, eventually
from tests.e2e.test_process import bot, environment, wait_for_file
from tests.e2e.test_telegram import OUT_OF_SCOPE, QUESTIONS
from tests.e2e.test_webhook import update

USERS_PER_LANGUAGE = 10


def start(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("a") as stderr:
        return subprocess.Popen(
            [sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env, stderr=stderr
        )


def stop(process: subprocess.Popen[bytes], how: signal.Signals = signal.SIGTERM) -> int:
    process.send_signal(how)
    try:
        return process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


async def settle(fake: FakeTelegram, method: str, quiet: float = 1.0) -> int:
    """Wait until no new call to ``method`` has come for ``quiet`` seconds; how many came."""
    count = -1
    while count != len(fake.calls_to(method)):
        count = len(fake.calls_to(method))
        await asyncio.sleep(quiet)
    return count


def records(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text().splitlines()
    return [json.loads(line) for line in lines if line.startswith("{")]


async def test_killed_mid_burst_it_loses_nothing_and_answers_nothing_twice(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    env = environment(fake, data, KNOWLEDGE_WATCH="off")
    log = tmp_path / "bot.log"
    users: list[tuple[dict[str, Any], str, str]] = []
    for n, (language, question, _, quoted) in enumerate(QUESTIONS):
        for k in range(USERS_PER_LANGUAGE):
            user = fake.user(10_000 + 100 * n + k, language)
            users.append((user, question, quoted))
    first = start(env, log)
    try:
        wait_for_file(data / "heartbeat", first)
        # A burst: each person asks a question, then an out-of-scope one, all at once.
        burst = []
        for user, question, _ in users:
            burst.append(fake.message(user, question))
        for user, _, _ in users:
            burst.append(fake.message(user, OUT_OF_SCOPE[user["language_code"]]))
        fake.push_many(burst)
        # Some answers go out; then Telegram holds every call, and the bot is killed while the
        # calls it made are all unanswered and the rest of the burst waits.
        await eventually(lambda: len(fake.accepted()) >= 20, within=30)
        fake.hold("sendMessage")
        held = await settle(fake, "sendMessage", quiet=0.7)
        assert stop(first, signal.SIGKILL) == -signal.SIGKILL
    finally:
        if first.poll() is None:
            first.kill()
    answered_before = len(fake.accepted())
    assert 20 <= answered_before < len(burst), "the kill came too late to test anything"
    with sqlite3.connect(data / "bot.sqlite3") as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    fake.release()  # the held calls are answered, to nobody: Telegram delivered them anyway
    (data / "heartbeat").unlink(missing_ok=True)
    second = start(env, log)
    try:
        wait_for_file(data / "heartbeat", second)
        await eventually(lambda: len(fake.accepted()) >= len(burst), within=60)
        await fake.idle(1.0)
        assert stop(second) == 0
    finally:
        if second.poll() is None:
            second.kill()
    logs = log.read_text()
    for user, _, quoted in users:
        sent = fake.accepted(chat_id=user["id"])
        assert len(sent) == 2, (user["id"], [c.params["text"][:40] for c in sent], held)
        assert quoted in sent[0].params["text"]  # one person's updates in order
        assert "<blockquote>" not in sent[1].params["text"]
    with sqlite3.connect(data / "bot.sqlite3") as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("SELECT COUNT(*) FROM questions").fetchone() == (len(burst),)
        statuses = dict(db.execute("SELECT status, COUNT(*) FROM inbox GROUP BY status"))
    assert statuses == {"done": len(burst)}
    assert "database is locked" not in logs
    assert TOKEN not in logs
    assert TOKEN.split(":")[1] not in logs


POISON: list[dict[str, Any]] = [
    # The date as a string: python-telegram-bot cannot read the message.
    {
        "message": {
            "message_id": 1,
            "date": "yesterday",
            "chat": {"id": 501, "type": "private"},
            "from": {"id": 501, "is_bot": False, "first_name": "A"},
            "text": "a poisoned secret sentence",
        }
    },
    # A poll without most of its required fields.
    {"poll": {"question": "a poisoned secret poll", "options": []}},
]


async def test_an_update_it_cannot_read_is_set_aside_and_the_next_is_answered_at_once(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    env = environment(fake, data, KNOWLEDGE_WATCH="off")
    log = tmp_path / "bot.log"
    process = start(env, log)
    try:
        wait_for_file(data / "heartbeat", process)
        poisoned = [fake.push_raw(update) for update in POISON]
        good = fake.send_text(fake.user(502, "en"), "can AI replace teachers?")
        answer = await fake.wait_for("sendMessage", within=5)
        assert "teachers cannot be displaced" in answer.params["text"]
        await asyncio.sleep(1.5)
        health = await asyncio.to_thread(bot, "health", env=env)
        assert health.returncode == 0, health.stdout
        listed = await asyncio.to_thread(bot, "inbox", "--json", env=env)
        signalled = time.monotonic()
        assert stop(process) == 0
        assert time.monotonic() - signalled < 10
    finally:
        if process.poll() is None:
            process.kill()
    # The batch was confirmed to Telegram once: every later getUpdates asks for what follows.
    first = next(i for i, offset in enumerate(fake.offsets) if offset > good)
    assert all(offset > good for offset in fake.offsets[first:])
    assert listed.returncode == 0, listed.stderr
    shown = json.loads(listed.stdout)
    assert [item["update_id"] for item in shown] == poisoned
    assert all(item["status"] == "failed" and "TypeError" in item["error"] for item in shown)
    assert shown[0]["update"]["message"]["date"] == "yesterday"  # kept for the operator
    lines = records(log)
    set_aside = [r for r in lines if r["event"] == "update_set_aside"]
    assert [r["update_id"] for r in set_aside] == poisoned  # each logged once
    above_debug = [json.dumps(r) for r in lines if r["level"] != "DEBUG"]
    assert not [line for line in above_debug if "poisoned secret" in line]
    assert "Traceback" not in log.read_text().split("update_set_aside")[0]  # no flood before
    with sqlite3.connect(data / "bot.sqlite3") as db:
        assert db.execute("SELECT COUNT(*) FROM questions").fetchone() == (1,)
    text = await asyncio.to_thread(bot, "inbox", env=env)
    assert text.stdout.splitlines()[0].startswith(f"polling #{poisoned[0]}  failed")


async def test_sigterm_ends_in_time_and_closes_the_database_when_telegram_hangs(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    env = environment(fake, data, KNOWLEDGE_WATCH="off")
    log = tmp_path / "bot.log"
    process = start(env, log)
    try:
        wait_for_file(data / "heartbeat", process)
        fake.delays["sendMessage"] = 60  # Telegram takes the last call and never answers
        fake.send_text(fake.user(503, "en"), "can AI replace teachers?")
        await fake.wait_for("sendMessage")
        signalled = time.monotonic()
        assert stop(process) == 0
        took = time.monotonic() - signalled
    finally:
        if process.poll() is None:
            process.kill()
    assert took < inbox_module.STOP_SECONDS + 5  # and so well within stop_grace_period
    assert not (data / "bot.sqlite3-wal").exists()  # closed
    with sqlite3.connect(data / "bot.sqlite3") as db:
        assert db.execute("SELECT status, effects FROM inbox").fetchall() == [("handling", 1)]
    # Started again, it does not send that reply a second time: Telegram may have it (the
    # inbox knows the reply's only message had gone out; nothing is left to send).
    fake.delays.clear()
    before = len(fake.calls_to("sendMessage"))
    process = start(env, log)
    try:
        wait_for_file(data / "heartbeat", process)
        await fake.idle(1.0)
        assert stop(process) == 0
    finally:
        if process.poll() is None:
            process.kill()
    assert len(fake.calls_to("sendMessage")) == before
    with sqlite3.connect(data / "bot.sqlite3") as db:
        assert db.execute("SELECT status FROM inbox").fetchall() == [("done",)]


async def test_a_replayed_webhook_update_is_handled_once(webhook: Webhook) -> None:
    body = update(41, "les enseignants peuvent-ils être remplacés par l'IA ?")
    async with httpx.AsyncClient() as client:
        for _ in range(3):  # Telegram re-sending after a lost answer, or someone replaying it
            response = await client.post(
                webhook.url, json=body, headers={SECRET_HEADER: WEBHOOK_SECRET}
            )
            assert response.status_code == 200
            await webhook.fake.wait_for("sendMessage")
    await webhook.fake.idle(0.5)
    assert len(webhook.fake.calls_to("sendMessage")) == 1
    storage = webhook.service.storage
    assert storage is not None
    assert len(await storage.questions()) == 1


async def test_a_webhook_update_is_in_the_database_before_the_answer(webhook: Webhook) -> None:
    webhook.fake.delays["sendMessage"] = 1.0  # handling is still going on when we look
    async with httpx.AsyncClient() as client:
        response = await client.post(
            webhook.url, json=update(42, "hello"), headers={SECRET_HEADER: WEBHOOK_SECRET}
        )
    assert response.status_code == 200
    with sqlite3.connect(webhook.settings.database) as db:
        assert db.execute("SELECT source, update_id FROM inbox").fetchall() == [("webhook", 42)]


async def test_an_update_whose_handling_raises_is_set_aside_and_logged_once(
    tmp_path: Path,
    fake: FakeTelegram,
    matcher: Matcher,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    real = Conversation.question

    async def question(self: Conversation, person: Any, text: str) -> Any:
        if "explode" in text:
            raise RuntimeError("a bug on one question")
        return await real(self, person, text)

    monkeypatch.setattr(Conversation, "question", question)
    settings = bot_settings(fake, tmp_path)
    async with started(settings, matcher) as service:
        user = fake.user(504, "en")
        bad = [fake.send_text(user, f"please explode number {n}") for n in range(3)]
        fake.send_text(user, "can AI replace teachers?")
        await fake.wait_for("sendMessage", lambda p: "<blockquote>" in p["text"])
        assert service.storage is not None
        failed = await service.storage.inbox_items("failed")
    assert [item.update_id for item in failed] == bad
    assert all("RuntimeError: a bug on one question" in (item.error or "") for item in failed)
    assert all(item.payload and "explode" in item.payload for item in failed)
    logged = [r for r in caplog.records if getattr(r, "event", None) == "update_set_aside"]
    assert [getattr(r, "update_id", None) for r in logged] == bad
    assert all(r.exc_info and "a bug" in str(r.exc_info[1]) for r in logged)
    assert not [r for r in caplog.records if "explode" in r.getMessage()]
    apologies = [c for c in fake.calls_to("sendMessage") if "Sorry" in c.params["text"]]
    assert len(apologies) == 3


def test_repeated_failures_are_logged_a_few_times_a_minute(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    now = [1000.0]
    monkeypatch.setattr("bot.sending.time.monotonic", lambda: now[0])
    throttled = ThrottledLog(logging.getLogger("test.throttled"), per_minute=3)
    with caplog.at_level(logging.INFO, logger="test.throttled"):
        for n in range(50):
            throttled.log(logging.ERROR, "failure %d", n)
        now[0] += 61
        throttled.log(logging.ERROR, "failure %d", 50)
    assert [r.getMessage() for r in caplog.records] == [
        "failure 0",
        "failure 1",
        "failure 2",
        "47 more lines like these in the last minute were not logged",
        "failure 50",
    ]


async def test_health_fails_while_updates_wait_and_none_is_handled(
    tmp_path: Path, fake: FakeTelegram, matcher: Matcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(inbox_module, "STALL_SECONDS", 0.5)
    settings = bot_settings(fake, tmp_path)
    async with started(settings, matcher) as service:
        user = fake.user(505, "en")
        fake.chat_delays[505] = 3.0  # Telegram takes its time with this one
        fake.send_text(user, "can AI replace teachers?")
        fake.send_text(user, "and girls in AI?")
        await fake.wait_for("sendMessage")
        await asyncio.sleep(1.0)
        await service.beat()
        health = await asyncio.to_thread(check, settings)
        assert not health.healthy
        assert "2 updates are waiting and none has been handled" in health.detail
        assert not service.healthy()
        fake.chat_delays.clear()
        inbox = service.inbox
        assert inbox is not None
        assert await eventually(lambda: inbox.waiting == 0, within=15)
        await service.beat()
        health = await asyncio.to_thread(check, settings)
        assert health.healthy, health.detail


async def test_get_updates_failing_with_502_for_10_s_recovers(
    tmp_path: Path, fake: FakeTelegram, matcher: Matcher, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot.polling")
    settings = bot_settings(fake, tmp_path)
    async with started(settings, matcher):
        fake.fail("getUpdates", 502, "Bad Gateway", for_seconds=10)
        failing_since = time.monotonic()
        fake.send_text(fake.user(506, "en"), "can AI replace teachers?")
        answer = await fake.wait_for("sendMessage", within=25)
        assert answer.at > time.time() - 30
        assert time.monotonic() - failing_since < 10 + 7  # back within the longest back-off
    failures = [r for r in caplog.records if getattr(r, "event", None) == "polling_failed"]
    assert 1 <= len(failures) <= 8  # a few lines, not one per try
    assert any(getattr(r, "event", None) == "polling_recovered" for r in caplog.records)
