"""Composing the answer from the ranked candidates: its text and the passages behind it."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from bot.reading.document import Passage, Sentence

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


def answer_text(sentences: Sequence[Sentence], ids: IntArray, scores: FloatArray, order: IntArray,
                join_margin: float) -> str:
    """The best sentence, or the best two when the runner-up is within ``join_margin``.

    Two close candidates mean the ranker cannot tell which one answers; showing both
    (in reading order when they share a passage) beats guessing.
    """
    chosen = [int(ids[order[0]])]
    if len(order) > 1 and scores[order[0]] - scores[order[1]] < join_margin:
        chosen.append(int(ids[order[1]]))
        if sentences[chosen[0]].passage == sentences[chosen[1]].passage:
            chosen.sort()
    # one line, however the document was wrapped
    return " ".join(" ".join(sentences[i].text.split()) for i in chosen)


def rank_passages(passages: Sequence[Passage], owner: IntArray, scores: FloatArray,
                  max_sources: int) -> tuple[tuple[Passage, float], ...]:
    """Passages ordered by, and scored with, the ranker score of their best sentence."""
    best: dict[int, float] = {}
    for p, score in zip(owner.tolist(), scores.tolist(), strict=True):
        best[p] = max(score, best.get(p, score))
    order = sorted(best, key=lambda p: -best[p])[:max_sources]
    return tuple((passages[p], best[p]) for p in order)
