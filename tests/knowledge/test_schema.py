"""``knowledge/schema.json`` and the loader agree: on the shipped files and on each bad file."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from bot.knowledge.loader import KnowledgeError, iter_knowledge_files, load_knowledge
from tests.conftest import KNOWLEDGE_DIR
from tests.knowledge.test_loader_errors import PROJECT_TOPIC, SOURCES, entry, write_base
from tools.knowledge_schema import SCHEMA_FILE, build_schema

VALIDATOR = Draft202012Validator(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))


def schema_errors(directory: Path) -> list[str]:
    """What the schema finds wrong in each file, as an editor's YAML language server would."""
    errors = []
    for path in iter_knowledge_files(directory):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        errors += [f"{path.name}: {error.message}" for error in VALIDATOR.iter_errors(data)]
    return errors


def loader_rejects(directory: Path) -> bool:
    try:
        load_knowledge(directory)
    except KnowledgeError:
        return True
    return False


def test_the_schema_file_is_what_the_tool_writes() -> None:
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == build_schema(), (
        "run python -m tools.knowledge_schema"
    )
    Draft202012Validator.check_schema(build_schema())


def test_both_accept_every_shipped_file() -> None:
    load_knowledge(KNOWLEDGE_DIR)
    assert schema_errors(KNOWLEDGE_DIR) == []


def test_both_accept_the_loader_tests_sound_bases(tmp_path: Path) -> None:
    knowledge = write_base(tmp_path, entry() + entry("e-two", "[e-one]"))
    about = entry("e-about").replace("topic: t-one", "topic: t-about")
    (knowledge / "about.yaml").write_text(
        PROJECT_TOPIC + "entries:\n" + about.replace("official", "project"), "utf-8"
    )
    (knowledge / "empty.yaml").write_text("# nothing yet\n", "utf-8")
    load_knowledge(knowledge)
    assert schema_errors(knowledge) == []


def _entry_with(old: str, new: str) -> Callable[[Path], Path]:
    return lambda tmp: write_base(tmp, entry().replace(old, new, 1))


def _sources_with(old: str, new: str) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        knowledge = write_base(tmp, entry())
        assert old in SOURCES
        (knowledge / "sources.yaml").write_text(SOURCES.replace(old, new), "utf-8")
        return knowledge

    return make


def _extra_file(text: str) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        knowledge = write_base(tmp, entry())
        (knowledge / "extra.yaml").write_text(text, "utf-8")
        return knowledge

    return make


# Each class of bad file of test_loader_errors.py (and a few more): both must refuse it.
BOTH_REJECT = {
    "unknown field": _entry_with("    source: doc\n", "    source: doc\n    colour: red\n"),
    "wrong type": _entry_with('questions: ["what is it"]', 'questions: "what is it"'),
    "missing language": lambda tmp: write_base(
        tmp, entry().split("    languages:")[0] + "    languages: {}\n"
    ),
    "unknown language code": _entry_with("      en:", "      de:"),
    "empty text": lambda tmp: write_base(tmp, entry(text=" ")),
    "title over the limit": lambda tmp: write_base(tmp, entry(title="x" * 81)),
    "year not a number": _sources_with("year: 2019", "year: soon"),
    "heading without a source": _extra_file(
        PROJECT_TOPIC.replace("  name_origin: {en: project}\n", "")
    ),
    "heading without a source, one name not the project's": _extra_file(
        PROJECT_TOPIC.replace('    en: "About"\n', '    en: "About"\n    fr: "À propos"\n')
    ),
    "paragraph written by the project": lambda tmp: write_base(
        tmp,
        entry()
        .replace("    topic: t-one\n", "    topic: t-one\n    paragraph: 3\n")
        .replace("origin: official", "origin: project"),
    ),
    "bad id": _entry_with("id: e-one", "id: E One"),
    "missing text": _entry_with('        text: "Text."\n', ""),
    "unknown origin": _entry_with("origin: official", "origin: officially"),
    "empty related item": lambda tmp: write_base(tmp, entry(related='[""]')),
    "url not https": _sources_with("year: 2019\n", "year: 2019\n    url: http://x.org\n"),
    "url without url_verified": _sources_with(
        "year: 2019\n", "year: 2019\n    url: https://x.org\n"
    ),
    "title with no English": _sources_with('en: "A document"', 'fr: "Un document"'),
    "no title in any language": _sources_with(
        '    title:\n      en: "A document"\n', "    title: {}\n"
    ),
    "origin for a language without a title": _sources_with(
        '      en: "A document"\n', '      en: "A document"\n    title_origin: {fr: official}\n'
    ),
    "unknown addressee": _sources_with("year: 2019\n", "year: 2019\n    addressees: {all: {}}\n"),
    "empty addressee sentence": _sources_with(
        "year: 2019\n", "year: 2019\n    addressees: {public: {en: ''}}\n"
    ),
    "entries not a list": _extra_file("entries: {}\n"),
    "file not a mapping": _extra_file("- id: x\n"),
    "unknown top-level field": _extra_file("entry: []\n"),
    "topic without order": _extra_file(PROJECT_TOPIC.replace("  order: 1\n", "")),
}


@pytest.mark.parametrize("make", BOTH_REJECT.values(), ids=BOTH_REJECT.keys())
def test_both_reject_a_bad_file(tmp_path: Path, make: Callable[[Path], Path]) -> None:
    knowledge = make(tmp_path)
    assert loader_rejects(knowledge)
    assert schema_errors(knowledge)


def _entry_pair(first: str, second: str) -> Callable[[Path], Path]:
    return lambda tmp: write_base(tmp, first + second)


# What needs more than one record or file, or the official record: only the loader sees it
# (tools/knowledge_schema.py, LOADER_ONLY). The schema accepts these files.
LOADER_ONLY = {
    "duplicate id across files": lambda tmp: _extra_file("entries:\n" + entry())(tmp),
    "related id that does not exist": lambda tmp: write_base(tmp, entry(related="[e-nowhere]")),
    "related to itself": lambda tmp: write_base(tmp, entry(related="[e-one]")),
    "unknown topic": _entry_with("topic: t-one", "topic: t-none"),
    "unknown source": _entry_with("source: doc", "source: nodoc"),
    "duplicate key": _entry_with("    source: doc\n", "    source: doc\n    source: doc\n"),
}


@pytest.mark.parametrize("make", LOADER_ONLY.values(), ids=LOADER_ONLY.keys())
def test_only_the_loader_rejects_what_spans_records(
    tmp_path: Path, make: Callable[[Path], Path]
) -> None:
    knowledge = make(tmp_path)
    assert loader_rejects(knowledge)
    assert schema_errors(knowledge) == []


@pytest.mark.parametrize(
    "content",
    [
        b"entries:\n  - id: x\n    title: [unclosed\n",
        "entries: []\n# caf\xe9\n".encode("latin-1"),
        b"entries: !!python/object/apply:os.system ['true']\n",
    ],
    ids=["invalid YAML", "not UTF-8", "Python tag"],
)
def test_the_yaml_reader_refuses_what_no_schema_sees(tmp_path: Path, content: bytes) -> None:
    knowledge = write_base(tmp_path, entry())
    (knowledge / "bad.yaml").write_bytes(content)
    assert loader_rejects(knowledge)
    with pytest.raises((yaml.YAMLError, UnicodeDecodeError)):
        yaml.safe_load((knowledge / "bad.yaml").read_text(encoding="utf-8"))


def test_every_knowledge_file_names_the_schema_on_its_first_line() -> None:
    for path in iter_knowledge_files(KNOWLEDGE_DIR):
        relative = Path(os.path.relpath(SCHEMA_FILE, path.parent)).as_posix()
        first = path.read_text(encoding="utf-8").split("\n", 1)[0]
        assert first == f"# yaml-language-server: $schema={relative}", path
