"""One HTML page for people who would rather look than read: ``python -m bot report --html``.

The page is self-contained so that it can be mailed, put on a shared drive or opened on a
laptop with no network: its style is inline, its charts are inline SVG, and it needs no script
(the tooltips are SVG ``<title>`` elements). The only addresses it holds are links to the
source documents. Every text that comes from the records or the knowledge files is escaped
with ``html.escape``, since users wrote the questions, and each carries its own ``lang`` (and
``dir`` for Arabic) so that a browser and a screen reader read it right.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from html import escape
from math import ceil

from bot.editors.coverage import MIN_QUESTIONS, LanguageCoverage
from bot.editors.stats import (
    OUTCOMES,
    TOTAL,
    LanguageStats,
    OpenGap,
    Stats,
    Week,
    compact_ids,
    day,
    language_label,
    number,
    percent,
)
from bot.knowledge.model import KnowledgeBase, Origin
from bot.languages import is_rtl

OUTCOME_LABELS = {"answer": "answered", "clarify": "clarified", "unanswered": "unanswered"}
# Okabe–Ito colours: told apart with any colour vision, and in grey print by their lightness.
COLOURS = {"answer": "#0072B2", "clarify": "#E69F00", "unanswered": "#D55E00"}

STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;
 margin:0 auto;max-width:72rem;padding:1rem 1.5rem 3rem;color:#1a1a1a;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem} h2{margin-top:2.2rem;border-bottom:2px solid #ddd}
.muted{color:#555} .tiles{display:flex;flex-wrap:wrap;gap:.8rem;margin:1rem 0}
.tile{border:1px solid #ccc;border-radius:.4rem;padding:.6rem 1rem;min-width:8rem}
.tile b{display:block;font-size:1.7rem}
table{border-collapse:collapse;margin:.8rem 0;width:100%}
th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:start;vertical-align:top}
th{background:#f3f3f3} td.n,th.n{text-align:end;font-variant-numeric:tabular-nums}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(20rem,1fr));gap:1rem}
figure{margin:0;border:1px solid #ddd;border-radius:.4rem;padding:.5rem}
figcaption{font-weight:600} svg{max-width:100%;height:auto}
.key{display:inline-block;width:.9em;height:.9em;margin:0 .3em 0 .8em;vertical-align:-.1em;
 -webkit-print-color-adjust:exact;print-color-adjust:exact}
ul.examples{margin:0;padding-inline-start:1.1rem} code{font-size:.95em}
@media print{body{max-width:none} h2{break-after:avoid} figure,tr{break-inside:avoid}}
"""


@dataclass(frozen=True)
class ReportData:
    """Everything the page shows, read before it is written."""

    stats: Stats
    weeks: Mapping[str, Sequence[Week]]
    coverage: Sequence[LanguageCoverage]
    gaps: Sequence[OpenGap]
    knowledge: KnowledgeBase
    locale: str
    database: str
    knowledge_dir: str
    made_at: datetime


def render(data: ReportData) -> str:
    """The whole page, as one string."""
    period = data.stats.period
    title = (
        f"Policy assistant report, {day(period.first_day, data.locale)} – "
        f"{day(period.last_day, data.locale)}"
    )
    body = [
        header(data, title),
        summary(data.stats.total, data.locale),
        per_language(data),
        gaps_section(data),
        most_read(data),
        coverage_section(data),
        '<footer class="muted"><p>Made by <code>python -m bot report</code>: one file, no '
        "scripts, readable offline.</p></footer>",
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


# Pieces of HTML


def text_in(language: str, text: str, tag: str = "span") -> str:
    """A stored text, escaped, marked with its language and direction."""
    direction = ' dir="rtl"' if is_rtl(language) else ""
    return f'<{tag} lang="{escape(language)}"{direction}>{escape(text)}</{tag}>'


def cells(values: Sequence[str], numeric: Container[int], tag: str = "td") -> str:
    """One table row; the cells whose index is in ``numeric`` are numbers, aligned to the
    end. The values are HTML already."""
    return (
        "<tr>"
        + "".join(
            f'<{tag} class="n">{value}</{tag}>' if n in numeric else f"<{tag}>{value}</{tag}>"
            for n, value in enumerate(values)
        )
        + "</tr>"
    )


def table(
    head: Sequence[str], rows: Iterable[Sequence[str]], numeric: Container[int] | None = None
) -> str:
    """A table; ``head`` is plain text, the rows are HTML already. The columns in ``numeric``
    (by default all but the first) hold numbers."""
    numbers = range(1, len(head)) if numeric is None else numeric
    lines = ["<table>", "<thead>" + cells([escape(h) for h in head], numbers, "th") + "</thead>"]
    lines += ["<tbody>", *(cells(row, numbers) for row in rows), "</tbody>", "</table>"]
    return "\n".join(lines)


def language_cell(code: str, locale: str) -> str:
    if code == TOTAL:
        return "<b>All languages</b>"
    return f"{escape(language_label(code, locale))} <code>{escape(code)}</code>"


def entry_link(knowledge: KnowledgeBase, entry_id: str | None, language: str) -> str:
    """An entry's id and title (in the language asked, if it has it), linked to its source."""
    if not entry_id:
        return '<span class="muted">—</span>'
    entry = knowledge.entries.get(entry_id)
    if entry is None:  # removed from the knowledge files since it was recorded
        return f"<code>{escape(entry_id)}</code> (no longer in the knowledge base)"
    shown = entry.best_language(language)
    label = f"<code>{escape(entry_id)}</code> {text_in(shown, entry.languages[shown].title)}"
    source = knowledge.sources.get(entry.source)
    if source and source.url and source.url.startswith(("https://", "http://")):
        return f'<a href="{escape(source.url)}">{label}</a>'
    return label


# Sections


def header(data: ReportData, title: str) -> str:
    made = day(data.made_at.date(), data.locale, "long")
    return (
        f"<header>\n<h1>{escape(title)}</h1>\n"
        f'<p class="muted">The last {escape(number(data.stats.period.days, data.locale))} days. '
        f"Made on {escape(made)} from <code>{escape(data.database)}</code> and the knowledge "
        f"in <code>{escape(data.knowledge_dir)}</code>.</p>\n</header>"
    )


def summary(total: LanguageStats, locale: str) -> str:
    tiles = [
        ("questions", number(total.questions, locale)),
        *((OUTCOME_LABELS[o], percent(total.share(o), locale)) for o in OUTCOMES),
        ("👍 helpful", number(total.helpful, locale)),
        ("👎 not helpful", number(total.unhelpful, locale)),
        ("open gaps", number(total.open_gaps, locale)),
    ]
    return (
        '<section id="summary">\n<h2>In short</h2>\n<div class="tiles">\n'
        + "\n".join(
            f'<div class="tile"><b>{escape(value)}</b>{escape(label)}</div>'
            for label, value in tiles
        )
        + "\n</div>\n</section>"
    )


def per_language(data: ReportData) -> str:
    locale = data.locale
    rows = [
        [
            language_cell(row.language, locale),
            escape(number(row.questions, locale)),
            *(escape(percent(row.share(outcome), locale)) for outcome in OUTCOMES),
            escape(number(row.helpful, locale)),
            escape(number(row.unhelpful, locale)),
            escape(number(row.open_gaps, locale)),
        ]
        for row in [*data.stats.languages, data.stats.total]
    ]
    head = ["language", "questions", "answered", "clarified", "unanswered", "👍", "👎"]
    series = {TOTAL: all_languages(data.weeks), **data.weeks}
    charts = "\n".join(
        weekly_chart(language, weeks, locale)
        for language, weeks in series.items()
        if any(week.questions for week in weeks)
    )
    return (
        '<section id="languages">\n<h2>Per language</h2>\n'
        + table([*head, "open gaps"], rows)
        + "\n<h3>Week by week</h3>\n<p>"
        + legend()
        + "</p>\n"
        + (f'<div class="charts">\n{charts}\n</div>' if charts else no_questions())
        + "\n</section>"
    )


def all_languages(weeks: Mapping[str, Sequence[Week]]) -> list[Week]:
    """Every language's weeks added up: the first chart, the bot as a whole."""
    series = list(weeks.values())
    if not series:
        return []
    return [
        Week(same[0].start, sum((week.outcomes for week in same), Counter()))
        for same in zip(*series, strict=True)
    ]


def no_questions() -> str:
    return '<p class="muted">No questions in this period.</p>'


def legend() -> str:
    return "".join(
        f'<span class="key" style="background:{COLOURS[outcome]}"></span>{OUTCOME_LABELS[outcome]}'
        for outcome in OUTCOMES
    )


def gaps_section(data: ReportData) -> str:
    note = (
        "The needs the bot could not meet, the most asked first: link each to an entry with "
        "<code>python -m bot gaps resolve</code>, or write one."
    )
    if data.gaps and data.gaps[0].id is None:
        note = "No gap is recorded yet: these are the unanswered questions, the most asked first."
    rows = [gap_row(gap, data) for gap in data.gaps]
    head = ["gap", "asked", "waiting", "languages", "examples", "closest entry"]
    content = table(head, rows, numeric=(1, 2)) if rows else '<p class="muted">None.</p>'
    return f'<section id="gaps">\n<h2>Top open gaps</h2>\n<p>{note}</p>\n{content}\n</section>'


def gap_row(gap: OpenGap, data: ReportData) -> list[str]:
    examples = "".join(text_in(language, text, "li") for language, text in gap.examples)
    first_language = gap.languages[0] if gap.languages else "en"
    return [
        escape(f"#{gap.id}") if gap.id is not None else "—",
        escape(number(gap.count, data.locale)),
        escape(number(gap.waiting, data.locale)),
        escape(", ".join(gap.languages)),
        f'<ul class="examples">{examples}</ul>',
        entry_link(data.knowledge, gap.suggested, first_language),
    ]


def most_read(data: ReportData) -> str:
    rows = [
        [
            language_cell(row.language, data.locale),
            escape(number(reads, data.locale)),
            entry_link(data.knowledge, entry, row.language),
        ]
        for row in data.stats.languages
        for entry, reads in row.most_read
    ]
    content = table(["language", "reads", "entry"], rows, numeric=(1,)) if rows else no_questions()
    return (
        '<section id="read">\n<h2>Most read entries</h2>\n'
        "<p>Answers given, and entries chosen under “Did you mean…?”.</p>\n"
        f"{content}\n</section>"
    )


def coverage_section(data: ReportData) -> str:
    locale = data.locale
    rows = [
        [
            language_cell(row.language, locale),
            *(escape(number(value, locale)) for value in row.counts()),
        ]
        for row in data.coverage
    ]
    head = [
        "language",
        "entries",
        "official",
        "project translations",
        "project-written",
        "learned questions",
        "missing",
        "no title",
        "no text",
        f"< {MIN_QUESTIONS} questions",
    ]
    return (
        '<section id="coverage">\n<h2>Coverage of the knowledge</h2>\n'
        + table(head, rows)
        + "\n"
        + coverage_details(data.coverage)
        + "\n</section>"
    )


def coverage_details(coverage: Sequence[LanguageCoverage]) -> str:
    """The entry ids behind the counts, where there are any, in short ranges."""
    items = []
    for row in coverage:
        lists = [
            ("project translations", row.origins[Origin.PROJECT_TRANSLATION]),
            ("project-written", row.origins[Origin.PROJECT]),
            ("missing", row.missing),
            ("no title", row.no_title),
            ("no text", row.no_text),
            (f"fewer than {MIN_QUESTIONS} questions", tuple(id for id, _ in row.few_questions)),
        ]
        parts = [f"{label}: {escape(compact_ids(ids))}" for label, ids in lists if ids]
        if parts:
            items.append(f"<li><code>{escape(row.language)}</code> — {'; '.join(parts)}</li>")
    return "<ul>\n" + "\n".join(items) + "\n</ul>" if items else ""


# The weekly chart


BAR, PITCH, LEFT, TOP, PLOT, BOTTOM = 22, 32, 40, 20, 120, 24


def weekly_chart(language: str, weeks: Sequence[Week], locale: str) -> str:
    """Stacked bars, one per week: the share answered (bottom), clarified, unanswered (top),
    with the week's number of questions above its bar and each part's figures as a tooltip."""
    width = LEFT + PITCH * len(weeks) + 8
    height = TOP + PLOT + BOTTOM
    name = "All languages" if language == TOTAL else language_label(language, locale)
    label = f"{name}: share of questions answered, clarified and unanswered, week by week"
    every = max(1, ceil(len(weeks) / 10))  # week labels that fit under the bars
    parts = [
        f'<svg viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" font-size="10" '
        f'font-family="system-ui, sans-serif"><title>{escape(label)}</title>',
        *gridlines(width, locale),
        *(bar(n, week, language, locale, show_date=n % every == 0) for n, week in enumerate(weeks)),
        "</svg>",
    ]
    caption = language_cell(language, locale)
    return f"<figure><figcaption>{caption}</figcaption>\n" + "\n".join(parts) + "\n</figure>"


def gridlines(width: int, locale: str) -> list[str]:
    lines = []
    for share in (0.0, 0.5, 1.0):
        y = TOP + PLOT * (1 - share)
        lines.append(
            f'<line x1="{LEFT - 4}" y1="{y:g}" x2="{width - 4}" y2="{y:g}" stroke="#ccc"/>'
            f'<text x="{LEFT - 6}" y="{y + 3:g}" text-anchor="end" fill="#555">'
            f"{escape(percent(share, locale))}</text>"
        )
    return lines


def bar(n: int, week: Week, language: str, locale: str, show_date: bool) -> str:
    """One week's bar; an empty week is an outline, so that it is not mistaken for a gap."""
    x = LEFT + n * PITCH + (PITCH - BAR) // 2
    when = day(week.start, locale, "d MMM")
    pieces = []
    if week.questions:
        bottom = float(TOP + PLOT)
        for outcome in OUTCOMES:
            count = week.outcomes[outcome]
            if not count:
                continue
            height = PLOT * count / week.questions
            bottom -= height
            tip = (
                f"{language}, week of {when}: {OUTCOME_LABELS[outcome]} "
                f"{number(count, locale)} of {number(week.questions, locale)} "
                f"({percent(count / week.questions, locale)})"
            )
            pieces.append(
                f'<rect x="{x}" y="{bottom:.1f}" width="{BAR}" height="{height:.1f}" '
                f'fill="{COLOURS[outcome]}"><title>{escape(tip)}</title></rect>'
            )
    else:
        pieces.append(
            f'<rect x="{x}" y="{TOP}" width="{BAR}" height="{PLOT}" fill="none" '
            f'stroke="#bbb" stroke-dasharray="3 3"><title>{escape(f"week of {when}: no questions")}'
            "</title></rect>"
        )
    middle = x + BAR / 2
    pieces.append(
        f'<text x="{middle:g}" y="{TOP - 5}" text-anchor="middle">'
        f"{escape(number(week.questions, locale))}</text>"
    )
    if show_date:
        pieces.append(
            f'<text x="{middle:g}" y="{TOP + PLOT + 15}" text-anchor="middle" fill="#555">'
            f"{escape(when)}</text>"
        )
    return "".join(pieces)
