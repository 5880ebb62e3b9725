"""Every command, from the one table in ``bot.chat.commands``: the conversation runs it.

In a group, a command addressed to another bot (``/help@OtherBot``) is not ours; an unknown
command there is answered only when it names this bot, so the bot does not talk over others.
The editors' commands work only in a private chat: elsewhere they are refused politely.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot.chat.commands import Invocation, find, parse
from bot.handlers.common import conversation, person, send


async def command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None or not message.text:
        return
    invocation = parse(message.text)
    ours = (context.bot.username or "").lower()
    if invocation is not None and invocation.bot and invocation.bot.lower() != ours:
        return  # /help@OtherBot
    if chat.type != "private" and not _known_or_named(invocation):
        return
    replies = await conversation(context).command(person(update, context), message.text)
    await send(context, chat.id, replies)


def _known_or_named(invocation: Invocation | None) -> bool:
    """In a group: a command of ours, or any command that names this bot."""
    return invocation is not None and (find(invocation.name) is not None or bool(invocation.bot))
