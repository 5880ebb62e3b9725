"""The Telegram application: python-telegram-bot wired to the shared conversation.

``Defaults(parse_mode=HTML)``, ``AIORateLimiter`` (retries and Telegram's flood limits), a
``post_init`` that opens the database, builds the conversation and sets the command list and
the bot's descriptions in each of the six languages, and a ``post_shutdown`` that closes the
database. ``TELEGRAM_API_BASE_URL`` points the bot at a self-hosted Bot API server (and at the
tests' fake server).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from telegram import BotCommand
from telegram.constants import ParseMode
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, Defaults

from bot import handlers
from bot.config import Settings
from bot.conversation import Conversation
from bot.i18n import N_, t
from bot.knowledge import LANGUAGES
from bot.matcher import Matcher
from bot.storage import Storage

COMMANDS = (
    ("start", N_("Welcome and examples")),
    ("topics", N_("Browse the recommendations by topic")),
    ("language", N_("Choose the interface language")),
    ("help", N_("How to use this bot")),
    ("about", N_("Sources, and how answers are made")),
)
SHORT_DESCRIPTION = N_("What UNESCO recommends on AI in education, quoted from the official texts.")
DESCRIPTION = N_(
    "Ask in your own words, in any of the six UN languages, what UNESCO recommends on artificial "
    "intelligence in education. I answer with the exact text of the Beijing Consensus (2019) and "
    "its source, and say so honestly when I don't know."
)


def build_application(settings: Settings, matcher: Matcher) -> Application:  # type: ignore[type-arg]
    """The application, ready for ``run_polling``; the database opens in ``post_init``."""
    if settings.token is None:
        raise ValueError("no token")
    secret = settings.require_secret()

    async def post_init(application: Application) -> None:  # type: ignore[type-arg]
        storage = await Storage.open(settings.database)
        application.bot_data["storage"] = storage
        application.bot_data["purger"] = asyncio.create_task(
            purge_regularly(storage, settings.retention_days)
        )
        application.bot_data["user_hash_secret"] = secret
        application.bot_data["conversation"] = Conversation(
            matcher, storage, bot_username=application.bot.username
        )
        await set_commands_and_descriptions(application)

    async def post_shutdown(application: Application) -> None:  # type: ignore[type-arg]
        purger = application.bot_data.get("purger")
        if isinstance(purger, asyncio.Task):
            purger.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await purger
        storage = application.bot_data.get("storage")
        if isinstance(storage, Storage):
            await storage.close()

    application = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(settings.api_base_url)
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .rate_limiter(AIORateLimiter(max_retries=3))
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    handlers.register(application)
    return application


PURGE_INTERVAL_SECONDS = 6 * 3600
log = logging.getLogger(__name__)


async def purge_regularly(storage: Storage, retention_days: float) -> None:
    """Delete question records past the retention period now, then every few hours."""
    while True:
        deleted = await storage.purge_older_than(retention_days)
        log.info(
            "retention: deleted %d question records older than %g days", deleted, retention_days
        )
        await asyncio.sleep(PURGE_INTERVAL_SECONDS)


async def set_commands_and_descriptions(application: Application) -> None:  # type: ignore[type-arg]
    """The command menu and descriptions, by default in English and in each language."""
    bot = application.bot
    for language in (None, *LANGUAGES):
        lang = language or "en"
        commands = [BotCommand(name, t(lang, description)) for name, description in COMMANDS]
        await bot.set_my_commands(commands, language_code=language)
        await bot.set_my_description(t(lang, DESCRIPTION), language_code=language)
        await bot.set_my_short_description(t(lang, SHORT_DESCRIPTION), language_code=language)
