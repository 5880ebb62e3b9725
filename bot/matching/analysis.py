"""Text analysis per language: the same steps for the knowledge and for the user's question.

Officials type fast, on phones, often without accents, so both sides go through one pipeline:
Unicode NFKC and case folding; invisible and control characters removed; per-language folding
(accents for French and Spanish, ё for Russian, letter variants and diacritics for Arabic);
stopwords removed; then stems (Snowball through PyStemmer for English, French, Spanish and
Russian; Larkey's light10 stemmer for Arabic, because Snowball's Arabic stemmer gave different
stems to the same word with and without its article, ``بيانات`` and ``البيانات``; overlapping
character bigrams for Chinese, which has no spaces and where bigrams rank as well as a word
segmenter at a fraction of the cost).

Indexing analyses every text of the knowledge base, so the steps are cheap ones: whole-text passes
are C-level (``str.replace`` rather than ``str.translate``, which is slow on non-ASCII text; a
regex is run only when the characters it changes are there), and the per-word steps (stopwords,
stems, bigrams) are remembered per language, since the words of a language repeat from text to
text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import chain

import Stemmer

from bot.matching.wordlists import STOPWORDS

SHORTEST_STEMMED = 4
SNOWBALL = {"en": "english", "fr": "french", "es": "spanish", "ru": "russian"}

_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_INVISIBLE_OR_CONTROL = re.compile(
    r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\x00-\x08\x0b-\x1f\x7f-\x9f]"
)
_APOSTROPHES = "’‘`´ʼ"  # all written "'"
# Any character that normalize changes besides NFKC and case: most texts have none.
_SPECIAL = re.compile(rf"{_INVISIBLE_OR_CONTROL.pattern[:-1]}{_APOSTROPHES}]")
_COMBINING = re.compile(r"[\u0300-\u036f]")
_HAN_CHARS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Han runs apart from other letters: "AI会让" is the word "ai" and the Chinese run "会让".
_WORD = re.compile(rf"[{_HAN_CHARS}]+|[^\W\d_{_HAN_CHARS}]+|\d+")
_WORD_WITHOUT_HAN = re.compile(r"[^\W\d_]+|\d+")  # the same words in a text with no Han
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_ARABIC_DIACRITICS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_LETTERS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"}
_ARABIC_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال")
_ARABIC_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
# Applied to normalised (case-folded) text only, so without re.IGNORECASE, which is slower: no
# case-folded character matches these letters case-insensitively but not exactly ("ſ" is
# NFKC-normalised to "s" first).
_ELISION = re.compile(r"\b(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)'")
# Terms per folded word, per language (``_word_terms``); emptied when it grows past this size.
# Chinese runs longer than a word are not kept: they are clauses, rarely met twice, and their
# many bigrams would make the cache large.
_WORD_CACHE_SIZE = 50_000
_LONGEST_CACHED = 8
_word_cache: dict[str, dict[str, tuple[str, ...]]] = {}
# Folded texts kept: the index folds a question or title right after tokenising it.
_FOLD_CACHE_SIZE = 2048


def normalize(text: str) -> str:
    """NFKC, case folding, no invisible or control characters, one kind of apostrophe."""
    text = unicodedata.normalize("NFKC", text)
    if _SPECIAL.search(text) is not None:
        if _INVISIBLE_OR_CONTROL.search(text) is not None:
            text = _CONTROL.sub(" ", _INVISIBLE.sub("", text))
        for apostrophe in _APOSTROPHES:
            if apostrophe in text:
                text = text.replace(apostrophe, "'")
    return text.casefold()


def fold_accents(text: str) -> str:
    """Remove Latin accents: officials often type ``donnees`` for ``données``."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", _COMBINING.sub("", unicodedata.normalize("NFD", text)))


def normalize_arabic(text: str) -> str:
    """Drop diacritics and tatweel; unify alef, yaa and taa marbuta spellings."""
    text = _ARABIC_DIACRITICS.sub("", text)
    for old, new in _ARABIC_LETTERS.items():
        if old in text:
            text = text.replace(old, new)
    return text


def fold(text: str, language: str) -> str:
    """Normalise a whole text for a language, before tokenising."""
    return _fold(text, language)


@lru_cache(maxsize=_FOLD_CACHE_SIZE)
def _fold(text: str, language: str) -> str:
    text = normalize(text)
    if language in ("en", "fr", "es"):
        if language == "fr" and "'" in text:
            text = _ELISION.sub(" ", text)
        text = fold_accents(text)
    elif language == "ru":
        text = text.replace("ё", "е")
    elif language == "ar":
        text = normalize_arabic(text)
    return text


def words(text: str, language: str) -> list[str]:
    """The folded words of a text (Chinese runs stay whole), stopwords included."""
    folded = _fold(text, language)
    if language == "fr":
        folded = folded.replace("'", " ")
    if language != "zh" and not _HAN.search(folded):
        return _WORD_WITHOUT_HAN.findall(folded)
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
    found = words(text, language)
    cache = _word_cache.get(language)
    if cache is None:
        cache = _word_cache.setdefault(language, {})
    try:
        return list(chain.from_iterable(map(cache.__getitem__, found)))
    except KeyError:
        pass
    # A word not seen yet. Another thread (a reload) may be using the cache too: no step below
    # relies on what an earlier one put there.
    if len(cache) > _WORD_CACHE_SIZE:
        cache.clear()
    result: list[str] = []
    for word in found:
        terms = cache.get(word)
        if terms is None:
            terms = _word_terms(word, language)
            if len(word) <= _LONGEST_CACHED or not _HAN.match(word):
                cache[word] = terms
        result.extend(terms)
    return result


def _word_terms(word: str, language: str) -> tuple[str, ...]:
    """The index terms of one word of ``words``: none for a stopword, Chinese bigrams, a stem."""
    stop = stopwords(language)
    if _HAN.match(word):
        return tuple(
            gram for run in _HAN_RUN.findall(word) for gram in _han_bigrams(run) if gram not in stop
        )
    if word in stop:
        return ()
    return (stem_word(word, language),)


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
