"""A question that asks only what the Consensus is gets its overview, before any search: its
name counts for all 44 paragraphs, so the search alone ties the overview with them. Written for
these tests (none is in the evaluation sets)."""

from __future__ import annotations

import pytest

from bot.matching.decision import Outcome
from bot.matching.matcher import Matcher

OVERVIEW = "about-beijing-consensus"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("what is the Beijing Consensus?", "en"),
        ("Beijing Consensus on AI and education: what is it, briefly?", "en"),
        ("c'est quoi exactement le consensus de Pékin", "fr"),
        ("¿qué es exactamente el Consenso de Pekín?", "es"),
        ("Пекинский консенсус — что это?", "ru"),
        ("وش هو توافق بكين؟", "ar"),
    ],
)
def test_what_the_consensus_is_gets_its_overview(
    matcher: Matcher, question: str, language: str
) -> None:
    decision = matcher.match(question, language=language)
    assert decision.overview
    assert (decision.outcome, decision.candidates) == (Outcome.ANSWER, (OVERVIEW,))


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("what happened in Beijing?", "en"),  # the city, not the document
        ("what does the Beijing Consensus say about teachers?", "en"),  # a subject is asked
        ("que dit le Consensus de Beijing sur les données des élèves ?", "fr"),
        ("北京共识是什么", "zh"),  # left to the search, which answers it
    ],
)
def test_a_question_with_a_subject_is_searched(
    matcher: Matcher, question: str, language: str
) -> None:
    assert not matcher.match(question, language=language).overview
