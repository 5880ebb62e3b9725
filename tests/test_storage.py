"""The SQLite storage: WAL, migrations, privacy, retention."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from pathlib import Path

from bot.storage import MIGRATIONS, Clarification, FeedbackRecord, Storage, Subscription, user_key


async def test_wal_mode_and_migrations_to_the_latest_version(tmp_path: Path) -> None:
    path = tmp_path / "data" / "bot.sqlite3"
    async with await Storage.open(path) as storage:
        assert await storage.journal_mode() == "wal"
        assert await storage.schema_version() == len(MIGRATIONS)
    async with await Storage.open(path) as storage:  # opening again migrates nothing
        assert await storage.schema_version() == len(MIGRATIONS)
    tables = {
        row[0]
        for row in sqlite3.connect(path).execute(
            "SELECT name FROM sqlite_master WHERE type='table'"
        )
    }
    assert {"preferences", "questions", "feedback", "clarifications", "subscriptions"} <= tables


def test_users_are_keyed_hashes() -> None:
    key = user_key(b"secret one, long enough", 123456789)
    assert key == user_key(b"secret one, long enough", 123456789)
    assert key != user_key(b"secret two, long enough", 123456789)
    assert "123456789" not in key
    assert len(key) == 64


async def test_records_and_what_follows_them(tmp_path: Path) -> None:
    async with await Storage.open(tmp_path / "bot.sqlite3") as storage:
        question = await storage.record_question(
            "k", "fr", "les profs et l'IA", "clarify", "bc-13", 0.5
        )
        await storage.record_clarification(question, "bc-12")
        await storage.record_feedback(question, "k", "bc-12", True)
        await storage.record_feedback(question, "k", "bc-12", False)  # changing one's mind
        assert await storage.clarifications() == [Clarification(question, "bc-12")]
        assert await storage.feedback() == [FeedbackRecord(question, "bc-12", False)]
        assert await storage.subscribe(question, 42, "fr") is True
        assert await storage.subscribe(999, 42, "fr") is False
        assert await storage.subscriptions() == [Subscription(question, 42, "fr")]
        await storage.set_language("k", "ar")
        await storage.set_language("k", "zh")
        assert await storage.language("k") == "zh"


async def test_question_records_older_than_the_retention_are_deleted(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    async with await Storage.open(path) as storage:
        old = await storage.record_question("k", "en", "old", "unanswered", None, None)
        await storage.subscribe(old, 7, "en")
        new = await storage.record_question("k", "en", "new", "unanswered", None, None)
    with sqlite3.connect(path) as db:
        db.execute(
            "UPDATE questions SET asked_at = ? WHERE id = ?", (time.time() - 40 * 86400, old)
        )
    async with await Storage.open(path) as storage:
        assert await storage.purge_older_than(30) == 1
        assert [q.id for q in await storage.questions()] == [new]
        assert await storage.subscriptions() == []  # the chat id went with its question


async def test_the_same_question_asked_by_many_at_once_joins_one_gap(tmp_path: Path) -> None:
    """Updates are handled concurrently; joining a gap reads the open gaps and then writes, over
    several awaits, so the storage lets one question at a time do it."""
    async with await Storage.open(tmp_path / "bot.sqlite3") as storage:
        ids = await asyncio.gather(
            *(
                storage.record_question(
                    f"user-{n}", "en", "visa for a conference", "unanswered", None, None
                )
                for n in range(8)
            )
        )
        first = await storage.record_question(
            "user-9", "en", "rain in Paris", "answered", None, None
        )
        await asyncio.gather(*(storage.mark_unmet(first) for _ in range(3)))
        gaps = await storage.gaps(limit=None)
    assert len(set(ids)) == 8
    assert sorted(gap.count for gap in gaps) == [1, 8]


async def test_a_question_joins_the_gap_the_grouping_rule_names(tmp_path: Path) -> None:
    """The database looks only at questions that can be the same need; the gaps must be those
    of the rule applied to every open gap's questions."""
    import random

    from bot.editors.grouping import Asked, find_gap

    rng = random.Random(7)
    entries = [f"bc-{n:02d}" for n in range(1, 9)]
    words = ["ai", "teachers", "data", "ethics", "exams", "weather", "visa", "sport"]
    expected: dict[int, list[Asked]] = {}  # gap number in order of creation -> its questions
    async with await Storage.open(tmp_path / "bot.sqlite3") as storage:
        for n in range(300):
            language = rng.choice(["en", "fr", "es", "ar"])
            text = " ".join(rng.sample(words, 3))
            nearest = tuple(rng.sample(entries, rng.choice([0, 1, 2, 3])))
            asked = Asked(language, text, nearest)
            found = find_gap(
                asked, [(gap, list(reversed(qs))) for gap, qs in sorted(expected.items())]
            )
            if found is None:
                found = len(expected) + 1
            expected.setdefault(found, []).append(asked)
            await storage.record_question(
                f"user-{n}", language, text, "unanswered", None, None, nearest
            )
        gaps = {gap.id: gap.count for gap in await storage.gaps(limit=None)}
    assert gaps == {gap: len(questions) for gap, questions in expected.items()}
