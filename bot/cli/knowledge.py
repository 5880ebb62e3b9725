"""The command line: every feature of the bot is reachable from here (``python -m bot --help``).

Contracts other tools rely on (keep them stable): ``validate``, ``show`` and ``ask`` as described
in ``DESIGN.md``; ``ask --json`` prints one JSON object per question and records nothing.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from bot.config import ConfigError, knowledge_dir
from bot.health import MAX_AGE_SECONDS
from bot.knowledge.loader import KnowledgeError, load_knowledge
from bot.knowledge.model import LANGUAGES, KnowledgeBase, Origin


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
    from bot.matching.matcher import Matcher

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

    from bot.chat.conversation import Conversation
    from bot.config import Settings
    from bot.console import ConsoleChat
    from bot.matching.matcher import Matcher
    from bot.storage import Storage

    settings = Settings.from_environment()
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
    """The Telegram bot, by long polling or webhook (``BOT_MODE``), until SIGTERM."""
    import asyncio

    from bot import logs
    from bot.config import Settings
    from bot.matching.matcher import Matcher
    from bot.service import serve

    settings = Settings.from_environment()
    secrets = [
        settings.require_token(),
        settings.require_secret().decode(),
        settings.webhook_secret,
    ]
    logs.configure(settings.log_format, settings.log_level, secrets)
    knowledge = _load_or_report(settings.knowledge_dir)
    if knowledge is None:
        return 1
    try:
        asyncio.run(serve(settings, Matcher(knowledge)))
    except Exception as error:  # a wrong token, Telegram unreachable: say so, exit non-zero
        logging.getLogger("bot").critical(
            "the bot stopped: %s", error, exc_info=True, extra={"event": "crashed"}
        )
        return 1
    return 0


class Failure(Exception):
    """A command cannot do what was asked: ``main`` prints the reason and exits 1."""


def _existing_database(argument: str | None) -> Path:
    """``--database``, else the bot's database under ``DATA_DIR``; it must exist."""
    from bot.config import Settings

    database = Path(argument) if argument else Settings.from_environment().database
    if not database.exists():
        raise Failure(f"no database at {database} (set DATA_DIR, or --database)")
    return database


def command_gaps(args: argparse.Namespace) -> int:
    """The unanswered questions in the bot's database, the most asked first."""
    import asyncio

    from bot.storage import GAPS_SHOWN, Storage

    database = _existing_database(args.database)

    async def read() -> None:
        async with await Storage.open(database) as storage:
            for gap in await storage.gaps(GAPS_SHOWN if args.limit is None else args.limit):
                if args.json:
                    print(json.dumps(dataclasses.asdict(gap), ensure_ascii=False))
                else:
                    waiting = f"  ({gap.waiting} waiting)" if gap.waiting else ""
                    print(f"{gap.times:>4}× [{gap.language}] {gap.text}{waiting}")

    asyncio.run(read())
    return 0


def command_backup(args: argparse.Namespace) -> int:
    """A consistent copy of the database, safe while the bot runs (SQLite's online backup)."""
    import sqlite3

    database = _existing_database(args.database)
    target = Path(args.target)
    if target.exists():
        raise Failure(f"{target} exists; choose a new file name")
    source = sqlite3.connect(database)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    print(f"{database} copied to {target}")
    return 0


def command_health(args: argparse.Namespace) -> int:
    """Exit 0 when the running bot is healthy, 1 when not (for HEALTHCHECK and orchestrators)."""
    from bot.config import Settings
    from bot.health import check

    health = check(Settings.from_environment(), max_age=args.max_age)
    print(f"{'healthy' if health.healthy else 'unhealthy'}: {health.detail}")
    return 0 if health.healthy else 1


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

    gaps = commands.add_parser("gaps", help="unanswered questions, the most asked first")
    gaps.add_argument("--database", help="SQLite file (default: DATA_DIR/bot.sqlite3)")
    gaps.add_argument("--limit", type=int, help="how many (default: as many as /gaps shows)")
    gaps.add_argument("--json", action="store_true", help="one JSON object per question")
    gaps.set_defaults(handler=command_gaps)

    backup = commands.add_parser("backup", help="copy the database safely while the bot runs")
    backup.add_argument("target", help="the new file to write, e.g. /data/backup.sqlite3")
    backup.add_argument("--database", help="SQLite file (default: DATA_DIR/bot.sqlite3)")
    backup.set_defaults(handler=command_backup)

    health = commands.add_parser("health", help="exit 0 if the running bot is healthy")
    health.add_argument(
        "--max-age",
        type=float,
        default=MAX_AGE_SECONDS,
        help=f"oldest acceptable heartbeat, in seconds (default {MAX_AGE_SECONDS:g})",
    )
    health.set_defaults(handler=command_health)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except ConfigError as error:  # a bad environment variable: one line naming it
        print(f"error: {error}", file=sys.stderr)
        return 2
    except Failure as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
