"""Text analysis per language, on the cases officials actually type."""

from __future__ import annotations

import re
import unicodedata

import pytest

from bot.matching import analysis
from bot.matching.analysis import fold, fold_accents, normalize, normalize_arabic, tokens, words


def test_normalize_removes_invisible_and_control_characters_and_folds_case() -> None:
    assert normalize("Donn\u200bées\u00ad DES\x07 Élèves") == "données des  élèves"
    assert normalize("ＡＩ ｅｔ ｌ’école") == "ai et l'école"  # NFKC full-width, one apostrophe


def test_french_and_spanish_are_accent_folded_on_both_sides() -> None:
    assert tokens("protection des données des élèves", "fr") == tokens(
        "protection des donnees des eleves", "fr"
    )
    assert tokens("educación y evaluación", "es") == tokens("educacion y evaluacion", "es")
    assert tokens("l'intelligence artificielle", "fr") == ["intelligent", "artificiel"]


def test_stopwords_and_stems() -> None:
    assert tokens("What does the consensus say about teachers?", "en") == ["teacher"]
    assert tokens("заменит ли ИИ учителей", "ru") == ["замен", "ии", "учител"]
    assert tokens("Will AI replace teachers", "en") == ["ai", "replac", "teacher"]


def test_russian_yo_is_e() -> None:
    assert fold("ещё учёба", "ru") == "еще учеба"


def test_arabic_normalisation_and_light_stemming() -> None:
    # Diacritics and tatweel go; alef, yaa and taa marbuta variants become one letter.
    assert fold("الـمُعلّمين إِلى مدرسة", "ar") == "المعلمين الي مدرسه"
    # The article and the conjunction wa- are stripped, as are plural suffixes.
    assert tokens("والمعلمين", "ar") == tokens("المعلمين", "ar") == tokens("معلمين", "ar")
    assert tokens("البيانات", "ar") == tokens("بيانات", "ar")
    assert tokens("خصوصية", "ar") == tokens("الخصوصيه", "ar")


def test_chinese_bigrams_and_mixed_scripts() -> None:
    assert tokens("教师培训", "zh") == ["教师", "师培", "培训"]
    assert tokens("AI会取代老师吗", "zh")[:2] == ["ai", "会取"]
    assert tokens("什么是人工智能", "zh") == [
        "么是",
        "是人",
        "人工",
        "工智",
        "智能",
    ]  # 什么 is a stopword
    assert tokens("可持续发展目标4", "zh")[-1] == "4"


# The reference definitions the faster code must agree with, character for character.
_REFERENCE_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_REFERENCE_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_REFERENCE_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
_REFERENCE_ELISION = re.compile(r"\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'", re.IGNORECASE)

AWKWARD_TEXTS = [
    "",
    "   ",
    "plain ascii text, with `backticks` and 'quotes'\r\n\ttabs",
    "Ça va? L’école d’été jusqu’à lorsqu’il QU’IL",
    "ſ'il ﬅ l'ſ ﬁ ① Ⅻ ＡＢＣ ǅ İstanbul ß ẞ ŉ",
    "\u200bzero\u00adwidth\x07ctl\x85\u2066bidi\u2069\ufeff",
    "ЁЖИК ёлка учёба",
    "AI会让老师失业吗？可持续发展目标4，教师培训",
    "أَلْبَيَانَات والتعليم ـــ إلى آفاق ٱلمدرسة",
    "naïve café ÉCOLE educación año",
    "e\u0301cole cafe\u0301 a\u0328",
]


def _reference_normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _REFERENCE_CONTROL.sub(" ", _REFERENCE_INVISIBLE.sub("", text))
    return text.translate(_REFERENCE_APOSTROPHES).casefold()


@pytest.mark.parametrize("text", AWKWARD_TEXTS)
def test_fast_paths_agree_with_the_reference_definitions(text: str) -> None:
    normalized = _reference_normalize(text)
    assert normalize(text) == normalized
    assert _REFERENCE_ELISION.sub(" ", normalized) == analysis._ELISION.sub(" ", normalized)
    assert fold_accents(text) == unicodedata.normalize(
        "NFC", re.sub(r"[\u0300-\u036f]", "", unicodedata.normalize("NFD", text))
    )
    arabic = re.sub(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]", "", text)
    assert normalize_arabic(text) == arabic.translate(str.maketrans("أإآٱىة", "اااايه"))
    han = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    for language in ("en", "fr", "es", "ru", "zh", "ar"):
        folded = fold(text, language).replace("'", " " if language == "fr" else "'")
        assert words(text, language) == re.findall(rf"[{han}]+|[^\W\d_{han}]+|\d+", folded)


def test_elision_needs_no_ignorecase_after_normalisation() -> None:
    # No character of normalised text matches an elided letter case-insensitively but not exactly
    # ("ſ", "K" and capitals are gone), so the pattern does without re.IGNORECASE.
    everything = "\n".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    matched = re.findall("[cdjlmnqstu]", normalize(everything), re.IGNORECASE)
    assert set(matched) == set("cdjlmnqstu")


def test_remembered_words_give_the_same_tokens() -> None:
    text = "Les enseignants et l'IA : protection des données des élèves"
    first = tokens(text, "fr")
    assert tokens(text, "fr") == first  # now from the per-word cache
    first.append("changed")  # a caller's list is its own
    assert tokens(text, "fr") != first
    long_run = "人工智能教育政策规划与实施的国际合作"  # a clause: computed, not kept
    assert tokens(long_run, "zh") == tokens(long_run, "zh")
    assert long_run not in analysis._word_cache["zh"]
