"""Recognise a question that asks for a numbered paragraph of a source document.

Officials cite the Consensus the way they cite a law: "paragraph 12", "§ 12", "le point 24 du
Consensus de Beijing", "пункт 9", "第十二条", "الفقرة ١٢", or the entry id "bc-12". Such a question
wants that paragraph quoted, whatever else it says, so the conversation answers it before any
search. A number alone is never enough: "AI for 12 year olds", "SDG 4", "31 countries" or "in 2019"
are ordinary questions, so every form needs a word or sign that names a paragraph (a *marker*)
right before the number, or an ordinal right before the marker ("12th paragraph", "12-й пункт").

Two more rules keep quotations for the texts we hold: a paragraph of another instrument ("article
26 of the Universal Declaration", "GDPR article 8", "教育法第12条") is not a reference, unless the
question also names the Consensus; and a number followed by a decimal part ("point 4.2") is a
sub-clause of something else. The range (1–44) is the caller's business: it tells the user how
many paragraphs the document has, which is more helpful than silence.

Text is folded the same way for the tables and the question (NFKC, case, Latin accents, Arabic
letter variants, ``ё``), and Arabic-Indic and Eastern Arabic-Indic digits become ASCII digits
(NFKC already turns full-width ``１２`` into ``12``), so the tables are written in plain spelling.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from bot.matching.analysis import fold_accents, last_clause, normalize, normalize_arabic

BEIJING_CONSENSUS = "beijing-consensus"
MAX_DIGITS = 3  # "paragraph 2019" is a year, a phone number is not a paragraph

# Words and signs that name a paragraph when a number follows them. A trailing "." is part of
# the abbreviation and required ("par. 12"; "par 12" is French for "by 12").
MARKERS: dict[str, tuple[str, ...]] = {
    "signs": ("§§", "§", "¶"),
    "en": (
        "paragraphs",
        "paragraph",
        "paras.",
        "para.",
        "paragr.",
        "parag.",
        "pars.",
        "par.",
        "pt.",
        "pt",
        "pts.",
        "points",
        "point",
        "sections",
        "section",
        "sec.",
        "items",
        "item",
        "articles",
        "article",
        "art.",
        "clauses",
        "clause",
        "recommendations",
        "recommendation",
    ),
    "fr": (
        "paragraphes",
        "paragraphe",
        "alinéas",
        "alinéa",
        "paragr.",
        "parag.",
        "sections",
        "section",
        "recommandations",
        "recommandation",
        "points",
        "point",
        "articles",
        "article",
    ),
    "es": (
        "párrafos",
        "párrafo",
        "párr.",
        "párr",
        "parágrafos",
        "parágrafo",
        "parágr.",
        "secciones",
        "sección",
        "apartados",
        "apartado",
        "puntos",
        "punto",
        "artículos",
        "artículo",
        "incisos",
        "inciso",
        "numerales",
        "numeral",
        "ítem",
        "recomendaciones",
        "recomendación",
    ),
    "ru": (
        "пункт",
        "пункта",
        "пункте",
        "пункту",
        "пунктом",
        "пункты",
        "пунктах",
        "п.",
        "пп.",
        "п",
        "пп",
        "параграф",
        "параграфа",
        "параграфе",
        "параграфу",
        "параграфом",
        "параграфы",
        "абзац",
        "абзаца",
        "абзаце",
        "абзацу",
        "абзацем",
        "абзацы",
        "статья",
        "статьи",
        "статье",
        "статью",
        "статьей",
        "рекомендация",
        "рекомендации",
        "рекомендацию",
        "рекомендацией",
    ),
    # Arabic words also match with a leading و/ف, a preposition ب/ل/ك and the article:
    # "الفقرة", "بالفقرة", "وفي الفقرة" ("في" is a word of its own), "للفقرة".
    "ar": ("فقرة", "فقرات", "بند", "بنود", "مادة", "نقطة", "توصية"),
}
# Names of the Consensus: the document is named, the reference is to it.
CONSENSUS_NAMES = (
    "consensus", "consenso", "консенсус", "共识", "共識", "توافق الآراء", "توافق آراء",
    "توافق بيجين", "توافق بكين", "إجماع بيجين", "إجماع بكين",
)  # fmt: skip
BEIJING_NAMES = ("beijing", "peking", "pékin", "pekín", "пекин", "北京", "بيجين", "بكين")
# "para 12" is an English abbreviation but Spanish for "for 12" ("IA para 12 años"): it counts
# only when nothing but punctuation, Chinese or Arabic ("para 40 是什么内容"), or one of these
# words follows the number.
WEAK_MARKERS = ("para",)
# Weak markers of one language only, under the same rule: "par 18" is English for paragraph 18
# and French for "by 18"; "ف ١٤" abbreviates "فقرة" in Arabic.
LANGUAGE_WEAK_MARKERS: dict[str, tuple[str, ...]] = {"en": ("par",), "ar": ("ف",)}
# Between a weak marker and its number: "para no. 44", "para nº 12".
_WEAK_NUMBER_SIGN = r"(?:(?:no\.|n[º°]\.?|number)\s*)?"
WEAK_FOLLOWERS = ("of", "in", "say", "says", "said", "about", "on", "from", "mean", "means",
                  "state", "states", "and", "or", "please", "is", "does", "do", "cover", "covers",
                  "talk", "talks", "actually", "exactly", "really", "text", "bc", "pls", "plz",
                  "thanks", "thx", "for", "what", "stp", "svp", "merci", "porfa", "gracias",
                  *CONSENSUS_NAMES, *BEIJING_NAMES)  # fmt: skip
# Words between the marker and the number: "paragraph no. 7", "punto n.º 12", "пункт № 3".
NUMBER_WORDS = ("number", "numéro", "número", "num.", "nr.", "no.", "n.o", "n°", "no", "n.",
                "номер", "رقم")  # fmt: skip
# Ordinal endings written after the digits, and the nouns they may precede: "12th paragraph",
# "le 12e paragraphe", "1er point", "el 12.º párrafo", "12-й пункт", "в 12-м пункте".
ORDINAL_SUFFIXES = (
    "st", "nd", "rd", "th", "ère", "ème", "ieme", "er", "e", "°", ".º", "º", ".ª", "ª",
    ".er", "ero", "era", "-й", "-ый", "-ой", "-ий", "-го", "-ого", "-м", "-ом", "-му", "-ому",
    "-я", "-ая", "-ю", "-ую", "й", "го", "м",
)  # fmt: skip
# Russian also puts a plain number before the noun in the singular: "в 12 пункте", "12 пункт".
# Plural and genitive forms ("44 пункта", "5 пунктов") are counts and are left out.
RUSSIAN_NUMBER_FIRST = ("пункт", "пункте", "параграф", "параграфе", "абзац", "абзаце", "статья",
                        "статье")  # fmt: skip
# Chinese: 第 + number + one of these ("第12段", "第十二条", "第十二款", "第12个段落").
CHINESE_MARKERS = ("段落", "段", "条", "條", "点", "點", "款", "项", "項")

# Between a number and the Consensus' name: "#27 of the Beijing Consensus", "el 42 del consenso".
OF_THE = ("of the", "of", "in the", "in", "from the", "from", "du", "de la", "de", "del", "des",
          "dans le", "dans", "en el", "en", "из", "в", "во", "في", "من")  # fmt: skip
# Instruments with numbered articles or paragraphs that we do not hold. Latin and Cyrillic
# entries are whole words, or word beginnings when they end in "*"; Chinese and Arabic entries
# are found anywhere ("法第" is a law's name followed by an article: "教育法第12条"). Words a
# question about the Consensus uses as verbs ("traite", "tratado", "规定", "указано") are left out.
# UNESCO's AI competency frameworks for students and for teachers (2024) are among them: the
# knowledge base holds the Consensus' ICT competency framework and the digital one for civil
# servants, not these, so "the AI competency framework for students" asks about a text we lack.
OTHER_DOCUMENTS = (
    # the GDPR by its full name (in Russian below, with its case forms)
    "general data protection regulation", "règlement général sur la protection des données",
    "reglamento general de protección de datos", "通用数据保护条例",
    "اللائحة العامة لحماية البيانات",
    # English
    "declaration*", "convention*", "constitution*", "directive*",
    "gdpr", "charter", "treaty", "covenant", "udhr", "ai act", "education act", "statute*",
    "decree*", "bill of rights", "platform for action", "recommendation … ethic*",
    "civil code", "framework for action", "ai competency framework*",
    "ai competencies framework*",
    # French
    "déclaration*", "rgpd", "charte", "pacte", "décret*", "code civil",
    "code de l'éducation", "plateforme d'action", "recommandation … éthique*",
    "cadre d'action", "référentiel de compétences en ia", "cadre de compétences en ia",
    # Spanish
    "declaración", "declaraciones", "convención", "constitución", "directiva*", "pacto",
    "decreto*", "código*", "plataforma de acción", "recomendación … ética*",
    "marco de acción", "marco de competencias en ia", "marco de competencias de ia",
    # Russian
    "декларац*", "общий регламент по защите данных", "общего регламента по защите данных",
    "конвенц*", "конституц*", "директив*", "хартия", "хартии", "пакт",
    "пакта", "кодекс*", "указ", "указа", "указе", "постановлени*", "фз",
    "платформы действий", "рекомендаци* … этик*",
    # Chinese
    "宣言", "公约", "宪法", "法案", "法典", "法第", "法》", "宪章", "条约", "行动纲领",
    "伦理问题建议书", "伦理建议书", "保护法", "安全法", "教育法", "教师法", "劳动法", "著作权法",
    "促进法", "管理办法", "实施办法", "暂行规定", "指导意见", "人工智能能力框架",
    # Arabic
    "إعلان", "اتفاقية", "دستور", "ميثاق", "معاهدة", "منهاج عمل",
    "توصية … أخلاقيات", "إطار … لكفاءات الذكاء الاصطناعي",
)  # fmt: skip
DOCUMENT_GAP = 8
# Generic nouns that name an instrument ("article 5 of the law", "GDPR regulation") unless they
# are what the question is about ("what does paragraph 30 say about regulation"): see
# ``names_other_document``.
GENERIC_DOCUMENTS = (
    "law", "laws", "regulation", "regulations", "loi", "lois", "règlement", "règlements",
    "ley", "leyes", "reglamento*", "закон*", "регламент*", "法律", "法规", "条例", "قانون",
    "قوانين",
)  # fmt: skip
# Words that make the generic noun after them the subject: "about regulation", "sur les lois".
TOPIC_WORDS = (
    "about", "on", "regarding", "concerning", "re", "sur", "concernant", "sobre", "acerca",
    "respecto", "о", "об", "про", "насчет", "касательно", "حول", "عن", "بشان", "بخصوص",
)  # fmt: skip

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
_HAN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
               "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip
_HAN_TENS = {"廿": "二十", "卅": "三十", "卌": "四十"}
_HAN_NUMERAL = "[〇零一二两兩三四五六七八九十廿卅卌百]+"
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")
# Folded letters of the scripts the markers are written in; a marker must not continue a word
# ("transport 12"), and the number must not continue into letters or more digits ("point 4.2").
_LETTERS = r"a-z\u00df-\u024f\u0400-\u04ff\u0621-\u064a\u066e-\u06d3"
_NOT_BEFORE = rf"(?<![0-9{_LETTERS}.])"
_NOT_AFTER = rf"(?![0-9]|[.,][0-9]|[{_LETTERS}])"
_ARABIC_PREFIX = "(?:[وف])?(?:[بلك])?(?:ال|ل)?"


# "The last paragraph" (of the Consensus, 44): folded, as ``fold`` writes the question.
LAST = -1  # the number of a Reference to the last paragraph, which the caller knows
_LAST_PARAGRAPH = re.compile(
    r"\b(?:last|final|closing)\s+(?:paragraph|para|section)s?\b"
    r"|\b(?:dernier|derniere)\s+(?:paragraphe|point|alinea)\b|\bparagraphe\s+final\b"
    r"|\b(?:ultimo|ultima)\s+(?:parrafo|punto|apartado)\b|\bparrafo\s+final\b"
    r"|последн\w*\s+(?:пункт|параграф|абзац)|(?:пункт|параграф|абзац)\w*\s+последн"
    r"|最后一(?:段|条|點|点|款|项)|最后的?段落|末段"
    r"|(?:الفقره|فقره|البند)\s+(?:الاخيره|الاخير)"
)


@dataclass(frozen=True)
class Reference:
    """A paragraph asked for by number; ``source`` is set only when the document is named.

    ``number`` is ``LAST`` for "the last paragraph", whose number depends on the document.
    """

    number: int
    source: str | None = None


def fold(text: str) -> str:
    """The question (or a table entry) in the one spelling the patterns are written in."""
    text = normalize(text).translate(_DIGITS).replace("ё", "е")
    return normalize_arabic(fold_accents(text))


# Numbers written as words, cardinal ("paragraph thirty-one", "párrafo catorce", "пункт сорок
# три") or ordinal ("the second paragraph", "deuxième paragraphe", "в двадцать первом пункте",
# "الفقرة الرابعة والأربعون"), 1–99 in each language: they are read as digits (an ordinal as
# "2th") before the patterns run, so the same markers decide. Chinese numerals are read by
# ``chinese_number``. Tables in folded spelling (no accents; Arabic ة as ه, أ as ا, ى as ي). An
# ordinal after an indefinite article ("a second point", "un deuxième point") is no reference.
# fmt: off
_EN_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_EN_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
             "seventeen", "eighteen", "nineteen")
_EN_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_EN_ORDINAL_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                     "ninth")
_EN_ORDINAL_TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                     "sixteenth", "seventeenth", "eighteenth", "nineteenth")
_EN_ORDINAL_TENS = ("twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
                    "eightieth", "ninetieth")
_FR_CARDINALS = ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
                 "onze", "douze", "treize", "quatorze", "quinze", "seize")
_FR_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante",
            70: "septante", 80: "huitante", 90: "nonante"}
_ES_CARDINALS = ("uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
                 "once", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete",
                 "dieciocho", "diecinueve", "veinte", "veintiuno", "veintidos", "veintitres",
                 "veinticuatro", "veinticinco", "veintiseis", "veintisiete", "veintiocho",
                 "veintinueve")
_ES_TENS = {30: "treinta", 40: "cuarenta", 50: "cincuenta", 60: "sesenta", 70: "setenta",
            80: "ochenta", 90: "noventa"}
_ES_ORDINAL_UNITS = ("primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "septimo",
                     "octavo", "noveno")
_ES_ORDINAL_TENS = {10: "decimo", 20: "vigesimo", 30: "trigesimo", 40: "cuadragesimo",
                    50: "quincuagesimo", 60: "sexagesimo", 70: "septuagesimo", 80: "octogesimo",
                    90: "nonagesimo"}
_RU_CARDINALS = {"один": 1, "одна": 1, "одно": 1, "два": 2, "две": 2, "три": 3, "четыре": 4,
                 "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10,
                 "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14,
                 "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
                 "девятнадцать": 19}
_RU_TENS = {"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60,
            "семьдесят": 70, "восемьдесят": 80, "девяносто": 90}
_RU_ORDINAL_STEMS = ("перв", "втор", "трет", "четверт", "пят", "шест", "седьм", "восьм", "девят",
                     "десят", "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат",
                     "шестнадцат", "семнадцат", "восемнадцат", "девятнадцат")
_RU_ORDINAL_TEN_STEMS = {"двадцат": 20, "тридцат": 30, "сороков": 40, "пятидесят": 50,
                         "шестидесят": 60, "семидесят": 70, "восьмидесят": 80, "девяност": 90}
_RU_ENDINGS = ("ый", "ой", "ий", "ого", "ому", "ом", "ая", "ую", "ое", "ые", "ых", "ым", "ыми",
               "ей")
_RU_THIRD_ENDINGS = ("ий", "ьего", "ьему", "ьем", "ья", "ью", "ье", "ьей", "ьи", "ьих")
# Arabic: ordinals (masculine, feminine) and cardinals; "حادي" is "first" in compounds.
_AR_ORDINALS = (("اول", "اولي"), ("ثاني", "ثانيه"), ("ثالث", "ثالثه"), ("رابع", "رابعه"),
                ("خامس", "خامسه"), ("سادس", "سادسه"), ("سابع", "سابعه"), ("ثامن", "ثامنه"),
                ("تاسع", "تاسعه"), ("عاشر", "عاشره"))
_AR_CARDINALS = (("واحد", "واحده"), ("اثنان", "اثنين", "اثنتان", "اثنتين"), ("ثلاث", "ثلاثه"),
                 ("اربع", "اربعه"), ("خمس", "خمسه"), ("ست", "سته"), ("سبع", "سبعه"),
                 ("ثمان", "ثماني", "ثمانيه"), ("تسع", "تسعه"), ("عشر", "عشره"))
_AR_TENS = (("عشرون", "عشرين"), ("ثلاثون", "ثلاثين"), ("اربعون", "اربعين"), ("خمسون", "خمسين"),
            ("ستون", "ستين"), ("سبعون", "سبعين"), ("ثمانون", "ثمانين"), ("تسعون", "تسعين"))
_INDEFINITE = ("a", "an", "another", "un", "une", "una", "otro", "otra", "autre")
# A cardinal in words is a paragraph's number only when nothing follows it, or punctuation, or
# one of WEAK_FOLLOWERS, OF_THE, a name of the Consensus, or one of these verbs.
SAYS = ("dit", "dice", "говорит", "гласит", "يقول", "تقول", "ينص", "y", "et", "и", "و", "que",
        "s", "por", "пожалуйста")  # "s" of "s'il vous plaît", "por" of "por favor"
# fmt: on
_NUMBER_WORD_TOKEN = re.compile(r"[^\W\d_]+")
_JOINERS = re.compile(r"[\s-]*")  # between the words of one number: "thirty-one", "vingt et un"


def _fr_ordinal(word: str) -> str:
    """The French ordinal of the last word of a cardinal: deux → deuxieme, neuf → neuvieme."""
    special = {"cinq": "cinquieme", "neuf": "neuvieme", "un": "unieme", "vingts": "vingtieme"}
    return special.get(word, (word[:-1] if word.endswith("e") else word) + "ieme")


def _fr_cardinal(number: int) -> list[list[str]]:
    """Spellings of a French cardinal 1–99, as words (hyphens are spaces)."""
    if number <= 16:
        return [[_FR_CARDINALS[number - 1]]]
    if number < 20:
        return [["dix", _FR_CARDINALS[number - 11]]]
    tens, unit = divmod(number, 10)
    heads: list[tuple[list[str], bool]] = [([_FR_TENS[tens * 10]], False)]  # (words, + a teen?)
    if tens == 7:
        heads.append((["soixante"], True))
    if tens == 8:
        heads += [(["quatre", "vingt"], False), (["octante"], False)]
    if tens == 9:
        heads.append((["quatre", "vingt"], True))
    spellings = []
    for head, teen in heads:
        if teen:
            joined = ["et"] if unit == 1 and head == ["soixante"] else []
            spellings.append([*head, *joined, *_fr_cardinal(10 + unit)[0]])
        elif unit == 0:
            spellings.append(head)
            if head == ["quatre", "vingt"]:
                spellings.append(["quatre", "vingts"])
        elif unit == 1 and head != ["quatre", "vingt"]:
            spellings += [[*head, "et", "un"], [*head, "un"]]
        else:
            spellings.append([*head, *_fr_cardinal(unit)[0]])
    return spellings


_Add = Callable[[Sequence[str], int, bool], None]


def _english_numbers(add: _Add) -> None:
    """Spellings of 1–99 in English."""
    for i, word in enumerate(_EN_UNITS, 1):
        add([word], i, False)
    for i, word in enumerate(_EN_ORDINAL_UNITS, 1):
        add([word], i, True)
    for i, word in enumerate(_EN_TEENS, 10):
        add([word], i, False)
    for i, word in enumerate(_EN_ORDINAL_TEENS, 10):
        add([word], i, True)
    for i, (tens, ordinal) in enumerate(zip(_EN_TENS, _EN_ORDINAL_TENS, strict=True), 2):
        add([tens], i * 10, False)
        add([ordinal], i * 10, True)
        for j in range(1, 10):
            add([tens, _EN_UNITS[j - 1]], i * 10 + j, False)
            add([tens, _EN_ORDINAL_UNITS[j - 1]], i * 10 + j, True)


def _french_numbers(add: _Add) -> None:
    """Spellings of 1–99 in French."""
    for number in range(1, 100):
        for spelling in _fr_cardinal(number):
            if spelling != ["un"]:
                add(spelling, number, False)
            add([*spelling[:-1], _fr_ordinal(spelling[-1])], number, True)
    for word in ("premier", "premiere"):
        add([word], 1, True)
    for word in ("second", "seconde"):
        add([word], 2, True)


def _spanish_numbers(add: _Add) -> None:
    """Spellings of 1–99 in Spanish."""
    for i, word in enumerate(_ES_CARDINALS, 1):
        add([word], i, False)
    add(["veintiun"], 21, False)
    add(["veintiuna"], 21, False)
    for tens, word in _ES_TENS.items():
        add([word], tens, False)
        for unit in range(1, 10):
            for unit_word in (_ES_CARDINALS[unit - 1], *(("un", "una") if unit == 1 else ())):
                add([word, "y", unit_word], tens + unit, False)
    ordinal_units: dict[int, list[str]] = {}
    for i, word in enumerate(_ES_ORDINAL_UNITS, 1):
        ordinal_units[i] = [word, word[:-1] + "a"]
    ordinal_units[1] += ["primer"]
    ordinal_units[3] += ["tercer"]
    ordinal_units[7] += ["setimo", "setima"]
    for unit, words in ordinal_units.items():
        for word in words:
            add([word], unit, True)
    for word, value in (("undecimo", 11), ("undecima", 11), ("duodecimo", 12), ("duodecima", 12)):
        add([word], value, True)
    for tens, word in _ES_ORDINAL_TENS.items():
        for tens_word in (word, word[:-1] + "a"):
            add([tens_word], tens, True)
            for unit, words in ordinal_units.items():
                for unit_word in words:
                    add([tens_word, unit_word], tens + unit, True)
                    add([tens_word + unit_word], tens + unit, True)
                    if unit_word.startswith("o"):  # decimoctavo, vigesimoctava: one "o"
                        add([tens_word[:-1] + unit_word], tens + unit, True)


def _russian_numbers(add: _Add) -> None:
    """Spellings of 1–99 in Russian."""
    cardinals = dict(_RU_CARDINALS)
    for word, tens in _RU_TENS.items():
        add([word], tens, False)
        for unit_word, unit in _RU_CARDINALS.items():
            if unit < 10:
                add([word, unit_word], tens + unit, False)
    for word, value in cardinals.items():
        add([word], value, False)
    ordinal_forms: dict[int, list[str]] = {}
    for i, stem in enumerate(_RU_ORDINAL_STEMS, 1):
        endings = _RU_THIRD_ENDINGS if stem == "трет" else _RU_ENDINGS
        ordinal_forms[i] = [stem + ending for ending in endings]
    for i, forms in ordinal_forms.items():
        for form in forms:
            add([form], i, True)
    for stem, tens in _RU_ORDINAL_TEN_STEMS.items():
        for ending in _RU_ENDINGS:
            add([stem + ending], tens, True)
    for word, tens in _RU_TENS.items():
        for unit in range(1, 10):
            for form in ordinal_forms[unit]:
                add([word, form], tens + unit, True)


def _arabic_numbers(add: _Add) -> None:
    """Spellings of 1–99 in Arabic."""
    for i, ordinals in enumerate(_AR_ORDINALS, 1):
        for form in ordinals:
            add([form], i, True)
    for i, cardinals in enumerate(_AR_CARDINALS, 1):
        for form in cardinals:
            add([form], i, False)
    units: list[tuple[str, ...]] = [("حادي", "حاديه"), *_AR_ORDINALS[1:9]]
    teen_units: list[tuple[str, ...]] = [
        ("احد", "احدي", "حادي", "حاديه"),
        ("اثنا", "اثني", "اثنتا", "اثنتي", "ثاني", "ثانيه"),
    ]
    teen_units += [(*_AR_CARDINALS[i], *_AR_ORDINALS[i]) for i in range(2, 9)]
    for i, teens in enumerate(teen_units, 1):
        for form in teens:
            for ten in ("عشر", "عشره"):
                add([form, ten], 10 + i, form in _AR_ORDINALS[i - 1] or form.startswith("حادي"))
    for i, tens in enumerate(_AR_TENS, 2):
        for form in tens:
            add([form], i * 10, True)
            for unit, unit_forms in enumerate(units, 1):
                for unit_form in (*unit_forms, *_AR_CARDINALS[unit - 1]):
                    add([unit_form, form], i * 10 + unit, True)


# Zero, which no paragraph has: "paragraph zero", "нулевой пункт", "الفقرة رقم صفر" are told the
# document's range like "paragraph 0".
ZERO = {"zero": False, "zeroth": True, "zéro": False, "cero": False, "ноль": False, "нуль": False,
        "нулевой": True, "нулевого": True, "нулевом": True, "нулевая": True, "нулевую": True,
        "нулевое": True, "صفر": False}  # fmt: skip


def _number_words() -> dict[tuple[str, ...], tuple[int, bool]]:
    """Every spelling of 0–99 in the tables: words → (value, ordinal?)."""
    table: dict[tuple[str, ...], tuple[int, bool]] = {}

    def add(words: Sequence[str], value: int, ordinal: bool) -> None:
        table.setdefault(tuple(fold(word) for word in words), (value, ordinal))

    for spell in (
        _english_numbers,
        _french_numbers,
        _spanish_numbers,
        _russian_numbers,
        _arabic_numbers,
    ):
        spell(add)
    for word, ordinal in ZERO.items():
        add([word], 0, ordinal)
    return table


_NUMBER_WORDS = _number_words()
_LONGEST_NUMBER = max(len(words) for words in _NUMBER_WORDS)


def _arabic_bare(word: str) -> str:
    """An Arabic word without "و" ("and") and the article: "والاربعين" → "اربعين"."""
    for prefix in ("وال", "ال"):
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            return word[len(prefix) :]
    return word


_INDEFINITE_FOLDED = frozenset(fold(word) for word in _INDEFINITE)
_NUMBER_WORD_SET = frozenset(word for words in _NUMBER_WORDS for word in words)
_ARABIC_NUMBER_WORDS = frozenset(
    word for words in _NUMBER_WORDS for word in words if _ARABIC_SCRIPT.match(word)
)


def _key(word: str) -> str:
    """A word as the number tables spell it: Arabic without its article and joined "و"."""
    if word[0] < "\u0600":
        return word
    bare = _arabic_bare(word)
    if bare not in _ARABIC_NUMBER_WORDS and bare.startswith("و"):
        without_and = _arabic_bare(bare[1:])
        if without_and in _ARABIC_NUMBER_WORDS:
            return without_and
    return bare


_AFTER_A_NUMBER = frozenset(
    fold(word) for phrase in (*WEAK_FOLLOWERS, *OF_THE, *SAYS) for word in phrase.split()
)
_NAMES = tuple(fold(name) for name in (*CONSENSUS_NAMES, *BEIJING_NAMES))


def _may_follow_a_number(word: str) -> bool:
    """Whether a word may follow a number written in words that is a paragraph's ("paragraph
    thirty-one of…", "párrafo catorce dice…"), and not a count ("at this point two questions")."""
    return word in _AFTER_A_NUMBER or word.startswith(_NAMES)


def numbers_as_digits(folded: str) -> str:
    """A folded text with its numbers written as words turned into digits ("2th" an ordinal)."""
    words = list(_NUMBER_WORD_TOKEN.finditer(folded))
    if not words:
        return folded
    keys = [_key(match.group()) for match in words]
    if not any(key in _NUMBER_WORD_SET for key in keys):
        return folded
    pieces: list[str] = []
    end = 0
    position = 0
    while position < len(words):
        found = None
        if keys[position] not in _NUMBER_WORD_SET:
            position += 1
            continue
        for length in range(min(_LONGEST_NUMBER, len(words) - position), 0, -1):
            span = words[position : position + length]
            if any(
                not _JOINERS.fullmatch(folded[a.end() : b.start()])
                for a, b in itertools.pairwise(span)
            ):
                continue
            candidate = tuple(keys[position : position + length])
            if candidate in _NUMBER_WORDS:
                found = (length, *_NUMBER_WORDS[candidate])
                break
        if found is None:
            position += 1
            continue
        length, value, ordinal = found
        previous = keys[position - 1] if position else ""
        following = keys[position + length] if position + length < len(words) else None
        if (ordinal and previous in _INDEFINITE) or (
            not ordinal and following is not None and not _may_follow_a_number(following)
        ):
            position += length
            continue
        first, last = words[position], words[position + length - 1]
        pieces += [folded[end : first.start()], f"{value}th" if ordinal else str(value)]
        end = last.end()
        position += length
    pieces.append(folded[end:])
    return "".join(pieces)


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of folded words, longest first so "paragraphs" wins over "para"."""
    folded = {fold(word) for word in words}
    return "|".join(re.escape(word) for word in sorted(folded, key=len, reverse=True))


def _marker(word: str) -> str:
    folded = re.escape(fold(word))
    return f"{_ARABIC_PREFIX}{folded}" if _ARABIC_SCRIPT.search(word) else folded


def _document(entry: str) -> str:
    """One entry of OTHER_DOCUMENTS as a regex: a whole word, a word beginning, or a substring;
    " … " between two parts stands for up to eight words ("recommendation … ethics" is also
    "the Recommendation of UNESCO of 2021 on the Ethics")."""
    if " … " in entry:
        first, *rest = entry.split(" … ")
        gap = rf"(?:[^\w]+\w+){{0,{DOCUMENT_GAP}}}?[^\w]+"
        return gap.join([_document(first), *(_document(part) for part in rest)])
    word = re.escape(fold(entry.rstrip("*")))
    if _ARABIC_SCRIPT.search(entry):
        # Letters may be joined before the name ("بالإعلان"), not after it: "معاهدها" (its
        # institutes) folds to "معاهدة" (a treaty) and more, "إعلانات" are advertisements.
        return word + r"(?![\u0621-\u064a\u066e-\u06d3])"
    if not re.match(f"[{_LETTERS}]", fold(entry)):
        return word
    return rf"(?<![{_LETTERS}]){word}" + (r"\w*" if entry.endswith("*") else rf"(?![{_LETTERS}])")


def _markers() -> str:
    words = {word for table in MARKERS.values() for word in table}
    return "|".join(_marker(word) for word in sorted(words, key=len, reverse=True))


_NUMBER_WORD = rf"(?:(?:{_alternation(NUMBER_WORDS)})\s*)?"
_NUMBER = rf"(?P<number>[0-9]{{1,{MAX_DIGITS}}})"
_NOUNS = _alternation(
    word for language in ("en", "fr", "es", "ru", "ar") for word in MARKERS[language]
)
_SUFFIX = rf"(?:{_alternation(ORDINAL_SUFFIXES)})"
_PATTERNS = (
    # paragraph 12, § 12, para. 12, пункт № 3, الفقرة رقم 12, bc-12, الفقرة السادسة (6th)
    re.compile(
        rf"{_NOT_BEFORE}(?:{_markers()})\s*[-:#(]?\s*{_NUMBER_WORD}[#(]?\s*{_NUMBER}{_SUFFIX}?"
        rf"{_NOT_AFTER}"
    ),
    re.compile(rf"{_NOT_BEFORE}bc\s*[-_]?\s*{_NUMBER}{_NOT_AFTER}"),
    # 12th paragraph, le 12e paragraphe, el 12.º párrafo, 12-й пункт
    re.compile(
        rf"{_NOT_BEFORE}{_NUMBER}(?:{_alternation(ORDINAL_SUFFIXES)})\s+(?:{_NOUNS})"
        rf"(?![{_LETTERS}])"
    ),
    re.compile(
        rf"{_NOT_BEFORE}{_NUMBER}\s+(?:{_alternation(RUSSIAN_NUMBER_FIRST)})(?![{_LETTERS}])"
    ),
    # 第12段, 第十二条, 第 12 个段落
    re.compile(
        rf"第\s*(?P<han>[0-9]{{1,{MAX_DIGITS}}}|{_HAN_NUMERAL})\s*[个個]?\s*"
        rf"(?:{_alternation(CHINESE_MARKERS)})"
    ),
)


def _weak(markers: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        rf"{_NOT_BEFORE}(?:{_alternation(markers)})(?:\.\s*|\s+){_WEAK_NUMBER_SIGN}{_NUMBER}"
        rf"{_NOT_AFTER}"
        rf"(?=\s*(?:$|[^\w\s]|[\u3400-\u9fff\u0600-\u06ff]|(?:{_alternation(WEAK_FOLLOWERS)})\b))"
    )


_WEAK = _weak(WEAK_MARKERS)
_LANGUAGE_WEAK = {
    language: _weak(tuple(fold(marker) for marker in markers))
    for language, markers in LANGUAGE_WEAK_MARKERS.items()
}
_CONSENSUS = re.compile(_alternation(CONSENSUS_NAMES))
_BEIJING = re.compile(_alternation(BEIJING_NAMES))
# "#27 of the Beijing Consensus", "el 42 del consenso", "رقم 26 في توافق بكين": a number with
# no marker, but followed by the Consensus' name (so never "31 countries" or "SDG 4").
_OF_THE_CONSENSUS = re.compile(
    rf"{_NOT_BEFORE}(?:[#№]\s*|(?:{_alternation(NUMBER_WORDS)})\s*)?{_NUMBER}{_SUFFIX}?{_NOT_AFTER}"
    rf"\s*(?:(?:{_alternation(OF_THE)})\s+)?"
    rf"(?={_alternation((*CONSENSUS_NAMES, *BEIJING_NAMES))})"
)


class _Names:
    """A table of names (OTHER_DOCUMENTS' form) found in folded texts, fast.

    One regex alternation of a hundred names, each with its own look-arounds, searched through a
    long question costs about a millisecond, so the Latin and Cyrillic names are only tried at the
    words that begin like the first word of one, and the Han and Arabic ones (found anywhere)
    only in a text with Han or Arabic letters.
    """

    def __init__(self, entries: Iterable[str]) -> None:
        words: list[str] = []
        others: list[str] = []
        for entry in entries:
            latin = re.match(f"[{_LETTERS}]", fold(entry)) and not _ARABIC_SCRIPT.search(entry)
            (words if latin else others).append(entry)
        self._words = re.compile("|".join(_document(entry) for entry in words))
        self._others = re.compile("|".join(_document(entry) for entry in others))
        self._starts = tuple(
            {match.group() for entry in words if (match := _WORD_START.match(fold(entry)))}
        )

    def finditer(self, folded: str) -> list[re.Match[str]]:
        found: list[re.Match[str]] = []
        end = 0
        for word in _WORD_START.finditer(folded):
            if word.start() >= end and word.group().startswith(self._starts):
                match = self._words.match(folded, word.start())
                if match is not None:
                    found.append(match)
                    end = match.end()
        if _HAN_CHAR.search(folded) or _ARABIC_SCRIPT.search(folded):
            found += self._others.finditer(folded)
        return sorted(found, key=lambda match: match.start())

    def search(self, folded: str) -> re.Match[str] | None:
        found = self.finditer(folded)
        return found[0] if found else None


_WORD_START = re.compile(rf"[{_LETTERS}]+")
_OTHER_DOCUMENT = _Names(OTHER_DOCUMENTS)
_GENERIC_DOCUMENT = _Names(GENERIC_DOCUMENTS)
_TOPIC_WORDS = frozenset(fold(word) for word in TOPIC_WORDS)
_HAN_TOPIC = re.compile("关于|有关|对于|涉及")
_HAN_CHAR = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
SUBJECT_WORDS = 3  # a message of this many words or fewer, with no number, is a subject
_BARE = re.compile(
    rf"(?:#|§+|¶|no\.?|n°|bc\s*[-_]?|第)?\s*"
    rf"(?P<number>[0-9]{{1,{MAX_DIGITS}}}|{_HAN_NUMERAL})"
    rf"(?:{_alternation(ORDINAL_SUFFIXES)})?"
)
_BARE_TRIM = "\"'«»“”„()[]{}.!?。？！؟,;:、 \t\n"


def chinese_number(numeral: str) -> int | None:
    """The value of a Chinese numeral: 十二 → 12, 二十四 → 24, 廿四 → 24, 一百零五 → 105.

    Digits written one by one ("一二") are read positionally, as people type them.
    """
    for short, long in _HAN_TENS.items():
        numeral = numeral.replace(short, long)
    total, current = 0, None
    for char in numeral:
        if char in _HAN_DIGITS:
            current = _HAN_DIGITS[char] if current is None else current * 10 + _HAN_DIGITS[char]
        elif char in "十百":
            unit = 10 if char == "十" else 100
            total += (1 if current is None else current) * unit
            current = None
        else:
            return None
    return total + (current or 0)


def _number(match: re.Match[str]) -> int | None:
    groups = match.groupdict()
    written = groups.get("number") or groups.get("han")
    if written is None:
        return None
    return int(written) if written.isdigit() else chinese_number(written)


def _first_match(folded: str, language: str | None = None) -> re.Match[str] | None:
    """The leftmost marker-and-number in the text ("paragraphs 12 and 13" asks for 12 first)."""
    patterns = (
        *_PATTERNS,
        _WEAK,
        *([_LANGUAGE_WEAK[language]] if language in _LANGUAGE_WEAK else []),
    )
    matches = [m for pattern in patterns if (m := pattern.search(folded))]
    return min(matches, key=lambda m: m.start(), default=None)


def instruments(folded: str) -> list[tuple[int, int]]:
    """The spans of a folded text that name an instrument by name (not the generic nouns)."""
    return [match.span() for match in _OTHER_DOCUMENT.finditer(folded)]


def instrument_words(folded: str) -> list[str]:
    """The words of a folded text that name an instrument, by name or by a generic noun ("the
    GDPR", "une loi", "постановление")."""
    found = [*_OTHER_DOCUMENT.finditer(folded), *_GENERIC_DOCUMENT.finditer(folded)]
    return [word for match in found for word in re.findall(r"\w+", match.group())]


def names_other_document(folded: str) -> bool:
    """Whether a folded text names an instrument we do not hold (a law, a declaration…).

    A generic noun ("law", "regulation", "закон", "法律") names one unless it is the subject
    asked about: right after "about", "on", "sur", "о", "关于"… (one word between at most), or
    in a message of a few words and no number ("regulation", "AI laws").
    """
    if _OTHER_DOCUMENT.search(folded) is not None:
        return True
    if _GENERIC_DOCUMENT.search(folded) is None:
        return False
    if not re.search("[0-9]", folded) and len(re.findall(r"\w+", folded)) <= SUBJECT_WORDS:
        return False
    for match in _GENERIC_DOCUMENT.finditer(folded):
        before = folded[: match.start()]
        if _HAN_CHAR.match(match.group()):
            if _HAN_TOPIC.search(before[-12:]) is None:
                return True
            continue
        previous = re.findall(rf"[{_LETTERS}]+", before)[-2:]
        if not any(word in _TOPIC_WORDS for word in previous):
            return True
    return False


def names_source(folded: str) -> bool:
    """Whether a folded text names the Consensus ("the Beijing Consensus", "北京共识")."""
    return _source(folded) is not None


def names_consensus(folded: str) -> bool:
    """Whether a folded text names the Consensus as a document ("consensus", "共识"), not only
    the city ("the Beijing conference", "北京那个大会")."""
    return _CONSENSUS.search(folded) is not None


def context_end(folded: str) -> int:
    """Where the subject of a folded question begins: the start of its last clause when that
    clause names the Consensus ("we apply the GDPR; what does the Beijing Consensus say about
    pupils' data?": the GDPR is context), else 0 (everything counts)."""
    last = last_clause(folded)
    return last if last > 0 and names_source(folded[last:]) else 0


def _source(folded: str) -> str | None:
    if _CONSENSUS.search(folded) or _BEIJING.search(folded):
        return BEIJING_CONSENSUS
    return None


def find_reference(text: str, language: str | None = None) -> Reference | None:
    """The paragraph a question asks for by number, or None when its numbers are just numbers.

    The number is reported as written, even out of range. When the Consensus is not named and
    another instrument is ("article 26 of the Universal Declaration", "the Beijing Declaration"
    of 1995 on women), the question is not ours. ``language``, when known, adds its own weak
    markers (``LANGUAGE_WEAK_MARKERS``).
    """
    folded = fold(text)
    match = _first_match(numbers_as_digits(folded), language)
    if match is None and (_CONSENSUS.search(folded) or _BEIJING.search(folded)):
        match = _OF_THE_CONSENSUS.search(folded)
    number = _number(match) if match is not None else None
    if number is None and _LAST_PARAGRAPH.search(folded):
        number = LAST
    if number is None:
        return None
    if _CONSENSUS.search(folded) is None and names_other_document(folded):
        return None
    return Reference(number=number, source=_source(folded))


def bare_number(text: str) -> int | None:
    """The number of a message that is only a number, as typed in reply to "which paragraph?".

    "12", " 12 ", "١٢", "十二", "#12", "§12", "12." and "12th" are 12; "12 students" is not a
    bare number (None), and neither is a signed or decimal number.
    """
    folded = fold(text).strip(_BARE_TRIM)
    match = _BARE.fullmatch(folded)
    return _number(match) if match else None
