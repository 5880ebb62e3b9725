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

import asyncio
import contextlib
import hashlib
import hmac
import os
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

import aiosqlite

from bot.editors.grouping import Asked, find_gap

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
    # 2: the editors' loop. A gap groups unanswered questions that mean the same thing; resolving
    # it links it to an entry and turns its questions into learned questions of that entry; the
    # people waiting on it are then notified once (claimed before sending, so never twice).
    """
    CREATE TABLE gaps (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'resolved', 'ignored')),
        suggested TEXT,
        entry_id TEXT,
        created_at REAL NOT NULL,
        resolved_at REAL
    );
    ALTER TABLE questions ADD COLUMN gap_id INTEGER REFERENCES gaps (id) ON DELETE SET NULL;
    ALTER TABLE questions ADD COLUMN nearest TEXT NOT NULL DEFAULT '';
    CREATE INDEX questions_gap ON questions (gap_id);
    CREATE TABLE learned (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        entry_id TEXT NOT NULL,
        language TEXT NOT NULL,
        text TEXT NOT NULL,
        gap_id INTEGER,
        added_at REAL NOT NULL,
        UNIQUE (entry_id, language, text)
    );
    ALTER TABLE subscriptions ADD COLUMN claimed_at REAL;
    ALTER TABLE subscriptions ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
    INSERT INTO counters (name, value) VALUES ('learned', 0);
    """,
    # 3: the inbox (bot/inbox.py). Each update is written here before Telegram is told it arrived
    # (the next getUpdates offset, or the webhook's 200), then handled from here: ``effects``
    # counts the calls to Telegram begun for it and ``outbox`` holds the messages its reply still
    # has to send, so that after a kill nothing is lost and nothing is sent twice. One row per
    # (source, update_id): an update delivered again is a no-op. ``inbox_sources`` keeps, per
    # source, the newest update accepted and the newest whose row was purged once handled.
    """
    CREATE TABLE inbox (
        source TEXT NOT NULL,
        update_id INTEGER NOT NULL,
        payload TEXT,
        status TEXT NOT NULL DEFAULT 'pending'
            CHECK (status IN ('pending', 'handling', 'done', 'failed', 'dropped')),
        attempts INTEGER NOT NULL DEFAULT 0,
        effects INTEGER NOT NULL DEFAULT 0,
        outbox TEXT,
        outbox_base INTEGER NOT NULL DEFAULT 0,
        error TEXT,
        received_at REAL NOT NULL,
        finished_at REAL,
        PRIMARY KEY (source, update_id)
    ) WITHOUT ROWID;
    CREATE INDEX inbox_status ON inbox (status, finished_at);
    CREATE TABLE inbox_sources (
        source TEXT PRIMARY KEY,
        last_update_id INTEGER NOT NULL,
        purged_through INTEGER NOT NULL DEFAULT 0
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
class Asker:
    """Who asked a question (their keyed hash) and what came of it: what the conversation checks
    a button that names the question against, so that only the asker can press it."""

    user_key: str
    outcome: str
    nearest: tuple[str, ...]  # the entries that came close, the choices of "Did you mean…?"
    gap_id: int | None
    language: str  # the question's, which the replies to its buttons are written in


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
    """Unanswered questions that mean the same thing, across wordings and languages."""

    id: int
    status: str  # new, resolved (linked to entry_id) or ignored
    count: int  # how many times it was asked
    languages: tuple[str, ...]
    examples: tuple[str, ...]  # distinct questions, normalised as stored, most recent first
    suggested: str | None  # the entry that came closest
    entry_id: str | None  # the entry it was linked to, once resolved
    waiting: int  # people who pressed "Notify me" and were not notified yet
    first_asked: float
    last_asked: float


@dataclass(frozen=True)
class LearnedQuestion:
    """A user's question an editor linked to an entry: matched like the entry's own questions,
    kept in the database, never written into the curated files."""

    id: int
    entry_id: str
    language: str
    text: str
    gap_id: int | None
    added_at: float


@dataclass(frozen=True)
class Notification:
    """Someone waits to be told that their question, in a now resolved gap, has an answer."""

    question_id: int
    chat_id: int
    language: str  # the interface language when they asked to be notified
    entry_id: str
    attempts: int  # sends tried so far
    question_language: str
    question_text: str


GAP_STATUSES = ("new", "resolved", "ignored")
EXAMPLES_SHOWN = 5


INBOX_STATUSES = ("pending", "handling", "done", "failed", "dropped")
_INBOX_COLUMNS = (
    "source, update_id, payload, status, attempts, effects, outbox, outbox_base, error, "
    "received_at, finished_at"
)


@dataclass(frozen=True)
class InboxItem:
    """One update in the inbox: as Telegram sent it, and how far its handling went."""

    source: str  # polling or webhook
    update_id: int
    payload: str | None  # the update's JSON; kept only until handled (or while set aside)
    status: str  # one of INBOX_STATUSES
    attempts: int  # times its handling began
    effects: int  # calls to Telegram begun for it (typing aside)
    outbox: str | None  # JSON list of the messages its reply was sending
    outbox_base: int  # effects before the outbox's first message
    error: str | None  # why it failed or was dropped
    received_at: float
    finished_at: float | None


def _join_gap(connection: sqlite3.Connection, question_id: int) -> int:
    """Put a question into the open gap of the same need, or a new one (no commit; on the
    database's thread, inside one ``Storage._in_thread`` call)."""
    row = connection.execute(
        "SELECT language, text, nearest FROM questions WHERE id = ?", (question_id,)
    ).fetchone()
    asked = Asked(row[0], row[1], tuple(row[2].split()))
    open_gaps: dict[int, list[Asked]] = {}
    # Only the questions that can be the same need (``same_need``: the same text, the same
    # language, or the same nearest entry), so that a long list of open gaps costs little.
    first = asked.nearest[0] if len(asked.nearest) >= 2 else None
    for gap_id, language, text, nearest in connection.execute(
        "SELECT q.gap_id, q.language, q.text, q.nearest FROM questions AS q "
        "JOIN gaps AS g ON g.id = q.gap_id WHERE g.status = 'new' "
        "AND (q.text = ? OR q.language = ? OR (? IS NOT NULL AND "
        "(q.nearest = ? OR substr(q.nearest, 1, length(?) + 1) = ? || ' '))) "
        "ORDER BY q.gap_id, q.id DESC",
        (asked.text, asked.language, first, first, first, first),
    ):
        open_gaps.setdefault(gap_id, []).append(Asked(language, text, tuple(nearest.split())))
    gap_id = find_gap(asked, open_gaps.items())
    if gap_id is None:
        suggested = asked.nearest[0] if asked.nearest else None
        cursor = connection.execute(
            "INSERT INTO gaps (suggested, created_at) VALUES (?, ?)", (suggested, time.time())
        )
        gap_id = int(cursor.lastrowid or 0)
    connection.execute("UPDATE questions SET gap_id = ? WHERE id = ?", (gap_id, question_id))
    return gap_id


T = TypeVar("T")


class Storage:
    """The bot's one SQLite database. Use ``async with Storage.open(path) as storage``."""

    def __init__(self, connection: aiosqlite.Connection, path: Path | None = None) -> None:
        self._db = connection
        # The file, for readers of their own (the editors' figures read it read-only, in a
        # thread); None for a database in memory.
        self.path = path

    @classmethod
    async def open(cls, path: Path | str) -> Storage:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        connection = await aiosqlite.connect(str(path), timeout=LOCK_TIMEOUT_SECONDS)
        connection.row_factory = aiosqlite.Row
        storage = cls(connection, None if str(path) == ":memory:" else Path(path))
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

    async def _rows(self, query: str, parameters: Sequence[Any] = ()) -> list[sqlite3.Row]:
        """All the rows of a query in one trip to aiosqlite's thread (a cursor takes three:
        execute, fetch, close; why trips count: ``_in_thread``)."""
        return list(await self._db.execute_fetchall(query, parameters))

    async def language(self, key: str) -> str | None:
        rows = await self._rows("SELECT language FROM preferences WHERE user_key = ?", (key,))
        return str(rows[0][0]) if rows else None

    async def set_language(self, key: str, language: str) -> None:
        await self._commit(
            "INSERT INTO preferences (user_key, language, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (user_key) DO UPDATE SET language = excluded.language, "
            "updated_at = excluded.updated_at",
            (key, language, time.time()),
        )

    # Questions and what followed them

    async def record_question(
        self,
        key: str,
        language: str,
        text: str,
        outcome: str,
        best_entry: str | None,
        best_score: float | None,
        nearest: Sequence[str] = (),
    ) -> int:
        """Record a question; an unanswered one joins (or opens) the gap of its need."""
        row = (key, language, text, outcome, best_entry, best_score, time.time(), " ".join(nearest))

        def record(connection: sqlite3.Connection) -> int:
            cursor = connection.execute(
                "INSERT INTO questions (user_key, language, text, outcome, best_entry, "
                "best_score, asked_at, nearest) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                row,
            )
            question_id = int(cursor.lastrowid or 0)
            if outcome == "unanswered":
                _join_gap(connection, question_id)
            connection.commit()
            return question_id

        return await self._in_thread(record)

    async def mark_unmet(self, question_id: int) -> bool:
        """The asker said the answers did not meet the need ("None of these", 👎): the
        question joins a gap. False if the question is unknown."""

        def mark(connection: sqlite3.Connection) -> bool:
            row = connection.execute(
                "SELECT gap_id FROM questions WHERE id = ?", (question_id,)
            ).fetchone()
            if row is None:
                return False
            if row[0] is None:
                _join_gap(connection, question_id)
                connection.commit()
            return True

        return await self._in_thread(mark)

    async def _in_thread(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``work`` with the connection on the database's own thread, in one trip.

        aiosqlite runs each call on its one thread, a trip each: a statement and its commit are
        two, a cursor's read three. Under a burst every trip waits for that thread to get
        Python's lock back from the event loop (up to its 5 ms switch interval), and an update
        made a dozen: the statements on every update's way go as one function each instead.
        It also makes each one whole: nothing of another call comes between its statements
        (two people asking the same thing at once join one gap). aiosqlite has no public call
        for it; ``Connection._execute`` is how its own methods reach the thread.
        """
        result: T = await self._db._execute(work, self._db._conn)  # type: ignore[no-untyped-call]
        return result

    async def _commit(self, query: str, parameters: Sequence[Any] = ()) -> int:
        """One statement and its commit, in one trip (``_in_thread``); the rows it changed."""

        def write(connection: sqlite3.Connection) -> int:
            changed = connection.execute(query, parameters).rowcount
            connection.commit()
            return changed

        return await self._in_thread(write)

    async def question(self, question_id: int) -> QuestionRecord | None:
        async with self._db.execute(
            "SELECT id, language, text, outcome, best_entry, best_score, asked_at "
            "FROM questions WHERE id = ?",
            (question_id,),
        ) as cursor:
            row = await cursor.fetchone()
        return QuestionRecord(*row) if row else None

    async def asker(self, question_id: int) -> Asker | None:
        """Who asked a question, or None if there is no such question (any more)."""
        async with self._db.execute(
            "SELECT user_key, outcome, nearest, gap_id, language FROM questions WHERE id = ?",
            (question_id,),
        ) as cursor:
            row = await cursor.fetchone()
        if row is None:
            return None
        return Asker(row[0], row[1], tuple(row[2].split()), row[3], row[4])

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
        await self._commit(
            "INSERT INTO feedback (question_id, user_key, entry_id, helpful, given_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (question_id, user_key, entry_id) "
            "DO UPDATE SET helpful = excluded.helpful, given_at = excluded.given_at",
            (question_id, key, entry_id, int(helpful), time.time()),
        )

    async def feedback(self) -> list[FeedbackRecord]:
        async with self._db.execute(
            "SELECT question_id, entry_id, helpful FROM feedback ORDER BY id"
        ) as cursor:
            return [FeedbackRecord(row[0], row[1], bool(row[2])) async for row in cursor]

    async def record_clarification(self, question_id: int, entry_id: str) -> None:
        await self._commit(
            "INSERT INTO clarifications (question_id, entry_id, chosen_at) VALUES (?, ?, ?)",
            (question_id, entry_id, time.time()),
        )

    async def clarifications(self) -> list[Clarification]:
        async with self._db.execute(
            "SELECT question_id, entry_id FROM clarifications ORDER BY id"
        ) as cursor:
            return [Clarification(*row) async for row in cursor]

    async def subscribe(self, question_id: int, chat_id: int, language: str) -> bool:
        """Keep a chat id for one unanswered question; False if the question is unknown."""
        if await self.question(question_id) is None:
            return False
        await self._commit(
            "INSERT INTO subscriptions (question_id, chat_id, language, subscribed_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (question_id) DO NOTHING",
            (question_id, chat_id, language, time.time()),
        )
        return True

    async def subscriptions(self) -> list[Subscription]:
        async with self._db.execute(
            "SELECT question_id, chat_id, language FROM subscriptions "
            "WHERE notified_at IS NULL ORDER BY question_id"
        ) as cursor:
            return [Subscription(*row) async for row in cursor]

    # Gaps

    async def gaps(
        self,
        status: str | None = "new",
        language: str | None = None,
        limit: int | None = GAPS_SHOWN,
    ) -> list[Gap]:
        """Gaps, the most asked first (then the most recent): what editors should add next."""
        conditions, parameters = [], []
        if status is not None:
            conditions.append("g.status = ?")
            parameters.append(status)
        if language is not None:
            conditions.append("g.id IN (SELECT gap_id FROM questions WHERE language = ?)")
            parameters.append(language)
        where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        query = (
            "SELECT g.id FROM gaps AS g JOIN questions AS q ON q.gap_id = g.id "
            f"{where} GROUP BY g.id ORDER BY COUNT(q.id) DESC, MAX(q.asked_at) DESC, g.id"
        )
        if limit is not None:
            query += f" LIMIT {int(limit)}"
        async with self._db.execute(query, parameters) as cursor:
            ids = [int(row[0]) async for row in cursor]
        return [gap for gap_id in ids if (gap := await self.gap(gap_id)) is not None]

    async def gap(self, gap_id: int) -> Gap | None:
        async with self._db.execute(
            "SELECT status, suggested, entry_id FROM gaps WHERE id = ?", (gap_id,)
        ) as cursor:
            head = await cursor.fetchone()
        if head is None:
            return None
        async with self._db.execute(
            "SELECT q.language, q.text, q.asked_at, s.question_id IS NOT NULL "
            "FROM questions AS q LEFT JOIN subscriptions AS s "
            "ON s.question_id = q.id AND s.notified_at IS NULL "
            "WHERE q.gap_id = ? ORDER BY q.asked_at DESC, q.id DESC",
            (gap_id,),
        ) as cursor:
            rows = list(await cursor.fetchall())
        if not rows:
            return None
        languages = sorted(
            {row[0] for row in rows}, key=lambda code: [r[0] for r in rows].index(code)
        )
        examples = list(dict.fromkeys(row[1] for row in rows))[:EXAMPLES_SHOWN]
        return Gap(
            id=gap_id,
            status=head[0],
            count=len(rows),
            languages=tuple(languages),
            examples=tuple(examples),
            suggested=head[1],
            entry_id=head[2],
            waiting=sum(1 for row in rows if row[3]),
            first_asked=min(row[2] for row in rows),
            last_asked=max(row[2] for row in rows),
        )

    async def resolve_gap(self, gap_id: int, entry_id: str) -> int:
        """Link a gap to an entry: its questions become learned questions of the entry, each in
        its own language. Returns how many learned questions are new."""
        now = time.time()
        async with self._db.execute(
            "SELECT DISTINCT language, text FROM questions WHERE gap_id = ?", (gap_id,)
        ) as cursor:
            asked = list(await cursor.fetchall())
        added = 0
        for language, text in asked:
            cursor = await self._db.execute(
                "INSERT INTO learned (entry_id, language, text, gap_id, added_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (entry_id, language, text, gap_id, now),
            )
            added += cursor.rowcount
        await self._db.execute(
            "UPDATE gaps SET status = 'resolved', entry_id = ?, resolved_at = ? WHERE id = ?",
            (entry_id, now, gap_id),
        )
        await self._bump("learned")
        await self._db.commit()
        return added

    async def ignore_gap(self, gap_id: int) -> None:
        await self._commit(
            "UPDATE gaps SET status = 'ignored', resolved_at = ? WHERE id = ?",
            (time.time(), gap_id),
        )

    # Learned questions

    async def learned(self) -> list[LearnedQuestion]:
        async with self._db.execute(
            "SELECT id, entry_id, language, text, gap_id, added_at FROM learned "
            "ORDER BY entry_id, language, id"
        ) as cursor:
            return [LearnedQuestion(*row) async for row in cursor]

    async def learned_map(self) -> dict[str, dict[str, list[str]]]:
        """Learned questions as the matcher takes them: entry id -> language -> questions."""
        grouped: dict[str, dict[str, list[str]]] = {}
        for question in await self.learned():
            by_language = grouped.setdefault(question.entry_id, {})
            by_language.setdefault(question.language, []).append(question.text)
        return grouped

    async def remove_learned(self, learned_id: int) -> bool:
        cursor = await self._db.execute("DELETE FROM learned WHERE id = ?", (learned_id,))
        await self._bump("learned")
        await self._db.commit()
        return cursor.rowcount > 0

    async def learned_version(self) -> int:
        """Changes whenever learned questions change: the running bot polls it to reload."""
        async with self._db.execute("SELECT value FROM counters WHERE name = 'learned'") as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def _bump(self, counter: str) -> None:
        await self._db.execute("UPDATE counters SET value = value + 1 WHERE name = ?", (counter,))

    # Notifications

    async def notifications(self) -> list[Notification]:
        """Who waits on a resolved gap and was neither notified nor is being notified."""
        async with self._db.execute(
            "SELECT s.question_id, s.chat_id, s.language, g.entry_id, s.attempts, q.language, "
            "q.text FROM subscriptions AS s "
            "JOIN questions AS q ON q.id = s.question_id JOIN gaps AS g ON g.id = q.gap_id "
            "WHERE g.status = 'resolved' AND s.notified_at IS NULL AND s.claimed_at IS NULL "
            "ORDER BY s.question_id"
        ) as cursor:
            return [Notification(*row) async for row in cursor]

    async def claim_notification(self, question_id: int) -> bool:
        """Mark a notification as being sent, before sending: after a kill it is not resent."""
        return (
            await self._commit(
                "UPDATE subscriptions SET claimed_at = ?, attempts = attempts + 1 "
                "WHERE question_id = ? AND claimed_at IS NULL AND notified_at IS NULL",
                (time.time(), question_id),
            )
            == 1
        )

    async def notification_sent(self, question_id: int) -> None:
        """Telegram accepted it: the chat id is no longer needed, so it goes."""
        await self._commit("DELETE FROM subscriptions WHERE question_id = ?", (question_id,))

    async def notification_failed(self, question_id: int, give_up: bool) -> None:
        """A failed send: try again later, or give up (and forget the chat id)."""
        if give_up:
            await self._commit("DELETE FROM subscriptions WHERE question_id = ?", (question_id,))
        else:
            await self._commit(
                "UPDATE subscriptions SET claimed_at = NULL WHERE question_id = ?", (question_id,)
            )

    async def drop_interrupted_notifications(self) -> int:
        """At start: a notification claimed and never confirmed was being sent when the bot
        stopped (only the running bot sends). Whether it arrived is unknown; it is dropped,
        and the chat id with it, rather than sent twice or kept."""
        return await self._commit(
            "DELETE FROM subscriptions WHERE claimed_at IS NOT NULL AND notified_at IS NULL"
        )

    async def forget_chat(self, chat_id: int) -> int:
        """The user blocked the bot (403): no notification can reach them; forget their chat."""
        return await self._commit("DELETE FROM subscriptions WHERE chat_id = ?", (chat_id,))

    async def purge_older_than(self, days: float) -> int:
        """Delete question records (and what hangs on them) older than ``days``."""
        cutoff = time.time() - days * 86400
        cursor = await self._db.execute("DELETE FROM questions WHERE asked_at < ?", (cutoff,))
        await self._db.execute(
            "DELETE FROM feedback WHERE question_id IS NULL AND given_at < ?", (cutoff,)
        )
        await self._db.commit()
        return cursor.rowcount

    # The inbox (bot/inbox.py): updates accepted before Telegram is told, then handled from here

    async def inbox_accept(self, source: str, updates: Sequence[tuple[int, str]]) -> list[int]:
        """Write a batch of updates (update_id, JSON) in one transaction; returns the ids that
        are new. One already here, or purged after it was handled, is not accepted again."""
        ids = sorted({update_id for update_id, _ in updates})
        if not ids:
            return []
        rows = await self._rows(
            "SELECT purged_through FROM inbox_sources WHERE source = ?", (source,)
        )
        purged = int(rows[0][0]) if rows else 0
        marks = ", ".join("?" * len(ids))
        known = {
            int(found[0])
            for found in await self._rows(
                f"SELECT update_id FROM inbox WHERE source = ? AND update_id IN ({marks})",
                (source, *ids),
            )
        }
        fresh: dict[int, str] = {}
        for update_id, payload in updates:
            if update_id > purged and update_id not in known:
                fresh.setdefault(update_id, payload)
        now = time.time()
        await self._db.executemany(
            "INSERT OR IGNORE INTO inbox (source, update_id, payload, received_at) "
            "VALUES (?, ?, ?, ?)",
            [(source, update_id, payload, now) for update_id, payload in fresh.items()],
        )
        await self._db.execute(
            "INSERT INTO inbox_sources (source, last_update_id) VALUES (?, ?) "
            "ON CONFLICT (source) DO UPDATE SET "
            "last_update_id = max(last_update_id, excluded.last_update_id)",
            (source, ids[-1]),
        )
        await self._db.commit()
        return sorted(fresh)

    async def sync(self) -> None:
        """Make what was committed survive a power cut too: fsync the write-ahead log (WAL mode
        with ``synchronous = NORMAL`` survives a killed process, not a lost machine)."""
        async with self._db.execute(
            "SELECT file FROM pragma_database_list WHERE name = 'main'"
        ) as cursor:
            row = await cursor.fetchone()
        if row is None or not row[0]:
            return  # in memory
        wal = Path(f"{row[0]}-wal")

        def fsync() -> None:
            with contextlib.suppress(FileNotFoundError), wal.open("rb") as file:
                os.fsync(file.fileno())

        await asyncio.to_thread(fsync)

    async def inbox_last_update_id(self, source: str) -> int | None:
        """The newest update accepted from ``source`` (polling asks for the ones after it)."""
        async with self._db.execute(
            "SELECT last_update_id FROM inbox_sources WHERE source = ?", (source,)
        ) as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else None

    async def inbox_items(self, *statuses: str) -> list[InboxItem]:
        """Updates with one of these statuses, oldest first (all of them without a status)."""
        query = f"SELECT {_INBOX_COLUMNS} FROM inbox"
        if statuses:
            query += f" WHERE status IN ({', '.join('?' * len(statuses))})"
        async with self._db.execute(query + " ORDER BY received_at, update_id", statuses) as cursor:
            return [InboxItem(*row) async for row in cursor]

    async def inbox_claim(self, source: str, update_id: int) -> None:
        """Mark an update as being handled, one more attempt (committed before it begins)."""
        await self._commit(
            "UPDATE inbox SET status = 'handling', attempts = attempts + 1 "
            "WHERE source = ? AND update_id = ?",
            (source, update_id),
        )

    async def inbox_effects(
        self, source: str, update_id: int, effects: int, outbox: tuple[str, int] | None = None
    ) -> None:
        """A call to Telegram is about to go out for this update (committed before it does);
        with ``outbox`` (its JSON, and the effects before it), the messages it begins."""
        if outbox is None:
            await self._commit(
                "UPDATE inbox SET effects = ? WHERE source = ? AND update_id = ?",
                (effects, source, update_id),
            )
        else:
            await self._commit(
                "UPDATE inbox SET effects = ?, outbox = ?, outbox_base = ? "
                "WHERE source = ? AND update_id = ?",
                (effects, *outbox, source, update_id),
            )

    async def inbox_outbox(self, source: str, update_id: int, outbox: str, base: int) -> None:
        """The messages a reply is about to send (JSON); ``base`` is ``effects`` before them."""
        await self._commit(
            "UPDATE inbox SET outbox = ?, outbox_base = ? WHERE source = ? AND update_id = ?",
            (outbox, base, source, update_id),
        )

    async def inbox_finish(
        self, source: str, update_id: int, status: str, error: str | None = None
    ) -> None:
        """Done, dropped or failed. The update itself is kept only when it failed, for an
        operator to see (``python -m bot inbox``); otherwise its text goes at once."""
        await self._commit(
            "UPDATE inbox SET status = ?, error = ?, finished_at = ?, outbox = NULL, "
            "payload = CASE WHEN ? = 'failed' THEN payload END "
            "WHERE source = ? AND update_id = ?",
            (status, error, time.time(), status, source, update_id),
        )

    async def inbox_purge(self, handled_before: float, failed_before: float) -> int:
        """Forget updates handled before ``handled_before`` (failed ones before
        ``failed_before``); an update delivered again after that is still recognised."""
        finished = "status IN ('done', 'dropped') AND finished_at < ?"
        failed = "status = 'failed' AND finished_at < ?"
        condition = f"({finished}) OR ({failed})"
        bounds = (handled_before, failed_before)
        await self._db.execute(
            "UPDATE inbox_sources SET purged_through = max(purged_through, coalesce(("
            f"SELECT max(update_id) FROM inbox WHERE inbox.source = inbox_sources.source "
            f"AND ({condition})), 0))",
            bounds,
        )
        cursor = await self._db.execute(f"DELETE FROM inbox WHERE {condition}", bounds)
        await self._db.commit()
        return cursor.rowcount
