"""Questions that ask what a source document is: "What is the Beijing Consensus?", "C'est quoi
le Consensus de Beijing ?", "شنو هو توافق بيجين؟".

Such a question names the document and asks nothing else, so the search cannot tell its 44
paragraphs apart: the name counts for every one of them (``bot.matching.index``, so that "what
does the Consensus say about teachers?" stays within it), and the overview the project wrote for
the document (``knowledge/about.yaml``) wins by a hair or is tied with paragraphs 1, 2 and 44.
The bot then asked "Did you mean…?" for the most basic question it gets. Here, a question whose
own words, once the document's name and the words of ``ABOUT_WORDS`` are set aside, leave no
term is answered with the overview, before any search, as a paragraph reference is.

Only questions that name the Consensus as a document ("consensus", "共识") count: "what
happened in Beijing?" names a city. Chinese is left to the search: its terms are character
pairs, which cannot be set aside word by word, and its overview questions are answered already.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.knowledge.model import KnowledgeBase
from bot.matching.analysis import tokens
from bot.matching.index import LanguageIndex, QueryTerms, is_overview
from bot.matching.references import BEIJING_CONSENSUS, names_consensus
from bot.matching.references import fold as fold_reference

# Words that ask for an overview or repeat the document's full title ("…on Artificial
# Intelligence and Education"), beyond the stopwords the index drops already.
ABOUT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("exactly", "nutshell", "briefly", "brief", "overview", "summary", "summarise",
           "summarize", "explain", "describe", "tell", "mean", "means", "artificial",
           "intelligence", "ai", "education", "2019", "unesco", "document", "text", "consensus"),
    "fr": ("exactement", "quoi", "gros", "bref", "resume", "explique", "expliquez", "presente",
           "presentez", "parle", "parlez", "intelligence", "artificielle", "ia", "education",
           "2019", "unesco", "document", "texte", "consensus", "c", "est"),
    "es": ("exactamente", "resumen", "breve", "explica", "explicame", "cuentame", "hablame",
           "trata", "inteligencia", "artificial", "ia", "educacion", "2019", "unesco",
           "documento", "texto", "consenso"),
    "ru": ("такое", "это", "вкратце", "кратко", "расскажи", "расскажите", "объясни",
           "объясните", "искусственный", "интеллект", "ии", "образование", "образования", "2019",
           "юнеско", "документ", "текст", "консенсус"),
    "ar": ("شنو", "ايش", "شو", "وش", "باختصار", "اشرح", "عرفني", "حدثني", "الذكاء", "الاصطناعي",
           "التعليم", "2019", "اليونسكو", "وثيقة", "الوثيقة", "نص", "توافق"),
}  # fmt: skip


class Overviews:
    """The overview entry of each source, and what a question may hold besides its name."""

    def __init__(self, knowledge: KnowledgeBase, indexes: Mapping[str, LanguageIndex]) -> None:
        self.entries: dict[str, str] = {
            entry.source: entry.id
            for entry in knowledge.entries.values()
            if entry.source is not None and is_overview(knowledge, entry.topic)
        }
        self.indexes = indexes
        self.ignored: dict[str, frozenset[str]] = {
            language: frozenset(term for phrase in phrases for term in tokens(phrase, language))
            for language, phrases in ABOUT_WORDS.items()
        }

    def asked(self, question: str, language: str, terms: QueryTerms) -> str | None:
        """The overview entry the question asks for, if all it asks is what the source is
        (``terms``: the question's ``query_terms``)."""
        entry_id = self.entries.get(BEIJING_CONSENSUS)
        ignored = self.ignored.get(language)
        if entry_id is None or ignored is None or not names_consensus(fold_reference(question)):
            return None
        index = self.indexes[language]
        own = terms.own - ignored
        if not own or not own <= index.named_postings.keys():
            return None
        return entry_id
