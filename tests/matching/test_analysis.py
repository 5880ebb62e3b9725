"""Text analysis per language, on the cases officials actually type."""

from __future__ import annotations

from bot.matching.analysis import fold, normalize, tokens


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
