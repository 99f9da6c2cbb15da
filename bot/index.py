"""A TF-IDF index over feature lists: fitted once with scikit-learn, queried with numpy.

Scoring, for a query q and a text d of a collection of n texts:

    w(t, d) = (1 + ln tf(t, d)) * idf(t)        idf(t) = ln((1 + n) / (1 + df(t))) + 1
    v_d = w(., d) / ||w(., d)||                  score(q, d) = v_q . v_d   (cosine)

Why this weighting: sublinear tf stops a word repeated in a long passage from swamping
rarer matches; the smoothed idf keeps every known term positive; l2 normalisation makes
short sentences and long passages comparable. Features are stemmed content words plus word
bigrams (see ``bot.text``), so a phrase matched as a phrase counts more than its words
scattered. The learned state is plain arrays (vocabulary, idf, and the text vectors stored
term by term), so a query costs one slice per query term and can be cached without pickle.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Self

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


def _identity(features: list[str]) -> list[str]:
    """The analyzer scikit-learn calls: texts arrive already cut into features."""
    return features


class TfidfIndex:
    """Cosine TF-IDF ranking of a fixed collection of texts (see the module docstring)."""

    def __init__(self, sublinear_tf: bool = True) -> None:
        self.sublinear_tf = sublinear_tf

    def fit(self, texts: list[list[str]]) -> Self:
        """Learn the vocabulary, idf and text vectors of a collection of feature lists."""
        from sklearn.feature_extraction.text import TfidfVectorizer

        vectorizer = TfidfVectorizer(analyzer=_identity, sublinear_tf=self.sublinear_tf,
                                     lowercase=False, norm="l2", smooth_idf=True)
        if any(texts):
            matrix = vectorizer.fit_transform(texts).tocsc()
            vocabulary = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.__getitem__)
            self.set_state(vocabulary, vectorizer.idf_, matrix.indptr, matrix.indices,
                           matrix.data, len(texts))
        else:
            empty = np.zeros(0)
            self.set_state([], empty, np.zeros(1), empty, empty, len(texts))
        return self

    def set_state(self, vocabulary: list[str], idf: npt.ArrayLike, indptr: npt.ArrayLike,
                  indices: npt.ArrayLike, data: npt.ArrayLike, n_texts: int) -> None:
        """Install learned state, from ``fit`` or from a cache."""
        self.vocabulary_: dict[str, int] = {t: i for i, t in enumerate(vocabulary)}
        self.idf_: FloatArray = np.asarray(idf, dtype=np.float64)
        self.indptr_: IntArray = np.asarray(indptr, dtype=np.int64)
        self.indices_: IntArray = np.asarray(indices, dtype=np.int64)
        self.data_: FloatArray = np.asarray(data, dtype=np.float64)
        self.n_texts_ = n_texts

    def state(self) -> dict[str, npt.NDArray[np.generic]]:
        """The learned arrays, for a cache to save (``set_state`` takes them back)."""
        terms = sorted(self.vocabulary_, key=self.vocabulary_.__getitem__)
        return {"vocabulary": np.array(terms, dtype=str), "idf": self.idf_,
                "indptr": self.indptr_, "indices": self.indices_, "data": self.data_,
                "n_texts": np.array([self.n_texts_])}

    def idf(self, term: str) -> float | None:
        """The idf of a known term, or None for a term the collection never uses."""
        i = self.vocabulary_.get(term)
        return None if i is None else float(self.idf_[i])

    def query_vector(self, features: list[str]) -> tuple[IntArray, FloatArray]:
        """Term ids and l2-normalised weights of a query; unknown features are dropped."""
        counts = Counter(f for f in features if f in self.vocabulary_)
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        ids = np.fromiter((self.vocabulary_[f] for f in counts), dtype=np.int64, count=len(counts))
        tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
        if self.sublinear_tf:
            tf = 1.0 + np.log(tf)
        weights = tf * self.idf_[ids]
        return ids, weights / math.sqrt(float(weights @ weights))

    def scores(self, features: list[str]) -> FloatArray:
        """Cosine similarity of the query with every text of the collection."""
        result = np.zeros(self.n_texts_)
        for term, weight in zip(*self.query_vector(features), strict=True):
            lo, hi = self.indptr_[term], self.indptr_[term + 1]
            result[self.indices_[lo:hi]] += weight * self.data_[lo:hi]
        return result
