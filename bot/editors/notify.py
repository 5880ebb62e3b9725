"""Closing the loop: tell each person waiting on a resolved gap that it has an answer, once.

Each notification is claimed in the database before it is sent and deleted (with its chat id)
once Telegram has accepted it, so a bot killed mid-send never sends it twice (a claim that was
never confirmed is dropped at the next start: whether it arrived is unknown). A user who
blocked the bot is forgotten at once; other failures are retried a few times, then dropped.
Sending itself (and the Bot API's rules: 429 waits ``retry_after``) belongs to the front end.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from enum import Enum

from bot.chat.conversation import Conversation
from bot.chat.replies import Reply
from bot.storage import Storage

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 5


class Delivery(Enum):
    SENT = "sent"
    BLOCKED = "blocked"  # the user blocked the bot, or the chat is gone: never again
    FAILED = "failed"  # a fault on the way: try again later


Send = Callable[[int, list[Reply]], Awaitable[Delivery]]


async def notify_waiting(storage: Storage, conversation: Conversation, send: Send) -> int:
    """Send what is due on the live knowledge; returns how many were delivered."""
    knowledge = conversation.live.current().knowledge
    delivered = 0
    for notification in await storage.notifications():
        if notification.entry_id not in knowledge.entries:
            continue  # resolved to an entry that is not live yet: after the next reload
        if not await storage.claim_notification(notification.question_id):
            continue
        replies = conversation.notification(notification)
        outcome = await send(notification.chat_id, replies)
        if outcome is Delivery.SENT:
            await storage.notification_sent(notification.question_id)
            delivered += 1
        elif outcome is Delivery.BLOCKED:
            await storage.forget_chat(notification.chat_id)
        else:
            give_up = notification.attempts + 1 >= MAX_ATTEMPTS
            await storage.notification_failed(notification.question_id, give_up)
        log.info(
            "notification %s",
            outcome.value,
            extra={
                "event": "notification",
                "outcome": outcome.value,
                "entry": notification.entry_id,
            },
        )
    return delivered
