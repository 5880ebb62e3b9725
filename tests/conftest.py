"""Shared fixtures: the shipped knowledge base and a matcher over it, built once per session."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings
from bot.knowledge.loader import load_knowledge
from bot.knowledge.model import KnowledgeBase, asked_key
from bot.matching.matcher import Matcher
from bot.service import Service
from tests.e2e.fake_telegram import TOKEN, FakeTelegram

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE_DIR = ROOT / "knowledge"
USER_HASH_SECRET = b"a test secret that is long enough"


@pytest.fixture(scope="session")
def knowledge() -> KnowledgeBase:
    return load_knowledge(KNOWLEDGE_DIR)


@pytest.fixture(scope="session")
def matcher(knowledge: KnowledgeBase) -> Matcher:
    return Matcher(knowledge)


@pytest.fixture(scope="session")
def curated(knowledge: KnowledgeBase) -> Matcher:
    """A matcher of the curated texts alone, without the asked questions.

    The asked questions are officials' questions from the evaluation sets, more with each round:
    a test of how the curated texts are searched (what a context weighs, how context words dilute
    a score) would otherwise change with them. The asked questions hold questions that open as
    some of the near-domain tests' contexts do ("Estamos redactando un proyecto de ley…") and
    ask about data laws, and questions much like the long ones of the matcher's tests.
    """
    every = (asked_key(language, question) for language, question in knowledge.asked_questions())
    return Matcher(knowledge.without_asked(every))


@pytest.fixture
def fake() -> Iterator[FakeTelegram]:
    """A fake Bot API server on 127.0.0.1, for one test."""
    server = FakeTelegram()
    server.start()
    yield server
    server.stop()


def bot_settings(fake: FakeTelegram, data_dir: Path, **changes: Any) -> Settings:
    """Settings of a bot that talks to the fake server and keeps its data in ``data_dir``."""
    settings = Settings(
        token=TOKEN,
        api_base_url=fake.base_url,
        data_dir=data_dir,
        knowledge_dir=KNOWLEDGE_DIR,
        user_hash_secret=USER_HASH_SECRET,
        retention_days=30,
    )
    return dataclasses.replace(settings, **changes)


@asynccontextmanager
async def started(settings: Settings, matcher: Matcher) -> AsyncIterator[Service]:
    """The bot's service, started as ``python -m bot run`` starts it, and stopped after."""
    service = Service(settings, matcher)
    await service.start()
    try:
        yield service
    finally:
        await service.stop()
