"""Asked questions (``asked:``) are read like the rest of the knowledge, mistakes located."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.knowledge.loader import KnowledgeError, load_knowledge
from tests.knowledge.test_loader_errors import entry, write_base

ASKED = """\
asked:
  en:
    e-one:
    - "will robots replace our teachers?"
    - "teachers and robots, both entries"
    e-two:
    - "teachers and robots, both entries"
  fr:
    e-two:
    - "les robots vont-ils remplacer les profs ?"
"""


def with_asked(tmp_path: Path, text: str) -> Path:
    knowledge = write_base(tmp_path, entry() + entry("e-two"))
    (knowledge / "asked.yaml").write_text(text, encoding="utf-8")
    return knowledge


def problems(tmp_path: Path, text: str) -> list[tuple[int, str, str, str]]:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(with_asked(tmp_path, text))
    return [
        (problem.line, problem.entry, problem.field, problem.message)
        for problem in caught.value.problems
    ]


def test_questions_are_read_per_entry_and_language(tmp_path: Path) -> None:
    knowledge = load_knowledge(with_asked(tmp_path, ASKED))
    assert knowledge.asked == {
        "e-one": {"en": ("will robots replace our teachers?", "teachers and robots, both entries")},
        "e-two": {
            "en": ("teachers and robots, both entries",),
            "fr": ("les robots vont-ils remplacer les profs ?",),
        },
    }
    assert knowledge.asked_questions() == {  # a question under two entries counts once
        ("en", "will robots replace our teachers?"),
        ("en", "teachers and robots, both entries"),
        ("fr", "les robots vont-ils remplacer les profs ?"),
    }


def test_a_knowledge_base_without_asked_questions_has_none(tmp_path: Path) -> None:
    assert load_knowledge(write_base(tmp_path, entry())).asked == {}


def test_an_unknown_entry_is_located(tmp_path: Path) -> None:
    [problem] = problems(tmp_path, 'asked:\n  en:\n    e-none:\n    - "a question"\n')
    assert problem == (4, "e-none", "asked.en", "unknown entry 'e-none'")


def test_a_question_listed_twice_under_an_entry(tmp_path: Path) -> None:
    [problem] = problems(tmp_path, 'asked:\n  en:\n    e-one:\n    - "Thanks?"\n    - "thanks?"\n')
    assert problem == (5, "e-one", "asked.en", "'thanks?' is listed twice")


def test_the_same_question_in_two_languages_is_two_questions(tmp_path: Path) -> None:
    text = "asked:\n  en:\n    e-one: [IA]\n  fr:\n    e-one: [IA]\n"
    assert load_knowledge(with_asked(tmp_path, text)).asked == {
        "e-one": {"en": ("IA",), "fr": ("IA",)}
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("asked:\n  de:\n    e-one: [a]\n", (3, "asked.de", "unknown language")),
        ("asked:\n  en: [a]\n", (2, "asked.en", "must be a mapping of entry ids")),
        ("asked:\n  en:\n    e-one: []\n", (3, "asked.en", "is empty")),
        ('asked:\n  en:\n    e-one: [" "]\n', (3, "asked.en", "items must be non-empty text")),
        ("asked:\n  en:\n    e-one: a question\n", (3, "asked.en", "must be a list")),
        ("asked: [a]\n", (1, "asked", "must be a mapping of languages")),
    ],
)
def test_mistakes_are_located(tmp_path: Path, text: str, expected: tuple[int, str, str]) -> None:
    line, field, start = expected
    found = problems(tmp_path, text)
    assert any(
        (got_line, got_field) == (line, field) and message.startswith(start)
        for got_line, _, got_field, message in found
    ), found
