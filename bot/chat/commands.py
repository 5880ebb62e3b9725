"""THE command table: one list feeds Telegram's menus, the Telegram handler, /help and the console.

A command is a name, a description for the menu (translated per language), whether it is for
editors only, and what it calls on the conversation. ``parse`` reads ``/name@bot args`` the way
Telegram writes it. Anything that starts with ``/`` and is not in the table is an unknown
command: it gets the list of commands, and is never taken for a question.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.i18n import N_

if TYPE_CHECKING:
    from bot.chat.conversation import Conversation
    from bot.chat.replies import Person, Reply

Run = Callable[["Conversation", "Person", str], Awaitable[list["Reply"]]]
# Telegram's own rule for command names: 1-32 of a-z, 0-9 and _; we also accept capitals.
_COMMAND = re.compile(r"^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?:\s+(.*))?$", re.S)


@dataclass(frozen=True)
class Command:
    name: str
    description: str  # marked with N_, translated where shown
    run: Run
    editors_only: bool = False


@dataclass(frozen=True)
class Invocation:
    """A command as typed: ``/start@MyBot bc-12`` → name ``start``, bot ``MyBot``, args."""

    name: str
    args: str
    bot: str | None


COMMANDS: tuple[Command, ...] = (
    Command("start", N_("Welcome and examples"), lambda c, p, args: c.start(p, args or None)),
    Command("topics", N_("Browse the recommendations by topic"), lambda c, p, _: c.topics(p)),
    Command("language", N_("Choose the interface language"), lambda c, p, _: c.language_menu(p)),
    Command("help", N_("How to use this bot"), lambda c, p, _: c.help(p)),
    Command("about", N_("Sources, and how answers are made"), lambda c, p, _: c.about(p)),
    Command(
        "gaps",
        N_("Unanswered questions, the most asked first"),
        lambda c, p, _: c.gaps(p),
        editors_only=True,
    ),
    Command(
        "stats",
        N_("Questions and answers per language (/stats 7: the last 7 days)"),
        lambda c, p, args: c.stats(p, args),
        editors_only=True,
    ),
    Command(
        "coverage",
        N_("What each language of the knowledge still lacks"),
        lambda c, p, _: c.coverage(p),
        editors_only=True,
    ),
    Command(
        "reload",
        N_("Reload the knowledge (/reload force: even if answers get worse)"),
        lambda c, p, args: c.reload(p, args),
        editors_only=True,
    ),
)
BY_NAME = {command.name: command for command in COMMANDS}


def parse(text: str) -> Invocation | None:
    """The command in a message that starts with ``/``, or None if it is not one."""
    match = _COMMAND.match(text.strip())
    if match is None:
        return None
    name, bot, args = match.groups()
    return Invocation(name.lower(), (args or "").strip(), bot)


def find(name: str) -> Command | None:
    return BY_NAME.get(name.lower())


def menu(for_editor: bool) -> list[Command]:
    """The commands a person sees in their menu and in /help."""
    return [command for command in COMMANDS if for_editor or not command.editors_only]
