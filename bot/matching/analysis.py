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
text. At a hundred times today's knowledge base, what is left is the Python overhead of a dozen
calls per text (microseconds, against nanoseconds of work), so the index analyses all its texts
at once (``Pieces``): cut at their spaces (and Chinese punctuation), which no step reaches
across, each distinct piece folded once, many pieces in one pass (``fold_each``,
``words_of_each``). Questions are still analysed one by one, by the functions above.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import chain, count, pairwise, repeat

import numpy as np
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
# Between texts analysed together (``fold_each``, ``words_of_each``): a private-use character, which
# no step changes or removes, which composes with nothing under NFKC or NFC (so no text's
# characters combine with the next text's), and which is not a word character (so no word or
# elision runs across it, and ``\b`` sees it as it sees the start or end of a text).
SEPARATOR = "\ue000"
_WORD_OR_SEPARATOR = re.compile(rf"{SEPARATOR}|{_WORD.pattern}")
# Texts analysed in one pass: enough that per-pass costs vanish, few enough that the words found
# at once (one string object each) stay a few megabytes.
_BATCH_TEXTS = 4096
# Chinese punctuation is written full-width, which NFKC maps to ASCII: a text with any of it
# fails NFKC's quick check and is normalised character by character, slowly. Replaced first by
# what NFKC decomposes it to (where NFKC starts from anyway), it gives the same result, fast.
_DECOMPOSED = {
    character: unicodedata.normalize("NFKD", character) for character in "，：；？！（）"
}
# Punctuation a text is cut at besides spaces (``Pieces``): Chinese has no spaces, but its clauses
# repeat. Each stands, in a batch of texts cut at it, as a private-use marker of its own.
_PUNCTUATION = "，：；？！（）。、"
PIECE, END = 0, 1  # the kinds of pieces that are not punctuation (``Pieces.kinds``)
_MARKERS = {number: chr(0xE000 + number) for number in range(END + 1, END + 1 + len(_PUNCTUATION))}
_UTF8 = {marker: marker.encode() for marker in (SEPARATOR, *_MARKERS.values())}


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


# The end of a clause (a stop or a comma) and of a sentence (a stop, a question or exclamation
# mark and a space, a Chinese or Arabic one, a line break): a question's last clause or
# sentence is what it asks, what comes before is its context.
CLAUSE_END = re.compile(r"[.;:?!,。；：？！，、؟،\n]")
SENTENCE_END = re.compile(r"(?:[.?!。？！؟]+\s|[。？！؟]|\n)")


def last_clause(text: str, ends: re.Pattern[str] = CLAUSE_END) -> int:
    """Where the last clause of a text begins (after the last stop or comma), or with
    ``SENTENCE_END`` its last sentence; 0 for a text of one."""
    stripped = text.rstrip(" .;:?!,。；：？！，、؟،\n\t\"'»”)")
    found = [match.end() for match in ends.finditer(stripped)]
    return found[-1] if found else 0


def fold(text: str, language: str) -> str:
    """Normalise a whole text for a language, before tokenising."""
    return _fold(text, language)


def _fold_text(text: str, language: str) -> str:
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


_fold = lru_cache(maxsize=_FOLD_CACHE_SIZE)(_fold_text)


def words(text: str, language: str) -> list[str]:
    """The folded words of a text (Chinese runs stay whole), stopwords included."""
    return _words_of_folded(_fold(text, language), language)


def _words_of_folded(folded: str, language: str) -> list[str]:
    if language == "fr":
        folded = folded.replace("'", " ")
    if language != "zh" and not _HAN.search(folded):
        return _WORD_WITHOUT_HAN.findall(folded)
    return _WORD.findall(folded)


def _batches(texts: Sequence[str]) -> Iterator[Sequence[str]]:
    """The texts in order, ``_BATCH_TEXTS`` at a time.

    A text containing ``SEPARATOR`` comes alone, as a batch of one: a batch of one is analysed
    by itself, as ``fold`` and ``words`` do.
    """
    if not any(map(str.__contains__, texts, repeat(SEPARATOR))):
        for start in range(0, len(texts), _BATCH_TEXTS):
            yield texts[start : start + _BATCH_TEXTS]
        return
    batch: list[str] = []
    for text in texts:
        if SEPARATOR in text or len(batch) == _BATCH_TEXTS:
            if batch:
                yield batch
            batch = []
        if SEPARATOR in text:
            yield [text]
        else:
            batch.append(text)
    if batch:
        yield batch


def fold_each(texts: Sequence[str], language: str) -> list[str]:
    """Each text folded as ``fold`` folds it, many texts in one pass.

    Every step of the fold either works character by character (case folding, replacements,
    deletions) or stops at ``SEPARATOR`` (NFKC and accent folding compose nothing with it; the
    elision needs a word character before the apostrophe), so the folded join of the texts is the
    join of the folded texts.
    """
    folded: list[str] = []
    for batch in _batches(texts):
        if len(batch) == 1:
            folded.append(_fold_text(batch[0], language))
            continue
        joined = SEPARATOR.join(batch)
        for character, decomposed in _DECOMPOSED.items():
            if character in joined:
                joined = joined.replace(character, decomposed)
        parts = _fold_text(joined, language).split(SEPARATOR)
        if len(parts) != len(batch):  # cannot happen (see SEPARATOR); correctness first
            parts = [_fold_text(text, language) for text in batch]
        folded.extend(parts)
    return folded


def words_of_each(folded: Sequence[str], language: str) -> Iterator[list[str]]:
    """The words of folded texts, as ``words`` finds them in each unfolded one, in batches.

    Each batch lists the words of some texts, each text's followed by ``SEPARATOR`` (never a
    word), the texts in order. One regex finds them all: on a text without Han characters it
    finds what the regex without Han runs would, and no word runs across ``SEPARATOR``.
    """
    for batch in _batches(folded):
        if len(batch) == 1:
            yield [*_words_of_folded(batch[0], language), SEPARATOR]
            continue
        joined = SEPARATOR.join(batch) + SEPARATOR
        if language == "fr":
            joined = joined.replace("'", " ")
        yield _WORD_OR_SEPARATOR.findall(joined)


class Pieces:
    """Many texts of one language cut into pieces, each distinct piece folded once.

    A text is cut at its spaces, and Chinese at its ``_PUNCTUATION``: no step of ``fold`` or
    ``words`` reaches across either, for the reasons it does not reach across ``SEPARATOR``, so a
    text's fold is its pieces' folds with what was between them folded, and its words are its
    pieces' words one after the other. The texts of a knowledge base share most of their pieces
    (words, clauses of Chinese), so once each distinct piece is analysed, what is left per text
    is C-level splitting, hashing and joining.

    ``ids`` are every text's pieces, text after text, as positions in ``distinct``; ``kinds``
    says what each is: a piece of text (``PIECE``), the end of a text (``END``, a ``SEPARATOR``
    put after each text of a batch that has punctuation to cut at), or the punctuation of that
    number in ``_PUNCTUATION`` (its marker, put in its place); ``ends`` are where each text's
    pieces end in ``ids``.
    """

    def __init__(self, texts: Sequence[str], language: str) -> None:
        self.language = language
        # Each distinct piece's position, given in order of first appearance as it is first met.
        positions: defaultdict[bytes, int] = defaultdict(count().__next__)
        ids, kinds, ends = [np.zeros(0, dtype=np.int32)], [np.zeros(0, dtype=np.int8)], []
        size = 0
        # A batch of texts at a time, so that the pieces' string objects are few at any time:
        # memory the process has just freed is cheaper to use than memory it must be given.
        for start in range(0, len(texts), _BATCH_TEXTS):
            batch = texts[start : start + _BATCH_TEXTS]
            stream, marked = _cut(batch, language)
            found = np.fromiter(map(positions.__getitem__, stream), np.int32, len(stream))
            kind = np.zeros(len(found), dtype=np.int8)
            if marked:
                kind[found == positions[_UTF8[SEPARATOR]]] = END
                for number in marked:
                    kind[found == positions[_UTF8[_MARKERS[number]]]] = number
                ends.append(size + np.flatnonzero(kind == END) + 1)
            else:
                counts = np.fromiter(map(str.count, batch, repeat(" ")), np.int64, len(batch))
                ends.append(size + np.cumsum(counts + 1))
            ids.append(found)
            kinds.append(kind)
            size += len(found)
        self.distinct = [piece.decode("utf-8", "surrogatepass") for piece in positions]
        self.folded = fold_each(self.distinct, language)  # of each distinct piece
        self.ids = np.concatenate(ids)
        self.kinds = np.concatenate(kinds)
        self.ends = np.concatenate(ends) if ends else np.zeros(0, dtype=np.int64)
        # What each kind of piece stands for, folded: nothing for an END.
        self._folded_marks = ["", *fold_each(list(_PUNCTUATION), language)]

    def folded_texts(self, ids: np.ndarray, kinds: np.ndarray, ends: np.ndarray) -> list[str]:
        """The folds of texts made of the pieces ``ids`` of ``kinds``, ending at ``ends``.

        Pieces of text are joined by the spaces they were cut at; punctuation and ends were cut
        out with the spaces around them.
        """
        if not len(ends):
            return []
        if not kinds.any():  # only pieces of text: joined by spaces, texts by SEPARATOR
            # An object array gathers the strings without a Python int per position.
            folded = np.array([*self.folded, SEPARATOR], dtype=object)
            joined = " ".join(folded[np.insert(ids, ends[:-1], len(self.folded))].tolist())
            if joined.count(SEPARATOR) == len(ends) - 1:  # unless a text holds one itself
                return joined.split(f" {SEPARATOR} ")
        return self._joined_texts(ids, kinds, ends)

    def _joined_texts(self, ids: np.ndarray, kinds: np.ndarray, ends: np.ndarray) -> list[str]:
        """``folded_texts`` for pieces of any kinds: each string placed, then texts sliced."""
        folded = self.folded
        spaced = kinds == PIECE  # followed by a space: pieces of text before a piece of text
        spaced[:-1] &= kinds[1:] == PIECE
        spaced[ends[ends > 0] - 1] = False  # and not the last of a text
        strings = np.array(folded, dtype=object)[ids]
        strings[spaced] = np.array([piece + " " for piece in folded], dtype=object)[ids[spaced]]
        lengths = np.array(list(map(len, folded)), dtype=np.int64)[ids] + spaced
        for kind in np.flatnonzero(np.bincount(kinds, minlength=END + 1)[END:]) + END:
            mark = self._folded_marks[kind - END]
            strings[kinds == kind] = mark
            lengths[kinds == kind] = len(mark)
        joined = "".join(strings.tolist())
        reached = np.concatenate((np.zeros(1, dtype=np.int64), np.cumsum(lengths)))[ends]
        return [joined[start:end] for start, end in pairwise([0, *reached.tolist()])]

    def words(self, positions: Sequence[int]) -> Iterator[list[str]]:
        """The words of these distinct pieces (``words``), in batches as ``words_of_each``'s."""
        return words_of_each(list(map(self.folded.__getitem__, positions)), self.language)

    def words_of_folds(self, positions: Sequence[int]) -> Iterator[list[str]]:
        """The words of these distinct pieces' folds (``words(fold(piece))``), likewise."""
        refolded = fold_each(list(map(self.folded.__getitem__, positions)), self.language)
        return words_of_each(refolded, self.language)


def _cut(batch: Sequence[str], language: str) -> tuple[list[bytes], list[int]]:
    """The pieces of a batch of texts, in UTF-8, and the kinds of punctuation marked in them.

    Chinese texts, which have no spaces, are cut at their punctuation too: each is replaced by
    its marker between spaces, and each text followed by ``SEPARATOR``, unless a text of the
    batch holds a marker or ``SEPARATOR`` itself. Other texts are cut at their spaces only:
    their pieces repeat already, and looking for the punctuation would cost more than it saves.
    Pieces are split as UTF-8 (a space is the byte 0x20, never part of another character's
    encoding), which makes cheaper objects than strings.
    """
    joined = " ".join(batch)
    present = []
    if language == "zh":
        present = [number for number, mark in enumerate(_PUNCTUATION, END + 1) if mark in joined]
    if present and not any(marker in joined for marker in (SEPARATOR, *_MARKERS.values())):
        joined = f" {SEPARATOR} ".join(batch) + f" {SEPARATOR}"
        for number in present:
            joined = joined.replace(_PUNCTUATION[number - END - 1], f" {_MARKERS[number]} ")
    else:
        present = []
    return joined.encode("utf-8", "surrogatepass").split(b" "), present


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
            terms = _remember(word, language, cache)
        result.extend(terms)
    return result


def word_terms(word: str, language: str) -> tuple[str, ...]:
    """The index terms of one word of ``words``, remembered as ``tokens`` remembers them."""
    cache = _word_cache.get(language)
    if cache is None:
        cache = _word_cache.setdefault(language, {})
    terms = cache.get(word)
    if terms is None:
        if len(cache) > _WORD_CACHE_SIZE:
            cache.clear()
        terms = _remember(word, language, cache)
    return terms


def _remember(word: str, language: str, cache: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    terms = _word_terms(word, language)
    if len(word) <= _LONGEST_CACHED or not _HAN.match(word):
        cache[word] = terms
    return terms


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
