"""A question in free text: in private chats always; in groups only when the bot is addressed."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatAction
from telegram.ext import ContextTypes

from bot.handlers.common import conversation, person, send


def addressed_text(update: Update, bot_username: str, bot_id: int) -> str | None:
    """The question, if the message is for the bot; None for group chatter not meant for it."""
    message = update.effective_message
    if message is None or not message.text:
        return None
    if message.chat.type == "private":
        return message.text
    mention = f"@{bot_username}"
    if bot_username and mention.lower() in message.text.lower():
        start = message.text.lower().index(mention.lower())
        return (message.text[:start] + message.text[start + len(mention) :]).strip()
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot_id:
        return message.text
    return None


async def question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    text = addressed_text(update, context.bot.username, context.bot.id)
    chat = update.effective_chat
    if text is None or chat is None:
        return
    await context.bot.send_chat_action(chat.id, ChatAction.TYPING)
    replies = await conversation(context).question(person(update, context), text)
    await send(context, chat.id, replies)
