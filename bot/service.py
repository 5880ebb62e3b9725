"""The running bot: one lifecycle for polling and webhook mode.

``Service.start`` opens the database, connects to Telegram, starts taking updates (long polling,
or the webhook server of ``bot.webhook``), and starts what runs beside them: the retention purge
and the heartbeat. ``Service.stop`` undoes it in the order that loses nothing: stop taking
updates, finish the ones in flight, then close the database. ``serve`` runs the service until
SIGTERM or SIGINT, which is how a container stops it.

python-telegram-bot's ``run_polling``/``run_webhook`` do the same for one mode each; one
lifecycle of our own keeps the two modes alike and lets the webhook server carry ``/healthz``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import time

import tornado.httpserver
from telegram import Update
from telegram.ext import Application

from bot.config import Settings
from bot.health import HEARTBEAT_SECONDS, MAX_AGE_SECONDS, write_heartbeat
from bot.matching.matcher import Matcher
from bot.storage import Storage
from bot.telegram_app import attach, build_application, set_commands_and_descriptions
from bot.webhook import serve as serve_web
from bot.webhook import web_application

PURGE_INTERVAL_SECONDS = 6 * 3600
POLL_TIMEOUT_SECONDS = 10
UNHEALTHY = {"event": "unhealthy"}
log = logging.getLogger(__name__)


class Service:
    def __init__(self, settings: Settings, matcher: Matcher) -> None:
        self.settings = settings
        self.matcher = matcher
        self.application: Application = build_application(settings)  # type: ignore[type-arg]
        self.storage: Storage | None = None
        self.web: tornado.httpserver.HTTPServer | None = None
        self.web_port: int | None = None
        self.last_beat = 0.0  # time.monotonic() of the last heartbeat
        self._tasks: list[asyncio.Task[None]] = []

    async def start(self) -> None:
        settings, application = self.settings, self.application
        await application.initialize()  # getMe: a wrong token fails here
        self.storage = await Storage.open(settings.database)
        attach(application, settings, self.matcher, self.storage)
        await set_commands_and_descriptions(application)
        if settings.mode == "webhook":
            await self._start_webhook()
        else:
            assert application.updater is not None
            await application.updater.start_polling(
                timeout=POLL_TIMEOUT_SECONDS,
                bootstrap_retries=3,
                allowed_updates=Update.ALL_TYPES,
            )
        await application.start()
        self._tasks = [
            asyncio.create_task(self._purge_regularly(), name="purge"),
            asyncio.create_task(self._beat_regularly(), name="heartbeat"),
        ]
        await self.beat()
        log.info(
            "bot @%s started (%s)",
            application.bot.username,
            settings.mode,
            extra={"event": "started", "mode": settings.mode},
        )

    async def _start_webhook(self) -> None:
        settings = self.settings
        assert settings.webhook_url and settings.webhook_secret
        web = web_application(
            self.application, settings.webhook_path, settings.webhook_secret, self.healthy
        )
        self.web, self.web_port = serve_web(web, settings.listen_host, settings.port)
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

    async def stop(self) -> None:
        """Stop taking updates, finish those in flight, close the database. Safe after a
        start that failed half-way."""
        application = self.application
        log.info("stopping", extra={"event": "stopping"})
        for task in self._tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self.settings.heartbeat.unlink(missing_ok=True)
        if self.web is not None:
            self.web.stop()
            await self.web.close_all_connections()
        if application.updater is not None and application.updater.running:
            await application.updater.stop()
        if application.running:
            await application.stop()  # handles the updates already received, then returns
        if self.storage is not None:
            await self.storage.close()
            self.storage = None
        await application.shutdown()
        log.info("stopped", extra={"event": "stopped"})

    def healthy(self) -> bool:
        """Running, and the last heartbeat is recent (``/healthz`` answers with this)."""
        return self.application.running and time.monotonic() - self.last_beat < MAX_AGE_SECONDS

    async def beat(self) -> None:
        """Write the heartbeat, but only if updates are coming in and the database answers."""
        application = self.application
        taking_updates = (
            self.web is not None
            if self.settings.mode == "webhook"
            else application.updater is not None and application.updater.running
        )
        if not (application.running and taking_updates and self.storage is not None):
            log.warning("no heartbeat: not taking updates", extra=UNHEALTHY)
            return
        try:
            await self.storage.ping()
        except Exception:
            log.exception(
                "no heartbeat: the database does not answer", extra={"event": "unhealthy"}
            )
            return
        write_heartbeat(self.settings.heartbeat, self.settings.mode)
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
            log.info(
                "retention: deleted %d question records older than %g days",
                deleted,
                days,
                extra={"event": "retention_purge", "deleted": deleted},
            )
            await asyncio.sleep(PURGE_INTERVAL_SECONDS)


async def serve(settings: Settings, matcher: Matcher) -> None:
    """Run until SIGTERM or SIGINT, then stop cleanly."""
    service = Service(settings, matcher)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for number in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(number, stop.set)
    try:
        await service.start()
        await stop.wait()
        log.info("signal received", extra={"event": "signal"})
    finally:
        await service.stop()
