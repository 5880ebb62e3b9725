"""Is every language covered? What each language of the knowledge base still lacks.

The bot finds an entry by its alternate questions, so an entry with few of them in a language
is hard to find in that language; an entry without a title or a text in a language is shown
in another one. Texts the project translated or wrote are shown to users as such, and editors
should know which they are, per language, to have them checked. Learned questions (users'
questions an editor linked to an entry, kept in the database) show where the curated
questions fell short; they are counted apart, since the knowledge files do not hold them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from bot.knowledge.model import Entry, KnowledgeBase, Origin
from bot.languages import LANGUAGES

MIN_QUESTIONS = 14  # fewer alternate questions than this and an entry is hard to find


@dataclass(frozen=True)
class LanguageCoverage:
    """What one language of the knowledge base has, and what it lacks (entry ids)."""

    language: str
    entries: int  # entries with a text in this language
    missing: tuple[str, ...]  # entries not in this language at all
    no_title: tuple[str, ...]
    no_text: tuple[str, ...]
    few_questions: tuple[tuple[str, int], ...]  # (entry id, alternate questions)
    origins: Mapping[Origin, tuple[str, ...]]  # who wrote each text: the entry ids
    learned: int

    def counts(self) -> list[int]:
        """The numbers of a coverage table's row, in the order of its columns."""
        return [
            self.entries,
            len(self.origins[Origin.OFFICIAL]),
            len(self.origins[Origin.PROJECT_TRANSLATION]),
            len(self.origins[Origin.PROJECT]),
            self.learned,
            len(self.missing),
            len(self.no_title),
            len(self.no_text),
            len(self.few_questions),
        ]

    def as_json(self) -> dict[str, Any]:
        return {
            "entries": self.entries,
            "missing": list(self.missing),
            "no_title": list(self.no_title),
            "no_text": list(self.no_text),
            "few_questions": [{"id": id, "questions": n} for id, n in self.few_questions],
            "origins": {origin.value: len(self.origins[origin]) for origin in Origin},
            "project_translation": list(self.origins[Origin.PROJECT_TRANSLATION]),
            "project": list(self.origins[Origin.PROJECT]),
            "learned": self.learned,
        }


def language_coverage(
    knowledge: KnowledgeBase, language: str, learned: int = 0
) -> LanguageCoverage:
    entries = list(knowledge.entries.values())
    present = [entry for entry in entries if language in entry.languages]

    def ids(keep: Callable[[Entry], bool]) -> tuple[str, ...]:
        return tuple(entry.id for entry in present if keep(entry))

    return LanguageCoverage(
        language=language,
        entries=len(present),
        missing=tuple(entry.id for entry in entries if language not in entry.languages),
        no_title=ids(lambda entry: not entry.languages[language].title.strip()),
        no_text=ids(lambda entry: not entry.languages[language].text.strip()),
        few_questions=tuple(
            (entry.id, len(entry.languages[language].questions))
            for entry in present
            if len(entry.languages[language].questions) < MIN_QUESTIONS
        ),
        origins={
            origin: tuple(
                entry.id for entry in present if entry.languages[language].origin == origin
            )
            for origin in Origin
        },
        learned=learned,
    )


def coverage(
    knowledge: KnowledgeBase, learned: Counter[str] | None = None
) -> list[LanguageCoverage]:
    """The six languages, in order; ``learned`` counts learned questions per language."""
    learned = learned or Counter()
    return [language_coverage(knowledge, language, learned[language]) for language in LANGUAGES]
