"""The Bot API's HTTP client on aiohttp (``bot.telegram_request``), through python-telegram-bot.

Against a small aiohttp server on 127.0.0.1 that records what it was sent: form fields as the
library encodes them, a file as multipart, a slow answer as ``TimedOut``, a refused connection
as ``NetworkError``, and Telegram's own errors as the library's exceptions. The end-to-end tests
use the same client against the fake Bot API (faults, resets, 429s, 5xx).
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import BodyPartReader, web
from telegram import Bot
from telegram.error import BadRequest, NetworkError, TimedOut

from bot.telegram_app import http_client
from bot.telegram_request import AiohttpRequest

TOKEN = "123456:TEST-token"
USER = {"id": 1, "is_bot": True, "first_name": "bot", "username": "the_bot"}


def message(chat_id: int, **fields: Any) -> dict[str, Any]:
    chat = {"id": chat_id, "type": "private"}
    return {"message_id": 7, "date": 0, "chat": chat, **fields}


class Server:
    """Answers getMe, sendMessage and sendDocument; remembers each request's fields."""

    def __init__(self) -> None:
        self.received: list[tuple[str, dict[str, Any]]] = []
        self.delay = 0.0
        self.url = ""

    async def handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        fields: dict[str, Any] = {}
        if request.content_type == "multipart/form-data":
            async for part in await request.multipart():
                assert isinstance(part, BodyPartReader)
                content = await part.read()
                fields[part.name or ""] = (part.filename, bytes(content))
        else:
            fields = dict(await request.post())
        self.received.append((method, fields))
        await asyncio.sleep(self.delay)
        if method == "getMe":
            return web.json_response({"ok": True, "result": USER})
        if method == "sendMessage" and fields.get("text") == "refuse":
            return web.json_response(
                {"ok": False, "error_code": 400, "description": "Bad Request: no"}, status=400
            )
        chat_id = fields["chat_id"]
        if isinstance(chat_id, tuple):  # a multipart field: (file name, bytes)
            chat_id = chat_id[1].decode()
        return web.json_response({"ok": True, "result": message(int(chat_id))})


@pytest.fixture
async def server() -> AsyncIterator[Server]:
    found = Server()
    application = web.Application()
    application.router.add_post("/bot{token}/{method}", found.handle)
    runner = web.AppRunner(application)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    found.url = f"http://127.0.0.1:{port}/bot"
    try:
        yield found
    finally:
        await runner.cleanup()


def a_bot(url: str, request: AiohttpRequest) -> Bot:
    return Bot(TOKEN, base_url=url, request=request, get_updates_request=http_client(1))


async def test_a_message_goes_as_the_form_the_library_encodes(server: Server) -> None:
    async with a_bot(server.url, http_client(4)) as bot:
        sent = await bot.send_message(42, "<b>Hello</b> ünïcode", parse_mode="HTML")
    assert sent.chat.id == 42
    method, fields = server.received[-1]
    assert method == "sendMessage"
    assert fields == {"chat_id": "42", "text": "<b>Hello</b> ünïcode", "parse_mode": "HTML"}


async def test_a_file_goes_as_multipart(server: Server) -> None:
    async with a_bot(server.url, http_client(4)) as bot:
        await bot.send_document(42, b"gap,count\nteachers,3\n", filename="gaps.csv")
    method, fields = server.received[-1]
    assert method == "sendDocument"
    assert fields["chat_id"] == (None, b"42")
    (name,) = [key for key in fields if key != "chat_id"]
    assert fields[name] == ("gaps.csv", b"gap,count\nteachers,3\n")


async def test_telegrams_errors_are_the_librarys_exceptions(server: Server) -> None:
    async with a_bot(server.url, http_client(4)) as bot:
        with pytest.raises(BadRequest, match="No"):
            await bot.send_message(42, "refuse")


async def test_a_slow_answer_is_timed_out(server: Server) -> None:
    request = AiohttpRequest(4, connect_timeout=1.0, read_timeout=0.2, pool_timeout=1.0)
    async with a_bot(server.url, request) as bot:
        server.delay = 1.0
        with pytest.raises(TimedOut):
            await bot.send_message(42, "slow")
        server.delay = 0.0
        assert (await bot.send_message(42, "again")).chat.id == 42  # the session still works


async def test_a_refused_connection_is_a_network_error() -> None:
    with socket.socket() as closed:  # a port nothing listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    request = http_client(1)
    await request.initialize()
    try:
        with pytest.raises(NetworkError) as raised:
            await request.post(f"http://127.0.0.1:{port}/bot{TOKEN}/getMe")
        assert not isinstance(raised.value, TimedOut)
        assert "aiohttp." in str(raised.value)
    finally:
        await request.shutdown()


async def test_it_must_be_initialized_and_can_be_again(server: Server) -> None:
    request = http_client(1)
    with pytest.raises(NetworkError, match="not initialized"):  # the library wraps it
        await request.post(f"{server.url}{TOKEN}/getMe")
    for _ in range(2):
        await request.initialize()
        answer = await request.post(f"{server.url}{TOKEN}/getMe")
        assert isinstance(answer, dict)
        assert answer["username"] == "the_bot"
        await request.shutdown()
    await request.shutdown()  # twice is harmless
