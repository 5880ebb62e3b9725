"""Button presses: every callback query is answered, even when its button is stale."""

from __future__ import annotations

from telegram import Update
from telegram.error import BadRequest
from telegram.ext import Application, CallbackQueryHandler, ContextTypes

from bot.handlers.common import conversation, keyboard, person, send


async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None:
        return
    result = await conversation(context).callback(person(update, context), query.data or "")
    await query.answer(result.notice[:200] or None)
    if result.edit is not None:
        try:
            await query.edit_message_text(result.edit.text, reply_markup=keyboard(result.edit))
        except BadRequest as error:  # "message is not modified": pressing the same page twice
            if "not modified" not in str(error).lower():
                raise
    if result.replies and update.effective_chat is not None:
        await send(context, update.effective_chat.id, result.replies)


def register(application: Application) -> None:  # type: ignore[type-arg]
    application.add_handler(CallbackQueryHandler(pressed))
