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

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.matching.analysis import fold_accents, normalize, normalize_arabic

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
        "pars.",
        "par.",
        "points",
        "point",
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
# "para 12" is an English abbreviation but Spanish for "for 12" ("IA para 12 años"): it counts
# only when nothing but punctuation or one of these words follows the number.
WEAK_MARKERS = ("para",)
WEAK_FOLLOWERS = ("of", "in", "say", "says", "said", "about", "on", "from", "mean", "means",
                  "state", "states", "and", "or", "please")  # fmt: skip
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

# Names of the Consensus: the document is named, the reference is to it.
CONSENSUS_NAMES = (
    "consensus", "consenso", "консенсус", "共识", "共識", "توافق الآراء", "توافق آراء",
    "توافق بيجين", "توافق بكين", "إجماع بيجين", "إجماع بكين",
)  # fmt: skip
BEIJING_NAMES = ("beijing", "peking", "pékin", "pekín", "пекин", "北京", "بيجين", "بكين")
# Instruments with numbered articles or paragraphs that we do not hold. Latin and Cyrillic
# entries are whole words, or word beginnings when they end in "*"; Chinese and Arabic entries
# are found anywhere ("法第" is a law's name followed by an article: "教育法第12条"). Words a
# question about the Consensus uses as verbs ("traite", "tratado", "规定", "указано") are left out.
OTHER_DOCUMENTS = (
    # English
    "declaration*", "convention*", "constitution*", "law", "laws", "regulation*", "directive*",
    "gdpr", "charter", "treaty", "covenant", "udhr", "ai act", "education act", "statute*",
    "decree*", "bill of rights", "platform for action", "recommendation on the ethics",
    "civil code", "framework for action",
    # French
    "déclaration*", "loi", "lois", "règlement*", "rgpd", "charte", "pacte", "décret*",
    "code civil", "code de l'éducation", "plateforme d'action", "recommandation sur l'éthique",
    "cadre d'action",
    # Spanish
    "declaración", "declaraciones", "convención", "constitución", "ley", "leyes", "reglamento*",
    "directiva*", "pacto", "decreto*", "código*", "plataforma de acción",
    "recomendación sobre la ética", "marco de acción",
    # Russian
    "декларац*", "конвенц*", "конституц*", "закон*", "регламент*", "директив*", "хартия",
    "хартии", "пакт", "пакта", "кодекс*", "указ", "указа", "указе", "постановлени*", "фз",
    "платформы действий", "рекомендации об этике",
    # Chinese
    "宣言", "公约", "宪法", "法律", "法案", "法典", "法第", "法》", "条例", "宪章", "条约",
    "行动纲领", "伦理问题建议书", "伦理建议书",
    # Arabic
    "إعلان", "اتفاقية", "دستور", "قانون", "ميثاق", "معاهدة", "منهاج عمل",
    "توصية بشأن أخلاقيات",
)  # fmt: skip

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
_HAN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
               "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip
_HAN_TENS = {"廿": "二十", "卅": "三十", "卌": "四十"}
_HAN_NUMERAL = "[〇零一二两兩三四五六七八九十廿卅卌百]+"
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")
# Folded letters of the scripts the markers are written in; a marker must not continue a word
# ("transport 12"), and the number must not continue into letters or more digits ("point 4.2").
_LETTERS = r"a-z\u00df-\u024f\u0400-\u04ff\u0600-\u06ff"
_NOT_BEFORE = rf"(?<![0-9{_LETTERS}.])"
_NOT_AFTER = rf"(?![0-9]|[.,][0-9]|[{_LETTERS}])"
_ARABIC_PREFIX = "(?:[وف])?(?:[بلك])?(?:ال|ل)?"


@dataclass(frozen=True)
class Reference:
    """A paragraph asked for by number; ``source`` is set only when the document is named."""

    number: int
    source: str | None = None


def fold(text: str) -> str:
    """The question (or a table entry) in the one spelling the patterns are written in."""
    text = normalize(text).translate(_DIGITS).replace("ё", "е")
    return normalize_arabic(fold_accents(text))


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of folded words, longest first so "paragraphs" wins over "para"."""
    folded = {fold(word) for word in words}
    return "|".join(re.escape(word) for word in sorted(folded, key=len, reverse=True))


def _marker(word: str) -> str:
    folded = re.escape(fold(word))
    return f"{_ARABIC_PREFIX}{folded}" if _ARABIC_SCRIPT.search(word) else folded


def _document(entry: str) -> str:
    """One entry of OTHER_DOCUMENTS as a regex: a whole word, a word beginning, or a substring."""
    word = re.escape(fold(entry.rstrip("*")))
    if not re.match(f"[{_LETTERS}]", fold(entry)) or _ARABIC_SCRIPT.search(entry):
        return word
    return rf"(?<![{_LETTERS}]){word}" + ("" if entry.endswith("*") else rf"(?![{_LETTERS}])")


def _markers() -> str:
    words = {word for table in MARKERS.values() for word in table}
    return "|".join(_marker(word) for word in sorted(words, key=len, reverse=True))


_NUMBER_WORD = rf"(?:(?:{_alternation(NUMBER_WORDS)})\s*)?"
_NUMBER = rf"(?P<number>[0-9]{{1,{MAX_DIGITS}}})"
_NOUNS = _alternation(
    word for language in ("en", "fr", "es", "ru", "ar") for word in MARKERS[language]
)
_PATTERNS = (
    # paragraph 12, § 12, para. 12, пункт № 3, الفقرة رقم 12, bc-12
    re.compile(
        rf"{_NOT_BEFORE}(?:{_markers()})\s*[-:#(]?\s*{_NUMBER_WORD}[#(]?\s*{_NUMBER}{_NOT_AFTER}"
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
_WEAK = re.compile(
    rf"{_NOT_BEFORE}(?:{_alternation(WEAK_MARKERS)})\s+{_NUMBER}{_NOT_AFTER}"
    rf"(?=\s*(?:$|[^\w\s]|(?:{_alternation(WEAK_FOLLOWERS)})\b))"
)
_CONSENSUS = re.compile(_alternation(CONSENSUS_NAMES))
_BEIJING = re.compile(_alternation(BEIJING_NAMES))
_OTHER_DOCUMENT = re.compile("|".join(_document(word) for word in OTHER_DOCUMENTS))
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


def _first_match(folded: str) -> re.Match[str] | None:
    """The leftmost marker-and-number in the text ("paragraphs 12 and 13" asks for 12 first)."""
    matches = [m for pattern in (*_PATTERNS, _WEAK) if (m := pattern.search(folded))]
    return min(matches, key=lambda m: m.start(), default=None)


def names_other_document(folded: str) -> bool:
    """Whether a folded text names an instrument we do not hold (a law, a declaration…)."""
    return _OTHER_DOCUMENT.search(folded) is not None


def _source(folded: str) -> str | None:
    if _CONSENSUS.search(folded) or _BEIJING.search(folded):
        return BEIJING_CONSENSUS
    return None


def find_reference(text: str) -> Reference | None:
    """The paragraph a question asks for by number, or None when its numbers are just numbers.

    The number is reported as written, even out of range. When the Consensus is not named and
    another instrument is ("article 26 of the Universal Declaration"), the question is not ours.
    """
    folded = fold(text)
    match = _first_match(folded)
    if match is None:
        return None
    number = _number(match)
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
