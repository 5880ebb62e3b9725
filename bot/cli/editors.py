"""The editors' commands: ``gaps`` and ``learned`` (contracts in ``DESIGN.md``: keep them).

They work while the bot runs (SQLite in WAL mode): a gap resolved here is picked up by the
running bot, which polls for changes of learned questions, within a few seconds. The logic is
``bot.editors.gaps``, the same the Telegram buttons call.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from collections.abc import Awaitable, Callable

import yaml

from bot.cli.common import existing_database, load_or_fail
from bot.config import Settings, knowledge_dir
from bot.editors import gaps as editors
from bot.failures import Failure
from bot.storage import Gap, Storage


def _with_storage(args: argparse.Namespace, work: Callable[[Storage], Awaitable[int]]) -> int:
    database = existing_database(args.database)

    async def run() -> int:
        async with await Storage.open(database) as storage:
            return await work(storage)

    return asyncio.run(run())


def _line(gap: Gap) -> str:
    suggested = f"  → {gap.suggested}?" if gap.suggested and gap.status == "new" else ""
    linked = f"  = {gap.entry_id}" if gap.entry_id else ""
    waiting = f"  ({gap.waiting} waiting)" if gap.waiting else ""
    example = gap.examples[0] if gap.examples else ""
    languages = ",".join(gap.languages)
    head = f"#{gap.id:<4} {gap.status:<8} {gap.count:>4}× [{languages}]"
    return f"{head} {example}{waiting}{suggested}{linked}"


def command_gaps_list(args: argparse.Namespace) -> int:
    """Gaps, the most asked first."""

    async def work(storage: Storage) -> int:
        gaps = await storage.gaps(status=args.status, language=args.lang, limit=args.limit)
        if args.json:
            print(json.dumps([editors.as_dict(gap) for gap in gaps], ensure_ascii=False))
        else:
            for gap in gaps:
                print(_line(gap))
        return 0

    return _with_storage(args, work)


def command_gaps_show(args: argparse.Namespace) -> int:
    async def work(storage: Storage) -> int:
        gap = await storage.gap(args.gap)
        if gap is None:
            raise Failure(f"no gap {args.gap}")
        data = editors.as_dict(gap)
        if args.json:
            print(json.dumps(data, ensure_ascii=False))
            return 0
        examples = data.pop("examples")
        for key, value in data.items():
            shown = ", ".join(value) if isinstance(value, list) else value
            print(f"{key:<12} {shown}")
        print("examples")
        for example in examples:
            print(f"  {example}")
        return 0

    return _with_storage(args, work)


def command_gaps_resolve(args: argparse.Namespace) -> int:
    knowledge = load_or_fail(
        knowledge_dir(args.knowledge)
        if args.knowledge
        else Settings.from_environment().knowledge_dir
    )

    async def work(storage: Storage) -> int:
        try:
            gap = await editors.resolve(storage, knowledge, args.gap, args.entry)
        except editors.EditorError as error:
            raise Failure(str(error)) from None
        print(
            f"gap {gap.id} linked to {gap.entry_id}: {gap.count} questions learned in "
            f"{', '.join(gap.languages)}; {gap.waiting} waiting will be notified once the bot "
            "has reloaded"
        )
        return 0

    return _with_storage(args, work)


def command_gaps_ignore(args: argparse.Namespace) -> int:
    async def work(storage: Storage) -> int:
        try:
            gap = await editors.ignore(storage, args.gap)
        except editors.EditorError as error:
            raise Failure(str(error)) from None
        print(f"gap {gap.id} ignored")
        return 0

    return _with_storage(args, work)


def command_gaps_export(args: argparse.Namespace) -> int:
    async def work(storage: Storage) -> int:
        gaps = await storage.gaps(status=args.status, language=args.lang, limit=None)
        print(editors.export(gaps, args.format), end="")
        return 0

    return _with_storage(args, work)


def command_learned_list(args: argparse.Namespace) -> int:
    async def work(storage: Storage) -> int:
        for learned in await storage.learned():
            gap = f"  (gap {learned.gap_id})" if learned.gap_id else ""
            print(
                f"#{learned.id:<4} {learned.entry_id:<12} [{learned.language}] {learned.text}{gap}"
            )
        return 0

    return _with_storage(args, work)


def command_learned_export(args: argparse.Namespace) -> int:
    """Learned questions as YAML in the knowledge files' shape, to fold into them by hand."""

    async def work(storage: Storage) -> int:
        grouped: dict[str, dict[str, list[str]]] = {}
        for learned in await storage.learned():
            grouped.setdefault(learned.entry_id, {}).setdefault(learned.language, []).append(
                learned.text
            )
        entries = [
            {
                "id": entry_id,
                "languages": {lang: {"questions": texts} for lang, texts in languages.items()},
            }
            for entry_id, languages in grouped.items()
        ]
        print(yaml.safe_dump({"entries": entries}, allow_unicode=True, sort_keys=False), end="")
        return 0

    return _with_storage(args, work)


def command_learned_remove(args: argparse.Namespace) -> int:
    async def work(storage: Storage) -> int:
        if not await storage.remove_learned(args.id):
            raise Failure(f"no learned question {args.id}")
        print(f"learned question {args.id} removed; the running bot reloads without it")
        return 0

    return _with_storage(args, work)


def command_preview(args: argparse.Namespace) -> int:
    """Validate DIR, then replay asked and evaluation questions on the current and new knowledge.

    Without DIR: the knowledge files with the learned questions against the files alone, i.e.
    what the learned questions change.
    """
    from bot.editors.preview import preview
    from bot.editors.replay import load_cases
    from bot.matching.matcher import Matcher

    settings = Settings.from_environment()
    current_dir = knowledge_dir(args.knowledge) if args.knowledge else settings.knowledge_dir
    proposed_dir = knowledge_dir(args.directory) if args.directory else current_dir
    proposed_knowledge = load_or_fail(proposed_dir)
    print(f"{proposed_dir}: sound")
    database = settings.database if args.database is None else existing_database(args.database)

    async def read() -> tuple[list[tuple[str, str]], dict[str, dict[str, list[str]]]]:
        if not database.exists():
            return [], {}
        async with await Storage.open(database) as storage:
            asked = [(q.language, q.text) for q in await storage.questions()]
            return asked, await storage.learned_map()

    asked, learned = asyncio.run(read())
    if args.directory:
        current = Matcher(load_or_fail(current_dir), learned)
    else:
        current = Matcher(proposed_knowledge)
    proposed = Matcher(proposed_knowledge, learned)
    result = preview(current, proposed, asked, load_cases(settings.eval_dir))
    changed = result.changed_per_language()
    print(f"{'language':<9}{'replayed':>9}{'changed':>9}{'right before':>14}{'right after':>13}")
    for language in sorted(result.replayed):
        before = result.right_before.get(language)
        after = result.right_after.get(language)
        print(
            f"{language:<9}{result.replayed[language]:>9}{changed[language]:>9}"
            f"{_share(before):>14}{_share(after):>13}"
        )
    for change in result.changes[: args.limit]:
        origin = "asked" if change.asked else "eval"
        print(
            f"  [{change.language}] ({origin}) {change.question[:80]}: "
            f"{change.before or 'unanswered'} → {change.after or 'unanswered'}"
        )
    if len(result.changes) > args.limit:
        print(f"  … and {len(result.changes) - args.limit} more (--limit)")
    return 0


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"
