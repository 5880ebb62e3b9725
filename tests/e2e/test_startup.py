"""Start-up failures an operator can cause or meet: one line naming the cause, a known exit code.

Each runs ``python -m bot run`` as a real process (the exit code and standard error are what an
orchestrator sees). Also: SIGHUP reloads the knowledge and never ends the process.
"""

from __future__ import annotations

import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.failures import EXIT_DATA, EXIT_KNOWLEDGE, EXIT_PORT, EXIT_TELEGRAM_UNREACHABLE
from tests.conftest import KNOWLEDGE_DIR, ROOT
from tests.e2e.fake_telegram import FakeTelegram
from tests.e2e.test_process import bot, environment, wait_for_file


def one_error_line(result: subprocess.CompletedProcess[str], starts: str) -> str:
    """The last line says what is wrong; there is no traceback and no other error line."""
    lines = result.stderr.strip().splitlines()
    assert lines, "nothing on standard error"
    assert lines[-1].startswith("error: " + starts), lines[-1]
    assert [line for line in lines if line.startswith("error:")] == [lines[-1]]
    assert "Traceback" not in result.stderr
    return lines[-1]


def test_an_unreachable_bot_api_is_retried_then_one_line(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    with socket.socket() as closed:  # a port nothing listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    env = environment(fake, tmp_path, LOG_FORMAT="text", LOG_LEVEL="INFO")
    env.update(TELEGRAM_API_BASE_URL=f"http://127.0.0.1:{port}/bot", STARTUP_WAIT_SECONDS="2.5")
    result = bot("run", env=env)
    assert result.returncode == EXIT_TELEGRAM_UNREACHABLE
    one_error_line(result, "the Bot API at TELEGRAM_API_BASE_URL did not answer in 2.5 s")
    assert result.stderr.count("retrying in") >= 2  # each try is logged


def test_a_data_dir_that_is_not_writable_is_one_line(fake: FakeTelegram, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    result = bot(
        "run", env=environment(fake, blocker / "data", LOG_FORMAT="text", LOG_LEVEL="INFO")
    )
    assert result.returncode == EXIT_DATA
    one_error_line(result, f"DATA_DIR {blocker / 'data'} is not a writable directory")


def test_a_missing_knowledge_dir_is_the_problem_then_one_line(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    env = environment(fake, tmp_path, LOG_FORMAT="text", LOG_LEVEL="INFO", KNOWLEDGE_DIR="/nope")
    result = bot("run", env=env)
    assert result.returncode == EXIT_KNOWLEDGE
    assert result.stdout.splitlines() == ["/nope:0: -: -: no such directory"]
    one_error_line(result, "1 problem in the knowledge directory /nope (KNOWLEDGE_DIR)")


def test_an_invalid_knowledge_dir_lists_its_problems_then_one_line(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    knowledge = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE_DIR, knowledge)
    (knowledge / "broken.yaml").write_text("entries:\n  - id: Not An Id\n", encoding="utf-8")
    env = environment(
        fake, tmp_path / "data", LOG_FORMAT="text", LOG_LEVEL="INFO", KNOWLEDGE_DIR=str(knowledge)
    )
    result = bot("run", env=env)
    assert result.returncode == EXIT_KNOWLEDGE
    problems = result.stdout.splitlines()
    assert problems
    assert all("broken.yaml:" in line for line in problems)
    one_error_line(result, f"{len(problems)} problem")


def test_a_corrupt_database_is_one_line(fake: FakeTelegram, tmp_path: Path) -> None:
    (tmp_path / "bot.sqlite3").write_bytes(b"this is not an SQLite database" * 100)
    result = bot("run", env=environment(fake, tmp_path, LOG_FORMAT="text", LOG_LEVEL="INFO"))
    assert result.returncode == EXIT_DATA
    one_error_line(result, f"the database {tmp_path / 'bot.sqlite3'} is corrupt")


def test_a_locked_database_is_one_line(fake: FakeTelegram, tmp_path: Path) -> None:
    holder = sqlite3.connect(tmp_path / "bot.sqlite3", isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        result = bot("run", env=environment(fake, tmp_path, LOG_FORMAT="text", LOG_LEVEL="INFO"))
    finally:
        holder.close()
    assert result.returncode == EXIT_DATA
    one_error_line(result, f"the database {tmp_path / 'bot.sqlite3'} is locked")


def test_a_webhook_port_in_use_is_one_line(fake: FakeTelegram, tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = environment(
            fake,
            tmp_path,
            LOG_FORMAT="text",
            LOG_LEVEL="INFO",
            BOT_MODE="webhook",
            WEBHOOK_URL="https://bot.example.org/telegram",
            WEBHOOK_SECRET="a-webhook-secret-of-enough-length",
            LISTEN_HOST="127.0.0.1",
            PORT=str(port),
        )
        result = bot("run", env=env)
    assert result.returncode == EXIT_PORT
    one_error_line(result, f"PORT {port} on LISTEN_HOST 127.0.0.1 is in use")


@pytest.mark.parametrize("broken", [False, True], ids=["sound", "broken"])
def test_sighup_reloads_the_knowledge_and_never_ends_the_process(
    fake: FakeTelegram, tmp_path: Path, broken: bool
) -> None:
    knowledge = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE_DIR, knowledge)
    env = environment(
        fake, tmp_path / "data", LOG_FORMAT="text", LOG_LEVEL="INFO", KNOWLEDGE_DIR=str(knowledge)
    )
    log_file = tmp_path / "bot.log"
    with log_file.open("w") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env, stderr=stderr
        )
    try:
        wait_for_file(tmp_path / "data" / "heartbeat", process)
        if broken:
            (knowledge / "broken.yaml").write_text("entries: [", encoding="utf-8")
        process.send_signal(signal.SIGHUP)
        expected = "knowledge reload refused" if broken else "knowledge reloaded"
        deadline = time.monotonic() + 30
        while expected not in log_file.read_text() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert expected in log_file.read_text()
        assert process.poll() is None, "SIGHUP ended the bot"
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
