"""/gaps, for editors: the questions the bot could not answer, the most asked first.

Editors are the Telegram user ids in ``EDITOR_IDS``; the check happens in memory, and the ids
are never stored; the conversation tells anyone else that the command is for editors.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from bot.handlers.common import conversation, person, send


def is_editor(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    user = update.effective_user
    editors: frozenset[int] = context.application.bot_data.get("editor_ids", frozenset())
    return user is not None and user.id in editors


async def gaps(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    chat = update.effective_chat
    if chat is None:
        return
    replies = await conversation(context).gaps(
        person(update, context), is_editor=is_editor(update, context)
    )
    await send(context, chat.id, replies)


def register(application: Application) -> None:  # type: ignore[type-arg]
    application.add_handler(CommandHandler("gaps", gaps))
