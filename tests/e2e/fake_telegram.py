"""A fake Telegram Bot API server on 127.0.0.1, for end-to-end tests through python-telegram-bot.

It speaks the Bot API's HTTP protocol (``POST /bot<token>/<method>``, form or JSON parameters,
``{"ok": true, "result": …}`` or ``{"ok": false, "error_code": …, "description": …}``), keeps
every call it receives, and lets a test push updates (messages, button presses, inline queries,
or any JSON at all with ``push_raw``) that the bot receives through ``getUpdates`` long polling
with offsets.

It checks messages as Telegram does: the HTML is parsed (only Telegram's tags, properly nested,
or 400 "can't parse entities"), and the 4096 limit counts the visible text, after tags and
entities, in UTF-16 code units. And it can misbehave as Telegram does, per method (and chat):
``fail`` answers an error code with its parameters (429 with ``retry_after``, 5xx, 403…),
``reset`` closes the connection without an answer, ``delays`` and ``chat_delays`` make it slow,
``blocked`` chats answer 403 "bot was blocked by the user".
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http import HTTPStatus
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


MESSAGE_LIMIT = 4096  # visible characters (UTF-16 code units), after the entities are parsed
# Telegram's HTML: these tags only (https://core.telegram.org/bots/api#html-style).
TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a",
    "code", "pre", "blockquote", "tg-emoji",
}  # fmt: skip


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float
    status: int | None = None  # the HTTP status answered; None: not answered (yet)

    @property
    def accepted(self) -> bool:
        """Telegram took it: answered 200, or received and still being answered when the
        bot went away (Telegram acts on a request it received, whether or not the answer
        reaches the bot)."""
        return self.status in (None, 200)


@dataclass
class Fault:
    """How a method misbehaves, ``times`` times (or until ``until``, a time.monotonic())."""

    code: int | None = 0  # 0: reset the connection instead of answering; None: answer, late
    description: str = ""
    parameters: dict[str, Any] = field(default_factory=dict)
    times: int = 1
    until: float | None = None
    chat_id: int | None = None  # only calls to this chat
    delay: float = 0.0  # seconds before it happens

    def applies(self, params: dict[str, Any]) -> bool:
        if self.chat_id is not None and _int(params.get("chat_id")) != self.chat_id:
            return False
        if self.until is not None:
            return time.monotonic() < self.until
        return self.times > 0


async def eventually(condition: Callable[[], bool], within: float = 10.0) -> bool:
    """Wait until ``condition()`` holds (True), or ``within`` seconds have passed (False)."""
    deadline = time.monotonic() + within
    for _ in itertools.count():
        if condition():
            return True
        if time.monotonic() > deadline:
            break
        await asyncio.sleep(0.02)
    return False


def visible_text(text: str) -> str:
    """The text Telegram shows for an HTML message; ValueError as its "can't parse entities"."""
    parser = _TelegramHTML()
    parser.feed(text)
    parser.close()
    if parser.open:
        raise ValueError(f'can\'t find end tag corresponding to start tag "{parser.open[-1]}"')
    return "".join(parser.visible)


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class _TelegramHTML(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.visible: list[str] = []
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in TAGS:
            raise ValueError(f'unsupported start tag "{tag}"')
        self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raise ValueError(f'unsupported start tag "{tag}"')

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1] != tag:
            raise ValueError(f'unexpected end tag "{tag}"')
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.visible.append(data)


def _int(value: object) -> int | None:
    try:
        return int(value)  # type: ignore[call-overload, no-any-return]
    except (TypeError, ValueError):
        return None


class FakeTelegram:
    """Start with ``start()``; the bot's base URL is ``base_url``."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._lock = threading.Lock()
        # The server runs on an event loop of its own, in its own thread: one thread for every
        # connection, as http.server does, makes the fake slower than the bot under a burst.
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None
        self._connections: set[asyncio.Task[None]] = set()
        self._changed: asyncio.Event | None = None  # set when updates are pushed
        self._port = 0
        self.sent_texts: dict[tuple[int, int], str] = {}
        # Seconds to wait before answering a method: a slow Telegram, to catch a bot mid-update.
        self.delays: dict[str, float] = {}
        self.chat_delays: dict[int, float] = {}  # the same, for every call to one chat
        self.faults: dict[str, list[Fault]] = {}
        self.blocked: set[int] = set()  # chats whose user blocked the bot
        self.offsets: list[int] = []  # the offset of each getUpdates, in order
        self.pushed_at: dict[int, float] = {}  # update_id -> time.time() it was pushed
        # Methods whose calls wait at the gate until ``release()``: a Telegram that holds
        # requests, to kill a bot while every call it made is still unanswered.
        self.held: set[str] = set()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._port}/bot"

    def start(self) -> None:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._listen(), self._loop).result(timeout=10)

    def stop(self) -> None:
        self.release()
        asyncio.run_coroutine_threadsafe(self._close(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    # What tests push

    def _push(self, update: dict[str, Any]) -> int:
        with self._lock:
            update_id = next(self._update_ids)
            self._updates.append({"update_id": update_id, **update})
            self.pushed_at[update_id] = time.time()
        self._loop.call_soon_threadsafe(self._wake)
        return update_id

    def push_raw(self, update: dict[str, Any]) -> int:
        """Any JSON object as an update (its update_id is given here): what Telegram may send
        and the library cannot read."""
        return self._push(update)

    def push_many(self, updates: list[dict[str, Any]]) -> list[int]:
        """Several updates at once, which the next getUpdates returns together (a burst)."""
        with self._lock:
            ids = []
            for update in updates:
                update_id = next(self._update_ids)
                self._updates.append({"update_id": update_id, **update})
                self.pushed_at[update_id] = time.time()
                ids.append(update_id)
        self._loop.call_soon_threadsafe(self._wake)
        return ids

    def message(self, user: dict[str, Any], text: str) -> dict[str, Any]:
        """A private text message from ``user``, as an update without its id."""
        return {
            "message": {
                "message_id": next(self._message_ids),
                "date": int(time.time()),
                "chat": {"id": user["id"], "type": "private"},
                "from": user,
                "text": text,
            }
        }

    # How Telegram misbehaves

    def fail(
        self,
        method: str,
        code: int,
        description: str = "",
        times: int = 1,
        for_seconds: float | None = None,
        chat_id: int | None = None,
        **parameters: Any,
    ) -> None:
        """Answer ``method`` with an error (``retry_after=2`` for a 429), ``times`` times or
        for some seconds; only for one chat if ``chat_id`` is given."""
        until = time.monotonic() + for_seconds if for_seconds is not None else None
        fault = Fault(code, description, parameters, times, until, chat_id)
        self.faults.setdefault(method, []).append(fault)

    def slow(self, method: str, seconds: float, times: int = 1, chat_id: int | None = None) -> None:
        """Answer ``method`` normally, but only after ``seconds`` (a call that times out)."""
        fault = Fault(None, times=times, chat_id=chat_id, delay=seconds)
        self.faults.setdefault(method, []).append(fault)

    def reset(self, method: str, times: int = 1, chat_id: int | None = None) -> None:
        """Close the connection of ``method`` without answering (a connection reset)."""
        self.faults.setdefault(method, []).append(Fault(0, times=times, chat_id=chat_id))

    def hold(self, *methods: str) -> None:
        """Receive calls to these methods but answer none until ``release``."""
        self.held.update(methods)

    def release(self) -> None:
        self.held.clear()

    def _fault(self, method: str, params: dict[str, Any]) -> Fault | None:
        with self._lock:
            for fault in self.faults.get(method, []):
                if fault.applies(params):
                    fault.times -= 1
                    return fault
        return None

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

    def accepted(self, method: str = "sendMessage", chat_id: int | None = None) -> list[Call]:
        """The calls Telegram acted on (see ``Call.accepted``), to one chat if given."""
        return [
            call
            for call in self.calls_to(method)
            if call.accepted and (chat_id is None or _int(call.params.get("chat_id")) == chat_id)
        ]

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
        if _int(params.get("chat_id")) in self.blocked:
            return 403, {
                "ok": False,
                "error_code": 403,
                "description": "Forbidden: bot was blocked by the user",
            }
        if method in ("sendMessage", "editMessageText"):
            text = params.get("text")
            if not text:
                return 400, {
                    "ok": False,
                    "error_code": 400,
                    "description": "Bad Request: message text is empty",
                }
            visible = str(text)
            if params.get("parse_mode") == "HTML":
                try:
                    visible = visible_text(str(text))
                except ValueError as error:
                    return 400, {
                        "ok": False,
                        "error_code": 400,
                        "description": f"Bad Request: can't parse entities: {error}",
                    }
            if not visible.strip():
                return 400, {
                    "ok": False,
                    "error_code": 400,
                    "description": "Bad Request: message text is empty",
                }
            if utf16_length(visible.strip()) > MESSAGE_LIMIT:
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

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        self.offsets.append(offset)
        limit = int(params.get("limit") or 100)
        timeout = min(float(params.get("timeout") or 0), 1.0)
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                # Confirming an offset forgets the updates before it, as Telegram does.
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
                batch = list(self._updates[:limit])
            left = deadline - time.monotonic()
            if batch or left <= 0:
                return batch
            assert self._changed is not None
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), left)

    # The server

    def _wake(self) -> None:
        """Updates were pushed: long polls waiting for them answer."""
        if self._changed is not None:
            self._changed.set()
            self._changed = asyncio.Event()

    async def _listen(self) -> None:
        self._changed = asyncio.Event()
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0, backlog=512)
        self._port = int(self._server.sockets[0].getsockname()[1])

    async def _close(self) -> None:
        assert self._server is not None
        self._server.close()
        for task in list(self._connections):
            task.cancel()
        await asyncio.gather(*self._connections, return_exceptions=True)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """One connection, kept alive: requests read and answered one after the other."""
        task = asyncio.current_task()
        assert task is not None
        self._connections.add(task)
        try:
            while True:
                request = await reader.readline()
                if not request:
                    return
                path = request.decode("latin-1").split(" ")[1]
                headers: dict[str, str] = {}
                while (line := await reader.readline()) not in (b"\r\n", b"\n", b""):
                    name, _, value = line.decode("latin-1").partition(":")
                    headers[name.strip().lower()] = value.strip()
                length = int(headers.get("content-length") or 0)
                body = (await reader.readexactly(length)).decode() if length else ""
                answer = await self._answer(path, headers.get("content-type", ""), body)
                if answer is None:  # a reset: close with RST, as a proxy or Telegram may
                    sock = writer.get_extra_info("socket")
                    with contextlib.suppress(OSError):
                        linger = struct.pack("ii", 1, 0)
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
                    writer.transport.abort()
                    return
                status, payload = answer
                data = json.dumps(payload).encode()
                head = (
                    f"HTTP/1.1 {status} {HTTPStatus(status).phrase}\r\n"
                    "Content-Type: application/json\r\n"
                    f"Content-Length: {len(data)}\r\n\r\n"
                )
                writer.write(head.encode() + data)
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass  # a bot that stops closes its last long poll without waiting for the answer
        finally:
            self._connections.discard(task)
            writer.close()

    async def _answer(
        self, path: str, content_type: str, body: str
    ) -> tuple[int, dict[str, Any]] | None:
        """The status and JSON answer to one call; None to reset the connection instead."""
        token, _, method = path.removeprefix("/bot").partition("/")
        params = _parameters(content_type, body)
        if token != TOKEN:
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        call = None
        if method != "getUpdates":
            call = Call(method, params, time.time())
            self.calls.append(call)
        for _ in range(12000):  # held for at most two minutes
            if method not in self.held:
                break
            await asyncio.sleep(0.01)
        chat = _int(params.get("chat_id"))
        delay = self.delays.get(method, 0.0) + self.chat_delays.get(chat or 0, 0.0)
        if delay:
            await asyncio.sleep(delay)
        fault = self._fault(method, params)
        if fault is not None and fault.delay:
            await asyncio.sleep(fault.delay)
        if fault is not None and fault.code == 0:
            if call is not None:
                call.status = 0
            return None
        if fault is not None and fault.code is not None:
            status, payload = (
                fault.code,
                {
                    "ok": False,
                    "error_code": fault.code,
                    "description": fault.description or f"Error {fault.code}",
                    **({"parameters": fault.parameters} if fault.parameters else {}),
                },
            )
        elif method == "getUpdates":
            status, payload = 200, {"ok": True, "result": await self._get_updates(params)}
        else:
            status, payload = self._result(method, params)
        if call is not None:
            call.status = status
        return status, payload


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
