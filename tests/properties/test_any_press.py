"""Every button the bot shows, pressed by its owner and by anyone else, for any question.

The owner's presses work and stay within Telegram's limits; anyone else's press of a button that
names the question (👍/👎, a "Did you mean…?" choice, "None of these", "Notify me") is told the
button is no longer available and changes nothing in the database.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.chat import callbacks
from bot.chat.conversation import NO_LONGER_AVAILABLE
from bot.i18n import t
from tests.properties.conftest import ASKER, FEWER, OTHER, Harness, check_result
from tests.properties.strategies import texts

QUESTION_BUTTONS = (callbacks.Feedback, callbacks.Pick, callbacks.NoneOfThese, callbacks.Notify)
questions = st.one_of(
    texts,
    st.sampled_from(
        [
            "can robots replace teachers",
            "enseignants et IA",
            "what's the weather in Dakar tomorrow",
            "comment renouveler mon passeport",
            "datos",
        ]
    ),
)


def names_a_question(action: callbacks.Action) -> bool:
    if isinstance(action, callbacks.Feedback):
        return action.question_id != 0
    return isinstance(action, QUESTION_BUTTONS)


async def _snapshot(harness: Harness) -> tuple[object, ...]:
    storage = harness.storage
    gaps = await storage.gaps(status=None, limit=None)
    return (
        await storage.feedback(),
        await storage.clarifications(),
        await storage.subscriptions(),
        [(gap.id, gap.status, gap.count) for gap in gaps],
        len(await storage.questions()),
    )


@FEWER
@given(text=questions)
def test_every_button_of_a_reply_works_for_its_owner_only(harness: Harness, text: str) -> None:
    stranger = OTHER  # the owner is ASKER
    replies = harness.run(harness.conversation.question(ASKER, text))
    actions = [
        button.action
        for reply in replies
        for row in reply.buttons
        for button in row
        if button.action
    ]
    notice = t(harness.run(harness.conversation.interface(stranger)), NO_LONGER_AVAILABLE)
    for action in actions:
        if not names_a_question(action):
            continue
        before = harness.run(_snapshot(harness))
        result = harness.run(harness.conversation.callback(stranger, action.encode()))
        assert (result.notice, result.replies, result.edit) == (notice, [], None)
        assert harness.run(_snapshot(harness)) == before
    for action in actions:
        check_result(harness.run(harness.conversation.callback(ASKER, action.encode())))
        if isinstance(action, callbacks.Notify):  # pressed twice, it still works, once
            again = harness.run(harness.conversation.callback(ASKER, action.encode()))
            assert again.notice
            assert again.notice != t("en", NO_LONGER_AVAILABLE)
            waiting = harness.run(harness.storage.subscriptions())
            assert [s.chat_id for s in waiting if s.question_id == action.question_id] == [
                ASKER.chat_id
            ]
