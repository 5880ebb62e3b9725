"""``python -m bot run`` as an operator runs it: a real process, stopped by SIGTERM.

The process talks to the fake Bot API. It logs JSON at DEBUG, so that the HTTP client's request
lines (which carry the token in their URL) are there to be checked.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bot.failures import EXIT_TOKEN_REJECTED
from tests.conftest import ROOT
from tests.e2e.fake_telegram import TOKEN, FakeTelegram

SECRET = "process-test-secret-0123456789"


def environment(fake: FakeTelegram, data: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "SYSTEMROOT")}
    env.update(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=fake.base_url,
        USER_HASH_SECRET=SECRET,
        DATA_DIR=str(data),
        LOG_FORMAT="json",
        LOG_LEVEL="DEBUG",
    )
    env.update(extra)
    return env


def bot(*arguments: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def wait_for_file(path: Path, process: subprocess.Popen[Any], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if process.poll() is not None:
            raise AssertionError(f"the bot exited with {process.returncode}")
        if time.monotonic() > deadline:
            raise AssertionError(f"no {path} within {timeout}s")
        time.sleep(0.05)


async def test_sigterm_finishes_the_update_in_flight_closes_the_database_and_exits_0(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    env = environment(fake, tmp_path / "data")
    log_file = tmp_path / "bot.log"
    # Logs go to a file: a pipe nobody reads fills up and blocks the bot.
    with log_file.open("w") as stderr:
        process = subprocess.Popen(  # noqa: ASYNC220 (starting it is quick; it runs on its own)
            [sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env, stderr=stderr, text=True
        )
    try:
        wait_for_file(tmp_path / "data" / "heartbeat", process)
        health = bot("health", env=env)
        assert health.returncode == 0, health.stdout + health.stderr
        assert health.stdout.startswith("healthy: heartbeat")
        live = bot("backup", str(tmp_path / "live.sqlite3"), env=env)  # while the bot runs
        assert live.returncode == 0, live.stderr
        with sqlite3.connect(tmp_path / "live.sqlite3") as db:
            assert db.execute("SELECT COUNT(*) FROM questions").fetchone() == (0,)

        # Telegram is slow to accept the answer, so SIGTERM arrives while the update is being
        # handled: the answer is still on its way, and the bot waits for it before it stops.
        fake.delays["sendMessage"] = 1.5
        fake.send_text(fake.user(77, "en"), "can AI replace teachers?")
        action = await fake.wait_for("sendMessage")
        process.send_signal(signal.SIGTERM)
        signalled = time.time()
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    logs = log_file.read_text()
    assert process.returncode == 0, logs[-2000:]
    assert action.at < signalled
    answers = fake.calls_to("sendMessage")
    assert len(answers) == 1
    assert answers[0].status == 200  # Telegram answered it, after the signal
    assert "teachers cannot be displaced by machines" in answers[0].params["text"]

    # The database was closed cleanly: SQLite folds the WAL back in on the last close.
    assert not (tmp_path / "data" / "bot.sqlite3-wal").exists()
    with sqlite3.connect(tmp_path / "data" / "bot.sqlite3") as db:
        assert db.execute("SELECT outcome, best_entry FROM questions").fetchall() == [
            ("answer", "bc-12")
        ]
        assert db.execute("SELECT status FROM inbox").fetchall() == [("done",)]
    assert not (tmp_path / "data" / "heartbeat").exists()
    # A backup taken afterwards holds the question; one over an existing file is refused.
    copy = tmp_path / "copy.sqlite3"
    backup = bot("backup", str(copy), env=env)
    assert backup.returncode == 0, backup.stderr
    with sqlite3.connect(copy) as db:
        assert db.execute("SELECT best_entry FROM questions").fetchall() == [("bc-12",)]
    again = bot("backup", str(copy), env=env)
    assert again.returncode == 1
    assert "exists" in again.stderr
    unhealthy = bot("health", env=env)
    assert unhealthy.returncode == 1
    assert unhealthy.stdout.startswith("unhealthy: no heartbeat")

    records = [json.loads(line) for line in logs.splitlines() if line.startswith("{")]
    assert len(records) == len(logs.splitlines()), "every log line is one JSON object"
    events = [r["event"] for r in records]
    for event in ("started", "question", "signal", "stopping", "stopped"):
        assert event in events
    assert events.index("question") < events.index("signal") < events.index("stopped")
    (question,) = [r for r in records if r["event"] == "question"]
    assert (question["language"], question["outcome"], question["entry"]) == (
        "en",
        "answer",
        "bc-12",
    )
    assert question["level"] == "INFO"
    assert "teachers" not in question["message"]

    # The HTTP client's request lines are there (DEBUG), and the token is in none of them.
    assert any("HTTP Request: POST" in r["event"] and "getUpdates" in r["event"] for r in records)
    assert TOKEN not in logs
    assert TOKEN.split(":")[1] not in logs
    assert SECRET not in logs


def test_a_configuration_error_is_one_line_and_exit_2(fake: FakeTelegram, tmp_path: Path) -> None:
    result = bot("run", env=environment(fake, tmp_path, BOT_MODE="webhook"))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "error: WEBHOOK_URL is not set: in webhook mode it is the public https:// address "
        "that Telegram posts updates to"
    ]
    env = environment(fake, tmp_path)
    del env["USER_HASH_SECRET"]
    result = bot("run", env=env)
    assert result.returncode == 2
    assert result.stderr.startswith("error: USER_HASH_SECRET is not set")
    assert fake.calls == []  # nothing was sent to Telegram


def test_a_wrong_token_stops_with_one_line_and_exit_4(fake: FakeTelegram, tmp_path: Path) -> None:
    env = environment(fake, tmp_path, LOG_LEVEL="DEBUG")
    env["TELEGRAM_BOT_TOKEN"] = "999999:ThisTokenIsNotTheFakeServersOne"
    result = bot("run", env=env)
    assert result.returncode == EXIT_TOKEN_REJECTED
    # At DEBUG, aiosqlite's thread may log its close after the line: look for it, once.
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1
    assert errors[0].startswith("error: the Bot API rejected TELEGRAM_BOT_TOKEN (Unauthorized)")
    assert "Traceback" not in result.stderr
    assert "ThisTokenIsNotTheFakeServersOne" not in result.stderr
