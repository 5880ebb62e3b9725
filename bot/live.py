"""The knowledge the bot serves right now, and how a new one replaces it.

Each conversation call takes ``live.current()`` once and uses that matcher (and its knowledge
base) for the whole call, so a reload may swap in a new one at any moment: a question in flight
finishes on the snapshot it started with.

A reload (the file watcher, ``/reload``, SIGHUP, or a change of learned questions):

1. loads and validates the knowledge directory: a knowledge base with errors never replaces a
   good one;
2. builds the new matcher beside the old one, from the files plus the learned questions;
3. replays the evaluation set (``bot.editors.replay``) and holds the reload, keeping the
   current knowledge, when a language's answered-right falls by more than ``max_drop``, unless
   the reload is forced;
4. swaps the new matcher in one assignment.

All of it runs off the event loop, one reload at a time.

With ``use_second_process`` (the Telegram bot, on a machine with more than one core), questions
are matched by a copy of the current matcher in a child process (``bot.matching.process``); each
swap starts a new child for the new matcher and closes the old one once its questions are
answered. ``match`` falls back on the matcher itself whenever its child is not ready.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.editors.replay import Case, Replay, replay
from bot.knowledge.loader import KnowledgeError, load_knowledge
from bot.matching.decision import Decision
from bot.matching.matcher import Matcher
from bot.matching.process import MatchingProcess

log = logging.getLogger(__name__)
Learned = Mapping[str, Mapping[str, Sequence[str]]]  # entry id -> language -> questions


@dataclass(frozen=True)
class ReloadResult:
    """What a reload did. ``problems``: the validator's lines, when it refused the new base;
    ``held``: languages whose answered-right fell (before, after), when it held it."""

    reloaded: bool
    entries: int
    problems: tuple[str, ...] = ()
    held: Mapping[str, tuple[float, float]] = field(default_factory=dict)

    @property
    def summary(self) -> str:
        if self.reloaded:
            return f"knowledge reloaded: {self.entries} entries"
        if self.problems:
            count = len(self.problems)
            return f"knowledge reload refused: {count} problems; the previous knowledge stays"
        falls = ", ".join(f"{lang} {a:.0%} → {b:.0%}" for lang, (a, b) in sorted(self.held.items()))
        return f"knowledge reload held: answered right fell ({falls}); the previous knowledge stays"


class Live:
    """Holds the current matcher; ``swap`` replaces it in one step."""

    def __init__(
        self, matcher: Matcher, cases: Sequence[Case] = (), max_drop: float = 0.02
    ) -> None:
        self._matcher = matcher
        self.cases = tuple(cases)
        self.max_drop = max_drop
        self._score: Replay | None = None  # the current matcher's replay, computed once
        self._lock = asyncio.Lock()  # one reload at a time; readers never wait
        self._second_process = False
        self._process: MatchingProcess | None = None  # the current matcher's child, if any

    def current(self) -> Matcher:
        return self._matcher

    async def match(
        self, matcher: Matcher, question: str, language: str | None = None, hint: str | None = None
    ) -> Decision:
        """``matcher.match``, by its child process when it has one that is ready."""
        process = self._process
        if process is not None and process.matcher is matcher:
            return await process.match(question, language=language, hint=hint)
        return matcher.match(question, language=language, hint=hint)

    async def use_second_process(self) -> None:
        """Match in a child process from now on, and after every reload."""
        self._second_process = True
        await self._follow()

    async def close(self) -> None:
        """End the child process, if there is one."""
        self._second_process = False
        await self._follow()

    async def _follow(self) -> None:
        """A child for the current matcher (none without ``use_second_process``); the old
        one is closed once the questions sent to it are answered."""
        old = self._process
        if old is not None and self._second_process and old.matcher is self._matcher:
            return
        self._process = None
        if self._second_process:
            process = MatchingProcess(self._matcher)
            await process.start()
            self._process = process
        if old is not None:
            await old.close()

    def swap(self, matcher: Matcher, score: Replay | None = None) -> None:
        self._matcher = matcher
        self._score = score

    async def reload(
        self, directory: Path, learned: Learned | None = None, force: bool = False
    ) -> ReloadResult:
        """Load, validate, index and check ``directory`` off the event loop, then swap it in."""
        async with self._lock:
            result = await asyncio.to_thread(self._reload, directory, learned, force)
            if result.reloaded:
                await self._follow()
        level = logging.INFO if result.reloaded else logging.ERROR
        event = (
            "reloaded"
            if result.reloaded
            else "reload_refused"
            if result.problems
            else "reload_held"
        )
        log.log(level, "%s", result.summary, extra={"event": event, "entries": result.entries})
        for problem in result.problems:
            log.error("%s", problem, extra={"event": "reload_problem"})
        return result

    def _reload(self, directory: Path, learned: Learned | None, force: bool) -> ReloadResult:
        current = len(self._matcher.knowledge.entries)
        try:
            matcher = Matcher(load_knowledge(directory), learned)
        except KnowledgeError as error:
            return ReloadResult(False, current, tuple(str(p) for p in error.problems))
        score = None
        if self.cases:
            if self._score is None:
                self._score = replay(self._matcher, self.cases)
            score = replay(matcher, self.cases)
            falls = score.falls(self._score, self.max_drop)
            if falls and not force:
                return ReloadResult(False, current, held=falls)
        self.swap(matcher, score)
        return ReloadResult(True, len(matcher.knowledge.entries))
