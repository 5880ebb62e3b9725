"""Answer quality per language on the evaluation set, beside two baselines on the same knowledge.

Run: ``python -m bench.quality`` (or ``make bench``). The evaluation set (``bench/data/eval``) was
written independently of the knowledge files' alternate questions. Figures:

* top-1 / top-3: the first / one of the first three matches answers the question;
* answered right / answered wrong: the bot quoted an entry (outcome ``answer``) and it was / was
  not one that answers the question; wrong answers are the failure that matters most;
* abstention: out-of-scope questions that did not get an answer (``clarify`` or ``unanswered``);
* language id: questions identified in the language they were written in.

Baselines: BM25 over whitespace tokens of every field, and rapidfuzz ``token_set_ratio`` against
the alternate questions; for them abstention uses the cut-off that is best for them on this set.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process

from bot.config import knowledge_dir
from bot.knowledge.loader import load_knowledge
from bot.knowledge.model import LANGUAGES, KnowledgeBase
from bot.matching.decision import Outcome
from bot.matching.matcher import Matcher

EVAL_DIR = Path(__file__).resolve().parent / "data" / "eval"


@dataclass(frozen=True)
class Case:
    question: str
    expected: frozenset[str]  # empty for out-of-scope questions


def load_cases(language: str, directory: Path = EVAL_DIR) -> list[Case]:
    data = yaml.safe_load((directory / f"{language}.yaml").read_text(encoding="utf-8"))
    cases = [Case(item["q"], frozenset(item["expect"])) for item in data["in_scope"]]
    cases += [Case(question, frozenset()) for question in data["out_of_scope"]]
    return cases


@dataclass
class Tally:
    """Counts for one system in one language."""

    in_scope: int = 0
    top1: int = 0
    top3: int = 0
    answered_right: int = 0
    answered_wrong: int = 0
    out_of_scope: int = 0
    abstained: int = 0
    language_right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def rate(self, part: int, whole: int) -> float:
        return part / whole if whole else 0.0


def evaluate_matcher(matcher: Matcher, language: str, cases: Sequence[Case]) -> Tally:
    tally = Tally()
    for case in cases:
        detected = matcher.identify(case.question)
        tally.total += 1
        tally.language_right += detected == language
        decision = matcher.match(case.question, language=language)
        ranked = [match.entry_id for match in decision.matches]
        if case.expected:
            tally.in_scope += 1
            tally.top1 += bool(ranked[:1]) and ranked[0] in case.expected
            tally.top3 += any(entry in case.expected for entry in ranked[:3])
            if decision.outcome is Outcome.ANSWER:
                if decision.candidates[0] in case.expected:
                    tally.answered_right += 1
                else:
                    tally.answered_wrong += 1
                    tally.misses.append(
                        f"WRONG {case.question!r} -> {ranked[:2]} want {sorted(case.expected)}"
                    )
            elif not ranked or ranked[0] not in case.expected:
                tally.misses.append(
                    f"miss  {case.question!r} -> {ranked[:2]} want {sorted(case.expected)}"
                )
        else:
            tally.out_of_scope += 1
            if decision.outcome is not Outcome.ANSWER:
                tally.abstained += 1
            else:
                tally.misses.append(f"OOS answered {case.question!r} -> {ranked[:1]}")
    return tally


Ranker = Callable[[str], list[tuple[str, float]]]


def bm25_whitespace(knowledge: KnowledgeBase, language: str) -> Ranker:
    """Baseline: plain BM25 over lowercased whitespace tokens of all fields of each entry."""
    documents = []
    for entry in knowledge.entries.values():
        local = entry.languages[entry.best_language(language)]
        text = " ".join([local.title, local.text, *local.questions, *local.keywords])
        documents.append((entry.id, text.lower().split()))
    count = len(documents)
    average = sum(len(terms) for _, terms in documents) / count
    frequency: Counter[str] = Counter(term for _, terms in documents for term in set(terms))
    idf = {t: math.log(1 + (count - df + 0.5) / (df + 0.5)) for t, df in frequency.items()}
    counted = [(entry_id, Counter(terms), len(terms)) for entry_id, terms in documents]

    def rank(question: str) -> list[tuple[str, float]]:
        terms = question.lower().split()
        scores = []
        for entry_id, tf, length in counted:
            score = sum(
                idf.get(t, 0.0) * tf[t] * 2.2 / (tf[t] + 1.2 * (0.25 + 0.75 * length / average))
                for t in terms
                if t in tf
            )
            scores.append((entry_id, score))
        scores.sort(key=lambda item: -item[1])
        return scores

    return rank


def fuzzy_questions(knowledge: KnowledgeBase, language: str) -> Ranker:
    """Baseline: rapidfuzz token_set_ratio against each entry's alternate questions."""
    owners, questions = [], []
    for entry in knowledge.entries.values():
        for question in entry.languages[entry.best_language(language)].questions:
            owners.append(entry.id)
            questions.append(question.lower())

    def rank(question: str) -> list[tuple[str, float]]:
        best: dict[str, float] = defaultdict(float)
        for _, score, index in process.extract(
            question.lower(), questions, scorer=fuzz.token_set_ratio, limit=50
        ):
            best[owners[index]] = max(best[owners[index]], score)
        return sorted(best.items(), key=lambda item: -item[1])

    return rank


def evaluate_baseline(rank: Ranker, cases: Sequence[Case]) -> Tally:
    """Top-k of a baseline; abstention at the cut-off that suits the baseline best here."""
    tally = Tally()
    results = [(case, rank(case.question)) for case in cases]
    top_scores = sorted({ranked[0][1] if ranked else 0.0 for _, ranked in results})
    best_cut, best_value = 0.0, -1.0
    for cut in top_scores:
        right = sum(
            1
            for case, ranked in results
            if case.expected and ranked and ranked[0][1] >= cut and ranked[0][0] in case.expected
        )
        abstained = sum(
            1
            for case, ranked in results
            if not case.expected and (not ranked or ranked[0][1] < cut)
        )
        if right + abstained > best_value:
            best_cut, best_value = cut, right + abstained
    for case, ranked in results:
        ids = [entry_id for entry_id, _ in ranked]
        answered = bool(ranked) and ranked[0][1] >= best_cut
        if case.expected:
            tally.in_scope += 1
            tally.top1 += bool(ids) and ids[0] in case.expected
            tally.top3 += any(entry in case.expected for entry in ids[:3])
            if answered:
                tally.answered_right += ids[0] in case.expected
                tally.answered_wrong += ids[0] not in case.expected
        else:
            tally.out_of_scope += 1
            tally.abstained += not answered
    return tally


def report(
    knowledge: KnowledgeBase, matcher: Matcher, show_misses: bool
) -> tuple[str, dict[str, Tally]]:
    lines = [
        "| language | questions (in / out) | top-1 | top-3 | answered right | answered wrong "
        "| abstention | language id | BM25 top-1 | fuzzy top-1 |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    tallies = {}
    totals: dict[str, list[float]] = defaultdict(list)
    for language in LANGUAGES:
        cases = load_cases(language)
        tally = evaluate_matcher(matcher, language, cases)
        tallies[language] = tally
        bm25 = evaluate_baseline(bm25_whitespace(knowledge, language), cases)
        fuzzy = evaluate_baseline(fuzzy_questions(knowledge, language), cases)
        row = {
            "top1": tally.rate(tally.top1, tally.in_scope),
            "top3": tally.rate(tally.top3, tally.in_scope),
            "right": tally.rate(tally.answered_right, tally.in_scope),
            "wrong": tally.rate(tally.answered_wrong, tally.in_scope),
            "abstain": tally.rate(tally.abstained, tally.out_of_scope),
            "langid": tally.rate(tally.language_right, tally.total),
            "bm25": bm25.rate(bm25.top1, bm25.in_scope),
            "fuzzy": fuzzy.rate(fuzzy.top1, fuzzy.in_scope),
        }
        for key, value in row.items():
            totals[key].append(value)
        lines.append(
            f"| {language} | {tally.in_scope} / {tally.out_of_scope} | {row['top1']:.3f} | "
            f"{row['top3']:.3f} | {row['right']:.3f} | {row['wrong']:.3f} | {row['abstain']:.3f} | "
            f"{row['langid']:.3f} | {row['bm25']:.3f} | {row['fuzzy']:.3f} |"
        )
        if show_misses:
            for miss in tally.misses:
                print(f"  [{language}] {miss}", file=sys.stderr)
    mean = {key: sum(values) / len(values) for key, values in totals.items()}
    lines.append(
        f"| mean | | {mean['top1']:.3f} | {mean['top3']:.3f} | {mean['right']:.3f} | "
        f"{mean['wrong']:.3f} | {mean['abstain']:.3f} | {mean['langid']:.3f} | "
        f"{mean['bm25']:.3f} | {mean['fuzzy']:.3f} |"
    )
    return "\n".join(lines), tallies


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.quality", description=__doc__)
    parser.add_argument("--misses", action="store_true", help="list each miss on stderr")
    parser.add_argument("--knowledge", help="knowledge directory")
    args = parser.parse_args(argv)
    knowledge = load_knowledge(knowledge_dir(args.knowledge))
    table, _ = report(knowledge, Matcher(knowledge), args.misses)
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
