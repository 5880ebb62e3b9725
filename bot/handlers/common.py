"""What every handler needs: who is talking, and how a ``Reply`` becomes a Telegram message."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.chat.conversation import Conversation
from bot.chat.replies import Person, Reply
from bot.sending import Message, send_messages
from bot.storage import user_key


def conversation(context: ContextTypes.DEFAULT_TYPE) -> Conversation:
    found = context.application.bot_data["conversation"]
    assert isinstance(found, Conversation)
    return found


def is_editor(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Whether the sender's Telegram id is in ``EDITOR_IDS`` (checked in memory, never stored)."""
    user = update.effective_user
    editors: frozenset[int] = context.application.bot_data.get("editor_ids", frozenset())
    return user is not None and user.id in editors


def person(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Person:
    """The user as the conversation knows them: a keyed hash, never the Telegram id."""
    user = update.effective_user
    chat = update.effective_chat
    secret: bytes = context.application.bot_data["user_hash_secret"]
    return Person(
        key=user_key(secret, user.id if user else 0),
        chat_id=chat.id if chat else 0,
        telegram_language=user.language_code if user else None,
        is_editor=is_editor(update, context),
        private=chat is not None and chat.type == "private",
    )


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    if not reply.buttons:
        return None
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(button.label, url=button.url)
                if button.url
                else InlineKeyboardButton(button.label, callback_data=button.data)
                for button in row
            ]
            for row in reply.buttons
        ]
    )


async def send(context: ContextTypes.DEFAULT_TYPE, chat_id: int, replies: list[Reply]) -> None:
    """Send the replies in order. The inbox writes them down first, so that a bot killed
    half-way sends, when it starts again, only the messages that had not gone."""
    messages = [Message(chat_id, reply.text, keyboard(reply)) for reply in replies]
    await send_messages(context.bot, messages)
