"""The vectorised index holds exactly what the BM25F definition says, and builds fast."""

from __future__ import annotations

import dataclasses
import time

import numpy as np
import pytest

from bot.knowledge.model import LANGUAGES, KnowledgeBase
from bot.matching.analysis import fold, stem_word, tokens, words
from bot.matching.index import (
    SOURCE_NAME_SHARE,
    LanguageIndex,
    build_indexes,
)
from tests.matching.bm25f_reference import bm25f


def scaled(knowledge: KnowledgeBase, factor: int) -> KnowledgeBase:
    entries = {}
    for copy in range(factor):
        for entry in knowledge.entries.values():
            new_id = entry.id if copy == 0 else f"{entry.id}-copy{copy}"
            entries[new_id] = dataclasses.replace(entry, id=new_id, related=())
    return dataclasses.replace(knowledge, entries=entries)


def reference(
    knowledge: KnowledgeBase, language: str
) -> tuple[dict[str, float], dict[str, dict[int, float]]]:
    """IDF and postings computed term by term, entry by entry, as the definition reads."""
    fields_of = []
    overview = []  # an entry of a topic the project made: its text weighs less
    for entry in knowledge.entries.values():
        local = entry.languages[entry.best_language(language)]
        topic = knowledge.topics.get(entry.topic)
        overview.append(topic is not None and topic.source is None)
        fields_of.append(
            {
                "questions": [t for q in local.questions for t in tokens(q, language)],
                "title": tokens(local.title, language),
                "keywords": [t for k in local.keywords for t in tokens(k, language)],
                "topic": tokens(topic.name(language), language) if topic else [],
                "text": tokens(local.text, language),
            }
        )
    idf, postings, _ = bm25f(fields_of, overview)
    return idf, postings


@pytest.mark.parametrize("language", LANGUAGES)
def test_postings_and_idf_are_those_of_the_definition(
    knowledge: KnowledgeBase, language: str
) -> None:
    index = build_indexes(knowledge, [language])[language]
    idf, postings = reference(knowledge, language)
    assert index.idf == idf  # exactly: same operations in the same order
    assert set(index.postings) == set(postings)
    for term, (positions, contributions) in index.postings.items():
        assert positions.dtype == np.int32
        assert list(positions) == sorted(postings[term])
        assert contributions.tolist() == [postings[term][p] for p in positions.tolist()]


def test_a_typo_is_never_corrected_into_a_stopword(knowledge: KnowledgeBase) -> None:
    """ "hand" is one letter from "and", which the index drops: it stays an unknown word."""
    index: LanguageIndex = build_indexes(knowledge, ["en"])["en"]
    assert "and" in index.vocabulary
    terms = index.query_terms("hand over the know-how")
    assert "and" not in terms
    assert all(term in index.idf or weight == 1.0 for term, weight in terms.items())


def test_typo_vocabulary_and_phrases_keep_their_order(knowledge: KnowledgeBase) -> None:
    index: LanguageIndex = build_indexes(knowledge, ["fr"])["fr"]
    expected: dict[str, str] = {}
    phrases = []
    for entry in knowledge.entries.values():
        local = entry.languages[entry.best_language("fr")]
        for text in [*local.questions, local.title]:
            phrases.append(fold(text, "fr"))
            for word in words(phrases[-1], "fr"):
                expected.setdefault(word, stem_word(word, "fr"))
    assert list(index.vocabulary.items()) == list(expected.items())
    assert index._phrases == phrases


def test_copies_rank_like_the_original_and_the_build_stays_fast(
    knowledge: KnowledgeBase,
) -> None:
    start = time.perf_counter()
    big = build_indexes(scaled(knowledge, 20), LANGUAGES)
    assert time.perf_counter() - start < 10  # about 0.3 s on a 2-core machine
    small = build_indexes(knowledge, ["en"])["en"]
    best = big["en"].search("can robots replace teachers", limit=20)
    assert (
        best[0].entry_id.split("-copy")[0]
        == small.search("can robots replace teachers")[0].entry_id
    )


@pytest.mark.parametrize(
    ("language", "question"),
    [
        ("en", "What does the Beijing Consensus say about teacher training?"),
        ("fr", "Que dit le Consensus de Beijing sur la formation des enseignants ?"),
        ("zh", "北京共识对教师培训有什么建议？"),
    ],
)
def test_a_question_naming_the_consensus_is_matched_by_all_its_paragraphs(
    knowledge: KnowledgeBase, language: str, question: str
) -> None:
    index = build_indexes(knowledge, [language])[language]
    consensus = {
        number
        for number, document in enumerate(index.documents)
        if knowledge.entries[document.entry_id].source == "beijing-consensus"
    }
    assert index.named_postings
    for term, (positions, contributions) in index.named_postings.items():
        plain = dict(zip(*(array.tolist() for array in index.postings[term]), strict=True))
        floor = SOURCE_NAME_SHARE * max(plain.values())
        named = dict(zip(positions.tolist(), contributions.tolist(), strict=True))
        assert consensus <= set(named)
        assert all(named[p] == max(plain.get(p, 0.0), floor) for p in consensus)
        assert all(named[p] == plain[p] for p in set(named) - consensus)
    best = index.search(question, limit=3)[0].entry_id
    assert best.startswith("bc-"), best  # a paragraph on teachers, not the overview


def test_the_city_alone_is_not_the_document(knowledge: KnowledgeBase) -> None:
    """The city alone ("Beijing", no "Consensus") may be the conference: plain postings."""
    index = build_indexes(knowledge, ["en"])["en"]
    plain = index.search("the Beijing conference venue", limit=50)
    spread = index.search("the Beijing Consensus conference venue", limit=50)
    assert len(spread) > len(plain)


def test_an_instrument_named_before_a_clause_naming_the_consensus_weighs_less(
    knowledge: KnowledgeBase,
) -> None:
    """We are drafting an AI law; what does the Consensus recommend on teacher training? The law
    is context, the teachers are asked: the paragraph on data laws must not win."""
    index = build_indexes(knowledge, ["es"])["es"]
    question = (
        "Estamos redactando una ley de IA; ¿qué recomienda el Consenso de Beijing sobre la "
        "formación docente?"
    )
    terms = index.query_terms(question)
    assert terms.context == {stem_word("ley", "es")}  # other context words keep their weight
    assert index.search(question, limit=3, terms=terms)[0].entry_id == "bc-13"
    # Without the Consensus named last, the law may be the subject: nothing weighs less.
    assert not index.query_terms("Estamos redactando una ley de IA; ¿qué hacer?").context
    assert not index.query_terms("¿Qué dice el Consenso de Beijing sobre una ley de IA?").context
