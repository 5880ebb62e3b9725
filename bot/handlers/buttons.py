"""Button presses: every callback query is answered, even when the action fails.

Stale, malformed, forged or someone else's data gets the conversation's polite notice. A real
error is answered (so the button stops spinning), then raised to the error handler, which logs
it with its traceback and apologises to the user. Whether the press comes from a private chat is
read here, at each press (editors' buttons work only there).
"""

from __future__ import annotations

from telegram import Update
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.handlers.common import conversation, keyboard, person, send


async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None:
        return
    chat = update.effective_chat
    try:
        result = await conversation(context).callback(person(update, context), query.data)
    except Exception:
        await query.answer()
        raise
    await query.answer(result.notice[:200] or None)
    if result.edit is not None:
        try:
            await query.edit_message_text(result.edit.text, reply_markup=keyboard(result.edit))
        except BadRequest as error:  # "message is not modified": pressing the same page twice
            if "not modified" not in str(error).lower():
                raise
    if result.replies and chat is not None:
        await send(context, chat.id, result.replies)
