"""Matching in a second process (``bot.matching.process``) and ``Live`` following it.

The child is a real process (``spawn``); what it decides must be what the matcher it copies
decides, and whenever it cannot answer the bot's own process must.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import bot.matching.process as matching_process
from bot.config import DEFAULT_EVAL_DIR, knowledge_dir
from bot.editors.replay import load_cases
from bot.knowledge.loader import load_knowledge
from bot.live import Live
from bot.matching.matcher import Matcher
from bot.matching.process import MatchingProcess

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_knowledge(knowledge_dir()))


def questions(per_language: int = 20) -> list[tuple[str, str]]:
    found: dict[str, list[str]] = {}
    for case in load_cases(DEFAULT_EVAL_DIR):
        found.setdefault(case.language, []).append(case.question)
    return [(q, language) for language, qs in found.items() for q in qs[:per_language]]


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    with open(f"/proc/{pid}/stat") as stat:  # a zombie waits for its parent to reap it
        return stat.read().rsplit(")", 1)[1].split()[0] == "Z"


async def started(matcher: Matcher) -> MatchingProcess:
    process = MatchingProcess(matcher)
    await process.start()
    async with asyncio.timeout(60):
        assert await process.wait_ready()
    return process


async def test_the_child_decides_what_the_matcher_decides(matcher: Matcher) -> None:
    process = MatchingProcess(matcher)
    await process.start()
    # Before the child is ready, the question is matched in process: same answer at once.
    early = await process.match("protection des données des élèves", hint="fr")
    assert early == matcher.match("protection des données des élèves", hint="fr")
    async with asyncio.timeout(60):
        assert await process.wait_ready()
    cases = questions()
    assert len(cases) >= 100
    by_child = await asyncio.gather(*(process.match(q, hint=lang) for q, lang in cases))
    assert by_child == [matcher.match(q, hint=lang) for q, lang in cases]
    given = await process.match("teachers", language="en")
    assert given == matcher.match("teachers", language="en")
    await process.close()
    assert process.pid is not None
    assert gone(process.pid)


async def test_a_child_that_dies_leaves_the_questions_to_the_bot(
    matcher: Matcher, caplog: pytest.LogCaptureFixture
) -> None:
    process = await started(matcher)
    assert process.pid is not None
    os.kill(process.pid, signal.SIGKILL)
    with caplog.at_level(logging.WARNING, logger="bot.matching.process"):
        for _ in range(50):  # until the bot notices the socket closed
            decision = await process.match("AI and teachers", hint="en")
            assert decision == matcher.match("AI and teachers", hint="en")
            if not process.ready:
                break
            await asyncio.sleep(0.05)
        for question, language in questions(3):
            assert await process.match(question, hint=language) == matcher.match(
                question, hint=language
            )
    assert not process.ready
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "matched in process" in warnings[0].getMessage()
    await process.close()


async def test_a_question_that_hangs_stops_the_child_not_the_others(
    matcher: Matcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    process = await started(matcher)
    assert process.pid is not None
    monkeypatch.setattr(matching_process, "MATCH_TIMEOUT_SECONDS", 0.5)
    os.kill(process.pid, signal.SIGSTOP)  # the child stops answering
    with pytest.raises(TimeoutError):
        await process.match("AI and teachers", hint="en")
    assert not process.ready
    assert await process.match("AI and teachers", hint="en") == matcher.match(
        "AI and teachers", hint="en"
    )
    await process.close()
    assert gone(process.pid)


def test_the_child_ends_when_the_bot_is_killed(tmp_path: Path) -> None:
    script = tmp_path / "parent.py"
    script.write_text(
        "import asyncio\n"
        "from bot.config import knowledge_dir\n"
        "from bot.knowledge.loader import load_knowledge\n"
        "from bot.matching.matcher import Matcher\n"
        "from bot.matching.process import MatchingProcess\n"
        "async def main():\n"
        "    process = MatchingProcess(Matcher(load_knowledge(knowledge_dir())))\n"
        "    await process.start()\n"
        "    await process.wait_ready()\n"
        "    print(process.pid, flush=True)\n"
        "    await asyncio.sleep(600)\n"
        "if __name__ == '__main__':\n"
        "    asyncio.run(main())\n"
    )
    parent = subprocess.Popen(
        [sys.executable, str(script)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert parent.stdout is not None
        child = int(parent.stdout.readline())
        assert not gone(child)
        parent.kill()
        parent.wait(timeout=10)
        deadline = time.monotonic() + 10
        while not gone(child) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert gone(child)
    finally:
        parent.kill()
        parent.wait(timeout=10)
        if parent.stdout is not None:
            parent.stdout.close()


async def test_live_starts_a_child_for_each_new_matcher(matcher: Matcher) -> None:
    live = Live(matcher)
    assert await live.match(matcher, "teachers", hint="en") == matcher.match("teachers", hint="en")
    await live.use_second_process()
    first = live._process
    assert first is not None
    assert first.matcher is matcher
    async with asyncio.timeout(60):
        assert await first.wait_ready()
    result = await live.reload(knowledge_dir())
    assert result.reloaded
    second = live._process
    assert second is not None
    assert second is not first
    assert second.matcher is live.current()
    assert first.pid is not None
    assert gone(first.pid)  # the old child was closed
    # A question on the old snapshot is matched by the old matcher itself, never by the child.
    assert await live.match(matcher, "teachers", hint="en") == matcher.match("teachers", hint="en")
    current = live.current()
    async with asyncio.timeout(60):
        assert await second.wait_ready()
    assert await live.match(current, "teachers", hint="en") == current.match("teachers", hint="en")
    await live.close()
    assert live._process is None
    assert second.pid is not None
    assert gone(second.pid)
