"""Commands over the bot's database: the editors' ``gaps`` and the operators' ``backup``."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
from pathlib import Path

from bot.cli.common import existing_database
from bot.failures import Failure


def command_gaps(args: argparse.Namespace) -> int:
    """The unanswered questions in the bot's database, the most asked first."""

    from bot.storage import GAPS_SHOWN, Storage

    database = existing_database(args.database)

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

    database = existing_database(args.database)
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
