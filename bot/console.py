"""The conversation in a terminal: the same ``Conversation`` as Telegram, shown as plain text.

Buttons are numbered; typing a number presses one, and the buttons of the last answer stay
pressable until a new message brings buttons of its own (so 👍 and then "Read in another
language" both work). Commands come from the same table as Telegram's; whoever runs the console
is an operator, so editors' commands work too. Questions can be piped in, one per line; the
chat ends at the end of input. Interactively, ``readline`` gives line editing and history, and
Ctrl-C or Ctrl-D ends the chat without a traceback.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import locale
import os
import re
import sys
from typing import TextIO

from bot.chat.conversation import Conversation
from bot.chat.replies import Button, CallbackResult, Person, Reply
from bot.i18n import t
from bot.languages import supported
from bot.storage import user_key

_TAG = re.compile(r"<[^>]+>")
# Isolates and embeddings help Telegram lay out Arabic; a terminal shows them as garbage.
_DIRECTION_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
CONSOLE_SECRET = b"console chat: nobody to hide from"


def as_text(reply_html: str) -> str:
    """Telegram HTML as terminal text, without direction-control characters."""
    text = reply_html.replace("<blockquote>", "  « ").replace("</blockquote>", " »")
    text = re.sub(r'<a href="([^"]+)">[^<]*</a>', r"\1", text)
    return _DIRECTION_CONTROLS.sub("", html.unescape(_TAG.sub("", text)))


def terminal_language() -> str | None:
    """The language of the terminal (``LANG=fr_FR.UTF-8`` → ``fr``), if we speak it."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(name):
            return supported(os.environ[name])
    return supported(locale.getlocale()[0])


class ConsoleChat:
    """Reads lines, writes replies; keeps the buttons of the last replies to press by number."""

    def __init__(self, conversation: Conversation, output: TextIO = sys.stdout) -> None:
        self.conversation = conversation
        self.output = output
        self.person = Person(
            user_key(CONSOLE_SECRET, 0),
            chat_id=0,
            telegram_language=terminal_language(),
            is_editor=True,
            private=True,
        )
        self.buttons: list[Button] = []

    def print(self, text: str = "") -> None:
        print(_DIRECTION_CONTROLS.sub("", text), file=self.output, flush=True)

    def show(self, replies: list[Reply]) -> None:
        if any(reply.buttons for reply in replies):
            self.buttons = []
        for reply in replies:
            self.print(as_text(reply.text))
            for row in reply.buttons:
                labels = []
                for button in row:
                    self.buttons.append(button)
                    labels.append(f"[{len(self.buttons)}] {button.label}")
                self.print("   " + "   ".join(labels))
            self.print()

    async def press(self, button: Button) -> None:
        if button.url:
            self.print(button.url + "\n")
            return
        result: CallbackResult = await self.conversation.callback(self.person, button.data)
        shown = ([result.edit] if result.edit else []) + result.replies
        if result.notice and not shown:  # a toast in Telegram; said once here
            self.print(f"({result.notice})\n")
        self.show(shown)

    async def handle(self, line: str) -> None:
        line = line.strip()
        if line.isdigit() and 1 <= int(line) <= len(self.buttons):
            await self.press(self.buttons[int(line) - 1])
        elif line.startswith("/"):
            self.show(await self.conversation.command(self.person, line))
        elif line:
            self.show(await self.conversation.question(self.person, line))

    async def greet(self, interactive: bool) -> None:
        self.show(await self.conversation.start(self.person))
        if interactive:
            lang = await self.conversation.interface(self.person)
            self.print(t(lang, "Type a question, or the number of a button. Ctrl-D to quit."))


def run(chat: ConsoleChat, runner: asyncio.Runner, source: TextIO = sys.stdin) -> None:
    """Read lines until the end of input (or Ctrl-C / Ctrl-D) and answer each on ``runner``.

    Input is read on the main thread, between runs of the event loop, so that ``readline``
    edits the line and Ctrl-C interrupts the read, not a half-done reply.
    """
    interactive = source.isatty()
    if interactive:
        with contextlib.suppress(ImportError):  # not on every platform; plain input works
            import readline  # noqa: F401  (imported for its side effect on input())
    try:
        runner.run(chat.greet(interactive))
        while True:
            if interactive:
                line = input("> ")
            else:
                line = source.readline()
                if not line:
                    return
                if line.strip():
                    chat.print(f"> {line.strip()}")
            runner.run(chat.handle(line))
    except (EOFError, KeyboardInterrupt):  # Ctrl-D, Ctrl-C: the person is done
        chat.print()
