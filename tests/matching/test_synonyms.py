"""A synonym group makes a question in everyday words match the texts' words, and only that."""

from __future__ import annotations

import dataclasses

import pytest

from bot.knowledge.model import LANGUAGES, KnowledgeBase, Synonym
from bot.matching.analysis import stopwords, tokens, words
from bot.matching.index import build_indexes
from bot.matching.matcher import Matcher

GROUPS = {
    "en": (
        Synonym(("the machines",), ("teachers",)),
        Synonym(("old folks",), ("older people",)),
    ),
    "zh": (Synonym(("电脑",), ("人工智能",)),),
}


@pytest.fixture(scope="module")
def with_groups(knowledge: KnowledgeBase) -> KnowledgeBase:
    return dataclasses.replace(knowledge, synonyms=GROUPS)


def test_a_said_word_brings_the_means_and_an_unknown_one_is_left_out(
    with_groups: KnowledgeBase,
) -> None:
    index = build_indexes(with_groups, ["en"])["en"]
    terms = index.query_terms("folks getting left behind")  # "old" missing: no group
    assert "older" not in terms
    terms = index.query_terms("old folks getting left behind")
    assert {"older", "peopl"} <= terms.keys()
    assert "folk" not in terms  # unknown to the index: searched as the texts' words instead
    assert terms["older"] == 1.0  # not a typo correction


def test_a_phrase_of_words_the_index_knows_brings_nothing(with_groups: KnowledgeBase) -> None:
    """ "machines" is a word of the texts: it finds them already, a synonym would only blur it."""
    index = build_indexes(with_groups, ["en"])["en"]
    assert "machin" in index.idf
    terms = index.query_terms("will the machines take over")
    assert "machin" in terms
    assert "teacher" not in terms
    assert terms.synonyms == frozenset()


def test_the_terms_a_group_brought_are_named(with_groups: KnowledgeBase) -> None:
    index = build_indexes(with_groups, ["en"])["en"]
    terms = index.query_terms("teachers and old folks")
    assert terms.synonyms == {"older", "peopl"}  # "teacher" is the question's own


def test_english_phrases_match_as_written_not_by_stem(knowledge: KnowledgeBase) -> None:
    """Stems join words that mean nothing alike: Spanish "Madrid" and "madres" are both "madr"."""
    grouped = dataclasses.replace(knowledge, synonyms={"es": (Synonym(("madres",), ("padres",)),)})
    index = build_indexes(grouped, ["es"])["es"]
    assert index.query_terms("horarios del tren Madrid Sevilla").synonyms == frozenset()
    assert index.query_terms("las madres y la IA").synonyms


def test_a_phrase_with_a_stopword_needs_that_word_too(knowledge: KnowledgeBase) -> None:
    """ "catch-all" is "catch" and "all", a stopword: "so we can catch up" does not say it."""
    grouped = dataclasses.replace(
        knowledge, synonyms={"en": (Synonym(("catch-all",), ("complexity",)),)}
    )
    index = build_indexes(grouped, ["en"])["en"]
    assert index.query_terms("so we can catch up").synonyms == frozenset()
    assert index.query_terms("AI is a catch-all word").synonyms == {"complex"}


def test_chinese_groups_work_on_bigrams(with_groups: KnowledgeBase) -> None:
    index = build_indexes(with_groups, ["zh"])["zh"]
    terms = index.query_terms("以后上课放台电脑就够了")
    assert {"人工", "工智", "智能"} <= terms.keys()


def test_groups_change_the_search_only_in_their_language(
    knowledge: KnowledgeBase, with_groups: KnowledgeBase
) -> None:
    plain, grouped = (
        build_indexes(knowledge, ["fr"])["fr"],
        build_indexes(with_groups, ["fr"])["fr"],
    )
    question = "robots et enseignants"
    assert plain.query_terms(question) == grouped.query_terms(question)


def test_a_question_in_everyday_words_finds_the_paragraph(with_groups: KnowledgeBase) -> None:
    question = "old folks getting left behind by all this smart tech, what do they say about that?"
    assert Matcher(with_groups).analyse(question, "en").matches[0].entry_id == "bc-21"


def test_every_shipped_group_means_words_the_texts_use(knowledge: KnowledgeBase) -> None:
    """A group whose ``means`` no text uses would do nothing: each of its words must be known."""
    indexes = build_indexes(knowledge, LANGUAGES)
    unknown = []
    for language, groups in knowledge.synonyms.items():
        index, stop = indexes[language], stopwords(language)
        for group in groups:
            for phrase in group.means:
                found = [
                    term
                    for word in words(phrase, language)
                    if word not in stop
                    for term in tokens(word, language)
                ]
                if not found or any(term not in index.idf for term in found):
                    unknown.append((language, phrase))
    assert unknown == []
