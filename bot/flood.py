"""The per-person limit, as plain logic: at most ``USER_QUESTIONS_PER_MINUTE`` a person in any
minute (a sliding window), counted in memory by Telegram user id and never stored.

What is counted is what the bot would answer: messages in private chats and button presses.
Inline queries (one per keystroke) and group chatter are not. The first update over the limit
gets a polite "slow down" (``bot.handlers.limits``); the next ones get nothing, and the inbox
drops such a message before it is even parsed, so that a flood costs next to nothing and leaves
everyone else's answers as fast as ever.
"""

from __future__ import annotations

import time
from collections import deque
from enum import Enum
from typing import Any

WINDOW_SECONDS = 60.0


class Verdict(Enum):
    ALLOW = "allow"
    WARN = "warn"  # the first one over the limit: it gets the slow-down message
    DROP = "drop"  # the next ones: nothing


class FloodLimit:
    """At most ``per_minute`` updates a person in any minute (0: no limit)."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._times: dict[int, deque[float]] = {}
        self._warned: set[int] = set()
        self._calls = 0

    def screen(self, update: dict[str, Any]) -> Verdict | None:
        """The verdict on an update as Telegram sent it; None if it is not counted."""
        query = update.get("callback_query")
        message = update.get("message")
        who: object = None
        if isinstance(query, dict):
            who = query.get("from")
        elif isinstance(message, dict):
            chat = message.get("chat")
            if isinstance(chat, dict) and chat.get("type") == "private":
                who = message.get("from")
        if not isinstance(who, dict) or not isinstance(who.get("id"), int):
            return None
        return self.verdict(who["id"])

    def verdict(self, user_id: int, now: float | None = None) -> Verdict:
        if self.per_minute <= 0:
            return Verdict.ALLOW
        now = time.monotonic() if now is None else now
        self._calls += 1
        if self._calls % 1000 == 0:
            self._forget_quiet(now)
        times = self._times.setdefault(user_id, deque())
        while times and now - times[0] >= WINDOW_SECONDS:
            times.popleft()
        if len(times) < self.per_minute:
            times.append(now)
            self._warned.discard(user_id)
            return Verdict.ALLOW
        if user_id in self._warned:
            return Verdict.DROP
        self._warned.add(user_id)
        return Verdict.WARN

    def _forget_quiet(self, now: float) -> None:
        """Keep memory to the people who wrote within the window."""
        for user_id, times in list(self._times.items()):
            if not times or now - times[-1] >= WINDOW_SECONDS:
                del self._times[user_id]
                self._warned.discard(user_id)
