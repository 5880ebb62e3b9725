"""The briefs for a held-out set's writers show the entries' texts and never the questions the
knowledge files search with (``bench.brief``)."""

from __future__ import annotations

from pathlib import Path

from bench import brief
from bot.i18n import language_name
from bot.knowledge.model import LANGUAGES, KnowledgeBase


def test_the_entries_file_has_every_text_and_no_searched_question(
    knowledge: KnowledgeBase,
) -> None:
    for language in LANGUAGES:
        text = brief.entries_text(knowledge, language)
        localized = [
            entry.languages[language]
            for entry in knowledge.entries.values()
            if language in entry.languages
        ]
        assert text.count("\n## ") == len(localized)
        assert all(item.text.strip() in text for item in localized)
        questions = {question for item in localized for question in item.questions}
        asked = {
            question
            for languages in knowledge.asked.values()
            for question in languages.get(language, ())
        }
        # Listed, a question would be a line of its own ("- …", or alone); the texts are whole
        # paragraphs and the titles follow "Title:".
        lines = {line.lstrip("- ").strip() for line in text.splitlines()}
        assert not lines & (questions | asked)


def test_the_briefs_are_written_for_each_language(tmp_path: Path) -> None:
    assert brief.main([str(tmp_path), "eleventh"]) == 0
    for language in LANGUAGES:
        written = (tmp_path / f"brief_{language}.md").read_text(encoding="utf-8")
        assert language_name(language, "en") in written
        assert f"{tmp_path.resolve()}/out/{language}.yaml" in written
        assert "(eleventh fresh set)" in written
        assert "LANG" not in written
        assert "{folder}" not in written
        assert (tmp_path / f"entries_{language}.md").exists()
    assert (tmp_path / "out").is_dir()
