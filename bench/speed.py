"""Speed and memory: per-question latency, start-up time and peak memory.

Run: ``python -m bench.speed``. Latency is measured over the evaluation questions of all six
languages (language identification, search and decision, as ``ask`` does), at today's knowledge
base and at two synthetic ones 100 times larger (about 30,000 language-texts each):

- "copies": every entry copied 100 times under new ids. The texts repeat, and the index analyses
  each distinct text once per build, so this base is cheaper to index than a real one would be.
- "distinct": every copy's texts made different (``distinct_text``): the words of each text
  rotated by the copy's number, and a few real words of the same language, taken from elsewhere
  in the knowledge base, appended. The texts stay text of their language, with today's
  vocabulary, but no two are equal, so nothing analysed for one text is reused for another
  except through per-word work. A real base 100 times larger would also have a larger vocabulary.

Latency is read on a second pass over the questions (the steady state); the first pass, which
pays once per language and per entry for what the matcher builds on first use (each language's
profile, each entry's terms when it is first a best match), is reported beside it.

"index build" is ``build_indexes`` alone for the six languages (what a knowledge reload rebuilds),
the median of a few runs; "matcher build" is the whole ``Matcher`` (indexes, language
identification and the rest), once. Start-up (import, load, index) and peak memory are measured
in a fresh process each, so nothing measured before pollutes them.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import statistics
import subprocess
import sys
import time
import zlib
from collections.abc import Mapping, Sequence

from bench.quality import load_cases
from bot.config import knowledge_dir
from bot.knowledge.loader import load_knowledge
from bot.knowledge.model import LANGUAGES, Entry, KnowledgeBase, LocalizedEntry
from bot.matching.index import build_indexes
from bot.matching.matcher import Matcher, searched_questions

FACTOR = 100
# (label, factor, distinct texts?, index builds timed: the median is reported)
BASES = (("today", 1, False, 5), ("copies", FACTOR, False, 3), ("distinct", FACTOR, True, 3))
DONOR_WORDS = 3  # real words of the language appended to each text of a distinct copy
_CLAUSE_END = re.compile(r"(?<=[，。；：、？！])")

STARTUP_PROBE = """
import json, time
start = time.perf_counter()
from bot.config import knowledge_dir
from bot.knowledge.loader import load_knowledge
from bot.matching.matcher import Matcher
knowledge = load_knowledge(knowledge_dir())
matcher = Matcher(knowledge)
ready = time.perf_counter() - start
matcher.match("can AI replace teachers?")
# VmHWM is this process's own peak; ru_maxrss would include the parent's, inherited at fork.
status = open("/proc/self/status").read().split("VmHWM:")[1]
peak = int(status.split()[0]) / 1024
print(json.dumps({"startup_s": ready, "peak_mb": peak}))
"""


def _pieces(text: str, language: str) -> list[str]:
    """Words (clauses for Chinese, which has no spaces) to rotate."""
    if language == "zh":
        return [piece for piece in _CLAUSE_END.split(text) if piece]
    return text.split()


def distinct_text(text: str, language: str, copy: int, donors: Sequence[str]) -> str:
    """``text`` for copy ``copy``: its words rotated, then a few words of ``donors`` appended.

    ``donors`` is the stream of the language's words (Chinese characters) over the whole knowledge
    base; where the appended words start depends on the text and the copy, so every copy differs.
    """
    pieces = _pieces(text, language)
    if pieces:
        shift = copy % len(pieces)
        pieces = pieces[shift:] + pieces[:shift]
    start = (zlib.crc32(text.encode()) + copy * 7919) % max(len(donors) - DONOR_WORDS, 1)
    size = DONOR_WORDS * 2 if language == "zh" else DONOR_WORDS
    added = list(donors[start : start + size])
    if language == "zh":
        return "".join(pieces) + "，" + "".join(added)
    return " ".join([*pieces, *added])


def _donors(knowledge: KnowledgeBase) -> dict[str, list[str]]:
    """Each language's words (Chinese: Han characters) in knowledge-base order."""
    donors: dict[str, list[str]] = {language: [] for language in LANGUAGES}
    for entry in knowledge.entries.values():
        for language, localized in entry.languages.items():
            if language == "zh":
                donors[language].extend(re.findall(r"[\u4e00-\u9fff]", localized.text))
            else:
                donors[language].extend(re.findall(r"\w+", localized.text))
    return donors


def _distinct_entry(entry: Entry, copy: int, donors: Mapping[str, Sequence[str]]) -> Entry:
    languages = {}
    for language, localized in entry.languages.items():

        def change(text: str, language: str = language) -> str:
            return distinct_text(text, language, copy, donors[language])

        languages[language] = LocalizedEntry(
            title=change(localized.title),
            text=change(localized.text),
            origin=localized.origin,
            questions=tuple(change(question) for question in localized.questions),
            keywords=tuple(change(keyword) for keyword in localized.keywords),
        )
    return dataclasses.replace(entry, languages=languages)


def scaled(knowledge: KnowledgeBase, factor: int, distinct: bool = False) -> KnowledgeBase:
    """The knowledge base with every entry copied ``factor`` times under new ids.

    With ``distinct``, every copy but the first has its texts changed by ``distinct_text``.
    Each copy has its entry's asked questions (``knowledge/asked``) too, changed alike.
    """
    donors = _donors(knowledge) if distinct else {}
    entries = {}
    asked: dict[str, dict[str, tuple[str, ...]]] = {}
    for copy in range(factor):
        for entry in knowledge.entries.values():
            new_id = entry.id if copy == 0 else f"{entry.id}-copy{copy}"
            related = () if copy else entry.related
            changed = _distinct_entry(entry, copy, donors) if distinct and copy else entry
            entries[new_id] = dataclasses.replace(changed, id=new_id, related=related)
            questions = knowledge.asked.get(entry.id)
            if questions:
                asked[new_id] = {
                    language: tuple(
                        distinct_text(question, language, copy, donors[language])
                        if distinct and copy
                        else question
                        for question in texts
                    )
                    for language, texts in questions.items()
                }
    return dataclasses.replace(knowledge, entries=entries, asked=asked)


def distinct_texts(knowledge: KnowledgeBase) -> int:
    """How many different texts (titles, texts, questions, keywords, asked questions) the base
    has."""
    return len(
        {
            (language, text)
            for entry in knowledge.entries.values()
            for language, localized in entry.languages.items()
            for text in (localized.title, localized.text, *localized.questions, *localized.keywords)
        }
        | knowledge.asked_questions()
    )


def index_build(knowledge: KnowledgeBase, runs: int) -> float:
    """The median time, in seconds, of building every language's index."""
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        build_indexes(knowledge, LANGUAGES, searched_questions(knowledge, {}))
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def latencies(matcher: Matcher, questions: list[str]) -> tuple[float, float]:
    """The median and p99 latency (ms) of one pass over the questions."""
    timings = []
    for question in questions:
        start = time.perf_counter()
        matcher.match(question)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    p99 = timings[min(len(timings) - 1, round(0.99 * (len(timings) - 1)))]
    return statistics.median(timings), p99


def main() -> int:
    knowledge = load_knowledge(knowledge_dir())
    questions = [case.question for language in LANGUAGES for case in load_cases(language)]
    texts = sum(len(entry.languages) for entry in knowledge.entries.values())
    print(
        "| knowledge base | language-texts | distinct texts | index build (s)"
        " | matcher build (s) | p50 (ms) | p99 (ms) | p99, first pass (ms) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for label, factor, distinct, repeats in BASES:
        base = scaled(knowledge, factor, distinct)
        index = index_build(base, repeats)
        start = time.perf_counter()
        matcher = Matcher(base)
        build = time.perf_counter() - start
        # The first pass pays, once per language and per entry, what the matcher builds on
        # first use (the profiles, each entry's terms); the second is the steady state.
        _, cold = latencies(matcher, questions)
        p50, p99 = latencies(matcher, questions)
        name = "today" if factor == 1 else f"today × {factor}, {label}"
        print(
            f"| {name} | {texts * factor} | {distinct_texts(base)} | {index:.2f} | {build:.2f}"
            f" | {p50:.2f} | {p99:.2f} | {cold:.2f} |"
        )
    runs = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", STARTUP_PROBE], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(3)
    ]
    startup = min(run["startup_s"] for run in runs)
    peak = max(run["peak_mb"] for run in runs)
    print()
    print(f"start-up (import, load, index), best of 3: {startup:.2f} s")
    print(f"peak memory after start-up and one question: {peak:.0f} MB")
    print(f"{len(questions)} questions timed per knowledge base")
    runs_text = " and ".join(str(repeats) for *_, repeats in BASES)
    print(f"index build: median of {runs_text} runs")
    # Timings are wall-clock: on a shared or busy machine they are slower, and this says how busy.
    print(f"load average at the end: {os.getloadavg()[0]:.2f} over {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
