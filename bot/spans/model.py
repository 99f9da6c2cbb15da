"""The exact answer inside an answer sentence: a few words, or None when unsure.

Every run of at most ``MAX_TOKENS`` tokens of the sentence that neither starts nor ends on
punctuation, and is not all question words, is a candidate span (i, j). Its score is a
linear model's, in the manner of the SQuAD paper's logistic-regression baseline but over a
sentence already chosen:

    score(i, j) = a_c · f(i) + b_c · f(j) + u · v(i) + w · v(j) + (d + d_c) · g(i, j)

where c is the question's class (``features.question_class``), f(t) the sparse features of
token t (``features``; a_c, b_c merge the shared and the class-crossed weights), v(t) its
word-vector block (``vectors``), and g(i, j) the whole-span features (``dense``). The
``rerank.TOP`` best spans get a second look as wholes (``rerank``: a conditional logit over
them with chunk-boundary, clause and question-coverage features); its softmax gives the
chosen span's probability p. A second logistic model turns (p, logit p, the retrieval
confidence, the lead over the runner-up, the class, the chosen span's features) into the
chance that the span is right (F1 >= 0.8); below ``threshold`` the span is None, and so it is for a
question that wants a whole sentence (why, how, describe): abstaining keeps the spans that
are given right (precision before recall). The weights and the threshold are fitted on the
SQuAD tuning articles by ``bench/train_span.py`` and stored in
``bot/spans/data/span_weights.json``; applying them is a few dictionary look-ups and small
numpy products, well under a millisecond.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from bot.reply import Span
from bot.spans.dense import dense_features
from bot.spans.features import (
    QUESTION_CLASSES,
    SENTENCE_CLASSES,
    Tokens,
    matches,
    token_features,
    tokenize,
)
from bot.spans.question import Question
from bot.spans.rerank import Look, class_weights, rerank_rows, second_look, top_spans
from bot.spans.vectors import token_block

MAX_TOKENS = 12
WEIGHTS_PATH = Path(__file__).resolve().parent / "data" / "span_weights.json"


@dataclass(frozen=True)
class Weights:
    """A fitted span model: per-feature start and end weights, weights of the whole-span
    features (``DENSE``) shared by all questions and per question class, and the least
    probability for a span to be given."""

    start: dict[str, float]
    end: dict[str, float]
    dense: dict[str, tuple[float, ...]]
    threshold: float
    vector_start: tuple[float, ...] = ()
    vector_end: tuple[float, ...] = ()
    abstain: tuple[float, ...] = ()
    rerank: dict[str, tuple[float, ...]] = field(default_factory=dict)
    tables: dict[str, _Table] = field(default_factory=dict, compare=False, repr=False)

    def table(self, qclass: str) -> dict[str, tuple[float, float]]:
        """Per feature name, its (start, end) weight for one question class: the shared
        weight plus the class's crossed one, each name merged on its first look-up and
        kept, so a token costs one look-up per feature (``_Table``)."""
        if qclass not in self.tables:
            self.tables[qclass] = _Table(self, qclass)
        return self.tables[qclass]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Weights:
        """The weights from their JSON form."""
        return cls(dict(data["start"]), dict(data["end"]),
                   {k: tuple(v) for k, v in data["dense"].items()}, float(data["threshold"]),
                   tuple(data.get("vector_start", ())), tuple(data.get("vector_end", ())),
                   tuple(data.get("abstain", ())),
                   {k: tuple(v) for k, v in data.get("rerank", {}).items()})

    def to_dict(self) -> dict[str, Any]:
        """The weights in their JSON form."""
        return {"start": self.start, "end": self.end, "dense": self.dense,
                "threshold": self.threshold, "vector_start": self.vector_start,
                "vector_end": self.vector_end, "abstain": self.abstain,
                "rerank": self.rerank}


class _Table(dict[str, tuple[float, float]]):
    """One question class's merged weights, filled as names are looked up: a name's
    (start, end) is ``0.0 + shared + crossed`` (each 0 when absent; a name with "|" has no
    shared weight, it is another class's), as merging all 17,000 weights at once gave, but
    a class's first question no longer pays 3-4 ms to merge them. Two terms add up alike
    in either order, so the sums are the same."""

    def __init__(self, weights: Weights, qclass: str) -> None:
        super().__init__()
        self._weights = weights
        self._prefix = f"{qclass}|"

    def __missing__(self, name: str) -> tuple[float, float]:
        weights, crossed = self._weights, self._prefix + name
        shared = "|" not in name
        merged = (0.0 + (weights.start.get(name, 0.0) if shared else 0.0)
                  + weights.start.get(crossed, 0.0),
                  0.0 + (weights.end.get(name, 0.0) if shared else 0.0)
                  + weights.end.get(crossed, 0.0))
        self[name] = merged
        return merged


@lru_cache(maxsize=1)
def default_weights() -> Weights:
    """The weights shipped with kzbot."""
    return Weights.from_dict(json.loads(WEIGHTS_PATH.read_text(encoding="utf-8")))


def token_scores(weights: Weights, names: list[list[str]],
                 qclass: str) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """Each token's start and end score: the sums of its features' weights, shared and
    crossed with the question class (unknown features weigh 0)."""
    weight = weights.table(qclass).__getitem__  # a missing name is merged on first use
    starts, ends = [], []
    for token in names:
        start = end = 0.0
        for a, b in map(weight, token):
            start += a
            end += b
        starts.append(start)
        ends.append(end)
    return np.array(starts), np.array(ends)


@dataclass(frozen=True)
class Analysis:
    """A sentence read for one question: tokens, which the question uses, and features."""

    tokens: Tokens
    qclass: str
    matched: list[bool]
    names: list[list[str]]
    dense: np.ndarray[Any, Any]
    valid: np.ndarray[Any, Any]
    vectors: np.ndarray[Any, Any]
    asked: Question


def analyse(sentence: str, question: str | Question) -> Analysis:
    """Everything about the candidate spans that does not depend on the weights."""
    asked = question if isinstance(question, Question) else Question.read(question)
    tokens = tokenize(sentence)
    matched = matches(tokens, asked.stems)
    n = len(tokens.text)
    shapes = tokens.shapes
    may_start = np.array([s != "punct" and t != "%" for s, t in zip(shapes, tokens.text,
                                                                     strict=True)])
    may_end = np.array([s != "punct" and t != "$" for s, t in zip(shapes, tokens.text,
                                                                   strict=True)])
    focus, soft, vectors = token_block(tokens, asked)
    dense = dense_features(tokens, matched, MAX_TOKENS, focus, soft)
    i = np.arange(n)[:, None]
    k = np.arange(MAX_TOKENS)[None, :]
    j = np.minimum(i + k, n - 1)
    valid = (i + k < n) & may_start[:, None] & may_end[j] & (dense[..., 0] < 1.0)
    return Analysis(tokens, asked.qclass, matched, token_features(tokens, matched), dense,
                    valid, vectors, asked)


def span_scores(analysis: Analysis, weights: Weights) -> np.ndarray[Any, Any]:
    """Score of every candidate span as an (n, MAX_TOKENS) matrix: row i starts at token i,
    column k ends at token i + k; impossible spans are −inf."""
    n = len(analysis.tokens.text)
    starts, ends = token_scores(weights, analysis.names, analysis.qclass)
    if weights.vector_start:
        starts = starts + analysis.vectors @ np.asarray(weights.vector_start)
        ends = ends + analysis.vectors @ np.asarray(weights.vector_end)
    j = np.minimum(np.arange(n)[:, None] + np.arange(MAX_TOKENS)[None, :], n - 1)
    shared = np.asarray(weights.dense["all"])
    own = np.asarray(weights.dense.get(analysis.qclass, np.zeros_like(shared)))
    scores = starts[:, None] + ends[j] + analysis.dense @ (shared + own)
    return np.where(analysis.valid, scores, -np.inf)


def look_again(analysis: Analysis, scores: np.ndarray[Any, Any],
               weights: Weights) -> Look | None:
    """The second look (``rerank``) at the first model's best few spans, None if none."""
    if not np.isfinite(scores).any():
        return None
    i, k = top_spans(scores)
    rows = rerank_rows(analysis.tokens, analysis.matched, analysis.asked,
                       (i, i + k, scores[i, k], analysis.dense[i, k]))
    return second_look(rows, i, k, class_weights(weights.rerank, analysis.qclass))


def sureness_row(analysis: Analysis, best: Look, confidence: float) -> np.ndarray[Any, Any]:
    """What the abstention model reads: a bias, the span's probability and its logit, the
    retrieval confidence, its lead over the runner-up, whether the first model agreed, the
    question class (one-hot), and the span's second-look features."""
    p = min(max(best.probability, 1e-6), 1 - 1e-6)
    classes = [float(analysis.qclass == c) for c in QUESTION_CLASSES]
    return np.concatenate([[1.0, p, np.log(p / (1 - p)), confidence, best.lead,
                            float(best.first)], classes, best.row])


def sureness(analysis: Analysis, best: Look, confidence: float, weights: Weights) -> float:
    """The estimated chance that the span is right (token F1 >= 0.8 against the answer)."""
    if not weights.abstain:
        return best.probability
    z = float(sureness_row(analysis, best, confidence) @ np.asarray(weights.abstain))
    return 1.0 / (1.0 + math.exp(-z))


def best_span(sentence: str, question: str | Question, confidence: float = 1.0,
              weights: Weights | None = None) -> Span | None:
    """The best-scoring span, its probability the chance that it is right, before the
    threshold; ``confidence`` is retrieval's that the sentence answers at all."""
    weights = weights or default_weights()
    if not any(c.isalnum() for c in sentence):
        return None
    analysis = analyse(sentence, question)
    best = look_again(analysis, span_scores(analysis, weights), weights)
    if best is None:
        return None
    start, end = analysis.tokens.start[best.i], analysis.tokens.end[best.i + best.k]
    return Span(sentence[start:end], start, end,
                round(sureness(analysis, best, confidence, weights), 4))


def extract(sentence: str, question: str, confidence: float = 1.0,
            weights: Weights | None = None) -> Span | None:
    """The exact answer inside ``sentence``, or None when the question wants a whole
    sentence (why, how, describe) or two answers at once, or the span's chance of being
    right is under the threshold."""
    weights = weights or default_weights()
    asked = Question.read(question)
    if asked.qclass in SENTENCE_CLASSES or asked.two_parts:
        return None
    span = best_span(sentence, asked, confidence, weights)
    return span if span is not None and span.probability >= weights.threshold else None
