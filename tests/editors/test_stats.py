"""``python -m bot stats`` in process, on a small database made the way the bot makes it.

The database is built with ``Storage`` and its record methods; only what they cannot do is
written with SQL: the times questions were asked (to spread them over weeks), the gaps (the
grouping rule belongs to ``bot.editors.grouping`` and has its own tests) and learned questions.
``build_database`` is shared with the coverage and report tests.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from babel.dates import format_date

from bot.cli.main import main
from bot.storage import MIGRATIONS, Storage

DAY = 86400.0
ESCAPE_ME = "bourses <script>alert(1)</script> & stages"
ARABIC = "منح اليونسكو للطلاب"


async def build_database(path: Path) -> None:
    """en: 3 answered, 1 unanswered (and one answer 60 days old); fr: 1 clarified, 1
    unanswered; ar: 1 unanswered, waited on. One open gap (fr + ar, closest bc-24), one
    ignored (en). 👍 1 and 👎 1 in English, 👎 1 on an entry opened from a link."""
    async with await Storage.open(path) as storage:
        ids = {}
        for name, language, text, outcome, entry in [
            ("en1", "en", "will ai replace teachers", "answer", "bc-12"),
            ("en2", "en", "can machines replace teachers", "answer", "bc-12"),
            ("en3", "en", "ai in exams", "answer", "bc-24"),
            ("en4", "en", "unesco scholarships", "unanswered", None),
            ("old", "en", "an old question", "answer", "bc-01"),
            ("fr1", "fr", "les enseignants", "clarify", None),
            ("fr2", "fr", ESCAPE_ME, "unanswered", None),
            ("ar1", "ar", ARABIC, "unanswered", None),
        ]:
            ids[name] = await storage.record_question(
                f"user-{name}", language, text, outcome, entry, 0.5 if entry else None
            )
        await storage.record_clarification(ids["fr1"], "bc-12")
        await storage.record_feedback(ids["en1"], "user-en1", "bc-12", True)
        await storage.record_feedback(ids["en3"], "user-en3", "bc-24", False)
        await storage.record_feedback(None, "user-link", "bc-05", False)
        assert await storage.subscribe(ids["ar1"], 1234, "ar")
    with closing(sqlite3.connect(path)) as db, db:
        now = time.time()
        db.execute("UPDATE questions SET asked_at = ? WHERE id = ?", (now - 60 * DAY, ids["old"]))
        db.execute("UPDATE questions SET asked_at = ? WHERE id = ?", (now - 9 * DAY, ids["en3"]))
        db.execute("UPDATE questions SET gap_id = NULL")
        db.execute("DELETE FROM gaps")
        db.execute(
            "INSERT INTO gaps (id, status, suggested, created_at) VALUES (7, 'new', 'bc-24', ?)",
            (now,),
        )
        db.execute("INSERT INTO gaps (id, status, created_at) VALUES (8, 'ignored', ?)", (now,))
        db.execute("UPDATE questions SET gap_id = 7 WHERE id IN (?, ?)", (ids["fr2"], ids["ar1"]))
        db.execute("UPDATE questions SET gap_id = 8 WHERE id = ?", (ids["en4"],))
        db.executemany(
            "INSERT INTO learned (entry_id, language, text, added_at) VALUES (?, ?, ?, ?)",
            [
                ("bc-12", "fr", "profs", now),
                ("bc-24", "fr", "examens", now),
                ("bc-12", "en", "tutors", now),
            ],
        )


@pytest.fixture
async def database(tmp_path: Path) -> Path:
    path = tmp_path / "bot.sqlite3"
    await build_database(path)
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def row(out: str, language: str) -> list[str]:
    """The cells of one language's line of the table (numbers may hold a narrow space)."""
    [line] = [line for line in out.splitlines() if line.startswith(f"{language} ")]
    return re.split(r"\s{2,}", line.strip())


def test_stats_prints_a_table_per_language(
    capsys: pytest.CaptureFixture[str], database: Path
) -> None:
    code, out, _ = run(capsys, "stats", "--database", str(database))
    assert code == 0
    assert out.startswith("Questions from ")
    assert "(30 days)" in out.splitlines()[0]
    # language, questions, answered, clarified, unanswered, 👍, 👎, open gaps
    assert row(out, "en") == ["en", "4", "75%", "0%", "25%", "1", "1", "0"]
    assert row(out, "fr") == ["fr", "2", "0%", "50%", "50%", "0", "0", "1"]
    assert row(out, "ar") == ["ar", "1", "0%", "0%", "100%", "0", "0", "1"]
    assert row(out, "es") == ["es", "0", "—", "—", "—", "0", "0", "0"]
    assert row(out, "all") == ["all", "7", "43%", "14%", "43%", "1", "2", "1"]
    assert "  en  bc-12 (2), bc-24 (1)" in out
    assert "  all bc-12 (3), bc-24 (1)" in out


def test_stats_columns_line_up(capsys: pytest.CaptureFixture[str], database: Path) -> None:
    """The emoji headers take two columns in a terminal: the numbers under them still align."""
    from bot.editors.stats import display_width

    _, out, _ = run(capsys, "stats", "--database", str(database))
    lines = out.splitlines()
    table = [line for line in lines if line.startswith(("language ", "en ", "all "))]
    assert len(table) == 3
    assert len({display_width(line) for line in table}) == 1


def test_stats_json_has_raw_numbers(capsys: pytest.CaptureFixture[str], database: Path) -> None:
    code, out, _ = run(capsys, "stats", "--database", str(database), "--json", "--locale", "fr")
    assert code == 0
    [line] = out.splitlines()
    data = json.loads(line)
    assert data["days"] == 30
    assert data["to"] == date.today().isoformat()
    assert data["open_gaps_counted"] == "gaps"
    assert list(data["languages"]) == ["en", "fr", "es", "ru", "zh", "ar"]
    en = data["languages"]["en"]
    assert (en["questions"], en["answer"], en["clarify"], en["unanswered"]) == (4, 3, 0, 1)
    assert en["shares"] == {"answer": 0.75, "clarify": 0.0, "unanswered": 0.25}
    assert (en["helpful"], en["unhelpful"], en["open_gaps"]) == (1, 1, 0)
    assert en["most_read"] == [{"id": "bc-12", "reads": 2}, {"id": "bc-24", "reads": 1}]
    assert data["languages"]["fr"]["most_read"] == [{"id": "bc-12", "reads": 1}]
    assert data["languages"]["es"]["shares"]["answer"] is None
    total = data["total"]
    assert (total["questions"], total["helpful"], total["unhelpful"], total["open_gaps"]) == (
        7,
        1,
        2,
        1,
    )


def test_stats_days_widens_the_period(capsys: pytest.CaptureFixture[str], database: Path) -> None:
    _, out, _ = run(capsys, "stats", "--database", str(database), "--json", "--days", "90")
    data = json.loads(out)
    assert data["languages"]["en"]["questions"] == 5  # the answer of 60 days ago
    assert {"id": "bc-01", "reads": 1} in data["languages"]["en"]["most_read"]
    _, out, _ = run(capsys, "stats", "--database", str(database), "--json", "--days", "1")
    assert json.loads(out)["languages"]["en"]["questions"] == 3  # not the one of 9 days ago


def test_stats_formats_numbers_and_dates_for_the_locale(
    capsys: pytest.CaptureFixture[str], database: Path
) -> None:
    code, out, _ = run(capsys, "stats", "--database", str(database), "--locale", "fr")
    assert code == 0
    assert format_date(date.today(), format="medium", locale="fr") in out.splitlines()[0]
    assert re.fullmatch(r"75\s%", row(out, "en")[2])


def test_open_gaps_fall_back_to_unanswered_texts_when_no_gap_is_recorded(
    capsys: pytest.CaptureFixture[str], database: Path
) -> None:
    with closing(sqlite3.connect(database)) as db, db:
        db.execute("UPDATE questions SET gap_id = NULL")
        db.execute("DELETE FROM gaps")
    _, out, _ = run(capsys, "stats", "--database", str(database), "--json")
    data = json.loads(out)
    assert data["open_gaps_counted"] == "unanswered texts"
    assert [data["languages"][code]["open_gaps"] for code in ("en", "fr", "ar")] == [1, 1, 1]
    assert data["total"]["open_gaps"] == 3


def test_stats_reads_a_database_from_before_gaps(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A database at schema version 1 (no gaps, no learned questions) is read as it is."""
    path = tmp_path / "old.sqlite3"
    with closing(sqlite3.connect(path)) as db, db:
        db.executescript(MIGRATIONS[0] + "; PRAGMA user_version = 1;")
        db.execute(
            "INSERT INTO questions (user_key, language, text, outcome, asked_at) "
            "VALUES ('u', 'ru', 'стипендии', 'unanswered', ?)",
            (time.time(),),
        )
    code, out, _ = run(capsys, "stats", "--database", str(path), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["languages"]["ru"]["unanswered"] == 1
    assert data["total"]["open_gaps"] == 1
    with closing(sqlite3.connect(path)) as db, db:  # and it was not migrated: reports never write
        assert db.execute("PRAGMA user_version").fetchone() == (1,)


def test_stats_never_writes(capsys: pytest.CaptureFixture[str], database: Path) -> None:
    before = database.read_bytes()
    assert run(capsys, "stats", "--database", str(database))[0] == 0
    assert database.read_bytes() == before


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--days", "0"], "error: --days must be at least 1, not 0\n"),
        (["--locale", "xx_Nowhere"], "error: unknown locale 'xx_Nowhere'"),
    ],
)
def test_stats_refuses_bad_options_in_one_line(
    capsys: pytest.CaptureFixture[str], database: Path, arguments: list[str], message: str
) -> None:
    code, out, err = run(capsys, "stats", "--database", str(database), *arguments)
    assert (code, out) == (1, "")
    assert err.startswith(message)
    assert err.count("\n") == 1


def test_stats_without_a_database_says_where_it_looked(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "stats", "--database", str(tmp_path / "none.sqlite3"))
    assert code == 1
    assert (
        err == f"error: no database at {tmp_path / 'none.sqlite3'} (set DATA_DIR, or --database)\n"
    )
