"""A fake Telegram Bot API server on 127.0.0.1, for end-to-end tests through python-telegram-bot.

It speaks the Bot API's HTTP protocol (``POST /bot<token>/<method>``, form or JSON parameters,
``{"ok": true, "result": …}`` or ``{"ok": false, "error_code": …, "description": …}``), keeps
every call it receives, and lets a test push updates (messages, button presses, inline queries)
that the bot receives through ``getUpdates`` long polling with offsets.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

TOKEN = "123456:TEST-token-for-the-fake-server"
BOT = {
    "id": 123456,
    "is_bot": True,
    "first_name": "Policy assistant",
    "username": "policy_test_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": True,
}


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float


class FakeTelegram:
    """Start with ``start()``; the bot's base URL is ``base_url``."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._lock = threading.Condition()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self.sent_texts: dict[tuple[int, int], str] = {}
        # Seconds to wait before answering a method: a slow Telegram, to catch a bot mid-update.
        self.delays: dict[str, float] = {}

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/bot"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    # What tests push

    def _push(self, update: dict[str, Any]) -> int:
        with self._lock:
            update_id = next(self._update_ids)
            self._updates.append({"update_id": update_id, **update})
            self._lock.notify_all()
        return update_id

    def user(self, user_id: int, language: str | None = "en") -> dict[str, Any]:
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": f"User {user_id}"}
        if language:
            user["language_code"] = language
        return user

    def send_text(
        self,
        user: dict[str, Any],
        text: str,
        chat_type: str = "private",
        chat_id: int | None = None,
        reply_to_bot: bool = False,
    ) -> int:
        chat_id = chat_id if chat_id is not None else user["id"]
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {
                "id": chat_id,
                "type": chat_type,
                **({"title": "Ministry"} if chat_type != "private" else {}),
            },
            "from": user,
            "text": text,
        }
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        if reply_to_bot:
            message["reply_to_message"] = {
                "message_id": 1,
                "date": int(time.time()),
                "chat": message["chat"],
                "from": BOT,
                "text": "…",
            }
        return self._push({"message": message})

    def press(self, user: dict[str, Any], data: str, message: dict[str, Any] | None = None) -> int:
        message = message or {
            "message_id": 1,
            "date": int(time.time()),
            "chat": {"id": user["id"], "type": "private"},
            "from": BOT,
            "text": "…",
        }
        return self._push(
            {
                "callback_query": {
                    "id": str(next(self._update_ids) * 7),
                    "from": user,
                    "chat_instance": "42",
                    "data": data,
                    "message": message,
                }
            }
        )

    def inline(self, user: dict[str, Any], query: str) -> int:
        return self._push(
            {
                "inline_query": {
                    "id": str(next(self._update_ids) * 11),
                    "from": user,
                    "query": query,
                    "offset": "",
                }
            }
        )

    # What tests read

    def calls_to(self, method: str) -> list[Call]:
        return [call for call in list(self.calls) if call.method == method]

    async def wait_for(
        self,
        method: str,
        where: Callable[[dict[str, Any]], bool] = lambda params: True,
        after: int = 0,
        within: float = 10.0,
    ) -> Call:
        """The first call to ``method`` (from the ``after``-th call on) that ``where`` accepts."""
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            for call in list(self.calls)[after:]:
                if call.method == method and where(call.params):
                    return call
            await asyncio.sleep(0.02)
        seen = [(c.method, str(c.params)[:120]) for c in list(self.calls)[after:]]
        raise AssertionError(f"no {method} call within {within}s; calls: {seen}")

    async def idle(self, seconds: float = 0.5) -> None:
        """Wait for the bot to have nothing more to say."""
        count = -1
        while count != len(self.calls):
            count = len(self.calls)
            await asyncio.sleep(seconds)

    # The server

    def _result(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if method == "getMe":
            return 200, {"ok": True, "result": BOT}
        if method == "getUpdates":
            return 200, {"ok": True, "result": self._get_updates(params)}
        if method in ("sendMessage", "editMessageText"):
            text = params.get("text")
            if not text:
                return 400, {
                    "ok": False,
                    "error_code": 400,
                    "description": "Bad Request: message text is empty",
                }
            if len(text) > 4096:
                return 400, {
                    "ok": False,
                    "error_code": 400,
                    "description": "Bad Request: message is too long",
                }
            chat_id = int(params.get("chat_id", 0))
            if method == "editMessageText":
                message_id = int(params.get("message_id", 0))
                if self.sent_texts.get((chat_id, message_id)) == text:
                    return 400, {
                        "ok": False,
                        "error_code": 400,
                        "description": "Bad Request: message is not modified: specified new "
                        "message content and reply markup are exactly the same as a current "
                        "content and reply markup of the message",
                    }
            else:
                message_id = next(self._message_ids)
            self.sent_texts[(chat_id, message_id)] = text
            message = {
                "message_id": message_id,
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private"},
                "from": BOT,
                "text": text,
            }
            return 200, {"ok": True, "result": message}
        if method in (
            "answerCallbackQuery",
            "sendChatAction",
            "setMyCommands",
            "setMyDescription",
            "setMyShortDescription",
            "answerInlineQuery",
            "deleteWebhook",
            "setWebhook",
            "close",
            "logOut",
        ):
            return 200, {"ok": True, "result": True}
        return 404, {"ok": False, "error_code": 404, "description": "Not Found"}

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = min(float(params.get("timeout") or 0), 1.0)
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                # Confirming an offset forgets the updates before it, as Telegram does.
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
                if self._updates or time.monotonic() >= deadline:
                    return list(self._updates[:100])
                self._lock.wait(max(0.0, deadline - time.monotonic()))

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

            def do_POST(self) -> None:
                token, _, method = self.path.removeprefix("/bot").partition("/")
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode()
                params = _parameters(self.headers.get("Content-Type", ""), body)
                if token != TOKEN:
                    status, payload = (
                        401,
                        {"ok": False, "error_code": 401, "description": "Unauthorized"},
                    )
                else:
                    if method != "getUpdates":
                        fake.calls.append(Call(method, params, time.time()))
                    time.sleep(fake.delays.get(method, 0.0))
                    status, payload = fake._result(method, params)
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                # A bot that stops closes its last long poll without waiting for the answer.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(data)

            do_GET = do_POST

        return Handler


def _parameters(content_type: str, body: str) -> dict[str, Any]:
    if not body:
        return {}
    if "json" in content_type:
        loaded = json.loads(body)
        return loaded if isinstance(loaded, dict) else {}
    params: dict[str, Any] = {}
    for key, values in parse_qs(body, keep_blank_values=True).items():
        value: Any = values[-1]
        with contextlib.suppress(ValueError, TypeError):
            value = json.loads(value)
        params[key] = value
    return params
