"""The held-out sets: ``python -m bench.fresh --directory bench/data/fresh14``, run once per
round, after the round's work (``make bench``).

``bench/data/fresh/<lang>.yaml``, ``fresh2`` to ``fresh13`` and then ``fresh14`` were written
natively per language by helpers who saw neither the knowledge files' alternate questions nor
any earlier evaluation set. Each was held out for one round, then became training data
(``bench.calibrate --fresh`` reads the spent ones, ``SPENT_DIRS``); the fourteenth is held out now:
nothing is fitted or chosen on it.
Their cases have the kinds of the realistic set. Without ``--directory`` the first is read.

Reported twice: with the question's language given, as ``bench.quality`` does (comparable with
the earlier figures), and as the bot runs, where the language is identified from the question
with the asker's Telegram language (taken to be the question's) only as a hint. The baselines
are fitted on all of ``bench/data/eval`` and reported here.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import yaml

from bench.quality import (
    SMALLTALK,
    Baseline,
    Case,
    Evaluation,
    bm25_whitespace,
    evaluate_baseline,
    fuzzy_questions,
    kind_table,
    language_table,
    load_cases,
)
from bot.config import knowledge_dir
from bot.knowledge.loader import load_knowledge
from bot.languages import LANGUAGES
from bot.matching.matcher import Matcher

FRESH_DIR = Path(__file__).resolve().parent / "data" / "fresh"
# The newest held-out set's number: the one set a round is judged on. Spending it is raising
# this by one (with the Makefile's bench target), once the next set is committed.
NEWEST = 14
NEWEST_DIR = FRESH_DIR.with_name(f"fresh{NEWEST}")
# The held-out sets already reported, which are training data now (fresh, fresh2 to the one
# before the newest); never the newest one.
SPENT_DIRS = (FRESH_DIR, *(FRESH_DIR.with_name(f"fresh{number}") for number in range(2, NEWEST)))
FRESH = "fresh"


def load_fresh(language: str, directory: Path = FRESH_DIR) -> list[Case]:
    path = directory / f"{language}.yaml"
    if not path.exists():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        Case(
            str(item["q"]),
            language,
            "generic_word" if item.get("generic") else str(item["kind"]),
            frozenset(item.get("expect") or ()),
            FRESH,
            item.get("intent"),
            directory.name,
        )
        for item in data["cases"]
    ]


def run(matcher: Matcher, cases: Sequence[Case], as_the_bot_runs: bool) -> Evaluation:
    """Each case decided with its language given, or (``as_the_bot_runs``) identified by the
    matcher with the asker's language as a hint."""
    evaluation = Evaluation()
    for case in cases:
        identified = matcher.identify(case.question, hint=case.language)
        if as_the_bot_runs:
            decision = matcher.match(case.question, hint=case.language)
        else:
            decision = matcher.match(case.question, language=case.language)
        evaluation.add(case, decision, identified)
    return evaluation


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.fresh", description=__doc__)
    parser.add_argument("--knowledge", help="knowledge directory")
    parser.add_argument("--no-baselines", action="store_true", help="skip the baselines")
    parser.add_argument(
        "--directory",
        type=Path,
        default=FRESH_DIR,
        help="the held-out set's folder (bench/data/fresh14, the newest; bench/data/fresh, "
        "fresh2 to fresh13 are spent)",
    )
    args = parser.parse_args(argv)
    knowledge = load_knowledge(knowledge_dir(args.knowledge))
    matcher = Matcher(knowledge)
    fresh = {language: load_fresh(language, args.directory) for language in LANGUAGES}
    cases = [case for group in fresh.values() for case in group]
    if not cases:
        print(f"no fresh cases under {args.directory}", file=sys.stderr)
        return 1
    compared: dict[str, tuple[Baseline, Baseline]] = {}
    if not args.no_baselines:
        for language in LANGUAGES:
            train = [case for case in load_cases(language) if case.kind != SMALLTALK]
            test = [case for case in fresh[language] if case.kind != SMALLTALK]
            compared[language] = (
                evaluate_baseline(bm25_whitespace(knowledge, language), train, test),
                evaluate_baseline(fuzzy_questions(knowledge, language), train, test),
            )
    given = run(matcher, cases, as_the_bot_runs=False)
    running = run(matcher, cases, as_the_bot_runs=True)
    print(
        "\n".join(
            [
                f"## Fresh set ({len(cases)} cases), language given",
                "",
                language_table(given, FRESH, compared or None),
                "",
                kind_table(given, FRESH),
                "",
                "## Fresh set, as the bot runs (language identified, Telegram's as a hint)",
                "",
                language_table(running, FRESH, None),
            ]
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
