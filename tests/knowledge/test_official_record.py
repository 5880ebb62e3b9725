"""Official texts are protected: ``validate`` tells a changed quotation from a project field."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest

from bot.knowledge.loader import KnowledgeError, Problem, load_knowledge
from bot.knowledge.model import KnowledgeBase
from bot.knowledge.official import (
    RECORD_FILE,
    Record,
    RecordError,
    first_difference,
    load_record,
    official_texts,
)
from tests.conftest import KNOWLEDGE_DIR, ROOT
from tools.fingerprint_official import main as fingerprint_main
from tools.fingerprint_official import record_of

TEACHERS = "beijing-consensus/03-teaching-and-teachers.yaml"
FRENCH_WORDS = "les enseignants ne peuvent être remplacés par des machines"


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A copy of the shipped knowledge, to edit as an editor would."""
    directory = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE_DIR, directory)
    return directory


def edit(directory: Path, name: str, old: str, new: str) -> int:
    """Replace ``old`` once in a file; return the line it was on."""
    path = directory / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def problems(directory: Path) -> list[Problem]:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(directory)
    return caught.value.problems


def test_the_shipped_knowledge_is_sound_and_its_record_up_to_date() -> None:
    load_knowledge(KNOWLEDGE_DIR)
    record, found = record_of(KNOWLEDGE_DIR)
    assert found == []
    assert record is not None
    assert record.dumps() == RECORD_FILE.read_text(encoding="utf-8"), (
        "run python -m tools.fingerprint_official"
    )


def test_a_word_changed_in_an_official_french_text_names_entry_language_and_words(
    copy: Path,
) -> None:
    edit(copy, TEACHERS, FRENCH_WORDS, FRENCH_WORDS.replace("ne peuvent", "ne peuvent pas"))
    [problem] = problems(copy)
    text_line = (
        (copy / TEACHERS).read_text(encoding="utf-8").split("\n").index("        text: >-", 60)
    )
    assert (problem.file, problem.line) == (f"knowledge/{TEACHERS}", text_line + 1)
    assert (problem.entry, problem.field) == ("bc-12", "languages.fr.text")
    assert problem.message == (
        'differs from the official text at "… enseignants ne peuvent pas être remplacés par …": '
        'the source says "… enseignants ne peuvent être remplacés par …"'
    )


def test_titles_questions_and_keywords_stay_free_to_edit(copy: Path) -> None:
    edit(
        copy,
        TEACHERS,
        'title: "Les enseignants ne peuvent pas être remplacés par des machines"',
        'title: "Les machines ne remplaceront pas les enseignants"',
    )
    edit(copy, TEACHERS, '- "robots à la place des enseignants"', '- "des robots profs ?"')
    edit(copy, TEACHERS, '"syndicats", ', '"syndicats enseignants", ')
    loaded = load_knowledge(copy)
    assert loaded.entries["bc-12"].languages["fr"].title.startswith("Les machines")


def test_line_breaks_in_an_official_text_may_move(copy: Path) -> None:
    edit(copy, TEACHERS, "\n          les apprenants. Être", " les apprenants.\n          Être")
    load_knowledge(copy)


def test_an_official_heading_and_an_addressee_sentence_are_protected_too(copy: Path) -> None:
    edit(copy, TEACHERS, 'zh: "人工智能赋能教学和教师"', 'zh: "人工智能赋能教学与教师"')
    edit(copy, "sources.yaml", "partners active in the field", "partners in the field")
    found = {(p.entry, p.field): p.message for p in problems(copy)}
    assert set(found) == {
        ("bc-teachers", "name.zh"),
        ("beijing-consensus", "addressees.international-organizations.en"),
    }
    assert '"…智能赋能教学与教师"' in found["bc-teachers", "name.zh"]


def test_an_added_official_entry_without_a_record_is_an_error(copy: Path) -> None:
    path = copy / TEACHERS
    path.write_text(
        path.read_text(encoding="utf-8")
        + "  - id: bc-teachers-extra\n"
        + "    source: beijing-consensus\n"
        + "    topic: bc-teachers\n"
        + "    languages:\n"
        + "      en:\n"
        + '        title: "More on teachers"\n'
        + "        origin: official\n"
        + '        text: "Teachers matter."\n',
        encoding="utf-8",
    )
    [problem] = problems(copy)
    assert (problem.entry, problem.field) == ("bc-teachers-extra", "languages.en.text")
    assert problem.message.startswith("official text not recorded")
    assert "python -m tools.fingerprint_official" in problem.message


def test_a_recorded_official_text_cannot_quietly_become_a_translation(copy: Path) -> None:
    line = edit(
        copy,
        TEACHERS,
        "origin: official\n        text: >-\n          Garder",
        "origin: project-translation\n        text: >-\n          Garder",
    )
    [problem] = problems(copy)
    assert (problem.line, problem.entry, problem.field) == (line, "bc-12", "languages.fr.origin")
    assert problem.message.startswith("must be official")


def test_a_source_with_no_recorded_texts_is_not_checked(tmp_path: Path) -> None:
    """A new document, or a test's small base: its official texts are not recorded yet."""
    from tests.knowledge.test_loader_errors import entry, write_base

    load_knowledge(write_base(tmp_path, entry()))


def test_the_record_cannot_be_edited_by_hand(tmp_path: Path) -> None:
    data = json.loads(RECORD_FILE.read_text(encoding="utf-8"))
    data["sources"]["beijing-consensus"]["entries"]["bc-12"]["fr"]["text"] += " Ou pas."
    path = tmp_path / "official_texts.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(RecordError, match="entries bc-12 fr does not match its SHA-256"):
        load_record(path)
    path.write_text("{", encoding="utf-8")
    with pytest.raises(RecordError, match="cannot read"):
        load_record(path)


def test_the_record_ships_inside_the_package_that_the_image_copies() -> None:
    assert RECORD_FILE.parent == ROOT / "bot" / "knowledge"
    assert "COPY bot ./bot" in (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "!bot/" in (ROOT / ".dockerignore").read_text(encoding="utf-8").split()


def test_the_official_check_is_fast(knowledge: KnowledgeBase) -> None:
    record = load_record()
    texts = list(official_texts(knowledge))
    start = time.perf_counter()
    for _ in range(5):
        assert [q for q in texts if record.problem(q)] == []
    assert (time.perf_counter() - start) / 5 < 0.05


def test_the_tool_refuses_to_record_a_text_the_seed_does_not_have(
    copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(copy, TEACHERS, FRENCH_WORDS, FRENCH_WORDS.replace("machines", "robots"))
    out = tmp_path / "record.json"
    assert fingerprint_main(["--knowledge", str(copy), "--record", str(out)]) == 1
    assert not out.exists()
    out_text = capsys.readouterr().out
    assert 'bc-12 fr: the YAML has "… remplacés par des robots, et veiller à …"' in out_text
    assert 'where the seed has "… remplacés par des machines, et veiller à …"' in out_text


def test_the_tool_records_the_shipped_texts_and_checks_them(tmp_path: Path) -> None:
    out = tmp_path / "record.json"
    assert fingerprint_main(["--record", str(out), "--check"]) == 1  # no file yet
    assert fingerprint_main(["--record", str(out)]) == 0
    assert fingerprint_main(["--record", str(out), "--check"]) == 0
    record = load_record(out)
    assert sum(len(texts) for texts in record.sources.values()) == 44 * 6 + 13 * 6 + 3 * 6 + 6


@pytest.mark.parametrize(
    ("ours", "theirs", "language", "expected"),
    [
        (
            "a b c d e f g h i",
            "a b c d X f g h i",
            "en",
            ("… b c d e f g h …", "… b c d X f g h …"),
        ),
        ("one two", "zero two", "en", ("one two", "zero two")),
        ("a b c d e", "a b c d", "en", ("… b c d e", "… b c d")),
        ("a b c d e", "a b X Y Z W V U T S R Q e", "en", ("a b c d e", "a b X Y Z W V U T S …")),
        (
            "一二三四五六七八九十甲乙丙丁",
            "一二三四五六七八九十甲乙丙丁戊",
            "zh",
            ("…九十甲乙丙丁", "…九十甲乙丙丁戊"),
        ),
    ],
)
def test_first_difference(ours: str, theirs: str, language: str, expected: tuple[str, str]) -> None:
    assert first_difference(ours, theirs, language) == expected


def test_record_round_trips_through_json(knowledge: KnowledgeBase) -> None:
    record = Record.of(official_texts(knowledge))
    assert Record.from_json(json.loads(record.dumps())) == record
