"""Synonym groups (``synonyms:``) are read like the rest of the knowledge, mistakes located."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.knowledge.loader import MAX_MEANS, KnowledgeError, load_knowledge
from bot.knowledge.model import Synonym
from tests.knowledge.test_loader_errors import entry, write_base

GROUPS = """\
synonyms:
  en:
    - said: [robots, "old folks"]
      means: [AI]
    - said: [grandmothers]
      means: [older people, ageing]
  fr:
    - said: [mamies]
      means: [personnes âgées]
"""


def with_synonyms(tmp_path: Path, text: str) -> Path:
    knowledge = write_base(tmp_path, entry())
    (knowledge / "synonyms.yaml").write_text(text, encoding="utf-8")
    return knowledge


def problems(tmp_path: Path, text: str) -> list[tuple[int, str, str]]:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(with_synonyms(tmp_path, text))
    return [(problem.line, problem.field, problem.message) for problem in caught.value.problems]


def test_groups_are_read_per_language_in_order(tmp_path: Path) -> None:
    knowledge = load_knowledge(with_synonyms(tmp_path, GROUPS))
    assert knowledge.synonyms == {
        "en": (
            Synonym(("robots", "old folks"), ("AI",)),
            Synonym(("grandmothers",), ("older people", "ageing")),
        ),
        "fr": (Synonym(("mamies",), ("personnes âgées",)),),
    }


def test_a_knowledge_base_without_synonyms_has_none(tmp_path: Path) -> None:
    assert load_knowledge(write_base(tmp_path, entry())).synonyms == {}


def test_an_unknown_language(tmp_path: Path) -> None:
    [(line, field, message)] = problems(
        tmp_path, "synonyms:\n  de:\n    - {said: [a], means: [b]}\n"
    )
    assert (line, field) == (3, "synonyms.de")  # where its groups begin
    assert message.startswith("unknown language")


def test_a_group_needs_both_lists(tmp_path: Path) -> None:
    [(line, field, message)] = problems(tmp_path, "synonyms:\n  en:\n    - said: [robots]\n")
    assert (line, field, message) == (3, "synonyms.en.means", "missing")


def test_an_empty_list_or_an_empty_word(tmp_path: Path) -> None:
    found = problems(tmp_path, 'synonyms:\n  en:\n    - said: []\n      means: [" "]\n')
    assert (3, "synonyms.en.said", "is empty") in found
    assert any(
        field == "synonyms.en.means" and "non-empty" in message for _, field, message in found
    )


def test_too_many_means(tmp_path: Path) -> None:
    means = ", ".join(f"w{number}" for number in range(MAX_MEANS + 1))
    [(line, field, message)] = problems(
        tmp_path, f"synonyms:\n  en:\n    - said: [robots]\n      means: [{means}]\n"
    )
    assert (line, field) == (4, "synonyms.en.means")
    assert f"at most {MAX_MEANS}" in message


def test_a_phrase_said_in_two_groups(tmp_path: Path) -> None:
    text = (
        "synonyms:\n  en:\n    - said: [robots]\n      means: [AI]\n"
        "    - said: [Robots]\n      means: [machines]\n"
    )
    [(line, field, message)] = problems(tmp_path, text)
    assert (line, field) == (5, "synonyms.en.said")
    assert "already in a group" in message
    assert "synonyms.yaml:3" in message


def test_a_phrase_that_is_its_own_means(tmp_path: Path) -> None:
    [(_, field, message)] = problems(
        tmp_path, "synonyms:\n  en:\n    - said: [AI, robots]\n      means: [ai]\n"
    )
    assert field == "synonyms.en.said"
    assert "also one of its means" in message


def test_not_a_mapping(tmp_path: Path) -> None:
    [(line, field, message)] = problems(tmp_path, "synonyms: [robots]\n")
    assert (line, field) == (1, "synonyms")
    assert "mapping" in message
