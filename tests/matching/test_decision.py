"""The decision rule alone, on made-up scores and confidences."""

from __future__ import annotations

from bot.matching.decision import (
    ANSWER_FLOOR,
    CANDIDATE_FLOOR,
    Match,
    Outcome,
    Thresholds,
    decide,
)

THRESHOLDS = Thresholds({"en": 0.8}, {"en": 0.4}, clarify=0.15)
GROUPS = [{"a", "b"}, {"c"}, {"d"}]


def together(first: str, second: str) -> bool:
    return any(first in group and second in group for group in GROUPS)


def test_confident_answers_and_brings_co_relevant_entries_along() -> None:
    matches = [Match("a", 0.9), Match("b", 0.85), Match("c", 0.8), Match("d", 0.1)]
    assert decide(matches, 0.95, THRESHOLDS, "en", together) == (
        Outcome.ANSWER,
        ("a",),
        ("b",),  # c is close but means something else; d is not close
    )


def test_unsure_offers_choices_that_mean_different_things() -> None:
    matches = [Match("a", 0.5), Match("b", 0.48), Match("c", 0.45), Match("d", 0.4)]
    outcome, candidates, also = decide(matches, 0.6, THRESHOLDS, "en", together)
    assert outcome is Outcome.CLARIFY
    assert candidates == ("a", "c", "d")  # b belongs with a: not a separate choice
    assert also == ()


def test_low_confidence_is_unanswered() -> None:
    matches = [Match("a", 0.5), Match("c", 0.48)]
    assert decide(matches, 0.2, THRESHOLDS, "en", together) == (Outcome.UNANSWERED, (), ())
    assert decide([], 0.99, THRESHOLDS, "en", together) == (Outcome.UNANSWERED, (), ())
    weak = [Match("a", ANSWER_FLOOR / 2)]
    assert decide(weak, 0.99, THRESHOLDS, "en", together) == (Outcome.UNANSWERED, (), ())


def test_a_low_score_is_quoted_when_confident_but_never_offered_as_a_choice() -> None:
    # A long question with context scores low, yet its informative words may all point at one
    # entry: the confidence decides; but a match below the candidate floor is not worth a choice.
    low = [Match("a", (ANSWER_FLOOR + CANDIDATE_FLOOR) / 2)]
    assert decide(low, 0.9, THRESHOLDS, "en", together) == (Outcome.ANSWER, ("a",), ())
    assert decide(low, 0.6, THRESHOLDS, "en", together) == (Outcome.UNANSWERED, (), ())


def test_an_unquotable_match_is_at_most_offered() -> None:
    matches = [Match("a", 0.7)]
    assert decide(matches, 0.99, THRESHOLDS, "en", together, quotable=False) == (
        Outcome.CLARIFY,
        ("a",),
        (),
    )


def test_a_language_without_a_threshold_gets_the_strictest() -> None:
    thresholds = Thresholds({"en": 0.6, "zh": 0.9}, {"en": 0.3, "zh": 0.5})
    assert thresholds.answer_threshold("fr") == 0.9
    assert thresholds.choices_threshold("fr") == 0.5
    assert decide([Match("a", 0.7)], 0.7, thresholds, "fr", together)[0] is Outcome.CLARIFY
    assert decide([Match("a", 0.7)], 0.7, thresholds, "en", together)[0] is Outcome.ANSWER
