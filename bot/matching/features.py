"""The signals the confidence model reads: how sure can we be that the best entry is right?

A score alone cannot say it. A long question with context ("I'm an adviser in Kenya, we are
drawing up procurement rules… what about students' data?") scores low because its context words
are unknown to the knowledge base, yet its informative words all point at one entry; a near-domain
question ("the EU AI Act") can score higher, with its words spread over several entries. So the
model reads a handful of cheap signals about the best entry and its runner-up, each computed from
the index once the search is done:

* ``score``, ``margin``: the best score and its lead over the runner-up;
* ``coverage``: the share of the question's known information (IDF) that the best entry contains;
* ``curated``: the share of it found in the best entry's curated fields (title, alternate questions,
  keywords), which editors wrote to be matched, rather than only deep in the quoted text;
* ``title``: the share of it found in the best entry's title, which says what the entry is about;
* ``unknown``: the share of the question's information in words the knowledge base never uses;
* ``containment``: how much of the best entry's closest alternate question is in the question
  (a long question usually contains a short one);
* ``fuzzy``: the near-copy similarity of the question to an alternate question of the best entry;
* ``length``: the number of informative terms, log-scaled;
* ``related``: the runner-up is related to the best entry, or in the same topic;
* ``agree``: the lexical and the near-copy paths agree on the best entry;
* ``corrected``: the share of the best entry's matched information that comes through
  typo-corrected words;
* ``crowd``: how many of the best five matches score at least half the best, log-scaled (a word
  that many entries use says little about any one of them);
* ``other_document``: the question names an instrument we do not hold, a law, a convention, a
  declaration ("the EU AI Act", "GDPR"; ``references.names_other_document``); the entries do
  mention some ("the Qingdao Declaration", data protection laws), so it is weighed, not a rule.

Some facts are not weighed but decide alone (``Signals.quotable``); the best match may still be
offered as a choice:

* it rests only on typo-corrected words ("stats" read as "state");
* the question names a year the knowledge base never mentions ("UNESCO's 2023 guidance…"),
* or an instrument it never names (``Profile.unknown_instrument``: "the EU AI Act", "GDPR",
  "UNESCO's Recommendation on the Ethics of AI"; not "the Qingdao Declaration", which entries
  mention), which is about a text or an event we do not hold;
* or a commercial AI product it never names (PRODUCTS: "Copilot", "Kimi"), which is about the
  product;
* the question is only everyday words (GENERIC_WORDS: "internet", "smartphone", "données"),
  which match an entry that mentions them but ask nothing of it.

All of it is a few set look-ups per query term, for the best entry only; each entry's terms are
analysed once, the first time it is the best match of a question.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

from bot.knowledge.model import KnowledgeBase
from bot.matching.analysis import stem_word, tokens, words
from bot.matching.index import LanguageIndex, Scored
from bot.matching.references import fold as fold_reference
from bot.matching.references import instruments, names_other_document

FEATURES: tuple[str, ...] = (
    "score",
    "margin",
    "coverage",
    "curated",
    "title",
    "unknown",
    "containment",
    "fuzzy",
    "length",
    "related",
    "agree",
    "corrected",
    "crowd",
    "other_document",
)
CORRECTED_BELOW = 1.0  # the index gives a corrected word a weight below 1
CROWD = 5  # how many of the best matches ``crowd`` looks at
CROWD_SHARE = 0.5  # ...counting those that score at least this share of the best
YEARS = range(1900, 2100)
# Everyday words that say no question on their own: a message made only of them ("internet",
# "smartphone", "données") may match an entry that mentions them, but asks nothing of it, so it is
# never quoted (at most offered as choices). Written as people type them; analysed like any text.
GENERIC_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("internet", "web", "online", "smartphone", "smartphones", "phone", "phones",
           "mobile", "computer", "computers", "laptop", "laptops", "tablet", "tablets",
           "technology", "technologies", "tech", "software", "app", "apps", "application",
           "data", "digital", "device", "devices", "screen", "screens", "ai",
           "artificial intelligence", "it", "ict"),
    "fr": ("internet", "web", "en ligne", "smartphone", "smartphones", "téléphone",
           "téléphones", "portable", "portables", "ordinateur", "ordinateurs", "tablette",
           "tablettes", "technologie", "technologies", "logiciel", "logiciels", "application",
           "applications", "appli", "données", "numérique", "appareil", "appareils", "écran",
           "écrans", "ia", "intelligence artificielle", "tic"),
    "es": ("internet", "web", "en línea", "smartphone", "celular", "celulares", "móvil",
           "móviles", "teléfono", "teléfonos", "computadora", "computadoras", "ordenador",
           "ordenadores", "portátil", "tableta", "tabletas", "tecnología", "tecnologías",
           "software", "aplicación", "aplicaciones", "app", "datos", "digital", "dispositivo",
           "dispositivos", "pantalla", "pantallas", "ia", "inteligencia artificial", "tic"),
    "ru": ("интернет", "онлайн", "смартфон", "смартфоны", "телефон", "телефоны", "компьютер",
           "компьютеры", "ноутбук", "ноутбуки", "планшет", "планшеты", "технология",
           "технологии", "софт", "программы", "приложение", "приложения", "данные", "цифровой",
           "цифровые", "устройство", "устройства", "экран", "экраны", "ии",
           "искусственный интеллект", "икт", "гаджеты"),
    "zh": ("互联网", "网络", "上网", "在线", "手机", "智能手机", "电脑", "计算机", "笔记本电脑",
           "平板", "平板电脑", "技术", "科技", "软件", "应用", "数据", "数字", "设备", "屏幕",
           "人工智能", "信息技术"),
    "ar": ("الانترنت", "انترنت", "الإنترنت", "الهاتف", "الهاتف الذكي", "الهواتف الذكية",
           "هاتف", "جوال", "الجوال", "الحاسوب", "حاسوب", "الكمبيوتر", "كمبيوتر", "لابتوب",
           "الحاسوب المحمول", "الجهاز اللوحي", "التكنولوجيا", "تكنولوجيا", "التقنية", "تقنية",
           "البرمجيات", "برنامج", "البرامج", "التطبيقات", "تطبيق", "البيانات", "بيانات",
           "الرقمي", "رقمي", "الأجهزة", "أجهزة", "الشاشات", "الذكاء الاصطناعي"),
}  # fmt: skip


# Commercial AI products: the knowledge base quotes policy texts, which name none, so a question
# that names one ("how do I use ChatGPT for lesson plans", "the price of Copilot") asks about the
# product, and is never quoted unless the knowledge base names it too (``Profile``).
PRODUCTS = (
    "chatgpt", "chat gpt", "gpt-4", "gpt-4o", "gpt-5", "openai", "gemini", "bard", "copilot",
    "claude", "deepseek", "kimi", "llama", "mistral", "midjourney", "dall-e", "perplexity",
    "grammarly", "khanmigo", "duolingo", "notebooklm", "canva", "quizlet", "чатгпт", "чат гпт",
    "гигачат", "яндекс gpt", "yandexgpt", "文心一言", "豆包", "通义千问", "讯飞星火", "智谱清言",
    "شات جي بي تي", "تشات جي بي تي",
)  # fmt: skip
_LATIN_OR_CYRILLIC = re.compile(r"[a-z\u0400-\u04ff]")
_PRODUCT = re.compile(
    "|".join(
        rf"(?<![\w-]){re.escape(fold_reference(name))}(?![\w-])"
        if _LATIN_OR_CYRILLIC.match(fold_reference(name))
        else re.escape(fold_reference(name))
        for name in sorted(PRODUCTS, key=len, reverse=True)
    )
)


@dataclass(frozen=True)
class Signals:
    """The features of one question's best match, and what the decision rules need besides."""

    values: tuple[float, ...]  # in the order of FEATURES
    typo_only: bool  # the best entry is supported only through corrected words
    unknown_year: bool  # the question names a year the knowledge base never mentions
    unknown_instrument: bool = False  # ...or an instrument it never names (``Profile``)
    generic_only: bool = False  # the question is only everyday words (GENERIC_WORDS)
    unknown_product: bool = False  # it names a product (PRODUCTS) the knowledge base never does

    @property
    def quotable(self) -> bool:
        """Whether the best entry may be quoted at all, however confident the model is."""
        return not (
            self.typo_only
            or self.unknown_year
            or self.unknown_instrument
            or self.generic_only
            or self.unknown_product
        )

    def as_dict(self) -> dict[str, float]:
        return dict(zip(FEATURES, self.values, strict=True))


class Profile:
    """The terms of each entry in one language, from the knowledge base, computed on first use.

    They are what the index holds for the entry (the same analysis of the same texts), kept as
    sets so that a signal is a few look-ups; each entry is analysed once, when it is first the
    best or the runner-up of a question, so building a matcher costs nothing more.
    """

    def __init__(
        self,
        knowledge: KnowledgeBase,
        language: str,
        learned: Mapping[str, Mapping[str, Sequence[str]]] | None = None,
    ) -> None:
        self.knowledge = knowledge
        self.language = language
        self.learned = learned or {}
        self._entries: dict[str, EntryTerms] = {}
        self.generic = frozenset(
            term for word in GENERIC_WORDS.get(language, ()) for term in tokens(word, language)
        )

    @cached_property
    def _mentions(self) -> tuple[frozenset[tuple[str, str]], frozenset[tuple[str, str]], str]:
        """What the knowledge base says in this language: its pairs of adjacent words (stems),
        its pairs of adjacent terms (stopwords left out), and for Chinese its folded text."""
        words: set[tuple[str, str]] = set()
        terms: set[tuple[str, str]] = set()
        texts = []
        for entry in self.knowledge.entries.values():
            local = entry.languages[entry.best_language(self.language)]
            for text in (local.title, local.text, *local.questions, *local.keywords):
                words.update(itertools.pairwise(self._stems(text)))
                terms.update(itertools.pairwise(tokens(text, self.language)))
                texts.append(fold_reference(text))
        return frozenset(words), frozenset(terms), "\n".join(texts)

    def _stems(self, text: str) -> list[str]:
        return [stem_word(word, self.language) for word in words(text, self.language)]

    def unknown_instrument(self, question: str) -> bool:
        """Whether the question names an instrument (``references.instruments``) that the
        knowledge base never names: "the EU AI Act", "GDPR", "UNESCO's Recommendation on the
        Ethics of AI", not "the Qingdao Declaration" or "the Universal Declaration of Human
        Rights", which entries mention.

        A name of several words is known when the knowledge base has it, word after word; a
        name of one word ("declaration") when it has it next to the question's word before or
        after it ("Qingdao Declaration", "declaración de Qingdao"), or, alone in the question,
        anywhere. For Chinese, with two characters before or after it.
        """
        folded = fold_reference(question)
        spans = instruments(folded)
        if not spans:
            return False
        word_pairs, term_pairs, text = self._mentions
        language = self.language
        for start, end in spans:
            if language == "zh":
                if folded[max(start - 2, 0) : end] in text or folded[start : end + 2] in text:
                    continue
                return True
            name = self._stems(folded[start:end])
            if len(name) > 1:
                known = all(pair in word_pairs for pair in itertools.pairwise(name))
            else:
                before = tokens(folded[:start], language)[-1:]
                after = tokens(folded[end:], language)[:1]
                term = tokens(folded[start:end], language) or name
                known = bool(
                    (before and (before[0], term[0]) in term_pairs)
                    or (after and (term[-1], after[0]) in term_pairs)
                    or (not before and not after and name[0] in self._terms)
                )
            if not known:
                return True
        return False

    def unknown_product(self, question: str) -> bool:
        """Whether the question names a product of PRODUCTS that the knowledge base never names."""
        text = self._mentions[2]
        return any(
            match.group() not in text for match in _PRODUCT.finditer(fold_reference(question))
        )

    @cached_property
    def _terms(self) -> frozenset[str]:
        return frozenset(term for pair in self._mentions[1] for term in pair)

    def entry(self, entry_id: str) -> EntryTerms:
        found = self._entries.get(entry_id)
        if found is None:
            found = self._entries[entry_id] = self._analyse(entry_id)
        return found

    def _analyse(self, entry_id: str) -> EntryTerms:
        language = self.language
        entry = self.knowledge.entries[entry_id]
        local = entry.languages[entry.best_language(language)]
        topic = self.knowledge.topics.get(entry.topic)
        questions = [*local.questions, *self.learned.get(entry_id, {}).get(language, ())]
        phrases = tuple(frozenset(tokens(text, language)) for text in [*questions, local.title])
        curated = frozenset().union(
            *phrases, *(tokens(keyword, language) for keyword in local.keywords)
        )
        rest = tokens(local.text, language) + (
            tokens(topic.name(language), language) if topic else []
        )
        title = frozenset(tokens(local.title, language))
        return EntryTerms(curated | frozenset(rest), curated, title, phrases)


@dataclass(frozen=True)
class EntryTerms:
    """One entry's index terms in one language."""

    all: frozenset[str]  # every field
    curated: frozenset[str]  # title, alternate questions, keywords
    title: frozenset[str]
    phrases: tuple[frozenset[str], ...]  # each alternate question and the title


def signals(
    profile: Profile,
    index: LanguageIndex,
    question: str,
    terms: Mapping[str, float],
    scored: Sequence[Scored],
) -> Signals | None:
    """The signals for a search result (best first), or None when nothing matched.

    ``terms`` are the question's terms as the index weighed them (below 1 when corrected).
    """
    if not scored:
        return None
    best, runner_up = scored[0], (scored[1] if len(scored) > 1 else None)
    idf = index.idf
    known = {term: idf[term] for term in terms if term in idf}
    known_information = sum(known.values())
    information = known_information + index.unknown_idf * (len(terms) - len(known))
    entry = profile.entry(best.entry_id)
    covered = sum(value for term, value in known.items() if term in entry.all)
    curated = sum(value for term, value in known.items() if term in entry.curated)
    title = sum(value for term, value in known.items() if term in entry.title)
    corrected = sum(
        value
        for term, value in known.items()
        if term in entry.all and terms[term] < CORRECTED_BELOW
    )
    containment = 0.0
    for phrase in entry.phrases:
        weight = sum(idf.get(term, 0.0) for term in phrase)
        if weight:
            inside = sum(idf.get(term, 0.0) for term in phrase if term in terms)
            containment = max(containment, inside / weight)
    fuzzy_best = max(scored, key=lambda item: item.fuzzy)
    agree = 1.0 if fuzzy_best.fuzzy > 0 and fuzzy_best.entry_id == best.entry_id else 0.0
    related = 0.0
    if runner_up is not None and co_relevant(profile.knowledge, best.entry_id, runner_up.entry_id):
        related = 1.0
    values = (
        best.score,
        best.score - (runner_up.score if runner_up else 0.0),
        covered / known_information if known_information else 0.0,
        curated / known_information if known_information else 0.0,
        title / known_information if known_information else 0.0,
        1 - known_information / information if information else 1.0,
        containment,
        best.fuzzy,
        math.log1p(len(known)),
        related,
        agree,
        corrected / covered if covered else 0.0,
        math.log(sum(1 for s in scored[:CROWD] if s.score >= CROWD_SHARE * best.score)),
        1.0 if names_other_document(fold_reference(question)) else 0.0,
    )
    typo_only = covered > 0 and corrected >= covered and best.fuzzy == 0
    return Signals(
        values,
        typo_only,
        unknown_year(question, index),
        profile.unknown_instrument(question),
        bool(terms) and all(term in profile.generic for term in terms),
        profile.unknown_product(question),
    )


def unknown_year(question: str, index: LanguageIndex) -> bool:
    """Whether the question names a year (1900–2099) that no text of the index contains."""
    for word in words(question, index.language):
        is_year = len(word) == 4 and word.isdigit() and int(word) in YEARS
        if is_year and word not in index.idf and str(int(word)) not in index.idf:
            return True
    return False


def co_relevant(knowledge: KnowledgeBase, first: str, second: str) -> bool:
    """Whether two entries belong together: related either way, or in the same topic."""
    one, other = knowledge.entries.get(first), knowledge.entries.get(second)
    if one is None or other is None:
        return False
    return second in one.related or first in other.related or one.topic == other.topic
