"""The error handler: log the error, and tell the user politely, in their language."""

from __future__ import annotations

import html
import logging

from telegram import Update
from telegram.ext import ContextTypes

from bot.handlers.common import conversation, person

log = logging.getLogger(__name__)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    log.error("error while handling an update", exc_info=context.error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    from bot.i18n import t

    language = await conversation(context).interface(person(update, context))
    text = t(language, "Sorry, something went wrong on my side. Please try again in a moment.")
    try:
        await context.bot.send_message(update.effective_chat.id, html.escape(text))
    except Exception:  # the apology itself failed (network): nothing more to do
        log.warning("could not send the apology", exc_info=True)
