"""The web server of webhook mode: Telegram's updates, and ``/healthz``, on one port.

python-telegram-bot's ``run_webhook`` serves only the webhook path, and the library's own
answer for extra routes is a custom web server feeding ``application.update_queue``
(``examples/customwebhookbot``). This is that server, on tornado (which python-telegram-bot's
``webhooks`` extra already brings):

- ``POST <path of WEBHOOK_URL>``: an update from Telegram. It must carry the
  ``X-Telegram-Bot-Api-Secret-Token`` header given to ``setWebhook``; anything else is refused
  with 403, before the body is read as JSON.
- ``GET /healthz``: 200 while the bot is healthy, 503 otherwise.
"""

from __future__ import annotations

import hmac
import json
import logging
import re
import socket
from collections.abc import Callable
from typing import Any

import tornado.httpserver
import tornado.netutil
import tornado.web
from telegram import Update
from telegram.ext import Application

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY_BYTES = 1 << 20  # Telegram's updates are a few kilobytes
log = logging.getLogger(__name__)


class WebhookHandler(tornado.web.RequestHandler):
    def initialize(self, telegram: Application, secret: str) -> None:  # type: ignore[type-arg]
        self.telegram = telegram
        self.secret = secret.encode()

    async def post(self) -> None:
        given = self.request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, self.secret):
            log.warning(
                "webhook request refused: missing or wrong secret token",
                extra={"event": "webhook_refused", "remote": self.request.remote_ip},
            )
            raise tornado.web.HTTPError(403)
        try:
            data = json.loads(self.request.body)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            update = Update.de_json(data, self.telegram.bot)
        except Exception as error:  # whatever is not an update is a bad request
            log.warning(
                "webhook request refused: not an update (%s)",
                type(error).__name__,
                extra={"event": "webhook_bad_request"},
            )
            raise tornado.web.HTTPError(400) from None
        await self.telegram.update_queue.put(update)
        self.set_status(200)


class HealthHandler(tornado.web.RequestHandler):
    def initialize(self, healthy: Callable[[], bool]) -> None:
        self.healthy = healthy

    def get(self) -> None:
        ok = self.healthy()
        self.set_status(200 if ok else 503)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps({"status": "ok" if ok else "unhealthy"}))


def web_application(
    application: Application,  # type: ignore[type-arg]
    path: str,
    secret: str,
    healthy: Callable[[], bool],
) -> tornado.web.Application:
    routes: list[Any] = [
        (r"/healthz", HealthHandler, {"healthy": healthy}),
        (
            re.escape(path) + "/?",
            WebhookHandler,
            {
                "telegram": application,
                "secret": secret,
            },
        ),
    ]
    return tornado.web.Application(routes)


def serve(
    web: tornado.web.Application, host: str, port: int
) -> tuple[tornado.httpserver.HTTPServer, int]:
    """Start listening; returns the server and the port it is bound to."""
    server = tornado.httpserver.HTTPServer(web, max_body_size=MAX_BODY_BYTES, xheaders=True)
    sockets = tornado.netutil.bind_sockets(port, address=host, family=socket.AF_UNSPEC)
    server.add_sockets(sockets)
    return server, int(sockets[0].getsockname()[1])
