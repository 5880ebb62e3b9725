"""The conversation, shared by the Telegram bot and the console chat.

Front ends turn what people do (a message, a command, a button) into calls on ``Conversation``,
and the ``Reply`` objects it returns (Telegram HTML and buttons, built in ``bot.chat.render``)
into messages. Nothing here knows about Telegram: the console chat and the end-to-end tests hold
the same conversation.

Each call reads ``self.live.current()`` once and uses that matcher and its knowledge base for the
whole call, so a reload may swap the knowledge at any moment without mixing two of them in one
reply. Answers come in the language of the question. Everything around them (buttons, notes),
and every reply to a question that is not a quotation (small talk, "I don't know yet", "Did you
mean…?"), comes in the person's saved interface language if they chose one, else in the
question's own language: someone who writes in French is answered in French, whatever language
their Telegram app is set to. Commands and buttons that name no question use the saved choice,
else Telegram's language, else English.

No input breaks it. Text from a front end first goes through ``clean`` (lone surrogates, which
JSON can deliver, become U+FFFD). What is stored of a question is ``stored_form``: normalised as
the matcher normalises (NFKC, case folding, invisible and control characters removed, one kind of
apostrophe), with each run of white space as one space; a question that is empty after that is
not a question (the help is shown) and is not stored.

Buttons are trusted only as far as they are checked (``docs/security.md``): one that names a
question works only for the person who asked it (the keyed hash stored with the question); the
editors' buttons carry a MAC bound to the editor they were shown to, and, like the editors'
commands, work only for someone in ``EDITOR_IDS`` at that moment and in a private chat. Anything
else gets the polite "no longer available" notice and changes nothing.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Awaitable, Callable

from bot.chat import callbacks, figures, render
from bot.chat.commands import find, menu, parse
from bot.chat.replies import CallbackResult, InlineArticle, Person, Reply
from bot.editors import gaps as editors
from bot.editors.coverage import coverage
from bot.editors.stats import Period, collect, learned_per_language, read_only
from bot.i18n import N_, interface_language, language_name, reply_language, t
from bot.knowledge.model import Entry, KnowledgeBase
from bot.languages import supported
from bot.live import Live, ReloadResult
from bot.matching.analysis import normalize
from bot.matching.decision import Outcome
from bot.matching.matcher import Matcher
from bot.matching.references import BEIJING_CONSENSUS
from bot.matching.smalltalk import Intent
from bot.storage import Asker, Notification, Storage

log = logging.getLogger(__name__)
EXAMPLES = (
    N_("Can AI replace teachers?"),
    N_("How should student data be protected?"),
    N_("What does UNESCO recommend for girls and women in AI?"),
)
EDITORS_ONLY = N_("This command is for the editors of the knowledge base.")
NO_FIGURES = N_("The figures are not available here: the bot's database is in memory.")
PRIVATE_ONLY = N_("Editors' commands and buttons work only in a private chat with the bot.")
NO_LONGER_AVAILABLE = N_("This button is no longer available.")
SMALL_TALK_THANKS = N_(
    "You're welcome. Ask me anything else about UNESCO's recommendations on AI in education."
)
SMALL_TALK_GOODBYE = N_("Goodbye, and thank you. I am here whenever you have another question.")
SMALL_TALK_WHO = N_(
    "I am an assistant that quotes UNESCO's recommendations on artificial intelligence in "
    "education: the exact text and its source, never an invented answer. I am a program, not a "
    "person, and I use no language model."
)


Reloader = Callable[[bool], Awaitable[ReloadResult]]  # force -> what the reload did


class Stale(Exception):
    """A button names something that no longer exists (an entry, a question), or that is not
    the presser's: say so politely, and change nothing."""


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean(text: str) -> str:
    """Text as a front end may deliver it, made safe to store and to send: a lone surrogate
    (JSON's ``"\\ud800"``) becomes U+FFFD; a pair of them, the character they stand for."""
    if _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def stored_form(text: str) -> str:
    """What is recorded of a question: ``normalize``d, runs of white space as one space."""
    return " ".join(normalize(clean(text)).split())


def shown_command(text: str) -> str:
    """The name of a command that is not one (``/ü``, ``/a-b``), safe to show back: its first
    word, without control, format or unassigned characters, at most 32 characters."""
    words = clean(text).strip().lstrip("/").split(maxsplit=1)
    name = words[0] if words else ""
    return "".join(c for c in name if unicodedata.category(c)[0] != "C")[:32]


class Conversation:
    """The bot's behaviour, over the live knowledge and the storage."""

    def __init__(
        self,
        live: Live | Matcher,
        storage: Storage,
        bot_username: str | None = None,
        secret: bytes | None = None,
    ) -> None:
        """``secret`` (USER_HASH_SECRET) keys the MAC of the editors' buttons, so that they
        survive a restart; without it, a random one: they then last as long as the process."""
        self.live = live if isinstance(live, Live) else Live(live)
        self.storage = storage
        self.bot_username = bot_username
        # What /reload calls (the service's reload, in Telegram and in the console).
        self.reloader: Reloader | None = None
        # Editors who pressed "Link to another entry": their next message in that chat (an
        # editor's private chat) names the entry. Person key -> (gap id, chat id).
        self._linking: dict[str, tuple[int, int]] = {}
        self._button_secret = hmac.new(
            secret or os.urandom(32), b"editors' buttons", hashlib.sha256
        ).digest()

    @property
    def knowledge(self) -> KnowledgeBase:
        """The knowledge base live now (for callers outside a conversation call)."""
        return self.live.current().knowledge

    async def interface(self, person: Person) -> str:
        return interface_language(await self.storage.language(person.key), person.telegram_language)

    async def replying_to(self, person: Person, question_language: str) -> str:
        """The language around a reply to a question (``reply_language``); ``interface`` would
        follow the Telegram app, which often differs."""
        saved = await self.storage.language(person.key)
        return reply_language(saved, question_language, person.telegram_language)

    # Commands

    async def command(self, person: Person, text: str) -> list[Reply]:
        """Run a command typed as ``/name args``; an unknown one gets the list of commands."""
        text = clean(text)
        invocation = parse(text)
        command = find(invocation.name) if invocation else None
        if command is None:
            lang = await self.interface(person)
            name = invocation.name if invocation else shown_command(text)
            return [render.unknown_command(lang, name, menu(person.is_editor))]
        if command.editors_only:
            refusal = self._refusal(person, await self.interface(person))
            if refusal:
                return [render.escaped(refusal)]
        assert invocation is not None
        return await command.run(self, person, invocation.args)

    async def start(
        self, person: Person, payload: str | None = None, lang: str | None = None
    ) -> list[Reply]:
        """The welcome, or the entry a deep link (``/start bc-12``) points to; in ``lang`` when
        it answers a greeting, else in the interface language."""
        lang = lang or await self.interface(person)
        knowledge = self.live.current().knowledge
        if payload and payload in knowledge.entries:
            entry = knowledge.entries[payload]
            return render.entry_replies(knowledge, entry, lang, lang, 0, self.bot_username)
        return [render.welcome(knowledge, lang, EXAMPLES)]

    async def help(self, person: Person, lang: str | None = None) -> list[Reply]:
        lang = lang or await self.interface(person)
        return [render.help_reply(lang, menu(person.is_editor), self.bot_username)]

    async def about(self, person: Person) -> list[Reply]:
        lang = await self.interface(person)
        return [render.about_reply(self.live.current().knowledge, lang)]

    async def language_menu(self, person: Person) -> list[Reply]:
        return [render.language_menu(await self.interface(person))]

    async def topics(self, person: Person, page: int = 0) -> list[Reply]:
        lang = await self.interface(person)
        return [render.topics_reply(self.live.current().knowledge, lang, page)]

    # For editors

    @staticmethod
    def _refusal(person: Person, lang: str) -> str | None:
        """Why a person may not use the editors' commands and buttons here, if they may not:
        checked at every message and press (``EDITOR_IDS`` now; a private chat)."""
        if not person.is_editor:
            return t(lang, EDITORS_ONLY)
        if not person.private:
            return t(lang, PRIVATE_ONLY)
        return None

    def _signer(self, person: Person) -> Callable[[callbacks.Action], callbacks.Action]:
        """Signs the editors' buttons for ``person``: only they can press them."""
        return lambda action: callbacks.sign(action, self._button_secret, person.key)

    async def gaps(self, person: Person) -> list[Reply]:
        """The most asked unanswered questions, for editors; anyone else is told it is theirs."""
        lang = await self.interface(person)
        refusal = self._refusal(person, lang)
        if refusal:
            return [render.escaped(refusal)]
        knowledge = self.live.current().knowledge
        return render.gaps_replies(knowledge, await self.storage.gaps(), lang, self._signer(person))

    async def stats(self, person: Person, args: str = "") -> list[Reply]:
        """``/stats`` (``/stats 7``: the last 7 days): what ``python -m bot stats`` prints,
        for editors, in their language."""
        lang = await self.interface(person)
        refusal = self._refusal(person, lang)
        if refusal:
            return [render.escaped(refusal)]
        days = figures.parse_days(args)
        if days is None:
            return [render.escaped(t(lang, figures.DAYS_USAGE, most=figures.MAX_DAYS))]
        database = self.storage.path
        if database is None:
            return [render.escaped(t(lang, NO_FIGURES))]
        period = Period.last(days)
        result = await asyncio.to_thread(read_only, database, lambda db: collect(db, period))
        return self._pieces(figures.stats_text(result, lang))

    async def coverage(self, person: Person) -> list[Reply]:
        """``/coverage``: what each language of the knowledge lacks, as ``python -m bot
        coverage`` prints it, for editors, in their language."""
        lang = await self.interface(person)
        refusal = self._refusal(person, lang)
        if refusal:
            return [render.escaped(refusal)]
        knowledge = self.live.current().knowledge
        database = self.storage.path
        learned = (
            await asyncio.to_thread(read_only, database, learned_per_language)
            if database
            else Counter()
        )
        rows = coverage(knowledge, learned)
        return self._pieces(figures.coverage_text(rows, len(knowledge.entries), lang))

    @staticmethod
    def _pieces(text: str) -> list[Reply]:
        return [render.escaped(piece) for piece in render.split_text(text)]

    async def reload(self, person: Person, args: str = "") -> list[Reply]:
        """``/reload`` (``/reload force`` even if the evaluation falls), for editors."""
        lang = await self.interface(person)
        refusal = self._refusal(person, lang)
        if refusal:
            return [render.escaped(refusal)]
        if self.reloader is None:
            return [render.escaped(t(lang, "Reloading is not available here."))]
        result = await self.reloader(args.strip().lower() == "force")
        lines = [result.summary, *result.problems[:10]]
        if len(result.problems) > 10:
            lines.append(f"… (+{len(result.problems) - 10})")
        if result.held:
            lines.append(t(lang, "To reload all the same: /reload force"))
        return self._pieces("\n".join(lines))

    def notification(self, notification: Notification) -> list[Reply]:
        """What someone waiting on a resolved gap is sent: their question, then the answer."""
        knowledge = self.live.current().knowledge
        lang = notification.language
        entry = knowledge.entries[notification.entry_id]
        intro = t(
            lang,
            "You asked: “{question}”. It now has an answer:",
            question=render.short(notification.question_text, 300),
        )
        answer = render.entry_replies(
            knowledge,
            entry,
            notification.question_language,
            lang,
            notification.question_id,
            self.bot_username,
        )
        return [render.escaped(intro), *answer]

    async def _link_to(self, person: Person, gap_id: int, text: str) -> list[Reply]:
        """An editor typed what to link a gap to: an entry id, or words to search for it."""
        lang = await self.interface(person)
        matcher = self.live.current()
        wanted = text.strip().lower()
        if wanted in matcher.knowledge.entries:
            return [await self._resolve(person, lang, gap_id, wanted)]
        found = [match.entry_id for match in matcher.match(text, hint=lang).matches[:3]]
        return [render.link_choices(matcher.knowledge, gap_id, found, lang, self._signer(person))]

    async def _resolve(self, person: Person, lang: str, gap_id: int, entry_id: str) -> Reply:
        try:
            gap = await editors.resolve(self.storage, self.knowledge, gap_id, entry_id)
        except editors.EditorError as error:
            return render.escaped(str(error))
        log.info("gap %d linked to %s", gap.id, entry_id, extra={"event": "gap_resolved"})
        text = t(
            lang,
            "Gap {gap} linked to {entry}: the bot reloads with its questions, and the people "
            "waiting will be notified.",
            gap=gap_id,
            entry=entry_id,
        )
        return render.escaped(text)

    # A question

    async def question(self, person: Person, text: str) -> list[Reply]:
        """Match a question, record what happened, and reply according to the decision."""
        matcher = self.live.current()  # one snapshot for the whole call
        knowledge = matcher.knowledge
        saved = await self.storage.language(person.key)  # read once: a question is the hot path
        lang = interface_language(saved, person.telegram_language)
        text = clean(text).strip()
        stored = stored_form(text)
        if not stored:  # nothing left once invisible characters are gone: not a question
            return await self.help(person)
        if text.startswith("/"):
            return await self.command(person, text)
        linking = self._linking.get(person.key)
        if linking is not None and linking[1] == person.chat_id and person.is_editor:
            del self._linking[person.key]
            return await self._link_to(person, linking[0], text)
        decision = await self.live.match(matcher, text, hint=lang)
        lang = reply_language(saved, decision.language, person.telegram_language)
        if decision.outcome is Outcome.SMALL_TALK:  # never recorded: it is not a question
            log.info(
                "small talk in %s",
                decision.language,
                extra={"event": "small_talk", "language": decision.language},
            )
            return await self._small_talk(person, decision.intent, lang)
        reference = decision.reference
        if reference is not None and decision.outcome is not Outcome.ANSWER:
            # "paragraph 99": the document has no such paragraph; nothing for editors to add.
            source = reference.source or BEIJING_CONSENSUS
            return [render.no_such_paragraph(knowledge, source, reference.number, lang)]
        best = decision.best
        question_id = await self.storage.record_question(
            person.key,
            decision.language,
            stored,
            decision.outcome.value,
            best.entry_id if best else None,
            best.score if best else None,
            nearest=[m.entry_id for m in decision.matches if m.score >= matcher.thresholds.clarify],
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
            entry = knowledge.entries[decision.candidates[0]]
            return render.entry_replies(
                knowledge,
                entry,
                decision.language,
                lang,
                question_id,
                self.bot_username,
                also=decision.also,
            )
        if decision.outcome is Outcome.CLARIFY:
            return [
                render.clarify_reply(
                    knowledge, decision.candidates, decision.language, lang, question_id
                )
            ]
        floor = matcher.thresholds.clarify
        nearest = [match.entry_id for match in decision.matches if match.score >= floor]
        return [render.unanswered_reply(knowledge, nearest, lang, question_id)]

    async def _small_talk(self, person: Person, intent: Intent | None, lang: str) -> list[Reply]:
        """Greetings get the welcome; "what can you do?" and "help" the help; thanks and
        goodbyes a short word; "who are you?" what the bot is."""
        if intent is Intent.GREETING:
            return await self.start(person, lang=lang)
        if intent is Intent.THANKS:
            return [render.escaped(t(lang, SMALL_TALK_THANKS))]
        if intent is Intent.GOODBYE:
            return [render.escaped(t(lang, SMALL_TALK_GOODBYE))]
        replies = await self.help(person, lang)
        if intent is Intent.WHO:
            return [render.escaped(t(lang, SMALL_TALK_WHO)), *replies]
        return replies

    # Buttons

    async def callback(self, person: Person, data: str | None) -> CallbackResult:
        """Act on a button. Stale or malformed data gets a polite notice; a real error raises,
        so that the front end logs it and apologises."""
        lang = await self.interface(person)
        action = callbacks.decode(clean(data) if data else data)
        if action is None:
            return CallbackResult(notice=t(lang, NO_LONGER_AVAILABLE))
        if isinstance(action, callbacks.EDITOR_ACTIONS):
            refusal = self._refusal(person, lang)  # checked at every press
            if refusal:
                return CallbackResult(notice=refusal)
            if not callbacks.verify(action, self._button_secret, person.key):
                return CallbackResult(notice=t(lang, NO_LONGER_AVAILABLE))  # forged, or not theirs
        try:
            return await self._act(person, lang, action)
        except Stale:
            return CallbackResult(notice=t(lang, NO_LONGER_AVAILABLE))

    async def _asked_by(self, person: Person, question_id: int) -> Asker:
        """The question a button names, if ``person`` asked it; else the button is stale."""
        asker = await self.storage.asker(question_id)
        if asker is None or not hmac.compare_digest(asker.user_key, person.key):
            raise Stale
        return asker

    async def _act(self, person: Person, lang: str, action: callbacks.Action) -> CallbackResult:
        matcher = self.live.current()
        knowledge = matcher.knowledge
        match action:
            case callbacks.Example(index):
                if index >= len(EXAMPLES):
                    raise Stale
                return CallbackResult(replies=await self.question(person, t(lang, EXAMPLES[index])))
            case callbacks.SetLanguage(code):
                if supported(code) != code:
                    raise Stale
                await self.storage.set_language(person.key, code)
                text = t(code, "Interface language: {name}.", name=language_name(code))
                return CallbackResult(edit=render.escaped(text), notice=text)
            case callbacks.TopicsPage(page):
                return CallbackResult(edit=render.topics_reply(knowledge, lang, page))
            case callbacks.TopicEntries(topic_id, page):
                if topic_id not in knowledge.topics:
                    raise Stale
                return CallbackResult(edit=render.topic_reply(knowledge, lang, topic_id, page))
            case callbacks.ShowEntry(entry_id, language):
                entry = _entry(knowledge, entry_id)
                language = supported(language) or lang
                replies = render.entry_replies(
                    knowledge, entry, language, lang, 0, self.bot_username
                )
                return CallbackResult(replies=replies)
            case callbacks.EntryLanguages(entry_id):
                entry = _entry(knowledge, entry_id)
                return CallbackResult(replies=[render.entry_languages(entry, lang)])
            case callbacks.Feedback(question_id, entry_id, helpful):
                _entry(knowledge, entry_id)
                if question_id:  # 0: an entry opened from a link or a topic, nobody's question
                    await self._asked_by(person, question_id)
                await self.storage.record_feedback(
                    question_id or None, person.key, entry_id, helpful
                )
                if not helpful and question_id:
                    await self.storage.mark_unmet(question_id)  # 👎: the need is not met
                return CallbackResult(notice=t(lang, "Thank you for your feedback."))
            case callbacks.Pick(question_id, entry_id):
                entry = _entry(knowledge, entry_id)
                asker = await self._asked_by(person, question_id)
                if asker.outcome != "clarify" or entry_id not in asker.nearest:
                    raise Stale  # not one of the choices this question was offered
                await self.storage.record_clarification(question_id, entry_id)
                lang = await self.replying_to(person, asker.language)
                replies = render.entry_replies(
                    knowledge, entry, asker.language, lang, question_id, self.bot_username
                )
                return CallbackResult(replies=replies)
            case callbacks.NoneOfThese(question_id):
                asker = await self._asked_by(person, question_id)
                if not await self.storage.mark_unmet(question_id):
                    raise Stale
                lang = await self.replying_to(person, asker.language)
                return CallbackResult(
                    replies=[render.unanswered_reply(knowledge, (), lang, question_id)]
                )
            case callbacks.Notify(question_id):
                asker = await self._asked_by(person, question_id)  # a second press: no change
                lang = await self.replying_to(person, asker.language)
                if not await self.storage.subscribe(question_id, person.chat_id, lang):
                    raise Stale
                text = t(lang, "I will tell you here when this question has an answer.")
                return CallbackResult(replies=[render.escaped(text)], notice=text)
            case callbacks.GapLink(gap_id, entry_id):
                return CallbackResult(replies=[await self._resolve(person, lang, gap_id, entry_id)])
            case callbacks.GapOther(gap_id):
                if await self.storage.gap(gap_id) is None:
                    raise Stale
                self._linking[person.key] = (gap_id, person.chat_id)
                text = t(
                    lang, "Type the id of the entry for gap {gap}, or words to find it:", gap=gap_id
                )
                return CallbackResult(replies=[render.escaped(text)])
            case callbacks.GapIgnore(gap_id):
                try:
                    await editors.ignore(self.storage, gap_id)
                except editors.EditorError as error:
                    return CallbackResult(notice=str(error))
                return CallbackResult(notice=t(lang, "Gap {gap} ignored.", gap=gap_id))
        raise Stale  # an action this version does not handle

    # Inline mode

    def inline(self, query: str, hint: str | None = None) -> list[InlineArticle]:
        """Up to five entries to share, in the language of the query."""
        query = clean(query).strip()
        if not query:
            return []
        matcher = self.live.current()
        knowledge = matcher.knowledge
        decision = matcher.match(query, hint=supported(hint))
        articles = []
        for match in decision.matches:
            if match.score < matcher.thresholds.clarify:
                continue
            entry = knowledge.entries[match.entry_id]
            shown = entry.best_language(decision.language)
            local = entry.languages[shown]
            articles.append(
                InlineArticle(
                    entry.id,
                    local.title,
                    render.source_line(knowledge, entry, shown),
                    "\n\n".join(
                        render.entry_messages(
                            knowledge, entry, decision.language, decision.language
                        )
                    ),
                )
            )
        return articles


def _entry(knowledge: KnowledgeBase, entry_id: str) -> Entry:
    if entry_id not in knowledge.entries:
        raise Stale
    return knowledge.entries[entry_id]
