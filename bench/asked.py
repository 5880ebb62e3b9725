"""Write the asked questions, ``knowledge/asked/<lang>.yaml``, from the spent evaluation sets.

Run: ``python -m bench.asked`` (``--check`` fails when the files differ from what it would write).

The evaluation set and the held-out sets already reported (``bench.fresh.SPENT_DIRS``) hold
thousands of questions written natively, per language, the way officials ask them, each with
the entries that answer it. An FAQ bot learns from such questions (the learned questions of
resolved gaps are the same idea, from real users): the bot searches them beside the entries'
alternate questions, never shows or quotes them. Only the spent sets are written, never the
newest held-out set, which judges the result; ``bench.calibrate`` searches each set without its
own questions, so the confidence is fitted on signals a new question would have.

Written: every in-scope case (its ``expect`` not empty) but paragraph references, which are
decided by number before any search; a question already written (in any set, case aside) once.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from bench.calibrate import fitting_cases
from bench.quality import Case
from bot.knowledge.model import LANGUAGES, asked_key

ASKED_DIR = Path(__file__).resolve().parents[1] / "knowledge" / "asked"
LEFT_OUT_KINDS = frozenset({"paragraph_ref"})

HEADER = """\
# yaml-language-server: $schema=../schema.json
# Asked questions ({language}): questions written natively in this language for the project's
# evaluation sets, under each entry that answers them, as the sets' writers judged. The bot
# searches them like the entries' alternate questions and never shows or quotes them. Written by
# `python -m bench.asked` from the spent sets (bench/data/eval and the held-out sets already
# reported); edit the sets, not this file.
asked:
  {language}:
"""


def asked_cases(cases: Sequence[Case]) -> list[Case]:
    """The cases written as asked questions, in order, each question once."""
    seen: set[tuple[str, str]] = set()
    chosen = []
    for case in cases:
        key = asked_key(case.language, case.question)
        if not case.expected or case.kind in LEFT_OUT_KINDS or key in seen:
            continue
        seen.add(key)
        chosen.append(case)
    return chosen


def render(language: str, cases: Sequence[Case]) -> str:
    """One language's file: under each entry (by id: the overviews, the paragraphs in their
    order, the programme's entries), the questions it answers, in the order of the sets; a
    question several entries answer under each."""
    by_entry: dict[str, list[str]] = {}
    for case in cases:
        if case.language == language:
            for entry_id in case.expected:
                by_entry.setdefault(entry_id, []).append(case.question.strip())
    lines = [HEADER.format(language=language)]
    for entry_id in sorted(by_entry):
        lines.append(f"    {entry_id}:\n")
        lines += [
            f"    - {json.dumps(question, ensure_ascii=False)}\n" for question in by_entry[entry_id]
        ]
    return "".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.asked", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if a file is out of date")
    args = parser.parse_args(argv)
    cases = asked_cases(fitting_cases(True, True))
    stale = []
    for language in LANGUAGES:
        path = ASKED_DIR / f"{language}.yaml"
        text = render(language, cases)
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(str(path))
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        count = sum(case.language == language for case in cases)
        print(f"wrote {path}: {count} questions")
    if stale:
        print("out of date (run python -m bench.asked): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
