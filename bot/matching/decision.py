"""The decision: answer, clarify, or say honestly that we do not know.

A wrong quotation attributed to UNESCO is worse than no answer, so the bot quotes an entry only
when the calibrated confidence (``bot.matching.confidence``) that it is the right one is high
enough; offers the close candidates as choices when it is lower but not negligible; and otherwise
records the question as unanswered. Rules sit beside the confidence:

* close candidates that belong with the best one (related entries, or the same topic) are not a
  reason to hesitate: they come with the answer as ``also`` ("Also relevant");
* choices are offered only between candidates that mean different things: a candidate that
  belongs with one already offered is left out (it comes as ``also`` once one is chosen);
* a match the signals call unquotable (it rests only on typo-corrected words; the question names
  a year, an instrument or a product the knowledge base never mentions, asks about a subject near
  the domain that it does not give — a scholarship, a price, a deadline, a figure, a numbered law,
  an acronym such as "OECD" —, or is only everyday words such as "internet") is never quoted, at
  most offered as a choice;
* a best match scoring below ``CANDIDATE_FLOOR`` may be quoted when the confidence is high (a
  long question with context), but is never offered as a choice; below ``ANSWER_FLOOR``, nothing;
* neither is a tie: a candidate that means something else scoring nearly as well as the best
  ("AI in education" matches a dozen paragraphs alike), which is a choice for the reader.

Paragraph references and small talk never reach this rule: the matcher answers them first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from bot.matching.references import Reference
from bot.matching.smalltalk import Intent

MAX_MATCHES = 5
MAX_CHOICES = 3
MAX_ALSO = 2
# A candidate offered at all (a choice, an "also relevant", an inline result) scores at least
# this, and a close one at least CLOSE of the best score.
CANDIDATE_FLOOR = 0.15
CLOSE = 0.75
# The best match may still be quoted below CANDIDATE_FLOOR, when the confidence says so: a long
# question with context ("I'm an adviser in Kenya, we are drawing up procurement rules…") has
# most of its information in words the knowledge base never uses, so its score is low while all
# its informative words point at one entry. Below this, nothing is quoted at all.
ANSWER_FLOOR = 0.05
# A candidate that means something else and scores at least TIE of the best is a tie: the
# question does not say which of them it asks about, so the answer is a choice.
TIE = 0.95


class Outcome(StrEnum):
    ANSWER = "answer"
    CLARIFY = "clarify"
    UNANSWERED = "unanswered"
    SMALL_TALK = "small_talk"


@dataclass(frozen=True)
class Match:
    entry_id: str
    score: float


@dataclass(frozen=True)
class Thresholds:
    """Where the decision falls; ``answer`` and ``choices`` are confidences (0–1).

    They come with the fitted model (``confidence.json``): each language has its own, chosen on
    its own training questions. ``clarify`` is the score (0–1) a match needs to be offered at
    all: as a choice, as "also relevant", or as an inline result.
    """

    answer: Mapping[str, float]
    choices: Mapping[str, float]
    clarify: float = CANDIDATE_FLOOR

    def answer_threshold(self, language: str) -> float:
        """The language's threshold; the strictest one for a language the model has none for."""
        return self.answer.get(language, max(self.answer.values(), default=1.0))

    def choices_threshold(self, language: str) -> float:
        return self.choices.get(language, max(self.choices.values(), default=1.0))


@dataclass(frozen=True)
class Decision:
    """What the matcher decided for one question."""

    question: str
    language: str
    outcome: Outcome
    matches: tuple[Match, ...]  # best first, at most MAX_MATCHES
    candidates: tuple[str, ...]  # the entry to quote, or the 1–3 choices to offer
    also: tuple[str, ...] = ()  # co-relevant entries offered under an answer
    confidence: float = 0.0  # calibrated probability that the best entry is right
    intent: Intent | None = None  # set for SMALL_TALK
    reference: Reference | None = None  # set when the question asked for a paragraph by number
    overview: bool = False  # the question asked what a source is (``bot.matching.overview``)

    @property
    def answered(self) -> bool:
        return self.outcome is Outcome.ANSWER

    @property
    def best(self) -> Match | None:
        return self.matches[0] if self.matches else None


Together = Callable[[str, str], bool]  # whether two entries belong together


def decide(
    matches: Sequence[Match],
    confidence: float,
    thresholds: Thresholds,
    language: str,
    together: Together,
    quotable: bool = True,
) -> tuple[Outcome, tuple[str, ...], tuple[str, ...]]:
    """The rule alone: (outcome, candidates, also) for matches best first.

    ``quotable`` False (a match through typo corrections only, a year we hold nothing about)
    leaves at most choices, whatever the confidence.
    """
    if not matches or matches[0].score < ANSWER_FLOOR:
        return Outcome.UNANSWERED, (), ()
    best = matches[0]
    close = [
        match
        for match in matches[1:]
        if match.score >= thresholds.clarify and match.score >= CLOSE * best.score
    ]
    tied = any(
        match.score >= TIE * best.score and not together(best.entry_id, match.entry_id)
        for match in close
    )
    if quotable and not tied and confidence >= thresholds.answer_threshold(language):
        also = tuple(m.entry_id for m in close if together(best.entry_id, m.entry_id))
        return Outcome.ANSWER, (best.entry_id,), also[:MAX_ALSO]
    if best.score < thresholds.clarify or confidence < thresholds.choices_threshold(language):
        return Outcome.UNANSWERED, (), ()
    choices = [best.entry_id]
    for match in close:
        if len(choices) == MAX_CHOICES:
            break
        if not any(together(chosen, match.entry_id) for chosen in choices):
            choices.append(match.entry_id)
    return Outcome.CLARIFY, tuple(choices), ()
