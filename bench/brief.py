"""The briefs for a new held-out set: ``python -m bench.brief FOLDER ORDINAL``.

Each held-out set (``bench/data/fresh``, ``fresh2``…) is written natively, one language per
helper, by writers who never see the knowledge files' alternate questions, the synonym groups,
the asked questions or any earlier set. This writes what such a writer may read, into FOLDER:
``brief_<lang>.md`` (``bench/data/brief.md`` for that language) and ``entries_<lang>.md`` (each
entry's id, source, paragraph, topic, title and text, and nothing else). The writers put their
questions in ``FOLDER/out/<lang>.yaml``; once copied to ``bench/data/fresh<N>`` and committed,
before any change of the round, the set is run once at the end of the round (``bench.fresh``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.config import knowledge_dir
from bot.i18n import language_name
from bot.knowledge.loader import load_knowledge
from bot.knowledge.model import LANGUAGES, KnowledgeBase

TEMPLATE = Path(__file__).resolve().parent / "data" / "brief.md"
# What a paragraph reference may also look like in the language, beyond digits and words.
REFERENCE_FORMS = {
    "zh": "; also Chinese numerals such as 第十二段 or 第十二条",
    "ar": "; also Eastern Arabic digits such as ١٢ and number words",
}


def entries_text(knowledge: KnowledgeBase, language: str) -> str:
    """Every entry's id, source, paragraph, topic, title and text in the language: never its
    alternate questions or keywords, which the writers must not see."""
    parts = [f"# Knowledge entries ({language})\n"]
    for entry in knowledge.entries.values():
        localized = entry.languages.get(language)
        if localized is None:
            continue
        paragraph = f", paragraph {entry.paragraph}" if entry.paragraph else ""
        parts.append(
            f"## {entry.id} (source: {entry.source}{paragraph}, topic: {entry.topic})\n"
            f"Title: {localized.title}\n\n{localized.text.strip()}\n"
        )
    return "\n".join(parts)


def brief_text(template: str, language: str, folder: Path, ordinal: str) -> str:
    """The template for one language, its placeholders filled."""
    filled = template.replace("{folder}", str(folder)).replace("{ordinal}", ordinal)
    filled = filled.replace("LANGNAME", language_name(language, "en"))
    filled = filled.replace("LANGEXTRA", REFERENCE_FORMS.get(language, ""))
    return filled.replace("LANG", language)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.brief", description=__doc__)
    parser.add_argument("folder", type=Path, help="where to write the briefs (outside the repo)")
    parser.add_argument("ordinal", help='the set\'s ordinal, as the brief says it ("eleventh")')
    parser.add_argument("--knowledge", help="knowledge directory")
    args = parser.parse_args(argv)
    knowledge = load_knowledge(knowledge_dir(args.knowledge))
    template = TEMPLATE.read_text(encoding="utf-8")
    folder: Path = args.folder.resolve()
    (folder / "out").mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        brief = brief_text(template, language, folder, args.ordinal)
        (folder / f"brief_{language}.md").write_text(brief, encoding="utf-8")
        (folder / f"entries_{language}.md").write_text(
            entries_text(knowledge, language), encoding="utf-8"
        )
    print(f"wrote the briefs and entries of six languages to {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
