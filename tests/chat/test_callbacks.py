"""The button codec: what a button encodes it decodes, and nothing forged or stale raises."""

from __future__ import annotations

import pytest

from bot.chat.callbacks import (
    ACTIONS,
    CALLBACK_DATA_LIMIT,
    Action,
    EntryLanguages,
    Example,
    Feedback,
    GapIgnore,
    GapLink,
    GapOther,
    NoneOfThese,
    Notify,
    Pick,
    SetLanguage,
    ShowEntry,
    TopicEntries,
    TopicsPage,
    decode,
)

ONE_OF_EACH: list[Action] = [
    Example(2),
    SetLanguage("ar"),
    TopicsPage(1),
    TopicEntries("bc-gender", 0),
    ShowEntry("bc-12", "zh"),
    EntryLanguages("unesco-global-ai-training-public-sector"),
    Feedback(41, "bc-12", True),
    Feedback(0, "bc-29", False),
    Pick(2**62, "unesco-global-ai-training-public-sector"),
    NoneOfThese(7),
    Notify(123456789),
    GapLink(12, "bc-12", "AbCd-_12"),
    GapOther(12, "AbCd-_12"),
    GapIgnore(2**40, "AbCd-_12"),
]


def test_every_kind_of_button_is_covered() -> None:
    assert {type(action) for action in ONE_OF_EACH} == set(ACTIONS.values())


@pytest.mark.parametrize("action", ONE_OF_EACH, ids=lambda a: type(a).__name__)
def test_what_is_encoded_decodes_to_the_same_action(action: Action) -> None:
    data = action.encode()
    assert len(data.encode()) <= CALLBACK_DATA_LIMIT
    assert decode(data) == action


def test_the_wire_format_of_older_messages_still_decodes() -> None:
    assert decode("fb:12:bc-12:1") == Feedback(12, "bc-12", True)
    assert decode("topic:bc-gender:0") == TopicEntries("bc-gender", 0)


@pytest.mark.parametrize(
    "data",
    [
        None,
        "",
        "nothing",
        "unknown:1",
        "notify",
        "notify:",
        "notify:1:2",
        "notify:-1",
        "notify:１２",  # full-width digits
        "notify:99999999999999999999",  # beyond 64 bits
        "notify:9223372036854775808",
        "fb:1:bc-12:yes",
        "fb:1:bc-12",
        "entry:bc-12:fr:extra",
        "entry:<b>:fr",
        "entry:bc 12:fr",
        "pick:1:" + "x" * 70,
        "lang:" + "é" * 40,
        "gi:12:",  # an empty tag
        "gi:12:a:b",
    ],
)
def test_stale_or_malformed_data_decodes_to_none(data: str | None) -> None:
    assert decode(data) is None


def test_an_action_over_64_bytes_cannot_be_encoded() -> None:
    with pytest.raises(ValueError, match="64 bytes"):
        Pick(2**62, "x" * 48).encode()
