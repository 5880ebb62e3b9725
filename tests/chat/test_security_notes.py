"""The claims of ``docs/security.md`` that a test can check and no other test checks yet."""

from __future__ import annotations

import ast
import re
import sqlite3
import time
from pathlib import Path

import yaml

from bot.chat import callbacks
from bot.chat.conversation import NO_LONGER_AVAILABLE, Conversation
from bot.chat.replies import Person
from bot.config import Settings
from bot.i18n import t
from bot.knowledge import loader
from bot.matching.matcher import Matcher
from bot.storage import MIGRATIONS, Storage, user_key
from tests.conftest import ROOT

NOTES = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")
TABLES = re.findall(r"CREATE TABLE (\w+)", "\n".join(MIGRATIONS))
UNSAFE_YAML = {
    "load",
    "load_all",
    "full_load",
    "full_load_all",
    "unsafe_load",
    "unsafe_load_all",
    "Loader",
    "FullLoader",
    "UnsafeLoader",
    "CLoader",
    "CFullLoader",
    "CUnsafeLoader",
    "UnsafeConstructor",
    "FullConstructor",
    "Constructor",
}
PERSONAL_COLUMNS = {"user_id", "telegram_id", "username", "first_name", "last_name", "phone"}


def test_every_table_is_in_the_notes() -> None:
    assert "preferences" in TABLES
    assert "questions" in TABLES
    for table in TABLES:
        assert f"| `{table}`" in NOTES or f", `{table}`" in NOTES, f"{table} is not described"


def test_yaml_is_only_ever_read_with_safe_loaders() -> None:
    """No module of ``bot/`` names an unsafe PyYAML loader, constructor or loading function."""
    found = []
    for path in sorted((ROOT / "bot").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "yaml"
                and node.attr in UNSAFE_YAML
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: yaml.{node.attr}")
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("yaml"):
                names = {alias.name for alias in node.names}
                found += [
                    f"{path.relative_to(ROOT)}: from yaml import {n}" for n in names & UNSAFE_YAML
                ]
    assert found == []
    assert issubclass(loader._SAFE_LOADER, (yaml.SafeLoader, getattr(yaml, "CSafeLoader", ())))


async def test_no_column_holds_a_telegram_id_and_only_subscriptions_a_chat(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    await (await Storage.open(path)).close()
    with sqlite3.connect(path) as db:
        for table in TABLES:
            columns = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
            assert not columns & PERSONAL_COLUMNS, table
            assert ("chat_id" in columns) is (table == "subscriptions"), table
            if table == "learned":
                assert "user_key" not in columns  # kept as knowledge, not as who asked


async def test_the_purge_takes_what_hangs_on_a_question_and_keeps_learned_questions(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bot.sqlite3"
    async with await Storage.open(path) as storage:
        question = await storage.record_question("k", "en", "old need", "unanswered", None, None)
        await storage.record_feedback(question, "k", "bc-12", False)
        await storage.record_clarification(question, "bc-12")
        await storage.subscribe(question, 7, "en")
        [gap] = await storage.gaps()
        await storage.resolve_gap(gap.id, "bc-12")
    with sqlite3.connect(path) as db:
        db.execute("UPDATE questions SET asked_at = ?", (time.time() - 400 * 86400,))
    async with await Storage.open(path) as storage:
        assert await storage.purge_older_than(180) == 1
        assert await storage.feedback() == []
        assert await storage.clarifications() == []
        assert await storage.subscriptions() == []
        assert await storage.gaps(status=None) == []
        assert [(q.entry_id, q.text) for q in await storage.learned()] == [("bc-12", "old need")]


async def test_rotating_the_user_hash_secret_unlinks_choices_and_buttons(matcher: Matcher) -> None:
    """What the notes say a rotation does: language choices and button ownership stop matching."""
    old, new = b"the secret before the rotation", b"the secret after the rotation"
    async with await Storage.open(":memory:") as storage:
        before = Person(user_key(old, 42), 42, "en", private=True)
        after = Person(user_key(new, 42), 42, "en", private=True)
        conversation = Conversation(matcher, storage, secret=old)
        await conversation.callback(before, "lang:fr")
        replies = await conversation.question(before, "chicken curry recipe with rice")
        [notify] = [
            b.action
            for r in replies
            for row in r.buttons
            for b in row
            if isinstance(b.action, callbacks.Notify)
        ]
        assert await conversation.interface(before) == "fr"
        rotated = Conversation(matcher, storage, secret=new)
        assert await rotated.interface(after) == "en"  # the Telegram language again
        result = await rotated.callback(after, notify.encode())
        assert result.notice == t("en", NO_LONGER_AVAILABLE)
        assert await storage.subscriptions() == []


def test_editor_ids_stay_out_of_the_settings_repr() -> None:
    settings = Settings.from_environment({"EDITOR_IDS": "987654321"})
    assert "987654321" not in repr(settings)
