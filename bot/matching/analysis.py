"""Text analysis per language: the same steps for the knowledge and for the user's question.

Officials type fast, on phones, often without accents, so both sides go through one pipeline:
Unicode NFKC and case folding; invisible and control characters removed; per-language folding
(accents for French and Spanish, ё for Russian, letter variants and diacritics for Arabic);
stopwords removed; then stems (Snowball through PyStemmer for English, French, Spanish and
Russian; Larkey's light10 stemmer for Arabic, because Snowball's Arabic stemmer gave different
stems to the same word with and without its article, ``بيانات`` and ``البيانات``; overlapping
character bigrams for Chinese, which has no spaces and where bigrams rank as well as a word
segmenter at a fraction of the cost).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

from bot.matching.wordlists import STOPWORDS

SHORTEST_STEMMED = 4
SNOWBALL = {"en": "english", "fr": "french", "es": "spanish", "ru": "russian"}

_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_COMBINING = re.compile(r"[\u0300-\u036f]")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
_HAN_CHARS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Han runs apart from other letters: "AI会让" is the word "ai" and the Chinese run "会让".
_WORD = re.compile(rf"[{_HAN_CHARS}]+|[^\W\d_{_HAN_CHARS}]+|\d+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_ARABIC_DIACRITICS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_ARABIC_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال")
_ARABIC_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
_ELISION = re.compile(r"\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'", re.IGNORECASE)


def normalize(text: str) -> str:
    """NFKC, case folding, no invisible or control characters, one kind of apostrophe."""
    text = unicodedata.normalize("NFKC", text)
    text = _CONTROL.sub(" ", _INVISIBLE.sub("", text))
    return text.translate(_APOSTROPHES).casefold()


def fold_accents(text: str) -> str:
    """Remove Latin accents: officials often type ``donnees`` for ``données``."""
    return unicodedata.normalize("NFC", _COMBINING.sub("", unicodedata.normalize("NFD", text)))


def normalize_arabic(text: str) -> str:
    """Drop diacritics and tatweel; unify alef, yaa and taa marbuta spellings."""
    return _ARABIC_DIACRITICS.sub("", text).translate(_ARABIC_LETTERS)


def fold(text: str, language: str) -> str:
    """Normalise a whole text for a language, before tokenising."""
    text = normalize(text)
    if language in ("en", "fr", "es"):
        text = fold_accents(_ELISION.sub(" ", text) if language == "fr" else text)
    elif language == "ru":
        text = text.replace("ё", "е")
    elif language == "ar":
        text = normalize_arabic(text)
    return text


def words(text: str, language: str) -> list[str]:
    """The folded words of a text (Chinese runs stay whole), stopwords included."""
    folded = fold(text, language)
    if language == "fr":
        folded = folded.replace("'", " ")
    return _WORD.findall(folded)


def _arabic_light_stem(word: str) -> str:
    """Larkey's light10: strip one leading و, one article, then common suffixes."""
    if len(word) > 3 and word.startswith("و"):
        word = word[1:]
    for prefix in _ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            word = word[len(prefix) :]
            break
    for suffix in _ARABIC_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            word = word[: -len(suffix)]
    return word


@lru_cache(maxsize=8)
def _stemmer(language: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(SNOWBALL[language])


def _han_bigrams(run: str) -> list[str]:
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


@lru_cache(maxsize=8)
def stopwords(language: str) -> frozenset[str]:
    """The language's stopwords, folded exactly as the words they are compared with."""
    return frozenset(fold(word, language) for word in STOPWORDS.get(language, ()))


def tokens(text: str, language: str) -> list[str]:
    """The index terms of a text: stems, or character bigrams for Chinese."""
    stop = stopwords(language)
    result: list[str] = []
    for word in words(text, language):
        if _HAN.match(word):
            for run in _HAN_RUN.findall(word):
                result.extend(gram for gram in _han_bigrams(run) if gram not in stop)
            continue
        if word in stop:
            continue
        result.append(stem_word(word, language))
    return result


def stem_word(word: str, language: str) -> str:
    """The index term of one folded word.

    Words of three letters or fewer are left whole: they are mostly acronyms (ИИ, AI, TIC, ODS),
    which a stemmer would turn into something else (Snowball makes "ии" the stem "и").
    """
    if len(word) <= SHORTEST_STEMMED - 1:
        return word
    if language == "ar":
        return _arabic_light_stem(word)
    if language in SNOWBALL:
        return str(_stemmer(language).stemWord(word))
    return word
