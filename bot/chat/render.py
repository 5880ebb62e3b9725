"""All the HTML the bot sends: entries with their source line, menus, lists; within limits.

Replies are Telegram HTML (``parse_mode=HTML``): every text that did not come from us (the user's
question, and to be safe the knowledge texts too) goes through ``html.escape``. A message is at
most 4096 characters; a longer one is split at a paragraph, else a sentence, else a space, never
inside an HTML tag because we split the plain text before adding tags.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence

from bot.chat.callbacks import (
    Action,
    EntryLanguages,
    Example,
    Feedback,
    GapIgnore,
    GapLink,
    GapOther,
    NoneOfThese,
    Notify,
    Pick,
    SetLanguage,
    ShowEntry,
    TopicEntries,
    TopicsPage,
)
from bot.chat.commands import Command
from bot.chat.replies import Button, Reply
from bot.i18n import isolate, language_name, t, tn
from bot.knowledge.model import Entry, KnowledgeBase, Origin
from bot.languages import LANGUAGES
from bot.storage import Gap

MESSAGE_LIMIT = 4096
_SENTENCE_END = re.compile(r"(?<=[.!?。！？؟])\s+|(?<=[。！？])")


def link(url: str, label: str) -> str:
    """An HTML link with both parts escaped."""
    return f'<a href="{html.escape(url, quote=True)}">{html.escape(label)}</a>'


def utf16_length(text: str) -> int:
    """Length as Telegram counts it, in UTF-16 code units (an emoji beyond the BMP is two)."""
    return len(text) + sum(1 for character in text if ord(character) > 0xFFFF)


def _window(text: str, limit: int) -> str:
    """The longest start of ``text`` that is at most ``limit`` UTF-16 code units."""
    window = text[:limit]
    while (excess := utf16_length(window) - limit) > 0:
        window = window[: len(window) - max(1, excess // 2)]
    return window


def split_text(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` characters (as Telegram counts them) at
    natural boundaries: a paragraph, else a sentence, else a space, else anywhere."""
    pieces: list[str] = []
    rest = text.strip()
    while utf16_length(rest) > limit:
        window = _window(rest, limit)
        size = len(window)
        cut = window.rfind("\n\n")
        if cut < size // 3:
            ends = [m.end() for m in _SENTENCE_END.finditer(window)]
            cut = ends[-1] if ends and ends[-1] >= size // 3 else window.rfind(" ")
        if cut <= 0:
            cut = max(size, 1)  # no boundary at all (a limit under 2 cannot hold an emoji)
        pieces.append(rest[:cut].strip())
        rest = rest[cut:].strip()
    if rest:
        pieces.append(rest)
    return pieces


def source_line(knowledge: KnowledgeBase, entry: Entry, language: str) -> str:
    """'Beijing Consensus on Artificial Intelligence and Education (2019), paragraph 12'."""
    source = knowledge.sources[entry.source]
    title = isolate(source.title(language), language)
    year = isolate(str(source.year), language)
    if entry.paragraph is not None:
        paragraph = isolate(str(entry.paragraph), language)
        return t(
            language,
            "{source} ({year}), paragraph {paragraph}",
            source=title,
            year=year,
            paragraph=paragraph,
        )
    return t(language, "{source} ({year})", source=title, year=year)


def entry_messages(
    knowledge: KnowledgeBase, entry: Entry, language: str, interface: str
) -> list[str]:
    """An entry as an answer: title in bold, the text as a quotation, its source, notes.

    ``language`` is the language asked for; the entry may only exist in another one, which the
    reader is told in the interface language. A text too long for one message is split first,
    as plain text, so no piece ends inside a tag.
    """
    shown = entry.best_language(language)
    local = entry.languages[shown]
    source = knowledge.sources[entry.source]
    pieces = split_text(local.text, MESSAGE_LIMIT - 600)
    quoted = [f"<blockquote>{html.escape(piece)}</blockquote>" for piece in pieces]
    parts = [f"<b>{html.escape(local.title)}</b>", quoted[-1]]
    line = "— " + html.escape(source_line(knowledge, entry, shown))
    if source.url:
        line += " " + link(source.url, t(interface, "full text"))
    parts.append(line)
    notes = []
    if local.origin is Origin.PROJECT_TRANSLATION:
        notes.append(t(interface, "Translation by this project, not an official UNESCO text."))
    elif local.origin is Origin.PROJECT:
        notes.append(t(interface, "Written by this project, not an official UNESCO text."))
    if shown != language:
        notes.append(
            t(
                interface,
                "This text is not available in {wanted}; here it is in {shown}.",
                wanted=isolate(language_name(language, interface, in_sentence=True), interface),
                shown=isolate(language_name(shown, interface, in_sentence=True), interface),
            )
        )
    parts.extend(f"<i>{html.escape(note)}</i>" for note in notes)
    if len(quoted) > 1:
        return [
            f"<b>{html.escape(local.title)}</b>\n\n{quoted[0]}",
            *quoted[1:-1],
            "\n\n".join(parts[1:]),
        ]
    return ["\n\n".join(parts)]


def short(text: str, limit: int = 60) -> str:
    """A label that fits on a button."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# Replies: every piece of HTML the conversation sends is built below.

TOPICS_PER_PAGE = 7
ENTRIES_PER_PAGE = 8
MAX_RELATED = 3


def escaped(text: str, buttons: tuple[tuple[Button, ...], ...] = ()) -> Reply:
    """A reply of plain text (ours, translated), escaped for Telegram HTML."""
    return Reply(html.escape(text), buttons)


def welcome(knowledge: KnowledgeBase, lang: str, examples: Sequence[str]) -> Reply:
    text = t(
        lang,
        "Welcome! I quote what UNESCO recommends on artificial intelligence in education: "
        "{count} recommendations and resources, from the Beijing Consensus (2019) in its six "
        "official languages and from UNESCO's programmes on AI for the public sector.",
        count=isolate(str(len(knowledge.entries)), lang),
    )
    text += "\n\n" + t(
        lang,
        "Ask me a question in your own words, in English, French, Spanish, Russian, Chinese "
        "or Arabic. I answer with the exact text and its source. When I don't know, I say so "
        "and pass your question on to the editors.",
    )
    text += "\n\n" + t(lang, "Try one of these:")
    buttons = tuple((Button(t(lang, example), Example(n)),) for n, example in enumerate(examples))
    buttons += ((Button(t(lang, "Browse by topic"), TopicsPage(0)),),)
    return escaped(text, buttons)


def command_lines(lang: str, commands: Sequence[Command]) -> list[str]:
    return [f"/{command.name} — {t(lang, command.description)}" for command in commands]


def help_reply(lang: str, commands: Sequence[Command], bot_username: str | None) -> Reply:
    lines = [t(lang, "Ask a question in your own words, in any of the six UN languages.")]
    lines += command_lines(lang, commands)
    if bot_username:
        lines.append(
            t(
                lang,
                "In any chat, type {mention} and a question to share a recommendation.",
                mention=isolate("@" + bot_username, lang),
            )
        )
    return escaped("\n".join(lines))


def unknown_command(lang: str, name: str, commands: Sequence[Command]) -> Reply:
    lines = [t(lang, "There is no command /{name}. The commands are:", name=name)]
    lines += command_lines(lang, commands)
    return escaped("\n".join(lines))


def about_reply(knowledge: KnowledgeBase, lang: str) -> Reply:
    lines = [html.escape(t(lang, "Sources:"))]
    for source in knowledge.sources.values():
        title = html.escape(isolate(source.title(lang), lang))
        official = all(origin is Origin.OFFICIAL for origin in source.title_origins.values())
        kind = (
            t(lang, "official texts in the six UN languages")
            if official
            else t(lang, "English text; the other languages are translations by this project")
        )
        line = f"• <b>{title}</b> (UNESCO, {isolate(str(source.year), lang)}): {html.escape(kind)}"
        if source.url:
            line += "\n  " + link(source.url, source.url)
        lines.append(line)
    for note in (
        t(
            lang,
            "Answers quote the recommendations word for word; titles are written by this "
            "project, and translations by this project are always marked. Answers are not "
            "legal advice.",
        ),
        t(
            lang,
            "Questions I cannot answer are recorded for the editors without your name or "
            "Telegram id. Your chat is kept only if you ask to be notified.",
        ),
    ):
        lines.append(html.escape(note))
    return Reply("\n\n".join(lines))


def language_menu(lang: str) -> Reply:
    buttons = tuple((Button(language_name(code), SetLanguage(code)),) for code in LANGUAGES)
    return escaped(t(lang, "Choose the language of the interface:"), buttons)


def entry_replies(
    knowledge: KnowledgeBase,
    entry: Entry,
    language: str,
    interface: str,
    question_id: int,
    bot_username: str | None,
    also: Sequence[str] = (),
) -> list[Reply]:
    """An entry as an answer, with feedback, other languages, entries also relevant to the
    question (co-relevant candidates), related entries and sharing."""
    messages = entry_messages(knowledge, entry, language, interface)
    shown = entry.best_language(language)
    rows: list[tuple[Button, ...]] = []
    for also_id in also:
        other = knowledge.entries[also_id]
        title = other.languages[other.best_language(shown)].title
        label = t(interface, "Also relevant: {title}", title=short(title, 48))
        rows.append((Button(label, ShowEntry(also_id, shown)),))
    rows += [
        (
            Button("👍", Feedback(question_id, entry.id, True)),
            Button("👎", Feedback(question_id, entry.id, False)),
        ),
        (Button(t(interface, "Read in another language"), EntryLanguages(entry.id)),),
    ]
    for related_id in [r for r in entry.related if r not in also][:MAX_RELATED]:
        related = knowledge.entries[related_id]
        title = related.languages[related.best_language(shown)].title
        rows.append((Button("↪ " + short(title), ShowEntry(related_id, shown)),))
    if bot_username:
        deep_link = f"https://t.me/{bot_username}?start={entry.id}"
        share = f"https://t.me/share/url?url={deep_link}"
        rows.append((Button(t(interface, "Share"), url=share),))
    replies = [Reply(message) for message in messages[:-1]]
    replies.append(Reply(messages[-1], tuple(rows)))
    return replies


def clarify_reply(
    knowledge: KnowledgeBase, candidates: Sequence[str], language: str, lang: str, question_id: int
) -> Reply:
    rows = []
    for entry_id in candidates:
        entry = knowledge.entries[entry_id]
        title = entry.languages[entry.best_language(language)].title
        rows.append((Button(short(title), Pick(question_id, entry_id)),))
    rows.append((Button(t(lang, "None of these"), NoneOfThese(question_id)),))
    return escaped(t(lang, "Did you mean…?"), tuple(rows))


def scope(knowledge: KnowledgeBase, lang: str) -> str:
    """One sentence on what the bot covers, so a person knows whether to rephrase or look
    elsewhere."""
    titles = [isolate(source.title(lang), lang) for source in knowledge.sources.values()]
    return t(
        lang,
        "I cover only these texts: {sources}; in English, French, Spanish, Russian, Chinese and "
        "Arabic.",
        sources="; ".join(titles),
    )


def unanswered_reply(
    knowledge: KnowledgeBase, nearest_entries: Sequence[str], lang: str, question_id: int
) -> Reply:
    """Say we do not know yet, the bot's scope, "Notify me", and topics only when close."""
    text = t(
        lang,
        "I don't know yet: nothing in the texts I have answers this. Your question has been "
        "recorded for the editors.",
    )
    text += " " + scope(knowledge, lang)
    rows: list[tuple[Button, ...]] = [
        (Button("🔔 " + t(lang, "Notify me when this is answered"), Notify(question_id)),)
    ]
    nearest: list[str] = []
    for entry_id in nearest_entries:
        topic = knowledge.entries[entry_id].topic
        if topic not in nearest:
            nearest.append(topic)
    if nearest:
        text += "\n\n" + t(lang, "These topics may be close to what you are looking for:")
        for topic_id in nearest[:3]:
            name = knowledge.topics[topic_id].name(lang)
            rows.append((Button(short(name), TopicEntries(topic_id, 0)),))
    return escaped(text, tuple(rows))


def no_such_paragraph(knowledge: KnowledgeBase, source_id: str, number: int, lang: str) -> Reply:
    """A reference to a paragraph the document does not have ("paragraph 99")."""
    paragraphs = [e.paragraph for e in knowledge.entries.values() if e.source == source_id]
    count = max((p for p in paragraphs if p is not None), default=0)
    text = t(
        lang,
        "The {source} has {count} paragraphs: there is no paragraph {number}. Ask for one from 1 "
        "to {count}, for example “paragraph 12”.",
        source=isolate(knowledge.sources[source_id].title(lang), lang),
        count=isolate(str(count), lang),
        number=isolate(str(number), lang),
    )
    return escaped(text, ((Button(t(lang, "Browse by topic"), TopicsPage(0)),),))


def entry_languages(entry: Entry, lang: str) -> Reply:
    rows = tuple(
        (Button(language_name(code), ShowEntry(entry.id, code)),)
        for code in LANGUAGES
        if code in entry.languages
    )
    return escaped(t(lang, "Read in:"), rows)


def topics_reply(knowledge: KnowledgeBase, lang: str, page: int) -> Reply:
    topics = knowledge.topics_in_order()
    pages = max(1, -(-len(topics) // TOPICS_PER_PAGE))
    page = min(max(page, 0), pages - 1)
    rows: list[tuple[Button, ...]] = []
    for topic in topics[page * TOPICS_PER_PAGE : (page + 1) * TOPICS_PER_PAGE]:
        count = len(knowledge.entries_in_topic(topic.id))
        label = f"{short(topic.name(lang), 48)} ({count})"
        rows.append((Button(label, TopicEntries(topic.id, 0)),))
    rows.extend(_pager(lang, page, pages, TopicsPage))
    text = t(lang, "Topics (page {page} of {pages}):", page=page + 1, pages=pages)
    return escaped(text, tuple(rows))


def topic_reply(knowledge: KnowledgeBase, lang: str, topic_id: str, page: int) -> Reply:
    topic = knowledge.topics[topic_id]
    entries = knowledge.entries_in_topic(topic_id)
    pages = max(1, -(-len(entries) // ENTRIES_PER_PAGE))
    page = min(max(page, 0), pages - 1)
    rows: list[tuple[Button, ...]] = []
    for entry in entries[page * ENTRIES_PER_PAGE : (page + 1) * ENTRIES_PER_PAGE]:
        title = entry.languages[entry.best_language(lang)].title
        label = f"§{entry.paragraph} {title}" if entry.paragraph else title
        rows.append((Button(short(label), ShowEntry(entry.id, lang)),))
    rows.extend(_pager(lang, page, pages, lambda n: TopicEntries(topic_id, n)))
    rows.append((Button("⬅ " + t(lang, "All topics"), TopicsPage(0)),))
    count = tn(lang, "{count} text", "{count} texts", len(entries))
    return Reply(f"<b>{html.escape(topic.name(lang))}</b>\n{html.escape(count)}", tuple(rows))


GAPS_IN_TELEGRAM = 5  # one message each, with its buttons; the command line lists them all


Sign = Callable[[Action], Action]  # binds an editor's button to that editor (callbacks.sign)


def gaps_replies(
    knowledge: KnowledgeBase, gaps: Sequence[Gap], lang: str, sign: Sign
) -> list[Reply]:
    """The most asked open gaps, one message each, with the editors' buttons (signed)."""
    if not gaps:
        return [escaped(t(lang, "No unanswered questions so far."))]
    heading = t(lang, "Unanswered questions, the most asked first:")
    replies = [Reply(f"<b>{html.escape(heading)}</b>")]
    for gap in gaps[:GAPS_IN_TELEGRAM]:
        languages = ", ".join(gap.languages)
        lines = [f"<b>#{gap.id}</b> {gap.count}× [{languages}]"]
        lines += [f"• {html.escape(short(example, 200))}" for example in gap.examples[:3]]
        if gap.waiting:
            waiting = tn(
                lang,
                "{count} person waiting to be notified",
                "{count} people waiting to be notified",
                gap.waiting,
            )
            lines.append(html.escape(waiting))
        rows: list[tuple[Button, ...]] = []
        if gap.suggested is not None and gap.suggested in knowledge.entries:
            entry = knowledge.entries[gap.suggested]
            title = entry.languages[entry.best_language(lang)].title
            label = t(lang, "Link to: {title}", title=short(title, 40))
            rows.append((Button(label, sign(GapLink(gap.id, entry.id))),))
        rows.append(
            (
                Button(t(lang, "Link to another entry"), sign(GapOther(gap.id))),
                Button(t(lang, "Ignore"), sign(GapIgnore(gap.id))),
            )
        )
        replies.append(Reply("\n".join(lines), tuple(rows)))
    if len(gaps) > GAPS_IN_TELEGRAM:
        more = len(gaps) - GAPS_IN_TELEGRAM
        replies.append(
            escaped(
                t(lang, "And {count} more: python -m bot gaps list", count=isolate(str(more), lang))
            )
        )
    return replies


def link_choices(
    knowledge: KnowledgeBase, gap_id: int, entry_ids: Sequence[str], lang: str, sign: Sign
) -> Reply:
    """Entries a search found for an editor who is linking a gap."""
    rows = []
    for entry_id in entry_ids:
        entry = knowledge.entries[entry_id]
        title = entry.languages[entry.best_language(lang)].title
        rows.append((Button(short(f"{entry_id}: {title}"), sign(GapLink(gap_id, entry_id))),))
    if not rows:
        return escaped(t(lang, "No entry matches. Type an entry id, such as bc-12."))
    return escaped(t(lang, "Link gap {gap} to:", gap=gap_id), tuple(rows))


def _pager(
    lang: str, page: int, pages: int, action: Callable[[int], Action]
) -> list[tuple[Button, ...]]:
    buttons = []
    if page > 0:
        buttons.append(Button("‹ " + t(lang, "Previous"), action(page - 1)))
    if page < pages - 1:
        buttons.append(Button(t(lang, "Next") + " ›", action(page + 1)))
    return [tuple(buttons)] if buttons else []
