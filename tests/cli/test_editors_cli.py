"""The editors' commands in process, on a database with gaps: every one of them, and their
contracts (``gaps list --json``), as ``docs/editing.md`` and ``DESIGN.md`` describe them."""

from __future__ import annotations

import asyncio
import csv
import io
import json
from pathlib import Path

import pytest
import yaml

from bot.cli.main import main
from bot.storage import Storage


async def with_gaps(database: Path) -> None:
    """Two gaps: the weather (three times, one waiting), scholarships in French and Spanish."""
    async with await Storage.open(database) as storage:
        weather = await storage.record_question(
            "a", "en", "weather in dakar tomorrow", "unanswered", None, None
        )
        await storage.record_question(
            "b", "en", "weather in dakar tomorrow", "unanswered", None, None
        )
        await storage.record_question(
            "f", "en", "weather in dakar tomorow", "unanswered", None, None
        )
        await storage.subscribe(weather, 42, "en")
        # The same entry came closest to both, and two of the three closest agree.
        french, spanish = ("bc-19", "bc-40", "bc-43"), ("bc-19", "bc-42", "bc-40")
        await storage.record_question(
            "c", "fr", "bourses de l'unesco", "unanswered", "bc-19", 0.2, french
        )
        await storage.record_question(
            "d", "es", "becas de la unesco", "unanswered", "bc-19", 0.3, spanish
        )
        await storage.record_question("e", "en", "can ai replace teachers", "answer", "bc-12", 0.9)


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "bot.sqlite3"
    asyncio.run(with_gaps(path))
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_gaps_list_json_is_the_contract(capsys: pytest.CaptureFixture[str], database: Path) -> None:
    code, out, _ = run(capsys, "gaps", "list", "--json", "--database", str(database))
    assert code == 0
    gaps = json.loads(out)
    assert [(g["count"], sorted(g["languages"]), g["waiting"]) for g in gaps] == [
        (3, ["en"], 1),
        (2, ["es", "fr"], 0),
    ]
    for gap in gaps:
        assert set(gap) >= {
            "id",
            "status",
            "count",
            "languages",
            "examples",
            "suggested",
            "waiting",
        }
        assert gap["status"] == "new"
    assert gaps[1]["suggested"] == "bc-19"


def test_gaps_list_filters_by_language(capsys: pytest.CaptureFixture[str], database: Path) -> None:
    _, out, _ = run(capsys, "gaps", "list", "--json", "--lang", "es", "--database", str(database))
    assert [sorted(g["languages"]) for g in json.loads(out)] == [["es", "fr"]]


def test_show_ignore_resolve_and_the_status_filter(
    capsys: pytest.CaptureFixture[str], database: Path
) -> None:
    db = ["--database", str(database)]
    code, out, _ = run(capsys, "gaps", "show", "1", *db)
    assert code == 0
    assert "weather in dakar tomorrow" in out
    assert run(capsys, "gaps", "ignore", "1", *db)[:2] == (0, "gap 1 ignored\n")
    code, out, _ = run(capsys, "gaps", "resolve", "2", "--entry", "bc-19", *db)
    assert code == 0
    assert out.startswith("gap 2 linked to bc-19: 2 questions learned")
    code, _, err = run(capsys, "gaps", "resolve", "2", "--entry", "bc-20", *db)
    assert code == 1
    assert err == "error: gap 2 is already linked to bc-19\n"
    assert run(capsys, "gaps", "resolve", "1", "--entry", "bc-99", *db)[2] == (
        "error: no entry 'bc-99' in the knowledge base\n"
    )
    assert run(capsys, "gaps", "show", "9", *db)[2] == "error: no gap 9\n"
    _, out, _ = run(capsys, "gaps", "list", "--json", "--status", "resolved", *db)
    assert [(g["id"], g["entry"]) for g in json.loads(out)] == [(2, "bc-19")]
    _, out, _ = run(capsys, "gaps", "list", *db)
    assert out == ""  # nothing new left


def test_export_as_csv_and_yaml(capsys: pytest.CaptureFixture[str], database: Path) -> None:
    db = ["--database", str(database)]
    _, out, _ = run(capsys, "gaps", "export", "--format", "csv", *db)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [row["count"] for row in rows] == ["3", "2"]
    assert rows[1]["languages"] in {"fr | es", "es | fr"}
    _, out, _ = run(capsys, "gaps", "export", "--format", "yaml", *db)
    assert [gap["id"] for gap in yaml.safe_load(out)["gaps"]] == [1, 2]


def test_learned_list_export_and_remove(capsys: pytest.CaptureFixture[str], database: Path) -> None:
    db = ["--database", str(database)]
    run(capsys, "gaps", "resolve", "2", "--entry", "bc-19", *db)
    _, out, _ = run(capsys, "learned", "list", *db)
    lines = out.splitlines()
    assert len(lines) == 2
    assert all("bc-19" in line for line in lines)
    _, out, _ = run(capsys, "learned", "export", *db)
    exported = yaml.safe_load(out)["entries"]
    assert exported[0]["id"] == "bc-19"
    assert set(exported[0]["languages"]) == {"fr", "es"}
    first = lines[0].split()[0].lstrip("#")
    assert run(capsys, "learned", "remove", first, *db)[0] == 0
    _, out, _ = run(capsys, "learned", "list", *db)
    assert len(out.splitlines()) == 1
    assert (
        run(capsys, "learned", "remove", first, *db)[2] == f"error: no learned question {first}\n"
    )


def test_preview_of_a_changed_knowledge_lists_what_changes(
    capsys: pytest.CaptureFixture[str], database: Path, tmp_path: Path
) -> None:
    import shutil

    from tests.conftest import KNOWLEDGE_DIR

    draft = tmp_path / "draft"
    shutil.copytree(KNOWLEDGE_DIR, draft)
    teachers = draft / "beijing-consensus" / "03-teaching-and-teachers.yaml"
    data = yaml.safe_load(teachers.read_text(encoding="utf-8"))
    for entry in data["entries"]:
        entry["languages"]["en"]["questions"] = []
        entry["languages"]["en"]["keywords"] = []
    teachers.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    code, out, _ = run(capsys, "preview", str(draft), "--database", str(database))
    assert code == 0
    assert out.startswith(f"{draft}: sound\n")
    [english] = [line for line in out.splitlines() if line.startswith("en ")]
    replayed, changed = (int(n) for n in english.split()[1:3])
    assert replayed > 0
    assert changed > 0
    assert "→" in out
