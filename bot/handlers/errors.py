"""The error handler: what went wrong decides what follows, by the Bot API's rules.

- **Telegram refused for good**, 403 (the user blocked the bot, it left the group…) or 400 "chat
  not found": the update is dropped at once, and any notification waiting for that chat is
  forgotten (``Storage.forget_chat``). No apology: it could not arrive.
- **Telegram kept failing** (5xx, timeouts, resets, 429s past their waits: ``bot.sending`` has
  retried them): the update is dropped, with one log line. No apology: it would fail the same way.
- **Anything else is a bug** (ours, or an update we cannot handle): the update is set aside in
  the inbox with its error, logged once with its traceback, and the user gets a polite apology
  in their language (which waits out a 429 like any call to that chat).
"""

from __future__ import annotations

import html
import logging

from telegram import Update
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import ContextTypes

from bot.handlers.common import conversation, person
from bot.i18n import N_, t
from bot.sending import CURRENT, Handling, ThrottledLog, describe
from bot.storage import Storage

APOLOGY = N_("Sorry, something went wrong on my side. Please try again in a moment.")
log = logging.getLogger(__name__)
_apology_failures = ThrottledLog(log)


def refused_for_good(error: BaseException | None) -> bool:
    """403, or a chat that no longer exists: retrying can never help."""
    if isinstance(error, Forbidden):
        return True
    return isinstance(error, BadRequest) and "chat not found" in str(error).lower()


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    error = context.error
    handling = CURRENT.get()
    chat = update.effective_chat if isinstance(update, Update) else None
    if refused_for_good(error):
        if chat is not None:
            storage = context.application.bot_data["storage"]
            assert isinstance(storage, Storage)
            await storage.forget_chat(chat.id)
        _drop(handling, f"Telegram refused: {error}", logging.INFO, "telegram_refused")
        return
    if isinstance(error, TelegramError) and not isinstance(error, BadRequest):
        reason = f"Telegram kept failing: {type(error).__name__}: {error}"
        _drop(handling, reason, logging.WARNING, "telegram_failed")
        return
    if handling is not None and error is not None:
        handling.set_aside(describe(error), error)  # the inbox logs it, once
    else:
        log.error("error while handling an update", exc_info=error)
    if chat is None or not isinstance(update, Update):
        return
    language = await conversation(context).interface(person(update, context))
    try:
        await context.bot.send_message(chat.id, html.escape(t(language, APOLOGY)))
    except Exception as failure:  # the apology itself failed (network): nothing more to do
        _apology_failures.log(
            logging.WARNING,
            "could not send the apology (%s)",
            type(failure).__name__,
            extra={"event": "apology_failed"},
        )


def _drop(handling: Handling | None, reason: str, level: int, event: str) -> None:
    """An update Telegram would not take is dropped: the inbox logs it, once; outside the
    inbox (a notification, a test's direct call) the line is logged here."""
    if handling is not None:
        handling.drop(reason)
    else:
        log.log(level, "%s", reason, extra={"event": event})
