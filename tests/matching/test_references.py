"""Paragraph references, on the ways officials cite a paragraph, and on numbers that are not one."""

from __future__ import annotations

import pytest

from bot.matching.matcher import Matcher
from bot.matching.references import (
    BEIJING_CONSENSUS,
    LAST,
    Reference,
    bare_number,
    chinese_number,
    find_reference,
    fold,
    names_other_document,
    numbers_as_digits,
)

BC = BEIJING_CONSENSUS

# (question, number, source): the Consensus named or not.
REFERENCES = {
    "en": [
        ("paragraph forty-two", 42, None),
        ("the fifth paragraph of the Beijing Consensus", 5, BC),
        ("paragraph twenty one says what?", 21, None),
        ("pt 12", 12, None),
        ("pt. 12", 12, None),
        ("section 12 of the Consensus", 12, BC),
        ("#5 of the Beijing Consensus", 5, BC),
        ("para 14 Beijing Consensus", 14, BC),
        ("para 14 actually says what", 14, None),
        ("what does paragraph 18 say about laws", 18, None),
        ("paragr. 3", 3, None),
        ("paragraph 12", 12, None),
        ("para 12", 12, None),
        ("para. 12", 12, None),
        ("par. 12", 12, None),
        ("§12", 12, None),
        ("§ 12", 12, None),
        ("¶12", 12, None),
        ("point 12", 12, None),
        ("item 12", 12, None),
        ("article 12", 12, None),
        ("what does paragraph 30 say about teachers", 30, None),
        ("12th paragraph", 12, None),
        ("the 3rd point of the Beijing Consensus", 3, BC),
        ("Paragraph 24 of the Beijing Consensus?", 24, BC),
        ("bc-12", 12, None),
        ("bc12", 12, None),
        ("BC 12", 12, None),
        ("paragraph no. 7", 7, None),
        ("paragraph #7 please", 7, None),
        ("recommendation 12", 12, None),
        ("paragraphs 12 and 13", 12, None),
        ("paragraph １２", 12, None),
        ("Paragraph 99", 99, None),  # out of range: the caller says there are 44
        ("show me para 5 of the consensus", 5, BC),
        ("what does para 9 say?", 9, None),
        ("the 1st paragraph of the Peking consensus", 1, BC),
    ],
    "fr": [
        ("le troisième point du Consensus", 3, BC),
        ("le vingt et unième paragraphe", 21, None),
        ("paragraphe quarante-deux", 42, None),
        ("le 7 du consensus de Beijing", 7, BC),
        ("paragraphe 12", 12, None),
        ("le 12e paragraphe", 12, None),
        ("le point 24 du Consensus de Beijing", 24, BC),
        ("point 24 du consensus de Pékin", 24, BC),
        ("que dit l'article 12 ?", 12, None),
        ("le 1er paragraphe", 1, None),
        ("le 12ème point", 12, None),
        ("le 12ᵉ point", 12, None),
        ("paragraphe n° 12", 12, None),
        ("alinéa 3", 3, None),
        ("§ 12 du Consensus", 12, BC),
        ("par. 12", 12, None),
        ("recommandation 12", 12, None),
        ("Paragraphe 44", 44, None),
        ("point numéro 7", 7, None),
        ("le 3e point du Consensus de Pekin", 3, BC),
        ("que dit le paragraphe 30 sur les enseignants ?", 30, None),
        ("les paragraphes 5 et 6", 5, None),
    ],
    "es": [
        ("párrafo veintiuno", 21, None),
        ("el tercer párrafo", 3, None),
        ("el vigésimo segundo punto", 22, None),
        ("el decimoctavo párrafo", 18, None),  # one "o": décimo + octavo
        ("la vigesimoctava sección", 28, None),
        ("el 17 del consenso", 17, BC),
        ("párrafo cuarenta y tres del Consenso de Beijing", 43, BC),
        ("punto 12", 12, None),
        ("párrafo 12", 12, None),
        ("parrafo 12", 12, None),
        ("punto 9 del Consenso de Beijing", 9, BC),
        ("el párrafo 30 del Consenso de Pekín", 30, BC),
        ("artículo 12", 12, None),
        ("apartado 5", 5, None),
        ("el 12º párrafo", 12, None),
        ("el 12.º punto", 12, None),
        ("párrafo número 7", 7, None),
        ("recomendación 12", 12, None),
        ("¿qué dice el punto 3?", 3, None),
        ("§12 del consenso", 12, BC),
        ("punto n.º 12", 12, None),
        ("el 1er párrafo", 1, None),
        ("¿qué dice el párrafo 30 sobre los docentes?", 30, None),
        ("numeral 8 del Consenso de Pekin", 8, BC),
    ],
    "ru": [
        ("в сорок втором пункте", 42, None),
        ("третий пункт", 3, None),
        ("п 7", 7, None),
        ("пункт двенадцать", 12, None),
        ("пункт 12", 12, None),
        ("п. 12", 12, None),
        ("п.12", 12, None),
        ("параграф 12", 12, None),
        ("абзац 12", 12, None),
        ("Пункт 24 Пекинского консенсуса", 24, BC),
        ("что говорится в пункте 30 об учителях", 30, None),
        ("12-й пункт", 12, None),
        ("в 12 пункте", 12, None),
        ("статья 12", 12, None),
        ("пункт номер 7", 7, None),
        ("пункт №12", 12, None),
        ("в 12-м пункте Пекинского консенсуса", 12, BC),
        ("в пекинском консенсусе пункт 9", 9, BC),
        ("рекомендация 12", 12, None),
        ("ПЕКИНСКИЙ КОНСЕНСУС, ПУНКТ 5", 5, BC),
        ("что указано в пункте 12", 12, None),
    ],
    "zh": [
        ("第12段", 12, None),
        ("第十二段", 12, None),
        ("第十二条", 12, None),
        ("第12条", 12, None),
        ("第12点", 12, None),
        ("第十二款", 12, None),
        ("北京共识第12条", 12, BC),
        ("北京共识第二十四段", 24, BC),
        ("第四十四段", 44, None),
        ("第廿四条", 24, None),
        ("第 12 段", 12, None),
        ("第１２段", 12, None),
        ("第一条", 1, None),
        ("第十条讲了什么", 10, None),
        ("北京共识第12条关于教师说了什么", 12, BC),
        ("第12项", 12, None),
        ("第十二个段落", 12, None),
        ("§12", 12, None),
    ],
    "ar": [
        ("الفقرة الثالثة والعشرون", 23, None),
        ("البند الخامس", 5, None),
        ("الفقرة الثانية عشرة من توافق بيجين", 12, BC),
        ("رقم 8 من توافق بيجين", 8, BC),
        ("الفقرة 12؟", 12, None),
        ("الفقرة 12، ماذا تقول", 12, None),
        ("الفقرة 12", 12, None),
        ("الفقرة ١٢", 12, None),
        ("فقرة 12", 12, None),
        ("البند 12", 12, None),
        ("الفقرة ۱۲", 12, None),
        ("ماذا تقول الفقرة 30 عن المعلمين", 30, None),
        ("الفقرة 24 من توافق بيجين", 24, BC),
        ("البند 9 من توافق آراء بكين", 9, BC),
        ("في الفقرة 5", 5, None),
        ("بالفقرة 7", 7, None),
        ("الفقرة رقم 12", 12, None),
        ("المادة 12", 12, None),
        ("النقطة 3", 3, None),
        ("التوصية 12", 12, None),
        ("الفقرة ٤٤ من توافق بيجين", 44, BC),
        ("وفي الفقرة ٣ من توافق آراء بيجين", 3, BC),
        ("للفقرة 8", 8, None),
    ],
}

# Numbers that are just numbers, and paragraphs of instruments we do not hold.
NOT_REFERENCES = {
    "en": [
        "AI for 12 year olds",
        "at this point two options remain",
        "a second point about data",
        "one of the paragraphs",
        "the 31 countries that adopted the Beijing Consensus",
        "the first time I used AI",
        "2030 agenda",
        "SDG 4",
        "31 countries",
        "in 2019",
        "top 10 recommendations",
        "6 weeks",
        "call me at +33 6 12 34 56 78",
        "the consensus has 44 paragraphs",
        "article 26 of the Universal Declaration of Human Rights",
        "GDPR article 8",
        "a paragraph about teachers",
        "3 points about data",
        "point 4.2",
        "paragraph 2019",
        "paragraph 12 of the Beijing Declaration",
        "what happened in Beijing in 2019",
    ],
    "fr": [
        "l'IA pour les enfants de 12 ans",
        "l'agenda 2030",
        "ODD 4",
        "31 pays",
        "en 2019",
        "les 10 meilleures recommandations",
        "6 semaines",
        "multiplié par 12",
        "l'article 5 de la loi sur l'éducation",
        "le RGPD, article 8",
        "les 44 paragraphes du consensus",
        "rendez-vous à 12h",
        "mon point de vue sur l'IA",
    ],
    "es": [
        "IA para 12 años",
        "IA para doce años",
        "un segundo punto sobre los datos",
        "cursos para 12 estudiantes",
        "la agenda 2030",
        "ODS 4",
        "31 países",
        "en 2019",
        "las 10 mejores recomendaciones",
        "6 semanas",
        "artículo 27 de la Constitución",
        "el consenso tiene 44 párrafos",
        "llámame al 612 345 678",
        "desde el punto de vista ético",
    ],
    "ru": [
        "ИИ для детей 12 лет",
        "повестка 2030",
        "ЦУР 4",
        "31 страна",
        "в 2019 году",
        "топ 10 рекомендаций",
        "6 недель",
        "статья 12 закона об образовании",
        "в консенсусе 44 пункта",
        "5 пунктов о данных",
        "телефон 8 800 555 35 35",
        "пункт 3 Конвенции о правах ребенка",
    ],
    "zh": [
        "12岁的孩子",
        "2030年议程",
        "可持续发展目标4",
        "31个国家",
        "2019年",
        "前10条建议",
        "6周",
        "教育法第12条",
        "个人信息保护法第十二条",
        "十大建议",
        "共识有44段",
        "第一次使用人工智能",
        "电话13812345678",
        "《儿童权利公约》第12条",
    ],
    "ar": [
        "الذكاء الاصطناعي للأطفال في سن 12",
        "أجندة 2030",
        "الهدف 4 من أهداف التنمية المستدامة",
        "31 دولة",
        "في عام 2019",
        "أفضل 10 توصيات",
        "6 أسابيع",
        "المادة 26 من الإعلان العالمي لحقوق الإنسان",
        "المادة 12 من القانون",
        "يحتوي التوافق على 44 فقرة",
        "رقم الهاتف 0501234567",
        "في عام ٢٠١٩",
    ],
}


def _cases(table: dict[str, list[tuple[str, int, str | None]]]) -> list[object]:
    return [
        pytest.param(text, number, source, id=f"{language}:{text}")
        for language, cases in table.items()
        for text, number, source in cases
    ]


def _texts(table: dict[str, list[str]]) -> list[object]:
    return [
        pytest.param(text, id=f"{language}:{text}")
        for language, texts in table.items()
        for text in texts
    ]


@pytest.mark.parametrize(("text", "number", "source"), _cases(REFERENCES))
def test_a_paragraph_asked_for_by_number_is_a_reference(
    text: str, number: int, source: str | None
) -> None:
    assert find_reference(text) == Reference(number=number, source=source)


@pytest.mark.parametrize("text", _texts(NOT_REFERENCES))
def test_a_number_that_is_just_a_number_is_not_a_reference(text: str) -> None:
    assert find_reference(text) is None


def test_the_consensus_named_wins_over_another_instrument_in_the_same_question() -> None:
    # Comparing with another text is still a question about the Consensus' paragraph.
    assert find_reference("paragraph 12 of the Beijing Consensus and the GDPR") == Reference(12, BC)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("12", 12),
        (" 12 ", 12),
        ("١٢", 12),
        ("۱۲", 12),
        ("１２", 12),
        ("十二", 12),
        ("二十四", 24),
        ("四十四", 44),
        ("#12", 12),
        ("§12", 12),
        ("§ 12", 12),
        ("12.", 12),
        ("12?", 12),
        ("12th", 12),
        ("第十二", 12),
        ("bc-12", 12),
        ("no. 12", 12),
        ("«12»", 12),
        ("99", 99),
    ],
)
def test_a_bare_number_is_read_in_every_script(text: str, number: int) -> None:
    assert bare_number(text) == number


@pytest.mark.parametrize(
    "text",
    ["12 students", "", "   ", "-12", "1.5", "2019", "twelve?", "12 13", "hello", "12岁", "12%"],
)
def test_anything_more_than_a_number_is_not_a_bare_number(text: str) -> None:
    assert bare_number(text) is None


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("一", 1),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("二十四", 24),
        ("廿四", 24),
        ("卅", 30),
        ("四十四", 44),
        ("一百零五", 105),
        ("一二", 12),
        ("两", 2),
    ],
)
def test_chinese_numerals(numeral: str, value: int) -> None:
    assert chinese_number(numeral) == value


def test_a_chinese_numeral_with_other_characters_is_not_a_number() -> None:
    assert chinese_number("十二段") is None


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("what does paragraph 30 say about regulation", False),  # the subject asked about
        ("regulation", False),
        ("AI laws", False),
        ("article 5 of the law", True),
        ("paragraph 3 of the regulation", True),
        ("EU AI Act", True),
        ("UNESCO's Recommendation on the Ethics of AI", True),
        ("la recommandation de l'UNESCO de 2021 sur l'éthique", True),
        ("关于人工智能的法律", False),
        ("教育法第12条", True),
    ],
)
def test_a_generic_noun_names_a_document_unless_it_is_the_subject(text: str, named: bool) -> None:
    assert names_other_document(fold(text)) is named


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("What's in UNESCO's AI competency framework for students?", True),
        ("le référentiel de compétences en IA pour les élèves", True),
        ("marco de competencias en IA para estudiantes", True),
        ("学生人工智能能力框架", True),
        ("إطار اليونسكو لكفاءات الذكاء الاصطناعي للطلاب", True),
        ("ICT competency framework for teachers AI", False),  # the one the Consensus names
        ("digital competency framework for civil servants", False),
    ],
)
def test_unesco_ai_competency_frameworks_are_texts_we_do_not_hold(text: str, named: bool) -> None:
    assert names_other_document(fold(text)) is named


@pytest.mark.parametrize(
    ("text", "converted"),
    [
        ("paragraph thirty-one", "paragraph 31"),
        ("le deuxième point", "le 2th point"),
        ("soixante et onze", "71"),
        ("quatre-vingt-dix-neuf", "99"),
        ("в двадцать первом пункте", "в 21th пункте"),
        ("الفقره الرابعه والاربعين", "الفقره 44th"),
        ("a second point", "a second point"),  # after an indefinite article: no ordinal
        ("at this point two questions", "at this point two questions"),  # a count
    ],
)
def test_numbers_in_words_are_read_as_digits(text: str, converted: str) -> None:
    assert numbers_as_digits(fold(text)) == fold(converted)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("what does the last paragraph say", None),
        ("show me the final paragraph of the Beijing Consensus", BEIJING_CONSENSUS),
        ("Le dernier paragraphe, le 44e, il dit quoi ?", None),
        ("que dit le paragraphe final", None),
        ("el último párrafo del consenso", BEIJING_CONSENSUS),
        ("Что сказано в последнем пункте консенсуса?", BEIJING_CONSENSUS),
        ("共识最后一段写的什么", BEIJING_CONSENSUS),
        ("ما هي الفقرة الأخيرة؟", None),
    ],
)
def test_the_last_paragraph_is_a_reference_to_the_documents_last(
    text: str, source: str | None
) -> None:
    assert find_reference(text) == Reference(number=LAST, source=source)


@pytest.mark.parametrize(
    "text", ["my last point: what about pupils' data?", "the last time UNESCO met", "dernier mot"]
)
def test_last_without_a_paragraph_is_no_reference(text: str) -> None:
    assert find_reference(text) is None


def test_the_last_paragraph_is_quoted_and_paragraph_zero_is_not_it(matcher: Matcher) -> None:
    last = matcher.match("what does the last paragraph of the consensus say?", language="en")
    assert last.answered
    assert last.candidates == ("bc-44",)
    zero = matcher.match("paragraph 0", language="en")
    assert not zero.answered
    assert zero.reference == Reference(number=0)


def test_para_with_a_polite_word_after_it_is_a_reference() -> None:
    assert find_reference("show me para 12 pls") == Reference(number=12)
    assert find_reference("para 20 stp") == Reference(number=20)
    assert find_reference("Paragraphe quarante-quatre, s'il vous plaît") == Reference(number=44)
    assert find_reference("el párrafo veintiuno qué dice?") == Reference(number=21)
    assert find_reference("paragraph zero") == Reference(number=0)
    assert find_reference("الفقرة رقم صفر") == Reference(number=0)
    assert find_reference("покажите нулевой пункт") == Reference(number=0)
    assert find_reference("I have zero idea what paragraph means") is None
    assert find_reference("el para 7 porfa") == Reference(number=7)
    assert find_reference("IA para 12 años") is None  # Spanish "for"


def test_paragrafo_is_a_spanish_marker_too() -> None:
    assert find_reference("¿Me puede citar el parágrafo 31?") == Reference(number=31)


@pytest.mark.parametrize(
    ("text", "number"),
    [("Could you quote paragraph thirty-three for me?", 33), ("para 40 是什么内容", 40)],
)
def test_a_number_in_words_before_for_me_and_para_before_chinese(text: str, number: int) -> None:
    assert find_reference(text) == Reference(number=number)


def test_an_asking_adverb_does_not_hide_the_overview(matcher: Matcher) -> None:
    """ "exactly", "au juste" ask nothing: the question is "what is the Beijing Consensus?"."""
    for question, language in [
        ("what exactly is the Beijing Consensus?", "en"),
        ("C'est quoi au juste le Consensus de Beijing ?", "fr"),
    ]:
        decision = matcher.match(question, language=language)
        assert decision.candidates[:1] == ("about-beijing-consensus",)


@pytest.mark.parametrize(
    ("text", "language", "number"),
    [
        ("text of par 18?", "en", 18),
        ("par 40, please", "en", 40),
        ("para no. 44 please", "en", 44),
        ("ف ١٤ الخاصة بالمناهج", "ar", 14),
        ("ف. ٣٣ من التوافق", "ar", 33),  # the abbreviation with its dot
    ],
)
def test_a_weak_marker_of_the_question_language_is_a_reference(
    text: str, language: str, number: int
) -> None:
    assert find_reference(text, language) == Reference(number)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("on divise la note par 20 ?", "fr"),  # French "by 20"
        ("par 20 ?", None),  # no language known: "par" is French too
        ("par 20 ?", "es"),
        ("IA para 12 años", "es"),
    ],
)
def test_a_weak_marker_of_another_language_is_no_reference(text: str, language: str | None) -> None:
    assert find_reference(text, language) is None
