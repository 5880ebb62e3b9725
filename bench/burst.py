"""Bursts and floods through the fake Bot API: ``python -m bench.burst`` (part of ``make bench``).

Each scenario runs ``python -m bot run``, a real process, against the fake Bot API of the tests
(``tests/e2e/fake_telegram.py``, on 127.0.0.1), on a fresh data directory:

- **burst, Telegram's limits**: 2,000 updates from 500 people in the six languages (four
  questions each, from the evaluation set), all waiting at once, with ``MESSAGES_PER_SECOND=30``
  as Telegram allows. The target is the limit held: ~30 messages a second, 2,000 in ≤ 70 s.
- **burst, no limiter**: the same with ``MESSAGES_PER_SECOND=0``: what the bot itself can do
  (target ≥ 300 updates a second).
- **flood**: 100 people ask one question each, one every 0.1 s, with Telegram's limits; once
  alone, once while five people send 200 messages each as fast as they can. Their p99 wait
  should not change.

Checked in every scenario: exactly one reply per update and one record per question (or the
flood's one slow-down per flooder), nothing left in the inbox, no "database is locked" in the
log, ``PRAGMA integrity_check``. Reported: updates a second (from the first update waiting to
the last reply sent), p50/p99 of the wait (an update waiting → its reply reaching Telegram),
the bot's peak memory (VmHWM, with its matching process's added).

The questions are the evaluation set's, kept when the conversation answers them with one
message and records them (no small talk, no paragraph reference), checked offline first.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.chat.conversation import Conversation
from bot.chat.replies import Person
from bot.config import DEFAULT_EVAL_DIR, knowledge_dir
from bot.editors.replay import load_cases
from bot.knowledge.loader import load_knowledge
from bot.languages import LANGUAGES
from bot.live import Live
from bot.matching.matcher import Matcher
from bot.storage import Storage
from tests.e2e.fake_telegram import TOKEN, FakeTelegram

ROOT = Path(__file__).resolve().parent.parent
SECRET = "bench-burst-secret-0123456789"


@dataclass
class Result:
    name: str
    updates: int
    seconds: float
    waits: list[float]
    peak_mb: float

    @property
    def rate(self) -> float:
        return self.updates / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        ordered = sorted(self.waits)
        return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))] if ordered else 0.0


async def question_pool() -> tuple[dict[str, list[str]], float]:
    """Per language, evaluation questions the conversation records and answers in one message;
    and the share of them that are unanswered."""
    matcher = Matcher(load_knowledge(knowledge_dir()))
    storage = await Storage.open(":memory:")
    conversation = Conversation(Live(matcher), storage, bot_username="policy_test_bot")
    pool: dict[str, list[str]] = {language: [] for language in LANGUAGES}
    recorded = 0
    unanswered = 0
    for case in load_cases(DEFAULT_EVAL_DIR):
        if case.language not in pool:
            continue
        person = Person(key="bench", chat_id=1, telegram_language=case.language, private=True)
        replies = await conversation.question(person, case.question)
        questions = await storage.questions()
        if len(replies) == 1 and len(questions) == recorded + 1:
            pool[case.language].append(case.question)
            unanswered += questions[-1].outcome == "unanswered"
        recorded = len(questions)
    await storage.close()
    return pool, unanswered / max(sum(map(len, pool.values())), 1)


class Bot:
    """``python -m bot run`` against the fake, on a fresh data directory."""

    def __init__(self, fake: FakeTelegram, directory: Path, **env: str) -> None:
        self.data = directory / "data"
        self.log = directory / "bot.log"
        environment = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG")}
        environment.update(
            TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_API_BASE_URL=fake.base_url,
            USER_HASH_SECRET=SECRET,
            DATA_DIR=str(self.data),
            LOG_FORMAT="json",
            LOG_LEVEL="INFO",
            KNOWLEDGE_WATCH="off",
            **env,
        )
        with self.log.open("w") as stderr:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "bot", "run"], cwd=ROOT, env=environment, stderr=stderr
            )
        deadline = time.monotonic() + 60
        while not (self.data / "heartbeat").exists():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the bot did not start:\n{self.log.read_text()[-2000:]}")
            time.sleep(0.05)

    def peak_mb(self) -> float:
        """The peak resident sets of the bot and of its child processes (the matching process,
        multiprocessing's resource tracker) added up: pages they share are counted twice."""
        pids = [self.process.pid]
        for children in Path(f"/proc/{self.process.pid}/task").glob("*/children"):
            pids += [int(pid) for pid in children.read_text().split()]
        return sum(_peak_mb(pid) for pid in pids)

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        if self.process.wait(timeout=60) != 0:
            raise SystemExit(f"the bot exited with {self.process.returncode}")

    def check(self, questions: int) -> None:
        """One record per question, the inbox empty, the database sound, no lock errors."""
        with sqlite3.connect(self.data / "bot.sqlite3") as db:
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            recorded = db.execute("SELECT COUNT(*) FROM questions").fetchone()[0]
            left = db.execute("SELECT COUNT(*) FROM inbox WHERE status NOT IN ('done')").fetchone()[
                0
            ]
        assert recorded == questions, f"{recorded} records for {questions} questions"
        assert left == 0, f"{left} updates not done"
        assert "database is locked" not in self.log.read_text()


def _peak_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status")
    for line in status.read_text().splitlines() if status.exists() else []:
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def wait_for(condition: Any, within: float, what: str) -> None:
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


def waits(fake: FakeTelegram, sent: dict[int, list[int]]) -> list[float]:
    """Per update, the time from it waiting to its reply reaching the fake (a person's replies
    come in the order of their updates, one each)."""
    replies: dict[int, list[float]] = {}
    for call in fake.accepted():
        replies.setdefault(int(call.params["chat_id"]), []).append(call.at)
    found = []
    for chat, update_ids in sent.items():
        got = replies.get(chat, [])
        assert len(got) == len(update_ids), f"chat {chat}: {len(got)} replies, {len(update_ids)}"
        found += [at - fake.pushed_at[u] for u, at in zip(update_ids, got, strict=True)]
    return found


async def burst(
    pool: dict[str, list[str]], users: int, per_user: int, per_second: str, name: str
) -> Result:
    fake = FakeTelegram()
    fake.start()
    with tempfile.TemporaryDirectory() as directory:
        bot = Bot(fake, Path(directory), MESSAGES_PER_SECOND=per_second)
        try:
            people = [fake.user(100_000 + n, LANGUAGES[n % len(LANGUAGES)]) for n in range(users)]
            updates = []
            for round_ in range(per_user):
                for n, person in enumerate(people):
                    questions = pool[person["language_code"]]
                    text = questions[(n * per_user + round_) % len(questions)]
                    updates.append((person["id"], fake.message(person, text)))
            ids = fake.push_many([update for _, update in updates])
            began = min(fake.pushed_at[i] for i in ids)
            total = len(ids)
            await wait_for(lambda: len(fake.accepted()) >= total, 300, f"{total} replies")
            await asyncio.sleep(1.0)  # nothing more should come
            peak = bot.peak_mb()
        finally:
            bot.stop()
            fake.stop()
        sent: dict[int, list[int]] = {}
        for (chat, _), update_id in zip(updates, ids, strict=True):
            sent.setdefault(chat, []).append(update_id)
        found = waits(fake, sent)
        last = max(call.at for call in fake.accepted())
        bot.check(total)
    return Result(name, total, last - began, found, peak)


async def flood(pool: dict[str, list[str]], flooders: int, per_flooder: int) -> Result:
    """100 people one question each, 10 a second; ``flooders`` people flood meanwhile."""
    fake = FakeTelegram()
    fake.start()
    others = [fake.user(200_000 + n, LANGUAGES[n % len(LANGUAGES)]) for n in range(100)]
    name = f"{len(others)} people, 10/s" + (
        f", {flooders} flooding {per_flooder} each" if flooders else ", no flood"
    )
    with tempfile.TemporaryDirectory() as directory:
        bot = Bot(fake, Path(directory), MESSAGES_PER_SECOND="30")
        try:
            crowd = [fake.user(300_000 + n, "en") for n in range(flooders)]
            if crowd:
                messages = [
                    fake.message(person, pool["en"][k % len(pool["en"])])
                    for k in range(per_flooder)
                    for person in crowd
                ]
                fake.push_many(messages)
            sent: dict[int, list[int]] = {}
            for n, person in enumerate(others):
                text = pool[person["language_code"]][n % len(pool[person["language_code"]])]
                sent[person["id"]] = [fake.push_raw(fake.message(person, text))]
                await asyncio.sleep(0.1)
            await wait_for(
                lambda: all(fake.accepted(chat_id=chat) for chat in sent), 120, "the others"
            )
            limit = 20  # USER_QUESTIONS_PER_MINUTE's default, and one slow-down each
            await wait_for(
                lambda: all(len(fake.accepted(chat_id=p["id"])) >= limit + 1 for p in crowd),
                120,
                "the flooders' answers",
            )
            await asyncio.sleep(1.0)
            peak = bot.peak_mb()
        finally:
            bot.stop()
            fake.stop()
        for person in crowd:
            got = len(fake.accepted(chat_id=person["id"]))
            assert got == limit + 1, f"a flooder got {got} messages"
        found = waits(fake, sent)
        bot.check(len(others) + limit * len(crowd))
    return Result(name, len(others), 0.0, found, peak)


def line(result: Result) -> str:
    rate = f"{result.rate:.0f}" if result.seconds else "-"
    took = f"{result.seconds:.1f}" if result.seconds else "-"
    return (
        f"| {result.name} | {result.updates} | {took} | {rate} | "
        f"{result.percentile(0.5) * 1000:.0f} | {result.percentile(0.99) * 1000:.0f} | "
        f"{result.peak_mb:.0f} |"
    )


async def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.burst", description=__doc__)
    parser.add_argument("--users", type=int, default=500)
    parser.add_argument("--per-user", type=int, default=4)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args(argv)
    pool, unanswered = await question_pool()
    count = args.users * args.per_user
    results = [
        await burst(pool, args.users, args.per_user, "30", f"burst of {count}, 30 msg/s"),
        await burst(pool, args.users, args.per_user, "0", f"burst of {count}, no limiter"),
        await flood(pool, 0, 0),
        await flood(pool, 5, 200),
    ]
    print("| scenario | updates | seconds | updates/s | p50 wait ms | p99 wait ms | peak MB |")
    print("|---|---|---|---|---|---|---|")
    for result in results:
        print(line(result))
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "scenario": r.name,
                        "updates": r.updates,
                        "seconds": round(r.seconds, 2),
                        "p50_ms": round(r.percentile(0.5) * 1000),
                        "p99_ms": round(r.percentile(0.99) * 1000),
                        "peak_mb": round(r.peak_mb),
                    }
                    for r in results
                ]
            )
        )
    per_language = statistics.mean(map(len, pool.values()))
    print(
        "checked: one reply per update, one record per question, the inbox empty, no lock "
        f"errors, integrity_check ok. Questions: {per_language:.0f} per language, "
        f"{unanswered:.0%} of them unanswered."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
