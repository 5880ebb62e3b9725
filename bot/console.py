"""The conversation in a terminal: the same ``Conversation`` as Telegram, shown as plain text.

Buttons are numbered; typing a number presses one. Commands work as in Telegram (/topics,
/language, /help, /about, /start; /gaps for editors). Questions can also be piped in, one per
line; the chat ends at the end of input.
"""

from __future__ import annotations

import asyncio
import html
import locale
import os
import re
import sys
from typing import TextIO

from bot.chat.conversation import Button, CallbackResult, Conversation, Person, Reply
from bot.i18n import t
from bot.languages import supported
from bot.storage import user_key

_TAG = re.compile(r"<[^>]+>")
CONSOLE_SECRET = b"console chat: nobody to hide from"


def as_text(reply_html: str) -> str:
    """Telegram HTML as terminal text."""
    text = reply_html.replace("<blockquote>", "  « ").replace("</blockquote>", " »")
    text = re.sub(r'<a href="([^"]+)">[^<]*</a>', r"\1", text)
    return html.unescape(_TAG.sub("", text))


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
            user_key(CONSOLE_SECRET, 0), chat_id=0, telegram_language=terminal_language()
        )
        self.buttons: list[Button] = []

    def show(self, replies: list[Reply]) -> None:
        self.buttons = []
        for reply in replies:
            print(as_text(reply.text), file=self.output)
            for row in reply.buttons:
                labels = []
                for button in row:
                    self.buttons.append(button)
                    labels.append(f"[{len(self.buttons)}] {button.label}")
                print("   " + "   ".join(labels), file=self.output)
            print(file=self.output)

    async def press(self, button: Button) -> None:
        if button.url:
            print(button.url + "\n", file=self.output)
            return
        assert button.data is not None
        result: CallbackResult = await self.conversation.callback(self.person, button.data)
        if result.notice:
            print(f"({result.notice})", file=self.output)
        self.show(([result.edit] if result.edit else []) + result.replies)

    async def handle(self, line: str) -> None:
        line = line.strip()
        command = line.split()[0].lower() if line else ""
        conversation = self.conversation
        if line.isdigit() and 1 <= int(line) <= len(self.buttons):
            await self.press(self.buttons[int(line) - 1])
        elif command == "/start":
            self.show(await conversation.start(self.person, line.partition(" ")[2].strip() or None))
        elif command == "/help":
            self.show(await conversation.help(self.person))
        elif command == "/about":
            self.show(await conversation.about(self.person))
        elif command == "/language":
            self.show(await conversation.language_menu(self.person))
        elif command == "/topics":
            self.show([await conversation.topics(self.person)])
        elif command == "/gaps":  # whoever runs the console is an operator: an editor
            self.show(await conversation.gaps(self.person, is_editor=True))
        elif line:
            self.show(await conversation.question(self.person, line))

    async def run(self, source: TextIO = sys.stdin) -> None:
        interactive = source.isatty()
        self.show(await self.conversation.start(self.person))
        if interactive:
            lang = await self.conversation.interface(self.person)
            hint = t(lang, "Type a question, or the number of a button. Ctrl-D to quit.")
            print(hint, file=self.output)
        while True:
            if interactive:
                print("> ", end="", file=self.output, flush=True)
            line = await asyncio.to_thread(source.readline)
            if not line:
                break
            if not interactive and line.strip():
                print(f"> {line.strip()}", file=self.output)
            await self.handle(line)
