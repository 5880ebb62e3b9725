"""The index built in batches is the index built text by text: the same to the last bit.

``build_indexes`` analyses a language's texts all at once (``analysis.Pieces``): cut into pieces
at spaces (and at Chinese punctuation), each distinct piece folded once, many pieces in one pass.
The reference below builds the index the way it was built before, each text by itself through
``tokens``, ``fold`` and ``words``, and BM25F term by term as the definition reads; the two must
agree on every document's terms per field (ids included), phrases, vocabulary, idf and postings,
on the shipped knowledge and on adversarial texts.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Mapping, Sequence
from unittest import mock

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.knowledge.model import (
    LANGUAGES,
    Addressee,
    Entry,
    KnowledgeBase,
    LocalizedEntry,
    Origin,
    Topic,
)
from bot.matching import analysis
from bot.matching.analysis import SEPARATOR, Pieces, fold, fold_each, stem_word, tokens, words
from bot.matching.index import (
    FIELD_WEIGHTS,
    LanguageIndex,
    _first_appearances,
    _stable_order,
    build_indexes,
)
from tests.matching.bm25f_reference import bm25f

Learned = Mapping[str, Mapping[str, Sequence[str]]]
BATCHES = [1, 2, 3, 4096]  # texts per batch: one by one, a few, all


@dataclasses.dataclass
class Reference:
    """An index as the definitions read, built text by text."""

    terms: list[str]  # by id, in order of first appearance
    entry_ids: list[str]
    fields: list[dict[str, list[int]]]  # per document: field -> term ids
    phrases: list[tuple[str, ...]]
    vocabulary: dict[str, str]
    idf: dict[str, float]
    postings: dict[str, dict[int, float]]
    unknown_idf: float


def reference_index(knowledge: KnowledgeBase, language: str, learned: Learned) -> Reference:
    """The index built as before batching: each text analysed by itself, in entry order."""
    term_ids: dict[str, int] = {}

    def ids(texts: Sequence[str]) -> list[int]:
        analysed = [term for text in texts for term in tokens(text, language)]
        return [term_ids.setdefault(term, len(term_ids)) for term in analysed]

    entry_ids, fields, phrases, overviews = [], [], [], []
    for entry in knowledge.entries.values():
        local = entry.languages[entry.best_language(language)]
        topic = knowledge.topics.get(entry.topic)
        overviews.append(topic is not None and topic.source is None)
        questions = [*local.questions, *learned.get(entry.id, {}).get(language, ())]
        entry_ids.append(entry.id)
        fields.append(
            {
                "questions": ids(questions),
                "title": ids([local.title]),
                "keywords": ids(local.keywords),
                "topic": ids([topic.name(language) if topic else ""]),
                "text": ids([local.text]),
            }
        )
        phrases.append(tuple(fold(text, language) for text in [*questions, local.title]))
    vocabulary: dict[str, str] = {}
    for phrase in dict.fromkeys(phrase for document in phrases for phrase in document):
        for word in words(phrase, language):
            vocabulary.setdefault(word, stem_word(word, language))
    terms = list(term_ids)
    idf, postings, unknown_idf = bm25f(
        [{n: [terms[i] for i in f[n]] for n in f} for f in fields], overviews
    )
    return Reference(terms, entry_ids, fields, phrases, vocabulary, idf, postings, unknown_idf)


def assert_same(index: LanguageIndex, expected: Reference) -> None:
    assert [document.entry_id for document in index.documents] == expected.entry_ids
    for document, fields, phrases in zip(
        index.documents, expected.fields, expected.phrases, strict=True
    ):
        assert list(document.fields) == list(FIELD_WEIGHTS)
        assert {name: ids.tolist() for name, ids in document.fields.items()} == fields
        assert all(ids.dtype == np.int32 for ids in document.fields.values())
        assert document.phrases == phrases
    assert index._phrases == [phrase for phrases in expected.phrases for phrase in phrases]
    assert list(index.vocabulary.items()) == list(expected.vocabulary.items())
    # The ids of the fields name the same terms: the idf lists every term, in id order.
    assert list(index.idf.items()) == [(term, expected.idf[term]) for term in expected.terms]
    assert index.unknown_idf == expected.unknown_idf
    assert list(index.postings) == expected.terms
    for term, (positions, contributions) in index.postings.items():
        assert positions.dtype == np.int32
        assert positions.tolist() == sorted(expected.postings[term])
        assert contributions.tolist() == [expected.postings[term][p] for p in positions.tolist()]


def copied(knowledge: KnowledgeBase, factor: int) -> KnowledgeBase:
    """Every entry copied under new ids, sharing its texts (as bench.speed's copies do)."""
    entries = {}
    for copy in range(factor):
        for entry in knowledge.entries.values():
            new_id = entry.id if copy == 0 else f"{entry.id}-copy{copy}"
            entries[new_id] = dataclasses.replace(entry, id=new_id)
    return dataclasses.replace(knowledge, entries=entries)


def some_learned(knowledge: KnowledgeBase) -> dict[str, dict[str, list[str]]]:
    """Learned questions for a few entries: new ones, an empty one, one the entry has already."""
    learned: dict[str, dict[str, list[str]]] = {}
    for number, entry in enumerate(list(knowledge.entries.values())[::7]):
        for language in LANGUAGES:
            local = entry.languages[entry.best_language(language)]
            asked = [f"Question {number} n'est-ce pas l’école ?", "", *local.questions[:1]]
            learned.setdefault(entry.id, {})[language] = asked
    return learned


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_knowledge_is_indexed_as_text_by_text(
    knowledge: KnowledgeBase, language: str
) -> None:
    assert_same(
        build_indexes(knowledge, [language])[language], reference_index(knowledge, language, {})
    )
    learned = some_learned(knowledge)
    index = build_indexes(knowledge, [language], learned)[language]
    assert_same(index, reference_index(knowledge, language, learned))


@pytest.mark.parametrize("language", ["fr", "zh", "ar"])
@pytest.mark.parametrize("batch", [1, 7, 500])
def test_any_batch_size_gives_the_same_index(
    knowledge: KnowledgeBase, language: str, batch: int
) -> None:
    with mock.patch.object(analysis, "_BATCH_TEXTS", batch):
        index = build_indexes(knowledge, [language])[language]
    assert_same(index, reference_index(knowledge, language, {}))


@pytest.mark.parametrize("language", ["en", "zh"])
def test_copies_sharing_their_texts_are_indexed_as_the_others(
    knowledge: KnowledgeBase, language: str
) -> None:
    base = copied(knowledge, 3)
    learned = some_learned(base)
    assert_same(build_indexes(base, [language])[language], reference_index(base, language, {}))
    index = build_indexes(base, [language], learned)[language]
    assert_same(index, reference_index(base, language, learned))


# Pieces of adversarial text: what folding changes, what it removes, what it must not let texts
# or pieces reach across (the characters texts are cut at and the separators, inside texts).
MARKERS = [chr(0xE000 + number) for number in range(12)]
ATOMS = [
    *[" ", "  ", " ", "\t", "\n", "\r\n", "\u00a0", "\u3000", "\u2009", "\x1c", "\x85"],
    *["'", "’", "‘", "`", "´", "ʼ", "l'", "L’", "qu'", "jusqu'", "d'", "c'", "aujourd'hui"],
    *[SEPARATOR, *MARKERS, "，", "：", "；", "？", "！", "（", "）", "。", "、", ",", "?", "."],
    *["人工智能", "教育", "老师", "的", "是", "什么", "人", "AI", "ai会让", "北京共识"],
    *["ﬁ", "ﬂ", "ﬅ", "㎏", "①", "Ⅻ", "ＡＢ", "１２", "ｶﾞ", "ﾞ", "ſ", "ß", "ẞ", "İ", "ǅ", "ŉ"],
    *["\u0301", "\u0327", "\u0308", "\u0483", "e\u0301", "a\u0328\u0301", "\u1100\u1161", "\u11a8"],
    *["\x00", "\x07", "\x0b", "\x1f", "\x7f", "\x9f"],
    *["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e", "\u2066"],
    *["الـمُعلّمين", "إِلى", "آ", "ٱ", "ى", "ة", "والبيانات", "٣"],
    *["ёЁ", "учёба", "ИИ", "учителей", "4", "42", "👍🏽", "\ud800", "¿", "¡", "-", "_"],
    *["Données", "élèves", "Teachers", "teaching", "the", "les", "de", "la", "y", "and"],
]
TEXT = st.lists(st.sampled_from(ATOMS) | st.text(max_size=3), max_size=9).map("".join)
TEXTS = st.lists(TEXT, max_size=3).map(tuple)
EXAMPLES = settings(
    max_examples=120,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@st.composite
def localized(draw: st.DrawFn) -> LocalizedEntry:
    return LocalizedEntry(draw(TEXT), draw(TEXT), Origin.OFFICIAL, draw(TEXTS), draw(TEXTS))


@st.composite
def knowledge_bases(draw: st.DrawFn) -> tuple[KnowledgeBase, Learned]:
    """A few entries in some languages, some sharing their texts, some with learned questions."""
    names = {language: draw(TEXT) for language in LANGUAGES if draw(st.booleans())}
    topics = {"t": Topic("t", None, 0, Addressee.PUBLIC, {**names, "en": draw(TEXT)}, {})}
    entries: dict[str, Entry] = {}
    for number in range(draw(st.integers(1, 4))):
        languages = draw(st.lists(st.sampled_from(LANGUAGES), min_size=1, max_size=3, unique=True))
        texts = {language: draw(localized()) for language in languages}
        topic = draw(st.sampled_from(["t", "missing"]))
        entries[f"e{number}"] = Entry(f"e{number}", "s", topic, None, (), texts)
        if draw(st.booleans()):  # a copy, sharing the texts to the object
            entries[f"e{number}-copy"] = dataclasses.replace(entries[f"e{number}"], id=f"c{number}")
    learned = {
        entry: {language: list(draw(TEXTS)) for language in LANGUAGES if draw(st.booleans())}
        for entry in entries
        if draw(st.booleans())
    }
    return KnowledgeBase({}, topics, entries), learned


@EXAMPLES
@given(knowledge_bases(), st.sampled_from(BATCHES))
def test_adversarial_texts_are_indexed_as_text_by_text(
    drawn: tuple[KnowledgeBase, Learned], batch: int
) -> None:
    base, learned = drawn
    with mock.patch.object(analysis, "_BATCH_TEXTS", batch):
        indexes = build_indexes(base, LANGUAGES, learned)
    for language in LANGUAGES:
        assert_same(indexes[language], reference_index(base, language, learned))


# Separators and markers standing as pieces of their own, beside the punctuation they stand for.
AMBIGUOUS = ["a，b", f"{MARKERS[2]}", f"x {SEPARATOR} y", SEPARATOR, f"（{MARKERS[3]}） ", ""]


@EXAMPLES
@given(st.lists(TEXT, max_size=12), st.sampled_from(LANGUAGES), st.sampled_from(BATCHES))
@example(AMBIGUOUS, "zh", 4096)
@example(AMBIGUOUS[::-1], "zh", 2)
@example(["l' l'l' qu'", "ﬁ ſ", "\u0301e \u0301", "人工 智能AI会", ""], "fr", 4096)
def test_pieces_fold_and_find_words_as_each_text(
    texts: list[str], language: str, batch: int
) -> None:
    with mock.patch.object(analysis, "_BATCH_TEXTS", batch):
        assert fold_each(texts, language) == [fold(text, language) for text in texts]
        pieces = Pieces(texts, language)
        folded = pieces.folded_texts(pieces.ids, pieces.kinds, pieces.ends)
        found = [
            word
            for batch_words in pieces.words(range(len(pieces.distinct)))
            for word in batch_words
        ]
    assert folded == [fold(text, language) for text in texts]
    # Each distinct piece's words, ended by SEPARATOR; a text's are its pieces', in order.
    of_piece: list[list[str]] = [[]]
    for word in found:
        if word == SEPARATOR:
            of_piece.append([])
        else:
            of_piece[-1].append(word)
    starts = [0, *pieces.ends.tolist()]
    for number, text in enumerate(texts):
        ids = pieces.ids[starts[number] : starts[number + 1]].tolist()
        assert [word for piece in ids for word in of_piece[piece]] == words(text, language)


def test_the_characters_texts_are_cut_at_compose_with_nothing() -> None:
    """What Pieces relies on: no step of the fold reaches across a space, SEPARATOR or marker.

    Each is a starter that is part of no canonical pair (so NFKC and NFC neither reorder nor
    compose across it), is not a word character, and folds to itself or, for the punctuation,
    to a character just as inert.
    """
    composed: set[str] = set()  # the characters of canonical pairs (singletons never compose)
    for code in range(0x110000):
        decomposition = unicodedata.decomposition(chr(code)).split()
        if len(decomposition) == 2 and not decomposition[0].startswith("<"):
            composed.update(chr(int(part, 16)) for part in decomposition)
    punctuation = list(analysis._PUNCTUATION)
    inert = [" ", SEPARATOR, *analysis._MARKERS.values(), *punctuation]
    inert += [unicodedata.normalize("NFKD", mark) for mark in punctuation]
    for character in inert:
        assert character not in composed, repr(character)
        assert not 0x1100 <= ord(character) <= 0x11FF  # Hangul jamo compose by rule
        assert unicodedata.combining(character) == 0
        assert character not in "_'"
        assert not character.isalnum()
        assert analysis._SPECIAL.search(character) is None
        for language in LANGUAGES:
            assert fold(character, language) in inert
            assert words(character, language) == []


def test_radix_order_is_the_stable_order() -> None:
    generator = np.random.default_rng(7)
    for high in (10, 70_000, 2**31 - 1):
        values = generator.integers(0, high, 5000).astype(np.int32)
        assert _stable_order(values).tolist() == np.argsort(values, kind="stable").tolist()
    ids = generator.integers(0, 50, 400)
    assert _first_appearances(ids).tolist() == list(dict.fromkeys(ids.tolist()))
