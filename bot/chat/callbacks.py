"""What a button sends back: one small dataclass per kind of button, and their codec.

Telegram returns at most 64 bytes of ``callback_data`` with a press, and anyone can send any
bytes there, so ``decode`` trusts nothing: it returns None for stale, malformed or out-of-range
data instead of raising, and the conversation answers None with a polite notice. The wire format
(``kind:field:field``) is the one older messages carry, so their buttons keep working after an
upgrade.

Who may press what (``docs/security.md``): a button that names a question (``fb``, ``pick``,
``none``, ``notify``) is checked by the conversation against the question's owner, the keyed
user hash stored with it; the editors' gap buttons (``gl``, ``go``, ``gi``) carry a ``tag``, a
short keyed MAC (``sign``) of their fields and of the editor they were shown to, so that they
cannot be forged or pressed by anyone else, and are checked against ``EDITOR_IDS`` at the press.
Gap buttons without a tag (forged, or sent before tags existed) still decode, and fail ``verify``:
the editor is told the button is no longer available, and types /gaps again.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import re
from dataclasses import dataclass
from typing import ClassVar

CALLBACK_DATA_LIMIT = 64  # bytes, Telegram's limit
MAX_ID = 2**63 - 1  # SQLite's largest integer
_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,48}")
TAG_BYTES = 6  # 48 bits of HMAC-SHA256: 8 characters of the 64 bytes, and unguessable online


@dataclass(frozen=True)
class Action:
    """A button's action; subclasses name their ``kind`` and hold int, str or bool fields."""

    kind: ClassVar[str] = ""

    def encode(self) -> str:
        """The callback data: ``kind`` then each field, ``:``-separated, at most 64 bytes."""
        values = [_encode_value(getattr(self, f.name)) for f in dataclasses.fields(self)]
        data = ":".join([self.kind, *values])
        if len(data.encode()) > CALLBACK_DATA_LIMIT:
            raise ValueError(f"callback data over {CALLBACK_DATA_LIMIT} bytes: {data!r}")
        return data


@dataclass(frozen=True)
class Example(Action):
    """One of the welcome's example questions, by its place in the list."""

    kind: ClassVar[str] = "ask"
    index: int


@dataclass(frozen=True)
class SetLanguage(Action):
    kind: ClassVar[str] = "lang"
    code: str


@dataclass(frozen=True)
class TopicsPage(Action):
    kind: ClassVar[str] = "topics"
    page: int


@dataclass(frozen=True)
class TopicEntries(Action):
    kind: ClassVar[str] = "topic"
    topic_id: str
    page: int


@dataclass(frozen=True)
class ShowEntry(Action):
    kind: ClassVar[str] = "entry"
    entry_id: str
    language: str


@dataclass(frozen=True)
class EntryLanguages(Action):
    """Offer the languages an entry can be read in."""

    kind: ClassVar[str] = "langs"
    entry_id: str


@dataclass(frozen=True)
class Feedback(Action):
    """👍 or 👎 on an answer (question 0: an entry opened by a link or a topic, not asked)."""

    kind: ClassVar[str] = "fb"
    question_id: int
    entry_id: str
    helpful: bool


@dataclass(frozen=True)
class Pick(Action):
    """The asker chose one of the candidates of "Did you mean…?"."""

    kind: ClassVar[str] = "pick"
    question_id: int
    entry_id: str


@dataclass(frozen=True)
class NoneOfThese(Action):
    kind: ClassVar[str] = "none"
    question_id: int


@dataclass(frozen=True)
class Notify(Action):
    """Tell me in this chat when my question has an answer."""

    kind: ClassVar[str] = "notify"
    question_id: int


@dataclass(frozen=True)
class GapLink(Action):
    """An editor links a gap to an entry (the suggested one, or one found by a search)."""

    kind: ClassVar[str] = "gl"
    gap_id: int
    entry_id: str
    tag: str = ""  # from ``sign``: binds the button to the editor it was shown to


@dataclass(frozen=True)
class GapOther(Action):
    """An editor will type the entry id, or words to search for it."""

    kind: ClassVar[str] = "go"
    gap_id: int
    tag: str = ""


@dataclass(frozen=True)
class GapIgnore(Action):
    kind: ClassVar[str] = "gi"
    gap_id: int
    tag: str = ""


EDITOR_ACTIONS = (GapLink, GapOther, GapIgnore)
ACTIONS: dict[str, type[Action]] = {
    cls.kind: cls
    for cls in (
        Example,
        SetLanguage,
        TopicsPage,
        TopicEntries,
        ShowEntry,
        EntryLanguages,
        Feedback,
        Pick,
        NoneOfThese,
        Notify,
        *EDITOR_ACTIONS,
    )
}


def decode(data: str | None) -> Action | None:
    """The action a button's data stands for, or None when it is stale or malformed."""
    if not data or len(data.encode("utf-8", "surrogatepass")) > CALLBACK_DATA_LIMIT:
        return None
    kind, *parts = data.split(":")
    cls = ACTIONS.get(kind)
    if cls is None:
        return None
    fields = dataclasses.fields(cls)
    if len(parts) == len(fields) - 1 and fields[-1].name == "tag":
        fields = fields[:-1]  # unsigned (forged, or older than tags): decodes, fails ``verify``
    if len(parts) != len(fields):
        return None
    values = []
    for part, field in zip(parts, fields, strict=True):
        value = _decode_value(part, field.type)
        if value is None:
            return None
        values.append(value)
    return cls(*values)


def sign(action: Action, secret: bytes, person_key: str) -> Action:
    """The action with its ``tag``: a MAC of its kind and fields and of who may press it."""
    return dataclasses.replace(action, tag=_tag(action, secret, person_key))  # type: ignore[call-arg]


def verify(action: Action, secret: bytes, person_key: str) -> bool:
    """Whether a signed action was made by this bot for this person (constant-time)."""
    tag = getattr(action, "tag", "")
    return bool(tag) and hmac.compare_digest(tag, _tag(action, secret, person_key))


def _tag(action: Action, secret: bytes, person_key: str) -> str:
    values = [
        _encode_value(getattr(action, f.name))
        for f in dataclasses.fields(action)
        if f.name != "tag"
    ]
    message = "\x00".join([person_key, action.kind, *values]).encode()
    digest = hmac.new(secret, message, hashlib.sha256).digest()[:TAG_BYTES]
    return base64.urlsafe_b64encode(digest).decode()


def _encode_value(value: object) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def _decode_value(text: str, annotation: object) -> int | str | bool | None:
    if annotation in (int, "int"):
        if not text.isascii() or not text.isdigit() or len(text) > 19 or int(text) > MAX_ID:
            return None
        return int(text)
    if annotation in (bool, "bool"):
        return {"1": True, "0": False}.get(text)
    return text if _TOKEN.fullmatch(text) else None
