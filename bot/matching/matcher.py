"""From a question to a decision, over one knowledge base.

The steps, in order: the language; a paragraph asked for by number ("paragraph 12", "§12",
"第十二条"), which is quoted whatever else the question says; small talk ("thanks", "who are
you?"), which is no question at all; what a source is ("What is the Beijing Consensus?"), which
its overview answers (``bot.matching.overview``); otherwise a search of the index in that
language, the signals of its best match (``bot.matching.features``), their calibrated confidence
(``bot.matching.confidence``) and the decision rule (``bot.matching.decision``).

The matcher is immutable: a reload builds a new one beside it (``bot.live``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bot.knowledge.model import LANGUAGES, KnowledgeBase
from bot.matching.confidence import ConfidenceModel, load_model
from bot.matching.decision import (
    MAX_MATCHES,
    Decision,
    Match,
    Outcome,
    Thresholds,
    decide,
)
from bot.matching.features import KnowledgeWords, Profile, Signals, co_relevant, signals
from bot.matching.index import LanguageIndex, QueryTerms, build_indexes
from bot.matching.langid import LATIN_LANGUAGES, LanguageIdentifier
from bot.matching.overview import Overviews
from bot.matching.references import (
    BEIJING_CONSENSUS,
    LAST,
    Reference,
    bare_number,
    find_reference,
)
from bot.matching.smalltalk import small_talk, small_talk_language

SEARCH_LIMIT = MAX_MATCHES * 2


@dataclass(frozen=True)
class Analysis:
    """A searched question before the decision: its matches and the signals of the best one."""

    matches: tuple[Match, ...]
    signals: Signals | None


class Matcher:
    """Language identification, search and decision over one knowledge base (immutable)."""

    def __init__(
        self,
        knowledge: KnowledgeBase,
        learned: Mapping[str, Mapping[str, Sequence[str]]] | None = None,
        model: ConfidenceModel | None = None,
    ) -> None:
        self.knowledge = knowledge
        self.learned = learned or {}  # what it was built with (bot.matching.process copies it)
        self.model = model or load_model()
        self.thresholds = Thresholds(self.model.answer, self.model.choices)
        searched = searched_questions(knowledge, self.learned)
        self.indexes: dict[str, LanguageIndex] = build_indexes(knowledge, LANGUAGES, searched)
        self.overviews = Overviews(knowledge, self.indexes)
        words = KnowledgeWords(knowledge)
        self.profiles = {
            language: Profile(knowledge, language, searched, words) for language in LANGUAGES
        }
        self.paragraphs: dict[tuple[str, int], str] = {
            (entry.source, entry.paragraph): entry.id
            for entry in knowledge.entries.values()
            if entry.paragraph is not None
        }
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
        forced = language is not None
        if language is None:
            language = self.identify(question, hint)
        if language not in self.indexes:
            raise ValueError(f"unsupported language {language!r}")
        reference = self.reference(question, language)
        if reference is not None:
            return self._quote(question, language, reference)
        intent = small_talk(question, language)
        if intent is not None:
            if not forced:  # "hola" is Spanish whatever the hint says
                language = small_talk_language(question) or language
            return Decision(question, language, Outcome.SMALL_TALK, (), (), intent=intent)
        terms = self.indexes[language].query_terms(question)  # once, for both steps below
        overview = self.overviews.asked(question, language, terms)
        if overview is not None:
            return _answered_before_search(question, language, overview, overview=True)
        analysis = self.analyse(question, language, terms)
        confidence = self.confidence(analysis, language)
        outcome, candidates, also = decide(
            analysis.matches,
            confidence,
            self.thresholds,
            language,
            self.together,
            quotable=analysis.signals is None or analysis.signals.quotable,
        )
        return Decision(
            question,
            language,
            outcome,
            analysis.matches,
            candidates,
            also=also,
            confidence=round(confidence, 4),
        )

    def reference(self, question: str, language: str | None = None) -> Reference | None:
        """The paragraph the question asks for by number, if it does ("§ 12", or just "12")."""
        reference = find_reference(question, language)
        if reference is None and (number := bare_number(question)) is not None:
            reference = Reference(number)
        return reference

    def paragraph(self, reference: Reference) -> str | None:
        """The entry of a referenced paragraph; the Consensus unless another source is named.

        "The last paragraph" (``LAST``) is the source's highest numbered one.
        """
        source = reference.source or BEIJING_CONSENSUS
        number = reference.number
        if number == LAST:
            number = max((n for s, n in self.paragraphs if s == source), default=LAST)
        return self.paragraphs.get((source, number))

    def _quote(self, question: str, language: str, reference: Reference) -> Decision:
        entry_id = self.paragraph(reference)
        if entry_id is None:
            return Decision(question, language, Outcome.UNANSWERED, (), (), reference=reference)
        return _answered_before_search(question, language, entry_id, reference=reference)

    def analyse(self, question: str, language: str, terms: QueryTerms | None = None) -> Analysis:
        """Search the question's language and read the signals of the best match; ``terms``
        are the question's ``query_terms`` when the caller has them already."""
        index = self.indexes[language]
        if terms is None:
            terms = index.query_terms(question)  # as the search weighs them
        scored = index.search(question, limit=SEARCH_LIMIT, terms=terms)
        matches = tuple(Match(s.entry_id, round(s.score, 4)) for s in scored[:MAX_MATCHES])
        if not scored:
            return Analysis(matches, None)
        return Analysis(matches, signals(self.profiles[language], index, question, terms, scored))

    def confidence(self, analysis: Analysis, language: str) -> float:
        """The calibrated probability that the best match is right (0 when nothing matched)."""
        if analysis.signals is None:
            return 0.0
        return self.model.probability(analysis.signals.values, language)

    def together(self, first: str, second: str) -> bool:
        """Whether two entries belong together (related, or the same topic)."""
        return co_relevant(self.knowledge, first, second)

    def shareable(self, decision: Decision) -> tuple[str, ...]:
        """The entries worth offering for a question in inline mode, best first.

        What the decision quotes or offers, then its other matches that score at least
        ``thresholds.clarify``; nothing for small talk or a question we cannot answer.
        """
        if decision.outcome not in (Outcome.ANSWER, Outcome.CLARIFY):
            return ()
        shown = [*decision.candidates, *decision.also]
        shown += [
            match.entry_id
            for match in decision.matches
            if match.score >= self.thresholds.clarify and match.entry_id not in shown
        ]
        return tuple(shown[:MAX_MATCHES])

    def available_in(self, entry_id: str, language: str) -> bool:
        """Whether the entry has its own text in ``language`` (else it is shown in another)."""
        return language in self.knowledge.entries[entry_id].languages


def searched_questions(
    knowledge: KnowledgeBase, learned: Mapping[str, Mapping[str, Sequence[str]]]
) -> dict[str, dict[str, list[str]]]:
    """Each entry's questions besides its alternate ones, per language: the asked questions of
    the knowledge files (``knowledge/asked/``), then the learned ones (gaps editors linked to
    it), each once. Both are searched as the alternate questions are, and neither is shown."""
    merged: dict[str, dict[str, dict[str, None]]] = {}
    for source in (knowledge.asked, learned):
        for entry_id, languages in source.items():
            for language, questions in languages.items():
                merged.setdefault(entry_id, {}).setdefault(language, {}).update(
                    dict.fromkeys(questions)
                )
    return {
        entry_id: {language: list(questions) for language, questions in languages.items()}
        for entry_id, languages in merged.items()
    }


def _answered_before_search(
    question: str,
    language: str,
    entry_id: str,
    reference: Reference | None = None,
    overview: bool = False,
) -> Decision:
    """The answer a rule decides before any search (a paragraph asked for by number, what a
    source is): that entry alone, with full confidence."""
    return Decision(
        question,
        language,
        Outcome.ANSWER,
        (Match(entry_id, 1.0),),
        (entry_id,),
        confidence=1.0,
        reference=reference,
        overview=overview,
    )
