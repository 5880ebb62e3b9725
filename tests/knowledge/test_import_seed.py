"""The repairs that turned the PDF extraction into the official texts, checked against the seed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.knowledge.model import LANGUAGES, KnowledgeBase
from tools.import_seed import join_lines, parse_seed, repair_arabic_line

SEED = Path(__file__).resolve().parents[2] / "sources"
SEED_FILE = SEED / "beijing-consensus-ai-education-6-languages.txt"


@pytest.fixture(scope="module")
def parsed() -> dict[str, Any]:
    return parse_seed(SEED_FILE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_knowledge_texts_equal_the_repaired_seed(
    parsed: dict[str, Any],
    knowledge: KnowledgeBase,
    language: str,
) -> None:
    """Every official paragraph and heading is the seed after the documented repairs, no more."""
    document = parsed[language]
    for number in range(1, 45):
        entry = knowledge.entries[f"bc-{number:02d}"]
        assert entry.languages[language].text == document.paragraphs[number], (language, number)
    for topic in knowledge.topics.values():
        if topic.source == "beijing-consensus":
            first = min(e.paragraph or 0 for e in knowledge.entries_in_topic(topic.id))
            assert topic.names[language] == document.headings[first], (language, topic.id)


def test_arabic_reversed_groups_paragraph_number_and_parentheses() -> None:
    line = "التعليم. والنظر  الذكاء الاصطناعي في  وإدراك متطلبات الاستثمار   - 9"
    assert repair_arabic_line(line) == (
        9,
        "وإدراك متطلبات الاستثمار الذكاء الاصطناعي في التعليم. والنظر",
    )
    assert repair_arabic_line("مصادر تمويل وطنية )عامة وخاصة(،") == (
        None,
        "مصادر تمويل وطنية (عامة وخاصة)،",
    )
    # A number group on a reversed line is itself in visual order.
    assert repair_arabic_line("بشأن   2015 عام  في  اعتمُد") == (None, "اعتُمد في عام 2015 بشأن")


def test_arabic_marks_put_back_on_their_letter() -> None:
    assert repair_arabic_line("ولا سيمّا نظُم الأطُر")[1] == "ولا سيّما نُظم الأُطر"
    assert repair_arabic_line("18 أياّر/مايو 2019")[1] == "18 أيّار/مايو 2019"
    # Arabic punctuation ends a word as a space does (bc-21 kept its misplaced marks before "،").
    assert repair_arabic_line("الأشخاص المسنيّن، ولا سيمّا النساء المسناّت؛ البينّات؟")[1] == (
        "الأشخاص المسنّين، ولا سيّما النساء المسنّات؛ البيّنات؟"
    )
    assert repair_arabic_line("غيرالمسنيّن")[1] == "غيرالمسنيّن"  # inside a longer word: left alone


def test_russian_soft_hyphens_and_stray_spaces() -> None:
    lines = [
        "50 государственных мини-",
        "стров, 100 госу дарств-членов, граж дан ского обще-",
        "ства.",
    ]
    assert (
        join_lines("ru", lines)
        == "50 государственных министров, 100 государств-членов, гражданского общества."
    )
    assert join_lines("ru", ["Cодействовать"]) == "Содействовать"


def test_latin_hyphens_are_real_and_chinese_joins_without_space() -> None:
    assert (
        join_lines("en", ["facilitate well-", "defined learning"])
        == "facilitate well-defined learning"
    )
    assert join_lines("fr", ["ministres et vice-", "ministres"]) == "ministres et vice-ministres"
    assert join_lines(
        "zh", ["我们——国际人工智能与教育大会与会者，包括50名政府部长和副部", "", "长、来自"]
    ) == ("我们——国际人工智能与教育大会与会者，包括50名政府部长和副部长、来自")
    assert join_lines("en", ["a  b", "  c"]) == "a b c"


def test_page_numbers_and_cover_pages_are_not_text(parsed: dict) -> None:  # type: ignore[type-arg]
    assert parsed["zh"].paragraphs[6].endswith("价值观和技能。")  # page number 58 dropped after it
    assert parsed["ar"].paragraphs[6].endswith("لتحقيق التنمية المستدامة.")  # footer ٣ and 69
    assert "教育部门" not in parsed["ru"].paragraphs[44]
    assert parsed["zh"].paragraphs[44].endswith("巩固并扩大本共识的影响。")
