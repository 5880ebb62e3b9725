"""The knowledge the bot serves right now, and how a new one replaces it.

Each conversation call takes ``live.current()`` once and uses that one matcher (and its
knowledge base) for the whole call, so a reload may swap in a new one at any moment: a question
in flight finishes on the snapshot it started with. A reload builds the new matcher beside the
old one (from a knowledge base that passed validation) and swaps it in one assignment; a
knowledge base with errors never replaces a good one.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from pathlib import Path

from bot.knowledge.loader import KnowledgeError, load_knowledge
from bot.matching.matcher import Matcher

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReloadResult:
    """What a reload did: ``problems`` are the validator's lines when it kept the old base."""

    reloaded: bool
    entries: int
    problems: tuple[str, ...] = ()


class Live:
    """Holds the current matcher; ``swap`` replaces it in one step."""

    def __init__(self, matcher: Matcher) -> None:
        self._matcher = matcher
        self._lock = asyncio.Lock()  # one reload at a time; readers never wait

    def current(self) -> Matcher:
        return self._matcher

    def swap(self, matcher: Matcher) -> None:
        self._matcher = matcher

    async def reload(self, directory: Path) -> ReloadResult:
        """Load, validate and index ``directory`` off the event loop, then swap it in."""
        async with self._lock:
            try:
                matcher = await asyncio.to_thread(_build, directory)
            except KnowledgeError as error:
                problems = tuple(str(problem) for problem in error.problems)
                log.error(
                    "knowledge reload refused: %d problems in %s; the previous knowledge stays",
                    len(problems),
                    directory,
                    extra={"event": "reload_refused", "problems": len(problems)},
                )
                for problem in problems:
                    log.error("%s", problem, extra={"event": "reload_problem"})
                return ReloadResult(False, len(self._matcher.knowledge.entries), problems)
            self.swap(matcher)
            count = len(matcher.knowledge.entries)
            log.info(
                "knowledge reloaded: %d entries",
                count,
                extra={"event": "reloaded", "entries": count},
            )
            return ReloadResult(True, count)


def _build(directory: Path) -> Matcher:
    return Matcher(load_knowledge(directory))
