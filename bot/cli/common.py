"""What several commands need: the knowledge base or its problems, and the bot's database."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bot.failures import EXIT_KNOWLEDGE, Failure

if TYPE_CHECKING:  # the loader (and PyYAML) only when a command reads the knowledge
    from bot.knowledge.loader import KnowledgeError
    from bot.knowledge.model import KnowledgeBase


def print_problems(error: KnowledgeError, directory: Path) -> None:
    """The validator's lines on standard output, then one summary line on standard error."""
    for problem in error.problems:
        print(problem)
    count = len(error.problems)
    print(f"{count} problem{'s' if count != 1 else ''} in {directory}", file=sys.stderr)


def load_or_fail(directory: Path) -> KnowledgeBase:
    """The knowledge base; with problems, print them and fail with the knowledge exit code."""
    from bot.knowledge.loader import KnowledgeError, load_knowledge

    try:
        return load_knowledge(directory)
    except KnowledgeError as error:
        for problem in error.problems:
            print(problem)
        count = len(error.problems)
        raise Failure(
            f"{count} problem{'s' if count != 1 else ''} in the knowledge directory {directory} "
            "(KNOWLEDGE_DIR): fix them, then `python -m bot validate`",
            EXIT_KNOWLEDGE,
        ) from None


def existing_database(argument: str | None) -> Path:
    """``--database``, else the bot's database under ``DATA_DIR``; it must exist."""
    from bot.config import Settings

    database = Path(argument) if argument else Settings.from_environment().database
    if not database.exists():
        raise Failure(f"no database at {database} (set DATA_DIR, or --database)")
    return database
