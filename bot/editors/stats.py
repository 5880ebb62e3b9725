"""What the bot was asked and how it did, per language, read straight from its SQLite file.

Editors want to know where the knowledge falls short: which languages get unanswered questions,
which entries people read, what they thought of them. Everything here is read with a
connection of its own, opened read-only, so that ``stats`` and ``report`` can run beside the
bot (WAL mode lets them read while it writes) and can never change what it recorded. The
queries follow the schema in ``bot.storage.MIGRATIONS``, and read an older database too: a
table or column that version lacks counts as empty.

``text_table`` and ``compact_ids`` are here as well: the text outputs of ``stats`` and
``coverage`` share them, so that a long output stays aligned and short.
"""

from __future__ import annotations

import sqlite3
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeVar

from bot.languages import LANGUAGES

OUTCOMES: tuple[str, ...] = ("answer", "clarify", "unanswered")
DEFAULT_DAYS = 30
TOP_ENTRIES = 5  # most read entries shown per language
TOP_GAPS = 10  # open gaps the report shows
EXAMPLES_PER_GAP = 2
TOTAL = "all"  # the row of every language together
SECONDS_PER_DAY = 86400
T = TypeVar("T")


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection: a report must never write into the bot's database."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=5.0)


def has_column(connection: sqlite3.Connection, table: str, column: str) -> bool:
    """Whether the database's schema version has this column (an older one may not)."""
    rows = connection.execute(f"PRAGMA table_info({table})").fetchall()
    return any(row[1] == column for row in rows)


def has_table(connection: sqlite3.Connection, table: str) -> bool:
    row = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    return row is not None


@dataclass(frozen=True)
class Period:
    """The last ``days`` days up to ``until`` (a Unix time): what a report is about."""

    days: int
    until: float

    @classmethod
    def last(cls, days: int, now: float | None = None) -> Period:
        return cls(days, time.time() if now is None else now)

    @property
    def since(self) -> float:
        return self.until - self.days * SECONDS_PER_DAY

    @property
    def first_day(self) -> date:
        return date.fromtimestamp(self.since)

    @property
    def last_day(self) -> date:
        return date.fromtimestamp(self.until)


@dataclass(frozen=True)
class LanguageStats:
    """One language's questions in the period, what became of them, and what was read."""

    language: str
    outcomes: Counter[str] = field(default_factory=Counter)
    helpful: int = 0
    unhelpful: int = 0
    open_gaps: int = 0
    most_read: tuple[tuple[str, int], ...] = ()  # (entry id, reads), the most read first

    @property
    def questions(self) -> int:
        return sum(self.outcomes[outcome] for outcome in OUTCOMES)

    def share(self, outcome: str) -> float | None:
        """The share of the questions with this outcome; None when there were none."""
        return self.outcomes[outcome] / self.questions if self.questions else None

    def as_json(self) -> dict[str, Any]:
        return {
            "questions": self.questions,
            **{outcome: self.outcomes[outcome] for outcome in OUTCOMES},
            "shares": {outcome: self.share(outcome) for outcome in OUTCOMES},
            "helpful": self.helpful,
            "unhelpful": self.unhelpful,
            "open_gaps": self.open_gaps,
            "most_read": [{"id": entry, "reads": reads} for entry, reads in self.most_read],
        }


@dataclass(frozen=True)
class Stats:
    """Every language's figures, the six first, then any other language recorded."""

    period: Period
    languages: tuple[LanguageStats, ...]
    total: LanguageStats
    gaps_counted: str  # "gaps" (status new) or "unanswered texts" (no gap recorded yet)

    def as_json(self) -> dict[str, Any]:
        return {
            "from": self.period.first_day.isoformat(),
            "to": self.period.last_day.isoformat(),
            "days": self.period.days,
            "since": self.period.since,
            "until": self.period.until,
            "open_gaps_counted": self.gaps_counted,
            "languages": {row.language: row.as_json() for row in self.languages},
            "total": self.total.as_json(),
        }


def outcomes(connection: sqlite3.Connection, period: Period) -> dict[str, Counter[str]]:
    """Questions asked in the period, by language and outcome."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    rows = connection.execute(
        "SELECT language, outcome, COUNT(*) FROM questions "
        "WHERE asked_at >= ? AND asked_at <= ? GROUP BY language, outcome",
        (period.since, period.until),
    )
    for language, outcome, count in rows:
        counts[language][outcome] += count
    return counts


def feedback(connection: sqlite3.Connection, period: Period) -> dict[str | None, Counter[bool]]:
    """👍 and 👎 given in the period, by the language of the question (None: no question, an
    entry opened from a link or a topic)."""
    counts: dict[str | None, Counter[bool]] = defaultdict(Counter)
    rows = connection.execute(
        "SELECT q.language, f.helpful, COUNT(*) FROM feedback AS f "
        "LEFT JOIN questions AS q ON q.id = f.question_id "
        "WHERE f.given_at >= ? AND f.given_at <= ? GROUP BY q.language, f.helpful",
        (period.since, period.until),
    )
    for language, helpful, count in rows:
        counts[language][bool(helpful)] += count
    return counts


def reads(connection: sqlite3.Connection, period: Period) -> dict[str, Counter[str]]:
    """How often each entry was read, by language: the answers given, plus the entries chosen
    under "Did you mean…?" (a clarification ends in a read too)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    answers = connection.execute(
        "SELECT language, best_entry, COUNT(*) FROM questions WHERE outcome = 'answer' "
        "AND best_entry IS NOT NULL AND asked_at >= ? AND asked_at <= ? "
        "GROUP BY language, best_entry",
        (period.since, period.until),
    )
    choices = connection.execute(
        "SELECT q.language, c.entry_id, COUNT(*) FROM clarifications AS c "
        "JOIN questions AS q ON q.id = c.question_id "
        "WHERE c.chosen_at >= ? AND c.chosen_at <= ? GROUP BY q.language, c.entry_id",
        (period.since, period.until),
    )
    for language, entry, count in [*answers, *choices]:
        counts[language][entry] += count
    return counts


def open_gaps(connection: sqlite3.Connection) -> tuple[dict[str, int], int, str]:
    """Open gaps per language, in all, and what was counted.

    Gaps are a state, not an event: all open ones count, whenever asked. Before any gap is
    recorded (a database from before gaps, or none grouped yet) the distinct unanswered
    texts stand in for them, as ``gaps`` listed them then.
    """
    if has_table(connection, "gaps") and connection.execute("SELECT 1 FROM gaps").fetchone():
        per_language = connection.execute(
            "SELECT q.language, COUNT(DISTINCT g.id) FROM gaps AS g "
            "JOIN questions AS q ON q.gap_id = g.id WHERE g.status = 'new' GROUP BY q.language"
        ).fetchall()
        total = connection.execute("SELECT COUNT(*) FROM gaps WHERE status = 'new'").fetchone()
        return dict(per_language), int(total[0]), "gaps"
    per_language = connection.execute(
        "SELECT language, COUNT(DISTINCT text) FROM questions "
        "WHERE outcome = 'unanswered' GROUP BY language"
    ).fetchall()
    total = connection.execute(
        "SELECT COUNT(*) FROM (SELECT DISTINCT language, text FROM questions "
        "WHERE outcome = 'unanswered')"
    ).fetchone()
    return dict(per_language), int(total[0]), "unanswered texts"


def recorded_languages(*tables: Iterable[str | None]) -> list[str]:
    """The six languages in their order, then any other one found in the records."""
    found = {language for table in tables for language in table if language}
    return [*LANGUAGES, *sorted(found - set(LANGUAGES))]


def collect(connection: sqlite3.Connection, period: Period) -> Stats:
    """Every figure ``stats`` prints, in one pass over the database."""
    asked = outcomes(connection, period)
    opinions = feedback(connection, period)
    read = reads(connection, period)
    gaps, total_gaps, counted = open_gaps(connection)
    rows = tuple(
        LanguageStats(
            language,
            asked.get(language, Counter()),
            opinions.get(language, Counter())[True],
            opinions.get(language, Counter())[False],
            gaps.get(language, 0),
            tuple(read.get(language, Counter()).most_common(TOP_ENTRIES)),
        )
        for language in recorded_languages(asked, opinions, read, gaps)
    )
    all_read: Counter[str] = sum(read.values(), Counter())
    total = LanguageStats(
        TOTAL,
        sum(asked.values(), Counter()),
        sum(counts[True] for counts in opinions.values()),
        sum(counts[False] for counts in opinions.values()),
        total_gaps,
        tuple(all_read.most_common(TOP_ENTRIES)),
    )
    return Stats(period, rows, total, counted)


def read_only(database: Path, query: Callable[[sqlite3.Connection], T]) -> T:
    """``query`` on a read-only connection of its own, closed after: for a reader in another
    thread than the bot's, such as the chat's /stats and /coverage."""
    connection = connect_read_only(database)
    try:
        return query(connection)
    finally:
        connection.close()


# Week by week, for the report's charts


@dataclass(frozen=True)
class Week:
    """The questions of one week (Monday to Sunday, local time), by outcome."""

    start: date
    outcomes: Counter[str]

    @property
    def questions(self) -> int:
        return sum(self.outcomes[outcome] for outcome in OUTCOMES)


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weekly(connection: sqlite3.Connection, period: Period) -> dict[str, list[Week]]:
    """Per language, every week of the period in order, empty weeks included (a week without
    questions is a fact to see, not a gap to close up)."""
    weeks: dict[str, dict[date, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    rows = connection.execute(
        "SELECT language, outcome, date(asked_at, 'unixepoch', 'localtime'), COUNT(*) "
        "FROM questions WHERE asked_at >= ? AND asked_at <= ? GROUP BY 1, 2, 3",
        (period.since, period.until),
    )
    for language, outcome, day, count in rows:
        weeks[language][monday(date.fromisoformat(day))][outcome] += count
    starts = week_starts(period)
    return {
        language: [Week(start, weeks[language].get(start, Counter())) for start in starts]
        for language in recorded_languages(weeks)
    }


def week_starts(period: Period) -> list[date]:
    first, last = monday(period.first_day), monday(period.last_day)
    return [first + timedelta(weeks=n) for n in range((last - first).days // 7 + 1)]


# Open gaps, for the report


@dataclass(frozen=True)
class OpenGap:
    """A need the bot could not meet, as an editor should see it: how often, in which
    languages, two of its wordings, and the entry that came closest."""

    id: int | None  # None: an unanswered text, from before gaps were recorded
    count: int
    languages: tuple[str, ...]
    examples: tuple[tuple[str, str], ...]  # (language, text), the most recent first
    suggested: str | None
    waiting: int


def top_gaps(connection: sqlite3.Connection, limit: int = TOP_GAPS) -> list[OpenGap]:
    """The open gaps most asked first; the unanswered texts when no gap is recorded yet."""
    if not (has_table(connection, "gaps") and has_column(connection, "questions", "gap_id")):
        return unanswered_texts(connection, limit)
    if not connection.execute("SELECT 1 FROM gaps").fetchone():
        return unanswered_texts(connection, limit)
    heads = connection.execute(
        "SELECT g.id, g.suggested, COUNT(q.id) FROM gaps AS g "
        "JOIN questions AS q ON q.gap_id = g.id WHERE g.status = 'new' "
        "GROUP BY g.id ORDER BY COUNT(q.id) DESC, MAX(q.asked_at) DESC, g.id LIMIT ?",
        (limit,),
    ).fetchall()
    return [gap_details(connection, gap_id, suggested, count) for gap_id, suggested, count in heads]


def gap_details(
    connection: sqlite3.Connection, gap_id: int, suggested: str | None, count: int
) -> OpenGap:
    rows = connection.execute(
        "SELECT q.language, q.text, s.question_id IS NOT NULL FROM questions AS q "
        "LEFT JOIN subscriptions AS s ON s.question_id = q.id AND s.notified_at IS NULL "
        "WHERE q.gap_id = ? ORDER BY q.asked_at DESC, q.id DESC",
        (gap_id,),
    ).fetchall()
    examples = tuple(dict.fromkeys((language, text) for language, text, _ in rows))
    return OpenGap(
        gap_id,
        count,
        tuple(dict.fromkeys(language for language, _, _ in rows)),
        examples[:EXAMPLES_PER_GAP],
        suggested,
        sum(1 for *_, waiting in rows if waiting),
    )


def unanswered_texts(connection: sqlite3.Connection, limit: int) -> list[OpenGap]:
    rows = connection.execute(
        "SELECT q.language, q.text, COUNT(*), MAX(q.best_entry), COUNT(s.question_id) "
        "FROM questions AS q LEFT JOIN subscriptions AS s "
        "ON s.question_id = q.id AND s.notified_at IS NULL WHERE q.outcome = 'unanswered' "
        "GROUP BY q.language, q.text ORDER BY COUNT(*) DESC, MAX(q.asked_at) DESC LIMIT ?",
        (limit,),
    ).fetchall()
    return [
        OpenGap(None, count, (language,), ((language, text),), best, waiting)
        for language, text, count, best, waiting in rows
    ]


# Learned questions, for coverage


def learned_per_language(connection: sqlite3.Connection) -> Counter[str]:
    """How many questions editors have linked to entries, per language."""
    if not has_table(connection, "learned"):
        return Counter()
    rows = connection.execute("SELECT language, COUNT(*) FROM learned GROUP BY language")
    return Counter(dict(rows.fetchall()))


# Text output shared by the commands


def display_width(text: str) -> int:
    """Columns a terminal gives the text: Chinese characters and emoji take two."""
    return sum(
        0 if unicodedata.combining(char) else 2 if unicodedata.east_asian_width(char) in "WF" else 1
        for char in text
    )


def text_table(rows: Sequence[Sequence[str]], left: int = 1) -> list[str]:
    """Rows as aligned columns: the first ``left`` columns to the left, the numbers right."""
    widths = [max(display_width(row[n]) for row in rows) for n in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = []
        for n, (cell, width) in enumerate(zip(row, widths, strict=True)):
            padding = " " * (width - display_width(cell))
            cells.append(cell + padding if n < left else padding + cell)
        lines.append("  ".join(cells).rstrip())
    return lines


def compact_ids(ids: Iterable[str]) -> str:
    """``bc-01, bc-02, bc-03, bc-07`` → ``bc-01…bc-03, bc-07``: long id lists stay short."""
    runs: list[list[str]] = []
    for entry in ids:
        if runs and follows(runs[-1][-1], entry):
            runs[-1].append(entry)
        else:
            runs.append([entry])
    return ", ".join(f"{run[0]}…{run[-1]}" if len(run) > 2 else ", ".join(run) for run in runs)


def follows(previous: str, entry: str) -> bool:
    """Whether ``entry`` is the next number after ``previous`` with the same prefix."""
    head, _, number = previous.rpartition("-")
    next_head, _, next_number = entry.rpartition("-")
    if not (head == next_head and number.isdigit() and next_number.isdigit()):
        return False
    return int(next_number) == int(number) + 1


# Numbers and dates as the reader's locale writes them (Babel's CLDR data)


def check_locale(name: str) -> str:
    """The locale, as Babel names it (``fr_FR``); ValueError when Babel does not know it."""
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(name.replace("-", "_")))
    except (UnknownLocaleError, ValueError) as error:
        raise ValueError(f"unknown locale {name!r}; try en, fr, es, ru, zh or ar") from error


def number(value: int, locale: str) -> str:
    from babel.numbers import format_decimal

    return str(format_decimal(value, locale=locale))


def percent(share: float | None, locale: str) -> str:
    """A share as a whole percentage; a dash when there was nothing to share."""
    from babel.numbers import format_percent

    return "—" if share is None else str(format_percent(share, locale=locale))


def day(value: date, locale: str, style: str = "medium") -> str:
    from babel.dates import format_date

    return str(format_date(value, format=style, locale=locale))


def language_label(code: str, locale: str) -> str:
    """The language's name in the reader's locale (``fr`` → French), or the code itself when
    the records hold a code Babel does not know."""
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(code).get_display_name(locale)
    except (UnknownLocaleError, ValueError):
        return code
    return name[:1].upper() + name[1:] if name else code
