"""``python -m bot coverage`` in process, over the shipped knowledge base and a test database,
and the rules behind it over entries changed to lack something."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from pathlib import Path

import pytest

from bot.editors.coverage import MIN_QUESTIONS, coverage
from bot.knowledge.model import KnowledgeBase, Origin
from bot.languages import LANGUAGES
from tests.editors.test_stats import build_database, run

PROGRAMMES = {
    "unesco-global-ai-training-public-sector",
    "unesco-programme-ai-public-sector",
    "unesco-digital-competency-framework",
    "unesco-mooc-digital-transformation-ai",
    "unesco-ai-tools-repository",
    "unesco-trainings-2025",
}


@pytest.fixture
async def database(tmp_path: Path) -> Path:
    path = tmp_path / "bot.sqlite3"
    await build_database(path)
    return path


def test_coverage_json_counts_each_language_and_its_learned_questions(
    capsys: pytest.CaptureFixture[str], database: Path, knowledge: KnowledgeBase
) -> None:
    code, out, _ = run(capsys, "coverage", "--json", "--database", str(database))
    assert code == 0
    data = json.loads(out)
    assert (data["database"], data["min_questions"]) == (str(database), MIN_QUESTIONS)
    assert list(data["languages"]) == list(LANGUAGES)
    for language, row in data["languages"].items():
        assert row["entries"] == len(knowledge.entries), language
        assert sum(row["origins"].values()) == row["entries"]
        assert len(row["project_translation"]) == row["origins"]["project-translation"]
    en, fr = data["languages"]["en"], data["languages"]["fr"]
    assert en["project_translation"] == []  # the programmes are quoted from English
    assert set(fr["project_translation"]) == PROGRAMMES
    assert all(entry.startswith("about-") for entry in en["project"])
    assert [data["languages"][code]["learned"] for code in LANGUAGES] == [1, 2, 0, 0, 0, 0]


def test_coverage_without_a_database_counts_no_learned_questions(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "empty"))
    code, out, _ = run(capsys, "coverage", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["database"] is None
    assert all(row["learned"] == 0 for row in data["languages"].values())


def test_coverage_text_is_a_table_then_the_entries_behind_it(
    capsys: pytest.CaptureFixture[str], database: Path
) -> None:
    code, out, _ = run(capsys, "coverage", "--database", str(database))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].endswith(f"learned questions from {database}")
    header = next(line for line in lines if line.startswith("language "))
    assert header.split()[:6] == [
        "language",
        "entries",
        "official",
        "translated",
        "project",
        "learned",
    ]
    fr = next(line for line in lines if line.startswith("fr ")).split()
    assert fr[2:6] == ["44", "6", "2", "2"]  # official, translated, project-written, learned
    assert (
        "  project translations in fr, es, ru, zh, ar: unesco-global-ai-training-public-sector,"
        in lines
    )
    assert "nothing: every entry has a title" in out
    assert max(len(line) for line in lines[1:]) <= 100  # the first names the files


def test_coverage_finds_what_entries_lack(knowledge: KnowledgeBase) -> None:
    """An entry short of alternate questions, one without a title, one not translated."""
    entries = dict(knowledge.entries)
    bc12 = entries["bc-12"]
    fr = bc12.languages["fr"]
    entries["bc-12"] = dataclasses.replace(
        bc12,
        languages={**bc12.languages, "fr": dataclasses.replace(fr, questions=fr.questions[:3])},
    )
    bc13 = entries["bc-13"]
    entries["bc-13"] = dataclasses.replace(
        bc13,
        languages={
            **{code: text for code, text in bc13.languages.items() if code != "zh"},
            "ru": dataclasses.replace(bc13.languages["ru"], title=" "),
            "es": dataclasses.replace(bc13.languages["es"], text=""),
        },
    )
    changed = dataclasses.replace(knowledge, entries=entries)
    rows = {row.language: row for row in coverage(changed, Counter({"fr": 4}))}
    assert rows["fr"].few_questions == (("bc-12", 3),)
    assert rows["fr"].learned == 4
    assert rows["zh"].missing == ("bc-13",)
    assert rows["zh"].entries == len(entries) - 1
    assert rows["ru"].no_title == ("bc-13",)
    assert rows["es"].no_text == ("bc-13",)
    assert rows["en"].origins[Origin.OFFICIAL]
    assert not rows["en"].missing


def test_coverage_with_a_broken_knowledge_dir_fails_like_the_other_commands(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(capsys, "coverage", "--knowledge", "/nope")
    assert code == 3
    assert err.startswith("error: 1 problem in the knowledge directory /nope")
