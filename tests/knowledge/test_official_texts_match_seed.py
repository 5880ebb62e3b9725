"""Every official text in the YAML files, compared with the raw seeds directly.

``test_import_seed.py`` compares the YAML with the import script's output, so a bug in the script
(a repair it should have made and did not) passes there. This test does not use the script: the
comparison (``tools/official_seed.py``, whose docstring lists the only allowed differences) cuts
the raw seed itself. The same comparison runs before ``python -m tools.fingerprint_official``
records the official texts that ``python -m bot validate`` then holds every edit to.
"""

from __future__ import annotations

import dataclasses

from bot.knowledge.model import LANGUAGES, KnowledgeBase
from bot.knowledge.official import official_texts
from tools.official_seed import (
    CONSENSUS,
    SEEDS,
    SOURCES_DIR,
    arabic_line_tokens,
    compare_consensus,
)


def _seed(source: str) -> str:
    return (SOURCES_DIR / SEEDS[source][0]).read_text(encoding="utf-8")


def _official_keys(knowledge: KnowledgeBase, source: str) -> set[tuple[str, str, str]]:
    return {q.key for q in official_texts(knowledge) if q.source == source and q.official}


def test_every_official_consensus_text_equals_the_seed_up_to_listed_differences(
    knowledge: KnowledgeBase,
) -> None:
    comparison = compare_consensus(knowledge, _seed(CONSENSUS))
    assert comparison.mismatches == []
    # 44 paragraphs, 13 headings and 3 addressee sentences, in six languages: all compared.
    assert comparison.verified == _official_keys(knowledge, CONSENSUS)
    assert len(comparison.verified) == (44 + 13 + 3) * len(LANGUAGES)


def test_every_official_programme_text_is_whole_sentences_of_its_page(
    knowledge: KnowledgeBase,
) -> None:
    source = "unesco-global-ai-training"
    comparison = SEEDS[source][1](knowledge, _seed(source))
    assert comparison.mismatches == []
    assert comparison.verified == _official_keys(knowledge, source)
    assert len(comparison.verified) == 6


def _with_text(knowledge: KnowledgeBase, entry_id: str, lang: str, text: str) -> KnowledgeBase:
    entry = knowledge.entries[entry_id]
    local = dataclasses.replace(entry.languages[lang], text=text)
    entries = dict(knowledge.entries)
    entries[entry_id] = dataclasses.replace(entry, languages={**entry.languages, lang: local})
    return dataclasses.replace(knowledge, entries=entries)


def test_a_word_changed_in_any_language_is_caught_and_named(knowledge: KnowledgeBase) -> None:
    for lang, old, new in (
        ("fr", "ne peuvent être remplacés", "ne peuvent pas être remplacés"),
        ("ar", "للآلات", "للروبوتات"),
        ("zh", "教师", "老师"),
    ):
        text = knowledge.entries["bc-12"].languages[lang].text
        assert old in text, lang
        changed = _with_text(knowledge, "bc-12", lang, text.replace(old, new, 1))
        comparison = compare_consensus(changed, _seed(CONSENSUS))
        [mismatch] = comparison.mismatches
        assert mismatch.startswith(f"bc-12 {lang}"), mismatch
        assert new.split()[-1] in mismatch, mismatch
        assert ("entries", "bc-12", lang) not in comparison.verified


def test_arabic_repairs_apply_next_to_arabic_punctuation() -> None:
    assert arabic_line_tokens("الأشخاص المسنيّن، ولا سيمّا النساء المسناّت؛ )عامة(")[1:] == [
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
