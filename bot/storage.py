"""Everything the bot remembers, in one SQLite file (aiosqlite, WAL mode).

Privacy by design: users are public officials, so we keep as little as we can. A user is known
only by a keyed hash of their Telegram id (HMAC-SHA256 with a secret from the configuration),
never by id, name or username. A chat id is stored only when someone asks to be notified about
their question, and only with that question. Question records older than the retention period
are deleted (``purge_older_than``).

The schema is versioned: ``MIGRATIONS[n]`` takes the database from version n to n+1, and all
pending migrations run at start-up inside one transaction each.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import aiosqlite

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE preferences (
        user_key TEXT PRIMARY KEY,
        language TEXT NOT NULL,
        updated_at REAL NOT NULL
    );
    CREATE TABLE questions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_key TEXT NOT NULL,
        language TEXT NOT NULL,
        text TEXT NOT NULL,
        outcome TEXT NOT NULL,
        best_entry TEXT,
        best_score REAL,
        asked_at REAL NOT NULL
    );
    CREATE INDEX questions_outcome ON questions (outcome, asked_at);
    CREATE TABLE feedback (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        question_id INTEGER REFERENCES questions (id) ON DELETE CASCADE,
        user_key TEXT NOT NULL,
        entry_id TEXT NOT NULL,
        helpful INTEGER NOT NULL,
        given_at REAL NOT NULL,
        UNIQUE (question_id, user_key, entry_id)
    );
    CREATE TABLE clarifications (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
        entry_id TEXT NOT NULL,
        chosen_at REAL NOT NULL
    );
    CREATE TABLE subscriptions (
        question_id INTEGER PRIMARY KEY REFERENCES questions (id) ON DELETE CASCADE,
        chat_id INTEGER NOT NULL,
        language TEXT NOT NULL,
        subscribed_at REAL NOT NULL,
        notified_at REAL
    );
    """,
)

# How long a write waits for another process (a CLI command, a backup) to release the file.
LOCK_TIMEOUT_SECONDS = 5.0


def user_key(secret: bytes, telegram_id: int) -> str:
    """The keyed hash that stands for a user: stable, and useless without the secret."""
    return hmac.new(secret, str(telegram_id).encode(), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class QuestionRecord:
    id: int
    language: str
    text: str
    outcome: str
    best_entry: str | None
    best_score: float | None
    asked_at: float


@dataclass(frozen=True)
class FeedbackRecord:
    question_id: int | None  # None: an entry opened from a link or a topic, not asked
    entry_id: str
    helpful: bool


@dataclass(frozen=True)
class Clarification:
    """The entry an asker chose among the candidates of "Did you mean…?"."""

    question_id: int
    entry_id: str


@dataclass(frozen=True)
class Subscription:
    """Someone waits to be told, in ``chat_id`` and in ``language``, that a question has an
    answer; the chat id is kept for this only."""

    question_id: int
    chat_id: int
    language: str


GAPS_SHOWN = 20  # how many unanswered questions /gaps and `python -m bot gaps` list


@dataclass(frozen=True)
class Gap:
    """A question the bot could not answer, with how often it was asked and who waits."""

    language: str
    text: str
    times: int
    waiting: int  # people who pressed "Notify me" and were not notified yet
    last_asked: float


class Storage:
    """The bot's one SQLite database. Use ``async with Storage.open(path) as storage``."""

    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._db = connection

    @classmethod
    async def open(cls, path: Path | str) -> Storage:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        connection = await aiosqlite.connect(str(path), timeout=LOCK_TIMEOUT_SECONDS)
        connection.row_factory = aiosqlite.Row
        storage = cls(connection)
        try:
            await connection.execute("PRAGMA journal_mode = WAL")
            await connection.execute("PRAGMA synchronous = NORMAL")
            await connection.execute("PRAGMA foreign_keys = ON")
            await storage.migrate()
        except BaseException:
            await connection.close()  # else aiosqlite's thread keeps the process alive
            raise
        return storage

    async def __aenter__(self) -> Storage:
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        await self._db.close()

    async def schema_version(self) -> int:
        async with self._db.execute("PRAGMA user_version") as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def migrate(self) -> None:
        """Run every migration the database has not had yet, each in its own transaction."""
        version = await self.schema_version()
        for number, script in enumerate(MIGRATIONS[version:], start=version):
            await self._db.executescript(
                f"BEGIN; {script}; PRAGMA user_version = {number + 1}; COMMIT;"
            )

    async def ping(self) -> None:
        """A round trip to the database, for the health check: raises if it cannot answer."""
        async with self._db.execute("SELECT 1") as cursor:
            await cursor.fetchone()

    async def journal_mode(self) -> str:
        async with self._db.execute("PRAGMA journal_mode") as cursor:
            row = await cursor.fetchone()
        return str(row[0]) if row else ""

    # Preferences

    async def language(self, key: str) -> str | None:
        async with self._db.execute(
            "SELECT language FROM preferences WHERE user_key = ?", (key,)
        ) as cursor:
            row = await cursor.fetchone()
        return str(row[0]) if row else None

    async def set_language(self, key: str, language: str) -> None:
        await self._db.execute(
            "INSERT INTO preferences (user_key, language, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (user_key) DO UPDATE SET language = excluded.language, "
            "updated_at = excluded.updated_at",
            (key, language, time.time()),
        )
        await self._db.commit()

    # Questions and what followed them

    async def record_question(
        self,
        key: str,
        language: str,
        text: str,
        outcome: str,
        best_entry: str | None,
        best_score: float | None,
    ) -> int:
        cursor = await self._db.execute(
            "INSERT INTO questions (user_key, language, text, outcome, best_entry, best_score, "
            "asked_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (key, language, text, outcome, best_entry, best_score, time.time()),
        )
        await self._db.commit()
        return int(cursor.lastrowid or 0)

    async def question(self, question_id: int) -> QuestionRecord | None:
        async with self._db.execute(
            "SELECT id, language, text, outcome, best_entry, best_score, asked_at "
            "FROM questions WHERE id = ?",
            (question_id,),
        ) as cursor:
            row = await cursor.fetchone()
        return QuestionRecord(*row) if row else None

    async def questions(self, outcome: str | None = None) -> list[QuestionRecord]:
        query = (
            "SELECT id, language, text, outcome, best_entry, best_score, asked_at FROM questions"
        )
        parameters: Sequence[str] = ()
        if outcome is not None:
            query += " WHERE outcome = ?"
            parameters = (outcome,)
        async with self._db.execute(query + " ORDER BY id", parameters) as cursor:
            return [QuestionRecord(*row) async for row in cursor]

    async def record_feedback(
        self, question_id: int | None, key: str, entry_id: str, helpful: bool
    ) -> None:
        """One opinion per user, question and entry: pressing again changes it."""
        await self._db.execute(
            "INSERT INTO feedback (question_id, user_key, entry_id, helpful, given_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (question_id, user_key, entry_id) "
            "DO UPDATE SET helpful = excluded.helpful, given_at = excluded.given_at",
            (question_id, key, entry_id, int(helpful), time.time()),
        )
        await self._db.commit()

    async def feedback(self) -> list[FeedbackRecord]:
        async with self._db.execute(
            "SELECT question_id, entry_id, helpful FROM feedback ORDER BY id"
        ) as cursor:
            return [FeedbackRecord(row[0], row[1], bool(row[2])) async for row in cursor]

    async def record_clarification(self, question_id: int, entry_id: str) -> None:
        await self._db.execute(
            "INSERT INTO clarifications (question_id, entry_id, chosen_at) VALUES (?, ?, ?)",
            (question_id, entry_id, time.time()),
        )
        await self._db.commit()

    async def clarifications(self) -> list[Clarification]:
        async with self._db.execute(
            "SELECT question_id, entry_id FROM clarifications ORDER BY id"
        ) as cursor:
            return [Clarification(*row) async for row in cursor]

    async def subscribe(self, question_id: int, chat_id: int, language: str) -> bool:
        """Keep a chat id for one unanswered question; False if the question is unknown."""
        if await self.question(question_id) is None:
            return False
        await self._db.execute(
            "INSERT INTO subscriptions (question_id, chat_id, language, subscribed_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (question_id) DO NOTHING",
            (question_id, chat_id, language, time.time()),
        )
        await self._db.commit()
        return True

    async def subscriptions(self) -> list[Subscription]:
        async with self._db.execute(
            "SELECT question_id, chat_id, language FROM subscriptions "
            "WHERE notified_at IS NULL ORDER BY question_id"
        ) as cursor:
            return [Subscription(*row) async for row in cursor]

    async def gaps(self, limit: int = GAPS_SHOWN) -> list[Gap]:
        """Unanswered questions, the most asked first: what editors should add next."""
        async with self._db.execute(
            "SELECT q.language, q.text, COUNT(*), COUNT(s.question_id), MAX(q.asked_at) "
            "FROM questions AS q LEFT JOIN subscriptions AS s "
            "ON s.question_id = q.id AND s.notified_at IS NULL "
            "WHERE q.outcome = 'unanswered' GROUP BY q.language, q.text "
            "ORDER BY COUNT(*) DESC, MAX(q.asked_at) DESC LIMIT ?",
            (limit,),
        ) as cursor:
            return [Gap(*row) async for row in cursor]

    async def purge_older_than(self, days: float) -> int:
        """Delete question records (and what hangs on them) older than ``days``."""
        cutoff = time.time() - days * 86400
        cursor = await self._db.execute("DELETE FROM questions WHERE asked_at < ?", (cutoff,))
        await self._db.execute(
            "DELETE FROM feedback WHERE question_id IS NULL AND given_at < ?", (cutoff,)
        )
        await self._db.commit()
        return cursor.rowcount
