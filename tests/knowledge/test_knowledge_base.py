"""The shipped knowledge base: complete, in six languages, with official and project texts apart."""

from __future__ import annotations

import re

from bot.knowledge.model import LANGUAGES, TITLE_MAX_LENGTH, Addressee, KnowledgeBase, Origin

PROGRAMME_IDS = {
    "unesco-global-ai-training-public-sector",
    "unesco-programme-ai-public-sector",
    "unesco-digital-competency-framework",
    "unesco-mooc-digital-transformation-ai",
    "unesco-ai-tools-repository",
    "unesco-trainings-2025",
}


OVERVIEW_IDS = {"about-beijing-consensus", "about-unesco-global-ai-training"}


def test_all_44_paragraphs_six_programme_entries_and_two_overviews_in_six_languages(
    knowledge: KnowledgeBase,
) -> None:
    expected = {f"bc-{n:02d}" for n in range(1, 45)} | PROGRAMME_IDS | OVERVIEW_IDS
    assert set(knowledge.entries) == expected
    for entry in knowledge.entries.values():
        assert set(entry.languages) == set(LANGUAGES), entry.id
    for n in range(1, 45):
        assert knowledge.entries[f"bc-{n:02d}"].paragraph == n


def test_every_language_text_has_title_questions_and_keywords(knowledge: KnowledgeBase) -> None:
    for entry in knowledge.entries.values():
        for language, local in entry.languages.items():
            where = f"{entry.id}/{language}"
            assert 0 < len(local.title) <= TITLE_MAX_LENGTH, where
            assert len(local.questions) >= 14, where
            assert len(set(local.questions)) == len(local.questions), where
            assert local.keywords, where


def test_consensus_texts_are_official_and_programme_translations_are_marked(
    knowledge: KnowledgeBase,
) -> None:
    for entry in knowledge.entries.values():
        for language, local in entry.languages.items():
            if entry.id in OVERVIEW_IDS:
                assert local.origin is Origin.PROJECT, (entry.id, language)
            elif entry.id in PROGRAMME_IDS and language != "en":
                assert local.origin is Origin.PROJECT_TRANSLATION, (entry.id, language)
            else:
                assert local.origin is Origin.OFFICIAL, (entry.id, language)


def test_thirteen_consensus_topics_named_in_six_languages_with_addressees(
    knowledge: KnowledgeBase,
) -> None:
    topics = [t for t in knowledge.topics_in_order() if t.source == "beijing-consensus"]
    assert len(topics) == 13
    assert topics[0].names["en"] == "Preamble"
    assert topics[1].names["en"] == "Planning AI in education policies"
    assert topics[11].names["en"] == "Financing, partnership and international cooperation"
    addressees = [t.addressed_to for t in topics]
    assert addressees[0] is Addressee.PARTICIPANTS
    assert addressees[1:11] == [Addressee.GOVERNMENTS] * 10
    assert addressees[11] is Addressee.INTERNATIONAL_ORGANIZATIONS
    assert addressees[12] is Addressee.DIRECTOR_GENERAL
    for topic in topics:
        assert set(topic.names) == set(LANGUAGES), topic.id
        assert all(origin is Origin.OFFICIAL for origin in topic.name_origins.values())
    programme = knowledge.topics["unesco-programmes"]
    assert programme.name_origins["fr"] is Origin.PROJECT_TRANSLATION


def test_sources_have_six_titles_year_and_addressee_sentences(knowledge: KnowledgeBase) -> None:
    consensus = knowledge.sources["beijing-consensus"]
    assert consensus.year == 2019
    assert set(consensus.titles) == set(LANGUAGES)
    assert consensus.url
    assert consensus.url.startswith("https://unesdoc.unesco.org/")
    assert consensus.addressees["governments"]["en"].startswith("We RECOMMEND that governments")
    assert set(consensus.addressees["director-general"]) == set(LANGUAGES)
    programme = knowledge.sources["unesco-global-ai-training"]
    assert programme.url is None  # not verified, so not given
    assert programme.title_origins["ar"] is Origin.PROJECT_TRANSLATION


def test_related_entries_are_linked_both_ways(knowledge: KnowledgeBase) -> None:
    for entry in knowledge.entries.values():
        for other in entry.related:
            assert entry.id in knowledge.entries[other].related, (entry.id, other)


def test_no_extraction_defects_left(knowledge: KnowledgeBase) -> None:
    """What a fluent reader must not find: see tools/import_seed.py for each repair."""
    for entry in knowledge.entries.values():
        for language, local in entry.languages.items():
            text = local.text
            where = f"{entry.id}/{language}"
            assert "  " not in text, where
            assert not re.search(r"\s[0-9٠-٩]{1,3}\s*$", text), where  # footer digits
            if language == "ru":
                assert not re.search(r"[а-яё]-\s", text), where  # soft hyphen left
                assert not re.search(r"[A-Za-z](?=[а-яё])|(?<=[а-яё])[A-Za-z]", text), where
                for broken in ("госу дарств", "граж дан", "над лежа", "обме на"):
                    assert broken not in text, where
            if language == "ar":
                assert ")" not in text.split("(")[0], where  # mirrored parentheses
                assert not re.search(r"-\s*\d+\s*$", text), where
                for misplaced in ("نظُم", "سيمّا", "البينّات", "أطُر"):
                    assert misplaced not in text, where
            if language == "zh":
                assert not re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff]", text), where


def test_arabic_paragraph_24_reads_in_order(knowledge: KnowledgeBase) -> None:
    text = knowledge.entries["bc-24"].languages["ar"].text
    assert text == (
        "وضمان استخدام الذكاء الاصطناعي في التدريس والتعلم استخداماً يتيح الإدماج الفعلي "
        "للطلاب الذين يعانون من مصاعب في التعلم أو من إعاقات والطلاب الذين يدرسون بلغة "
        "أخرى غير لغتهم الأم."
    )


def test_one_overview_per_source_in_a_topic_of_the_project_own(knowledge: KnowledgeBase) -> None:
    """The overviews are ours in every language, and the Consensus keeps its own 13 headings."""
    about = knowledge.topics["about"]
    assert about.source is None
    assert set(about.names) == set(LANGUAGES)
    assert all(origin is Origin.PROJECT for origin in about.name_origins.values())
    assert {entry.id for entry in knowledge.entries_in_topic("about")} == OVERVIEW_IDS
    assert {knowledge.entries[i].source for i in OVERVIEW_IDS} == set(knowledge.sources)
    for entry_id in OVERVIEW_IDS:
        assert knowledge.entries[entry_id].paragraph is None
    url = knowledge.sources["beijing-consensus"].url
    assert url is not None
    consensus = knowledge.entries["about-beijing-consensus"]
    programme = knowledge.entries["about-unesco-global-ai-training"]
    for language in LANGUAGES:
        text = consensus.languages[language].text
        assert url in text, language
        for fact in ("44", "2019", "16", "18", "100", "500", "50"):
            assert fact in text, (language, fact)
        assert "https://" not in programme.languages[language].text, language  # no URL recorded
        for fact in ("31", "2025", "2021", "45"):
            assert fact in programme.languages[language].text, (language, fact)
