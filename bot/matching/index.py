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
from collections import Counter, defaultdict
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
    fields: Mapping[str, list[str]]  # field -> terms
    phrases: tuple[str, ...]  # folded questions and title, for near-copy matching


class LanguageIndex:
    """The index of one language: every entry, through its text in that language if it has one."""

    def __init__(self, language: str, documents: Sequence[_Document]) -> None:
        self.language = language
        self.documents = list(documents)
        count = len(self.documents)
        lengths: dict[str, float] = {}
        for name in FIELD_WEIGHTS:
            total = sum(len(document.fields.get(name, ())) for document in self.documents)
            lengths[name] = total / count if count else 1.0
        document_frequency: Counter[str] = Counter()
        for document in self.documents:
            document_frequency.update(
                {term for terms in document.fields.values() for term in terms}
            )
        self.idf = {
            term: math.log(1 + (count - df + 0.5) / (df + 0.5))
            for term, df in document_frequency.items()
        }
        self.unknown_idf = math.log(1 + (count + 0.5) / 0.5)
        collected: dict[str, tuple[list[int], list[float]]] = defaultdict(lambda: ([], []))
        for position, document in enumerate(self.documents):
            weighted: dict[str, float] = defaultdict(float)
            for name, terms in document.fields.items():
                if not terms:
                    continue
                norm = 1 - B + B * len(terms) / (lengths[name] or 1.0)
                for term, frequency in Counter(terms).items():
                    weighted[term] += FIELD_WEIGHTS[name] * frequency / norm
            for term, tf in weighted.items():
                positions, contributions = collected[term]
                positions.append(position)
                contributions.append(self.idf[term] * tf / (K1 + tf))
        # Each term's postings as arrays: a query adds a few arrays instead of looping in Python.
        self.postings: dict[str, tuple[np.ndarray, np.ndarray]] = {
            term: (np.array(positions, dtype=np.int32), np.array(contributions))
            for term, (positions, contributions) in collected.items()
        }
        self.vocabulary: dict[str, str] = {}  # folded surface word -> term
        for document in self.documents:
            for phrase in document.phrases:
                for word in words(phrase, language):
                    self.vocabulary.setdefault(word, stem_word(word, language))
        self._vocabulary_words = list(self.vocabulary)
        self._phrases: list[str] = []
        self._phrase_owner: list[int] = []
        for position, document in enumerate(self.documents):
            for phrase in document.phrases:
                self._phrases.append(phrase)
                self._phrase_owner.append(position)

    def _query_terms(self, question: str) -> dict[str, float]:
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

    def search(self, question: str, limit: int = 10) -> list[Scored]:
        """Entries scored for the question, best first."""
        terms = self._query_terms(question)
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

    def _near_copies(self, folded: str, lexical: np.ndarray, limit: int) -> dict[int, float]:
        """Documents with a known question or title close to the question, scored 0–1."""
        if len(self._phrases) <= FUZZY_SCAN_ALL:
            choices: Sequence[str] = self._phrases
            owners: Sequence[int] = self._phrase_owner
        else:
            count = min(FUZZY_CANDIDATES, len(lexical))
            candidates = set(np.argpartition(-lexical, count - 1)[:count].tolist())
            pairs = [
                (p, o)
                for p, o in zip(self._phrases, self._phrase_owner, strict=True)
                if o in candidates
            ]
            choices = [phrase for phrase, _ in pairs]
            owners = [owner for _, owner in pairs]
        fuzzy: dict[int, float] = {}
        for _, similarity, index in process.extract(
            folded, choices, scorer=fuzz.token_sort_ratio, limit=limit * 3, score_cutoff=FUZZY_FLOOR
        ):
            owner = owners[index]
            value = (similarity - FUZZY_FLOOR) / (100 - FUZZY_FLOOR)
            fuzzy[owner] = max(fuzzy.get(owner, 0.0), value)
        return fuzzy


def _document(
    entry: Entry,
    language: str,
    knowledge: KnowledgeBase,
    learned: Sequence[str],
) -> _Document:
    shown = entry.best_language(language)
    localized = entry.languages[shown]
    topic = knowledge.topics.get(entry.topic)
    topic_name = topic.name(language) if topic else ""
    questions = list(localized.questions) + list(learned)
    fields = {
        "questions": [term for question in questions for term in tokens(question, language)],
        "title": tokens(localized.title, language),
        "keywords": [term for keyword in localized.keywords for term in tokens(keyword, language)],
        "topic": tokens(topic_name, language),
        "text": tokens(localized.text, language),
    }
    phrases = tuple(fold(text, language) for text in [*questions, localized.title])
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
        documents = [
            _document(entry, language, knowledge, learned.get(entry.id, {}).get(language, ()))
            for entry in knowledge.entries.values()
        ]
        indexes[language] = LanguageIndex(language, documents)
    return indexes
