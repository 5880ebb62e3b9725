"""Replay the evaluation questions against a matcher: has a knowledge change made it worse?

A reload (and ``python -m bot preview``) replays the evaluation set written apart from the
knowledge (``bench/data/eval``; ``EVAL_DIR`` in the image) and compares, per language, the share
of in-scope questions answered with a right entry. A language that falls by more than the
allowed margin holds the reload: the knowledge that serves stays until an editor forces it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.knowledge.model import asked_key
from bot.matching.decision import Outcome
from bot.matching.matcher import Matcher

DEFAULT_EVAL_DIR = Path(__file__).resolve().parents[2] / "bench" / "data" / "eval"


@dataclass(frozen=True)
class Case:
    language: str
    question: str
    expected: frozenset[str]  # empty: must not be answered with a quotation


def load_cases(directory: Path = DEFAULT_EVAL_DIR) -> list[Case]:
    """Every evaluation question under ``directory`` (both file formats); none if it is
    absent, so a deployment without the set reloads without this check."""
    cases: list[Case] = []
    for path in sorted(directory.rglob("*.yaml")) if directory.is_dir() else []:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        language = str(data.get("language", path.stem))
        for item in data.get("in_scope", []):
            cases.append(Case(language, str(item["q"]), frozenset(item["expect"])))
        for question in data.get("out_of_scope", []):
            cases.append(Case(language, str(question), frozenset()))
        for item in data.get("cases", []):
            cases.append(Case(language, str(item["q"]), frozenset(item.get("expect") or ())))
    return cases


@dataclass(frozen=True)
class Replay:
    """Per language: answered right among in-scope cases, and what each case got."""

    right: Mapping[str, float]
    answers: Mapping[tuple[str, str], str | None]  # (language, question) -> entry quoted

    def falls(self, before: Replay, margin: float) -> dict[str, tuple[float, float]]:
        """The languages whose answered-right fell by more than ``margin``: (before, after)."""
        return {
            language: (before.right[language], self.right.get(language, 0.0))
            for language in before.right
            if before.right[language] - self.right.get(language, 0.0) > margin
        }


def searched_as_new(matcher: Matcher, cases: Iterable[Case]) -> Matcher:
    """The matcher, or one like it without the cases' questions among the asked ones.

    The asked questions (``knowledge/asked``) come from the same evaluation sets as the replayed
    cases: searched with them, a case would find itself, and a change that hurts the entries'
    own questions and texts would go unseen."""
    knowledge = matcher.knowledge.without_asked(
        asked_key(case.language, case.question) for case in cases
    )
    if knowledge is matcher.knowledge:
        return matcher
    return Matcher(knowledge, matcher.learned, matcher.model)


def replay(matcher: Matcher, cases: Iterable[Case]) -> Replay:
    """Each case decided as a new question (``searched_as_new``)."""
    cases = list(cases)
    matcher = searched_as_new(matcher, cases)
    right: dict[str, list[bool]] = defaultdict(list)
    answers: dict[tuple[str, str], str | None] = {}
    for case in cases:
        if case.language not in matcher.indexes:
            continue
        decision = matcher.match(case.question, language=case.language)
        quoted = decision.candidates[0] if decision.outcome is Outcome.ANSWER else None
        answers[(case.language, case.question)] = quoted
        if case.expected:
            right[case.language].append(quoted in case.expected)
    return Replay({lang: sum(hits) / len(hits) for lang, hits in right.items()}, answers)
