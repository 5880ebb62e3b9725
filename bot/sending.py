"""Every call to Telegram goes through here, by the Bot API's rules.

``Limiter`` is python-telegram-bot's rate limiter for this bot (``ApplicationBuilder
.rate_limiter``). It differs from the library's ``AIORateLimiter`` where the Bot API asks:

- **Only messages count** against Telegram's limits (about 30 a second in all, 20 a minute in a
  group): ``send…`` (but not the typing action), ``copy…`` and ``forward…``. Answering a button,
  an inline query or a typing action takes no share of them.
- **429 Too Many Requests** pauses that chat only, for ``retry_after`` seconds; every call to that
  chat waits it out (the call itself, and an apology that follows), other chats go on. A call is
  retried after a 429 at most ``MAX_RETRY_AFTER`` times, and never waits longer than
  ``LONGEST_WAIT_SECONDS``: then it is dropped.
- **5xx, timeouts and connection resets** are retried with back-off, ``MAX_ATTEMPTS`` tries in
  all, then raised (the error handler drops the update with one line). ``get…`` calls are not
  retried here: polling and start-up have their own loops. 400 and 403 are never retried.
- At most ``in_flight`` calls are on their way at once (as many as the HTTP client has
  connections, so that none waits inside it, where waiting is costly); one slow call holds one
  of them, and never stalls another chat.
- A message that must wait for its share of the limit tells the update being handled, once
  (``Handling.on_wait``): the questions handler then shows "typing…". One that goes at once
  shows nothing.

``Handling`` is what the inbox knows of the update being handled (a context variable, so each
update handled concurrently has its own): just before a call to Telegram with an effect goes
out (nothing left between it and Telegram), the count of such calls is committed to the inbox;
the messages ``send_messages`` is about to send are committed with the first of them, or
before it, if it has to wait. After a kill, the inbox knows which messages are still to go.
"""

from __future__ import annotations

import asyncio
import contextvars
import json
import logging
import random
import time
import traceback
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from aiolimiter import AsyncLimiter
from telegram import Bot, InlineKeyboardMarkup
from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.ext import BaseRateLimiter

from bot.flood import Verdict
from bot.storage import Storage

MESSAGES_PER_SECOND = 30.0  # Telegram's overall limit for a bot
GROUP_MESSAGES_PER_MINUTE = 20.0  # and in one group
MAX_ATTEMPTS = 4  # tries of a call that meets 5xx, timeouts or resets
FIRST_BACKOFF_SECONDS = 0.5  # then doubled, with jitter
MAX_RETRY_AFTER = 3  # retries after a 429
LONGEST_WAIT_SECONDS = 60.0  # a 429 asking for longer drops the call at once
log = logging.getLogger(__name__)

JSONDict = dict[str, Any]


def counted(endpoint: str) -> bool:
    """Whether Telegram counts this method against its message limits."""
    return endpoint.startswith(("send", "copy", "forward")) and endpoint != "sendChatAction"


def has_effect(endpoint: str) -> bool:
    """Whether a call changes what someone sees (the inbox counts those before they go)."""
    return not endpoint.startswith("get") and endpoint != "sendChatAction"


@dataclass
class Handling:
    """The update being handled, as the inbox tracks it."""

    storage: Storage
    source: str
    update_id: int
    effects: int = 0  # calls with an effect begun for it so far
    status: str = "done"  # or dropped (Telegram refused), failed (set aside)
    error: str | None = None
    exception: BaseException | None = None  # what made it fail, for the one log line
    flood: Verdict | None = None  # the per-person limit's verdict (bot.flood), if counted
    # What to do, once, if a message must wait for its turn under Telegram's limits (the
    # questions handler shows "typing…"); a message that goes at once needs nothing.
    on_wait: Callable[[], Coroutine[Any, Any, object]] | None = None

    _outbox: tuple[str, int] | None = None  # planned, not yet written: (JSON, effects before)

    async def begin_call(self) -> None:
        """A call with an effect is about to go out: count it first (with the messages of the
        reply it begins, if they are not written yet: one write for both)."""
        self.effects += 1
        outbox, self._outbox = self._outbox, None
        await self.storage.inbox_effects(self.source, self.update_id, self.effects, outbox)

    async def must_wait(self, for_its_turn: bool = True) -> None:
        """A call of this update is about to wait (for its share of the limit, or out a 429):
        the reply's messages are written down first, so that a kill while it waits loses
        nothing; waiting for its turn, whoever asked is told, once."""
        if self._outbox is not None:
            outbox, self._outbox = self._outbox, None
            await self.storage.inbox_outbox(self.source, self.update_id, *outbox)
        if for_its_turn and self.on_wait is not None:
            waiting, self.on_wait = self.on_wait, None
            task = asyncio.create_task(waiting())
            _background.add(task)
            task.add_done_callback(_background.discard)

    def plan(self, messages: Sequence[JSONDict]) -> None:
        """The messages about to be sent, kept so that a restart sends only those that were
        not: written with the first call, or before it if that call has to wait."""
        self._outbox = (json.dumps(list(messages), ensure_ascii=False), self.effects)

    def drop(self, reason: str) -> None:
        if self.status == "done":
            self.status, self.error = "dropped", reason

    def set_aside(self, error: str, exception: BaseException | None = None) -> None:
        self.status, self.error, self.exception = "failed", error, exception


CURRENT: contextvars.ContextVar[Handling | None] = contextvars.ContextVar("handling", default=None)
_background: set[asyncio.Task[object]] = set()  # tasks started by must_wait, kept until done


@dataclass(frozen=True)
class Message:
    """One message to send: its chat, its HTML text, its buttons."""

    chat_id: int
    text: str
    markup: InlineKeyboardMarkup | None = None

    def as_dict(self) -> JSONDict:
        """As the outbox keeps it."""
        markup = self.markup.to_dict() if self.markup is not None else None
        return {"chat_id": self.chat_id, "text": self.text, "reply_markup": markup}

    @classmethod
    def from_dict(cls, data: JSONDict, bot: Bot) -> Message:
        markup = data.get("reply_markup")
        keyboard = InlineKeyboardMarkup.de_json(markup, bot) if markup else None
        return cls(int(data["chat_id"]), str(data["text"]), keyboard)


async def send_messages(bot: Bot, messages: Sequence[Message]) -> None:
    """Send messages in order; the inbox knows of them first (``Handling.plan``)."""
    handling = CURRENT.get()
    if handling is not None:
        handling.plan([message.as_dict() for message in messages])
    for message in messages:
        await bot.send_message(
            message.chat_id,
            message.text,
            reply_markup=message.markup,
            disable_web_page_preview=True,
        )


class Limiter(BaseRateLimiter[int]):
    """Telegram's limits, its 429s per chat, and bounded retries (see the module's text)."""

    def __init__(
        self,
        messages_per_second: float = MESSAGES_PER_SECOND,
        group_messages_per_minute: float = GROUP_MESSAGES_PER_MINUTE,
        in_flight: int = 16,
    ) -> None:
        self._overall = AsyncLimiter(messages_per_second, 1) if messages_per_second > 0 else None
        self._group_rate = group_messages_per_minute if messages_per_second > 0 else 0
        self._groups: dict[int | str, AsyncLimiter] = {}
        self._paused: dict[int | str, float] = {}  # chat (or method) -> monotonic time
        # Calls on their way at once: as many as the HTTP client has connections, so that none
        # queues inside it (its queue costs time in its length at every call).
        self._in_flight = asyncio.Semaphore(in_flight)

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | JSONDict | list[JSONDict]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | JSONDict | list[JSONDict]:
        chat = _chat(data.get("chat_id"))
        key: int | str = chat if chat is not None else endpoint
        retry_afters = 0
        attempt = 1
        began = False
        while True:
            handling = CURRENT.get() if has_effect(endpoint) else None
            await self._wait_pause(key, handling)
            if counted(endpoint):
                await self._take_slot(chat, handling)
            if handling is not None and self._in_flight.locked():
                await handling.must_wait(for_its_turn=False)
            try:
                async with self._in_flight:
                    # Counted only now, when nothing stands between it and Telegram.
                    if not began and handling is not None:
                        await handling.begin_call()
                    began = True
                    return await callback(*args, **kwargs)
            except RetryAfter as error:
                wait = seconds(error.retry_after)
                if retry_afters >= MAX_RETRY_AFTER or wait > LONGEST_WAIT_SECONDS:
                    raise
                retry_afters += 1
                self._paused[key] = max(self._paused.get(key, 0.0), time.monotonic() + wait)
                log.info(
                    "%s: Telegram asks to wait %.0f s (flood control); waiting",
                    endpoint,
                    wait,
                    extra={"event": "telegram_retry_after", "method": endpoint},
                )
            except NetworkError as error:  # 5xx, timeouts, resets (BadRequest is one too)
                if isinstance(error, BadRequest) or endpoint.startswith("get"):
                    raise
                if attempt >= MAX_ATTEMPTS:
                    raise
                pause = FIRST_BACKOFF_SECONDS * 2 ** (attempt - 1) * random.uniform(0.8, 1.2)
                log.info(
                    "%s failed (%s, try %d of %d); retrying in %.1f s",
                    endpoint,
                    type(error).__name__,
                    attempt,
                    MAX_ATTEMPTS,
                    pause,
                    extra={"event": "telegram_retry", "method": endpoint},
                )
                attempt += 1
                await asyncio.sleep(pause)

    async def _wait_pause(self, key: int | str, handling: Handling | None) -> None:
        """Wait while Telegram asked this chat (or method) to wait."""
        until = self._paused.get(key)
        if until is not None and handling is not None:
            await handling.must_wait(for_its_turn=False)
        while until is not None:
            left = until - time.monotonic()
            if left <= 0:
                if self._paused.get(key) == until:
                    del self._paused[key]
                return
            await asyncio.sleep(left)
            until = self._paused.get(key)

    async def _take_slot(self, chat: int | None, handling: Handling | None) -> None:
        """One message's share of the overall limit, and of its group's; if it has to wait for
        it, the update being handled is told (``Handling.must_wait``)."""
        if chat is not None and chat < 0 and self._group_rate:
            group = self._groups.get(chat)
            if group is None:
                if len(self._groups) > 512:  # forget groups with their whole share left
                    for old, limiter in list(self._groups.items()):
                        if limiter.has_capacity(limiter.max_rate):
                            del self._groups[old]
                group = self._groups[chat] = AsyncLimiter(self._group_rate, 60)
            if handling is not None and not group.has_capacity():
                await handling.must_wait()
            await group.acquire()
        if self._overall is not None:
            if handling is not None and not self._overall.has_capacity():
                await handling.must_wait()
            await self._overall.acquire()


def describe(error: BaseException) -> str:
    """What an operator sees of an error: its type and message, then where it was raised."""
    lines = [f"{type(error).__name__}: {error}"]
    frames = traceback.extract_tb(error.__traceback__)
    lines += [f"  {frame.filename}:{frame.lineno} in {frame.name}" for frame in frames[-5:]]
    return "\n".join(lines)


def seconds(period: int | float | timedelta) -> float:
    """A time period as python-telegram-bot gives it (an int, or a timedelta once opted in)."""
    return period.total_seconds() if isinstance(period, timedelta) else float(period)


def _chat(value: object) -> int | None:
    """A chat id as an int (an @channel name is not one)."""
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.lstrip("-").isdigit():
        return int(value)
    return None


class ThrottledLog:
    """Lets ``per_minute`` lines through each minute, then counts the rest and says how many in
    one line when the next minute begins: a fault that repeats fills no disk."""

    def __init__(self, logger: logging.Logger, per_minute: int = 5) -> None:
        self.logger = logger
        self.per_minute = per_minute
        self._window = -60.0
        self._count = 0
        self._suppressed = 0

    def log(self, level: int, msg: str, *args: object, **kwargs: Any) -> None:
        now = time.monotonic()
        if now - self._window >= 60:
            if self._suppressed:
                self.logger.warning(
                    "%d more lines like these in the last minute were not logged",
                    self._suppressed,
                    extra={"event": "log_suppressed", "count": self._suppressed},
                )
            self._window, self._count, self._suppressed = now, 0, 0
        if self._count < self.per_minute:
            self._count += 1
            self.logger.log(level, msg, *args, **kwargs)
        else:
            self._suppressed += 1
