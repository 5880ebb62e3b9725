"""The running bot: one lifecycle for polling and webhook mode.

``Service.start`` opens the database, connects to Telegram, takes up what the inbox holds from
the last run (``bot.inbox``), starts taking updates (``bot.polling``, or the webhook server of
``bot.webhook``; either writes each update to the inbox before Telegram is told it arrived), and
starts what runs beside them: the retention purge and the heartbeat. ``Service.stop`` undoes it
in the order that loses nothing, within a bounded time: stop taking updates, give the ones in
flight ``STOP_SECONDS`` (what is left stays in the inbox for the next start), then close the
database, whatever Telegram does. ``serve`` runs the service until SIGTERM or SIGINT, which is
how a container stops it.

python-telegram-bot's ``run_polling``/``run_webhook`` do the same for one mode each; one
lifecycle of our own keeps the two modes alike, lets the webhook server carry ``/healthz``, and
lets an update be confirmed to Telegram only once it is in the database.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import html
import logging
import signal
import sqlite3
import time

import tornado.httpserver
from telegram import Update
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, TelegramError

from bot.chat import render
from bot.chat.conversation import Conversation
from bot.chat.replies import Reply
from bot.config import Settings
from bot.editors.notify import Delivery, notify_waiting
from bot.editors.replay import load_cases
from bot.failures import (
    EXIT_DATA,
    EXIT_PORT,
    EXIT_TELEGRAM_UNREACHABLE,
    EXIT_TOKEN_REJECTED,
    Failure,
)
from bot.flood import FloodLimit
from bot.handlers.common import keyboard
from bot.handlers.errors import refused_for_good
from bot.health import HEARTBEAT_SECONDS, MAX_AGE_SECONDS, write_heartbeat
from bot.inbox import KEEP_HANDLED_SECONDS, STOP_SECONDS, Inbox
from bot.live import Live, ReloadResult
from bot.matching.matcher import Matcher
from bot.polling import Poller
from bot.storage import Storage
from bot.telegram_app import (
    TelegramApp,
    attach,
    build_application,
    close_http_clients,
    set_commands_and_descriptions,
)
from bot.webhook import serve as serve_web
from bot.webhook import web_application

PURGE_INTERVAL_SECONDS = 6 * 3600
LEARNED_POLL_SECONDS = 2.0  # a resolution made from the command line is live within seconds
NOTIFY_RETRY_SECONDS = 60.0
SHUTDOWN_STEP_SECONDS = 5.0  # each step of stopping that waits on Telegram
FIRST_RETRY_SECONDS = 1.0  # then doubled at each try, up to MAX_RETRY_SECONDS
MAX_RETRY_SECONDS = 15.0
UNHEALTHY = {"event": "unhealthy"}
log = logging.getLogger(__name__)


class Service:
    def __init__(self, settings: Settings, live: Live | Matcher) -> None:
        self.settings = settings
        if not isinstance(live, Live):
            cases = load_cases(settings.eval_dir)
            live = Live(live, cases, settings.reload_max_drop)
        self.live = live
        self._learned_version = 0
        self.application: TelegramApp = build_application(settings)
        self.storage: Storage | None = None
        self.inbox: Inbox | None = None
        self.poller: Poller | None = None
        self._polling: asyncio.Task[None] | None = None
        self.web: tornado.httpserver.HTTPServer | None = None
        self.web_port: int | None = None
        self.last_beat = 0.0  # time.monotonic() of the last heartbeat
        self._tasks: list[asyncio.Task[None]] = []

    async def start(self) -> None:
        """Start, or raise ``Failure`` with one line an operator can act on."""
        settings, application = self.settings, self.application
        self.storage = await _open_storage(settings)
        dropped = await self.storage.drop_interrupted_notifications()
        if dropped:
            log.warning(
                "%d notifications were being sent when the bot last stopped; not sent again",
                dropped,
                extra={"event": "notifications_dropped", "count": dropped},
            )
        if await self.storage.learned():
            await self.reload(notify=False)  # the files plus the learned questions
        self._learned_version = await self.storage.learned_version()
        await self._connect()
        if settings.second_process:  # once Telegram answers: a failed start needs no child
            await self.live.use_second_process()
        attach(application, settings, self.live, self.storage)
        self.conversation.reloader = self.reload_for_editor
        await set_commands_and_descriptions(application, settings.editor_ids)
        await application.start()
        flood = application.bot_data.get("flood")
        self.inbox = Inbox(
            self.storage, application, flood if isinstance(flood, FloodLimit) else None
        )
        await self.inbox.resume()
        if settings.mode == "webhook":
            await self._start_webhook()
        else:
            await self._delete_webhook()
            self.poller = Poller(application.bot, self.inbox)
            self._polling = asyncio.create_task(self.poller.run(), name="polling")
        self._tasks = [
            asyncio.create_task(self._purge_regularly(), name="purge"),
            asyncio.create_task(self._beat_regularly(), name="heartbeat"),
            asyncio.create_task(self._poll_learned(), name="learned"),
            asyncio.create_task(self._notify_regularly(), name="notify"),
        ]
        if settings.knowledge_watch != "off":
            self._tasks.append(asyncio.create_task(self._watch_knowledge(), name="watch"))
        await self.beat()
        log.info(
            "bot @%s started (%s)",
            application.bot.username,
            settings.mode,
            extra={"event": "started", "mode": settings.mode},
        )

    async def _connect(self) -> None:
        """Ask the Bot API who we are (getMe), retrying with back-off while it cannot be
        reached: a container may start before its network is up."""
        try:
            await self._initialize()
        except BaseException:
            await close_http_clients(self.application)
            raise

    async def _initialize(self) -> None:
        wait = self.settings.startup_wait_seconds
        deadline = time.monotonic() + wait
        delay = FIRST_RETRY_SECONDS
        attempt = 1
        while True:
            try:
                await self.application.initialize()
                return
            except InvalidToken:  # its message may contain the token: not passed on
                raise Failure(
                    "the Bot API rejected TELEGRAM_BOT_TOKEN (Unauthorized): check the token "
                    "@BotFather gave you, and TELEGRAM_API_BASE_URL",
                    EXIT_TOKEN_REJECTED,
                ) from None
            except NetworkError as error:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise Failure(
                        f"the Bot API at TELEGRAM_API_BASE_URL did not answer in {wait:g} s "
                        f"({attempt} tries, last: {type(error).__name__}): check the network, "
                        "or raise STARTUP_WAIT_SECONDS",
                        EXIT_TELEGRAM_UNREACHABLE,
                    ) from None
                pause = min(delay, left)
                log.warning(
                    "the Bot API does not answer (try %d: %s); retrying in %.1f s",
                    attempt,
                    type(error).__name__,
                    pause,
                    extra={"event": "connect_retry", "attempt": attempt},
                )
                await asyncio.sleep(pause)
                delay = min(delay * 2, MAX_RETRY_SECONDS)
                attempt += 1

    @property
    def conversation(self) -> Conversation:
        found = self.application.bot_data["conversation"]
        assert isinstance(found, Conversation)
        return found

    async def reload(self, force: bool = False, notify: bool = True) -> ReloadResult:
        """Load the knowledge files plus the learned questions, check them, swap them in
        (SIGHUP, the watcher, /reload, a resolved gap); then notify whoever an answer awaits.
        A refused or held reload is reported to the editors in Telegram too."""
        assert self.storage is not None
        learned = await self.storage.learned_map()
        result = await self.live.reload(self.settings.knowledge_dir, learned, force)
        if result.reloaded and notify:
            await self.notify()
        elif not result.reloaded and "conversation" in self.application.bot_data:
            await self._tell_editors(result)
        return result

    async def reload_for_editor(self, force: bool) -> ReloadResult:
        return await self.reload(force=force)

    async def notify(self) -> int:
        """Send the notifications that are due (a resolved gap whose entry is live)."""
        if self.storage is None or "conversation" not in self.application.bot_data:
            return 0
        return await notify_waiting(self.storage, self.conversation, self._deliver)

    async def _deliver(self, chat_id: int, replies: list[Reply]) -> Delivery:
        """One notification through the rate limiter (which waits out 429s and retries)."""
        try:
            for reply in replies:
                await self.application.bot.send_message(
                    chat_id, reply.text, reply_markup=keyboard(reply), disable_web_page_preview=True
                )
        except (Forbidden, BadRequest) as error:
            if refused_for_good(error):
                return Delivery.BLOCKED
            log.warning("notification refused: %s", error, extra={"event": "notification_error"})
            return Delivery.FAILED
        except TelegramError as error:
            log.warning(
                "notification failed: %s",
                type(error).__name__,
                extra={"event": "notification_error"},
            )
            return Delivery.FAILED
        return Delivery.SENT

    async def _tell_editors(self, result: ReloadResult) -> None:
        lines = [result.summary, *result.problems[:10]]
        pieces = [html.escape(piece) for piece in render.split_text("\n".join(lines))]
        for editor in sorted(self.settings.editor_ids):
            try:
                for piece in pieces:
                    await self.application.bot.send_message(editor, piece)
            except TelegramError:
                log.warning(
                    "could not tell an editor about the reload",
                    extra={"event": "editor_unreachable"},
                )

    async def _poll_learned(self) -> None:
        """A gap resolved from the command line changes the learned questions: reload."""
        assert self.storage is not None
        while True:
            await asyncio.sleep(LEARNED_POLL_SECONDS)
            version = await self.storage.learned_version()
            if version != self._learned_version:
                self._learned_version = version
                await self.reload()

    async def _notify_regularly(self) -> None:
        """Send what is due at start (resolved while the bot was down), then retry what failed
        on the way from time to time (a reload also sends what is due)."""
        while True:
            await self.notify()
            await asyncio.sleep(NOTIFY_RETRY_SECONDS)

    async def _watch_knowledge(self) -> None:
        """Reload when a knowledge file changes (watchfiles; polling on volumes without events)."""
        from watchfiles import awatch

        polling = self.settings.knowledge_watch == "poll"
        async for _changes in awatch(
            self.settings.knowledge_dir, force_polling=polling, poll_delay_ms=1000, debounce=500
        ):
            log.info("knowledge files changed", extra={"event": "knowledge_changed"})
            await self.reload()

    async def _start_webhook(self) -> None:
        settings = self.settings
        assert settings.webhook_url
        assert settings.webhook_secret
        assert self.inbox is not None
        web = web_application(
            self.inbox, settings.webhook_path, settings.webhook_secret, self.healthy
        )
        try:
            self.web, self.web_port = serve_web(web, settings.listen_host, settings.port)
        except OSError as error:
            reason = (
                "is in use" if error.errno == errno.EADDRINUSE else f"cannot be bound ({error})"
            )
            raise Failure(
                f"PORT {settings.port} on LISTEN_HOST {settings.listen_host} {reason}: "
                "stop what holds it, or choose another PORT",
                EXIT_PORT,
            ) from None
        log.info(
            "webhook server listening on %s:%d%s",
            settings.listen_host,
            self.web_port,
            settings.webhook_path,
            extra={"event": "listening"},
        )
        await self.application.bot.set_webhook(
            settings.webhook_url,
            secret_token=settings.webhook_secret,
            allowed_updates=Update.ALL_TYPES,
        )

    async def _delete_webhook(self) -> None:
        """Polling needs no webhook set (Telegram refuses getUpdates while one is)."""
        for attempt in range(1, 4):
            try:
                await self.application.bot.delete_webhook()
                return
            except TelegramError as error:
                log.warning(
                    "deleteWebhook failed (try %d: %s)",
                    attempt,
                    type(error).__name__,
                    extra={"event": "delete_webhook_failed"},
                )
                await asyncio.sleep(FIRST_RETRY_SECONDS * attempt)

    async def stop(self) -> None:
        """Stop taking updates, finish those in flight (for at most ``STOP_SECONDS``: the rest
        stays in the inbox), close the database. Bounded in time whatever Telegram does, and
        safe after a start that failed half-way."""
        application = self.application
        log.info("stopping", extra={"event": "stopping"})
        try:
            if self._polling is not None:
                self._polling.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await self._polling
            if self.web is not None:
                self.web.stop()
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(self.web.close_all_connections(), SHUTDOWN_STEP_SECONDS)
            if self.inbox is not None:
                left = await self.inbox.stop(STOP_SECONDS)
                if left:
                    log.info(
                        "%d updates stay in the inbox for the next start",
                        left,
                        extra={"event": "inbox_left", "count": left},
                    )
            for task in self._tasks:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            with contextlib.suppress(OSError):  # DATA_DIR may be what failed at start
                self.settings.heartbeat.unlink(missing_ok=True)
            if application.running:
                try:
                    await asyncio.wait_for(application.stop(), SHUTDOWN_STEP_SECONDS)
                except Exception as error:
                    log.warning(
                        "the application did not stop cleanly (%s)",
                        type(error).__name__,
                        extra={"event": "stop_error"},
                    )
        finally:
            if self.storage is not None:
                await self.storage.close()
                self.storage = None
            await self.live.close()
        # Shutting down after a failed start: nothing to undo; Telegram failing: nothing to wait.
        with contextlib.suppress(Exception):
            await asyncio.wait_for(application.shutdown(), SHUTDOWN_STEP_SECONDS)
        log.info("stopped", extra={"event": "stopped"})

    def healthy(self) -> bool:
        """Running, the last heartbeat is recent, and updates are not waiting in vain
        (``/healthz`` answers with this)."""
        return (
            self.application.running
            and time.monotonic() - self.last_beat < MAX_AGE_SECONDS
            and not (self.inbox is not None and self.inbox.stalled())
        )

    def taking_updates(self) -> bool:
        if self.settings.mode == "webhook":
            return self.web is not None
        return self._polling is not None and not self._polling.done()

    async def beat(self) -> None:
        """Write the heartbeat, but only if updates are coming in and the database answers; it
        says so when updates wait and none has been handled for a while."""
        if not (self.application.running and self.taking_updates() and self.storage is not None):
            log.warning("no heartbeat: not taking updates", extra=UNHEALTHY)
            return
        try:
            await self.storage.ping()
        except Exception:
            log.exception(
                "no heartbeat: the database does not answer", extra={"event": "unhealthy"}
            )
            return
        inbox = self.inbox
        stalled = inbox is not None and inbox.stalled()
        waiting = inbox.waiting if inbox is not None else 0
        if stalled:
            log.warning(
                "unhealthy: %d updates wait and none was handled for %.0f s",
                waiting,
                time.monotonic() - inbox.last_progress if inbox is not None else 0,
                extra=UNHEALTHY,
            )
        write_heartbeat(
            self.settings.heartbeat, self.settings.mode, waiting=waiting, stalled=stalled
        )
        self.last_beat = time.monotonic()

    async def _beat_regularly(self) -> None:
        while True:
            await asyncio.sleep(HEARTBEAT_SECONDS)
            await self.beat()

    async def _purge_regularly(self) -> None:
        """Delete question records past the retention period now, then every few hours."""
        assert self.storage is not None
        while True:
            days = self.settings.retention_days
            deleted = await self.storage.purge_older_than(days)
            now = time.time()
            await self.storage.inbox_purge(now - KEEP_HANDLED_SECONDS, now - days * 86400)
            log.info(
                "retention: deleted %d question records older than %g days",
                deleted,
                days,
                extra={"event": "retention_purge", "deleted": deleted},
            )
            await asyncio.sleep(PURGE_INTERVAL_SECONDS)


async def _open_storage(settings: Settings) -> Storage:
    """The database under DATA_DIR, or a ``Failure`` that says what is wrong with it."""
    data_dir = settings.data_dir
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        probe = data_dir / ".write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        raise Failure(
            f"DATA_DIR {data_dir} is not a writable directory ({error.strerror or error}): "
            "create it, or give the bot's user write access (uid 10001 in the image)",
            EXIT_DATA,
        ) from None
    try:
        return await Storage.open(settings.database)
    except sqlite3.OperationalError as error:
        if "locked" in str(error):
            raise Failure(
                f"the database {settings.database} is locked by another process: is another "
                "bot running on the same DATA_DIR?",
                EXIT_DATA,
            ) from None
        raise Failure(
            f"the database {settings.database} cannot be opened: {error}", EXIT_DATA
        ) from None
    except sqlite3.DatabaseError as error:
        raise Failure(
            f"the database {settings.database} is corrupt or not a database ({error}): "
            "restore it from a backup (README: Backups), or move it away to start afresh",
            EXIT_DATA,
        ) from None


async def serve(settings: Settings, live: Live | Matcher) -> None:
    """Run until SIGTERM or SIGINT, then stop cleanly. SIGHUP reloads the knowledge."""
    service = Service(settings, live)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for number in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(number, stop.set)
    reloads: set[asyncio.Task[ReloadResult]] = set()

    def reload() -> None:
        log.info("SIGHUP: reloading the knowledge", extra={"event": "signal_reload"})
        task = loop.create_task(service.reload())
        reloads.add(task)
        task.add_done_callback(reloads.discard)

    loop.add_signal_handler(signal.SIGHUP, reload)
    try:
        await service.start()
        await stop.wait()
        log.info("signal received", extra={"event": "signal"})
    finally:
        await service.stop()
