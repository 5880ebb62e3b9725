"""Each kind of mistake an editor can make is reported with file, line, entry, field and reason."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.knowledge.loader import KnowledgeError, Problem, load_knowledge

SOURCES = """\
sources:
  - id: doc
    publisher: UNESCO
    year: 2019
    title:
      en: "A document"
"""

TOPIC = """\
topic:
  id: t-one
  source: doc
  order: 1
  addressed_to: governments
  name:
    en: "Topic one"
"""

ENTRY = """\
  - id: {id}
    source: doc
    topic: t-one
    related: {related}
    languages:
      en:
        title: "{title}"
        origin: official
        text: "{text}"
        questions: ["what is it"]
        keywords: ["it"]
"""


def write_base(directory: Path, entries: str) -> Path:
    knowledge = directory / "knowledge"
    knowledge.mkdir()
    (knowledge / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    (knowledge / "topic.yaml").write_text(TOPIC + "entries:\n" + entries, encoding="utf-8")
    return knowledge


def entry(id: str = "e-one", related: str = "[]", title: str = "Title", text: str = "Text.") -> str:
    return ENTRY.format(id=id, related=related, title=title, text=text)


def problems(directory: Path) -> list[Problem]:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(directory)
    return caught.value.problems


def test_a_sound_minimal_knowledge_base_loads(tmp_path: Path) -> None:
    knowledge = load_knowledge(write_base(tmp_path, entry() + entry("e-two", "[e-one]")))
    assert list(knowledge.entries) == ["e-one", "e-two"]
    assert knowledge.entries["e-two"].related == ("e-one",)


def test_invalid_yaml_names_file_and_line(tmp_path: Path) -> None:
    knowledge = write_base(tmp_path, entry())
    (knowledge / "broken.yaml").write_text("entries:\n  - id: x\n    title: [unclosed\n", "utf-8")
    [problem] = problems(knowledge)
    assert problem.file.endswith("broken.yaml")
    assert problem.line >= 3
    assert "invalid YAML" in problem.message


def test_file_not_in_utf8(tmp_path: Path) -> None:
    knowledge = write_base(tmp_path, entry())
    (knowledge / "latin1.yaml").write_bytes("entries: []\n# caf\xe9\n".encode("latin-1"))
    [problem] = problems(knowledge)
    assert (problem.line, problem.message) == (2, "not UTF-8 (byte 0xe9)")


def test_unknown_field_with_entry_and_line(tmp_path: Path) -> None:
    knowledge = write_base(
        tmp_path, entry().replace("    source: doc\n", "    source: doc\n    colour: red\n", 1)
    )
    [problem] = problems(knowledge)
    assert (problem.entry, problem.field) == ("e-one", "colour")
    assert problem.line == 11
    assert problem.message.startswith("unknown field")


def test_wrong_type(tmp_path: Path) -> None:
    knowledge = write_base(
        tmp_path, entry().replace('questions: ["what is it"]', 'questions: "what is it"')
    )
    [problem] = problems(knowledge)
    assert (problem.entry, problem.field) == ("e-one", "languages.en.questions")
    assert problem.message == "must be a list, not text"


def test_missing_language(tmp_path: Path) -> None:
    text = entry().split("    languages:")[0] + "    languages: {}\n"
    [problem] = problems(write_base(tmp_path, text))
    assert (problem.entry, problem.field) == ("e-one", "languages")
    assert "missing language" in problem.message


def test_unknown_language_code(tmp_path: Path) -> None:
    [problem] = problems(write_base(tmp_path, entry().replace("      en:", "      de:")))
    assert problem.field == "languages.de"


def test_empty_text(tmp_path: Path) -> None:
    [problem] = problems(write_base(tmp_path, entry(text=" ")))
    assert (problem.entry, problem.field, problem.message) == (
        "e-one",
        "languages.en.text",
        "is empty",
    )


def test_duplicate_id_across_files(tmp_path: Path) -> None:
    knowledge = write_base(tmp_path, entry())
    (knowledge / "more.yaml").write_text("entries:\n" + entry(), encoding="utf-8")
    [problem] = problems(knowledge)
    assert (problem.file, problem.line) == ("knowledge/topic.yaml", 9)  # files load in name order
    assert (problem.entry, problem.field) == ("e-one", "id")
    assert problem.message == "duplicate entry id (also at knowledge/more.yaml:2)"


def test_related_id_that_does_not_exist(tmp_path: Path) -> None:
    [problem] = problems(write_base(tmp_path, entry(related="[e-nowhere]")))
    assert (problem.entry, problem.field) == ("e-one", "related")
    assert problem.message == "unknown entry 'e-nowhere'"
    assert problem.line == 12


def test_title_over_the_limit(tmp_path: Path) -> None:
    [problem] = problems(write_base(tmp_path, entry(title="x" * 81)))
    assert problem.field == "languages.en.title"
    assert problem.message == "is 81 characters, over 80"


def test_one_mistake_is_reported_once_not_at_every_reference(tmp_path: Path) -> None:
    knowledge = write_base(tmp_path, entry())
    (knowledge / "sources.yaml").write_text(
        SOURCES.replace("    year: 2019\n", "    year: soon\n"), "utf-8"
    )
    [problem] = problems(knowledge)
    assert (problem.entry, problem.field) == ("doc", "year")


PROJECT_TOPIC = """\
topic:
  id: t-about
  order: 1
  addressed_to: public
  name:
    en: "About"
  name_origin: {en: project}
"""


def test_a_topic_named_by_the_project_may_have_no_source(tmp_path: Path) -> None:
    knowledge = write_base(tmp_path, entry())
    (knowledge / "about.yaml").write_text(
        PROJECT_TOPIC
        + "entries:\n"
        + entry("e-about").replace("topic: t-one", "topic: t-about").replace("official", "project"),
        "utf-8",
    )
    loaded = load_knowledge(knowledge)
    assert loaded.topics["t-about"].source is None
    assert [topic.id for topic in loaded.topics_in_order()] == ["t-one", "t-about"]


def test_a_document_heading_without_a_source_is_refused(tmp_path: Path) -> None:
    knowledge = write_base(tmp_path, entry())
    (knowledge / "about.yaml").write_text(
        PROJECT_TOPIC.replace("  name_origin: {en: project}\n", ""), "utf-8"
    )
    [problem] = problems(knowledge)
    assert (problem.file, problem.line) == ("knowledge/about.yaml", 2)
    assert (problem.entry, problem.field) == ("t-about", "source")
    assert problem.message.startswith("missing (only a topic named by the project")


def test_a_paragraph_cannot_be_written_by_the_project(tmp_path: Path) -> None:
    text = entry().replace("    topic: t-one\n", "    topic: t-one\n    paragraph: 3\n")
    [problem] = problems(write_base(tmp_path, text.replace("origin: official", "origin: project")))
    assert (problem.entry, problem.field) == ("e-one", "languages.en.origin")
    assert problem.line == 17  # the origin line
    assert "cannot stand for a paragraph" in problem.message


def test_python_tags_are_refused(tmp_path: Path) -> None:
    knowledge = write_base(tmp_path, entry())
    (knowledge / "evil.yaml").write_text(
        "entries: !!python/object/apply:os.system ['true']\n", "utf-8"
    )
    [problem] = problems(knowledge)
    assert problem.file.endswith("evil.yaml")


def test_validate_command_prints_one_line_per_problem_and_exits_1(tmp_path: Path) -> None:
    knowledge = write_base(tmp_path, entry(related="[e-nowhere]", title="x" * 90))
    result = subprocess.run(
        [sys.executable, "-m", "bot", "validate", str(knowledge)], capture_output=True, text=True
    )
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    assert (
        lines[0] == "knowledge/topic.yaml:15: e-one: languages.en.title: is 90 characters, over 80"
    )
    assert lines[1] == "knowledge/topic.yaml:12: e-one: related: unknown entry 'e-nowhere'"
    assert "2 problems" in result.stderr


def test_validate_command_summarises_a_sound_base() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "validate"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout
    # 44 paragraphs, 6 programme entries and 2 overviews; 13 headings, the programmes' topic and
    # "about". In Arabic, the 44 paragraphs are official; 6 translations and 2 overviews are ours.
    assert "52 entries, 15 topics, 2 sources" in result.stdout
    assert [line.split()[:4] for line in result.stdout.splitlines() if line.startswith("ar ")] == [
        ["ar", "52", "44", "8"]
    ]


def test_an_id_too_long_for_a_button_is_refused(tmp_path: Path) -> None:
    long_id = "e-" + "x" * 38  # 40 characters: a button naming it would not fit in 64 bytes
    knowledge = write_base(tmp_path, entry().replace("id: e-one", f"id: {long_id}", 1))
    [problem] = problems(knowledge)
    assert problem.field == "id"
    assert problem.message == "must be 1 to 39 lowercase letters, digits and hyphens"
