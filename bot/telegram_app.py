"""The Telegram application: python-telegram-bot wired to the shared conversation.

``Defaults(parse_mode=HTML)``, ``AIORateLimiter`` (retries and Telegram's flood limits), the
handlers, and the command list and descriptions in each of the six languages.
``TELEGRAM_API_BASE_URL`` points the bot at a self-hosted Bot API server (and at the tests' fake
server). Starting, stopping and what runs beside the application live in ``bot.service``.
"""

from __future__ import annotations

from telegram import BotCommand
from telegram.constants import ParseMode
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, Defaults

from bot import handlers
from bot.chat.conversation import Conversation
from bot.config import Settings
from bot.i18n import N_, t
from bot.knowledge.model import LANGUAGES
from bot.matching.matcher import Matcher
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


def build_application(settings: Settings) -> Application:  # type: ignore[type-arg]
    """The application with its handlers; ``bot.service.Service`` starts and stops it."""
    application = (
        ApplicationBuilder()
        .token(settings.require_token())
        .base_url(settings.api_base_url)
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .rate_limiter(AIORateLimiter(max_retries=3))
        .build()
    )
    handlers.register(application)
    return application


def attach(
    application: Application,  # type: ignore[type-arg]
    settings: Settings,
    matcher: Matcher,
    storage: Storage,
) -> None:
    """Give the handlers what they reach through ``bot_data``; one place sets it all."""
    application.bot_data["storage"] = storage
    application.bot_data["user_hash_secret"] = settings.require_secret()
    application.bot_data["editor_ids"] = settings.editor_ids
    application.bot_data["conversation"] = Conversation(
        matcher, storage, bot_username=application.bot.username
    )


async def set_commands_and_descriptions(application: Application) -> None:  # type: ignore[type-arg]
    """The command menu and descriptions, by default in English and in each language."""
    bot = application.bot
    for language in (None, *LANGUAGES):
        lang = language or "en"
        commands = [BotCommand(name, t(lang, description)) for name, description in COMMANDS]
        await bot.set_my_commands(commands, language_code=language)
        await bot.set_my_description(t(lang, DESCRIPTION), language_code=language)
        await bot.set_my_short_description(t(lang, SHORT_DESCRIPTION), language_code=language)
