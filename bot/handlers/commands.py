"""/start (with deep links: /start bc-12), /help, /about, /language and /topics."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from bot.chat.conversation import Conversation, Person, Reply
from bot.handlers.common import conversation, person, send

Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    payload = context.args[0] if context.args else None
    replies = await conversation(context).start(person(update, context), payload)
    await send(context, update.effective_chat.id, replies)  # type: ignore[union-attr]


async def _topics(talk: Conversation, who: Person) -> list[Reply]:
    return [await talk.topics(who)]


def replying_with(method: Callable[[Conversation, Person], Awaitable[list[Reply]]]) -> Handler:
    """A command handler that sends what one conversation method replies."""

    async def handler(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        replies = await method(conversation(context), person(update, context))
        await send(context, update.effective_chat.id, replies)  # type: ignore[union-attr]

    return handler


def register(application: Application) -> None:  # type: ignore[type-arg]
    application.add_handler(CommandHandler("start", start))
    application.add_handler(CommandHandler("help", replying_with(Conversation.help)))
    application.add_handler(CommandHandler("about", replying_with(Conversation.about)))
    application.add_handler(CommandHandler("language", replying_with(Conversation.language_menu)))
    application.add_handler(CommandHandler("topics", replying_with(_topics)))
