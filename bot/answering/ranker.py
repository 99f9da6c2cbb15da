"""Ranking candidates: a linear score over the named features.

    score(s) = sum over features k of  WEIGHTS[k] * feature_k(q, s)

The weights were fitted by pairwise logistic regression on the tuning articles
(``bench/train_ranker.py`` prints them, by name, for ``WEIGHTS``).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import numpy.typing as npt

from bot.answering.features import FEATURES

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

# Fitted by bench/train_ranker.py (pairwise logistic regression on squad_dev).
WEIGHTS: dict[str, float] = {
    "sentence_bm25": 1.145, "passage_bm25": 2.546, "sentence_cosine": -0.185,
    "passage_cosine": 7.361, "previous_bm25": 0.428, "next_bm25": -0.022, "answer_type": 1.776,
    "sentence_coverage": 1.091, "phrase_matches": -0.255, "top_passage": 0.134,
    "length": -2.020, "window_coverage": -0.550, "novelty": -0.602, "passage_coverage": 0.056,
    "passage_phrases": 0.901, "continues_previous": 0.265, "soft_coverage": 7.269,
    "passage_soft_coverage": 6.561, "window_soft_coverage": 1.908,
    "inside_names": -0.8,  # set by hand on squad_dev and the tuning factoids, not fitted
}


class Ranker:
    """Scores candidates with named weights, one per feature of ``FEATURES``."""

    def __init__(self, weights: Mapping[str, float] = WEIGHTS) -> None:
        missing = set(FEATURES) ^ set(weights)
        if missing:
            raise ValueError(f"weights and features disagree on: {', '.join(sorted(missing))}")
        self.weights = dict(weights)
        self.vector = np.array([weights[name] for name in FEATURES])

    def score(self, matrix: FloatArray) -> FloatArray:
        """Each candidate's score (a row of ``matrix`` per candidate)."""
        scores: FloatArray = matrix @ self.vector
        return scores

    @staticmethod
    def order(scores: FloatArray) -> IntArray:
        """Candidate positions, best first."""
        return np.argsort(-scores)
