"""The editors' loop through the real stack: from an unanswered question to a live answer, and
the asker told, without a restart; and nothing of it for anyone but editors.

The bot runs against the fake Bot API; the editors' command line runs in a thread beside it
(``main([...])``, as ``python -m bot`` would, on the same database file).
"""

from __future__ import annotations

import asyncio
import json
import shutil
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.cli.main import main
from bot.i18n import t
from bot.matching.matcher import Matcher
from bot.service import Service
from bot.storage import Storage
from tests.conftest import KNOWLEDGE_DIR, bot_settings, started
from tests.e2e.fake_telegram import FakeTelegram

EDITOR = 501
OFFICIAL = 2001
WEATHER = "what's the weather in dakar tomorrow"  # as stored: normalised
FOOTBALL = "who won the football match yesterday"
ROBOTS = "Who is answerable when a classroom robot misbehaves?"
RELOADED = 20.0  # seconds a resolution may take to be live, and the notification sent


@dataclass
class Running:
    fake: FakeTelegram
    database: Path
    service: Service
    knowledge: Path


@pytest.fixture
async def running(tmp_path: Path, fake: FakeTelegram, matcher: Matcher) -> AsyncIterator[Running]:
    knowledge = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE_DIR, knowledge)
    settings = bot_settings(
        fake, tmp_path / "data", editor_ids=frozenset({EDITOR}), knowledge_dir=knowledge
    )
    async with started(settings, matcher) as service:
        yield Running(fake, settings.database, service, knowledge)


def markup(params: dict[str, Any]) -> list[dict[str, Any]]:
    found = params.get("reply_markup") or {}
    found = json.loads(found) if isinstance(found, str) else found
    return [button for row in found.get("inline_keyboard", []) for button in row]


def button(params: dict[str, Any], starts: str) -> str:
    data = [
        b["callback_data"] for b in markup(params) if b.get("callback_data", "").startswith(starts)
    ]
    assert data, f"no {starts!r} button in {markup(params)}"
    return str(data[0])


async def ask(fake: FakeTelegram, user: dict[str, Any], text: str) -> dict[str, Any]:
    count = len(fake.calls)
    fake.send_text(user, text)
    reply = (await fake.wait_for("sendMessage", after=count)).params
    await fake.idle(0.3)
    return reply


async def press(fake: FakeTelegram, user: dict[str, Any], data: str) -> None:
    count = len(fake.calls)
    fake.press(user, data)
    await fake.wait_for("answerCallbackQuery", after=count)
    await fake.idle(0.3)


async def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = await asyncio.to_thread(main, list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


async def ask_and_wait(running: Running, user: dict[str, Any], text: str) -> None:
    """An unanswered question, and "Notify me" pressed."""
    reply = await ask(running.fake, user, text)
    assert "<blockquote>" not in reply["text"]
    await press(running.fake, user, button(reply, "notify:"))


async def test_an_editor_sees_the_gaps_most_asked_first(running: Running) -> None:
    fake = running.fake
    first, second = fake.user(OFFICIAL, "en"), fake.user(2002, "en")
    await ask_and_wait(running, first, WEATHER)
    await ask(fake, second, "What's the weather in Dakar tomorrow")
    await ask(fake, second, FOOTBALL)
    await ask(fake, second, "can AI replace teachers?")
    count = len(fake.calls)
    fake.send_text(fake.user(EDITOR, "fr"), "/gaps")
    await fake.idle(0.5)
    texts = [c.params["text"] for c in fake.calls[count:] if c.method == "sendMessage"]
    assert texts[0] == f"<b>{t('fr', 'Unanswered questions, the most asked first:')}</b>"
    assert texts[1].startswith("<b>#1</b> 2× [en]")
    assert "1 personne attend d’être prévenue" in texts[1]
    assert FOOTBALL in texts[2]
    assert len(texts) == 3  # the answered question is not a gap


async def test_anyone_else_gets_nothing_of_the_editors(running: Running) -> None:
    fake = running.fake
    official = fake.user(OFFICIAL, "es")
    await ask(fake, official, WEATHER)
    for command in ("/gaps", "/reload", "/reload force"):
        reply = await ask(fake, official, command)
        assert reply["text"] == t("es", "This command is for the editors of the knowledge base.")
    for forged in ("gl:1:bc-12", "gi:1", "go:1"):
        count = len(fake.calls)
        fake.press(official, forged)
        notice = await fake.wait_for("answerCallbackQuery", after=count)
        assert notice.params["text"] == t(
            "es", "This command is for the editors of the knowledge base."
        )
    async with await Storage.open(running.database) as storage:
        [gap] = await storage.gaps(status=None)
        assert gap.status == "new"
        assert await storage.learned() == []


async def test_the_same_need_in_french_and_spanish_is_one_gap(
    running: Running, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = running.fake
    await ask(fake, fake.user(3001, "fr"), "salaire d'un enseignant en IA")
    await ask(fake, fake.user(3002, "es"), "salario de un profesor de IA")
    code, out, _ = await cli(capsys, "gaps", "list", "--json", "--database", str(running.database))
    assert code == 0
    [gap] = json.loads(out)
    assert gap["count"] == 2
    assert sorted(gap["languages"]) == ["es", "fr"]
    assert set(gap) >= {"id", "status", "count", "languages", "examples", "suggested", "waiting"}


async def notified(fake: FakeTelegram, chat_id: int, after: int) -> list[str]:
    await fake.wait_for(
        "sendMessage",
        lambda p: p["chat_id"] == chat_id and "<blockquote>" in p["text"],
        after=after,
        within=RELOADED,
    )
    await fake.idle(0.5)
    return [
        c.params["text"]
        for c in fake.calls[after:]
        if c.method == "sendMessage" and c.params["chat_id"] == chat_id
    ]


async def check_the_loop_closed(running: Running, after: int) -> None:
    """The asker is told once, in their language; their chat id is gone; the question and
    another wording of it are now answered."""
    fake = running.fake
    texts = await notified(fake, OFFICIAL, after)
    assert texts[0].startswith("You asked: “who is answerable when a classroom robot misbehaves?”")
    assert "AI should be human-controlled" in texts[1]  # paragraph 7, in English
    await fake.idle(2.5)  # a second notification would have come by now
    again = [
        c
        for c in fake.calls[after:]
        if c.method == "sendMessage" and c.params["chat_id"] == OFFICIAL
    ]
    assert len(again) == len(texts)
    async with await Storage.open(running.database) as storage:
        assert await storage.subscriptions() == []
    for wording in (ROBOTS, "who is answerable when a robot in class misbehaves"):
        reply = await ask(fake, fake.user(4001, "en"), wording)
        assert "<blockquote>" in reply["text"], wording


async def test_a_gap_resolved_from_the_command_line_goes_live_and_the_asker_is_told(
    running: Running, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = running.fake
    await ask_and_wait(running, fake.user(OFFICIAL, "en"), ROBOTS)
    database = ["--database", str(running.database)]
    _, out, _ = await cli(capsys, "gaps", "list", "--json", *database)
    [gap] = json.loads(out)
    assert (gap["waiting"], gap["status"]) == (1, "new")
    after = len(fake.calls)
    code, out, err = await cli(
        capsys,
        "gaps",
        "resolve",
        str(gap["id"]),
        "--entry",
        "bc-07",
        "--knowledge",
        str(running.knowledge),
        *database,
    )
    assert code == 0, err
    assert out.startswith(f"gap {gap['id']} linked to bc-07")
    await check_the_loop_closed(running, after)
    _, out, _ = await cli(capsys, "learned", "list", *database)
    assert "bc-07" in out
    assert ROBOTS.lower() in out  # stored normalised


async def test_a_gap_resolved_with_the_buttons_in_telegram_goes_live(running: Running) -> None:
    fake = running.fake
    await ask_and_wait(running, fake.user(OFFICIAL, "en"), ROBOTS)
    editor = fake.user(EDITOR, "en")
    count = len(fake.calls)
    fake.send_text(editor, "/gaps")
    await fake.idle(0.5)
    gap_message = [c.params for c in fake.calls[count:] if c.method == "sendMessage"][1]
    await press(fake, editor, button(gap_message, "go:"))  # "Link to another entry"
    choices = await ask(fake, editor, "human control of AI")  # a search
    after = len(fake.calls)
    await press(fake, editor, button(choices, "gl:"))
    linked = [c.params["text"] for c in fake.calls[after:] if c.method == "sendMessage"]
    assert linked
    assert "linked to" in linked[0]
    await check_the_loop_closed(running, after)


async def test_a_broken_edit_keeps_the_old_knowledge_and_editors_are_told(running: Running) -> None:
    fake = running.fake
    after = len(fake.calls)
    (running.knowledge / "broken.yaml").write_text("entries: [", encoding="utf-8")
    told = await fake.wait_for(
        "sendMessage", lambda p: p["chat_id"] == EDITOR, after=after, within=RELOADED
    )
    assert "knowledge reload refused" in told.params["text"]
    assert "broken.yaml" in told.params["text"]
    reply = await ask(fake, fake.user(4002, "en"), "can robots replace teachers")
    assert "teachers cannot be displaced by machines" in reply["text"]


async def test_a_change_that_makes_a_language_worse_is_held_until_forced(running: Running) -> None:
    """Chinese alternate questions and keywords all removed: Chinese answers fall, so the
    reload is held (the old knowledge serves); /reload force applies it all the same."""
    import yaml

    fake = running.fake
    for path in running.knowledge.rglob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for entry in data.get("entries", []):
            chinese = entry.get("languages", {}).get("zh")
            if chinese:
                chinese["questions"] = []
                chinese["keywords"] = []
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    after = len(fake.calls)
    told = await fake.wait_for(
        "sendMessage", lambda p: p["chat_id"] == EDITOR, after=after, within=RELOADED
    )
    assert "knowledge reload held" in told.params["text"]
    assert "zh" in told.params["text"]
    reply = await ask(fake, fake.user(EDITOR, "en"), "/reload force")
    assert reply["text"].startswith("knowledge reloaded")


async def test_an_editor_gets_the_figures_in_telegram_and_no_one_else(running: Running) -> None:
    fake = running.fake
    official = fake.user(OFFICIAL, "es")
    await ask(fake, official, WEATHER)
    await ask(fake, official, "can AI replace teachers?")
    editor = fake.user(EDITOR, "fr")
    stats = await ask(fake, editor, "/stats 7")
    assert stats["text"].splitlines()[0].endswith("(7 jours) :")
    [english] = [line for line in stats["text"].splitlines() if line.startswith("Anglais: ")]
    assert english.startswith("Anglais: 2 questions posées · ")  # asked in English
    coverage = await ask(fake, editor, "/coverage")
    assert coverage["text"].startswith("Couverture de la base de connaissances (")
    for command in ("/stats", "/coverage"):
        refused = await ask(fake, official, command)
        assert refused["text"] == t("es", "This command is for the editors of the knowledge base.")
