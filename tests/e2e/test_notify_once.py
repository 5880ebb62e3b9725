"""A notification is never sent twice, even when the bot is killed in the middle of sending it.

The notification is claimed in the database before it goes to Telegram, so a bot killed with
SIGKILL while Telegram is still answering does not send it again when it starts anew, and
forgets the chat id then.
"""

from __future__ import annotations

import asyncio
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from bot.storage import Storage
from tests.conftest import ROOT
from tests.e2e.fake_telegram import FakeTelegram
from tests.e2e.test_process import environment, wait_for_file

CHAT = 777


async def waiting_on_a_resolved_gap(database: Path) -> None:
    async with await Storage.open(database) as storage:
        question = await storage.record_question(
            "someone",
            "en",
            "who is answerable when a classroom robot misbehaves?",
            "unanswered",
            None,
            None,
        )
        assert await storage.subscribe(question, CHAT, "en")
        [gap] = await storage.gaps()
        await storage.resolve_gap(gap.id, "bc-07")


def sent_to_the_asker(fake: FakeTelegram) -> int:
    return sum(1 for c in fake.calls_to("sendMessage") if c.params.get("chat_id") == CHAT)


def start(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("a") as stderr:
        return subprocess.Popen(
            [sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env, stderr=stderr
        )


async def test_killed_while_sending_it_does_not_send_it_again(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    await waiting_on_a_resolved_gap(data / "bot.sqlite3")
    env = environment(fake, data, LOG_FORMAT="text", LOG_LEVEL="INFO", KNOWLEDGE_WATCH="off")
    log = tmp_path / "bot.log"
    fake.delays["sendMessage"] = 10.0  # Telegram is slow to accept it: the kill comes first
    first = start(env, log)
    try:
        await fake.wait_for("sendMessage", lambda p: p.get("chat_id") == CHAT, within=60)
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
    finally:
        if first.poll() is None:
            first.kill()
    assert sent_to_the_asker(fake) == 1
    fake.delays.clear()
    (data / "heartbeat").unlink(missing_ok=True)
    second = start(env, log)
    try:
        wait_for_file(data / "heartbeat", second)
        await asyncio.sleep(3)  # notifications due at start go out at once
        assert sent_to_the_asker(fake) == 1, log.read_text()[-2000:]
        second.send_signal(signal.SIGTERM)
        assert second.wait(timeout=30) == 0
    finally:
        if second.poll() is None:
            second.kill()
    with sqlite3.connect(data / "bot.sqlite3") as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        left = db.execute("SELECT chat_id FROM subscriptions").fetchall()
    assert left == []  # claimed, never confirmed: not sent again, and the chat id is gone
    assert "1 notifications were being sent when the bot last stopped; not sent again" in (
        log.read_text()
    )
