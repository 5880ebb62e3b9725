"""``python -m bot report --html`` in process: the page parses, stands alone, and shows the
test database's numbers, with every stored text escaped and marked with its language."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from html.parser import HTMLParser
from pathlib import Path

import pytest

from bot.failures import EXIT_DATA
from tests.editors.test_stats import ARABIC, ESCAPE_ME, build_database, run

VOID = {"meta", "br", "hr", "img", "input", "link", "wbr", "col", "source", "area", "base"}
SOURCE_URL = "https://unesdoc.unesco.org/"


class Page(HTMLParser):
    """What a test needs of the page: every tag with its attributes, the text, and whether
    every element that was opened was closed in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.open: list[str] = []
        self.errors: list[str] = []
        self.text: list[str] = []
        self.doctype = ""

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.open[-1:] or 'nothing'}")
        else:
            self.open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def attributes(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]


@pytest.fixture
async def page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Page, str, str]:
    """The report of the test database: the parsed page, its source and what was printed."""
    database = tmp_path / "bot.sqlite3"
    await build_database(database)
    target = tmp_path / "report.html"
    code, out, err = run(capsys, "report", "--html", str(target), "--database", str(database))
    assert (code, err) == (0, "")
    source = target.read_text(encoding="utf-8")
    parsed = Page()
    parsed.feed(source)
    parsed.close()
    return parsed, source, out


def test_the_page_is_well_formed_html5(page: tuple[Page, str, str]) -> None:
    parsed, _source, out = page
    assert parsed.doctype.lower() == "doctype html"
    assert (parsed.errors, parsed.open) == ([], [])
    [html] = parsed.attributes("html")
    assert html["lang"] == "en"
    assert next(attrs.get("charset") for attrs in parsed.attributes("meta")) == "utf-8"
    assert len(parsed.attributes("title")) >= 1
    assert out.startswith("report written to ")


def test_the_page_stands_alone(page: tuple[Page, str, str]) -> None:
    """No script, no stylesheet, image or font to fetch: it works offline. The only addresses
    are links to the source documents."""
    parsed, source, _ = page
    assert "<svg" in source
    tags = {name for name, _ in parsed.tags}
    assert not tags & {"script", "link", "img", "iframe", "object", "embed", "base"}
    for name, attrs in parsed.tags:
        for attribute, value in attrs.items():
            if value and re.search(r"https?:|//", value):
                assert (name, attribute) == ("a", "href"), (name, attribute, value)
                assert value.startswith(SOURCE_URL)
    assert "url(" not in source
    assert "@import" not in source
    outside_links = re.sub(r'<a href="[^"]*"', "", source)
    assert "http://" not in outside_links
    assert "https://" not in outside_links


def test_the_page_shows_the_numbers_of_the_database(page: tuple[Page, str, str]) -> None:
    _parsed, source, _ = page
    rows = re.findall(r"<tr>(.*?)</tr>", source)
    english = next(row for row in rows if "<code>en</code>" in row)
    cells = re.findall(r'<td class="n">([^<]*)</td>', english)
    # questions, answered, clarified, unanswered, 👍, 👎, open gaps
    assert cells == ["4", "75%", "0%", "25%", "1", "1", "0"]
    total = next(row for row in rows if "All languages" in row)
    assert re.findall(r'<td class="n">([^<]*)</td>', total) == [
        "7",
        "43%",
        "14%",
        "43%",
        "1",
        "2",
        "1",
    ]
    charts = source.count("<svg")
    assert charts == 4  # all languages, then en, fr and ar, which had questions
    assert "en, week of" in source
    assert "answered 2 of 3" in source


def test_the_page_lists_the_open_gaps_with_escaped_examples(page: tuple[Page, str, str]) -> None:
    parsed, source, _ = page
    text = "".join(parsed.text)
    assert ESCAPE_ME in text  # shown as written...
    assert "<script>" not in source  # ...never as markup
    gaps = source[source.index('id="gaps"') : source.index('id="read"')]
    [row] = re.findall(r"<tr><td>#7</td>.*?</tr>", gaps)
    assert re.findall(r'<td class="n">([^<]*)</td>', row) == ["2", "1"]  # asked, waiting
    assert "<td>ar, fr</td>" in row or "<td>fr, ar</td>" in row
    assert f'<li lang="ar" dir="rtl">{ARABIC}</li>' in row
    assert f'<a href="{SOURCE_URL}' in row
    assert "<code>bc-24</code>" in row
    assert "#8" not in gaps  # ignored


def test_the_page_shows_coverage_and_most_read(page: tuple[Page, str, str]) -> None:
    _, source, _ = page
    coverage = source[source.index('id="coverage"') :]
    french = next(
        row for row in re.findall(r"<tr>(.*?)</tr>", coverage) if "<code>fr</code>" in row
    )
    # entries, official, project translations, project-written, learned, missing, ...
    assert re.findall(r'<td class="n">([^<]*)</td>', french)[1:5] == ["44", "6", "2", "2"]
    read = source[source.index('id="read"') : source.index('id="coverage"')]
    assert "<code>bc-12</code>" in read
    assert '<th class="n">reads</th><th>entry</th>' in read


async def test_the_page_before_any_gap_lists_unanswered_questions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "bot.sqlite3"
    await build_database(database)
    with closing(sqlite3.connect(database)) as db, db:
        db.execute("UPDATE questions SET gap_id = NULL")
        db.execute("DELETE FROM gaps")
    target = tmp_path / "report.html"
    assert run(capsys, "report", "--html", str(target), "--database", str(database))[0] == 0
    source = target.read_text(encoding="utf-8")
    assert "No gap is recorded yet" in source
    assert "unesco scholarships" in source


async def test_report_to_an_unwritable_place_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "bot.sqlite3"
    await build_database(database)
    target = tmp_path / "no" / "such" / "dir" / "report.html"
    code, _, err = run(capsys, "report", "--html", str(target), "--database", str(database))
    assert code == 1
    assert err == f"error: cannot write {target}: No such file or directory\n"


def test_report_on_a_file_that_is_not_a_database_fails_with_the_data_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "bot.sqlite3"
    database.write_text("not a database", encoding="utf-8")
    target = tmp_path / "report.html"
    code, _, err = run(capsys, "report", "--html", str(target), "--database", str(database))
    assert code == EXIT_DATA
    assert err.startswith(f"error: cannot read {database}: ")
    assert not target.exists()
