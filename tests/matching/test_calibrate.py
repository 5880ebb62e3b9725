"""Which cases the confidence model is fitted on: the training part, or every case with --all."""

from __future__ import annotations

from bench.calibrate import ALL_PART, fitting_cases
from bench.quality import TEST, TRAIN, load_cases
from bot.knowledge.model import LANGUAGES


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
