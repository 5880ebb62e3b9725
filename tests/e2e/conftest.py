"""The bot in webhook mode, for the tests that post updates to it (``webhook`` fixture)."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.config import Settings
from bot.matching.matcher import Matcher
from bot.service import Service
from tests.conftest import bot_settings, started
from tests.e2e.fake_telegram import FakeTelegram

WEBHOOK_SECRET = "webhook-secret_0123456789"
WEBHOOK_URL = "https://bot.example.org/hooks/telegram"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Webhook:
    fake: FakeTelegram
    service: Service
    settings: Settings
    url: str
    health_url: str


def webhook_settings(fake: FakeTelegram, data_dir: Path, port: int) -> Settings:
    """The bot in webhook mode on ``port`` of 127.0.0.1, with the test secret."""
    return bot_settings(
        fake,
        data_dir,
        mode="webhook",
        webhook_url=WEBHOOK_URL,
        webhook_secret=WEBHOOK_SECRET,
        listen_host="127.0.0.1",
        port=port,
    )


@pytest.fixture
async def webhook(tmp_path: Path, fake: FakeTelegram, matcher: Matcher) -> AsyncIterator[Webhook]:
    port = free_port()
    settings = webhook_settings(fake, tmp_path, port)
    base = f"http://127.0.0.1:{port}"
    async with started(settings, matcher) as service:
        yield Webhook(fake, service, settings, f"{base}/hooks/telegram", f"{base}/healthz")
