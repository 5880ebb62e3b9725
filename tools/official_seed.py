"""The official texts of the knowledge, compared with the raw seeds under ``sources/``.

Used by ``tools/fingerprint_official.py`` before it records the official texts, and by
``tests/knowledge/test_official_texts_match_seed.py``. It does not use ``tools/import_seed.py``:
it cuts the raw seed into paragraphs itself and allows only the differences listed below, each one
a documented PDF-extraction defect, so that a bug in the import script cannot slip through.

The Beijing Consensus: for every paragraph and language, the seed block (the paragraph, then the
addressee sentence and the heading that follow it, if any) must equal the YAML paragraph text
followed by that addressee sentence and heading (both taken from the YAML). The Preamble heading
must be a line of the seed, and the unheaded invitations' topic is named by their addressee
sentence. Allowed differences, and nothing else:

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

The programme text (one English page): each official text is whole sentences of the seed,
verbatim up to white space.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bot.knowledge.model import LANGUAGES, KnowledgeBase, Origin
from bot.knowledge.official import first_difference, normalise, official_texts

SOURCES_DIR = Path(__file__).resolve().parents[1] / "sources"
CONSENSUS = "beijing-consensus"

Key = tuple[str, str, str]  # (kind, owner, language), as in bot.knowledge.official

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
UNHEADED = 39  # the invitations have no heading of their own: their addressee sentence stands
PAGE_NUMBER_LINE = re.compile(r"^\s*[0-9٠-٩]+\s*$")
NUMBERED_LINE = re.compile(r"^\s*(\d{1,2})\.\s")
ARABIC_NUMBER_AT_END = re.compile(r"\s*-\s*(\d{1,2})\s*$")
PREAMBLE = "bc-preamble"


@dataclass
class Comparison:
    """The official texts found equal to the seed, and a line for each one that is not."""

    verified: set[Key] = field(default_factory=set)
    mismatches: list[str] = field(default_factory=list)


def _sections(knowledge: KnowledgeBase, seed: str, comparison: Comparison) -> dict[str, list[str]]:
    """Each language's lines, from its Preamble heading to the next language's, cover pages cut."""
    lines = seed.split("\n")
    preamble = knowledge.topics[PREAMBLE].names
    starts = []
    for lang in LANGUAGES:
        found = [i for i, line in enumerate(lines) if line.strip() == preamble.get(lang)]
        if not found:
            message = f"topic {PREAMBLE} {lang}: {preamble.get(lang)!r} is no line of the seed"
            comparison.mismatches.append(message)
            continue
        comparison.verified.add(("topics", PREAMBLE, lang))
        starts.append((found[0], lang))
    starts.sort()
    sections = {}
    for index, (start, lang) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(lines)
        section = lines[start + 1 : end]
        # The next booklet's cover page follows the Russian and Chinese texts: stop at its script.
        foreign = {"ru": r"[\u4e00-\u9fff]", "zh": r"[\u0600-\u06ff]"}.get(lang)
        if foreign:
            cut = [i for i, s in enumerate(section) if re.search(foreign, s)]
            section = section[: cut[0]] if cut else section
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


def arabic_line_tokens(line: str) -> list[str]:
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


def _following(knowledge: KnowledgeBase, number: int, lang: str) -> list[tuple[Key, str]]:
    """The official addressee sentence and heading printed after paragraph ``number``."""
    parts: list[tuple[Key, str]] = []
    addressee = ADDRESSEE_BEFORE.get(number + 1)
    if addressee:
        sentence = knowledge.sources[CONSENSUS].addressees.get(addressee, {}).get(lang, "")
        parts.append((("addressees", addressee, lang), sentence))
    if number + 1 == UNHEADED:
        return parts
    for topic in knowledge.topics.values():
        first = [e.paragraph for e in knowledge.entries_in_topic(topic.id) if e.paragraph]
        if topic.source == CONSENSUS and first and min(first) == number + 1:
            parts.append((("topics", topic.id, lang), topic.names.get(lang, "")))
    return parts


def _official_paragraph(knowledge: KnowledgeBase, number: int, lang: str) -> str | None:
    entry = knowledge.entries.get(f"bc-{number:02d}")
    local = entry.languages.get(lang) if entry is not None else None
    return local.text if local is not None and local.origin is Origin.OFFICIAL else None


def _compare_paragraph(
    knowledge: KnowledgeBase, number: int, lang: str, block: list[str], text: str
) -> str | None:
    """None when the paragraph and what follows it equal the seed block, else what differs."""
    following = _following(knowledge, number, lang)
    where = f"bc-{number:02d} {lang}"
    if following:
        names = {"addressees": "addressee sentence", "topics": "heading"}
        where += " (with the " + " and ".join(names[key[0]] for key, _ in following)
        where += " printed after it)"
    if lang != "ar":
        joiner = "" if lang == "zh" else " "
        ours = re.sub(r"\s+", " ", joiner.join([text, *(part for _, part in following)]))
        theirs = _fold(lang, block)
        if ours == theirs:
            return None
        changed, seed_says = first_difference(ours, theirs, lang)
        return f'{where}: the YAML has "{changed}" where the seed has "{seed_says}"'
    tokens = _tokens(" ".join([text, *(part for _, part in following)]))
    at = 0
    for index, line in enumerate(block):
        theirs_tokens = arabic_line_tokens(line)
        stretch = tokens[at : at + len(theirs_tokens)]
        if stretch != theirs_tokens:
            ours, theirs = " ".join(stretch), " ".join(theirs_tokens)
            changed, seed_says = first_difference(ours, theirs, lang)
            return (
                f'{where}, seed line {index + 1}: the YAML has "{changed}" '
                f'where the seed has "{seed_says}"'
            )
        at += len(theirs_tokens)
    if at != len(tokens):
        return f"{where}: the YAML text is longer than the seed paragraph"
    return None


def compare_consensus(knowledge: KnowledgeBase, seed: str) -> Comparison:
    """The Consensus's official paragraphs, headings and addressee sentences against the seed."""
    comparison = Comparison()
    if PREAMBLE not in knowledge.topics or CONSENSUS not in knowledge.sources:
        comparison.mismatches.append(f"no topic {PREAMBLE} or no source {CONSENSUS}")
        return comparison
    for lang, lines in _sections(knowledge, seed, comparison).items():
        blocks = _blocks(lang, lines)
        if sorted(blocks) != list(range(1, 45)):
            comparison.mismatches.append(f"{lang}: the seed's paragraphs could not be cut")
            continue
        for number in range(1, 45):
            text = _official_paragraph(knowledge, number, lang)
            if text is None:
                continue  # not an official text in the YAML: nothing to record
            mismatch = _compare_paragraph(knowledge, number, lang, blocks[number], text)
            if mismatch:
                comparison.mismatches.append(mismatch)
                continue
            comparison.verified.add(("entries", f"bc-{number:02d}", lang))
            comparison.verified.update(key for key, _ in _following(knowledge, number, lang))
    _compare_unheaded(knowledge, comparison)
    return comparison


def _compare_unheaded(knowledge: KnowledgeBase, comparison: Comparison) -> None:
    """The invitations' topic is named by their addressee sentence, itself compared above."""
    addressee = ADDRESSEE_BEFORE[UNHEADED]
    sentences = knowledge.sources[CONSENSUS].addressees.get(addressee, {})
    for topic in knowledge.topics.values():
        first = [e.paragraph for e in knowledge.entries_in_topic(topic.id) if e.paragraph]
        if topic.source != CONSENSUS or not first or min(first) != UNHEADED:
            continue
        for lang, name in topic.names.items():
            if ("addressees", addressee, lang) not in comparison.verified:
                continue
            if normalise(name) == normalise(sentences[lang]):
                comparison.verified.add(("topics", topic.id, lang))
            else:
                comparison.mismatches.append(
                    f"topic {topic.id} {lang}: not the addressee sentence that stands for a heading"
                )


SENTENCE_END = (".", "!", "?")


def compare_excerpts(source: str) -> Callable[[KnowledgeBase, str], Comparison]:
    """For a one-language page: each official text is whole sentences of the seed, verbatim."""

    def compare(knowledge: KnowledgeBase, seed: str) -> Comparison:
        comparison = Comparison()
        page = normalise(seed)  # a text may run over two of the page's paragraphs
        for quoted in official_texts(knowledge):
            if quoted.source != source or not quoted.official:
                continue
            text = normalise(quoted.text)
            if text.endswith(SENTENCE_END) and _whole_sentences(page, text):
                comparison.verified.add(quoted.key)
            else:
                kind, owner, language = quoted.key
                comparison.mismatches.append(
                    f"{kind} {owner} {language}: not whole sentences of the seed, word for word"
                )
        return comparison

    return compare


def _whole_sentences(page: str, text: str) -> bool:
    """Whether ``text`` stands in ``page`` from the start of a sentence to the end of one."""
    at = page.find(text)
    while at != -1:
        starts = at == 0 or page[:at].endswith(tuple(end + " " for end in SENTENCE_END))
        after = at + len(text)
        if starts and (after == len(page) or page[after] == " "):
            return True
        at = page.find(text, at + 1)
    return False


# Each source with official texts, its seed under sources/, and how to compare them.
SEEDS: dict[str, tuple[str, Callable[[KnowledgeBase, str], Comparison]]] = {
    CONSENSUS: ("beijing-consensus-ai-education-6-languages.txt", compare_consensus),
    "unesco-global-ai-training": (
        "unesco-global-ai-training-public-sector.txt",
        compare_excerpts("unesco-global-ai-training"),
    ),
}
