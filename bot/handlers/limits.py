"""The per-person limit in Telegram (``bot.flood`` counts): the first update over
``USER_QUESTIONS_PER_MINUTE`` gets one polite "slow down" in the person's language; the next
ones get nothing (a button press is still answered, silently: every press is).

It runs before every other handler (group -1 of the routing table). The inbox has already
counted the update and put the verdict on it (``Handling.flood``), and dropped the excess
messages without handing them here.
"""

from __future__ import annotations

import html
import logging

from telegram import Update
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.chat.replies import Reply
from bot.flood import FloodLimit, Verdict
from bot.handlers.common import conversation, person, send
from bot.i18n import N_, t
from bot.sending import CURRENT

SLOW_DOWN = N_(
    "You are writing faster than I can answer. Please wait a minute, then ask again: "
    "I will answer you then."
)
log = logging.getLogger(__name__)
__all__ = ["SLOW_DOWN", "FloodLimit", "Verdict", "check"]


async def check(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    handling = CURRENT.get()
    verdict = handling.flood if handling is not None else None
    if verdict is None or verdict is Verdict.ALLOW:
        return
    limit = context.application.bot_data.get("flood")
    text = ""
    if verdict is Verdict.WARN:
        log.info(
            "someone writes faster than %d a minute: the excess is not answered",
            limit.per_minute if isinstance(limit, FloodLimit) else 0,
            extra={"event": "flood_limited"},
        )
        language = await conversation(context).interface(person(update, context))
        text = t(language, SLOW_DOWN)
    query = update.callback_query
    chat = update.effective_chat
    if query is not None:
        await query.answer(text[:200] or None)  # every press is answered
    elif text and chat is not None:
        await send(context, chat.id, [Reply(html.escape(text))])
    raise ApplicationHandlerStop
