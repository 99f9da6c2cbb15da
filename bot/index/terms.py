"""A term index over feature lists (or a sparse count matrix), built and queried with numpy.

Two weightings share one vocabulary and one sparse layout, because they answer different
questions. For a text d in a collection of n texts, with tf(t, d) the count of feature t:

TF-IDF cosine (how alike are question and text, whatever their lengths)::

    w(t, d) = (1 + ln tf(t, d)) * idf(t),   idf(t) = ln((1 + n) / (1 + df(t))) + 1
    cos(q, d) = (w_q / |w_q|) . (w_d / |w_d|)

exactly scikit-learn's ``TfidfVectorizer(sublinear_tf=True)``, to the bit (its
``TfidfTransformer``'s operations, done a block at a time); sublinear tf stops a word
repeated in a long text from swamping rarer matches, and l2 normalisation lets a short
sentence compete with a long passage.

BM25 (how much evidence a text holds for the question's words)::

    bm25(q, d) = sum over distinct t in q of  idf'(t) * tf (k1 + 1) / (tf + K(d))
    idf'(t) = ln(1 + (n - df + 0.5) / (df + 0.5)),   K(d) = k1 (1 - b + b |d| / avg|d|)

saturating tf and normalising length only partly, which ranks passages better than cosine.

The learned state is plain arrays (vocabulary, idf, and both weightings stored term by
term), so a query costs one slice per query term and can be cached without pickle.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any, Self

import numpy as np
import numpy.typing as npt

from bot import cache
from bot.index import weights

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


class TermIndex:
    """TF-IDF cosine and BM25 ranking of a fixed collection of texts (see the module doc)."""

    def __init__(self, k1: float = 1.2, b: float = 0.75) -> None:
        self.k1 = k1
        self.b = b

    def fit(self, texts: list[list[str]]) -> Self:
        """Learn the vocabulary, idf and both weightings of a collection of feature lists."""
        import scipy.sparse as sp

        vocabulary, columns, values, starts = self._count(texts)
        counts = sp.csr_matrix((values, columns, starts), shape=(len(texts), len(vocabulary)))
        return self.from_counts(counts, vocabulary)

    def from_counts(self, counts: Any, vocabulary: list[str]) -> Self:
        """Learn idf and both weightings from a (texts x features) scipy sparse count
        matrix whose columns are ``vocabulary``.

        The TF-IDF weights are scikit-learn's ``TfidfTransformer``'s, computed a block at a
        time by ``bot.index.weights`` (the same operations in the same order, so the same
        bits; ``tests/test_big_corpus.py`` checks it): the transformer holds three copies
        of the matrix, too many for a 50 MB text.
        """
        counts = counts.tocsr()
        n, nnz = counts.shape[0], counts.nnz
        if not nnz:
            empty = np.zeros(0)
            self._learned([], empty, np.zeros(1), empty, empty, empty, n)
            return self
        df = np.bincount(counts.indices, minlength=len(vocabulary))
        idf = np.full(len(vocabulary), n + 1.0)
        idf /= df + 1.0
        np.log(idf, out=idf)
        idf += 1.0
        sublinear = weights.sublinear(counts.data)
        norms, lengths = weights.row_norms(counts, idf, sublinear)
        scale = self.k1 * (1.0 - self.b + self.b * lengths / max(lengths.mean(), 1e-9))
        by_term = counts.tocsc()  # the counts term by term, each term's texts in order
        del counts
        tfidf, bm25 = weights.entry_weights(by_term, idf, norms, scale, df, sublinear,
                                            self.k1)
        self._learned(vocabulary, idf, by_term.indptr, by_term.indices, tfidf, bm25, n)
        return self

    @staticmethod
    def _count(texts: list[list[str]]) -> tuple[list[str], list[int], list[int], list[int]]:
        """Term counts as CSR parts (vocabulary, columns, counts, row starts), one pass.

        What scikit-learn's CountVectorizer does, less its vocabulary sort and document
        frequency limits, which this index does not need: a third of the fit time.
        """
        ids: dict[str, int] = {}
        columns: list[int] = []
        values: list[int] = []
        starts = [0]
        for text in texts:
            row: dict[int, int] = {}
            for feature in text:
                column = ids.get(feature)
                if column is None:
                    column = ids[feature] = len(ids)
                row[column] = row.get(column, 0) + 1
            columns += row.keys()
            values += row.values()
            starts.append(len(columns))
        return list(ids), columns, values, starts

    def _learned(self, vocabulary: list[str], idf: npt.ArrayLike, indptr: npt.ArrayLike,
                  indices: npt.ArrayLike, tfidf: npt.ArrayLike, bm25: npt.ArrayLike,
                  n_texts: int) -> None:
        """Install learned state, from ``fit`` or from a cache."""
        self.vocabulary_: dict[str, int] = {t: i for i, t in enumerate(vocabulary)}
        self.idf_: FloatArray = np.asarray(idf, dtype=np.float64)
        self.indptr_: IntArray = np.asarray(indptr, dtype=np.int64)
        self.indices_: npt.NDArray[np.int32] = np.asarray(indices, dtype=np.int32)
        self.tfidf_: FloatArray = np.asarray(tfidf, dtype=np.float64)
        self.bm25_: FloatArray = np.asarray(bm25, dtype=np.float64)
        self.n_texts_ = n_texts

    @classmethod
    def from_state(cls, arrays: dict[str, npt.NDArray[np.generic]]) -> TermIndex:
        """An index from ``state`` arrays, checked for consistency (ValueError if broken)."""
        index = cls()
        vocabulary = cache.unpack(arrays["vocabulary"])
        n_texts = int(np.asarray(arrays["n_texts"]).ravel()[0])
        index._learned(vocabulary, arrays["idf"], arrays["indptr"], arrays["indices"],
                        arrays["tfidf"], arrays["bm25"], n_texts)
        nnz = len(index.indices_)
        if (len(index.idf_) != len(vocabulary) or len(index.indptr_) != len(vocabulary) + 1
                or index.indptr_[-1] != nnz or len(index.tfidf_) != nnz
                or len(index.bm25_) != nnz
                or (nnz and (index.indices_.min() < 0 or index.indices_.max() >= n_texts))
                or np.any(np.diff(index.indptr_) < 0)):
            raise ValueError("inconsistent index arrays")
        return index

    def state(self) -> dict[str, npt.NDArray[np.generic]]:
        """The learned arrays, for a cache to save (``from_state`` takes them back)."""
        terms = sorted(self.vocabulary_, key=self.vocabulary_.__getitem__)
        return {"vocabulary": cache.pack(terms), "idf": self.idf_,
                "indptr": self.indptr_, "indices": self.indices_, "tfidf": self.tfidf_,
                "bm25": self.bm25_, "n_texts": np.array([self.n_texts_])}

    def idf(self, term: str) -> float | None:
        """The TF-IDF idf of a known term, or None for a term the collection never uses."""
        i = self.vocabulary_.get(term)
        return None if i is None else float(self.idf_[i])

    def holding(self, term: str) -> int:
        """How many texts hold a term (its document frequency; 0 for an unknown one)."""
        i = self.vocabulary_.get(term)
        return 0 if i is None else int(self.indptr_[i + 1] - self.indptr_[i])

    def query_vector(self, features: list[str]) -> tuple[IntArray, FloatArray]:
        """Term ids and l2-normalised TF-IDF weights of a query; unknown features dropped."""
        counts = Counter(f for f in features if f in self.vocabulary_)
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        ids = np.fromiter((self.vocabulary_[f] for f in counts), dtype=np.int64,
                          count=len(counts))
        tf = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))
        weights = tf * self.idf_[ids]
        return ids, weights / math.sqrt(float(weights @ weights))

    def cosine(self, features: list[str]) -> FloatArray:
        """TF-IDF cosine of the query with every text."""
        return self._accumulate(*self.query_vector(features), self.tfidf_)

    def bm25(self, query: Iterable[str] | Mapping[str, float]) -> FloatArray:
        """BM25 score of every text for the query's distinct known features.

        A mapping gives each feature a weight (1 for a plain list): a follow-up question
        counts the words it borrows from an earlier turn for less than its own.
        """
        weights = query if isinstance(query, Mapping) else dict.fromkeys(query, 1.0)
        known = [f for f in weights if f in self.vocabulary_]
        ids = np.fromiter((self.vocabulary_[f] for f in known), dtype=np.int64, count=len(known))
        return self._accumulate(ids, np.fromiter((weights[f] for f in known), dtype=np.float64,
                                                 count=len(known)), self.bm25_)

    def coverage(self, features: list[str]) -> FloatArray:
        """Per text, the share of the query's distinct known features' idf it contains."""
        ids = np.fromiter({self.vocabulary_[f] for f in features if f in self.vocabulary_},
                          dtype=np.int64)
        if not len(ids):
            return np.zeros(self.n_texts_)
        weights = self.idf_[ids] / self.idf_[ids].sum()
        return self._accumulate(ids, weights, None)

    def _accumulate(self, ids: IntArray, weights: FloatArray,
                    data: FloatArray | None) -> FloatArray:
        """Sum, over query terms, weight times each text's stored value (or 1) for the term."""
        result = np.zeros(self.n_texts_)
        for term, weight in zip(ids.tolist(), weights.tolist(), strict=True):
            lo, hi = self.indptr_[term], self.indptr_[term + 1]
            texts = self.indices_[lo:hi].astype(np.intp)  # faster than indexing with int32
            result[texts] += weight if data is None else weight * data[lo:hi]
        return result
