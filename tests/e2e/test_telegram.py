"""Conversations in six languages through the real python-telegram-bot stack and a fake Bot API."""

from __future__ import annotations

import html
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.chat.conversation import Conversation
from bot.chat.render import source_line
from bot.i18n import language_name, t
from bot.knowledge.model import KnowledgeBase
from bot.matching.matcher import Matcher
from bot.storage import Clarification, FeedbackRecord, Storage, Subscription, user_key
from tests.conftest import USER_HASH_SECRET, bot_settings, started
from tests.e2e.fake_telegram import FakeTelegram

SECRET = USER_HASH_SECRET

# One question per language, the entry that answers it, and words of its official text.
QUESTIONS = [
    ("en", "can robots replace teachers", "bc-12", "teachers cannot be displaced by machines"),
    (
        "fr",
        "Les machines vont-elles prendre la place des professeurs ?",
        "bc-12",
        "ne peuvent être remplacés",
    ),
    ("es", "proteccion de datos de los alumnos", "bc-29", "protección de la privacidad"),
    ("ru", "пожилые люди и ИИ", "bc-21", "пожилых людей"),
    ("zh", "教育管理信息系统", "bc-10", "教育管理信息系统"),
    ("ar", "تمكين الفتيات والنساء في مجال الذكاء الاصطناعي", "bc-27", "وتمكين الفتيات والنساء"),
]
OUT_OF_SCOPE = {
    "en": "what's the weather in Dakar tomorrow",
    "fr": "horaires du train pour Lyon",
    "es": "resultado del partido de futbol de ayer",
    "ru": "курс доллара к рублю",
    "zh": "红烧肉怎么做",
    "ar": "سعر صرف الدولار اليوم",
}


@dataclass
class Running:
    fake: FakeTelegram
    database: Path

    def buttons(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        markup = params.get("reply_markup") or {}
        if isinstance(markup, str):
            markup = json.loads(markup)
        return [button for row in markup.get("inline_keyboard", []) for button in row]

    def button(self, params: dict[str, Any], starts: str) -> dict[str, Any]:
        found = [
            b for b in self.buttons(params) if (b.get("callback_data") or "").startswith(starts)
        ]
        assert found, f"no button {starts!r} in {self.buttons(params)}"
        return found[0]


@pytest.fixture
async def running(tmp_path: Path, fake: FakeTelegram, matcher: Matcher) -> AsyncIterator[Running]:
    settings = bot_settings(fake, tmp_path)
    async with started(settings, matcher):
        yield Running(fake, settings.database)


async def test_commands_and_descriptions_are_set_in_six_languages(running: Running) -> None:
    languages = {
        call.params.get("language_code") for call in running.fake.calls_to("setMyCommands")
    }
    assert languages == {None, "en", "fr", "es", "ru", "zh", "ar"}
    french = next(
        c for c in running.fake.calls_to("setMyCommands") if c.params.get("language_code") == "fr"
    )
    names = [command["command"] for command in french.params["commands"]]
    assert names == ["start", "topics", "language", "help", "about"]
    assert french.params["commands"][1]["description"] == t(
        "fr", "Browse the recommendations by topic"
    )
    assert french.params["commands"][1]["description"] != "Browse the recommendations by topic"
    assert len(running.fake.calls_to("setMyDescription")) == 7
    assert len(running.fake.calls_to("setMyShortDescription")) == 7


@pytest.mark.parametrize(("language", "question", "entry_id", "quoted"), QUESTIONS)
async def test_a_question_gets_its_answer_with_its_source_line(
    running: Running,
    knowledge: KnowledgeBase,
    language: str,
    question: str,
    entry_id: str,
    quoted: str,
) -> None:
    fake = running.fake
    user = fake.user(1000 + len(language) * 7 + ord(language[0]), language)
    fake.send_text(user, question)
    answer = await fake.wait_for("sendMessage", lambda p: "<blockquote>" in p["text"])
    assert fake.calls_to("sendChatAction") == []  # the answer was ready at once
    assert answer.params["parse_mode"] == "HTML"
    assert quoted in answer.params["text"]
    entry = knowledge.entries[entry_id]
    assert source_line(knowledge, entry, language) in answer.params["text"]
    assert running.button(answer.params, "fb:")["text"] == "👍"
    async with await Storage.open(running.database) as storage:
        [record] = await storage.questions()
    assert (record.language, record.outcome, record.best_entry) == (language, "answer", entry_id)


@pytest.mark.parametrize("language", sorted(OUT_OF_SCOPE))
async def test_an_out_of_scope_question_is_recorded_as_unanswered(
    running: Running, language: str
) -> None:
    fake = running.fake
    fake.send_text(fake.user(2000, language), OUT_OF_SCOPE[language])
    reply = await fake.wait_for("sendMessage")
    assert "<blockquote>" not in reply.params["text"]
    notify = running.button(reply.params, "notify:")
    async with await Storage.open(running.database) as storage:
        [record] = await storage.questions()
        assert (record.outcome, record.language) == ("unanswered", language)
        assert await storage.subscriptions() == []  # no chat id kept until asked
    count = len(fake.calls)
    fake.press(fake.user(2000, language), notify["callback_data"])
    await fake.wait_for("answerCallbackQuery", after=count)
    async with await Storage.open(running.database) as storage:
        assert await storage.subscriptions() == [Subscription(record.id, 2000, language)]


async def test_thumbs_up_is_recorded_and_the_callback_answered(running: Running) -> None:
    fake = running.fake
    user = fake.user(3000, "en")
    fake.send_text(user, "can robots replace teachers")
    answer = await fake.wait_for("sendMessage", lambda p: "<blockquote>" in p["text"])
    count = len(fake.calls)
    fake.press(user, running.button(answer.params, "fb:")["callback_data"])
    notice = await fake.wait_for("answerCallbackQuery", after=count)
    assert notice.params["text"] == "Thank you for your feedback."
    async with await Storage.open(running.database) as storage:
        [question] = await storage.questions()
        assert await storage.feedback() == [FeedbackRecord(question.id, "bc-12", True)]
        # Privacy: the user is a keyed hash, never the Telegram id.
        assert "3000" not in json.dumps([vars(q) for q in await storage.questions()])
    assert user_key(SECRET, 3000) != "3000"


async def test_language_choice_is_saved_and_used(running: Running) -> None:
    fake = running.fake
    user = fake.user(4000, "en")
    fake.send_text(user, "/language")
    menu = await fake.wait_for("sendMessage")
    labels = [button["text"] for button in running.buttons(menu.params)]
    assert labels == ["English", "Français", "Español", "Русский", "中文", "العربية"]
    count = len(fake.calls)
    fake.press(user, "lang:ar")
    edited = await fake.wait_for("editMessageText", after=count)
    assert language_name("ar") in edited.params["text"]
    async with await Storage.open(running.database) as storage:
        assert await storage.language(user_key(SECRET, 4000)) == "ar"
    count = len(fake.calls)
    fake.send_text(user, "/help")
    help_reply = await fake.wait_for("sendMessage", after=count)
    assert (
        t("ar", "Ask a question in your own words, in any of the six UN languages.")
        in help_reply.params["text"]
    )
    # An English question is answered in English, with the interface (buttons) in Arabic.
    count = len(fake.calls)
    fake.send_text(user, "can robots replace teachers")
    answer = await fake.wait_for("sendMessage", lambda p: "<blockquote>" in p["text"], after=count)
    assert "teachers cannot be displaced" in answer.params["text"]
    assert running.button(answer.params, "langs:")["text"] == t("ar", "Read in another language")


async def test_topics_navigation_round_trips(running: Running, knowledge: KnowledgeBase) -> None:
    fake = running.fake
    user = fake.user(5000, "fr")
    fake.send_text(user, "/topics")
    page = await fake.wait_for("sendMessage")
    first = running.buttons(page.params)[0]
    assert first["text"].startswith("Préambule")
    count = len(fake.calls)
    fake.press(user, running.button(page.params, "topics:1")["callback_data"])
    second = await fake.wait_for("editMessageText", after=count)
    assert any("Financement" in b["text"] for b in running.buttons(second.params))
    count = len(fake.calls)
    fake.press(user, running.button(second.params, "topic:bc-financing")["callback_data"])
    topic = await fake.wait_for("editMessageText", after=count)
    assert "Financement, partenariats et coopération internationale" in topic.params["text"]
    count = len(fake.calls)
    fake.press(user, running.button(topic.params, "entry:bc-37")["callback_data"])
    entry = await fake.wait_for("sendMessage", after=count)
    assert knowledge.entries["bc-37"].languages["fr"].text[:40] in entry.params["text"]
    count = len(fake.calls)
    fake.press(user, running.button(topic.params, "topics:0")["callback_data"])
    back = await fake.wait_for("editMessageText", after=count)
    assert running.buttons(back.params)[0]["text"].startswith("Préambule")


@pytest.mark.parametrize("language", ["ar", "zh", "ru"])
async def test_read_in_another_language_shows_the_official_text(
    running: Running, knowledge: KnowledgeBase, language: str
) -> None:
    fake = running.fake
    user = fake.user(6000, "en")
    fake.send_text(user, "can robots replace teachers")
    answer = await fake.wait_for("sendMessage", lambda p: "<blockquote>" in p["text"])
    count = len(fake.calls)
    fake.press(user, running.button(answer.params, "langs:")["callback_data"])
    menu = await fake.wait_for("sendMessage", after=count)
    count = len(fake.calls)
    fake.press(user, running.button(menu.params, f"entry:bc-12:{language}")["callback_data"])
    shown = await fake.wait_for("sendMessage", after=count)
    official = knowledge.entries["bc-12"].languages[language].text
    assert f"<blockquote>{official}</blockquote>" in shown.params["text"]


async def test_a_clarification_choice_is_recorded(running: Running) -> None:
    fake = running.fake
    user = fake.user(7000, "fr")
    fake.send_text(user, "données")  # a generic word: only ever offered as choices
    choices = await fake.wait_for("sendMessage")
    assert choices.params["text"] == t("fr", "Did you mean…?")
    pick = running.button(choices.params, "pick:")
    count = len(fake.calls)
    fake.press(user, pick["callback_data"])
    await fake.wait_for("sendMessage", lambda p: "<blockquote>" in p["text"], after=count)
    chosen = pick["callback_data"].split(":")[2]
    async with await Storage.open(running.database) as storage:
        [question] = await storage.questions()
        assert question.outcome == "clarify"
        assert await storage.clarifications() == [Clarification(question.id, chosen)]


async def test_an_inline_query_is_answered_in_its_language(running: Running) -> None:
    fake = running.fake
    fake.inline(fake.user(8000, "en"), "brecha de genero en competencias digitales")
    answer = await fake.wait_for("answerInlineQuery")
    results = answer.params["results"]
    assert 1 <= len(results) <= 5
    assert results[0]["id"] == "bc-25"
    assert "brecha de género" in results[0]["input_message_content"]["message_text"]
    assert results[0]["input_message_content"]["parse_mode"] == "HTML"


async def test_a_deep_link_opens_its_entry(running: Running, knowledge: KnowledgeBase) -> None:
    fake = running.fake
    fake.send_text(fake.user(9000, "es"), "/start bc-24")
    shown = await fake.wait_for("sendMessage")
    assert knowledge.entries["bc-24"].languages["es"].text in shown.params["text"]


async def test_start_welcomes_in_the_telegram_language_with_examples(running: Running) -> None:
    fake = running.fake
    user = fake.user(9100, "ru")
    fake.send_text(user, "/start")
    welcome = await fake.wait_for("sendMessage")
    examples = [b for b in running.buttons(welcome.params) if b["callback_data"].startswith("ask:")]
    assert [b["text"] for b in examples] == [
        t("ru", "Can AI replace teachers?"),
        t("ru", "How should student data be protected?"),
        t("ru", "What does UNESCO recommend for girls and women in AI?"),
    ]
    count = len(fake.calls)
    fake.press(user, examples[0]["callback_data"])
    answer = await fake.wait_for("sendMessage", lambda p: "<blockquote>" in p["text"], after=count)
    assert "учителей невозможно заменить машинами" in answer.params["text"]


async def test_a_group_message_without_mention_gets_no_reply(running: Running) -> None:
    fake = running.fake
    user = fake.user(9200, "en")
    fake.send_text(user, "can robots replace teachers", chat_type="group", chat_id=-100)
    await fake.idle()
    assert fake.calls_to("sendMessage") == []
    fake.send_text(
        user, "@policy_test_bot can robots replace teachers", chat_type="group", chat_id=-100
    )
    answer = await fake.wait_for("sendMessage")
    assert answer.params["chat_id"] == -100
    assert "teachers cannot be displaced" in answer.params["text"]
    count = len(fake.calls)
    fake.send_text(
        user, "and what about girls in AI?", chat_type="group", chat_id=-100, reply_to_bot=True
    )
    await fake.wait_for("sendMessage", after=count)


async def test_a_stale_button_is_still_answered_politely(running: Running) -> None:
    fake = running.fake
    user = fake.user(9300, "en")
    fake.press(user, "pick:999999:bc-12")
    notice = await fake.wait_for("answerCallbackQuery")
    assert notice.params["text"] == "This button is no longer available."


@pytest.mark.parametrize("command", ["/foo", "/statistics"])
async def test_an_unknown_command_gets_the_command_list_and_is_not_recorded(
    running: Running, command: str
) -> None:
    fake = running.fake
    fake.send_text(fake.user(9400, "es"), command)
    reply = await fake.wait_for("sendMessage")
    assert reply.params["text"].startswith(html.escape(t("es", "No existe el comando")[:10]))
    assert "/topics" in reply.params["text"]
    assert "/gaps" not in reply.params["text"]
    assert "<blockquote>" not in reply.params["text"]
    async with await Storage.open(running.database) as storage:
        assert await storage.questions() == []


async def test_a_command_for_another_bot_in_a_group_is_not_answered(running: Running) -> None:
    fake = running.fake
    user = fake.user(9500, "en")
    fake.send_text(user, "/help@SomeOtherBot", chat_type="group", chat_id=-200)
    fake.send_text(user, "/foo", chat_type="group", chat_id=-200)
    await fake.idle()
    assert fake.calls_to("sendMessage") == []
    fake.send_text(user, "/help", chat_type="group", chat_id=-200)
    await fake.wait_for("sendMessage", lambda p: p["chat_id"] == -200)


async def test_a_failing_button_is_answered_logged_and_apologised_for(
    running: Running, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    async def broken(*args: Any) -> None:
        raise RuntimeError("a real bug in a button action")

    monkeypatch.setattr(Conversation, "_act", broken)
    fake = running.fake
    fake.press(fake.user(9600, "en"), "topics:0")
    await fake.wait_for("answerCallbackQuery")
    apology = await fake.wait_for("sendMessage")
    assert apology.params["text"] == html.escape(
        t("en", "Sorry, something went wrong on my side. Please try again in a moment.")
    )
    failures = [r for r in caplog.records if r.exc_info and "a real bug" in str(r.exc_info[1])]
    assert failures, "the error was not logged with its traceback"
