"""What editors do with gaps, the same from the command line and from Telegram.

Resolving a gap links it to an entry: its questions become learned questions of that entry
(each in its own language), the running bot reloads with them, and whoever waits is notified.
Ignoring a gap takes it off the list. Either can be undone only by an editor acting again.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from typing import Any

import yaml

from bot.knowledge.model import KnowledgeBase
from bot.storage import Gap, Storage

FIELDS = [
    "id", "status", "count", "languages", "examples", "suggested", "entry", "waiting",
    "first_asked", "last_asked",
]  # fmt: skip


class EditorError(Exception):
    """An editor's action cannot be done; the message says why, in one line."""


async def resolve(storage: Storage, knowledge: KnowledgeBase, gap_id: int, entry_id: str) -> Gap:
    gap = await _existing(storage, gap_id)
    if entry_id not in knowledge.entries:
        raise EditorError(f"no entry {entry_id!r} in the knowledge base")
    if gap.status == "resolved":
        raise EditorError(f"gap {gap_id} is already linked to {gap.entry_id}")
    await storage.resolve_gap(gap_id, entry_id)
    return await _existing(storage, gap_id)


async def ignore(storage: Storage, gap_id: int) -> Gap:
    gap = await _existing(storage, gap_id)
    if gap.status == "resolved":
        raise EditorError(f"gap {gap_id} is linked to {gap.entry_id}; it cannot be ignored")
    await storage.ignore_gap(gap_id)
    return await _existing(storage, gap_id)


async def _existing(storage: Storage, gap_id: int) -> Gap:
    gap = await storage.gap(gap_id)
    if gap is None:
        raise EditorError(f"no gap {gap_id}")
    return gap


def as_dict(gap: Gap) -> dict[str, Any]:
    """The ``gaps list --json`` shape (a contract: fields are only ever added)."""
    return {
        "id": gap.id,
        "status": gap.status,
        "count": gap.count,
        "languages": list(gap.languages),
        "examples": list(gap.examples),
        "suggested": gap.suggested,
        "entry": gap.entry_id,
        "waiting": gap.waiting,
        "first_asked": _iso(gap.first_asked),
        "last_asked": _iso(gap.last_asked),
    }


def export(gaps: list[Gap], form: str) -> str:
    """Gaps for editors who work in a spreadsheet (csv) or a text editor (yaml)."""
    rows = [as_dict(gap) for gap in gaps]
    if form == "yaml":
        return yaml.safe_dump({"gaps": rows}, allow_unicode=True, sort_keys=False)
    output = io.StringIO()
    fields = FIELDS
    writer = csv.DictWriter(output, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {
                key: " | ".join(value) if isinstance(value, list) else value
                for key, value in row.items()
            }
        )
    return output.getvalue()


def _iso(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="seconds")
