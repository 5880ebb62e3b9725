"""Calibrate the decision thresholds of ``bot.matcher.Thresholds`` on the evaluation set.

Run: ``python -m bench.calibrate``. Scores do not depend on the thresholds, so each question is
matched once and the decision rule is replayed over a grid. The objective counts a wrong answer
as three times worse than an abstention (a wrong quotation attributed to UNESCO is worse than
"I don't know yet"), and a grid point is admissible only if every language abstains on at least
95% of its out-of-scope questions. It prints the best points; the chosen one is written into
``bot/matcher.py`` by hand, with its figures in ``docs/benchmarks.md``.
"""

from __future__ import annotations

import itertools
import sys

from bench.quality import load_cases
from bot.config import knowledge_dir
from bot.knowledge.loader import load_knowledge
from bot.knowledge.model import LANGUAGES
from bot.matching.decision import Match, Outcome, Thresholds, decide
from bot.matching.matcher import Matcher

WRONG_COST = 3.0
MIN_ABSTENTION = 0.95


ANSWER_GRID = [0.20, 0.25, 0.30, 0.35, 0.40, 0.45, 0.50, 0.55]


def _score(
    cases: list[tuple[frozenset[str], tuple[Match, ...]]], thresholds: Thresholds, language: str
) -> tuple[float, int, int, int] | None:
    """(objective, right, wrong, clarified) for one language, or None if it abstains too little."""
    right = wrong = clarified = abstained = out = 0
    for expected, matches in cases:
        outcome, candidates = decide(matches, thresholds, language)
        if expected:
            if outcome is Outcome.ANSWER:
                right += candidates[0] in expected
                wrong += candidates[0] not in expected
            elif outcome is Outcome.CLARIFY:
                clarified += any(c in expected for c in candidates)
        else:
            out += 1
            abstained += outcome is not Outcome.ANSWER
    if abstained < MIN_ABSTENTION * out:
        return None
    return right + 0.5 * clarified - WRONG_COST * wrong, right, wrong, clarified


def main() -> int:
    knowledge = load_knowledge(knowledge_dir())
    matcher = Matcher(knowledge)
    runs: dict[str, list[tuple[frozenset[str], tuple[Match, ...]]]] = {}
    for language in LANGUAGES:
        runs[language] = [
            (case.expected, matcher.match(case.question, language=language).matches)
            for case in load_cases(language)
        ]
    in_scope = sum(1 for cases in runs.values() for expected, _ in cases if expected)
    print(f"{in_scope} in-scope questions; objective = right + 0.5 clarify-with-answer - 3 wrong")
    print("Each language's answer threshold is the best for it at the shared margin/clarify/band.")
    results = []
    for margin, clarify, band in itertools.product(
        [0.0, 0.03, 0.05, 0.08, 0.12], [0.15, 0.20, 0.25], [0.06, 0.10, 0.15]
    ):
        total, chosen, counts = 0.0, {}, [0, 0, 0]
        for language, cases in runs.items():
            best = None
            for answer in ANSWER_GRID:
                if answer < clarify:
                    continue
                thresholds = Thresholds({language: answer}, margin, clarify, band)
                score = _score(cases, thresholds, language)
                if score is not None and (best is None or score[0] > best[0][0]):
                    best = (score, answer)
            if best is None:
                break
            (objective, right, wrong, clarified), answer = best
            total += objective
            chosen[language] = answer
            counts = [counts[0] + right, counts[1] + wrong, counts[2] + clarified]
        else:
            results.append((total, counts, chosen, margin, clarify, band))
    results.sort(key=lambda item: -item[0])
    for total, (right, wrong, clarified), chosen, margin, clarify, band in results[:8]:
        print(
            f"{total:7.1f}  right {right:4d}  wrong {wrong:3d}  clarify-ok {clarified:3d}  "
            f"margin={margin} clarify={clarify} band={band} answer={chosen}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
