"""Candidate sentences for a query: every sentence of the best passages plus the best
sentences overall, by BM25 (see ``bot.index.terms``).

The ``Layout`` holds per-sentence facts the later stages read: where each passage's
sentences start, each sentence's passage and length, and whether it leans on the sentence
before it (the last two found with the index's parts, ``bot.index.parts``, and cached with them).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from bot.answering.query import Query
from bot.index.terms import TermIndex
from bot.language.text import terms
from bot.reading.document import Document, Sentence

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True)
class Layout:
    """A document's sentences and passages as arrays (see the module docstring)."""

    document: Document
    sentences: list[Sentence]
    first_sentence: IntArray
    passage_of: IntArray
    continues: FloatArray
    lengths: FloatArray
    _terms: dict[tuple[str, int], frozenset[str]] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, document: Document, continues: npt.NDArray[np.generic],
           lengths: npt.NDArray[np.generic]) -> Layout:
        """The layout of a document whose sentences lean on the one before them where
        ``continues`` is true, and hold ``lengths`` words (``bot.index.parts.Part``)."""
        sentences = document.sentences
        counts = np.fromiter((len(p.sentences) for p in document.passages), dtype=np.int64,
                             count=len(document.passages))
        first = np.concatenate((np.zeros(1, np.int64), np.cumsum(counts)))
        passages = np.fromiter((p.position for p in document.passages), dtype=np.int64,
                               count=len(document.passages))
        return cls(document, sentences, first, np.repeat(passages, counts),
                   continues.astype(np.float64), lengths.astype(np.float64))

    def passage_terms(self, passage: int) -> frozenset[str]:
        """The content terms of a passage, read once and kept."""
        return self._kept_terms("passage", passage, self.document.passages[passage].text)

    def sentence_terms(self, sentence: int) -> frozenset[str]:
        """The content terms of a sentence, read once and kept."""
        return self._kept_terms("sentence", sentence, self.sentences[sentence].text)

    def _kept_terms(self, kind: str, position: int, text: str) -> frozenset[str]:
        found = self._terms.get((kind, position))
        if found is None:
            found = self._terms[kind, position] = frozenset(terms(text))
        return found


@dataclass(frozen=True)
class Candidates:
    """Candidate sentence ids, their passages, and both BM25 rankings they came from."""

    ids: IntArray
    owner: IntArray
    sentence_bm25: FloatArray
    passage_bm25: FloatArray


def gather(query: Query, passages: TermIndex, sentences: TermIndex, layout: Layout,
           top_passages: int, top_sentences: int) -> Candidates | None:
    """The candidates for a query, or None when no text shares a term with it."""
    p_bm25 = passages.bm25(query.weights)
    s_bm25 = sentences.bm25(query.weights)
    if not p_bm25.any() and not s_bm25.any():
        return None
    chosen: set[int] = set(np.argsort(-s_bm25)[:top_sentences].tolist())
    for p in np.argsort(-p_bm25)[:top_passages]:
        chosen.update(range(layout.first_sentence[p], layout.first_sentence[p + 1]))
    ids = np.fromiter(sorted(chosen), dtype=np.int64)
    return Candidates(ids, layout.passage_of[ids], s_bm25, p_bm25)
