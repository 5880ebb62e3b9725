"""The editors' figures: ``stats``, ``coverage`` and ``report --html``.

Each reads the bot's database through its own read-only connection (``bot.editors.stats``),
so it runs safely beside the bot and never changes a record. The text outputs are tables an
editor reads in a terminal, numbers and dates in the ``--locale`` asked for (Babel); ``--json``
prints the same figures raw, for other tools; the HTML report is for those who would rather
look than read.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import textwrap
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from bot.cli.common import existing_database, load_or_fail
from bot.config import Settings, knowledge_dir
from bot.editors import stats as figures
from bot.editors.coverage import MIN_QUESTIONS, LanguageCoverage, coverage
from bot.editors.stats import OUTCOMES, LanguageStats, Period, Stats, text_table
from bot.failures import EXIT_DATA, Failure
from bot.knowledge.model import Origin

WIDTH = 100  # long lists wrap here, as the code does


@contextmanager
def reading(database: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection; a locked or corrupt file is one line and the data exit code."""
    try:
        connection = figures.connect_read_only(database)
    except sqlite3.Error as error:
        raise Failure(f"cannot read {database}: {error}", EXIT_DATA) from None
    try:
        yield connection
    except sqlite3.Error as error:
        raise Failure(f"cannot read {database}: {error}", EXIT_DATA) from None
    finally:
        connection.close()


def period_of(args: argparse.Namespace) -> Period:
    if args.days < 1:
        raise Failure(f"--days must be at least 1, not {args.days}")
    return Period.last(args.days)


def locale_of(args: argparse.Namespace) -> str:
    try:
        return figures.check_locale(args.locale)
    except ValueError as error:
        raise Failure(str(error)) from None


def wrapped(label: str, text: str, indent: int = 4) -> list[str]:
    """``label text``, wrapped at ``WIDTH`` under itself: a long id list stays readable."""
    return textwrap.wrap(
        f"{label}{text}",
        WIDTH,
        subsequent_indent=" " * indent,
        break_on_hyphens=False,
        break_long_words=False,
    )


# stats


def command_stats(args: argparse.Namespace) -> int:
    """How the bot did in the last days, per language: what editors check each week."""
    database = existing_database(args.database)
    period, locale = period_of(args), locale_of(args)
    with reading(database) as connection:
        result = figures.collect(connection, period)
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False))
    else:
        print("\n".join(stats_lines(result, locale, database)))
    return 0


def stats_lines(result: Stats, locale: str, database: Path) -> list[str]:
    period = result.period
    lines = [
        f"Questions from {figures.day(period.first_day, locale)} to "
        f"{figures.day(period.last_day, locale)} ({figures.number(period.days, locale)} days), "
        f"in {database}",
        "",
    ]
    head = ["language", "questions", "answered", "clarified", "unanswered", "👍", "👎", "open gaps"]
    rows = [stats_row(row, locale) for row in [*result.languages, result.total]]
    lines += text_table([head, *rows])
    lines += ["", "Most read entries (answers, and choices under “Did you mean…?”):"]
    read = [row for row in [*result.languages, result.total] if row.most_read]
    for row in read:
        reads = ", ".join(f"{entry} ({figures.number(n, locale)})" for entry, n in row.most_read)
        lines += wrapped(f"  {row.language:<4}", reads, indent=6)
    if not read:
        lines.append("  none in this period")
    counted = (
        "gaps with status new (python -m bot gaps list)"
        if result.gaps_counted == "gaps"
        else "distinct unanswered questions (no gap recorded yet)"
    )
    lines += ["", f"Open gaps: {counted}; 👍 / 👎: feedback given in the period."]
    return lines


def stats_row(row: LanguageStats, locale: str) -> list[str]:
    return [
        row.language,
        figures.number(row.questions, locale),
        *(figures.percent(row.share(outcome), locale) for outcome in OUTCOMES),
        figures.number(row.helpful, locale),
        figures.number(row.unhelpful, locale),
        figures.number(row.open_gaps, locale),
    ]


# coverage


def command_coverage(args: argparse.Namespace) -> int:
    """What each language of the knowledge base still lacks, and who wrote its texts."""
    directory = knowledge_dir(args.knowledge)
    knowledge = load_or_fail(directory)
    database = optional_database(args.database)
    learned: Counter[str] = Counter()
    if database is not None:
        with reading(database) as connection:
            learned = figures.learned_per_language(connection)
    rows = coverage(knowledge, learned)
    if args.json:
        print(json.dumps(coverage_json(rows, directory, database), ensure_ascii=False))
    else:
        print("\n".join(coverage_lines(rows, directory, database, len(knowledge.entries))))
    return 0


def optional_database(argument: str | None) -> Path | None:
    """``--database`` (which must exist), else the bot's database if there is one yet."""
    if argument:
        return existing_database(argument)
    default = Settings.from_environment().database
    return default if default.exists() else None


def coverage_json(
    rows: Sequence[LanguageCoverage], directory: Path, database: Path | None
) -> dict[str, object]:
    return {
        "knowledge": str(directory),
        "database": str(database) if database else None,
        "min_questions": MIN_QUESTIONS,
        "languages": {row.language: row.as_json() for row in rows},
    }


def coverage_lines(
    rows: Sequence[LanguageCoverage], directory: Path, database: Path | None, entries: int
) -> list[str]:
    learned_from = f"learned questions from {database}" if database else "no database: 0 learned"
    lines = [f"Coverage of {directory} ({entries} entries); {learned_from}", ""]
    head = ["language", "entries", "official", "translated", "project", "learned"]
    head += ["missing", "no title", "no text", "few questions"]
    lines += text_table([head, *(coverage_row(row) for row in rows)])
    lines += [
        "",
        "translated: project translations; project: written by the project (both shown to "
        "users as such);",
        f"few questions: fewer than {MIN_QUESTIONS} alternate questions; learned: questions "
        "editors linked to entries.",
        "",
        "Texts that are not official:",
    ]
    lines += detail_lines(rows, not_official) or ["  none"]
    lines += ["", "What entries lack:"]
    lines += detail_lines(rows, lacking) or [
        f"  nothing: every entry has a title, a text and {MIN_QUESTIONS} alternate questions "
        "in every language"
    ]
    return lines


def coverage_row(row: LanguageCoverage) -> list[str]:
    return [row.language, *map(str, row.counts())]


# Which lists of entry ids a block of details shows, each as (name, ids).
Details = Callable[[LanguageCoverage], list[tuple[str, str]]]


def not_official(row: LanguageCoverage) -> list[tuple[str, str]]:
    return [
        ("project translations", figures.compact_ids(row.origins[Origin.PROJECT_TRANSLATION])),
        ("project-written", figures.compact_ids(row.origins[Origin.PROJECT])),
    ]


def lacking(row: LanguageCoverage) -> list[tuple[str, str]]:
    few = ", ".join(f"{entry} ({n})" for entry, n in row.few_questions)
    return [
        ("missing", figures.compact_ids(row.missing)),
        ("no title", figures.compact_ids(row.no_title)),
        ("no text", figures.compact_ids(row.no_text)),
        ("few questions", few),
    ]


def detail_lines(rows: Sequence[LanguageCoverage], details: Details) -> list[str]:
    """One wrapped line per list of entry ids, the languages with the same list together
    (the five translated languages usually share theirs)."""
    groups: dict[tuple[str, str], list[str]] = {}
    for row in rows:
        for name, ids in details(row):
            if ids:
                groups.setdefault((name, ids), []).append(row.language)
    return [
        line
        for (name, ids), languages in groups.items()
        for line in wrapped(f"  {name} in {', '.join(languages)}: ", ids, indent=6)
    ]


# report


def command_report(args: argparse.Namespace) -> int:
    """The figures of ``stats`` and ``coverage``, charts and the top open gaps, in one page."""
    from bot.editors.report import ReportData, render

    database = existing_database(args.database)
    period, locale = period_of(args), locale_of(args)
    directory = knowledge_dir(args.knowledge)
    knowledge = load_or_fail(directory)
    with reading(database) as connection:
        data = ReportData(
            stats=figures.collect(connection, period),
            weeks=figures.weekly(connection, period),
            coverage=coverage(knowledge, figures.learned_per_language(connection)),
            gaps=figures.top_gaps(connection),
            knowledge=knowledge,
            locale=locale,
            database=str(database),
            knowledge_dir=str(directory),
            made_at=datetime.now(),
        )
    target = Path(args.html)
    try:
        target.write_text(render(data), encoding="utf-8")
    except OSError as error:
        raise Failure(f"cannot write {target}: {error.strerror}") from None
    print(f"report written to {target} ({figures.number(target.stat().st_size, locale)} bytes)")
    return 0
