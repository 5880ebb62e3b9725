"""Which cases the confidence model is fitted on (the training part, every case with --all, the
first held-out set with --fresh), and the abstention floor."""

from __future__ import annotations

import dataclasses

from bench.calibrate import (
    ALL_PART,
    FRESH_PART,
    Sample,
    abstention_floor,
    collect,
    collect_apart,
    decided_by_confidence,
    fitting_cases,
    neutral_model,
)
from bench.fresh import SPENT_DIRS, load_fresh
from bench.quality import TEST, TRAIN, Case, load_cases
from bot.config import knowledge_dir
from bot.knowledge.loader import load_knowledge
from bot.knowledge.model import LANGUAGES, asked_key
from bot.matching.decision import Match
from bot.matching.features import FEATURES, Signals
from bot.matching.matcher import Analysis, Matcher


def test_the_default_fits_on_the_training_part_only() -> None:
    cases = fitting_cases(use_all=False)
    assert cases
    assert {case.part for case in cases} == {TRAIN}


def test_all_fits_on_every_case_of_both_parts() -> None:
    every = [case for language in LANGUAGES for case in load_cases(language)]
    assert {case.part for case in every} == {TRAIN, TEST}
    cases = fitting_cases(use_all=True)
    assert len(cases) == len(every)
    assert {case.part for case in cases} == {TRAIN}  # so the folds and --misses read them all
    assert sorted(case.question for case in cases) == sorted(case.question for case in every)
    assert "all" in ALL_PART


def test_fresh_adds_the_spent_held_out_sets_without_their_repeats() -> None:
    every = fitting_cases(use_all=True)
    cases = fitting_cases(use_all=True, fresh=True)
    assert {case.part for case in cases} == {TRAIN}
    fresh = [
        case
        for directory in SPENT_DIRS
        for language in LANGUAGES
        for case in load_fresh(language, directory)
    ]
    assert fresh
    known = {(case.language, case.question) for case in every}
    new = {
        (case.language, case.question): case
        for case in fresh
        if (case.language, case.question) not in known
    }
    assert len(cases) == len(every) + len(new)
    assert len(new) < len(fresh)  # some fresh questions repeat earlier ones: counted once
    spent = [directory.name for directory in SPENT_DIRS]
    assert spent == [
        "fresh",
        "fresh2",
        "fresh3",
        "fresh4",
        "fresh5",
        "fresh6",
        "fresh7",
        "fresh8",
        "fresh9",
        "fresh10",
        "fresh11",
        "fresh12",
        "fresh13",
    ]
    assert "fresh14" not in FRESH_PART  # the newest held-out set is never fitted on


def test_fresh_alone_keeps_the_evaluation_sets_test_part_out() -> None:
    questions = {(case.language, case.question) for case in fitting_cases(False, fresh=True)}
    train = {(case.language, case.question) for case in fitting_cases(use_all=False)}
    test = {
        (case.language, case.question)
        for language in LANGUAGES
        for case in load_cases(language)
        if case.part == TEST
    }
    assert train <= questions
    assert not (test - train) & questions


def _sample(question: str, expected: frozenset[str], score: float, quotable: bool) -> Sample:
    values = (0.0,) * len(FEATURES)
    signals = Signals(values, typo_only=not quotable, unknown_year=False)
    analysis = Analysis((Match("bc-01", score),), signals)
    return Sample(Case(question, "en", "near_domain", expected, TRAIN), None, analysis)


def test_the_floor_counts_only_the_questions_the_threshold_decides() -> None:
    matcher = Matcher(load_knowledge(knowledge_dir(None)), model=neutral_model())
    decided = _sample("decided", frozenset(), 0.5, quotable=True)
    refused = _sample("refused by a rule", frozenset(), 0.5, quotable=False)
    too_low = _sample("below the answer floor", frozenset(), 0.01, quotable=True)
    assert decided_by_confidence(matcher, decided)
    assert not decided_by_confidence(matcher, refused)
    assert not decided_by_confidence(matcher, too_low)
    # A model as sure of every question: the floor must sit above its confidence, however many
    # refused questions the pool holds (they abstain at any threshold, and do not count).
    sure = dataclasses.replace(neutral_model(), bias=2.0)  # sigmoid(2) = 0.881
    alone = abstention_floor(matcher, [decided], sure)
    crowded = abstention_floor(matcher, [decided, *[refused] * 50, *[too_low] * 50], sure)
    assert alone == crowded > 0.881


def test_each_set_is_searched_without_its_own_asked_questions() -> None:
    """With its own question among the asked ones, a case finds itself (a near-copy of 1.0);
    ``collect_apart`` searches it as a new question, with the other sets' questions only."""
    knowledge = load_knowledge(knowledge_dir(None))
    full = Matcher(knowledge, model=neutral_model())
    fuzzy = FEATURES.index("fuzzy")
    asked = {asked_key(*pair) for pair in knowledge.asked_questions()}
    cases = [
        case
        for case in fitting_cases(use_all=True, fresh=True)
        if case.origin == "fresh3" and asked_key(case.language, case.question) in asked
    ][:40]
    assert len(cases) == 40
    found_itself = [
        case
        for case, sample in zip(cases, collect(full, cases), strict=True)
        if sample.analysis is not None
        and sample.analysis.signals is not None
        and sample.analysis.signals.values[fuzzy] == 1.0
    ]
    assert found_itself
    apart = {
        id(case): sample
        for case, sample in zip(cases, collect_apart(knowledge, cases), strict=True)
    }
    for case in found_itself:
        analysis = apart[id(case)].analysis
        assert analysis is not None
        assert analysis.signals is not None
        assert analysis.signals.values[fuzzy] < 1.0, case.question
    # Another set's questions stay: a fresh3 case is still asked when fresh4 is left out.
    fresh4 = [c for c in fitting_cases(True, True) if c.origin == "fresh4"]
    left = knowledge.without_asked(asked_key(c.language, c.question) for c in fresh4)
    kept = {asked_key(*pair) for pair in left.asked_questions()}
    assert all(asked_key(case.language, case.question) in kept for case in cases)
    assert len(kept) < len(asked)
