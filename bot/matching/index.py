"""A search index per language over the knowledge base: BM25F with field weights, plus rapidfuzz.

Why our own BM25F rather than a library: the fields of an entry are not equal (an alternate
question written by an editor says more than a word deep in a paragraph), and BM25F weighs them
before term saturation, which a library indexing one text per document cannot do. The knowledge
base is small (hundreds of language-texts, thousands at most), so each term's contribution to each
entry is computed once when indexing, and a query only adds up a few precomputed postings.

rapidfuzz does the two things stems cannot: it corrects a misspelled word to the nearest word of
the language's vocabulary (``enseigants`` → ``enseignants``), and it recognises a question that is
a near-copy of a known alternate question, typos and word order included.

Scores are normalised to 0–1: the BM25F part is the share of the question's information (the sum
of its terms' IDF) that an entry matches, so words the knowledge base has never seen ("weather",
"passport") pull every score down, which is what makes honest abstention possible.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from bot.knowledge.model import Entry, KnowledgeBase
from bot.matching.analysis import fold, stem_word, stopwords, tokens, words

FIELD_WEIGHTS = {
    "questions": 3.0,
    "title": 2.5,
    "keywords": 2.0,
    "topic": 0.8,
    "text": 1.0,
}
K1 = 1.2
B = 0.75
TYPO_MIN_LENGTH = 4
TYPO_CUTOFF = 85.0
TYPO_MAX_LENGTH_CHANGE = 2
CORRECTED_WEIGHT = 0.8
FUZZY_FLOOR = 60.0  # token_sort_ratio below this says nothing about a near-copy
FUZZY_WEIGHT = 0.6
# Up to this many known phrases, every one is compared with the question; beyond it (a knowledge
# base many times today's), only the phrases of the best lexical candidates are, to stay fast.
FUZZY_SCAN_ALL = 20_000
FUZZY_CANDIDATES = 50


@dataclass(frozen=True)
class Scored:
    """One entry's score for a question, with the parts it is made of (for calibration)."""

    entry_id: str
    score: float
    lexical: float
    fuzzy: float


@dataclass(frozen=True)
class _Document:
    entry_id: str
    fields: Mapping[str, np.ndarray]  # field -> term ids (into the index's terms), in text order
    phrases: tuple[str, ...]  # folded questions and title, for near-copy matching


_NO_TERMS = np.zeros(0, dtype=np.int32)


class _Analyser:
    """One language's analysis during one build: each distinct text is analysed only once.

    Texts repeat across entries (a topic's name, a learned question, the English text an entry
    without this language falls back to), so each is tokenised and folded once, and its terms are
    kept as ids into one list of terms, which the index turns into postings with numpy.
    """

    def __init__(self, language: str) -> None:
        self.language = language
        self.term_ids: dict[str, int] = {}
        self._ids: dict[str, np.ndarray] = {}
        self._folded: dict[str, str] = {}

    def ids(self, text: str) -> np.ndarray:
        """The text's terms (``analysis.tokens``) as ids, in order."""
        found = self._ids.get(text)
        if found is None:
            term_ids = self.term_ids
            found = np.array(
                [term_ids.setdefault(term, len(term_ids)) for term in tokens(text, self.language)],
                dtype=np.int32,
            )
            self._ids[text] = found
        return found

    def ids_of_all(self, texts: Sequence[str]) -> np.ndarray:
        """The terms of several texts, one after the other, as ids."""
        if not texts:
            return _NO_TERMS
        if len(texts) == 1:
            return self.ids(texts[0])
        return np.concatenate([self.ids(text) for text in texts])

    def fold(self, text: str) -> str:
        found = self._folded.get(text)
        if found is None:
            found = self._folded[text] = fold(text, self.language)
        return found

    @property
    def terms(self) -> list[str]:
        """Every term met so far, by id."""
        return list(self.term_ids)


class LanguageIndex:
    """The index of one language: every entry, through its text in that language if it has one.

    ``terms`` names the term ids of the documents' fields.
    """

    def __init__(self, language: str, documents: Sequence[_Document], terms: Sequence[str]) -> None:
        self.language = language
        self.documents = list(documents)
        count = len(self.documents)
        # Every (term, document) pair of every field as one int64 key, term * documents + document:
        # sorted keys are the postings, term after term, each in document order.
        document_count = max(count, 1)
        field_keys: list[np.ndarray] = []
        field_weights: list[np.ndarray] = []
        for name, field_weight in FIELD_WEIGHTS.items():
            arrays = [document.fields.get(name, _NO_TERMS) for document in self.documents]
            lengths = np.array([len(array) for array in arrays], dtype=np.int64)
            total = int(lengths.sum())
            average = total / count if count else 1.0
            if total == 0:
                continue
            owners = np.repeat(np.arange(count, dtype=np.int64), lengths)
            keys, frequencies = np.unique(
                np.concatenate(arrays).astype(np.int64) * document_count + owners,
                return_counts=True,
            )
            # As in BM25F: each field's term frequency over its length norm, weighted, then summed.
            norms = 1 - B + B * lengths / (average or 1.0)
            field_keys.append(keys)
            field_weights.append(field_weight * frequencies / norms[keys % document_count])
        if field_keys:
            pairs, inverse = np.unique(np.concatenate(field_keys), return_inverse=True)
        else:
            pairs, inverse = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        weighted = np.zeros(len(pairs))
        offset = 0
        for keys, weights in zip(field_keys, field_weights, strict=True):
            # One field at a time, in FIELD_WEIGHTS order, so the sums are those of the definition.
            weighted[inverse[offset : offset + len(keys)]] += weights
            offset += len(keys)
        pair_terms = pairs // document_count
        positions = (pairs % document_count).astype(np.int32)
        document_frequency = np.bincount(pair_terms, minlength=len(terms))
        idf_of = {
            df: math.log(1 + (count - df + 0.5) / (df + 0.5))
            for df in np.unique(document_frequency).tolist()
        }
        idf = np.array([idf_of[df] for df in document_frequency.tolist()])
        known = np.flatnonzero(document_frequency)
        self.idf = dict(
            zip([terms[term] for term in known.tolist()], idf[known].tolist(), strict=True)
        )
        self.unknown_idf = math.log(1 + (count + 0.5) / 0.5)
        contributions = idf[pair_terms] * weighted / (K1 + weighted)
        # Each term's postings as arrays (views of the two arrays of all pairs): a query adds a few
        # arrays instead of looping in Python.
        ends = np.cumsum(document_frequency).tolist()
        self.postings: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for term in known.tolist():
            start = ends[term] - int(document_frequency[term])
            self.postings[terms[term]] = (
                positions[start : ends[term]],
                contributions[start : ends[term]],
            )
        self.vocabulary: dict[str, str] = {}  # folded surface word -> term
        phrases = dict.fromkeys(
            phrase for document in self.documents for phrase in document.phrases
        )
        for phrase in phrases:
            for word in words(phrase, language):
                if word not in self.vocabulary:
                    self.vocabulary[word] = stem_word(word, language)
        self._vocabulary_words = list(self.vocabulary)
        self._phrases: list[str] = [
            phrase for document in self.documents for phrase in document.phrases
        ]
        # token_sort_ratio is the ratio of the two texts with their words sorted: each phrase's
        # words are sorted once (all of them here when every phrase is compared, else the first
        # time a phrase is a candidate's), so a question compares them with the plain ratio.
        self._sorted_phrases: list[str | None] = (
            [_sort_words(phrase) for phrase in self._phrases]
            if len(self._phrases) <= FUZZY_SCAN_ALL
            else [None] * len(self._phrases)
        )
        phrase_counts = [len(document.phrases) for document in self.documents]
        self._phrase_owner: list[int] = np.repeat(
            np.arange(count), np.array(phrase_counts, dtype=np.int64)
        ).tolist()
        self._phrase_start: list[int] = [0, *np.cumsum(phrase_counts, dtype=np.int64).tolist()]

    def query_terms(self, question: str) -> dict[str, float]:
        """The question's terms with their weights; a misspelled word counts for less.

        A word the index does not know is replaced by the nearest known word of similar length
        (``enseigants`` → ``enseignants``), at a lower weight, since the correction may be wrong.
        """
        stop = stopwords(self.language)
        weights: dict[str, float] = {}
        for word in words(question, self.language):
            if word in stop:
                continue
            for term in tokens(word, self.language):
                weight = 1.0
                if term not in self.idf and self.language != "zh":
                    corrected = self._correct(word)
                    if corrected is not None:
                        term, weight = corrected, CORRECTED_WEIGHT
                weights[term] = max(weights.get(term, 0.0), weight)
        return weights

    def _correct(self, word: str) -> str | None:
        if len(word) < TYPO_MIN_LENGTH or not self._vocabulary_words:
            return None
        best = process.extractOne(
            word, self._vocabulary_words, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF
        )
        if best is None or abs(len(best[0]) - len(word)) > TYPO_MAX_LENGTH_CHANGE:
            return None
        return self.vocabulary[best[0]]

    def search(
        self, question: str, limit: int = 10, terms: Mapping[str, float] | None = None
    ) -> list[Scored]:
        """Entries scored for the question, best first.

        ``terms`` are the question's ``query_terms``, when the caller has them already (so the
        typo correction is not done twice).
        """
        if terms is None:
            terms = self.query_terms(question)
        if not terms or not self.documents:
            return []
        information = sum(self.idf.get(term, self.unknown_idf) for term in terms)
        lexical = np.zeros(len(self.documents))
        for term, weight in terms.items():
            if term in self.postings:
                positions, contributions = self.postings[term]
                lexical[positions] += weight * contributions
        lexical /= information
        fuzzy = self._near_copies(fold(question, self.language), lexical, limit)
        scores = lexical.copy()
        for position, similarity in fuzzy.items():
            scores[position] += FUZZY_WEIGHT * similarity * (1 - lexical[position])
        np.minimum(scores, 1.0, out=scores)
        count = min(limit, int(np.count_nonzero(scores)))
        if count == 0:
            return []
        best = np.argpartition(-scores, count - 1)[:count]
        results = [
            Scored(
                self.documents[position].entry_id,
                float(scores[position]),
                float(lexical[position]),
                fuzzy.get(int(position), 0.0),
            )
            for position in best
        ]
        results.sort(key=lambda scored: (-scored.score, scored.entry_id))
        return results

    def _sorted_phrase(self, position: int) -> str:
        found = self._sorted_phrases[position]
        if found is None:
            found = self._sorted_phrases[position] = _sort_words(self._phrases[position])
        return found

    def _near_copies(self, folded: str, lexical: np.ndarray, limit: int) -> dict[int, float]:
        """Documents with a known question or title close to the question, scored 0–1."""
        if len(self._phrases) <= FUZZY_SCAN_ALL:
            choices: Sequence[str | None] = self._sorted_phrases
            owners: Sequence[int] = self._phrase_owner
        else:
            count = min(FUZZY_CANDIDATES, len(lexical))
            candidates = sorted(set(np.argpartition(-lexical, count - 1)[:count].tolist()))
            # The candidates' phrases in the order of the whole list, so ties fall the same way.
            start = self._phrase_start
            choices = [
                self._sorted_phrase(position)
                for owner in candidates
                for position in range(start[owner], start[owner + 1])
            ]
            owners = [owner for owner in candidates for _ in range(start[owner + 1] - start[owner])]
        fuzzy: dict[int, float] = {}
        for _, similarity, index in process.extract(
            _sort_words(folded),
            choices,
            scorer=fuzz.ratio,
            limit=limit * 3,
            score_cutoff=FUZZY_FLOOR,
        ):
            owner = owners[index]
            value = (similarity - FUZZY_FLOOR) / (100 - FUZZY_FLOOR)
            fuzzy[owner] = max(fuzzy.get(owner, 0.0), value)
        return fuzzy


def _sort_words(text: str) -> str:
    """The text's words in sorted order, as ``fuzz.token_sort_ratio`` compares them."""
    return " ".join(sorted(text.split()))


def _document(
    entry: Entry,
    language: str,
    knowledge: KnowledgeBase,
    learned: Sequence[str],
    analyser: _Analyser,
) -> _Document:
    shown = entry.best_language(language)
    localized = entry.languages[shown]
    topic = knowledge.topics.get(entry.topic)
    topic_name = topic.name(language) if topic else ""
    questions = [*localized.questions, *learned]
    fields = {
        "questions": analyser.ids_of_all(questions),
        "title": analyser.ids(localized.title),
        "keywords": analyser.ids_of_all(localized.keywords),
        "topic": analyser.ids(topic_name),
        "text": analyser.ids(localized.text),
    }
    phrases = tuple(analyser.fold(text) for text in [*questions, localized.title])
    return _Document(entry.id, fields, phrases)


def build_indexes(
    knowledge: KnowledgeBase,
    languages: Sequence[str],
    learned: Mapping[str, Mapping[str, Sequence[str]]] | None = None,
) -> dict[str, LanguageIndex]:
    """One index per language; ``learned`` maps entry id -> language -> questions editors linked."""
    learned = learned or {}
    indexes = {}
    for language in languages:
        analyser = _Analyser(language)
        documents = [
            _document(
                entry, language, knowledge, learned.get(entry.id, {}).get(language, ()), analyser
            )
            for entry in knowledge.entries.values()
        ]
        indexes[language] = LanguageIndex(language, documents, analyser.terms)
    return indexes
