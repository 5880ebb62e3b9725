"""The inbox: no update lost, none handled twice, none that stops the others.

Every update, fetched by ``bot.polling`` or posted to ``bot.webhook``, is first written to the
``inbox`` table of the bot's database, a batch in one transaction; only then is Telegram told it
arrived (the next ``getUpdates`` offset, or the webhook's 200). From there:

- **Handled concurrently, one person's in order.** Each person (or chat) has a queue; at most
  ``CONCURRENCY`` updates are handled at once, and a person waiting for their own earlier update
  takes no place from anyone else. Handling is python-telegram-bot's ``process_update``: the
  handlers of ``bot.handlers``, and their error handler.
- **Floods cost others nothing.** The per-person limit (``bot.flood``) counts each update here;
  a flood's excess message is dropped before it is even parsed, and someone with more than
  ``FLOOD_QUEUE`` updates waiting is served in the flood lane, one update at a time for all
  such people, after everyone else's.
- **Marked.** An update is claimed (``handling``, one more attempt) before its handler runs;
  each call to Telegram with an effect is counted before it goes out, and a reply's messages
  are written down with the first, or before it if it must wait (``bot.sending.Handling``);
  then the update is ``done``, ``dropped`` (Telegram refused or kept failing: one log line) or
  ``failed``.
- **Poison set aside.** An update python-telegram-bot cannot read, or whose handling raises, is
  ``failed``: logged once, kept with its error for an operator (``python -m bot inbox``), and
  skipped; the next one is handled at once. One that was being handled when the bot died
  ``MAX_ATTEMPTS`` times is set aside too.
- **Resumed.** At start, what was ``pending`` is handled; what was ``handling`` when the bot was
  killed is handled again if nothing had been sent for it yet, finished from its written-down
  messages if its reply had begun, and otherwise dropped (whether Telegram got the last call is
  unknown: it is not repeated).
- **Once.** An update delivered again (Telegram re-sending, a replayed webhook, the last batch
  re-fetched after a restart) is already in the table, or older than the rows purged after
  ``KEEP_HANDLED_SECONDS``: it is a no-op.
- **Stopping** (SIGTERM) starts nothing new, gives the updates in flight ``STOP_SECONDS``, then
  cancels them: whatever was not done stays in the table for the next start.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from telegram import Update
from telegram.error import Forbidden, TelegramError

from bot.flood import FloodLimit, Verdict
from bot.sending import CURRENT, Handling, Message, ThrottledLog, describe, send_messages
from bot.storage import InboxItem, Storage

if TYPE_CHECKING:
    from bot.telegram_app import TelegramApp

CONCURRENCY = 64  # updates handled at once
MAX_ATTEMPTS = 3  # a bot that died this many times while handling an update sets it aside
STOP_SECONDS = 10.0  # what SIGTERM leaves the updates in flight
STALL_SECONDS = 60.0  # updates waiting and none handled for this long: unhealthy
FLOOD_QUEUE = 10  # someone with more updates than this waiting is handled in the flood lane
FLOOD_PATIENCE_SECONDS = 0.2  # the flood lane's longest wait for everyone else's updates
KEEP_HANDLED_SECONDS = 2 * 86400  # Telegram re-delivers for 24 hours at most
log = logging.getLogger(__name__)


@dataclass
class Task:
    """An update on its way through the inbox (kept as its JSON text: a backlog stays small)."""

    source: str
    update_id: int
    text: str
    key: str  # whose updates must keep their order (``key_of``)
    resume: InboxItem | None = None  # the row as the last run left it, when resuming

    @property
    def payload(self) -> dict[str, Any]:
        try:
            loaded = json.loads(self.text)
        except ValueError:
            return {}
        return loaded if isinstance(loaded, dict) else {}


def key_of(update_id: int, payload: dict[str, Any]) -> str:
    """Whose updates must keep their order: the sender's, else the chat's."""
    for value in payload.values():
        if not isinstance(value, dict):
            continue
        for field in ("from", "user", "chat", "sender_chat"):
            who = value.get(field)
            if isinstance(who, dict) and isinstance(who.get("id"), int):
                return f"{field}:{who['id']}"
    return f"update:{update_id}"


class Inbox:
    """Accepts updates (``accept``), hands them to the application, and marks them."""

    def __init__(
        self,
        storage: Storage,
        application: TelegramApp,
        flood: FloodLimit | None = None,
        concurrency: int = CONCURRENCY,
    ) -> None:
        self.storage = storage
        self.application = application
        self.flood = flood
        self._slots = asyncio.Semaphore(concurrency)
        self._queues: dict[str, deque[Task]] = {}
        self._workers: dict[str, asyncio.Task[None]] = {}
        self._accepting = asyncio.Lock()  # one batch at a time: a duplicate is seen as one
        self._progress = asyncio.Condition()
        self._flood_lane = asyncio.Semaphore(1)
        self._others = 0  # updates of people not flooding, being handled
        self._quiet = asyncio.Event()  # set while there are none
        self._quiet.set()
        self._closed = False
        self.waiting = 0  # accepted and not yet finished, in this process
        self.handled = 0
        self.last_progress = time.monotonic()
        self._set_aside_log = ThrottledLog(log)
        self._dropped_log = ThrottledLog(log)

    # Taking updates in

    async def accept(self, source: str, updates: list[Any]) -> int | None:
        """Write a batch to the inbox (one transaction, then fsync), then handle the new ones.
        Returns the newest update_id in the batch (None if it had none), which polling then
        confirms to Telegram. Raises if the database cannot take it: nothing is confirmed."""
        batch: list[tuple[int, str, dict[str, Any]]] = []
        for update in updates:
            update_id = update.get("update_id") if isinstance(update, dict) else None
            if isinstance(update_id, int) and not isinstance(update_id, bool):
                batch.append((update_id, json.dumps(update, ensure_ascii=False), update))
            else:
                self._set_aside_log.log(
                    logging.WARNING,
                    "an update without an update_id was ignored",
                    extra={"event": "update_ignored", "source": source},
                )
        if not batch:
            return None
        async with self._accepting:
            fresh = set(
                await self.storage.inbox_accept(source, [(uid, text) for uid, text, _ in batch])
            )
            await self.storage.sync()
            for update_id, text, payload in batch:
                if update_id in fresh:
                    fresh.discard(update_id)  # twice in one batch: once
                    self._submit(Task(source, update_id, text, key_of(update_id, payload)))
        return max(update_id for update_id, _, _ in batch)

    async def resume(self) -> int:
        """Take up what the last run left: pending updates, and those it was handling."""
        left = await self.storage.inbox_items("pending", "handling")
        for item in left:
            task = Task(item.source, item.update_id, item.payload or "{}", "", resume=item)
            task.key = key_of(item.update_id, task.payload)
            self._submit(task)
        if left:
            log.info(
                "%d updates left by the last run are being handled",
                len(left),
                extra={"event": "inbox_resumed", "count": len(left)},
            )
        return len(left)

    async def room(self, backlog: int) -> None:
        """Return once fewer than ``backlog`` updates are in hand (polling waits for it)."""
        async with self._progress:
            await self._progress.wait_for(lambda: self.waiting < backlog)

    def _submit(self, task: Task) -> None:
        if self.waiting == 0:
            self.last_progress = time.monotonic()
        self.waiting += 1
        if self._closed:
            return  # stays pending in the table, for the next start
        queue = self._queues.setdefault(task.key, deque())
        queue.append(task)
        if task.key not in self._workers:
            self._workers[task.key] = asyncio.create_task(self._work(task.key), name="inbox")

    async def _work(self, key: str) -> None:
        """Handle one person's updates, in order, each in one of the shared places. Someone
        with more than ``FLOOD_QUEUE`` updates waiting is handled in the flood lane: one update
        at a time for all such people, and only once no one else's update is being handled (or
        ``FLOOD_PATIENCE_SECONDS`` have passed): a flood delays no one but the flooders."""
        queue = self._queues[key]
        try:
            while queue and not self._closed:
                flooding = len(queue) > FLOOD_QUEUE
                if flooding:
                    await self._flood_lane.acquire()
                try:
                    if flooding:
                        await self._others_done()
                    else:
                        self._others += 1
                        self._quiet.clear()
                    async with self._slots:
                        if self._closed:
                            return
                        await self._handle_safely(queue[0])
                finally:
                    if flooding:
                        self._flood_lane.release()
                    else:
                        self._others -= 1
                        if not self._others:
                            self._quiet.set()
                queue.popleft()
                self.waiting -= 1
                self.handled += 1
                self.last_progress = time.monotonic()
                async with self._progress:
                    self._progress.notify_all()
        finally:
            self._queues.pop(key, None)
            self._workers.pop(key, None)

    async def _others_done(self) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._quiet.wait(), FLOOD_PATIENCE_SECONDS)

    async def _handle_safely(self, task: Task) -> None:
        try:
            await self._handle(task)
        except Exception:  # the database failed: the next start takes it up
            log.exception(
                "update %d could not be handled; it stays in the inbox",
                task.update_id,
                extra={"event": "inbox_error", "update_id": task.update_id},
            )

    # Handling one update

    async def _handle(self, task: Task) -> None:
        source, update_id = task.source, task.update_id
        handling = Handling(self.storage, source, update_id)
        resume = task.resume
        if resume is not None and resume.status == "handling":
            handling.effects = resume.effects
            if resume.outbox is not None:
                await self._finish_outbox(handling, resume)
                return
            if resume.effects > 0:
                await self._finish(
                    handling,
                    "dropped",
                    "the bot stopped after it had begun replying; not repeated",
                )
                return
        payload = task.payload
        if self.flood is not None:
            handling.flood = self.flood.screen(payload)
            if handling.flood is Verdict.DROP and "message" in payload:
                # A flood's excess message: nothing to parse, nothing to answer (a press
                # goes on to be answered, silently).
                await self.storage.inbox_finish(source, update_id, "done")
                return
        attempts = (resume.attempts if resume is not None else 0) + 1
        await self.storage.inbox_claim(source, update_id)
        if attempts > MAX_ATTEMPTS:
            await self._set_aside(handling, f"the bot stopped {attempts - 1} times handling it")
            return
        try:
            update = Update.de_json(payload, self.application.bot)
        except Exception as error:
            await self._set_aside(handling, describe(error), error, readable=False)
            return
        token = CURRENT.set(handling)
        try:
            await self.application.process_update(update)
        except Exception as error:  # raised outside the handlers and their error handler
            handling.set_aside(describe(error), error)
        finally:
            CURRENT.reset(token)
        if handling.status == "failed":
            await self._set_aside(handling, handling.error or "failed", handling.exception)
        else:
            await self._finish(handling, handling.status, handling.error)

    async def _finish_outbox(self, handling: Handling, item: InboxItem) -> None:
        """Send the messages of a reply the last run had begun, from the first not begun."""
        bot = self.application.bot
        messages = [Message.from_dict(data, bot) for data in json.loads(item.outbox or "[]")]
        rest = messages[max(item.effects - item.outbox_base, 0) :]
        token = CURRENT.set(handling)
        try:
            await send_messages(bot, rest)
        except Forbidden as error:
            await self.forget(messages[0].chat_id if messages else None)
            handling.drop(f"Telegram refused: {error}")
        except TelegramError as error:
            handling.drop(f"Telegram kept failing: {describe(error)}")
        finally:
            CURRENT.reset(token)
        await self._finish(handling, handling.status, handling.error)

    async def forget(self, chat_id: int | None) -> None:
        """A chat that blocked the bot: nothing waiting for it can be sent any more."""
        if chat_id is not None:
            await self.storage.forget_chat(chat_id)

    async def _finish(self, handling: Handling, status: str, error: str | None) -> None:
        if status == "dropped":
            self._dropped_log.log(
                logging.WARNING,
                "update %d dropped: %s",
                handling.update_id,
                error,
                extra={"event": "update_dropped", "update_id": handling.update_id},
            )
        await self.storage.inbox_finish(handling.source, handling.update_id, status, error)

    async def _set_aside(
        self,
        handling: Handling,
        error: str,
        exception: BaseException | None = None,
        readable: bool = True,
    ) -> None:
        """Logged once, with its traceback (an update's text is never logged above DEBUG),
        kept with its error for an operator, and skipped."""
        what = "its handling failed" if readable else "it cannot be read"
        self._set_aside_log.log(
            logging.ERROR,
            "update %d set aside: %s (%s); see `python -m bot inbox`",
            handling.update_id,
            what,
            error.splitlines()[0] if error else "",
            exc_info=exception,
            extra={"event": "update_set_aside", "update_id": handling.update_id},
        )
        await self.storage.inbox_finish(handling.source, handling.update_id, "failed", error)

    # Health and stopping

    def stalled(self, now: float | None = None) -> bool:
        """Updates are waiting, and none has been handled for ``STALL_SECONDS``."""
        now = time.monotonic() if now is None else now
        return self.waiting > 0 and now - self.last_progress > STALL_SECONDS

    async def stop(self, grace: float = STOP_SECONDS) -> int:
        """Start nothing new; wait for the updates in flight, then cancel them. Returns how many
        updates are left in the table for the next start."""
        self._closed = True
        for queue in self._queues.values():
            while len(queue) > 1:
                queue.pop()  # not begun: pending in the table
        workers = list(self._workers.values())
        if workers:
            _, late = await asyncio.wait(workers, timeout=grace)
            for worker in late:
                worker.cancel()
            if late:
                await asyncio.wait(late)
                log.warning(
                    "%d updates in flight did not finish in %.0f s; the next start takes them up",
                    len(late),
                    grace,
                    extra={"event": "inbox_cut_short", "count": len(late)},
                )
        return self.waiting
