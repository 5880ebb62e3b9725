"""/start (with deep links: /start bc-12), /help, /about, /language and /topics."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from bot.handlers.common import conversation, person, send


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    payload = context.args[0] if context.args else None
    replies = await conversation(context).start(person(update, context), payload)
    await send(context, update.effective_chat.id, replies)  # type: ignore[union-attr]


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    replies = await conversation(context).help(person(update, context))
    await send(context, update.effective_chat.id, replies)  # type: ignore[union-attr]


async def about(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    replies = await conversation(context).about(person(update, context))
    await send(context, update.effective_chat.id, replies)  # type: ignore[union-attr]


async def language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    replies = await conversation(context).language_menu(person(update, context))
    await send(context, update.effective_chat.id, replies)  # type: ignore[union-attr]


async def topics(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    reply = await conversation(context).topics(person(update, context))
    await send(context, update.effective_chat.id, [reply])  # type: ignore[union-attr]


def register(application: Application) -> None:  # type: ignore[type-arg]
    application.add_handler(CommandHandler("start", start))
    application.add_handler(CommandHandler("help", help_command))
    application.add_handler(CommandHandler("about", about))
    application.add_handler(CommandHandler("language", language))
    application.add_handler(CommandHandler("topics", topics))
