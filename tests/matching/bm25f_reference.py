"""BM25F as the definition reads, term by term and document by document: the reference the
index's tests compare its idf and postings with, exactly (the same operations in the same
order)."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence

from bot.matching.index import FIELD_WEIGHTS, K1, OVERVIEW_TEXT_WEIGHT, B


def bm25f(
    documents: list[dict[str, list[str]]], overviews: Sequence[bool] | None = None
) -> tuple[dict[str, float], dict[str, dict[int, float]], float]:
    """IDF, postings (term -> document position -> contribution) and the idf of an unknown term;
    an overview's text weighs OVERVIEW_TEXT_WEIGHT of another's."""
    count = len(documents)
    average: dict[str, float] = {}
    for name in FIELD_WEIGHTS:
        total = sum(len(fields[name]) for fields in documents)
        average[name] = total / count if count else 1.0
    frequency: Counter[str] = Counter()
    for fields in documents:
        frequency.update({term for terms in fields.values() for term in terms})
    idf = {term: math.log(1 + (count - n + 0.5) / (n + 0.5)) for term, n in frequency.items()}
    postings: dict[str, dict[int, float]] = defaultdict(dict)
    for position, fields in enumerate(documents):
        weighted: dict[str, float] = defaultdict(float)
        for name in FIELD_WEIGHTS:
            norm = 1 - B + B * len(fields[name]) / (average[name] or 1.0)
            weight = FIELD_WEIGHTS[name]
            if name == "text" and overviews is not None and overviews[position]:
                weight *= OVERVIEW_TEXT_WEIGHT
            for term, frequency_in_field in Counter(fields[name]).items():
                weighted[term] += weight * frequency_in_field / norm
        for term, tf in weighted.items():
            postings[term][position] = idf[term] * tf / (K1 + tf)
    return idf, postings, math.log(1 + (count + 0.5) / 0.5)
