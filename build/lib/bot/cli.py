"""The command line: every feature of the bot is reachable from here (``python -m bot --help``).

Contracts other tools rely on (keep them stable): ``validate``, ``show`` and ``ask`` as described
in ``DESIGN.md``; ``ask --json`` prints one JSON object per question and records nothing.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from bot.config import knowledge_dir
from bot.knowledge import LANGUAGES, KnowledgeBase, Origin
from bot.loader import KnowledgeError, load_knowledge


def _load_or_report(directory: Path) -> KnowledgeBase | None:
    try:
        return load_knowledge(directory)
    except KnowledgeError as error:
        for problem in error.problems:
            print(problem)
        count = len(error.problems)
        print(f"{count} problem{'s' if count != 1 else ''} in {directory}", file=sys.stderr)
        return None


def summary(knowledge: KnowledgeBase) -> list[str]:
    """Counts an editor wants to see: what exists in each language and who wrote it."""
    lines = [
        f"{len(knowledge.entries)} entries, {len(knowledge.topics)} topics, "
        f"{len(knowledge.sources)} sources",
        f"{'language':<9}{'texts':>6}{'official':>10}{'project':>9}{'questions':>11}{'keywords':>10}",
    ]
    for language in LANGUAGES:
        texts = [
            e.languages[language] for e in knowledge.entries.values() if language in e.languages
        ]
        origins = Counter(text.origin for text in texts)
        project = origins[Origin.PROJECT_TRANSLATION] + origins[Origin.PROJECT]
        questions = sum(len(text.questions) for text in texts)
        keywords = sum(len(text.keywords) for text in texts)
        lines.append(
            f"{language:<9}{len(texts):>6}{origins[Origin.OFFICIAL]:>10}{project:>9}"
            f"{questions:>11}{keywords:>10}"
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
    knowledge = _load_or_report(directory)
    if knowledge is None:
        return 1
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
    knowledge = _load_or_report(knowledge_dir(args.knowledge))
    if knowledge is None:
        return 1
    if args.id not in knowledge.entries:
        print(f"error: no entry {args.id!r} (try one of: bc-01 … bc-44)", file=sys.stderr)
        return 1
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
    if source["origin"] != Origin.OFFICIAL.value:
        print("(translation by this project, not an official UNESCO text)")
    if data["language"] != args.lang:
        print(f"(not available in {args.lang}; shown in {data['language']})")
    return 0


def _questions(arguments: Sequence[str]) -> Iterable[str]:
    if arguments:
        yield " ".join(arguments)
        return
    for line in sys.stdin:
        if line.strip():
            yield line.rstrip("\n")


def command_ask(args: argparse.Namespace) -> int:
    from bot.matcher import Matcher

    knowledge = _load_or_report(knowledge_dir(args.knowledge))
    if knowledge is None:
        return 1
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


def command_chat(args: argparse.Namespace) -> int:
    """The conversation in the terminal (questions can be piped in, one per line)."""
    import asyncio

    from bot.config import ConfigError, Settings
    from bot.console import ConsoleChat
    from bot.conversation import Conversation
    from bot.matcher import Matcher
    from bot.storage import Storage

    try:
        settings = Settings.from_environment()
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    knowledge = _load_or_report(
        knowledge_dir(args.knowledge) if args.knowledge else settings.knowledge_dir
    )
    if knowledge is None:
        return 1

    async def chat() -> None:
        # The console keeps its records apart from a Telegram deployment's, in memory by default.
        async with await Storage.open(args.database or ":memory:") as storage:
            await ConsoleChat(Conversation(Matcher(knowledge), storage)).run()

    asyncio.run(chat())
    return 0


def command_run(args: argparse.Namespace) -> int:
    """The Telegram bot, with long polling."""
    from bot.config import ConfigError, Settings
    from bot.matcher import Matcher
    from bot.telegram_app import build_application

    try:
        settings = Settings.from_environment()
        if settings.token is None:
            print(
                "TELEGRAM_BOT_TOKEN is not set: set it to the token @BotFather gave you "
                "(and USER_HASH_SECRET to a long random string), or try `python -m bot chat`.",
                file=sys.stderr,
            )
            return 2
        settings.require_secret()
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    knowledge = _load_or_report(settings.knowledge_dir)
    if knowledge is None:
        return 1
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    application = build_application(settings, Matcher(knowledge))
    application.run_polling()
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="Quote what UNESCO recommends on AI in education, in the six UN languages.",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    validate = commands.add_parser("validate", help="check the knowledge files and summarise them")
    validate.add_argument("directory", nargs="?", help="knowledge directory (default: knowledge/)")
    validate.set_defaults(handler=command_validate)

    show = commands.add_parser("show", help="print one entry in one language")
    show.add_argument("id", help="entry id, e.g. bc-12")
    show.add_argument("--lang", required=True, choices=LANGUAGES)
    show.add_argument("--json", action="store_true", help="print one JSON object")
    show.add_argument("--knowledge", help="knowledge directory")
    show.set_defaults(handler=command_show)

    ask = commands.add_parser("ask", help="match questions (arguments, or one per line on stdin)")
    ask.add_argument("question", nargs="*")
    ask.add_argument("--lang", choices=LANGUAGES, help="force the language")
    ask.add_argument("--json", action="store_true", help="one JSON object per question")
    ask.add_argument("--knowledge", help="knowledge directory")
    ask.set_defaults(handler=command_ask)

    chat = commands.add_parser("chat", help="the conversation in the terminal")
    chat.add_argument("--knowledge", help="knowledge directory")
    chat.add_argument("--database", help="SQLite file to record into (default: in memory)")
    chat.set_defaults(handler=command_chat)

    run = commands.add_parser("run", help="the Telegram bot (needs TELEGRAM_BOT_TOKEN)")
    run.set_defaults(handler=command_run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except BrokenPipeError:
        return 0
