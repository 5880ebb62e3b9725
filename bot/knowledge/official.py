"""The official texts as recorded at import, so that an edit cannot change a quotation unseen.

``official_texts.json``, beside this module, holds every official text of the sources it covers
(entry texts, topic headings, the sentences saying whom a group of paragraphs addresses), each
normalised and with its SHA-256. It is written by ``python -m tools.fingerprint_official``, in
the repository, only after every text was compared with its seed under ``sources/``; it ships
inside the package, so the check works where ``sources/`` is absent (the container image).

On every load the loader hands each text of a covered source to ``Record.problem``: an official
text must equal its recorded one (the first differing words are shown), a new one must be
recorded, and a recorded one cannot quietly become a project translation. Titles, questions and
keywords are the project's own and are never recorded. A source the record does not cover at all
(a new document, or a test's small knowledge base) is not checked.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.knowledge.model import KnowledgeBase, Origin

RECORD_FILE = Path(__file__).with_name("official_texts.json")
RECORD_COMMAND = "python -m tools.fingerprint_official"
# The kinds of official text, as named in the record: entry texts, topic names, addressee sentences.
KINDS = ("entries", "topics", "addressees")
_ABOUT = (
    "The official texts of the knowledge base, normalised (Unicode NFC, each run of white space "
    f"one space), each with its SHA-256. Written by `{RECORD_COMMAND}` after comparing every text "
    "with its seed in sources/; do not edit by hand. See bot/knowledge/official.py."
)


def normalise(text: str) -> str:
    """What is compared: the text in NFC, with each run of white space (line breaks) one space."""
    return unicodedata.normalize("NFC", " ".join(text.split()))


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Quoted:
    """A text that may be a quotation: ``owner`` is the entry id, topic id or addressee key."""

    kind: str
    source: str
    owner: str
    language: str
    text: str
    official: bool

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.kind, self.owner, self.language)


class RecordError(Exception):
    """The record of official texts cannot be read, or was edited by hand."""


@dataclass(frozen=True)
class Record:
    """Per source, the normalised official texts by (kind, owner, language)."""

    sources: Mapping[str, Mapping[tuple[str, str, str], str]]

    @classmethod
    def of(cls, texts: Iterable[Quoted]) -> Record:
        sources: dict[str, dict[tuple[str, str, str], str]] = {}
        for quoted in texts:
            if quoted.official:
                sources.setdefault(quoted.source, {})[quoted.key] = normalise(quoted.text)
        return cls(sources)

    @classmethod
    def from_json(cls, data: Any) -> Record:
        """Read the file's shape back, checking each text against its SHA-256."""
        if not isinstance(data, dict) or not isinstance(data.get("sources"), dict):
            raise RecordError("not a record of official texts (no 'sources' mapping)")
        sources: dict[str, dict[tuple[str, str, str], str]] = {}
        for source, kinds in data["sources"].items():
            texts = sources[source] = {}
            for kind, owners in kinds.items():
                for owner, languages in owners.items():
                    for language, recorded in languages.items():
                        text, digest = recorded.get("text"), recorded.get("sha256")
                        if not isinstance(text, str) or sha256(text) != digest:
                            raise RecordError(
                                f"the recorded {kind} {owner} {language} does not match its "
                                f"SHA-256: the record was edited by hand; restore it with git, "
                                f"or re-record with `{RECORD_COMMAND}`"
                            )
                        texts[(kind, owner, language)] = text
        return cls(sources)

    def to_json(self) -> dict[str, Any]:
        sources: dict[str, Any] = {}
        for source, texts in sorted(self.sources.items()):
            kinds: dict[str, Any] = {}
            for (kind, owner, language), text in sorted(texts.items()):
                owners = kinds.setdefault(kind, {})
                owners.setdefault(owner, {})[language] = {"sha256": sha256(text), "text": text}
            sources[source] = kinds
        return {"about": _ABOUT, "sources": sources}

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, indent=1) + "\n"

    def problem(self, quoted: Quoted) -> tuple[str, str] | None:
        """What is wrong with a text as the loader read it: ("text" or "origin", message)."""
        texts = self.sources.get(quoted.source)
        if texts is None:
            return None  # a source with no recorded texts: nothing to compare with
        recorded = texts.get(quoted.key)
        if not quoted.official:
            if recorded is None:
                return None
            return "origin", (
                "must be official: this is a recorded official text of the source "
                f"(bot/knowledge/{RECORD_FILE.name})"
            )
        if recorded is None:
            return "text", (
                "official text not recorded: if it quotes the source, record it with "
                f"`{RECORD_COMMAND}` in the repository (it compares the text with sources/ first); "
                "if the project wrote or translated it, say so in its origin"
            )
        ours = normalise(quoted.text)
        if ours == recorded:
            return None
        changed, source_says = first_difference(ours, recorded, quoted.language)
        return "text", (
            f'differs from the official text at "{changed}": the source says "{source_says}"'
        )


def first_difference(ours: str, theirs: str, language: str) -> tuple[str, str]:
    """The stretch where two texts first differ, with a few words around it, in each text.

    Words are compared (characters in Chinese, which has no spaces); the common start and end are
    left out, so an inserted or deleted word shows as the same context with and without it.
    """
    chinese = language == "zh"
    a, b = (list(ours), list(theirs)) if chinese else (ours.split(" "), theirs.split(" "))
    start = 0
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    end = 0
    while end < len(a) - start and end < len(b) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    context, longest = (6, 16) if chinese else (3, 8)
    return (
        _excerpt(a, start, len(a) - end, context, longest, chinese),
        _excerpt(b, start, len(b) - end, context, longest, chinese),
    )


def _excerpt(
    tokens: list[str], start: int, stop: int, context: int, longest: int, chinese: bool
) -> str:
    low = max(0, start - context)
    high = start + longest if stop - start > longest else min(len(tokens), stop + context)
    joiner, before, after = ("", "…", "…") if chinese else (" ", "… ", " …")
    text = joiner.join(tokens[low:high])
    if low > 0:
        text = before + text
    if high < len(tokens):
        text += after
    return text


_cache: dict[Path, tuple[tuple[int, int], Record]] = {}


def load_record(path: Path = RECORD_FILE) -> Record:
    """The record in ``path``, read once and again only when the file changes."""
    try:
        stat = path.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
        cached = _cache.get(path)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise RecordError(f"cannot read the record of official texts: {error}") from None
    try:
        record = Record.from_json(data)
    except (AttributeError, TypeError) as error:  # a mapping where a text was expected, etc.
        raise RecordError(f"not a record of official texts: {error}") from None
    _cache[path] = (stamp, record)
    return record


def official_texts(knowledge: KnowledgeBase) -> Iterator[Quoted]:
    """Every text of a loaded knowledge base that may be a quotation, in the loader's terms."""
    for source in knowledge.sources.values():
        for key, sentences in source.addressees.items():
            for language, sentence in sentences.items():
                yield Quoted("addressees", source.id, key, language, sentence, True)
    for topic in knowledge.topics.values():
        if topic.source is not None:
            for language, name in topic.names.items():
                official = topic.name_origins[language] is Origin.OFFICIAL
                yield Quoted("topics", topic.source, topic.id, language, name, official)
    for entry in knowledge.entries.values():
        for language, local in entry.languages.items():
            official = local.origin is Origin.OFFICIAL
            yield Quoted("entries", entry.source, entry.id, language, local.text, official)
