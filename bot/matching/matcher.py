"""From a question to a decision, over one knowledge base: language, search, then decide.

The matcher is immutable: a reload builds a new one beside it (``bot.live``). The decision rule
itself is in ``bot.matching.decision``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.knowledge.model import LANGUAGES, KnowledgeBase
from bot.matching.decision import MAX_MATCHES, Decision, Match, Thresholds, decide
from bot.matching.index import LanguageIndex, build_indexes
from bot.matching.langid import LATIN_LANGUAGES, LanguageIdentifier


class Matcher:
    """Language identification, search and decision over one knowledge base (immutable)."""

    def __init__(
        self,
        knowledge: KnowledgeBase,
        learned: Mapping[str, Mapping[str, Sequence[str]]] | None = None,
        thresholds: Thresholds | None = None,
    ) -> None:
        self.knowledge = knowledge
        self.thresholds = thresholds or Thresholds()
        self.indexes: dict[str, LanguageIndex] = build_indexes(knowledge, LANGUAGES, learned)
        training: dict[str, list[str]] = {language: [] for language in LATIN_LANGUAGES}
        for entry in knowledge.entries.values():
            for language, localized in entry.languages.items():
                if language in training:
                    training[language].extend(
                        [localized.text, localized.title, *localized.questions, *localized.keywords]
                    )
        self.identifier = LanguageIdentifier(training)

    def identify(self, question: str, hint: str | None = None) -> str:
        return self.identifier.identify(question, hint)

    def match(
        self, question: str, language: str | None = None, hint: str | None = None
    ) -> Decision:
        """Decide for one question; ``language`` forces the language, ``hint`` only breaks ties."""
        question = question.strip()
        if language is None:
            language = self.identify(question, hint)
        if language not in self.indexes:
            raise ValueError(f"unsupported language {language!r}")
        scored = self.indexes[language].search(question, limit=MAX_MATCHES * 2)
        matches = tuple(Match(s.entry_id, round(s.score, 4)) for s in scored[:MAX_MATCHES])
        outcome, candidates = decide(matches, self.thresholds, language)
        return Decision(question, language, outcome, matches, candidates)

    def available_in(self, entry_id: str, language: str) -> bool:
        """Whether the entry has its own text in ``language`` (else it is shown in another)."""
        return language in self.knowledge.entries[entry_id].languages
