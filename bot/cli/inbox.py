"""The operators' ``inbox``: updates the bot set aside (it could not read or handle them).

Each was logged once when it happened; here is the rest: the update as Telegram sent it, the
error and where it was raised. The bot went on with the next update at once. ``--status`` shows
the other states: ``dropped`` (Telegram refused the reply, or kept failing), ``pending`` and
``handling`` (waiting, or in flight, in the running bot). Read-only, safe beside the running bot.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from datetime import UTC, datetime

from bot.cli.common import existing_database
from bot.storage import InboxItem, Storage


def _when(moment: float | None) -> str:
    if moment is None:
        return "-"
    return datetime.fromtimestamp(moment, UTC).isoformat(timespec="seconds")


def _as_dict(item: InboxItem) -> dict[str, object]:
    update: object = None
    if item.payload:
        try:
            update = json.loads(item.payload)
        except ValueError:
            update = item.payload
    return {
        "source": item.source,
        "update_id": item.update_id,
        "status": item.status,
        "attempts": item.attempts,
        "received_at": _when(item.received_at),
        "finished_at": _when(item.finished_at),
        "error": item.error,
        "update": update,
    }


def command_inbox(args: argparse.Namespace) -> int:
    """List the updates with a status (by default those set aside), oldest first."""
    database = existing_database(args.database)

    async def read() -> list[InboxItem]:
        async with await Storage.open(database) as storage:
            return await storage.inbox_items(args.status)

    items = asyncio.run(read())
    if args.json:
        print(json.dumps([_as_dict(item) for item in items], ensure_ascii=False))
        return 0
    for item in items:
        reason = item.error.splitlines()[0] if item.error else ""
        received = _when(item.received_at)
        print(f"{item.source} #{item.update_id}  {item.status}  {received}  {reason}")
        if args.verbose:
            for line in (item.error or "").splitlines()[1:]:
                print(f"    {line}")
            if item.payload:
                print(f"    update: {item.payload}")
    return 0
