"""Second look at the best few spans: a conditional logit over whole candidate spans.

The first model (``bot.spans.model``) scores every span from its edge tokens and a few
whole-span features. Its ``TOP`` best spans are then read again as wholes, with what an
edge-token model cannot see, in the manner of the SQuAD paper's logistic-regression
baseline (chunk boundaries, answer type, question-word overlap, clause membership):

    P(span s | question) = exp(w_c · h(s)) / Σ_{s' in top} exp(w_c · h(s'))

where h(s) (``RERANK``) holds the first model's score gap and rank, the probability mass of
the top spans that overlap s (agreement), whether s repeats a question word even misspelt
(same first five letters), whether a question word shares its clause (no comma, semicolon
or bracket between), what comes just before and after s (a preposition, a determiner, a
comma, a verb, "and", "which"…: a natural chunk boundary or not), whether s cuts a run of
capitalised words, how it relates to the question's focus word ("which *magazine*"), its
share of stop words and its length; w_c is a shared weight vector plus one per question
class c. Every column is one numpy expression over the candidates' start and end arrays,
so a question costs a few dozen small array operations.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from bot.spans.chunks import Array, Chunks, chunks
from bot.spans.dense import DENSE
from bot.spans.features import Tokens
from bot.spans.question import Question

TOP = 24
_TYPED = tuple(DENSE.index(name) for name in ("date_exact", "amount_exact", "name_exact"))
_HEAD = DENSE.index("focus_end")
_NUMERIC = tuple(DENSE.index(name) for name in ("digits", "year", "month"))
# The typed mention (date, amount, name: an index into ``_TYPED``) each class of question
# wants.
WANTS = {"date": 0, "when": 0, "number": 1, "how_many": 1, "how_much": 1, "person": 2,
         "who": 2, "whom": 2, "whose": 2, "place": 2, "where": 2}
RERANK = ("gap", "first", "top3", "log_rank", "agree", "repeats", "fuzzy_repeat",
          "clause_left", "clause_right", "clause_count", "after_prep", "after_det",
          "after_break", "after_verb", "before_break", "before_and", "before_relative",
          "before_prep", "before_verb", "has_focus", "after_focus", "before_focus",
          "head_focus", "date", "amount", "name", "first_stop", "last_stop", "stop_share",
          "cuts_caps", "whole_caps", "has_verb", "between_breaks", "lower", "log_length",
          "cuts_left", "cuts_right", "whole_run", "cover_sentence", "cover_left",
          "cover_right", "cover_near", "type_match", "type_clash")


def rerank_rows(tokens: Tokens, matched: list[bool], question: Question,
                spans: tuple[Array, ...]) -> Array:
    """The (len(candidates), len(RERANK)) features of candidate spans, given their start
    and end token arrays, first-model scores (best first) and dense rows (see the module
    docstring)."""
    i, j, scores, dense = spans
    words_of = chunks(tokens.text, tokens.lows)
    order = np.arange(len(i))
    prob = np.exp(scores - scores.max())
    overlap = (i[:, None] <= j[None, :]) & (j[:, None] >= i[None, :])
    q = np.concatenate([[0], np.cumsum(matched)])
    fuzzy = np.concatenate([[0], np.cumsum([low[:5] in question.prefixes and len(low) >= 4
                                            for low in tokens.lows])])
    focus = np.array([False, *(bool(question.focus) and s == question.focus
                               for s in tokens.stems), False])
    focus_sum = np.cumsum(focus)
    columns = [scores - scores.max(), order == 0, order < 3, np.log1p(order),
               overlap @ prob / prob.sum(), q[j + 1] > q[i], fuzzy[j + 1] > fuzzy[i]]
    columns += _clause_columns(q, words_of.clause, i, j)
    columns += _edge_columns(words_of, i, j)
    columns += [focus_sum[j + 1] > focus_sum[i], focus[i], focus[j + 2], dense[:, _HEAD]]
    columns += [dense[:, c] for c in _TYPED]
    columns += _inside_columns(words_of, i, j)
    columns += _coverage(tokens, matched, question.size, words_of.sentence, (i, j))
    columns += _type_columns(dense, question.qclass)
    return np.array(columns, dtype=float).T


def _type_columns(dense: Array, qclass: str) -> list[Any]:
    """Whether the span is exactly the kind of mention the question's class wants (a date
    for "when", an amount for "how many", a name for "who" and "where"), and whether it is
    of another kind (exactly another mention; for "who" and "where", any digit or month
    inside); both 0 for other classes."""
    if qclass not in WANTS:
        return [np.zeros(len(dense))] * 2
    typed = dense[:, list(_TYPED)] > 0
    wanted = typed[:, WANTS[qclass]]
    clash = typed.any(axis=1) & ~wanted
    if WANTS[qclass] == 2:
        clash |= (dense[:, list(_NUMERIC)] > 0).any(axis=1)
    return [wanted, clash]


def _clause_columns(q: Array, clause: tuple[Array, Array], i: Array, j: Array) -> list[Any]:
    """A question word in the span's clause on its left, on its right, and how many in the
    clause of its first token (``q`` counts question words before each token)."""
    first, last = clause
    return [q[i] > q[first[i]], q[last[j]] > q[j + 1], np.log1p(q[last[i]] - q[first[i]])]


def _edge_columns(c: Chunks, i: Array, j: Array) -> list[Any]:
    """What precedes the span (preposition, determiner, a break, a verb) and what follows
    it (a break, "and"/"or", a relative word, a preposition, a verb)."""
    return [c.prep[i], c.det[i], c.opener[i], c.verb[i], c.closer[j + 2], c.joiner[j + 2],
            c.relative[j + 2], c.prep[j + 2], c.verb[j + 2]]


def _inside_columns(c: Chunks, i: Array, j: Array) -> list[Any]:
    """The span's own make-up: a stop word first (articles aside) or last, the share of stop
    words, cutting or matching a run of capitalised words, a verb inside, a break on both
    sides, no capital at all, its log length, and cutting a run of content words."""
    size = (j - i + 1).astype(float)
    cut_left, cut_right = c.content_pair[i], c.content_pair[j + 1]
    return [c.loose_stop[i], c.stop[j], (c.stop_sum[j + 1] - c.stop_sum[i]) / size,
            c.caps_pair[i] | c.caps_pair[j + 1], c.caps_start[i] & c.caps_end[j],
            c.verb_sum[j + 1] > c.verb_sum[i], c.opener[i] & c.closer[j + 2],
            c.caps_sum[j + 1] == c.caps_sum[i], np.log(size), cut_left, cut_right,
            ~cut_left & ~cut_right & c.content[i + 1] & c.content[j + 1]]


def _coverage(tokens: Tokens, matched: list[bool], size: int, sentence: tuple[Array, Array],
              span: tuple[Array, Array]) -> list[Any]:
    """The share of the question's distinct content words found outside the span: in its
    sentence, in the 6 tokens left of it, right of it, and within 12 on either side."""
    i, j = span
    n = len(matched)
    column: dict[str, int] = {}
    for t in range(n):
        if matched[t]:
            column.setdefault(tokens.stems[t], len(column))
    if not column:
        return [np.zeros(len(i))] * 4
    hits = np.zeros((n + 1, len(column)))
    for t in range(n):
        if matched[t]:
            hits[t + 1, column[tokens.stems[t]]] = 1.0
    cum = np.cumsum(hits, axis=0)

    none = np.zeros_like(i)
    first, last = sentence[0][i], np.maximum(sentence[1][i], j + 1)
    # Four stretches, each the tokens [a, b) before the span and [c, d) after it.
    a = np.array([first, np.maximum(i - 6, 0), none, np.maximum(i - 12, 0)])
    b = np.array([i, i, none, i])
    c = np.array([j + 1, none, j + 1, j + 1])
    d = np.array([last, none, np.minimum(j + 7, n), np.minimum(j + 13, n)])
    found: Array = (((cum[b] - cum[a]) + (cum[d] - cum[c])) > 0).sum(axis=2) / size
    return list(found)


def top_spans(scores: Array, top: int = TOP) -> tuple[Array, Array]:
    """The start token and length (i, k) of the ``top`` best-scoring finite spans of an
    (n, width) score matrix, best first."""
    flat = scores.ravel()
    finite = np.flatnonzero(np.isfinite(flat))
    best = finite[np.argsort(-flat[finite], kind="stable")[:top]]
    i, k = np.unravel_index(best, scores.shape)
    return np.asarray(i), np.asarray(k)


def class_weights(rerank: dict[str, tuple[float, ...]], qclass: str) -> Array:
    """The second look's weights for one question class: the shared ones plus the class's.
    With none fitted, all weight is on the first model's score, which keeps its order."""
    weights: Array = np.zeros(len(RERANK))
    if not rerank:
        weights[RERANK.index("gap")] = 1.0
        return weights
    weights += rerank["all"]
    if qclass in rerank:
        weights += rerank[qclass]
    return weights


@dataclass(frozen=True)
class Look:
    """The second look's choice among the top spans: its start token and length, its
    softmax probability, its logit's lead over the runner-up (at most 10), whether the first
    model ranked it first too, and its feature row."""

    i: int
    k: int
    probability: float
    lead: float
    first: bool
    row: Array


def second_look(rows: Array, i: Array, k: Array, weights: Array) -> Look:
    """The best of the candidates (rows of ``rerank_rows``, in the first model's order)
    under the conditional logit with these weights."""
    z = rows @ weights
    best = int(np.argmax(z))
    runner = float(np.partition(z, -2)[-2]) if len(z) > 1 else float(z[best]) - 10.0
    return Look(int(i[best]), int(k[best]), float(1.0 / np.exp(z - z[best]).sum()),
                min(10.0, float(z[best]) - runner), best == 0, rows[best])
