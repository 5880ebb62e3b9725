"""Language identification on short, accent-less, acronym-heavy and mixed-script questions."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from bot.matching.analysis import fold_accents, normalize
from bot.matching.langid import _word_counts
from bot.matching.matcher import Matcher

CASES = [
    ("can AI replace teachers?", "en"),
    ("AI and gender", "en"),
    ("protection des donnees des eleves", "fr"),
    ("IA et genre", "fr"),
    ("proteccion de datos de los alumnos", "es"),
    ("IA y genero", "es"),
    ("¿La IA reemplazará a los profes?", "es"),
    ("заменит ли ИИ учителей", "ru"),
    ("ЦУР 4 и ИИ", "ru"),
    ("что такое AI в образовании", "ru"),
    ("人工智能会取代老师吗", "zh"),
    ("AI 伦理", "zh"),
    ("UNESCO 人工智能 培训", "zh"),
    ("هل يحل الذكاء الاصطناعي محل المعلمين", "ar"),
    ("AI في التعليم", "ar"),
]


@pytest.mark.parametrize(("question", "language"), CASES)
def test_identifies_the_language(matcher: Matcher, question: str, language: str) -> None:
    assert matcher.identify(question) == language


def test_hint_breaks_a_tie_but_never_overrides_clear_text(matcher: Matcher) -> None:
    assert matcher.identify("EMIS", hint="es") == "es"
    assert matcher.identify("TVET", hint="fr") == "fr"
    assert matcher.identify("protection des donnees des eleves", hint="es") == "fr"
    assert matcher.identify("заменит ли ИИ учителей", hint="en") == "ru"


def test_training_counts_the_words_of_the_texts_joined() -> None:
    # Repeated texts, and texts whose normalisation changes their edges (a leading combining
    # accent, a trailing invisible or control character, a ligature), count as in one text.
    texts = [
        "L’éducation et l’IA",
        "L’éducation et l’IA",
        "\u0301accent first",
        "ends invisibly\u200b",
        "ends with a bell\x07",
        "ﬁnance Ｌatin ŉ",
        "ÉCOLE naïve `quoted`",
        "",
        "no ascii: данные 数据",
        "L’éducation et l’IA",
        "ends invisibly\u200b",
    ]
    joined = fold_accents(normalize(" ".join(texts)))
    assert _word_counts(texts) == Counter(re.findall(r"[a-z]+", joined))
    assert _word_counts([]) == Counter()
