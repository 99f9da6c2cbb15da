"""What the ranker knows about a candidate sentence: named features, one function each.

Each candidate s, in passage p, is described by ``FEATURES``, a mapping from a feature's
name to the function that computes its column over all candidates at once. A sentence
wins by matching the question itself (BM25, cosine, the share of the question's idf it
covers, the phrases it repeats), by covering it in meaning as well as in words
(``bot.index.wordpieces``: "job" half-matches "occupation"), by sitting in a passage about
the question, by neighbours that match (the answer often follows the sentence that names
the subject), and by holding the kind of thing asked for (a date for "when"...).

Adding a feature is one entry here plus a refit (``bench/train_ranker.py`` prints the
weights for ``bot.answering.ranker.WEIGHTS``, which a test keeps in step by name).
Intermediate values several features share are computed once, in ``Inputs``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

import numpy as np
import numpy.typing as npt

from bot.answering.candidates import Candidates, Layout
from bot.answering.query import Query
from bot.index.terms import TermIndex
from bot.index.wordpieces import SoftCoverage
from bot.language.answer_type import PERSON, names_a_body, offers
from bot.language.inside_names import lower_terms, name_only_share

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


def scaled(scores: FloatArray) -> FloatArray:
    """Scores divided by their maximum, so differently scaled rankings can be added."""
    top = float(scores.max()) if scores.size else 0.0
    return scores / top if top > 0 else scores


class Inputs:
    """A query's candidates and the values their features share, each computed once."""

    def __init__(self, query: Query, found: Candidates, passages: TermIndex,
                 sentences: TermIndex, soft: SoftCoverage, layout: Layout) -> None:
        self.query = query
        self.ids = found.ids
        self.owner = found.owner
        self.found = found
        self.passages = passages
        self.sentences = sentences
        self.soft = soft
        self.layout = layout
        last = len(layout.passage_of) - 1
        self.before = np.maximum(self.ids - 1, 0)
        self.after = np.minimum(self.ids + 1, last)
        self.same_before = layout.passage_of[self.before] == self.owner

    @cached_property
    def sentence_scaled(self) -> FloatArray:
        return scaled(self.found.sentence_bm25)

    @cached_property
    def coverage(self) -> FloatArray:
        """Per sentence, the share of the query's idf it holds."""
        return self.sentences.coverage(self.query.unigrams)

    @cached_property
    def blocks(self) -> list[IntArray]:
        """Every sentence of each candidate passage, passage by passage (in order: a plain
        ``np.unique`` would import numpy.ma, ~10 ms of a one-shot ``kzbot ask``)."""
        first = self.layout.first_sentence
        return [np.arange(first[p], first[p + 1]) for p in sorted(set(self.owner.tolist()))]

    @cached_property
    def around(self) -> IntArray:
        """Every sentence of the candidates' passages, in order."""
        return np.concatenate(self.blocks)

    @cached_property
    def matches(self) -> FloatArray:
        """Soft matches of each query piece in each sentence of ``around``."""
        return self.soft.matches(self.query.soft, self.around)

    @cached_property
    def at(self) -> IntArray:
        """Each candidate's column in ``matches``."""
        return np.searchsorted(self.around, self.ids)

    @cached_property
    def at_before(self) -> IntArray:
        """The column of the sentence before each candidate (itself at a passage start)."""
        return np.searchsorted(self.around, np.where(self.same_before, self.before, self.ids))

    def soft_coverage(self, matches: FloatArray) -> FloatArray:
        return self.soft.coverage(self.query.soft, matches)


def _neighbour(x: Inputs, other: IntArray) -> FloatArray:
    """The scaled BM25 of a neighbour in the same passage (0 past a passage's edge)."""
    same = (x.layout.passage_of[other] == x.owner) & (other != x.ids)
    return np.where(same, x.sentence_scaled[other], 0)


def _window_coverage(x: Inputs) -> FloatArray:
    here = x.coverage[x.ids]
    return np.maximum(here, np.where(x.same_before,
                                     np.minimum(here + x.coverage[x.before], 1), here))


def _passage_soft(x: Inputs) -> FloatArray:
    starts = np.cumsum([0] + [len(b) for b in x.blocks[:-1]])
    best = np.maximum.reduceat(x.matches, starts, axis=1)
    of_passage = np.unique(x.owner, return_inverse=True)[1]
    return x.soft_coverage(best)[of_passage]


def _offered(wanted: str | None, sentence: str, known: set[str]) -> float:
    """``offers``, and for "who" half of it for a body named in a common noun."""
    found = offers(wanted, sentence, known)
    return 0.5 if wanted == PERSON and not found and names_a_body(sentence, known) else found


def _answer_type(x: Inputs) -> FloatArray:
    sentences, wanted, known = x.layout.sentences, x.query.answer_type, x.query.known_words
    if wanted is None:  # no type asked: every sentence offers 0, none is read
        return np.zeros(len(x.ids))
    return np.fromiter((_offered(wanted, sentences[i].text, known) for i in x.ids.tolist()),
                       dtype=np.float64, count=len(x.ids))


def _inside_names(x: Inputs) -> FloatArray:
    """The share of the question's terms each candidate holds only inside a longer name
    (``bot.language.inside_names``)."""
    asked, lower = frozenset(x.query.terms), lower_terms(x.query.text)
    sentences = x.layout.sentences
    return np.fromiter((name_only_share(asked, lower, sentences[i].text)
                        for i in x.ids.tolist()), dtype=np.float64, count=len(x.ids))


def _pairs(index: TermIndex, x: Inputs, rows: IntArray) -> FloatArray:
    pairs = x.query.pairs
    return index.coverage(pairs)[rows] if pairs else np.zeros(len(x.ids))


Feature = Callable[[Inputs], FloatArray]
FEATURES: dict[str, Feature] = {
    "sentence_bm25": lambda x: x.sentence_scaled[x.ids],
    "passage_bm25": lambda x: scaled(x.found.passage_bm25)[x.owner],
    "sentence_cosine": lambda x: x.sentences.cosine(x.query.features)[x.ids],
    "passage_cosine": lambda x: x.passages.cosine(x.query.features)[x.owner],
    "previous_bm25": lambda x: _neighbour(x, x.before),
    "next_bm25": lambda x: _neighbour(x, x.after),
    "answer_type": _answer_type,
    "sentence_coverage": lambda x: x.coverage[x.ids],
    "phrase_matches": lambda x: _pairs(x.sentences, x, x.ids),
    "top_passage": lambda x: (x.owner == int(np.argmax(x.found.passage_bm25))).astype(
        np.float64),
    "length": lambda x: np.log1p(x.layout.lengths[x.ids]) / 5.0,
    "window_coverage": _window_coverage,
    "novelty": lambda x: np.log1p(np.maximum(
        x.layout.lengths[x.ids] - len(set(x.query.unigrams)), 0)) / 5.0,
    "passage_coverage": lambda x: x.passages.coverage(x.query.unigrams)[x.owner],
    "passage_phrases": lambda x: _pairs(x.passages, x, x.owner),
    "continues_previous": lambda x: x.layout.continues[x.ids] * np.where(
        x.same_before, x.coverage[x.before], 0),
    "soft_coverage": lambda x: x.soft_coverage(x.matches[:, x.at]),
    "passage_soft_coverage": _passage_soft,
    "window_soft_coverage": lambda x: x.soft_coverage(
        np.maximum(x.matches[:, x.at], x.matches[:, x.at_before])),
    "inside_names": _inside_names,
}


def column(name: str) -> int:
    """The column of a named feature in ``matrix``'s output."""
    return list(FEATURES).index(name)


def matrix(inputs: Inputs) -> FloatArray:
    """The candidates' feature matrix: a row per candidate, a column per FEATURES entry."""
    return np.column_stack([feature(inputs) for feature in FEATURES.values()])
