"""Long polling of our own: an update is confirmed to Telegram only once the inbox holds it.

Telegram forgets updates when ``getUpdates`` is called with an ``offset`` past them. The
library's ``Updater`` moves the offset as soon as updates are in its memory queue, and parses a
whole batch at once: one update it cannot parse fails the batch, which is then asked for again,
for ever. Here the batch comes back as plain JSON (from an ``httpx`` client of its own, as the
library too keeps ``getUpdates`` on a connection of its own), is written to the inbox
(``Inbox.accept``: one transaction, fsynced), and only then does the next call carry the new
offset. Parsing comes later, update by update, in the inbox, where a bad one is set aside alone.

The loop never gives up: a failing call (5xx, timeouts, resets, 409 Conflict while another
instance polls, 429) is logged, at most a few lines a minute, and retried with back-off up to
``MAX_RETRY_SECONDS``. It also stops fetching while the inbox has ``MAX_BACKLOG`` updates in
hand; Telegram keeps the rest until then.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import httpx
from telegram import Bot, Update
from telegram.error import Conflict, InvalidToken, NetworkError, RetryAfter, TelegramError, TimedOut

from bot.inbox import Inbox
from bot.sending import ThrottledLog, seconds

SOURCE = "polling"
POLL_TIMEOUT_SECONDS = 10  # how long Telegram holds a getUpdates open when it has nothing
READ_MARGIN_SECONDS = 10.0  # on top of it, before the call counts as timed out
FIRST_RETRY_SECONDS = 0.5  # then doubled, up to MAX_RETRY_SECONDS
MAX_RETRY_SECONDS = 5.0
MAX_BACKLOG = 5000  # updates the inbox may hold in memory before polling waits (~1 KB each)
BATCH = 100  # Telegram's largest
log = logging.getLogger(__name__)


class Poller:
    """``run`` until cancelled; ``last_success`` is when Telegram last answered."""

    def __init__(self, bot: Bot, inbox: Inbox, timeout: int = POLL_TIMEOUT_SECONDS) -> None:
        self.bot = bot
        self.inbox = inbox
        self.timeout = timeout
        self.last_success = time.monotonic()
        self.failures = 0  # calls failed in a row
        self._log = ThrottledLog(log, per_minute=6)

    async def run(self) -> None:
        async with httpx.AsyncClient(timeout=httpx.Timeout(10.0)) as client:
            await self._loop(client)

    async def _loop(self, client: httpx.AsyncClient) -> None:
        last = await self.inbox.storage.inbox_last_update_id(SOURCE)
        offset = last + 1 if last is not None else None
        delay = FIRST_RETRY_SECONDS
        while True:
            await self.inbox.room(MAX_BACKLOG)
            try:
                updates = await self.fetch(client, offset)
                newest = await self.inbox.accept(SOURCE, updates) if updates else None
            except RetryAfter as error:
                pause = seconds(error.retry_after)
                self._failed(f"Telegram asks to wait {pause:.0f} s", pause)
            except InvalidToken:  # its message may contain the token: not passed on
                pause = MAX_RETRY_SECONDS
                self._failed("the Bot API now rejects TELEGRAM_BOT_TOKEN (Unauthorized)", pause)
            except Conflict:
                pause = MAX_RETRY_SECONDS
                self._failed(
                    "another process takes this bot's updates (409 Conflict): is a second "
                    "instance running, or a webhook set?",
                    pause,
                )
            except TelegramError as error:
                pause = delay
                delay = min(delay * 2, MAX_RETRY_SECONDS)
                self._failed(f"{type(error).__name__}: {error}", pause)
            except (OSError, ValueError) as error:  # the database could not take the batch
                pause = delay
                delay = min(delay * 2, MAX_RETRY_SECONDS)
                self._failed(f"the inbox could not take the updates ({error})", pause)
            else:
                if self.failures:
                    log.info(
                        "getUpdates works again after %d failures",
                        self.failures,
                        extra={"event": "polling_recovered", "failures": self.failures},
                    )
                self.failures = 0
                self.last_success = time.monotonic()
                delay = FIRST_RETRY_SECONDS
                if newest is not None:
                    offset = max(offset or 0, newest + 1)
                continue
            await asyncio.sleep(pause)

    async def fetch(self, client: httpx.AsyncClient, offset: int | None) -> list[Any]:
        """One ``getUpdates``, its result as Telegram sent it (a list of JSON objects); a
        failure raises the library's error for it, as its own calls do."""
        parameters: dict[str, Any] = {
            "timeout": self.timeout,
            "limit": BATCH,
            "allowed_updates": Update.ALL_TYPES,
        }
        if offset is not None:
            parameters["offset"] = offset
        try:
            response = await client.post(
                f"{self.bot.base_url}/getUpdates",
                json=parameters,
                timeout=httpx.Timeout(10.0, read=self.timeout + READ_MARGIN_SECONDS),
            )
        except httpx.TimeoutException as error:
            raise TimedOut(type(error).__name__) from None
        except httpx.HTTPError as error:  # refused, reset, cut short
            raise NetworkError(f"{type(error).__name__}") from None
        try:
            answer = response.json()
        except ValueError:
            answer = {}
        if not isinstance(answer, dict):
            answer = {}
        if response.status_code == 200 and answer.get("ok"):
            result = answer.get("result")
            return result if isinstance(result, list) else []
        description = str(answer.get("description") or response.reason_phrase)
        parameters = answer.get("parameters") or {}
        retry_after = parameters.get("retry_after") if isinstance(parameters, dict) else None
        if isinstance(retry_after, int):
            raise RetryAfter(retry_after)
        if response.status_code in (401, 404):
            raise InvalidToken()
        if response.status_code == 409:
            raise Conflict(description)
        raise NetworkError(f"{description} ({response.status_code})")

    def _failed(self, reason: str, pause: float) -> None:
        self.failures += 1
        self._log.log(
            logging.WARNING,
            "getUpdates failed (%s); trying again in %.1f s",
            reason,
            pause,
            extra={"event": "polling_failed", "failures": self.failures},
        )
