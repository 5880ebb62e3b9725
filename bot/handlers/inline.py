"""Inline mode: ``@bot <question>`` in any chat offers up to five entries to share."""

from __future__ import annotations

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot.handlers.common import conversation


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.inline_query
    if query is None:
        return
    hint = query.from_user.language_code if query.from_user else None
    articles = conversation(context).inline(query.query, hint)
    results = [
        InlineQueryResultArticle(
            id=article.entry_id,
            title=article.title,
            description=article.description,
            input_message_content=InputTextMessageContent(article.text, parse_mode=ParseMode.HTML),
        )
        for article in articles
    ]
    await query.answer(results, cache_time=300, is_personal=False)
