"""The conversation, shared by the Telegram bot and the console chat.

Front ends turn what people do (a message, a command, a button) into calls on ``Conversation``,
and the ``Reply`` objects it returns (Telegram HTML and buttons) into messages. Nothing here
knows about Telegram: the console chat and the end-to-end tests hold the same conversation.

Answers come in the language of the question; everything around them (buttons, notes) in the
person's interface language: their saved choice, else Telegram's language, else English.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass, field

from bot.chat.render import CALLBACK_DATA_LIMIT, entry_messages, link, short, source_line
from bot.i18n import N_, interface_language, isolate, language_name, t, tn
from bot.knowledge.model import LANGUAGES, Entry, KnowledgeBase
from bot.languages import supported
from bot.matching.analysis import normalize
from bot.matching.decision import Decision, Outcome
from bot.matching.matcher import Matcher
from bot.storage import Storage

log = logging.getLogger(__name__)
TOPICS_PER_PAGE = 7
ENTRIES_PER_PAGE = 8
MAX_RELATED = 3
EXAMPLES = (
    N_("Can AI replace teachers?"),
    N_("How should student data be protected?"),
    N_("What does UNESCO recommend for girls and women in AI?"),
)


@dataclass(frozen=True)
class Button:
    """A button under a reply: it sends ``data`` back, or opens ``url``."""

    label: str
    data: str | None = None
    url: str | None = None

    def __post_init__(self) -> None:
        if self.data is not None and len(self.data.encode()) > CALLBACK_DATA_LIMIT:
            raise ValueError(f"callback data over {CALLBACK_DATA_LIMIT} bytes: {self.data!r}")


@dataclass(frozen=True)
class Reply:
    """One message: Telegram HTML text and rows of buttons."""

    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()


@dataclass(frozen=True)
class Person:
    """Who is talking: a keyed hash (never the Telegram id), their chat, their Telegram language."""

    key: str
    chat_id: int
    telegram_language: str | None = None


@dataclass(frozen=True)
class CallbackResult:
    """What a button press produces: new messages, an edit of its own message, a short notice."""

    replies: list[Reply] = field(default_factory=list)
    edit: Reply | None = None
    notice: str = ""


@dataclass(frozen=True)
class InlineArticle:
    entry_id: str
    title: str
    description: str
    text: str  # HTML


class Conversation:
    """The bot's behaviour. ``matcher`` may be replaced by a reload: it is read at each call."""

    def __init__(self, matcher: Matcher, storage: Storage, bot_username: str | None = None) -> None:
        self.matcher = matcher
        self.storage = storage
        self.bot_username = bot_username

    @property
    def knowledge(self) -> KnowledgeBase:
        return self.matcher.knowledge

    async def interface(self, person: Person) -> str:
        return interface_language(await self.storage.language(person.key), person.telegram_language)

    # Commands

    async def start(self, person: Person, payload: str | None = None) -> list[Reply]:
        """The welcome, or the entry a deep link (``/start bc-12``) points to."""
        lang = await self.interface(person)
        if payload and payload in self.knowledge.entries:
            return self._entry_replies(self.knowledge.entries[payload], lang, lang, question_id=0)
        count = len(self.knowledge.entries)
        text = t(
            lang,
            "Welcome! I quote what UNESCO recommends on artificial intelligence in education: "
            "{count} recommendations and resources, from the Beijing Consensus (2019) in its six "
            "official languages and from UNESCO's programmes on AI for the public sector.",
            count=isolate(str(count), lang),
        )
        text += "\n\n" + t(
            lang,
            "Ask me a question in your own words, in English, French, Spanish, Russian, Chinese "
            "or Arabic. I answer with the exact text and its source. When I don't know, I say so "
            "and pass your question on to the editors.",
        )
        text += "\n\n" + t(lang, "Try one of these:")
        buttons = tuple(
            (Button(t(lang, example), f"ask:{n}"),) for n, example in enumerate(EXAMPLES)
        )
        buttons += ((Button(t(lang, "Browse by topic"), "topics:0"),),)
        return [Reply(html.escape(text), buttons)]

    async def help(self, person: Person) -> list[Reply]:
        lang = await self.interface(person)
        lines = [
            t(lang, "Ask a question in your own words, in any of the six UN languages."),
            "/topics — " + t(lang, "browse the recommendations by topic"),
            "/language — " + t(lang, "choose the language of the interface"),
            "/about — " + t(lang, "the sources, and how answers are made"),
        ]
        if self.bot_username:
            lines.append(
                t(
                    lang,
                    "In any chat, type {mention} and a question to share a recommendation.",
                    mention=isolate("@" + self.bot_username, lang),
                )
            )
        return [Reply("\n".join(html.escape(line) for line in lines))]

    async def about(self, person: Person) -> list[Reply]:
        lang = await self.interface(person)
        lines = [html.escape(t(lang, "Sources:"))]
        for source in self.knowledge.sources.values():
            title = html.escape(isolate(source.title(lang), lang))
            official = all(origin.value == "official" for origin in source.title_origins.values())
            kind = (
                t(lang, "official texts in the six UN languages")
                if official
                else t(lang, "English text; the other languages are translations by this project")
            )
            line = (
                f"• <b>{title}</b> (UNESCO, {isolate(str(source.year), lang)}): {html.escape(kind)}"
            )
            if source.url:
                line += "\n  " + link(source.url, source.url)
            lines.append(line)
        lines.append(
            html.escape(
                t(
                    lang,
                    "Answers quote the recommendations word for word; titles are written by this "
                    "project, and translations by this project are always marked. Answers are not "
                    "legal advice.",
                )
            )
        )
        lines.append(
            html.escape(
                t(
                    lang,
                    "Questions I cannot answer are recorded for the editors without your name or "
                    "Telegram id. Your chat is kept only if you ask to be notified.",
                )
            )
        )
        return [Reply("\n\n".join(lines))]

    async def language_menu(self, person: Person) -> list[Reply]:
        lang = await self.interface(person)
        buttons = tuple((Button(language_name(code), f"lang:{code}"),) for code in LANGUAGES)
        return [Reply(html.escape(t(lang, "Choose the language of the interface:")), buttons)]

    async def topics(self, person: Person, page: int = 0) -> Reply:
        lang = await self.interface(person)
        return self._topics_reply(lang, page)

    # For editors

    async def gaps(self, person: Person, is_editor: bool) -> list[Reply]:
        """The most asked unanswered questions, for editors; anyone else is told it is theirs."""
        lang = await self.interface(person)
        if not is_editor:
            text = t(lang, "This command is for the editors of the knowledge base.")
            return [Reply(html.escape(text))]
        gaps = await self.storage.gaps()
        if not gaps:
            return [Reply(html.escape(t(lang, "No unanswered questions so far.")))]
        heading = t(lang, "Unanswered questions, the most asked first:")
        lines = [f"<b>{html.escape(heading)}</b>"]
        for gap in gaps:
            line = f"{gap.times}× [{gap.language}] {html.escape(short(gap.text, 200))}"
            if gap.waiting:
                waiting = tn(
                    lang,
                    "{count} person waiting to be notified",
                    "{count} people waiting to be notified",
                    gap.waiting,
                )
                line += f" — {html.escape(waiting)}"
            lines.append(line)
        return [Reply("\n".join(lines))]

    # A question

    async def question(self, person: Person, text: str) -> list[Reply]:
        """Match a question, record what happened, and reply according to the decision."""
        lang = await self.interface(person)
        text = text.strip()
        if not text:
            return await self.help(person)
        decision = self.matcher.match(text, hint=lang)
        best = decision.best
        question_id = await self.storage.record_question(
            person.key,
            decision.language,
            " ".join(normalize(text).split()),
            decision.outcome.value,
            best.entry_id if best else None,
            best.score if best else None,
        )
        # What operators count (language, outcome); the question itself only at DEBUG.
        log.info(
            "question %d: %s in %s",
            question_id,
            decision.outcome.value,
            decision.language,
            extra={
                "event": "question",
                "language": decision.language,
                "outcome": decision.outcome.value,
                "entry": decision.candidates[0] if decision.outcome is Outcome.ANSWER else None,
            },
        )
        log.debug("question %d text: %r", question_id, text)
        if decision.outcome is Outcome.ANSWER:
            entry = self.knowledge.entries[decision.candidates[0]]
            return self._entry_replies(entry, decision.language, lang, question_id)
        if decision.outcome is Outcome.CLARIFY:
            return [self._clarify_reply(decision, lang, question_id)]
        return [self._unanswered_reply(decision, lang, question_id)]

    def _entry_replies(
        self, entry: Entry, language: str, interface: str, question_id: int
    ) -> list[Reply]:
        messages = entry_messages(self.knowledge, entry, language, interface)
        rows: list[tuple[Button, ...]] = [
            (
                Button("👍", f"fb:{question_id}:{entry.id}:1"),
                Button("👎", f"fb:{question_id}:{entry.id}:0"),
            ),
            (Button(t(interface, "Read in another language"), f"langs:{entry.id}"),),
        ]
        shown = entry.best_language(language)
        for related_id in entry.related[:MAX_RELATED]:
            related = self.knowledge.entries[related_id]
            title = related.languages[related.best_language(shown)].title
            rows.append((Button("↪ " + short(title), f"entry:{related_id}:{shown}"),))
        if self.bot_username:
            link = f"https://t.me/{self.bot_username}?start={entry.id}"
            rows.append((Button(t(interface, "Share"), url=f"https://t.me/share/url?url={link}"),))
        replies = [Reply(message) for message in messages[:-1]]
        replies.append(Reply(messages[-1], tuple(rows)))
        return replies

    def _clarify_reply(self, decision: Decision, lang: str, question_id: int) -> Reply:
        rows = []
        for entry_id in decision.candidates:
            entry = self.knowledge.entries[entry_id]
            title = entry.languages[entry.best_language(decision.language)].title
            rows.append((Button(short(title), f"pick:{question_id}:{entry_id}"),))
        rows.append((Button(t(lang, "None of these"), f"none:{question_id}"),))
        return Reply(html.escape(t(lang, "Did you mean…?")), tuple(rows))

    def _unanswered_reply(self, decision: Decision | None, lang: str, question_id: int) -> Reply:
        text = t(
            lang,
            "I don't know yet: nothing in the texts I have answers this. Your question has been "
            "recorded for the editors.",
        )
        rows: list[tuple[Button, ...]] = [
            (Button("🔔 " + t(lang, "Notify me when this is answered"), f"notify:{question_id}"),)
        ]
        nearest = []
        for match in decision.matches if decision else ():
            topic = self.knowledge.entries[match.entry_id].topic
            if topic not in nearest:
                nearest.append(topic)
        if nearest:
            text += "\n\n" + t(lang, "These topics may be close to what you are looking for:")
            for topic_id in nearest[:3]:
                name = self.knowledge.topics[topic_id].name(lang)
                rows.append((Button(short(name), f"topic:{topic_id}:0"),))
        return Reply(html.escape(text), tuple(rows))

    # Buttons

    async def callback(self, person: Person, data: str) -> CallbackResult:
        """Act on a button; unknown or stale data gets a polite notice, never an error."""
        lang = await self.interface(person)
        kind, _, rest = data.partition(":")
        parts = rest.split(":")
        try:
            handler = {
                "ask": self._on_example,
                "lang": self._on_language,
                "topics": self._on_topics,
                "topic": self._on_topic,
                "entry": self._on_entry,
                "langs": self._on_languages,
                "fb": self._on_feedback,
                "pick": self._on_pick,
                "none": self._on_none,
                "notify": self._on_notify,
            }[kind]
            return await handler(person, lang, parts)
        except (KeyError, IndexError, ValueError):
            return CallbackResult(notice=t(lang, "This button is no longer available."))

    async def _on_example(self, person: Person, lang: str, parts: list[str]) -> CallbackResult:
        return CallbackResult(replies=await self.question(person, t(lang, EXAMPLES[int(parts[0])])))

    async def _on_language(self, person: Person, lang: str, parts: list[str]) -> CallbackResult:
        code = supported(parts[0])
        if code is None:
            raise ValueError(parts[0])
        await self.storage.set_language(person.key, code)
        text = t(code, "Interface language: {name}.", name=language_name(code))
        return CallbackResult(edit=Reply(html.escape(text)), notice=text)

    async def _on_topics(self, person: Person, lang: str, parts: list[str]) -> CallbackResult:
        return CallbackResult(edit=self._topics_reply(lang, int(parts[0])))

    async def _on_topic(self, person: Person, lang: str, parts: list[str]) -> CallbackResult:
        return CallbackResult(edit=self._topic_reply(lang, parts[0], int(parts[1])))

    async def _on_entry(self, person: Person, lang: str, parts: list[str]) -> CallbackResult:
        entry = self.knowledge.entries[parts[0]]
        language = parts[1] if parts[1] in LANGUAGES else lang
        return CallbackResult(replies=self._entry_replies(entry, language, lang, question_id=0))

    async def _on_languages(self, person: Person, lang: str, parts: list[str]) -> CallbackResult:
        entry = self.knowledge.entries[parts[0]]
        rows = tuple(
            (Button(language_name(code), f"entry:{entry.id}:{code}"),)
            for code in LANGUAGES
            if code in entry.languages
        )
        return CallbackResult(replies=[Reply(html.escape(t(lang, "Read in:")), rows)])

    async def _on_feedback(self, person: Person, lang: str, parts: list[str]) -> CallbackResult:
        question_id, entry_id, helpful = int(parts[0]), parts[1], parts[2] == "1"
        if entry_id not in self.knowledge.entries:
            raise KeyError(entry_id)
        await self.storage.record_feedback(question_id or None, person.key, entry_id, helpful)
        return CallbackResult(notice=t(lang, "Thank you for your feedback."))

    async def _on_pick(self, person: Person, lang: str, parts: list[str]) -> CallbackResult:
        question_id, entry_id = int(parts[0]), parts[1]
        entry = self.knowledge.entries[entry_id]
        record = await self.storage.question(question_id)
        if record is None:
            raise KeyError(question_id)
        await self.storage.record_clarification(question_id, entry_id)
        return CallbackResult(
            replies=self._entry_replies(entry, record.language, lang, question_id)
        )

    async def _on_none(self, person: Person, lang: str, parts: list[str]) -> CallbackResult:
        question_id = int(parts[0])
        if await self.storage.question(question_id) is None:
            raise KeyError(question_id)
        return CallbackResult(replies=[self._unanswered_reply(None, lang, question_id)])

    async def _on_notify(self, person: Person, lang: str, parts: list[str]) -> CallbackResult:
        question_id = int(parts[0])
        if not await self.storage.subscribe(question_id, person.chat_id, lang):
            raise KeyError(question_id)
        text = t(lang, "I will tell you here when this question has an answer.")
        return CallbackResult(replies=[Reply(html.escape(text))], notice=text)

    # Topics

    def _topics_reply(self, lang: str, page: int) -> Reply:
        topics = self.knowledge.topics_in_order()
        pages = max(1, -(-len(topics) // TOPICS_PER_PAGE))
        page = min(max(page, 0), pages - 1)
        rows: list[tuple[Button, ...]] = []
        for topic in topics[page * TOPICS_PER_PAGE : (page + 1) * TOPICS_PER_PAGE]:
            count = len(self.knowledge.entries_in_topic(topic.id))
            label = f"{short(topic.name(lang), 48)} ({count})"
            rows.append((Button(label, f"topic:{topic.id}:0"),))
        rows.extend(_pager(lang, page, pages, "topics:{}"))
        text = t(lang, "Topics (page {page} of {pages}):", page=page + 1, pages=pages)
        return Reply(html.escape(text), tuple(rows))

    def _topic_reply(self, lang: str, topic_id: str, page: int) -> Reply:
        topic = self.knowledge.topics[topic_id]
        entries = self.knowledge.entries_in_topic(topic_id)
        pages = max(1, -(-len(entries) // ENTRIES_PER_PAGE))
        page = min(max(page, 0), pages - 1)
        rows: list[tuple[Button, ...]] = []
        for entry in entries[page * ENTRIES_PER_PAGE : (page + 1) * ENTRIES_PER_PAGE]:
            title = entry.languages[entry.best_language(lang)].title
            label = f"§{entry.paragraph} {title}" if entry.paragraph else title
            rows.append((Button(short(label), f"entry:{entry.id}:{lang}"),))
        rows.extend(_pager(lang, page, pages, f"topic:{topic_id}:{{}}"))
        rows.append((Button("⬅ " + t(lang, "All topics"), "topics:0"),))
        count = tn(lang, "{count} text", "{count} texts", len(entries))
        return Reply(f"<b>{html.escape(topic.name(lang))}</b>\n{html.escape(count)}", tuple(rows))

    # Inline mode

    def inline(self, query: str, hint: str | None = None) -> list[InlineArticle]:
        """Up to five entries to share, in the language of the query."""
        query = query.strip()
        if not query:
            return []
        decision = self.matcher.match(query, hint=supported(hint))
        articles = []
        for match in decision.matches:
            if match.score < self.matcher.thresholds.clarify:
                continue
            entry = self.knowledge.entries[match.entry_id]
            shown = entry.best_language(decision.language)
            local = entry.languages[shown]
            articles.append(
                InlineArticle(
                    entry.id,
                    local.title,
                    source_line(self.knowledge, entry, shown),
                    "\n\n".join(
                        entry_messages(self.knowledge, entry, decision.language, decision.language)
                    ),
                )
            )
        return articles


def _pager(lang: str, page: int, pages: int, pattern: str) -> list[tuple[Button, ...]]:
    buttons = []
    if page > 0:
        buttons.append(Button("‹ " + t(lang, "Previous"), pattern.format(page - 1)))
    if page < pages - 1:
        buttons.append(Button(t(lang, "Next") + " ›", pattern.format(page + 1)))
    return [tuple(buttons)] if buttons else []
