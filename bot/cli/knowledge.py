"""Commands over the knowledge files: ``validate``, ``show`` and ``ask``.

Contracts other tools rely on (keep them stable; ``DESIGN.md``): ``validate`` prints a summary
and exits 0, or one line per problem and exits 1; ``show --json`` prints one entry as one JSON
object; ``ask --json`` prints one JSON object per question and records nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence

from bot.cli.common import load_or_fail, print_problems
from bot.config import knowledge_dir
from bot.failures import EXIT_FAILURE, Failure
from bot.knowledge.loader import KnowledgeError, load_knowledge
from bot.knowledge.model import KnowledgeBase, Origin
from bot.languages import LANGUAGES


def summary(knowledge: KnowledgeBase) -> list[str]:
    """Counts an editor wants to see: what exists in each language and who wrote it, and how
    many synonym groups and asked questions each language has."""
    lines = [
        f"{len(knowledge.entries)} entries, {len(knowledge.topics)} topics, "
        f"{len(knowledge.sources)} sources",
        f"{'language':<9}{'texts':>6}{'official':>10}{'project':>9}{'questions':>11}{'keywords':>10}"
        f"{'synonyms':>10}{'asked':>7}",
    ]
    asked = Counter(language for language, _ in knowledge.asked_questions())
    for language in LANGUAGES:
        texts = [
            e.languages[language] for e in knowledge.entries.values() if language in e.languages
        ]
        origins = Counter(text.origin for text in texts)
        project = origins[Origin.PROJECT_TRANSLATION] + origins[Origin.PROJECT]
        questions = sum(len(text.questions) for text in texts)
        keywords = sum(len(text.keywords) for text in texts)
        synonyms = len(knowledge.synonyms.get(language, ()))
        lines.append(
            f"{language:<9}{len(texts):>6}{origins[Origin.OFFICIAL]:>10}{project:>9}"
            f"{questions:>11}{keywords:>10}{synonyms:>10}{asked[language]:>7}"
        )
    missing = [
        f"{entry.id} ({', '.join(lang for lang in LANGUAGES if lang not in entry.languages)})"
        for entry in knowledge.entries.values()
        if len(entry.languages) < len(LANGUAGES)
    ]
    if missing:
        lines.append("entries not yet in every language: " + "; ".join(missing))
    return lines


def command_validate(args: argparse.Namespace) -> int:
    directory = knowledge_dir(args.directory)
    try:
        knowledge = load_knowledge(directory)
    except KnowledgeError as error:
        print_problems(error, directory)
        return EXIT_FAILURE
    print(f"{directory}: sound")
    for line in summary(knowledge):
        print(line)
    return 0


def entry_as_dict(knowledge: KnowledgeBase, entry_id: str, language: str) -> dict[str, object]:
    """The ``show --json`` shape: one entry in one language, with where it comes from."""
    entry = knowledge.entries[entry_id]
    shown = entry.best_language(language)
    localized = entry.languages[shown]
    source = knowledge.sources[entry.source]
    return {
        "id": entry.id,
        "language": shown,
        "title": localized.title,
        "text": localized.text,
        "topic": knowledge.topics[entry.topic].name(language),
        "source": {
            "id": source.id,
            "title": source.title(language),
            "year": source.year,
            "paragraph": entry.paragraph,
            "url": source.url,
            "origin": localized.origin.value,
        },
    }


def command_show(args: argparse.Namespace) -> int:
    knowledge = load_or_fail(knowledge_dir(args.knowledge))
    if args.id not in knowledge.entries:
        raise Failure(f"no entry {args.id!r} (try one of: bc-01 … bc-44)")
    data = entry_as_dict(knowledge, args.id, args.lang)
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
        return 0
    source = data["source"]
    assert isinstance(source, dict)
    print(data["title"])
    print()
    print(data["text"])
    print()
    where = f"{source['title']} ({source['year']})"
    if source["paragraph"]:
        where += f", §{source['paragraph']}"
    print(f"— {where}")
    if source["origin"] == Origin.PROJECT_TRANSLATION.value:
        print("(translation by this project, not an official UNESCO text)")
    elif source["origin"] == Origin.PROJECT.value:
        print("(written by this project, not an official UNESCO text)")
    if data["language"] != args.lang:
        print(f"(not available in {args.lang}; shown in {data['language']})")
    return 0


def _valid_text(text: str) -> str:
    """Input as valid Unicode: bytes that were not UTF-8 (which Python keeps as lone surrogates,
    to write them back unchanged) become U+FFFD, so they are never echoed into the output."""
    if not any("\ud800" <= character <= "\udfff" for character in text):
        return text
    try:
        raw = text.encode("utf-8", "surrogateescape")  # the bytes as they came
    except UnicodeEncodeError:  # a surrogate that stood for no byte
        raw = text.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "replace")


def _questions(arguments: Sequence[str]) -> Iterable[str]:
    """The questions: the arguments as one, or one per line of standard input, read as bytes
    and decoded as UTF-8 with invalid bytes replaced (whatever the locale)."""
    if arguments:
        yield _valid_text(" ".join(arguments))
        return
    lines: Iterable[str | bytes] = getattr(sys.stdin, "buffer", sys.stdin)
    for line in lines:
        text = line.decode("utf-8", "replace") if isinstance(line, bytes) else _valid_text(line)
        if text.strip():
            yield text.rstrip("\r\n")


def command_ask(args: argparse.Namespace) -> int:
    from bot.matching.matcher import Matcher

    knowledge = load_or_fail(knowledge_dir(args.knowledge))
    matcher = Matcher(knowledge)
    for question in _questions(args.question):
        decision = matcher.match(question, language=args.lang)
        if args.json:
            print(
                json.dumps(
                    {
                        "question": decision.question,
                        "language": decision.language,
                        "answered": decision.answered,
                        "outcome": decision.outcome.value,
                        "matches": [{"id": m.entry_id, "score": m.score} for m in decision.matches],
                    },
                    ensure_ascii=False,
                ),
                flush=True,
            )
            continue
        print(f"? {decision.question}  [{decision.language}] → {decision.outcome.value}")
        for match in decision.matches:
            entry = knowledge.entries[match.entry_id]
            title = entry.languages[entry.best_language(decision.language)].title
            marker = "*" if match.entry_id in decision.candidates else " "
            print(f"  {marker} {match.score:.3f}  {match.entry_id:<40} {title}")
        print(flush=True)
    return 0
