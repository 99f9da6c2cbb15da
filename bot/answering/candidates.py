"""Candidate sentences for a query: every sentence of the best passages plus the best
sentences overall, by BM25 (see ``bot.index.terms``).

The ``Layout`` holds per-sentence facts the later stages read, derived from the document
alone (cheap, never cached): where each passage's sentences start, each sentence's
passage and length, and whether it leans on the sentence before it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from bot.answering.query import Query
from bot.index.terms import TermIndex
from bot.language.continuation import continues_previous
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
    def of(cls, document: Document) -> Layout:
        """The layout of a document."""
        sentences = document.sentences
        continues, lengths = _facts(sentences)
        return cls(document, sentences,
                   np.cumsum([0] + [len(p.sentences) for p in document.passages]),
                   np.fromiter((s.passage for s in sentences), dtype=np.int64,
                               count=len(sentences)),
                   continues, lengths)

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


def _facts(sentences: list[Sentence]) -> tuple[FloatArray, FloatArray]:
    """Whether each sentence leans on the one before (1.0 or 0.0), and its words.

    Each sentence's text is sliced once, and not all kept at once (as many bytes again as
    the document).
    """
    continues, lengths = np.zeros(len(sentences)), np.zeros(len(sentences))
    for i, sentence in enumerate(sentences):
        text = sentence.text
        continues[i] = continues_previous(text)
        lengths[i] = len(text.split())
    return continues, lengths


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
