"""Which of the six languages a short question is written in.

Scripts settle most cases: Han is Chinese, Arabic script is Arabic, Cyrillic is Russian (acronyms
in Latin letters, "AI" or "UNESCO", do not outweigh them). English, French and Spanish share a
script, so a small naive Bayes model over character 1–3-grams, trained when the knowledge base is
indexed on its own texts, questions and keywords, on Babel's CLDR names and on a list of
everyday words (``bot/common_words.py``), all accent-folded since officials often type without
accents, scores them, with two kinds of firm evidence added: letters only one of the
languages uses (ñ, ¿, ç, è…) and stopwords only one of them has. A hint (the user's saved language
or Telegram's ``language_code``) breaks a near tie and never overrides clear text.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping

from babel import Locale

from bot.knowledge.model import FALLBACK_LANGUAGE
from bot.matching.analysis import fold_accents, normalize
from bot.matching.wordlists import COMMON_WORDS, STOPWORDS

LATIN_LANGUAGES = ("en", "fr", "es")
_SCRIPTS = {
    "zh": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"),
    "ar": re.compile(r"[\u0600-\u06ff\u0750-\u077f]"),
    "ru": re.compile(r"[\u0400-\u04ff]"),
}
_LATIN = re.compile(r"[a-zà-ÿœ]")
_WORD = re.compile(r"[a-z]+")
_LETTERS_ONLY = bytes(byte if 0x61 <= byte <= 0x7A else 0x20 for byte in range(256))  # a-z
# Letters that only one of English, French and Spanish uses, with the weight of their evidence.
_DISTINCT_LETTERS = {
    "es": ("ñ¿¡áíóú", 4.0),
    "fr": ("çèêàùâîôûëïœ", 4.0),
}
_STOPWORD_WEIGHT = 2.5
_TIE_MARGIN = 1.0  # log-odds below which the hint, when given, decides


def general_vocabulary(language: str) -> list[str]:
    """Everyday names in the language from Babel's CLDR data (languages, countries, months…).

    The knowledge base alone teaches the model only the vocabulary of education policy; these
    names give it the language's general spelling habits, so that "hier soir" or "receta" are
    recognised too. They ship with Babel: nothing is downloaded.
    """
    locale = Locale.parse(language)
    names: list[str] = []
    for mapping in (locale.languages, locale.territories, locale.currencies):
        names.extend(mapping.values())
    for calendar_names in (locale.months, locale.days):
        for context in calendar_names.values():
            for width in context.values():
                names.extend(width.values())
    return names


def _grams(word: str) -> Iterable[str]:
    padded = f" {word} "
    for size in (1, 2, 3):
        for i in range(len(padded) - size + 1):
            gram = padded[i : i + size]
            if gram.strip():
                yield gram


def _word_counts(texts: Iterable[str]) -> Counter[str]:
    """How often each word (``_WORD`` in the normalised, accent-folded text) occurs in the texts.

    The same counts as ``Counter(_WORD.findall(fold_accents(normalize(" ".join(texts)))))``
    (normalisation never joins two texts across the space between them), computed faster: a
    text repeated (a copied entry, a keyword) is analysed once, and the words are counted from
    bytes, every byte but a-z made a space, rather than found by a regular expression.
    """
    by_times: dict[int, list[str]] = {}
    for text, times in Counter(texts).items():
        by_times.setdefault(times, []).append(text)
    counts: Counter[str] = Counter()
    for times, group in by_times.items():
        folded = fold_accents(normalize(" ".join(group)))
        letters = folded.encode("ascii", "replace").translate(_LETTERS_ONLY)
        for word, found in Counter(letters.split()).items():
            counts[word.decode("ascii")] += found * times
    return counts


class LanguageIdentifier:
    """Identifies en/fr/es/ru/zh/ar; build it from texts known to be in each Latin language."""

    def __init__(self, training: Mapping[str, Iterable[str]]) -> None:
        self._log_probs: dict[str, dict[str, float]] = {}
        self._unseen: dict[str, float] = {}
        for language in LATIN_LANGUAGES:
            texts = [*training.get(language, ()), *general_vocabulary(language)]
            texts.append(COMMON_WORDS[language])
            texts.append(" ".join(STOPWORDS[language]))
            word_counts = _word_counts(texts)
            counts: Counter[str] = Counter()
            for word, times in word_counts.items():
                for gram in _grams(word):
                    counts[gram] += times
            total = sum(counts.values()) + len(counts) + 1
            self._log_probs[language] = {g: math.log((c + 1) / total) for g, c in counts.items()}
            self._unseen[language] = math.log(1 / total)
        shared = (
            set(STOPWORDS["en"]) & set(STOPWORDS["fr"])
            | (set(STOPWORDS["en"]) & set(STOPWORDS["es"]))
            | (set(STOPWORDS["fr"]) & set(STOPWORDS["es"]))
        )
        self._own_stopwords = {
            language: STOPWORDS[language] - shared for language in LATIN_LANGUAGES
        }

    def scores(self, text: str) -> dict[str, float]:
        """Log-scores of English, French and Spanish for Latin-script text."""
        lowered = normalize(text)
        folded = fold_accents(lowered)
        found = _WORD.findall(folded)
        # The grams are the same for every language: listed once, not once per language.
        grams = [gram for word in found for gram in _grams(word)]
        scores = {}
        for language in LATIN_LANGUAGES:
            log_probs, unseen = self._log_probs[language], self._unseen[language]
            # 1-, 2- and 3-grams overlap, so their log-probabilities are not independent evidence.
            score = sum(log_probs.get(gram, unseen) for gram in grams) / 3
            score += _STOPWORD_WEIGHT * len(
                {w for w in found if w in self._own_stopwords[language]}
            )
            letters, weight = _DISTINCT_LETTERS.get(language, ("", 0.0))
            score += weight * sum(ch in letters for ch in lowered)
            scores[language] = score
        return scores

    def identify(self, text: str, hint: str | None = None) -> str:
        """The language of ``text``; ``hint`` decides only when the text does not."""
        lowered = normalize(text)
        counts = {language: len(pattern.findall(lowered)) for language, pattern in _SCRIPTS.items()}
        counts["zh"] *= 3  # one Han character carries about a word
        latin = len(_LATIN.findall(lowered))
        script, count = max(counts.items(), key=lambda item: item[1])
        if count and count * 4 >= latin:
            return script
        if not latin or not re.search(r"[a-zà-ÿœ]", unicodedata.normalize("NFKC", text)):
            # No letters, or only capitals: acronyms (TVET, EMIS, SDG) belong to no language.
            return hint if hint in _SCRIPTS or hint in LATIN_LANGUAGES else FALLBACK_LANGUAGE
        scores = self.scores(text)
        ranked = sorted(scores, key=scores.__getitem__, reverse=True)
        best, second = ranked[0], ranked[1]
        if hint in LATIN_LANGUAGES and hint != best and scores[best] - scores[hint] < _TIE_MARGIN:
            return hint
        if scores[best] - scores[second] < _TIE_MARGIN / 4:
            # Nothing in the text decides (an acronym, a name): the hint, else the fallback.
            if hint in (best, second):
                return hint
            if FALLBACK_LANGUAGE in (best, second):
                return FALLBACK_LANGUAGE
        return best
