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

import gc
import math
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from typing import NamedTuple

import numpy as np
from rapidfuzz import fuzz, process

from bot.knowledge.model import KnowledgeBase, LocalizedEntry, Synonym
from bot.matching.analysis import (
    SEPARATOR,
    Pieces,
    fold,
    stem_word,
    stopwords,
    tokens,
    word_terms,
    words,
)
from bot.matching.references import (
    BEIJING_CONSENSUS,
    BEIJING_NAMES,
    CONSENSUS_NAMES,
    context_end,
    instrument_words,
    names_consensus,
)
from bot.matching.references import fold as fold_reference

_PHRASE_FIELDS = ("questions", "title")  # compared with a question as near-copies
# What an instrument named as context weighs, beside the question's other words, when the last
# clause names the Consensus (``LanguageIndex._context_terms``): nothing. It was a quarter of a
# word; with the asked questions, many of which ask about laws, a quarter of "ley" was enough for
# the paragraph on data laws to pass the one on teacher training, and weighing nothing costs no
# answer in cross-validation.
CONTEXT_WEIGHT = 0.0
# The alternate questions weigh 1.5 and K1 is 3.5 (were 3.0 and 1.2): a term that an entry's
# alternate questions, title and keywords repeat saturates later, so it tells that entry from
# one that mentions it once. Chosen on the top-1 of bench/data/eval and bench/data/fresh (issue
# 10, docs/benchmarks.md), then judged by cross-validation.
FIELD_WEIGHTS = {
    "questions": 1.5,
    "title": 2.5,
    "keywords": 2.0,
    "topic": 0.8,
    "text": 1.0,
}
K1 = 3.5
# Languages whose synonym phrases are matched as written (folded), not by their stems.
SURFACE_LANGUAGES = frozenset({"en", "fr", "es"})
B = 0.75
TYPO_MIN_LENGTH = 4
TYPO_CUTOFF = 85.0
TYPO_MAX_LENGTH_CHANGE = 2
CORRECTED_WEIGHT = 0.8
# An overview of a source (an entry of a topic the project made, ``about``) describes the
# document: what it is, who adopted it, its headings. Its text names in passing what the
# paragraphs are about ("teachers", "research", "Arabic"), so a long question that names the
# Consensus would match it on those words rather than the paragraph it asks about; its text
# counts for this share of a paragraph's, and its title, questions and keywords in full.
OVERVIEW_TEXT_WEIGHT = 0.2
# A question that names a source ("what does the Beijing Consensus say about teachers?") is
# about any of its entries, not only about those whose fields name it (the overview, the first
# and last paragraphs): each term of the source's names counts for every entry of the source at
# least this share of the most it counts for any of them. Only when the question names the
# document ("consensus", "共识"): "Beijing" alone may be the city or the conference.
SOURCE_NAME_SHARE = 0.7
_MORE_NAMES = ("пекинский",)  # the adjective: "Пекинский консенсус" (its stem is not "пекин")
FUZZY_FLOOR = 60.0  # token_sort_ratio below this says nothing about a near-copy
FUZZY_WEIGHT = 0.6
# Up to this many known phrases, every one is compared with the question; beyond it (a knowledge
# base many times today's), only the phrases of the best lexical candidates are, to stay fast.
FUZZY_SCAN_ALL = 20_000
FUZZY_CANDIDATES = 50


class QueryTerms(dict[str, float]):
    """A question's terms with their weights, which of them its synonym groups brought, and the
    terms of its own words (before synonyms and typo corrections)."""

    synonyms: frozenset[str] = frozenset()
    own: frozenset[str] = frozenset()
    context: frozenset[str] = frozenset()  # an instrument's, named only as context


@dataclass(frozen=True)
class Scored:
    """One entry's score for a question, with the parts it is made of (for calibration)."""

    entry_id: str
    score: float
    lexical: float
    fuzzy: float


class _Values(NamedTuple):
    """Values of items, item after item: how many each item has, and all of them in order."""

    counts: np.ndarray
    flat: np.ndarray


class _Document(NamedTuple):
    entry_id: str
    phrases: tuple[str, ...]  # folded questions and title, for near-copy matching
    # Every document's fields' term ids, one cell (a field of a document) after the other; this
    # document's are cells number * len(FIELD_WEIGHTS) on. Kept whole, not split per document.
    cells: _Values
    number: int

    @property
    def fields(self) -> dict[str, np.ndarray]:
        """Field -> term ids (into the index's terms), in text order; made when asked for."""
        first = self.number * len(FIELD_WEIGHTS)
        start = int(self.cells.counts[:first].sum())
        arrays = []
        for length in self.cells.counts[first : first + len(FIELD_WEIGHTS)].tolist():
            arrays.append(self.cells.flat[start : start + length])
            start += length
        return dict(zip(FIELD_WEIGHTS, arrays, strict=True))


def _first_appearances(ids: np.ndarray) -> np.ndarray:
    """The distinct values of ``ids`` (non-negative), in order of first appearance."""
    if not len(ids):
        return ids
    first = np.full(int(ids.max()) + 1, len(ids), dtype=np.int64)
    np.minimum.at(first, ids, np.arange(len(ids), dtype=np.int64))
    present = np.flatnonzero(first < len(ids))
    return present[np.argsort(first[present])]


def _spans(
    counts: np.ndarray, ids: np.ndarray, group_ends: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Where the values of the items ``ids`` names are, one after the other, and how many each
    group of them has.

    Items have ``counts`` values each, item after item in some array; group g is made of
    ``ids[group_ends[g - 1]:group_ends[g]]``: a text of pieces, a field of texts.
    """
    firsts = np.cumsum(counts) - counts  # where each item's values start
    per_id = counts[ids]
    after = np.cumsum(per_id)
    # The k-th id's values are at firsts[its item] + j for j below its count, listed from
    # after[k] - per_id[k] on.
    shift = np.repeat(firsts[ids] - (after - per_id), per_id)
    where = shift + np.arange(len(shift), dtype=np.int64)
    bounds = np.concatenate((np.zeros(1, dtype=np.int64), after))[group_ends]
    return where, np.diff(bounds, prepend=0)


def _gather(values: _Values, ids: np.ndarray, group_ends: np.ndarray) -> _Values:
    """The values of the items ``ids`` names, one after the other, in groups (``_spans``).

    One numpy gather, whatever the number of items.
    """
    where, counts = _spans(values.counts, ids, group_ends)
    return _Values(counts, values.flat[where])


class _Analyser:
    """One language's analysis of the texts of one build, all analysed at once.

    At a hundred times today's knowledge base, analysing text by text (``tokens``, ``fold``)
    costs more in Python overhead than in work. So the texts are cut into pieces (``Pieces``),
    each distinct piece is analysed once, each distinct word of theirs turned into term ids
    once, and the term ids of texts are gathered with numpy. Texts are named by their position
    in ``texts``. Term ids are numbered in order of first appearance, text after text, as
    analysing the texts one by one in the same order numbers them.
    """

    def __init__(self, language: str, texts: Sequence[str]) -> None:
        self.language = language
        self.term_ids: dict[str, int] = {}
        self._pieces = Pieces(texts, language)
        # Each text's term ids (``analysis.tokens``).
        self.text_terms = _gather(self._piece_terms(), self._pieces.ids, self._pieces.ends)

    def _piece_terms(self) -> _Values:
        """The term ids of each distinct piece."""
        word_ids, found = self._word_ids()
        # A piece's words end with SEPARATOR, word 0, which has no terms.
        return _gather(self._word_terms(found), word_ids, np.flatnonzero(word_ids == 0) + 1)

    def _word_ids(self) -> tuple[np.ndarray, list[str]]:
        """The words of every distinct piece, as ids into the words in order of first appearance.

        Each piece's words end with ``SEPARATOR``, word 0.
        """
        positions: dict[str, int] = {SEPARATOR: 0}
        batches = [np.zeros(0, dtype=np.int64)]
        for found in self._pieces.words(range(len(self._pieces.distinct))):
            for word in dict.fromkeys(found):
                positions.setdefault(word, len(positions))
            batches.append(np.array(list(map(positions.__getitem__, found)), dtype=np.int64))
        return np.concatenate(batches), list(positions)

    def _word_terms(self, found: Sequence[str]) -> _Values:
        """The term ids of each word; ``SEPARATOR``, the first, has none."""
        term_ids = self.term_ids
        counts, flat = [0], []
        for word in found[1:]:
            terms = word_terms(word, self.language)
            counts.append(len(terms))
            for term in terms:
                flat.append(term_ids.setdefault(term, len(term_ids)))
        return _Values(np.array(counts, dtype=np.int64), np.array(flat, dtype=np.int32))

    def phrases(self, texts: np.ndarray) -> tuple[list[str], dict[str, str]]:
        """These texts folded (``analysis.fold``), and the vocabulary of their folds.

        The vocabulary is each word of the folded texts (``words``), in order of first
        appearance, with its term, for typo correction.
        """
        pieces = self._pieces
        ranges = np.diff(pieces.ends, prepend=0)  # how many pieces each text has
        where, counts = _spans(ranges, texts, np.arange(1, len(texts) + 1))
        ids = pieces.ids[where]
        folded = pieces.folded_texts(ids, pieces.kinds[where], np.cumsum(counts))
        vocabulary: dict[str, str] = {}
        for found in pieces.words_of_folds(_first_appearances(ids).tolist()):
            for word in dict.fromkeys(found):
                if word not in vocabulary and word != SEPARATOR:
                    vocabulary[word] = stem_word(word, self.language)
        return folded, vocabulary

    @property
    def terms(self) -> list[str]:
        """Every term met, by id."""
        return list(self.term_ids)


class LanguageIndex:
    """The index of one language: every entry, through its text in that language if it has one.

    ``cells`` are the term ids of every document's fields, document after document, field after
    field in ``FIELD_WEIGHTS`` order; ``terms`` names the ids; ``vocabulary`` maps each word of
    the documents' phrases (``words``), in order of first appearance, to its term.
    """

    def __init__(
        self,
        language: str,
        documents: Sequence[_Document],
        cells: _Values,
        terms: Sequence[str],
        vocabulary: Mapping[str, str],
        text_scales: Sequence[float] | None = None,
        named: Mapping[str, np.ndarray] | None = None,
        synonyms: Sequence[Synonym] = (),
    ) -> None:
        self.language = language
        self.documents = list(documents)
        count = len(self.documents)
        pair_terms, positions, weighted = _weighted_pairs(cells, count, text_scales)
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
        # The postings of the source's name terms for a question that names the source.
        self.named_postings: dict[str, tuple[np.ndarray, np.ndarray]] = {
            term: _spread(*self.postings[term], members)
            for term, members in (named or {}).items()
            if term in self.postings and len(members)
        }
        self.vocabulary = dict(vocabulary)  # folded surface word -> term
        # Typo corrections go only to words whose term the index holds: "hand" is not "and", a
        # stopword the index drops, which would count as a word of the question it cannot find.
        self._vocabulary_words = [
            word for word, term in self.vocabulary.items() if term in self.idf
        ]
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
        self._synonyms = _said_and_means(synonyms, language, self.idf)
        self._said_first: dict[str, list[int]] = {}  # a said phrase's first term -> its groups
        for number, (said, _) in enumerate(self._synonyms):
            self._said_first.setdefault(said[0], []).append(number)

    def query_terms(self, question: str) -> QueryTerms:
        """The question's terms with their weights; a misspelled word counts for less.

        A phrase of a synonym group (``knowledge/synonyms``: "robots", "old folks") brings the
        words the texts use for it ("AI", "older people"), and a word of it that the index does
        not know is left out: the question is searched as if it had used the texts' words. A
        word the index does not know otherwise is replaced by the nearest known word of similar
        length (``enseigants`` → ``enseignants``), at a lower weight, since the correction may be
        wrong.
        """
        stop = stopwords(self.language)
        written = words(question, self.language)
        found = [(word, tokens(word, self.language)) for word in written if word not in stop]
        said, means = self._synonyms_of(found, written)
        weights = QueryTerms()
        for word, terms in found:
            for term in terms:
                if (word in said or term in said) and term not in self.idf:
                    continue
                weight = 1.0
                if term not in self.idf and self.language != "zh":
                    corrected = self._correct(word)
                    if corrected is not None:
                        term, weight = corrected, CORRECTED_WEIGHT
                weights[term] = max(weights.get(term, 0.0), weight)
        brought = [term for term in means if term not in weights]
        for term in brought:
            weights[term] = 1.0
        weights.synonyms = frozenset(brought)
        weights.own = frozenset(term for _, terms in found for term in terms)
        weights.context = self._context_terms(question, weights)
        return weights

    def _context_terms(self, question: str, weights: QueryTerms) -> frozenset[str]:
        """The terms of an instrument named only as context, before a last clause that names
        the Consensus ("Estamos redactando una ley de IA; ¿qué recomienda el Consenso de Beijing
        sobre la formación docente?"): the law is why they ask, not what, and alone it pulled
        the paragraph on data laws ahead of the one on teachers. Other context words keep their
        weight: they often hold the subject ("… pupils' data. What does the Consensus say?")."""
        folded = fold_reference(question)
        start = context_end(folded)
        named = instrument_words(folded[:start]) if start else []
        if not named:
            return frozenset()
        asked = set(words(folded[start:], self.language))
        terms = {
            term for word in named if word not in asked for term in tokens(word, self.language)
        }
        return frozenset(term for term in terms if term in weights)

    def _synonyms_of(
        self, found: Sequence[tuple[str, Sequence[str]]], written: Sequence[str]
    ) -> tuple[set[str], list[str]]:
        """The words (or terms) of the question's synonym phrases, and the terms their groups
        mean (known to the index), in the groups' order.

        A phrase is the question's when all its keys are in the question (``_said_and_means``;
        ``written``: all its words, stopwords too, which the keys of a phrase matched as written
        keep: "catch-all" is not "catch up") and one at least is a word the index does not know:
        a word the texts use already finds them, and adding their synonyms to it only blurs
        what the question asks.
        """
        present = {key for word, terms in found for key in (word, *terms)} | set(written)
        said: set[str] = set()
        means: dict[str, None] = {}
        for key in present & self._said_first.keys():
            for number in self._said_first[key]:
                phrase, meant = self._synonyms[number]
                if not present.issuperset(phrase):
                    continue
                if any(
                    any(term not in self.idf for term in terms)
                    for word, terms in found
                    if word in phrase or any(term in phrase for term in terms)
                ):
                    said.update(phrase)
                    means.update(dict.fromkeys(meant))
        return said, list(means)

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
        context = terms.context if isinstance(terms, QueryTerms) else frozenset()
        share = {term: CONTEXT_WEIGHT if term in context else 1.0 for term in terms}
        information = sum(self.idf.get(term, self.unknown_idf) * share[term] for term in terms)
        lexical = np.zeros(len(self.documents))
        named = self.named_postings
        if not named or not names_consensus(fold_reference(question)):
            named = {}
        for term, weight in terms.items():
            found = named.get(term) or self.postings.get(term)
            if found is not None:
                positions, contributions = found
                lexical[positions] += weight * share[term] * contributions
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


def _said_and_means(
    synonyms: Sequence[Synonym], language: str, known: Mapping[str, float]
) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Each ``said`` phrase of the groups as its keys, with the terms of the group's ``means``
    that the index knows (a group whose means it does not know at all is left out).

    The keys are folded words in English, French and Spanish (``SURFACE_LANGUAGES``), whose
    groups list the forms people write: their stems join words that mean nothing alike
    ("Madrid" and "madres" are both "madr"). Elsewhere they are the terms: Russian groups rely on
    the stemmer for the cases, Chinese ones on bigrams, Arabic ones on the light stemmer.
    """
    stop = stopwords(language)
    surface = language in SURFACE_LANGUAGES

    def terms_of(phrase: str) -> tuple[str, ...]:
        found = [
            term
            for word in words(phrase, language)
            if word not in stop
            for term in tokens(word, language)
        ]
        return tuple(dict.fromkeys(found))

    result = []
    for synonym in synonyms:
        meant = tuple(
            dict.fromkeys(
                term for phrase in synonym.means for term in terms_of(phrase) if term in known
            )
        )
        if not meant:
            continue
        for phrase in synonym.said:
            # As written, every word counts, stopwords too: "catch-all" must not be "catch".
            said = tuple(dict.fromkeys(words(phrase, language))) if surface else terms_of(phrase)
            if said:
                result.append((said, meant))
    return result


def _spread(
    positions: np.ndarray, contributions: np.ndarray, members: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """A name term's postings, with every member of the named source given at least
    ``SOURCE_NAME_SHARE`` of its largest contribution."""
    values = dict(zip(positions.tolist(), contributions.tolist(), strict=True))
    floor = SOURCE_NAME_SHARE * float(contributions.max())
    for member in members.tolist():
        values[member] = max(values.get(member, 0.0), floor)
    order = sorted(values)
    return (
        np.array(order, dtype=positions.dtype),
        np.array([values[position] for position in order], dtype=contributions.dtype),
    )


def _weighted_pairs(
    values: _Values, count: int, text_scales: Sequence[float] | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every (term, document) pair of any field, with its BM25F weighted term frequency.

    The pairs come as their terms and documents (int32 positions), sorted: the postings, term
    after term, each in document order. As in BM25F, each field's term frequency is divided by
    the field's length norm, weighted, and the fields summed, in ``FIELD_WEIGHTS`` order as the
    definition reads. ``text_scales``: each document's text field weight, as a share of
    ``FIELD_WEIGHTS["text"]`` (all 1 when not given).
    """
    fields = len(FIELD_WEIGHTS)
    # A cell is one field of one document: cell = document * fields + field.
    lengths, terms = values
    cells = np.repeat(np.arange(count * fields, dtype=np.int32), lengths)
    # Sorted by term alone, stably, the terms stay in cell order within each term: sorted by
    # (term, document, field). Equal neighbours are one term's frequency in one cell.
    order = _stable_order(terms)
    terms, cells = terms[order], cells[order]
    starts = np.flatnonzero(_changes(terms, cells))
    frequencies = np.diff(starts, append=len(terms))
    terms, cells = terms[starts], cells[starts]
    field_weights = np.tile(np.array(list(FIELD_WEIGHTS.values())), count)
    if text_scales is not None:
        text = list(FIELD_WEIGHTS).index("text")
        field_weights[text::fields] *= np.asarray(text_scales, dtype=float)
    weights = field_weights[cells] * frequencies / _norms(lengths.reshape(count, fields))[cells]
    documents_of = np.repeat(np.arange(count, dtype=np.int32), fields)[cells]
    first = _changes(terms, documents_of)  # the first cell of each pair
    # bincount adds each pair's fields in order, from 0.0, as a sum field after field does.
    weighted = np.bincount(np.cumsum(first) - 1, weights=weights)
    return terms[first], documents_of[first], weighted


def _norms(lengths: np.ndarray) -> np.ndarray:
    """Each cell's BM25 length norm, from the documents' field lengths, cell after cell."""
    count = len(lengths)
    norms = []
    for column in lengths.T:
        total = int(column.sum())
        average = total / count if count else 1.0
        norms.append(1 - B + B * column / (average or 1.0))
    return np.stack(norms, axis=1).ravel()


def _changes(*columns: np.ndarray) -> np.ndarray:
    """Where a row of sorted columns differs from the row before (the first row always does)."""
    changed = np.zeros(len(columns[0]), dtype=bool)
    changed[:1] = True
    for column in columns:
        changed[1:] |= column[1:] != column[:-1]
    return changed


def _stable_order(values: np.ndarray) -> np.ndarray:
    """``np.argsort(values, kind="stable")`` for non-negative int32 values, 16 bits at a time.

    numpy sorts 16-bit integers by radix, in linear time, and wider ones by comparisons, several
    times slower: sorting stably by the low half, then by the high half, sorts by both.
    """
    order = np.argsort(values.astype(np.uint16), kind="stable")
    high = values >> 16
    if high.any():
        order = order[np.argsort(high[order].astype(np.uint16), kind="stable")]
    return order


def _sort_words(text: str) -> str:
    """The text's words in sorted order, as ``fuzz.token_sort_ratio`` compares them."""
    return " ".join(sorted(text.split()))


class _Content(NamedTuple):
    """What an entry is indexed with in one language: its texts, topic, learned questions."""

    localized: LocalizedEntry
    topic: str
    learned: tuple[str, ...]


def _contents(
    language: str, knowledge: KnowledgeBase, learned: Mapping[str, Mapping[str, Sequence[str]]]
) -> tuple[list[_Content], list[int]]:
    """The distinct contents of the entries in one language, and each entry's among them.

    Entries with the same texts, to the object (copies of an entry, which share them), are
    analysed once.
    """
    topics: dict[str, str] = {}  # topic id -> its name in the language
    contents: dict[tuple[int, str, tuple[str, ...]], int] = {}
    distinct: list[_Content] = []
    numbers = []
    for entry in knowledge.entries.values():
        localized = entry.languages[entry.best_language(language)]
        topic = topics.get(entry.topic)
        if topic is None:
            found = knowledge.topics.get(entry.topic)
            topic = topics[entry.topic] = found.name(language) if found else ""
        more = learned.get(entry.id)
        questions = tuple(more.get(language, ())) if more else ()
        number = contents.setdefault((id(localized), topic, questions), len(distinct))
        if number == len(distinct):
            distinct.append(_Content(localized, topic, questions))
        numbers.append(number)
    return distinct, numbers


def _texts(contents: Sequence[_Content]) -> tuple[list[str], np.ndarray]:
    """The contents' texts, and how many each of their fields has.

    Content after content, field after field: questions (with the learned ones), title,
    keywords, topic, text, the order of ``FIELD_WEIGHTS``. Flat, so that no container is made per
    content.
    """
    texts: list[str] = []
    questions, keywords = [], []
    for localized, topic, learned in contents:
        texts += localized.questions
        texts += learned
        texts.append(localized.title)
        texts += localized.keywords
        texts.append(topic)
        texts.append(localized.text)
        questions.append(len(localized.questions) + len(learned))
        keywords.append(len(localized.keywords))
    counts = np.ones((len(contents), len(FIELD_WEIGHTS)), dtype=np.int64)
    counts[:, 0], counts[:, 2] = questions, keywords
    return texts, counts.ravel()


def _index(
    language: str,
    knowledge: KnowledgeBase,
    learned: Mapping[str, Mapping[str, Sequence[str]]],
) -> LanguageIndex:
    """One language's index: every entry, through its text in that language if it has one."""
    contents, numbers = _contents(language, knowledge, learned)
    texts, cell_counts = _texts(contents)
    analyser = _Analyser(language, texts)
    cells = _cells(analyser.text_terms, cell_counts)
    # The phrases: each content's questions, then its title.
    in_phrases = np.isin(list(FIELD_WEIGHTS), _PHRASE_FIELDS)
    phrase_texts = np.flatnonzero(np.repeat(np.tile(in_phrases, len(contents)), cell_counts))
    folded, vocabulary = analyser.phrases(phrase_texts)
    sizes = cell_counts.reshape(len(contents), len(FIELD_WEIGHTS))[:, in_phrases].sum(axis=1)
    phrases = iter(folded)
    content_phrases = [tuple(islice(phrases, size)) for size in sizes.tolist()]
    if numbers != list(range(len(contents))):  # some entries share a content
        cells = _copied(cells, numbers)
    documents = [
        _Document(entry.id, content_phrases[content], cells, number)
        for number, (entry, content) in enumerate(
            zip(knowledge.entries.values(), numbers, strict=True)
        )
    ]
    text_scales = [
        OVERVIEW_TEXT_WEIGHT if is_overview(knowledge, entry.topic) else 1.0
        for entry in knowledge.entries.values()
    ]
    name_terms = {
        term
        for name in (*CONSENSUS_NAMES, *BEIJING_NAMES, *_MORE_NAMES)
        for word in words(name, language)
        for term in tokens(word, language)
    }
    members = np.array(
        [
            number
            for number, entry in enumerate(knowledge.entries.values())
            if entry.source == BEIJING_CONSENSUS
        ],
        dtype=np.int64,
    )
    named = dict.fromkeys(name_terms, members)
    return LanguageIndex(
        language,
        documents,
        cells,
        analyser.terms,
        vocabulary,
        text_scales,
        named,
        knowledge.synonyms.get(language, ()),
    )


def is_overview(knowledge: KnowledgeBase, topic_id: str) -> bool:
    """Whether entries of this topic are overviews: a topic the project made (no source)."""
    topic = knowledge.topics.get(topic_id)
    return topic is not None and topic.source is None


def _cells(text_terms: _Values, cell_counts: np.ndarray) -> _Values:
    """The term ids of each cell (a field of a content), from its texts', which are in order."""
    reached = np.concatenate((np.zeros(1, dtype=np.int64), np.cumsum(text_terms.counts)))
    cell_ends = np.concatenate((np.zeros(1, dtype=np.int64), np.cumsum(cell_counts)))
    return _Values(np.diff(reached[cell_ends]), text_terms.flat)


def _copied(cells: _Values, numbers: Sequence[int]) -> _Values:
    """The cells of each entry, from those of the contents (``numbers``: each entry's)."""
    per_content = cells.counts.reshape(-1, len(FIELD_WEIGHTS))
    contents = _Values(per_content.sum(axis=1), cells.flat)
    entries = _gather(contents, np.array(numbers, dtype=np.int64), np.arange(1, len(numbers) + 1))
    return _Values(per_content[numbers].ravel(), entries.flat)


def build_indexes(
    knowledge: KnowledgeBase,
    languages: Sequence[str],
    learned: Mapping[str, Mapping[str, Sequence[str]]] | None = None,
) -> dict[str, LanguageIndex]:
    """One index per language; ``learned`` maps entry id -> language -> questions editors linked."""
    learned = learned or {}
    with _collector_paused():
        return {language: _index(language, knowledge, learned) for language in languages}


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while the indexes are built.

    A build makes tens of thousands of small containers (documents, postings), and every few
    hundred of them start a collection, which walks the young objects: the build's lists of
    hundreds of thousands of texts and pieces among them. At a hundred times today's knowledge
    base that is a tenth of the build, for nothing: the build makes no reference cycles, and
    what it drops is freed by reference counting. The collector runs again after, if it ran
    before (another thread's collections wait for the build, a few seconds at most).
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()
