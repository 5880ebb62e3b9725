"""Speed and memory: per-question latency, start-up time and peak memory.

Run: ``python -m bench.speed``. Latency is measured over the evaluation questions of all six
languages (language identification, search and decision, as ``ask`` does), at today's knowledge
base and at a synthetic one 100 times larger (every entry copied 100 times under new ids, about
30,000 language-texts). "index build" is ``build_indexes`` alone for the six languages (what a
knowledge reload rebuilds), the median of a few runs; "matcher build" is the whole ``Matcher``
(indexes, language identification and the rest), once. Start-up (import, load, index) and peak
memory are measured in a fresh process each, so nothing measured before pollutes them.
"""

from __future__ import annotations

import dataclasses
import json
import statistics
import subprocess
import sys
import time

from bench.quality import load_cases
from bot.config import knowledge_dir
from bot.knowledge.loader import load_knowledge
from bot.knowledge.model import LANGUAGES, KnowledgeBase
from bot.matching.index import build_indexes
from bot.matching.matcher import Matcher

BUILD_RUNS = {1: 5, 100: 3}  # index builds timed per knowledge base (the median is reported)

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


def scaled(knowledge: KnowledgeBase, factor: int) -> KnowledgeBase:
    """The knowledge base with every entry copied ``factor`` times under new ids."""
    entries = {}
    for copy in range(factor):
        for entry in knowledge.entries.values():
            new_id = entry.id if copy == 0 else f"{entry.id}-copy{copy}"
            related = () if copy else entry.related
            entries[new_id] = dataclasses.replace(entry, id=new_id, related=related)
    return dataclasses.replace(knowledge, entries=entries)


def index_build(knowledge: KnowledgeBase, runs: int) -> float:
    """The median time, in seconds, of building every language's index."""
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        build_indexes(knowledge, LANGUAGES)
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def latencies(matcher: Matcher, questions: list[str]) -> tuple[float, float]:
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
        "| knowledge base | language-texts | index build (s) | matcher build (s)"
        " | p50 (ms) | p99 (ms) |"
    )
    print("|---|---|---|---|---|---|")
    for factor, repeats in BUILD_RUNS.items():
        base = scaled(knowledge, factor)
        index = index_build(base, repeats)
        start = time.perf_counter()
        matcher = Matcher(base)
        build = time.perf_counter() - start
        p50, p99 = latencies(matcher, questions)
        print(
            f"| today × {factor} | {texts * factor} | {index:.2f} | {build:.2f}"
            f" | {p50:.2f} | {p99:.2f} |"
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
    print(f"index build: median of {' and '.join(map(str, BUILD_RUNS.values()))} runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
