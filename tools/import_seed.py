"""Import the Beijing Consensus from the six-language seed text, repairing PDF-extraction defects.

This script was used once to produce the official texts in ``knowledge/``. The YAML files are the
source of truth: editors edit them, and this script never writes over them. It stays in the
repository, with tests, so that every repair made to the official wording is documented and can be
checked against the seed (``tests/knowledge/test_import_seed.py``; and, without this script,
``tests/knowledge/test_official_texts_match_seed.py``).

Repairs, and nothing else:

* all languages: page numbers and footer digits (Latin and Arabic-Indic) between paragraphs are
  dropped; lines broken mid-sentence are joined; runs of spaces become one space;
* English, French, Spanish: a line ending in a hyphen is a real compound (``well-defined``,
  ``vice-ministres``), so the hyphen is kept and no space is added;
* Russian: a line ending in a hyphen is a soft hyphenation (``мини-`` / ``стров``), so the hyphen is
  removed; stray spaces inside words (``госу дарств-членов``) are closed from a reviewed table; one
  Latin ``C`` typed inside a Cyrillic word is replaced by the Cyrillic letter;
* Chinese: lines are joined with no space, as the line breaks fall inside words;
* Arabic: the paragraph number, printed at the end of the line (``- 1``), is removed; on lines where
  word groups are separated by two or more spaces, the groups come in reverse order and are put
  back in reading order; mirrored parentheses are restored; combining marks printed one letter away
  from their letter are put back, from a reviewed table.

Usage: ``python tools/import_seed.py SEED_FILE OUT_DIR`` writes one JSON file of the parsed
document (paragraph texts, topic headings and addressee sentences per language) for review.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")

# The first heading of each language's section: where that language starts in the seed.
SECTION_MARKERS = {
    "en": "Preamble",
    "fr": "Préambule",
    "es": "Preámbulo",
    "ru": "Преамбула",
    "zh": "序言",
    "ar": "الديباجة",
}

# Paragraph numbers that open a new topic (the document's own headings), in document order.
TOPIC_STARTS = (1, 8, 10, 12, 14, 17, 20, 22, 25, 28, 31, 33, 39)
# Paragraph numbers preceded by a sentence that names whom the following recommendations address.
ADDRESSEE_STARTS = {8: "governments", 33: "international-organizations", 39: "director-general"}
# The invitations to the Director-General have no heading: their addressee sentence stands for one.
UNHEADED = {39}

PAGE_NUMBER = re.compile(r"^\s*[0-9٠-٩]{1,3}\s*$")
LATIN_PARAGRAPH = re.compile(r"^\s*(\d{1,2})\.\s+(.*)$")
ARABIC_PARAGRAPH_AT_END = re.compile(r"\s*-\s*(\d{1,2})\s*$")
TERMINAL = (".", ":", ";", "。", "：", "；")

# Stray spaces inside Russian words, found with a morphological dictionary (pymorphy3) over the
# whole Russian text and reviewed by hand: every other space in the text separates two words.
RUSSIAN_STRAY_SPACES = {
    "госу дарств-членов": "государств-членов",
    "граж дан ского": "гражданского",
    "над лежа щие": "надлежащие",
    "дости жения": "достижения",
    "обме на": "обмена",
    "рабо тающими": "работающими",
}

# Arabic words whose combining mark the extraction put on the wrong letter (reviewed by hand:
# every other marked word in the text is right as it is).
ARABIC_MARK_FIXES = {
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


def _letters_and_marks(first: int, last: int) -> str:
    """A regular-expression class of the letters and combining marks in a range of code points."""
    characters = (chr(code) for code in range(first, last + 1))
    return "[" + "".join(c for c in characters if unicodedata.category(c)[0] in "LM") + "]"


# What an Arabic word is made of: letters and their combining marks. Everything else in the Arabic
# block (the comma ، semicolon ؛ question mark ؟ full stop ۔ percent sign ٪, Arabic-Indic digits)
# ends a word, like a space, so a listed word is repaired wherever it stands.
ARABIC_WORD_CHARACTER = _letters_and_marks(0x0600, 0x06FF)
NUMBER_GROUP_IN_VISUAL_ORDER = re.compile(r"^(،?)(\d+) ([\u0600-\u06FF]+)$")
ARABIC_LETTERS = re.compile(r"[\u0600-\u06FF]")
HAN = re.compile(r"[\u4e00-\u9fff]")
CYRILLIC_WORD_WITH_LATIN_C = re.compile(r"(?<![A-Za-z])C(?=[а-яё])")


@dataclass
class ParsedLanguage:
    """One language's part of the document, after repair."""

    paragraphs: dict[int, str] = field(default_factory=dict)
    headings: dict[int, str] = field(default_factory=dict)  # topic start paragraph -> heading
    addressees: dict[str, str] = field(default_factory=dict)  # addressee key -> sentence


def split_sections(seed: str) -> dict[str, list[str]]:
    """Cut the seed into one list of lines per language, dropping cover-page leftovers."""
    lines = seed.split("\n")
    starts = {}
    for language, marker in SECTION_MARKERS.items():
        starts[language] = next(i for i, line in enumerate(lines) if line.strip() == marker)
    ordered = sorted(starts.items(), key=lambda item: item[1])
    sections: dict[str, list[str]] = {}
    for index, (language, start) in enumerate(ordered):
        end = ordered[index + 1][1] if index + 1 < len(ordered) else len(lines)
        section = lines[start:end]
        sections[language] = _cut_foreign_tail(language, section)
    return sections


def _cut_foreign_tail(language: str, lines: list[str]) -> list[str]:
    """The cover page of the next language's booklet follows some sections: stop at its script."""
    foreign = {"ru": HAN, "zh": ARABIC_LETTERS}.get(language)
    if foreign is None:
        return lines
    for i, line in enumerate(lines):
        if foreign.search(line):
            return lines[:i]
    return lines


def repair_arabic_line(line: str) -> tuple[int | None, str]:
    """Return (paragraph number or None, the line in reading order)."""
    number = None
    match = ARABIC_PARAGRAPH_AT_END.search(line)
    if match:
        number = int(match.group(1))
        line = line[: match.start()]
    groups = [group for group in re.split(r"\s{2,}", line.strip()) if group]
    if len(groups) > 1:
        # Within such a line, a number group ("2015 عام", "،4 المستدامة") is in visual order too.
        groups = [NUMBER_GROUP_IN_VISUAL_ORDER.sub(r"\3 \2\1", group) for group in groups]
    line = " ".join(reversed(groups))
    line = line.translate(str.maketrans("()", ")("))
    for wrong, right in ARABIC_MARK_FIXES.items():
        pattern = rf"(?<!{ARABIC_WORD_CHARACTER}){re.escape(wrong)}(?!{ARABIC_WORD_CHARACTER})"
        line = re.sub(pattern, right, line)
    return number, line


def join_lines(language: str, lines: list[str]) -> str:
    """Join the lines of one paragraph or heading into running text."""
    text = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not text:
            text = line
        elif language == "zh":
            text += line
        elif text.endswith("-") and language == "ru":
            text = text[:-1] + line
        elif text.endswith("-"):
            text += line
        else:
            text += " " + line
    text = re.sub(r"[ \u00a0]{2,}", " ", text).strip()
    if language == "ru":
        for wrong, right in RUSSIAN_STRAY_SPACES.items():
            text = text.replace(wrong, right)
        text = CYRILLIC_WORD_WITH_LATIN_C.sub("С", text)
    return text


def _units(language: str, lines: list[str]) -> list[list[str]]:
    """Split the lines between two paragraphs into units: text, addressee sentence, heading.

    A unit ends at a blank line (in the languages whose extraction keeps blank lines only between
    blocks) or at a line ending in terminal punctuation.
    """
    units: list[list[str]] = [[]]
    blank_separates = language not in ("zh", "ar")
    for line in lines:
        if not line.strip():
            if blank_separates and units[-1]:
                units.append([])
            continue
        units[-1].append(line)
        if line.rstrip().endswith(TERMINAL):
            units.append([])
    return [unit for unit in units if unit]


def parse_language(language: str, lines: list[str]) -> ParsedLanguage:
    """Parse one language's section into paragraphs, topic headings and addressee sentences."""
    lines = [line for line in lines if not PAGE_NUMBER.match(line)]
    if language == "ar":
        marked: list[tuple[int | None, str]] = [repair_arabic_line(line) for line in lines]
    else:
        marked = []
        for line in lines:
            match = LATIN_PARAGRAPH.match(line)
            marked.append((int(match.group(1)), match.group(2)) if match else (None, line))

    # Blocks: what precedes paragraph 1 (the first heading), then each paragraph with the lines
    # after it, up to the next paragraph.
    blocks: dict[int, list[str]] = {0: []}
    current = 0
    for number, line in marked:
        if number is not None and number == current + 1:
            current = number
            blocks[current] = [line]
        else:
            blocks[current].append(line)
    if current != 44:
        raise ValueError(f"{language}: found paragraphs up to {current}, expected 44")

    parsed = ParsedLanguage()
    parsed.headings[1] = join_lines(language, blocks[0])
    for number in range(1, 45):
        units = _units(language, blocks[number])
        following = number + 1
        if following in TOPIC_STARTS and following not in UNHEADED:
            parsed.headings[following] = join_lines(language, units.pop())
        if following in ADDRESSEE_STARTS:
            parsed.addressees[ADDRESSEE_STARTS[following]] = join_lines(language, units.pop())
        if following in UNHEADED:
            parsed.headings[following] = parsed.addressees[ADDRESSEE_STARTS[following]]
        parsed.paragraphs[number] = join_lines(language, [line for unit in units for line in unit])
    return parsed


def parse_seed(seed: str) -> dict[str, ParsedLanguage]:
    """Parse the whole six-language seed."""
    sections = split_sections(seed)
    return {language: parse_language(language, sections[language]) for language in LANGUAGES}


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print("usage: python tools/import_seed.py SEED_FILE OUT_DIR", file=sys.stderr)
        return 2
    seed_path, out_dir = Path(argv[1]), Path(argv[2])
    parsed = parse_seed(seed_path.read_text(encoding="utf-8"))
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / "beijing-consensus.parsed.json"
    if out.exists():
        print(f"{out} exists: not overwriting it", file=sys.stderr)
        return 1
    data = {
        language: {
            "paragraphs": {str(k): v for k, v in p.paragraphs.items()},
            "headings": {str(k): v for k, v in p.headings.items()},
            "addressees": p.addressees,
        }
        for language, p in parsed.items()
    }
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
