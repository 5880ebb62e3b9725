"""The knowledge base as immutable, typed objects: sources, topics and entries.

Everything the bot can say about UNESCO's recommendations comes from these objects, built once
by ``bot.knowledge.loader`` from the YAML files editors keep under ``knowledge/``. They are
frozen so that a reload can build a new knowledge base beside the old one and swap it in one step.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from bot.languages import FALLBACK_LANGUAGE, LANGUAGES

__all__ = ["FALLBACK_LANGUAGE", "LANGUAGES"]  # re-exported: the loader and older callers use them

TITLE_MAX_LENGTH = 80


class Origin(StrEnum):
    """Who wrote a text: the bot always tells the reader which texts are official."""

    OFFICIAL = "official"  # the source document's own words in that language, quoted exactly
    PROJECT_TRANSLATION = "project-translation"  # translated by this project, not official
    PROJECT = "project"  # written by this project (a label, an overview): never a quotation


class Addressee(StrEnum):
    """Whom a topic's recommendations address, as the document says."""

    PARTICIPANTS = "participants"  # the preamble: what the conference participants declare
    GOVERNMENTS = "governments"
    INTERNATIONAL_ORGANIZATIONS = "international-organizations"
    DIRECTOR_GENERAL = "director-general"
    PUBLIC = "public"  # programme information for anyone


@dataclass(frozen=True)
class Source:
    """A document the knowledge comes from."""

    id: str
    publisher: str
    year: int
    url: str | None
    titles: Mapping[str, str]
    title_origins: Mapping[str, Origin]
    addressees: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def title(self, language: str) -> str:
        return self.titles.get(language) or self.titles[FALLBACK_LANGUAGE]


@dataclass(frozen=True)
class Topic:
    """A section of a source document, named with the document's own heading.

    A topic with no source is one the project made and named itself (``about``: what each source
    is); its entries may come from several sources.
    """

    id: str
    source: str | None
    order: int
    addressed_to: Addressee
    names: Mapping[str, str]
    name_origins: Mapping[str, Origin]

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names[FALLBACK_LANGUAGE]


@dataclass(frozen=True)
class LocalizedEntry:
    """One entry in one language."""

    title: str
    text: str
    origin: Origin
    questions: tuple[str, ...]
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class Entry:
    """One recommendation or resource, with a stable id (``bc-12`` is paragraph 12)."""

    id: str
    source: str
    topic: str
    paragraph: int | None
    related: tuple[str, ...]
    languages: Mapping[str, LocalizedEntry]

    def best_language(self, wanted: str) -> str:
        """The language to show this entry in: the wanted one, else English, else any it has."""
        if wanted in self.languages:
            return wanted
        if FALLBACK_LANGUAGE in self.languages:
            return FALLBACK_LANGUAGE
        return next(language for language in LANGUAGES if language in self.languages)


@dataclass(frozen=True)
class Synonym:
    """Words people use for a concept (``said``) and the words the texts use for it (``means``).

    The texts are official and formal; officials ask in everyday words ("will robots replace the
    teachers?", "grandmothers and the new machines"). A question with a ``said`` phrase is
    searched as if it had used the ``means`` words. Editors keep these lists like the entries:
    they change what is found, never what is quoted.
    """

    said: tuple[str, ...]
    means: tuple[str, ...]


@dataclass(frozen=True)
class KnowledgeBase:
    """All sources, topics and entries; entries keep the order of the files."""

    sources: Mapping[str, Source]
    topics: Mapping[str, Topic]
    entries: Mapping[str, Entry]
    synonyms: Mapping[str, tuple[Synonym, ...]] = field(default_factory=dict)  # per language
    # Questions as officials ask them, each linked to the entries that answer it
    # (``knowledge/asked/``): entry id -> language -> questions. Searched like the alternate
    # questions and the learned ones; never quoted or shown.
    asked: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)

    def topics_in_order(self) -> list[Topic]:
        """Each source's sections in the document's order, then the project's own topics."""
        return sorted(
            self.topics.values(),
            key=lambda topic: (topic.source is None, topic.source or "", topic.order),
        )

    def entries_in_topic(self, topic_id: str) -> list[Entry]:
        return [entry for entry in self.entries.values() if entry.topic == topic_id]

    def asked_questions(self) -> frozenset[tuple[str, str]]:
        """Every asked question as (language, question), once however many entries it has."""
        return frozenset(
            (language, question)
            for languages in self.asked.values()
            for language, questions in languages.items()
            for question in questions
        )

    def without_asked(self, questions: Iterable[tuple[str, str]]) -> KnowledgeBase:
        """This knowledge base without these questions (``asked_key``) among its asked ones;
        itself when it has none of them.

        A question searched with itself among the asked questions finds itself: to judge how
        the bot answers a question as a new one (the calibration, the replay of a reload), it
        is searched without it."""
        left_out = set(questions)
        asked = {
            entry_id: {
                language: kept
                for language, texts in languages.items()
                if (kept := tuple(q for q in texts if asked_key(language, q) not in left_out))
            }
            for entry_id, languages in self.asked.items()
        }
        if asked == self.asked:
            return self
        return dataclasses.replace(self, asked=asked)


def asked_key(language: str, question: str) -> tuple[str, str]:
    """What makes two asked questions the same: their language and their text, case aside."""
    return language, question.strip().casefold()
