"""Answer quality per language and per kind of question, on the test part of the evaluation set.

Run: ``python -m bench.quality`` (or ``make bench``). Two evaluation sets, written by people who
never saw the knowledge files' alternate questions:

* ``bench/data/eval/<lang>.yaml``: short questions (kind ``plain``) and out-of-scope ones
  (kind ``out_of_scope``);
* ``bench/data/eval/realistic/<lang>.yaml``: questions as officials write them, by kind
  (``long_context``, ``paragraph_ref``, ``paragraph_missing``, ``co_relevant``, ``near_domain``,
  ``smalltalk``, ``about_source``, ``paraphrase``, ``one_word``; a ``one_word`` case marked
  ``generic`` is reported as kind ``generic_word``).

A case with ``expect: []`` must not be answered with a quotation. Each (language, kind) group is
split in two by a stable hash of the question text (``split``): the confidence model is fitted
and its thresholds chosen on the training part (``python -m bench.calibrate``), and the figures
that count are those of the test part, which nothing was tuned on. Figures:

* answered right / answered wrong: the bot quoted an entry, one that answers the question / one
  that does not (share of in-scope questions); wrong answers are the failure that matters most;
* clarified right: the bot offered choices, the first of them right; unanswered: the rest;
* abstention: questions with ``expect: []`` that got no quotation; small talk: ``smalltalk``
  cases recognised as such (so never recorded as an unanswered question);
* top-1: the first match answers the question; language id: identified with no hint.

Baselines, on the same knowledge in the same run: BM25 over whitespace tokens of every field, and
rapidfuzz ``token_set_ratio`` against the alternate questions; each answers when its top score
reaches the cut-off best for it on the training part.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process

from bot.config import knowledge_dir
from bot.knowledge.loader import load_knowledge
from bot.knowledge.model import LANGUAGES, KnowledgeBase
from bot.matching.decision import Decision, Outcome
from bot.matching.matcher import Matcher

EVAL_DIR = Path(__file__).resolve().parent / "data" / "eval"
REALISTIC = "realistic"
TRAIN, TEST = "train", "test"
SMALLTALK = "smalltalk"
IN_SCOPE_KINDS = (
    "plain",
    "long_context",
    "paragraph_ref",
    "co_relevant",
    "about_source",
    "paraphrase",
    "one_word",
)
OUT_OF_SCOPE_KINDS = (
    "out_of_scope",
    "near_domain",
    "paragraph_missing",
    "generic_word",
    SMALLTALK,
)
TARGETS = {"right": 0.90, "wrong": 0.02, "abstention": 0.97, "small_talk": 1.0}


@dataclass(frozen=True)
class Case:
    question: str
    language: str
    kind: str
    expected: frozenset[str]  # empty: must not be answered with a quotation
    part: str  # TRAIN or TEST
    intent: str | None = None
    origin: str = "eval"  # the set it was written for: "eval", or a held-out set's folder


def split_key(question: str) -> str:
    """The stable hash that orders a (language, kind) group before it is split in two."""
    return hashlib.sha256(question.encode("utf-8")).hexdigest()


def split(
    cases: Iterable[tuple[str, str, frozenset[str], str | None]], language: str
) -> list[Case]:
    """Cases by (language, kind), each group sorted by hash: even ranks train, odd ranks test."""
    groups: dict[str, list[tuple[str, str, frozenset[str], str | None]]] = defaultdict(list)
    for case in cases:
        groups[case[1]].append(case)
    result = []
    for group in groups.values():
        group.sort(key=lambda case: split_key(case[0]))
        for rank, (question, kind, expected, intent) in enumerate(group):
            part = TRAIN if rank % 2 == 0 else TEST
            result.append(Case(question, language, kind, expected, part, intent))
    return result


def load_cases(language: str, directory: Path = EVAL_DIR) -> list[Case]:
    """Both evaluation sets of one language, split into training and test parts."""
    raw: list[tuple[str, str, frozenset[str], str | None]] = []
    older = directory / f"{language}.yaml"
    if older.exists():
        data = yaml.safe_load(older.read_text(encoding="utf-8"))
        raw += [(item["q"], "plain", frozenset(item["expect"]), None) for item in data["in_scope"]]
        raw += [(question, "out_of_scope", frozenset(), None) for question in data["out_of_scope"]]
    realistic = directory / REALISTIC / f"{language}.yaml"
    if realistic.exists():
        data = yaml.safe_load(realistic.read_text(encoding="utf-8"))
        for item in data["cases"]:
            kind = "generic_word" if item.get("generic") else item["kind"]
            raw.append((item["q"], kind, frozenset(item["expect"]), item.get("intent")))
    return split(raw, language)


# What happened to one case.
RIGHT, WRONG, CLARIFIED_RIGHT, CLARIFIED_OTHER, UNANSWERED = (
    "answered right",
    "answered wrong",
    "clarified right",
    "clarified other",
    "unanswered",
)
ABSTAINED, QUOTED, SMALL_TALK = "abstained", "quoted", "small talk"


def verdict(case: Case, decision: Decision) -> str:
    """The case's outcome as the figures count it."""
    if case.expected:
        if decision.outcome is Outcome.ANSWER:
            return RIGHT if decision.candidates[0] in case.expected else WRONG
        if decision.outcome is Outcome.CLARIFY:
            return CLARIFIED_RIGHT if decision.candidates[0] in case.expected else CLARIFIED_OTHER
        return UNANSWERED
    if case.kind == SMALLTALK and decision.outcome is Outcome.SMALL_TALK:
        return SMALL_TALK
    return QUOTED if decision.outcome is Outcome.ANSWER else ABSTAINED


@dataclass
class Tally:
    """Counts for one group of cases."""

    verdicts: Counter[str] = field(default_factory=Counter)
    in_scope: int = 0
    out_of_scope: int = 0
    smalltalk: int = 0
    top1: int = 0
    language_right: int = 0
    total: int = 0

    def add(self, case: Case, decision: Decision, identified: str | None = None) -> str:
        result = verdict(case, decision)
        self.verdicts[result] += 1
        self.total += 1
        if identified is not None:
            self.language_right += identified == case.language
        if case.expected:
            self.in_scope += 1
            self.top1 += bool(decision.matches) and decision.matches[0].entry_id in case.expected
        else:
            self.out_of_scope += 1
            self.smalltalk += case.kind == SMALLTALK
        return result

    def rate(self, part: int, whole: int) -> float | None:
        return part / whole if whole else None

    @property
    def right(self) -> float | None:
        return self.rate(self.verdicts[RIGHT], self.in_scope)

    @property
    def wrong(self) -> float | None:
        return self.rate(self.verdicts[WRONG], self.in_scope)

    @property
    def clarified(self) -> float | None:
        return self.rate(self.verdicts[CLARIFIED_RIGHT], self.in_scope)

    @property
    def abstention(self) -> float | None:
        return self.rate(self.verdicts[ABSTAINED] + self.verdicts[SMALL_TALK], self.out_of_scope)

    @property
    def small_talk(self) -> float | None:
        return self.rate(self.verdicts[SMALL_TALK], self.smalltalk)


@dataclass
class Evaluation:
    """The matcher's results, tallied by (part, language) and by (part, language, kind)."""

    by_language: dict[tuple[str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_kind: dict[tuple[str, str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))
    misses: list[str] = field(default_factory=list)  # training part only

    def add(self, case: Case, decision: Decision, identified: str | None = None) -> None:
        result = self.by_language[case.part, case.language].add(case, decision, identified)
        self.by_kind[case.part, case.language, case.kind].add(case, decision, identified)
        if case.part == TRAIN and result in (WRONG, QUOTED, CLARIFIED_OTHER, UNANSWERED):
            if result == UNANSWERED and case.kind == "paragraph_missing":
                return
            if case.kind == SMALLTALK and result == ABSTAINED:
                return
            ranked = [f"{m.entry_id}:{m.score:.2f}" for m in decision.matches[:3]]
            self.misses.append(
                f"[{case.language}/{case.kind}] {result}: {case.question!r} -> "
                f"{decision.outcome.value} {list(decision.candidates)} conf "
                f"{decision.confidence:.2f} {ranked} want {sorted(case.expected)}"
            )
        elif case.part == TRAIN and case.kind == SMALLTALK and result == ABSTAINED:
            self.misses.append(f"[{case.language}/smalltalk] not recognised: {case.question!r}")


def evaluate(matcher: Matcher, cases: Iterable[Case], identify: bool = True) -> Evaluation:
    evaluation = Evaluation()
    for case in cases:
        identified = matcher.identify(case.question) if identify else None
        evaluation.add(case, matcher.match(case.question, language=case.language), identified)
    return evaluation


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


@dataclass(frozen=True)
class Baseline:
    top1: float | None
    right: float | None
    wrong: float | None
    abstention: float | None


def evaluate_baseline(rank: Ranker, train: Sequence[Case], test: Sequence[Case]) -> Baseline:
    """A baseline on the test part, answering at the cut-off best for it on the training part."""
    train_results = [(case, rank(case.question)) for case in train]
    best_cut, best_value = 0.0, -math.inf
    for cut in sorted({ranked[0][1] for _, ranked in train_results if ranked}):
        value = 0
        for case, ranked in train_results:
            answered = bool(ranked) and ranked[0][1] >= cut
            if case.expected:
                value += answered and ranked[0][0] in case.expected
                value -= 3 * (answered and ranked[0][0] not in case.expected)
            else:
                value -= 3 * answered
        if value > best_value:
            best_cut, best_value = cut, value
    top1 = right = wrong = abstained = in_scope = out = 0
    for case in test:
        ranked = rank(case.question)
        answered = bool(ranked) and ranked[0][1] >= best_cut
        if case.expected:
            in_scope += 1
            hit = bool(ranked) and ranked[0][0] in case.expected
            top1 += hit
            right += answered and hit
            wrong += answered and not hit
        else:
            out += 1
            abstained += not answered
    return Baseline(
        top1 / in_scope if in_scope else None,
        right / in_scope if in_scope else None,
        wrong / in_scope if in_scope else None,
        abstained / out if out else None,
    )


def _f(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _mark(value: float | None, target: float, at_most: bool = False) -> str:
    if value is None:
        return "–"
    below = value > target if at_most else value < target
    return f"**{value:.3f}**" if below else f"{value:.3f}"


def language_table(
    evaluation: Evaluation, part: str, baselines: dict[str, tuple[Baseline, Baseline]] | None
) -> str:
    header = (
        "| language | in scope / out | answered right | answered wrong | clarified right "
        "| abstention | small talk | top-1 | language id |"
    )
    lines = [header, "|---|---|---|---|---|---|---|---|---|"]
    if baselines:
        lines[0] += (
            " BM25 top-1 / right / wrong / abstention | fuzzy top-1 / right / wrong / abstention |"
        )
        lines[1] += "---|---|"
    for language in LANGUAGES:
        tally = evaluation.by_language.get((part, language))
        if tally is None:
            continue
        line = (
            f"| {language} | {tally.in_scope} / {tally.out_of_scope} "
            f"| {_mark(tally.right, TARGETS['right'])} "
            f"| {_mark(tally.wrong, TARGETS['wrong'], True)} "
            f"| {_f(tally.clarified)} | {_mark(tally.abstention, TARGETS['abstention'])} "
            f"| {_mark(tally.small_talk, TARGETS['small_talk'])} "
            f"| {_f(tally.rate(tally.top1, tally.in_scope))} "
            f"| {_f(tally.rate(tally.language_right, tally.total))} |"
        )
        if baselines:
            for baseline in baselines[language]:
                line += (
                    f" {_f(baseline.top1)} / {_f(baseline.right)} / {_f(baseline.wrong)} / "
                    f"{_f(baseline.abstention)} |"
                )
        lines.append(line)
    return "\n".join(lines)


def kind_table(evaluation: Evaluation, part: str) -> str:
    """Per kind and language: the in-scope kinds' right/wrong, the others' abstention."""
    lines = [
        "| kind | " + " | ".join(LANGUAGES) + " |",
        "|---|" + "---|" * len(LANGUAGES),
    ]
    for kind in (*IN_SCOPE_KINDS, *OUT_OF_SCOPE_KINDS):
        cells = []
        for language in LANGUAGES:
            tally = evaluation.by_kind.get((part, language, kind))
            if tally is None or not tally.total:
                cells.append("–")
            elif kind in IN_SCOPE_KINDS:
                cells.append(
                    f"{_mark(tally.right, TARGETS['right'])} / "
                    f"{_mark(tally.wrong, TARGETS['wrong'], True)} ({tally.total})"
                )
            elif kind == SMALLTALK:
                cells.append(f"{_mark(tally.small_talk, TARGETS['small_talk'])} ({tally.total})")
            else:
                cells.append(f"{_mark(tally.abstention, TARGETS['abstention'])} ({tally.total})")
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def report(
    knowledge: KnowledgeBase, matcher: Matcher, show_misses: bool = False, baselines: bool = True
) -> tuple[str, Evaluation]:
    cases = {language: load_cases(language) for language in LANGUAGES}
    evaluation = evaluate(matcher, (case for group in cases.values() for case in group))
    compared: dict[str, tuple[Baseline, Baseline]] = {}
    if baselines:
        for language, group in cases.items():
            train = [case for case in group if case.part == TRAIN and case.kind != SMALLTALK]
            test = [case for case in group if case.part == TEST and case.kind != SMALLTALK]
            compared[language] = (
                evaluate_baseline(bm25_whitespace(knowledge, language), train, test),
                evaluate_baseline(fuzzy_questions(knowledge, language), train, test),
            )
    sections = [
        "## Test part (never used for fitting or tuning)",
        "",
        "Answered right and wrong are shares of in-scope questions; bold: short of the target "
        "(answered right ≥ 0.90, answered wrong ≤ 0.02, abstention ≥ 0.97, small talk 1.0).",
        "",
        language_table(evaluation, TEST, compared or None),
        "",
        "Per kind (in-scope kinds: answered right / answered wrong; `expect: []` kinds: "
        "abstention; smalltalk: recognised), with the number of cases:",
        "",
        kind_table(evaluation, TEST),
        "",
        "## Training part (the confidence model was fitted and its thresholds chosen here)",
        "",
        language_table(evaluation, TRAIN, None),
        "",
        kind_table(evaluation, TRAIN),
    ]
    if show_misses:
        for miss in evaluation.misses:
            print(miss, file=sys.stderr)
    return "\n".join(sections), evaluation


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.quality", description=__doc__)
    parser.add_argument(
        "--misses",
        action="store_true",
        help="list each miss of the TRAINING part on stderr (the test part's are never listed)",
    )
    parser.add_argument("--knowledge", help="knowledge directory")
    parser.add_argument("--no-baselines", action="store_true", help="skip the baselines")
    args = parser.parse_args(argv)
    knowledge = load_knowledge(knowledge_dir(args.knowledge))
    table, _ = report(knowledge, Matcher(knowledge), args.misses, not args.no_baselines)
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
