"""``python -m bot`` in process: ``main([...])`` with the output read back, as a user reads it.

Contracts other tools rely on (``DESIGN.md``) are checked field by field. Two things only a real
process shows stay subprocess tests: the exit code through ``python -m bot``, and that
``health`` (every 30 s in the container) imports neither python-telegram-bot nor aiosqlite.
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli.main import build_parser, main
from bot.failures import EXIT_CONFIG, EXIT_KNOWLEDGE
from tests.conftest import ROOT


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_validate_summarises_a_sound_knowledge_base(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "validate")
    assert code == 0
    assert out.splitlines()[0].endswith(": sound")
    assert re.search(r"^\d+ entries, \d+ topics, \d+ sources$", out, re.M)


def test_validate_reports_each_problem_and_exits_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "bad.yaml").write_text("entries:\n  - id: Bad Id\n", encoding="utf-8")
    code, out, err = run(capsys, "validate", str(tmp_path))
    assert code == 1
    assert out
    assert all("bad.yaml:" in line for line in out.splitlines())
    assert err.strip().endswith(f"in {tmp_path}")


def test_show_json_is_the_documented_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "bc-24", "--lang", "ar", "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) >= {"id", "language", "title", "text", "topic", "source"}
    assert (data["id"], data["language"], data["source"]["paragraph"]) == ("bc-24", "ar", 24)


def test_show_an_unknown_entry_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "show", "bc-99", "--lang", "en")
    assert (code, out) == (1, "")
    assert err.startswith("error: no entry 'bc-99'")


def test_show_with_a_missing_knowledge_dir_fails_with_the_knowledge_code(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "show", "bc-12", "--lang", "en", "--knowledge", "/nope")
    assert code == EXIT_KNOWLEDGE
    assert out == "/nope:0: -: -: no such directory\n"
    assert err.startswith("error: 1 problem in the knowledge directory /nope")


def test_ask_json_is_the_documented_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "ask", "--json", "Les machines vont-elles remplacer les professeurs ?"
    )
    assert code == 0
    [line] = out.splitlines()
    data = json.loads(line)
    assert set(data) >= {"question", "language", "answered", "outcome", "matches"}
    assert (data["language"], data["outcome"], data["answered"]) == ("fr", "answer", True)
    assert data["matches"][0]["id"] == "bc-12"
    scores = [match["score"] for match in data["matches"]]
    assert scores == sorted(scores, reverse=True)
    assert all(0 <= s <= 1 for s in scores)


def test_backup_copies_the_database_and_refuses_to_overwrite(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    database = tmp_path / "bot.sqlite3"
    with sqlite3.connect(database) as db:
        db.execute("CREATE TABLE t (x)")
        db.execute("INSERT INTO t VALUES (42)")
    copy = tmp_path / "copy.sqlite3"
    assert run(capsys, "backup", str(copy), "--database", str(database))[0] == 0
    with sqlite3.connect(copy) as db:
        assert db.execute("SELECT x FROM t").fetchall() == [(42,)]
    code, _, err = run(capsys, "backup", str(copy), "--database", str(database))
    assert code == 1
    assert "exists" in err


def test_a_configuration_error_is_one_line_naming_the_variable(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RETENTION_DAYS", "forever")
    code, _, err = run(capsys, "gaps", "list")
    assert code == EXIT_CONFIG
    assert err == "error: RETENTION_DAYS must be a number of days, not 'forever'\n"


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    subcommands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    names = sorted(subcommands.choices)
    assert names, "no subcommands found"
    for name in names:
        assert f"python -m bot {name}" in readme, f"`python -m bot {name}` is not in README.md"


def test_health_imports_neither_telegram_nor_aiosqlite(tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "from bot.cli.main import main\n"
        "code = main(['health'])\n"
        "heavy = ('telegram', 'aiosqlite', 'yaml', 'numpy')\n"
        "loaded = sorted(m for m in heavy if m in sys.modules)\n"
        "print(code, loaded)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "DATA_DIR": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip().splitlines()[-1] == "1 []", result.stdout + result.stderr
