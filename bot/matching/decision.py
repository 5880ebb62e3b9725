"""The decision: answer, clarify, or say honestly that we do not know.

A wrong quotation attributed to UNESCO is worse than no answer, so the bot answers only when one
entry is clearly best; offers the two or three close candidates when several are; and otherwise
records the question as unanswered. The thresholds below were calibrated on the evaluation set in
``bench/data/eval`` with ``python -m bench.calibrate``; ``docs/benchmarks.md`` has the figures.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

MAX_MATCHES = 5


@dataclass(frozen=True)
class Thresholds:
    """Where the decision falls; scores are 0–1.

    Each language has its own answer threshold because each analyser puts scores on its own
    scale: Chinese bigrams that span two words are unknown terms, so Chinese scores run lower.
    """

    answer: Mapping[str, float] = field(
        default_factory=lambda: {
            "en": 0.40,
            "fr": 0.40,
            "es": 0.45,
            "ru": 0.40,
            "zh": 0.25,
            "ar": 0.30,
        }
    )  # the best entry must score at least this to be quoted
    margin: float = 0.08  # ...and lead the runner-up by this much
    clarify: float = 0.20  # candidates offered as choices must score at least this
    band: float = 0.15  # ...and be within this of the best

    def answer_threshold(self, language: str) -> float:
        return self.answer.get(language, max(self.answer.values()))


class Outcome(StrEnum):
    ANSWER = "answer"
    CLARIFY = "clarify"
    UNANSWERED = "unanswered"


@dataclass(frozen=True)
class Match:
    entry_id: str
    score: float


@dataclass(frozen=True)
class Decision:
    """What the matcher decided for one question."""

    question: str
    language: str
    outcome: Outcome
    matches: tuple[Match, ...]  # best first, at most MAX_MATCHES
    candidates: tuple[str, ...]  # the entry to quote, or the choices to offer

    @property
    def answered(self) -> bool:
        return self.outcome is Outcome.ANSWER

    @property
    def best(self) -> Match | None:
        return self.matches[0] if self.matches else None


def decide(
    scores: Sequence[Match], thresholds: Thresholds, language: str
) -> tuple[Outcome, tuple[str, ...]]:
    """The decision rule alone, on scores best first."""
    if not scores or scores[0].score < thresholds.clarify:
        return Outcome.UNANSWERED, ()
    best = scores[0].score
    runner_up = scores[1].score if len(scores) > 1 else 0.0
    if best >= thresholds.answer_threshold(language) and best - runner_up >= thresholds.margin:
        return Outcome.ANSWER, (scores[0].entry_id,)
    close = [
        match.entry_id
        for match in scores[:3]
        if match.score >= thresholds.clarify and best - match.score <= thresholds.band
    ]
    if len(close) >= 2:
        return Outcome.CLARIFY, tuple(close)
    return Outcome.UNANSWERED, ()
