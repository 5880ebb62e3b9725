"""Every official Consensus text in the YAML files, compared with the raw seed directly.

``test_import_seed.py`` compares the YAML with the import script's output, so a bug in the script
(a repair it should have made and did not) passes there. This test does not use the script: it
cuts the raw seed into paragraphs itself and allows only the differences listed below, each one
a documented PDF-extraction defect. For every paragraph and language, the seed block (the
paragraph, then the addressee sentence and the heading that follow it, if any) must equal the
YAML paragraph text followed by that addressee sentence and heading (both taken from the YAML).

Allowed differences, and nothing else:

* everywhere: a line break and a run of spaces are one space (in Chinese a line break is
  nothing, as the breaks fall inside words); lines holding only a page number are not text; the
  paragraph number is not text;
* English, French, Spanish: a line ending in a hyphen joins the next line with no space, the
  hyphen kept (``well-`` / ``defined``);
* Russian: a line ending in a hyphen is a soft hyphen, dropped; the stray spaces and the Latin
  ``C`` listed in ``RUSSIAN_REPAIRS``;
* Arabic, compared word by word (a word: letters with their marks; a number; a punctuation
  mark): the paragraph number at the end of the first line is not text; on a line whose word
  groups are separated by two or more spaces, the groups come in reverse order, and a group made
  of a number and one word (with the comma before it, if any) is itself reversed; parentheses are
  mirrored; the words in ``ARABIC_REPAIRS`` are repaired wherever they stand, whatever
  punctuation touches them. (So in Arabic the spacing around punctuation is not compared; every
  word, number and mark is, in order.)
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from bot.knowledge.model import LANGUAGES, KnowledgeBase

SEED_FILE = (
    Path(__file__).resolve().parents[2]
    / "sources"
    / "beijing-consensus-ai-education-6-languages.txt"
)

# Written here from a reading of the seed, not imported from tools/import_seed.py.
RUSSIAN_REPAIRS = (
    ("госу дарств-членов", "государств-членов"),
    ("граж дан ского", "гражданского"),
    ("над лежа щие", "надлежащие"),
    ("дости жения", "достижения"),
    ("обме на", "обмена"),
    ("рабо тающими", "работающими"),
    ("Cодействовать", "Содействовать"),
)
ARABIC_REPAIRS = {
    "نظُم": "نُظم",
    "الأطُر": "الأُطر",
    "أطُر": "أُطر",
    "وأطُر": "وأُطر",
    "بالأطُر": "بالأُطر",
    "سيمّا": "سيّما",
    "البينّات": "البيّنات",
    "المسنيّن": "المسنّين",
    "المسناّت": "المسنّات",
    "والمسناّت": "والمسنّات",
    "ومناّ": "ومنّا",
    "أياّر": "أيّار",
    "اعتمُد": "اعتُمد",
    "بعُد": "بُعد",
    "تحيزّ": "تحيّز",
    "يضّر": "يضرّ",
}
# The paragraphs followed by the sentence saying whom the next ones address.
ADDRESSEE_BEFORE = {8: "governments", 33: "international-organizations", 39: "director-general"}
PAGE_NUMBER_LINE = re.compile(r"^\s*[0-9٠-٩]+\s*$")
NUMBERED_LINE = re.compile(r"^\s*(\d{1,2})\.\s")
ARABIC_NUMBER_AT_END = re.compile(r"\s*-\s*(\d{1,2})\s*$")


def _sections(knowledge: KnowledgeBase) -> dict[str, list[str]]:
    """Each language's lines, from its Preamble heading to the next language's, cover pages cut."""
    lines = SEED_FILE.read_text(encoding="utf-8").split("\n")
    preamble = knowledge.topics["bc-preamble"].names
    starts = sorted(
        (next(i for i, line in enumerate(lines) if line.strip() == preamble[lang]), lang)
        for lang in LANGUAGES
    )
    sections = {}
    for index, (start, lang) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(lines)
        section = lines[start + 1 : end]
        # The next booklet's cover page follows the Russian and Chinese texts: stop at its script.
        foreign = {"ru": r"[\u4e00-\u9fff]", "zh": r"[\u0600-\u06ff]"}.get(lang)
        if foreign:
            section = section[: next(i for i, s in enumerate(section) if re.search(foreign, s))]
        sections[lang] = [s for s in section if s.strip() and not PAGE_NUMBER_LINE.match(s)]
    return sections


def _blocks(lang: str, lines: list[str]) -> dict[int, list[str]]:
    """Paragraph number -> its seed lines (number removed), up to the next paragraph."""
    blocks: dict[int, list[str]] = {}
    current = 0
    for line in lines:
        match = (ARABIC_NUMBER_AT_END.search if lang == "ar" else NUMBERED_LINE.match)(line)
        if match and int(match.group(1)) == current + 1:
            current += 1
            line = line[: match.start()] if lang == "ar" else line[match.end() :]
            blocks[current] = []
        if current:
            blocks[current].append(line)
    assert sorted(blocks) == list(range(1, 45)), lang
    return blocks


def _fold(lang: str, lines: list[str]) -> str:
    """The seed lines as running text, with the allowed differences applied."""
    text = ""
    for line in (line.strip() for line in lines):
        if lang == "zh" or not text:
            text += line
        elif text.endswith("-"):
            text = (text[:-1] if lang == "ru" else text) + line
        else:
            text += " " + line
    text = re.sub(r"\s+", " ", text)
    if lang == "ru":
        for wrong, right in RUSSIAN_REPAIRS:
            text = text.replace(wrong, right)
    return text


def _is_letter(char: str) -> bool:
    return unicodedata.category(char)[0] in "LM"  # letters and their combining marks


def _arabic_line_tokens(line: str) -> list[str]:
    """One seed line's words in reading order: groups put back, parentheses and words repaired."""
    line = line.translate(str.maketrans("()", ")("))
    groups = [_tokens(group) for group in re.split(r"\s{2,}", line.strip()) if group]
    if len(groups) > 1:
        groups = [_unmirror_number_group(group) for group in reversed(groups)]
    return [ARABIC_REPAIRS.get(token, token) for group in groups for token in group]


def _unmirror_number_group(group: list[str]) -> list[str]:
    """``،4 المستدامة`` in a reversed line reads ``المستدامة 4،``."""
    body = group[1:] if group[:1] == ["،"] else group
    if len(body) == 2 and body[0].isdigit() and _is_letter(body[1][0]):
        return list(reversed(group))
    return group


def _tokens(text: str) -> list[str]:
    """Runs of letters and marks, runs of digits, and each other non-space character alone."""
    tokens: list[str] = []
    kind = ""
    for char in text:
        this = "w" if _is_letter(char) else "d" if char.isdigit() else "s" if char.isspace() else ""
        if this in ("w", "d") and this == kind:
            tokens[-1] += char
        elif this != "s":
            tokens.append(char)
        kind = this
    return tokens


@pytest.fixture(scope="module")
def seed_blocks(knowledge: KnowledgeBase) -> dict[str, dict[int, list[str]]]:
    return {lang: _blocks(lang, lines) for lang, lines in _sections(knowledge).items()}


def _following(knowledge: KnowledgeBase, number: int, lang: str) -> list[str]:
    """The official addressee sentence and heading printed after paragraph ``number``."""
    parts = []
    addressee = ADDRESSEE_BEFORE.get(number + 1)
    if addressee:
        parts.append(knowledge.sources["beijing-consensus"].addressees[addressee][lang])
    if number + 1 == 39:  # the invitations have no heading of their own
        return parts
    for topic in knowledge.topics.values():
        first = [e.paragraph for e in knowledge.entries_in_topic(topic.id) if e.paragraph]
        if topic.source == "beijing-consensus" and first and min(first) == number + 1:
            parts.append(topic.names[lang])
    return parts


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "ar"])
def test_official_texts_equal_the_seed_up_to_listed_differences(
    knowledge: KnowledgeBase, seed_blocks: dict[str, dict[int, list[str]]], lang: str
) -> None:
    for number in range(1, 45):
        local = knowledge.entries[f"bc-{number:02d}"].languages[lang]
        assert local.origin.value == "official"
        joiner = "" if lang == "zh" else " "
        expected = joiner.join([local.text, *_following(knowledge, number, lang)])
        expected = re.sub(r"\s+", " ", expected)
        assert _fold(lang, seed_blocks[lang][number]) == expected, (lang, number)


def test_arabic_official_texts_equal_the_seed_word_by_word_up_to_listed_differences(
    knowledge: KnowledgeBase, seed_blocks: dict[str, dict[int, list[str]]]
) -> None:
    for number in range(1, 45):
        local = knowledge.entries[f"bc-{number:02d}"].languages["ar"]
        assert local.origin.value == "official"
        ours = _tokens(" ".join([local.text, *_following(knowledge, number, "ar")]))
        at = 0
        for index, line in enumerate(seed_blocks["ar"][number]):
            theirs = _arabic_line_tokens(line)
            stretch = ours[at : at + len(theirs)]
            assert stretch == theirs, (number, index, line)
            at += len(theirs)
        assert at == len(ours), (number, "the YAML text is longer than the seed paragraph")


def test_arabic_repairs_apply_next_to_arabic_punctuation() -> None:
    assert _arabic_line_tokens("الأشخاص المسنيّن، ولا سيمّا النساء المسناّت؛ )عامة(")[1:] == [
        "المسنّين",
        "،",
        "ولا",
        "سيّما",
        "النساء",
        "المسنّات",
        "؛",
        "(",
        "عامة",
        ")",
    ]
