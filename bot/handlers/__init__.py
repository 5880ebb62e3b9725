"""Telegram handlers, one module per concern; each is short and delegates to the conversation.

The routing table. Group -1 runs first, on every update: ``limits`` answers a person who writes
faster than ``USER_QUESTIONS_PER_MINUTE`` once, and stops the rest of their excess there. Then
python-telegram-bot tries the handlers of group 0 in this order and runs the first that matches:
every command, known or not, goes to ``commands`` (so a command is never taken for a question,
and an unknown one gets the list of commands); then button presses; then inline queries; then
free text, which is a question. ``errors`` decides what a failure leads to.

Updates come from ``bot.inbox``, which handles them concurrently, one person's in order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from telegram import Update
from telegram.ext import (
    CallbackQueryHandler,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.handlers import buttons, commands, errors, inline, limits, questions

if TYPE_CHECKING:
    from bot.telegram_app import TelegramApp

ROUTES = (
    MessageHandler(filters.COMMAND, commands.command),
    CallbackQueryHandler(buttons.pressed),
    InlineQueryHandler(inline.inline_query),
    MessageHandler(filters.TEXT & ~filters.COMMAND, questions.question),
)


FIRST = TypeHandler(Update, limits.check)  # group -1


def register(application: TelegramApp) -> None:
    application.add_handler(FIRST, group=-1)
    for handler in ROUTES:
        application.add_handler(handler)
    application.add_error_handler(errors.on_error)
