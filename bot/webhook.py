"""The web server of webhook mode: Telegram's updates, and ``/healthz``, on one port.

python-telegram-bot's ``run_webhook`` serves only the webhook path, and the library's own
answer for extra routes is a custom web server (``examples/customwebhookbot``); this is that
server, feeding the inbox rather than ``application.update_queue``, on tornado (which
python-telegram-bot's ``webhooks`` extra already brings):

- ``POST <path of WEBHOOK_URL>``: an update from Telegram. It must carry the
  ``X-Telegram-Bot-Api-Secret-Token`` header given to ``setWebhook``: the header is checked as
  soon as the headers arrive, and anything else is refused with 403 before the body is read at
  all. The update is written to the inbox (``bot.inbox``) before the answer, 200: an update
  Telegram was told it delivered is in the database. Delivered again (Telegram re-sending after
  a lost answer, or a replay), it is a no-op. If the database cannot take it, 500: Telegram
  tries again later.
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

import tornado.http1connection
import tornado.httpserver
import tornado.netutil
import tornado.web

from bot.inbox import Inbox
from bot.sending import ThrottledLog

SOURCE = "webhook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY_BYTES = 1 << 20  # Telegram's updates are a few kilobytes
log = logging.getLogger(__name__)
_refusals = ThrottledLog(log)  # someone knocking without the secret fills no disk


@tornado.web.stream_request_body
class WebhookHandler(tornado.web.RequestHandler):
    def initialize(self, inbox: Inbox, secret: str) -> None:
        self.inbox = inbox
        self.secret = secret.encode()
        self.chunks: list[bytes] = []

    def prepare(self) -> None:
        """Runs once the headers are in, before any of the body is read."""
        if self.request.method != "POST":
            raise tornado.web.HTTPError(405)
        given = self.request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, self.secret):
            _refusals.log(
                logging.WARNING,
                "webhook request refused: missing or wrong secret token",
                extra={"event": "webhook_refused", "remote": self.request.remote_ip},
            )
            raise tornado.web.HTTPError(403)
        connection = self.request.connection
        if isinstance(connection, tornado.http1connection.HTTP1Connection):
            connection.set_max_body_size(MAX_BODY_BYTES)

    def data_received(self, chunk: bytes) -> None:
        self.chunks.append(chunk)

    async def post(self) -> None:
        try:
            data = json.loads(b"".join(self.chunks))
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            update_id = data.get("update_id")
            if not isinstance(update_id, int) or isinstance(update_id, bool):
                raise ValueError("no update_id")
        except ValueError as error:  # whatever is not an update is a bad request
            log.warning(
                "webhook request refused: not an update (%s)",
                type(error).__name__,
                extra={"event": "webhook_bad_request"},
            )
            raise tornado.web.HTTPError(400) from None
        try:
            await self.inbox.accept(SOURCE, [data])
        except Exception:
            log.exception(
                "webhook update %d not accepted: the inbox could not take it",
                update_id,
                extra={"event": "webhook_not_accepted"},
            )
            raise tornado.web.HTTPError(500) from None
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
    inbox: Inbox,
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
                "inbox": inbox,
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
