"""Telegram handlers, one module per concern; each is short and delegates to the conversation.

Order of registration (python-telegram-bot tries handlers in order within group 0):
commands first (editors' /gaps among them), then button presses, then inline queries, then free
text (questions), so that a command is never taken for a question.
"""

from __future__ import annotations

from telegram.ext import Application

from bot.handlers import buttons, commands, editors, errors, inline, questions


def register(application: Application) -> None:  # type: ignore[type-arg]
    commands.register(application)
    editors.register(application)
    buttons.register(application)
    inline.register(application)
    questions.register(application)
    application.add_error_handler(errors.on_error)
