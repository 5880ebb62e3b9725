"""What the conversation speaks in: who is talking, and the replies front ends show.

No Telegram here: the Telegram handlers and the console chat both turn these into what they
show (Telegram HTML messages with inline keyboards; plain text with numbered buttons).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.chat.callbacks import Action


@dataclass(frozen=True)
class Person:
    """Who is talking: a keyed hash (never the Telegram id), their chat, their Telegram language.

    ``is_editor`` is decided by the front end at each message or press (Telegram: the user id is
    in ``EDITOR_IDS``; the console: whoever runs it); it is never stored. ``private`` says the
    chat is a private one with the bot (the console is one): editors' commands and buttons work
    only there. Both default to the safe side.
    """

    key: str
    chat_id: int
    telegram_language: str | None = None
    is_editor: bool = False
    private: bool = False


@dataclass(frozen=True)
class Button:
    """A button under a reply: it sends ``action`` back when pressed, or opens ``url``."""

    label: str
    action: Action | None = None
    url: str | None = None

    def __post_init__(self) -> None:
        if (self.action is None) == (self.url is None):
            raise ValueError("a button has either an action or a url")
        if self.action is not None:
            self.action.encode()  # raises now, not at send time, if the data is too long

    @property
    def data(self) -> str | None:
        """The callback data Telegram carries back (None for a link)."""
        return self.action.encode() if self.action is not None else None


@dataclass(frozen=True)
class Reply:
    """One message: Telegram HTML text and rows of buttons."""

    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()


@dataclass(frozen=True)
class CallbackResult:
    """What a button press produces: new messages, an edit of its own message, a short notice.

    The notice is what Telegram shows as a toast; a front end without toasts prints it only
    when the press brought no message saying the same.
    """

    replies: list[Reply] = field(default_factory=list)
    edit: Reply | None = None
    notice: str = ""


@dataclass(frozen=True)
class InlineArticle:
    """An entry offered in inline mode (``@bot question`` in any chat)."""

    entry_id: str
    title: str
    description: str
    text: str  # HTML
