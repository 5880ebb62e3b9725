"""Record the official texts of the knowledge, after comparing each one with its seed.

Usage: ``python -m tools.fingerprint_official [--knowledge DIR] [--record FILE] [--check]``

Loads the knowledge (without the official check, which this command feeds), compares every
official text with its seed under ``sources/`` (``tools/official_seed.py``), and only if all are
equal writes ``bot/knowledge/official_texts.json``: each text normalised, with its SHA-256. The
loader then refuses an official text that differs from it (``python -m bot validate``). Run it
after adding an official text, or after correcting one against the seed; never to silence an
error about a changed quotation. ``--check`` writes nothing and fails if the file is out of date.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.knowledge.loader import KnowledgeError, load_knowledge
from bot.knowledge.official import RECORD_FILE, Record, official_texts
from tools.official_seed import SEEDS, SOURCES_DIR

ROOT = Path(__file__).resolve().parents[1]


def record_of(
    knowledge_dir: Path, sources_dir: Path = SOURCES_DIR
) -> tuple[Record | None, list[str]]:
    """The record of the knowledge's official texts, or None and what stands in the way."""
    try:
        knowledge = load_knowledge(knowledge_dir, check_official=False)
    except KnowledgeError as error:
        return None, [str(problem) for problem in error.problems]
    texts = [quoted for quoted in official_texts(knowledge) if quoted.official]
    problems: list[str] = []
    for source in sorted({quoted.source for quoted in texts}):
        if source not in SEEDS:
            problems.append(
                f"{source}: official texts, but no seed to compare them with: "
                "add the source's seed and comparison to SEEDS in tools/official_seed.py"
            )
            continue
        name, compare = SEEDS[source]
        seed = sources_dir / name
        if not seed.is_file():
            problems.append(f"{source}: no seed {seed}")
            continue
        comparison = compare(knowledge, seed.read_text(encoding="utf-8"))
        problems += [f"{source}: {mismatch}" for mismatch in comparison.mismatches]
        if comparison.mismatches:
            continue
        for quoted in texts:
            if quoted.source == source and quoted.key not in comparison.verified:
                kind, owner, language = quoted.key
                problems.append(
                    f"{source}: {kind} {owner} {language}: an official text the seed comparison "
                    "does not reach (a new one: extend tools/official_seed.py, or mark its origin)"
                )
    if problems:
        return None, problems
    return Record.of(texts), []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.fingerprint_official", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--knowledge", type=Path, default=ROOT / "knowledge")
    parser.add_argument("--record", type=Path, default=RECORD_FILE)
    parser.add_argument("--sources", type=Path, default=SOURCES_DIR)
    parser.add_argument("--check", action="store_true", help="fail if the record is out of date")
    args = parser.parse_args(argv)
    record, problems = record_of(args.knowledge, args.sources)
    if record is None:
        for problem in problems:
            print(problem)
        print(f"{len(problems)} problem(s): nothing recorded", file=sys.stderr)
        return 1
    text = record.dumps()
    count = sum(len(texts) for texts in record.sources.values())
    current = args.record.read_text(encoding="utf-8") if args.record.exists() else None
    if args.check:
        if current != text:
            print(f"{args.record} is out of date: run python -m tools.fingerprint_official")
            return 1
        print(f"{args.record}: {count} official texts, up to date")
        return 0
    if current == text:
        print(f"{args.record}: {count} official texts, unchanged")
        return 0
    args.record.write_text(text, encoding="utf-8")
    print(f"recorded {count} official texts of {len(record.sources)} sources in {args.record}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
