"""How an entry, a source line and long texts are written out, within Telegram's limits.

Replies are Telegram HTML (``parse_mode=HTML``): every text that did not come from us (the user's
question, and to be safe the knowledge texts too) goes through ``html.escape``. A message is at
most 4096 characters; a longer one is split at a paragraph, else a sentence, else a space, never
inside an HTML tag because we split the plain text before adding tags.
"""

from __future__ import annotations

import html
import re

from bot.i18n import isolate, language_name, t
from bot.knowledge.model import Entry, KnowledgeBase, Origin

MESSAGE_LIMIT = 4096
CALLBACK_DATA_LIMIT = 64  # bytes
_SENTENCE_END = re.compile(r"(?<=[.!?。！？؟])\s+|(?<=[。！？])")


def link(url: str, label: str) -> str:
    """An HTML link with both parts escaped."""
    return f'<a href="{html.escape(url, quote=True)}">{html.escape(label)}</a>'


def split_text(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` characters at natural boundaries."""
    pieces: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        window = rest[:limit]
        cut = window.rfind("\n\n")
        if cut < limit // 3:
            ends = [m.end() for m in _SENTENCE_END.finditer(window)]
            cut = ends[-1] if ends and ends[-1] >= limit // 3 else window.rfind(" ")
        if cut <= 0:
            cut = limit
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
