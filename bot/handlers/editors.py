"""/gaps, for editors: the questions the bot could not answer, the most asked first.

Editors are the Telegram user ids in ``EDITOR_IDS``; the check happens in memory, and the ids
are never stored. Anyone else is told, in their language, that the command is for editors.
"""

from __future__ import annotations

import html

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from bot.conversation import Reply
from bot.handlers.common import conversation, person, send
from bot.i18n import t


def is_editor(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    user = update.effective_user
    editors: frozenset[int] = context.application.bot_data.get("editor_ids", frozenset())
    return user is not None and user.id in editors


async def gaps(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    chat = update.effective_chat
    if chat is None:
        return
    who = person(update, context)
    if is_editor(update, context):
        replies = await conversation(context).gaps(who)
    else:
        lang = await conversation(context).interface(who)
        replies = [
            Reply(html.escape(t(lang, "This command is for the editors of the knowledge base.")))
        ]
    await send(context, chat.id, replies)


def register(application: Application) -> None:  # type: ignore[type-arg]
    application.add_handler(CommandHandler("gaps", gaps))
