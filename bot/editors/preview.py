"""What a knowledge change would do before it goes live: which answers change, and whether the
evaluation gets better or worse.

The questions replayed are those already asked (from the database: what officials really ask)
and the evaluation questions (``bot.editors.replay``), against the knowledge serving now and
the proposed one, both with the learned questions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.editors.replay import Case, replay
from bot.matching.matcher import Matcher


@dataclass(frozen=True)
class Change:
    language: str
    question: str
    before: str | None  # the entry quoted, or None: not answered
    after: str | None
    asked: bool  # True: an official asked it; False: an evaluation question


@dataclass(frozen=True)
class Preview:
    changes: tuple[Change, ...]
    right_before: dict[str, float]
    right_after: dict[str, float]
    replayed: Counter[str]  # questions replayed per language

    def changed_per_language(self) -> Counter[str]:
        return Counter(change.language for change in self.changes)


def preview(
    current: Matcher,
    proposed: Matcher,
    asked: Iterable[tuple[str, str]],
    cases: Sequence[Case],
) -> Preview:
    """Replay the asked questions ``(language, text)`` and the evaluation cases on both."""
    asked_cases = [Case(language, text, frozenset()) for language, text in dict.fromkeys(asked)]
    before = replay(current, [*asked_cases, *cases])
    after = replay(proposed, [*asked_cases, *cases])
    asked_keys = {(case.language, case.question) for case in asked_cases}
    changes = tuple(
        Change(
            language,
            question,
            quoted,
            after.answers.get((language, question)),
            (language, question) in asked_keys,
        )
        for (language, question), quoted in before.answers.items()
        if after.answers.get((language, question)) != quoted
    )
    replayed = Counter(language for language, _ in before.answers)
    return Preview(changes, dict(before.right), dict(after.right), replayed)
