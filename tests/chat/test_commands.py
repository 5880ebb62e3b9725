"""One command table: the console and Telegram run the same commands, and nothing else.

An unknown command, or an editors' command typed by someone else, gets the list of commands or
a polite refusal, and is never matched as a question nor recorded.
"""

from __future__ import annotations

import html
from collections.abc import AsyncIterator

import pytest

from bot.chat.commands import COMMANDS, Invocation, menu, parse
from bot.chat.conversation import Conversation
from bot.chat.replies import Person
from bot.i18n import t
from bot.matching.matcher import Matcher
from bot.storage import Storage

OFFICIAL = Person("official-key", 1, "fr")
EDITOR = Person("editor-key", 2, "en", is_editor=True, private=True)


@pytest.fixture
async def conversation(matcher: Matcher) -> AsyncIterator[Conversation]:
    async with await Storage.open(":memory:") as storage:
        yield Conversation(matcher, storage, bot_username="policy_test_bot")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/start", Invocation("start", "", None)),
        ("/start bc-12", Invocation("start", "bc-12", None)),
        ("/Help@Policy_Test_Bot", Invocation("help", "", "Policy_Test_Bot")),
        ("  /topics   extra words ", Invocation("topics", "extra words", None)),
        ("/foo", Invocation("foo", "", None)),
    ],
)
def test_commands_are_parsed_as_telegram_writes_them(text: str, expected: Invocation) -> None:
    assert parse(text) == expected


@pytest.mark.parametrize("text", ["start", "/", "/with-dash", "/" + "x" * 40, "hello /start"])
def test_what_is_not_a_command_is_not_parsed_as_one(text: str) -> None:
    assert parse(text) is None


def test_editors_commands_are_in_editors_menus_only() -> None:
    public = {command.name for command in menu(for_editor=False)}
    everything = {command.name for command in menu(for_editor=True)}
    editors_only = {command.name for command in COMMANDS if command.editors_only}
    assert editors_only
    assert not editors_only & public
    assert everything == public | editors_only


@pytest.mark.parametrize("text", ["/foo", "/statistics", "/FOO@policy_test_bot now", "/with-dash"])
async def test_an_unknown_command_lists_the_commands_and_is_not_recorded(
    conversation: Conversation, text: str
) -> None:
    for replies in (
        await conversation.command(OFFICIAL, text),
        await conversation.question(OFFICIAL, text),
    ):
        [reply] = replies
        name = (parse(text).name if parse(text) else text[1:]).lower()  # type: ignore[union-attr]
        heading = t("fr", "There is no command /{name}. The commands are:", name=name)
        assert reply.text.startswith(html.escape(heading))
        assert "/topics" in reply.text
        assert "/gaps" not in reply.text
        assert "<blockquote>" not in reply.text
    assert await conversation.storage.questions() == []
    assert await conversation.storage.gaps() == []


async def test_an_editors_command_by_anyone_else_is_refused_and_not_recorded(
    conversation: Conversation,
) -> None:
    [reply] = await conversation.command(OFFICIAL, "/gaps")
    assert reply.text == t("fr", "This command is for the editors of the knowledge base.")
    assert await conversation.storage.questions() == []
    [listing] = await conversation.command(EDITOR, "/gaps")
    assert listing.text == t("en", "No unanswered questions so far.")


async def test_help_lists_the_commands_of_the_table(conversation: Conversation) -> None:
    [public] = await conversation.command(OFFICIAL, "/help")
    [editor] = await conversation.command(EDITOR, "/help")
    for command in COMMANDS:
        assert (f"/{command.name} " in editor.text) is True
        assert (f"/{command.name} " in public.text) is not command.editors_only
