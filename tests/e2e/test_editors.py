"""/gaps and ``python -m bot gaps``: the unanswered questions, for editors only."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.cli.main import main
from bot.i18n import t
from bot.matching.matcher import Matcher
from tests.conftest import bot_settings, started
from tests.e2e.fake_telegram import FakeTelegram

EDITOR = 501
WEATHER = "what's the weather in dakar tomorrow"  # as stored: normalised
FOOTBALL = "who won the football match yesterday"


@dataclass
class Running:
    fake: FakeTelegram
    database: Path


@pytest.fixture
async def running(tmp_path: Path, fake: FakeTelegram, matcher: Matcher) -> AsyncIterator[Running]:
    settings = bot_settings(fake, tmp_path, editor_ids=frozenset({EDITOR}))
    async with started(settings, matcher):
        yield Running(fake, settings.database)


async def ask(fake: FakeTelegram, user: dict[str, Any], text: str) -> dict[str, Any]:
    count = len(fake.calls)
    fake.send_text(user, text)
    return (await fake.wait_for("sendMessage", after=count)).params


async def unanswered_questions(running: Running) -> None:
    """The weather twice (once with "Notify me" pressed), football once, one answered question."""
    fake = running.fake
    first, second = fake.user(2001, "en"), fake.user(2002, "en")
    reply = await ask(fake, first, WEATHER)
    markup = reply["reply_markup"]
    markup = json.loads(markup) if isinstance(markup, str) else markup
    notify = next(
        b
        for row in markup["inline_keyboard"]
        for b in row
        if b["callback_data"].startswith("notify:")
    )
    count = len(fake.calls)
    fake.press(first, notify["callback_data"])
    await fake.wait_for("answerCallbackQuery", after=count)
    await ask(fake, second, WEATHER)
    await ask(fake, second, FOOTBALL)
    await ask(fake, second, "can AI replace teachers?")
    await fake.idle()  # the answer may come in more than one message


async def test_an_editor_sees_the_gaps_most_asked_first(running: Running) -> None:
    await unanswered_questions(running)
    reply = await ask(running.fake, running.fake.user(EDITOR, "fr"), "/gaps")
    lines = reply["text"].splitlines()
    assert lines[0] == f"<b>{t('fr', 'Unanswered questions, the most asked first:')}</b>"
    assert (
        lines[1]
        == f"2× [en] {WEATHER.replace(chr(39), '&#x27;')} — 1 personne attend d’être prévenue"
    )
    assert lines[2] == f"1× [en] {FOOTBALL}"
    assert len(lines) == 3  # the answered question is not a gap


async def test_anyone_else_is_told_the_command_is_for_editors(running: Running) -> None:
    await unanswered_questions(running)
    reply = await ask(running.fake, running.fake.user(2002, "es"), "/gaps")
    assert reply["text"] == t("es", "This command is for the editors of the knowledge base.")


async def test_no_gaps_yet(running: Running) -> None:
    reply = await ask(running.fake, running.fake.user(EDITOR, "ru"), "/gaps")
    assert reply["text"] == t("ru", "No unanswered questions so far.")


async def test_the_command_line_lists_the_same_gaps(
    running: Running, capsys: pytest.CaptureFixture[str]
) -> None:
    """``python -m bot gaps`` while the bot runs (in a thread: the command has its own loop)."""
    await unanswered_questions(running)
    database = ["--database", str(running.database)]
    capsys.readouterr()
    assert await asyncio.to_thread(main, ["gaps", *database, "--json"]) == 0
    gaps = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(g["text"], g["times"], g["waiting"]) for g in gaps] == [
        (WEATHER, 2, 1),
        (FOOTBALL, 1, 0),
    ]
    assert await asyncio.to_thread(main, ["gaps", *database]) == 0
    assert capsys.readouterr().out.splitlines()[0] == f"   2× [en] {WEATHER}  (1 waiting)"
    nothing = str(running.database.parent / "nothing.sqlite3")
    assert await asyncio.to_thread(main, ["gaps", "--database", nothing]) == 1
    assert capsys.readouterr().err.startswith("error: no database at")


async def test_editors_commands_are_in_the_editors_menu_only(running: Running) -> None:
    calls = running.fake.calls_to("setMyCommands")
    default = [c for c in calls if c.params["scope"]["type"] == "default"]
    editor = [c for c in calls if c.params["scope"]["type"] == "chat"]
    assert len(default) == len(editor) == 7  # no language, then each of the six
    assert all(c.params["scope"]["chat_id"] == EDITOR for c in editor)
    for call in default:
        assert "gaps" not in [command["command"] for command in call.params["commands"]]
    for call in editor:
        assert "gaps" in [command["command"] for command in call.params["commands"]]
