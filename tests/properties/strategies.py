"""Inputs people (and forgers) can send: any Unicode, with the pieces that break programs."""

from __future__ import annotations

import json

from hypothesis import strategies as st

from bot.chat.callbacks import ACTIONS

TELEGRAM_TEXT_LIMIT = 4096

# Lone surrogates as JSON delivers them (Telegram's JSON may carry "\ud800"; json.loads keeps it).
LONE_SURROGATES = [json.loads(r'"\ud800"'), json.loads(r'"\udfff"'), json.loads(r'"\ud83d"')]
NASTY = [
    # direction and joining controls, invisible characters
    "\u202e",
    "\u202d",
    "\u2066",
    "\u2069",
    "\u200f",
    "\u200e",
    "\u200d",
    "\u200b",
    "\u2060",
    "\ufeff",
    "\u00ad",
    # combining-mark floods, emoji and their sequences, other scripts
    "e" + "\u0301" * 60,
    "\u0e49" * 30,
    "👩‍👩‍👧‍👦",
    "🇫🇷",
    "👍🏽",
    "\U0001f600",
    "ﷺ",
    "ǅ",
    "ﬁ",
    "İ",
    "ß",
    "Ⅻ",
    "①",
    # HTML, Markdown, format strings, SQL
    "<b>",
    "</b>",
    "<blockquote>",
    '<a href="javascript:alert(1)">',
    "<script>alert(1)</script>",
    "&amp;",
    "&#0;",
    "&lt;",
    "&",
    "<",
    ">",
    '"',
    "'",
    "*bold*",
    "_it_",
    "`code`",
    "```pre```",
    "[link](https://example.org)",
    "||spoiler||",
    "%s %d {0} {name} {{",
    "'; DROP TABLE questions; --",
    '" OR 1=1 --',
    "\x00",
    "\x1b[31m",
    "\r\n",
    "\t",
    "\x7f",
    "\x85",
    "\u2028",
    *LONE_SURROGATES,
    # what the bot reacts to
    "/start",
    "/gaps",
    "/reload force",
    "/",
    "@policy_test_bot",
    "paragraph 12",
    "§ 99",
    "bc-12",
    "notify:1",
    "can robots replace teachers",
    "enseignants et IA",
    "proteccion de datos de los alumnos",
    "пожилые люди и ИИ",
    "教育管理信息系统",
    "تمكين الفتيات والنساء في مجال الذكاء الاصطناعي",
    "hello",
    "thanks",
    "؟",
    "。",
    " ",
]

any_character = st.one_of(st.characters(), st.characters(categories=["Cs"]))
pieces = st.one_of(st.sampled_from(NASTY), st.text(any_character, max_size=40))


def _flood(piece: str, times: int) -> str:
    return (piece * times)[:TELEGRAM_TEXT_LIMIT]


texts = st.one_of(
    st.text(any_character, max_size=TELEGRAM_TEXT_LIMIT),
    st.lists(pieces, max_size=40).map("".join).map(lambda text: text[:TELEGRAM_TEXT_LIMIT]),
    st.builds(_flood, st.sampled_from(NASTY), st.integers(1, TELEGRAM_TEXT_LIMIT)),
    st.builds(_flood, st.text(any_character, min_size=1, max_size=8), st.integers(1, 2000)),
)
numbers = st.one_of(
    st.integers(0, 50),
    st.integers(-(2**70), 2**70),
    st.sampled_from(["", "-1", "１２", "0x10", "9223372036854775807", "9223372036854775808"]),
).map(str)
fields = st.one_of(numbers, st.sampled_from(["bc-12", "bc-99", "ar", "xx", "0", "1"]), pieces)
# Callback data a forger can send: anything, and near-misses of the real kinds.
callback_data = st.one_of(
    st.none(),
    st.text(any_character, max_size=80),
    st.builds(
        lambda kind, values: ":".join([kind, *values]),
        st.sampled_from(sorted(ACTIONS)),
        st.lists(fields, max_size=4),
    ),
)
