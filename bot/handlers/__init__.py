"""Telegram handlers, one module per concern; each is short and delegates to the conversation.

The routing table (python-telegram-bot tries the handlers of group 0 in this order and runs the
first that matches): every command, known or not, goes to ``commands`` (so a command is never
taken for a question, and an unknown one gets the list of commands); then button presses; then
inline queries; then free text, which is a question.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from telegram.ext import CallbackQueryHandler, InlineQueryHandler, MessageHandler, filters

from bot.handlers import buttons, commands, errors, inline, questions

if TYPE_CHECKING:
    from bot.telegram_app import TelegramApp

ROUTES = (
    MessageHandler(filters.COMMAND, commands.command),
    CallbackQueryHandler(buttons.pressed),
    InlineQueryHandler(inline.inline_query),
    MessageHandler(filters.TEXT & ~filters.COMMAND, questions.question),
)


def register(application: TelegramApp) -> None:
    for handler in ROUTES:
        application.add_handler(handler)
    application.add_error_handler(errors.on_error)
