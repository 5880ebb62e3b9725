"""A strict reader of Telegram's HTML (``parse_mode=HTML``), to check what the bot sends.

It follows the Bot API's "HTML style" rules, a little more strictly than Telegram's own parser:
only the tags Telegram knows, with only their attributes, properly nested (nothing inside
``code``/``pre``, no link in a link, no quotation in a quotation); ``<``, ``>`` and ``&`` outside
tags only as ``&lt;``, ``&gt;``, ``&amp;``, ``&quot;`` or a numeric entity of a real character.
``parse`` returns the text as Telegram shows it (tags gone, entities decoded), which is what the
4096-character limit counts, or raises ``InvalidHTML`` saying what is wrong.
"""

from __future__ import annotations

import re

MESSAGE_LIMIT = 4096
CALLBACK_DATA_LIMIT = 64
# Tag -> the attributes it may (and, for a and tg-emoji, must) carry.
TAGS: dict[str, frozenset[str]] = {
    "b": frozenset(),
    "strong": frozenset(),
    "i": frozenset(),
    "em": frozenset(),
    "u": frozenset(),
    "ins": frozenset(),
    "s": frozenset(),
    "strike": frozenset(),
    "del": frozenset(),
    "span": frozenset({"class"}),
    "tg-spoiler": frozenset(),
    "a": frozenset({"href"}),
    "tg-emoji": frozenset({"emoji-id"}),
    "code": frozenset({"class"}),
    "pre": frozenset(),
    "blockquote": frozenset({"expandable"}),
}
NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_TAG = re.compile(r"<(/?)([a-z-]+)((?:\s+[a-z-]+(?:=\"[^\"<>]*\")?)*)\s*>")
_ATTRIBUTE = re.compile(r"\s+([a-z-]+)(?:=\"([^\"<>]*)\")?")
_ENTITY = re.compile(r"&(?:([a-z]+)|#([0-9]{1,7})|#x([0-9a-fA-F]{1,6}));")
_SURROGATE = re.compile("[\ud800-\udfff]")


class InvalidHTML(ValueError):
    pass


def _entity(match: re.Match[str]) -> str:
    name, decimal, hexadecimal = match.groups()
    if name is not None:
        if name not in NAMED_ENTITIES:
            raise InvalidHTML(f"unsupported entity &{name};")
        return NAMED_ENTITIES[name]
    code = int(decimal) if decimal is not None else int(hexadecimal, 16)
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        raise InvalidHTML(f"entity of no character: {match.group()}")
    return chr(code)


def _text(raw: str) -> str:
    """Text between tags, entities decoded; a bare < > or & is an error."""
    shown: list[str] = []
    position = 0
    for match in [*_ENTITY.finditer(raw), None]:
        piece = raw[position : match.start() if match else len(raw)]
        for character in "<>&":
            if character in piece:
                raise InvalidHTML(f"bare {character!r} in text: {piece[:60]!r}")
        shown.append(piece)
        if match:
            shown.append(_entity(match))
            position = match.end()
    return "".join(shown)


def parse(message: str) -> str:
    """The text Telegram shows for ``message``; raises ``InvalidHTML`` if it would refuse it."""
    if _SURROGATE.search(message):
        raise InvalidHTML("a lone surrogate: not UTF-8")
    open_tags: list[str] = []
    shown: list[str] = []
    position = 0
    for match in _TAG.finditer(message):
        shown.append(_text(message[position : match.start()]))
        position = match.end()
        closing, name, attributes = match.groups()
        if name not in TAGS:
            raise InvalidHTML(f"tag <{name}> is not one of Telegram's")
        if closing:
            if attributes.strip():
                raise InvalidHTML(f"attributes on </{name}>")
            if not open_tags or open_tags[-1] != name:
                raise InvalidHTML(f"</{name}> closes {open_tags[-1:] or 'nothing'}")
            open_tags.pop()
            continue
        found = dict(_ATTRIBUTE.findall(attributes))
        if not set(found) <= TAGS[name]:
            raise InvalidHTML(f"<{name}> with attributes {sorted(found)}")
        if name == "a" and not found.get("href"):
            raise InvalidHTML("<a> without href")
        if name == "tg-emoji" and not found.get("emoji-id", "").isdigit():
            raise InvalidHTML("<tg-emoji> without a numeric emoji-id")
        if name == "span" and found.get("class") != "tg-spoiler":
            raise InvalidHTML("<span> other than class=tg-spoiler")
        if any(tag in ("code", "pre") for tag in open_tags) and not (
            name == "code" and open_tags == ["pre"]
        ):
            raise InvalidHTML(f"<{name}> inside {open_tags}")
        if name in open_tags and name in ("a", "blockquote"):
            raise InvalidHTML(f"<{name}> inside <{name}>")
        for value in found.values():
            _text(value)  # entities in attribute values follow the same rules
        open_tags.append(name)
    shown.append(_text(message[position:]))
    if open_tags:
        raise InvalidHTML(f"tags left open: {open_tags}")
    return "".join(shown)


def utf16_length(text: str) -> int:
    """Telegram counts in UTF-16 code units (an emoji outside the BMP is two)."""
    return len(text.encode("utf-16-le")) // 2


def check_message(message: str) -> str:
    """A message Telegram accepts: valid HTML, 1-4096 characters once parsed. Returns its text."""
    text = parse(message)
    if not text.strip():
        raise InvalidHTML("empty message text")
    if utf16_length(text) > MESSAGE_LIMIT:
        raise InvalidHTML(f"{utf16_length(text)} characters, over {MESSAGE_LIMIT}")
    return text


def check_callback_data(data: str) -> None:
    size = len(data.encode())
    if not 1 <= size <= CALLBACK_DATA_LIMIT:
        raise InvalidHTML(f"callback data of {size} bytes: {data!r}")
