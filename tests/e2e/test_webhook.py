"""Webhook mode: Telegram's updates with the secret are answered, anything else is refused."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest

from bot.health import check
from bot.webhook import SECRET_HEADER
from tests.e2e.conftest import WEBHOOK_SECRET, WEBHOOK_URL, Webhook


def update(update_id: int, text: str) -> dict[str, Any]:
    user = {"id": 4242, "is_bot": False, "first_name": "Adviser", "language_code": "fr"}
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": int(time.time()),
            "chat": {"id": 4242, "type": "private"},
            "from": user,
            "text": text,
        },
    }


async def test_set_webhook_is_called_with_the_url_and_the_secret(webhook: Webhook) -> None:
    (call,) = webhook.fake.calls_to("setWebhook")
    assert call.params["url"] == WEBHOOK_URL
    assert call.params["secret_token"] == WEBHOOK_SECRET
    assert webhook.fake.calls_to("deleteWebhook") == []


async def test_an_update_with_the_secret_is_answered(webhook: Webhook) -> None:
    async with httpx.AsyncClient() as client:
        response = await client.post(
            webhook.url,
            json=update(1, "les enseignants peuvent-ils être remplacés par l'IA ?"),
            headers={SECRET_HEADER: WEBHOOK_SECRET},
        )
    assert response.status_code == 200
    call = await webhook.fake.wait_for("sendMessage")
    assert call.params["chat_id"] == 4242
    assert "ne peuvent être remplacés" in call.params["text"]


@pytest.mark.parametrize(
    "headers",
    [{}, {SECRET_HEADER: "wrong-secret_0123456789"}, {SECRET_HEADER: WEBHOOK_SECRET[:-1]}],
    ids=["missing", "wrong", "truncated"],
)
async def test_an_update_without_the_right_secret_is_refused(
    webhook: Webhook, headers: dict[str, str]
) -> None:
    async with httpx.AsyncClient() as client:
        response = await client.post(
            webhook.url, json=update(2, "can AI replace teachers?"), headers=headers
        )
    assert response.status_code == 403
    await webhook.fake.idle(0.5)
    assert webhook.fake.calls_to("sendMessage") == []
    assert webhook.fake.calls_to("sendChatAction") == []


@pytest.mark.parametrize("body", [b"not json", b"[1, 2]", b"{}"])
async def test_a_body_that_is_not_an_update_is_a_bad_request(webhook: Webhook, body: bytes) -> None:
    async with httpx.AsyncClient() as client:
        response = await client.post(
            webhook.url,
            content=body,
            headers={SECRET_HEADER: WEBHOOK_SECRET, "Content-Type": "application/json"},
        )
    assert response.status_code == 400


async def test_only_the_webhook_path_takes_updates(webhook: Webhook) -> None:
    async with httpx.AsyncClient() as client:
        response = await client.post(
            webhook.url.replace("/telegram", "/other"),
            json=update(3, "hello"),
            headers={SECRET_HEADER: WEBHOOK_SECRET},
        )
    assert response.status_code == 404


async def test_health_endpoint_and_command_on_the_same_server(webhook: Webhook) -> None:
    async with httpx.AsyncClient() as client:
        response = await client.get(webhook.health_url)
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    # The command is synchronous (it runs in its own process): here, off the event loop.
    health = await asyncio.to_thread(check, webhook.settings)
    assert health.healthy, health.detail
    assert "/healthz answered 200" in health.detail


async def test_health_endpoint_reports_a_stopped_bot(webhook: Webhook) -> None:
    await webhook.service.application.stop()  # the bot stops handling updates
    async with httpx.AsyncClient() as client:
        response = await client.get(webhook.health_url)
    assert response.status_code == 503
    assert response.json() == {"status": "unhealthy"}
