"""When two unanswered questions are the same need: the rule that groups questions into gaps.

Editors should see one gap per need, not one line per wording, and not one per language. Two
questions are the same need when:

* they are the same text once normalised (whatever the language);
* in one language, they use nearly the same words in any order (rapidfuzz's token sort ratio
  at least ``SAME_WORDS``): "unesco scholarships for students" and "students unesco
  scholarships";
* in any languages, the matcher's nearest entries agree: the same entry came closest to both,
  and at least two of the three closest are the same. The knowledge base is the same in six
  languages, so this is how a French and a Spanish question about one missing subject find
  each other.

A question with fewer than two nearest entries joins a gap only by its words.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

SAME_WORDS = 88


@dataclass(frozen=True)
class Asked:
    """An unanswered question as stored: normalised text, language, nearest entries."""

    language: str
    text: str
    nearest: tuple[str, ...] = ()


def same_need(a: Asked, b: Asked) -> bool:
    if a.text == b.text:
        return True
    if a.language == b.language and fuzz.token_sort_ratio(a.text, b.text) >= SAME_WORDS:
        return True
    if len(a.nearest) < 2 or len(b.nearest) < 2 or a.nearest[0] != b.nearest[0]:
        return False
    return len(set(a.nearest[:3]) & set(b.nearest[:3])) >= 2


def find_gap(asked: Asked, gaps: Iterable[tuple[int, Sequence[Asked]]]) -> int | None:
    """The first open gap (id, its questions) with a question of the same need, else None."""
    for gap_id, questions in gaps:
        if any(same_need(asked, other) for other in questions):
            return gap_id
    return None
