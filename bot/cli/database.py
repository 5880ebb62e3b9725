"""The operators' ``backup``: a consistent copy of the database while the bot runs."""

from __future__ import annotations

import argparse
from pathlib import Path

from bot.cli.common import existing_database
from bot.failures import Failure


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
