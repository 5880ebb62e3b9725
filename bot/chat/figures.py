"""The editors' figures in the chat: ``/stats`` and ``/coverage``, in the editor's language.

The numbers are those of ``python -m bot stats`` and ``python -m bot coverage``: the same
functions (``bot.editors.stats``, ``bot.editors.coverage``) compute them, reading the bot's
database with a read-only connection of their own. Only the layout differs: the command line
prints wide tables, a phone shows a few lines per language. Numbers, percentages and dates are
written by Babel for the editor's language. The texts are plain (escaped where sent) and split
within Telegram's limit by the caller.
"""

from __future__ import annotations

from bot.editors import stats as figures
from bot.editors.coverage import LanguageCoverage
from bot.editors.stats import OUTCOMES, TOTAL, LanguageStats, Stats
from bot.i18n import N_, isolate, t, tn
from bot.knowledge.model import Origin

MAX_DAYS = 3650
DAYS_USAGE = N_("Give the number of days as a whole number from 1 to {most}, as in /stats 7.")
SHOWN_IDS = 12  # entry ids listed per kind of lack; the rest is counted


def parse_days(args: str, default: int = figures.DEFAULT_DAYS) -> int | None:
    """``/stats 7`` → 7; no argument → the default; anything else → None (the usage is shown)."""
    text = args.strip()
    if not text:
        return default
    if not text.isascii() or not text.isdigit():
        return None
    days = int(text)
    return days if 1 <= days <= MAX_DAYS else None


def stats_text(result: Stats, lang: str) -> str:
    """Per language: questions, what became of them, feedback, open gaps, most read entries."""
    period = result.period
    lines = [
        tn(
            lang,
            "Questions from {first} to {last} ({count} day):",
            "Questions from {first} to {last} ({count} days):",
            period.days,
            first=figures.day(period.first_day, lang),
            last=figures.day(period.last_day, lang),
        )
    ]
    for row in [*result.languages, result.total]:
        lines += ["", *_stats_lines(row, lang)]
    if result.total.questions == 0:
        lines += ["", t(lang, "No questions were asked in this period.")]
    counted = (
        t(lang, "Open gaps: the gaps with status new (/gaps).")
        if result.gaps_counted == "gaps"
        else t(lang, "Open gaps: distinct unanswered questions (no gap recorded yet).")
    )
    lines += ["", counted]
    return "\n".join(lines)


def _stats_lines(row: LanguageStats, lang: str) -> list[str]:
    name = (
        t(lang, "All languages")
        if row.language == TOTAL
        else figures.language_label(row.language, lang)
    )
    shares = {outcome: figures.percent(row.share(outcome), lang) for outcome in OUTCOMES}
    lines = [
        f"{name}: "
        + tn(lang, "{count} question", "{count} questions", row.questions)
        + " · "
        + t(
            lang,
            "{answered} answered · {clarified} clarified · {unanswered} unanswered",
            answered=shares["answer"],
            clarified=shares["clarify"],
            unanswered=shares["unanswered"],
        ),
        t(
            lang,
            "👍 {helpful} · 👎 {unhelpful} · open gaps: {gaps}",
            helpful=figures.number(row.helpful, lang),
            unhelpful=figures.number(row.unhelpful, lang),
            gaps=figures.number(row.open_gaps, lang),
        ),
    ]
    if row.most_read:
        read = ", ".join(
            f"{isolate(entry, lang)} ({figures.number(reads, lang)})"
            for entry, reads in row.most_read
        )
        lines.append(t(lang, "Most read: {entries}", entries=read))
    return lines


def coverage_text(rows: list[LanguageCoverage], entries: int, lang: str) -> str:
    """Per language: how many entries it has, who wrote their texts, and what they lack."""
    lines = [
        tn(
            lang,
            "Coverage of the knowledge ({count} entry):",
            "Coverage of the knowledge ({count} entries):",
            entries,
        )
    ]
    for row in rows:
        lines += ["", *_coverage_lines(row, lang)]
    lines += [
        "",
        t(
            lang,
            "Translated: our translations; project: texts we wrote (both shown to users as "
            "such). Learned: questions editors linked to entries.",
        ),
    ]
    return "\n".join(lines)


def _coverage_lines(row: LanguageCoverage, lang: str) -> list[str]:
    def number(value: int) -> str:
        return figures.number(value, lang)

    lines = [
        f"{figures.language_label(row.language, lang)}: "
        + tn(lang, "{count} entry", "{count} entries", row.entries)
        + " · "
        + t(
            lang,
            "{official} official · {translated} translated · {project} project · {learned} learned",
            official=number(len(row.origins[Origin.OFFICIAL])),
            translated=number(len(row.origins[Origin.PROJECT_TRANSLATION])),
            project=number(len(row.origins[Origin.PROJECT])),
            learned=number(row.learned),
        )
    ]
    lacks = [
        (t(lang, "missing"), list(row.missing)),
        (t(lang, "no title"), list(row.no_title)),
        (t(lang, "no text"), list(row.no_text)),
        (t(lang, "few questions"), [entry for entry, _ in row.few_questions]),
    ]
    for label, ids in lacks:
        if ids:
            lines.append(f"{label}: {_ids(ids, lang)}")
    if not any(ids for _, ids in lacks):
        lines.append(t(lang, "Nothing lacking."))
    return lines


def _ids(ids: list[str], lang: str) -> str:
    shown = isolate(figures.compact_ids(ids[:SHOWN_IDS]), lang)
    if len(ids) > SHOWN_IDS:
        shown += f" … (+{figures.number(len(ids) - SHOWN_IDS, lang)})"
    return shown
