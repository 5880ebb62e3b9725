"""The Telegram application: python-telegram-bot wired to the shared conversation.

``Defaults(parse_mode=HTML)``, the rate limiter of ``bot.sending`` (Telegram's limits, its 429s
and bounded retries, by the Bot API's rules), the handlers of ``bot.handlers``, and the command
menus and descriptions in each of the six languages, fed by the one command table
(``bot.chat.commands``): editors' commands appear only in the menus of the editors' own chats.
``TELEGRAM_API_BASE_URL`` points the bot at a self-hosted Bot API server (and at the tests' fake
server). There is no ``Updater``: updates come through ``bot.inbox`` (from ``bot.polling`` or
``bot.webhook``), which calls ``process_update`` itself, concurrently, one person's in order.
Starting, stopping and what runs beside the application live in ``bot.service``.
"""

from __future__ import annotations

import os
from typing import Any, TypeAlias

from telegram import BotCommand, BotCommandScopeChat, BotCommandScopeDefault
from telegram.constants import ParseMode
from telegram.ext import (
    Application,
    ApplicationBuilder,
    ContextTypes,
    Defaults,
    ExtBot,
    JobQueue,
)

from bot import handlers
from bot.chat.commands import menu
from bot.chat.conversation import Conversation
from bot.config import Settings
from bot.flood import FloodLimit
from bot.i18n import N_, t
from bot.languages import LANGUAGES
from bot.live import Live
from bot.sending import Limiter
from bot.storage import Storage
from bot.telegram_request import AiohttpRequest

# python-telegram-bot 22 gives time periods (RetryAfter.retry_after) as timedelta from its next
# major version on, and warns at each one until a program opts in: we do (bot.sending.seconds).
os.environ.setdefault("PTB_TIMEDELTA", "true")
# What ApplicationBuilder builds with our Limiter (whose per-call argument is an int).
TelegramApp: TypeAlias = Application[
    ExtBot[int],
    ContextTypes.DEFAULT_TYPE,
    dict[Any, Any],
    dict[Any, Any],
    dict[Any, Any],
    JobQueue[ContextTypes.DEFAULT_TYPE],
]
# How long a call to Telegram may take (python-telegram-bot's defaults); bot.sending retries.
CONNECT_TIMEOUT_SECONDS = 5.0
READ_TIMEOUT_SECONDS = 5.0
# Connections to the Bot API kept open; bot.sending lets as many calls be in flight at once, so
# that none waits in the HTTP client's pool. getUpdates, one long poll at a time, has its own.
CONNECTIONS = 16
POOL_TIMEOUT_SECONDS = 30.0
HTTP_CLIENTS = "http_clients"  # in bot_data: the two clients, for close_http_clients
SHORT_DESCRIPTION = N_("What UNESCO recommends on AI in education, quoted from the official texts.")
DESCRIPTION = N_(
    "Ask in your own words, in any of the six UN languages, what UNESCO recommends on artificial "
    "intelligence in education. I answer with the exact text of the Beijing Consensus (2019) and "
    "its source, and say so honestly when I don't know."
)


def build_application(settings: Settings) -> TelegramApp:
    """The application with its handlers; ``bot.service.Service`` starts and stops it."""
    clients = (http_client(CONNECTIONS), http_client(1))
    application: TelegramApp = (
        ApplicationBuilder()
        .token(settings.require_token())
        .base_url(settings.api_base_url)
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .rate_limiter(Limiter(settings.messages_per_second, in_flight=CONNECTIONS))
        .request(clients[0])
        .get_updates_request(clients[1])
        .updater(None)
        .build()
    )
    application.bot_data[HTTP_CLIENTS] = clients
    handlers.register(application)
    return application


def http_client(connections: int) -> AiohttpRequest:
    """The Bot API's HTTP client (aiohttp: see ``bot.telegram_request``), with the timeouts."""
    return AiohttpRequest(
        connections,
        connect_timeout=CONNECT_TIMEOUT_SECONDS,
        read_timeout=READ_TIMEOUT_SECONDS,
        pool_timeout=POOL_TIMEOUT_SECONDS,
    )


async def close_http_clients(application: TelegramApp) -> None:
    """Close the HTTP clients of an application whose start failed: python-telegram-bot opens
    them as it begins ``initialize`` and closes them only in ``shutdown``, which an application
    that never finished initializing does not run."""
    for client in application.bot_data.get(HTTP_CLIENTS, ()):
        await client.shutdown()


def attach(application: TelegramApp, settings: Settings, live: Live, storage: Storage) -> None:
    """Give the handlers what they reach through ``bot_data``; one place sets it all."""
    application.bot_data["storage"] = storage
    application.bot_data["user_hash_secret"] = settings.require_secret()
    application.bot_data["editor_ids"] = settings.editor_ids
    application.bot_data["flood"] = FloodLimit(settings.user_questions_per_minute)
    application.bot_data["conversation"] = Conversation(
        live, storage, bot_username=application.bot.username, secret=settings.require_secret()
    )


def menu_commands(language: str, for_editor: bool) -> list[BotCommand]:
    return [BotCommand(c.name, t(language, c.description)) for c in menu(for_editor)]


async def set_commands_and_descriptions(
    application: TelegramApp, editor_ids: frozenset[int]
) -> None:
    """The command menus and descriptions, by default in English and in each language.

    Everyone's menu lists the public commands; each editor's private chat (Telegram's
    ``BotCommandScopeChat``, whose chat id is the user id) lists the editors' commands too.
    """
    bot = application.bot
    for language in (None, *LANGUAGES):
        lang = language or "en"
        await bot.set_my_commands(
            menu_commands(lang, False), scope=BotCommandScopeDefault(), language_code=language
        )
        for editor in sorted(editor_ids):
            await bot.set_my_commands(
                menu_commands(lang, True), scope=BotCommandScopeChat(editor), language_code=language
            )
        await bot.set_my_description(t(lang, DESCRIPTION), language_code=language)
        await bot.set_my_short_description(t(lang, SHORT_DESCRIPTION), language_code=language)
