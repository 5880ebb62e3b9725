"""The shipped asked questions are the spent sets' in-scope questions, and never the newest
held-out set's (``bench.asked``)."""

from __future__ import annotations

from pathlib import Path

from bench import asked
from bench.calibrate import fitting_cases
from bench.fresh import NEWEST_DIR, load_fresh
from bench.quality import Case
from bot.knowledge.model import LANGUAGES, KnowledgeBase, asked_key


def _asked(knowledge: KnowledgeBase) -> set[tuple[str, str]]:
    return {asked_key(*pair) for pair in knowledge.asked_questions()}


def test_the_files_are_what_bench_asked_writes() -> None:
    assert asked.main(["--check"]) == 0


def test_the_newest_held_out_set_is_not_asked(knowledge: KnowledgeBase) -> None:
    shipped = _asked(knowledge)
    older = {
        asked_key(case.language, case.question)
        for case in asked.asked_cases(fitting_cases(True, True))
    }
    newest = [case for language in LANGUAGES for case in load_fresh(language, NEWEST_DIR)]
    assert newest
    # Only a question an earlier set had too ("MOOC") may be asked.
    assert all(
        asked_key(case.language, case.question) not in shipped
        or asked_key(case.language, case.question) in older
        for case in newest
    )


def test_only_in_scope_questions_without_a_paragraph_number_are_written() -> None:
    cases = [
        Case("what about grandparents?", "en", "paraphrase", frozenset({"bc-21"}), "train"),
        Case("What about grandparents?", "en", "plain", frozenset({"bc-21"}), "train"),
        Case("paragraph 12", "en", "paragraph_ref", frozenset({"bc-12"}), "train"),
        Case("weather in Dakar", "en", "out_of_scope", frozenset(), "train"),
        Case("what about grandparents?", "fr", "plain", frozenset({"bc-21"}), "train"),
        Case("gender and AI", "en", "co_relevant", frozenset({"bc-26", "bc-25"}), "train"),
    ]
    written = asked.asked_cases(cases)
    assert [(case.language, case.question) for case in written] == [
        ("en", "what about grandparents?"),
        ("fr", "what about grandparents?"),
        ("en", "gender and AI"),
    ]
    text = asked.render("en", written)
    assert text.endswith(
        '    bc-21:\n    - "what about grandparents?"\n'
        '    bc-25:\n    - "gender and AI"\n'
        '    bc-26:\n    - "gender and AI"\n'
    )


def test_the_files_live_in_the_knowledge_directory() -> None:
    assert Path(__file__).resolve().parents[2] / "knowledge" / "asked" == asked.ASKED_DIR
