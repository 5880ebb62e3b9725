"""Ranking and decisions on a fixed sample, and the evaluation set held above a floor."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys

import pytest

from bench.quality import evaluate_matcher, load_cases
from bot.knowledge.model import LANGUAGES, KnowledgeBase
from bot.matching.decision import Match, Outcome, Thresholds, decide
from bot.matching.matcher import Matcher

SAMPLE = [
    ("Les machines vont-elles prendre la place des professeurs ?", "fr", "bc-12"),
    ("can robots replace teachers", "en", "bc-12"),
    ("protection des donnees des eleves", "fr", "bc-29"),
    ("por que hay tan pocas mujeres en la IA", "es", "bc-25"),
    ("пожилые люди и ИИ", "ru", "bc-21"),
    ("教育管理信息系统", "zh", "bc-10"),
    ("تمكين الفتيات والنساء في مجال الذكاء الاصطناعي", "ar", "bc-27"),
    (
        "when did UNESCO launch its programme on AI for the public sector",
        "en",
        "unesco-programme-ai-public-sector",
    ),
    ("enseigants remplaces par des robots", "fr", "bc-12"),  # a typo, no accents
]

OUT_OF_SCOPE = [
    ("what's the weather in Dakar tomorrow", "en"),
    ("comment renouveler mon passeport", "fr"),
    ("resultado del partido de futbol de ayer", "es"),
    ("курс доллара к рублю", "ru"),
    ("红烧肉怎么做", "zh"),
    ("سعر صرف الدولار اليوم", "ar"),
]


@pytest.mark.parametrize(("question", "language", "expected"), SAMPLE)
def test_sample_questions_are_answered_with_the_right_entry(
    matcher: Matcher, question: str, language: str, expected: str
) -> None:
    decision = matcher.match(question)
    assert decision.language == language
    assert decision.outcome is Outcome.ANSWER
    assert decision.candidates == (expected,)
    assert decision.matches[0].entry_id == expected
    assert 0 < decision.matches[0].score <= 1


@pytest.mark.parametrize(("question", "language"), OUT_OF_SCOPE)
def test_out_of_scope_questions_are_not_answered(
    matcher: Matcher, question: str, language: str
) -> None:
    decision = matcher.match(question)
    assert decision.language == language
    assert decision.outcome is not Outcome.ANSWER


def test_a_broad_question_offers_choices(matcher: Matcher) -> None:
    decision = matcher.match("enseignants et IA")
    assert decision.outcome is Outcome.CLARIFY
    assert {"bc-12", "bc-13"} <= set(decision.candidates)
    assert 2 <= len(decision.candidates) <= 3


def test_decision_rule() -> None:
    thresholds = Thresholds({"en": 0.4}, margin=0.08, clarify=0.2, band=0.15)
    assert decide([Match("a", 0.7), Match("b", 0.3)], thresholds, "en") == (Outcome.ANSWER, ("a",))
    assert decide(
        [Match("a", 0.5), Match("b", 0.46), Match("c", 0.4), Match("d", 0.39)], thresholds, "en"
    ) == (
        Outcome.CLARIFY,
        ("a", "b", "c"),
    )
    assert decide([Match("a", 0.15)], thresholds, "en") == (Outcome.UNANSWERED, ())
    assert decide([Match("a", 0.3)], thresholds, "en") == (
        Outcome.UNANSWERED,
        (),
    )  # one weak candidate
    assert decide([], thresholds, "en") == (Outcome.UNANSWERED, ())


def test_an_entry_missing_the_question_language_is_found_through_another(
    knowledge: KnowledgeBase,
) -> None:
    """An editor added an entry in English only: a French question still finds it."""
    entry = knowledge.entries["unesco-ai-tools-repository"]
    english_only = dataclasses.replace(entry, languages={"en": entry.languages["en"]})
    entries = {**knowledge.entries, entry.id: english_only}
    matcher = Matcher(dataclasses.replace(knowledge, entries=entries))
    decision = matcher.match("repository of AI tools for the public sector", language="fr")
    assert decision.matches[0].entry_id == "unesco-ai-tools-repository"
    assert not matcher.available_in("unesco-ai-tools-repository", "fr")
    assert matcher.available_in("bc-12", "fr")


# Floors a little below the targets (top-1 0.95, abstention 0.95, langid 0.99): a regression in
# matching or in the knowledge fails here; the benchmark reports the exact figures.
@pytest.mark.parametrize("language", LANGUAGES)
def test_evaluation_set_stays_above_the_floor(matcher: Matcher, language: str) -> None:
    tally = evaluate_matcher(matcher, language, load_cases(language))
    assert tally.top1 / tally.in_scope >= 0.92
    assert tally.abstained / tally.out_of_scope >= 0.94
    assert tally.answered_wrong / tally.in_scope <= 0.04
    assert tally.language_right / tally.total >= 0.95


def test_ask_json_contract_reads_stdin_in_order() -> None:
    questions = "Les machines vont-elles prendre la place des professeurs ?\nquel temps fait-il\n\n"
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json"],
        input=questions,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 2
    first, second = lines
    assert set(first) == {"question", "language", "answered", "outcome", "matches"}
    assert first["question"].startswith("Les machines")
    assert (first["language"], first["answered"], first["outcome"]) == ("fr", True, "answer")
    assert first["matches"][0]["id"] == "bc-12"
    assert len(first["matches"]) <= 5
    scores = [match["score"] for match in first["matches"]]
    assert scores == sorted(scores, reverse=True) and all(0 <= s <= 1 for s in scores)
    assert second["answered"] is False and second["outcome"] != "answer"


def test_ask_forced_language_and_readable_output() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--lang", "es", "--json", "EMIS"],
        capture_output=True,
        text=True,
    )
    assert json.loads(result.stdout)["language"] == "es"
    readable = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "can robots replace teachers"],
        capture_output=True,
        text=True,
    )
    assert "[en] → answer" in readable.stdout and "bc-12" in readable.stdout


def test_show_json_and_errors() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "show", "bc-24", "--lang", "ar", "--json"],
        capture_output=True,
        text=True,
    )
    data = json.loads(result.stdout)
    assert set(data) == {"id", "language", "title", "text", "topic", "source"}
    assert data["text"].startswith("وضمان استخدام الذكاء الاصطناعي في التدريس والتعلم")
    assert data["source"]["paragraph"] == 24
    missing = subprocess.run(
        [sys.executable, "-m", "bot", "show", "bc-99", "--lang", "en"],
        capture_output=True,
        text=True,
    )
    assert missing.returncode == 1 and "no entry 'bc-99'" in missing.stderr
    bad_language = subprocess.run(
        [sys.executable, "-m", "bot", "show", "bc-12", "--lang", "de"],
        capture_output=True,
        text=True,
    )
    assert bad_language.returncode == 2 and "invalid choice" in bad_language.stderr
