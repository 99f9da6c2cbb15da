"""Fit the second look at the best spans (``bot.spans.rerank``) and the abstention model.

Both are fitted on the first model's held-out scores (each article scored by a first model
fitted without it), so they learn how far to trust scores the way they will meet them.

The second look is a conditional logit: for each question, a softmax over its top spans,
maximising the log of the probability mass on the spans that match a gold answer exactly
(the gold span is added to the list when the first model ranked it lower), with an L2
penalty. Features are standardised for the fit and the scale folded back into the stored
weights (the shift cancels in a softmax); the weights are shared, plus one set per large
question class (``GROUPS``). The abstention model is a logistic regression on
``model.sureness_row`` whose label is "the chosen span scores F1 >= 0.8".
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.span_cases import Case
from bot.spans.metrics import exact_match, f1
from bot.spans.model import sureness_row
from bot.spans.rerank import RERANK, Look, class_weights, rerank_rows, second_look, top_spans

Array = np.ndarray[Any, Any]
GROUPS = ("what", "person", "date", "number", "place", "which")


@dataclass
class Candidates:
    """One case's top spans under the first model: start tokens, lengths, feature rows and
    which match a gold answer; ``extra`` when the gold span was appended for fitting."""

    i: Array
    k: Array
    rows: Array
    right: Array
    extra: bool


def candidates(case: Case, scores: Array) -> Candidates | None:
    """The top spans of a case under held-out first-model scores, with their features."""
    analysis = case.analysis
    if analysis is None or not np.isfinite(scores).any():
        return None
    i, k = top_spans(scores)
    extra = False
    if case.gold is not None:
        gi, gk = case.gold[0], case.gold[1] - case.gold[0]
        if np.isfinite(scores[gi, gk]) and not ((i == gi) & (k == gk)).any():
            i, k, extra = np.append(i, gi), np.append(k, gk), True
    rows = rerank_rows(analysis.tokens, analysis.matched, analysis.asked,
                       (i, i + k, scores[i, k], analysis.dense[i, k]))
    tokens = analysis.tokens
    right = np.array([exact_match(case.text[tokens.start[a]:tokens.end[a + b]], case.answers)
                      for a, b in zip(i, k, strict=True)])
    return Candidates(i, k, rows, right > 0, extra)


def _design(cands: Candidates, qclass: str, mu: Array, sd: Array) -> Array:
    """Standardised rows, then a copy in the block of the question's group (zero if none)."""
    x = (cands.rows - mu) / sd
    block = np.zeros((len(x), len(mu) * len(GROUPS)))
    if qclass in GROUPS:
        at = GROUPS.index(qclass) * len(mu)
        block[:, at:at + len(mu)] = x
    return np.hstack([x, block])


def _conditional_logit(groups: list[Array], right: list[Array], l2: float) -> Array:
    """Weights maximising Σ_q log Σ_{right s} softmax(X_q w)_s − l2/2 |w|² (L-BFGS)."""
    x, y = np.vstack(groups), np.concatenate(right).astype(float)
    sizes = [len(g) for g in groups]
    starts = np.cumsum([0, *sizes[:-1]])
    owner = np.repeat(np.arange(len(groups)), sizes)

    def loss(w: Array) -> tuple[float, Array]:
        z = x @ w
        e = np.exp(z - np.maximum.reduceat(z, starts)[owner])
        total, good = np.add.reduceat(e, starts), np.add.reduceat(e * y, starts)
        gradient = e / total[owner] - y * e / good[owner]
        return (float(np.sum(np.log(total) - np.log(good))) + 0.5 * l2 * float(w @ w),
                x.T @ gradient + l2 * w)

    start = np.zeros(x.shape[1])
    found: Array = minimize(loss, start, jac=True, method="L-BFGS-B",
                            options={"maxiter": 800}).x
    return found


def fit_rerank(cases: list[Case], cands: list[Candidates | None],
               l2: float) -> dict[str, tuple[float, ...]]:
    """The second look's weights (shared and per group) fitted on these cases."""
    usable = [(c, x) for c, x in zip(cases, cands, strict=True)
              if x is not None and x.right.any()]
    rows = np.vstack([x.rows for _, x in usable])
    mu, sd = rows.mean(axis=0), rows.std(axis=0) + 1e-6
    w = _conditional_logit([_design(x, c.analysis.qclass if c.analysis else "", mu, sd)
                            for c, x in usable], [x.right for _, x in usable], l2)
    width = len(RERANK)
    out = {"all": tuple(round(float(v), 5) for v in w[:width] / sd)}
    for number, group in enumerate(GROUPS):
        part = w[width * (number + 1):width * (number + 2)] / sd
        out[group] = tuple(round(float(v), 5) for v in part)
    return out


def look(case: Case, cands: Candidates, rerank: dict[str, tuple[float, ...]]) -> Look:
    """The second look's choice for a case (the appended gold span never counts)."""
    n = len(cands.i) - int(cands.extra)
    assert case.analysis is not None
    return second_look(cands.rows[:n], cands.i[:n], cands.k[:n],
                       class_weights(rerank, case.analysis.qclass))


def span_text(case: Case, chosen: Look | None) -> str | None:
    """The text of the chosen span of a case."""
    if chosen is None or case.analysis is None:
        return None
    tokens = case.analysis.tokens
    return case.text[tokens.start[chosen.i]:tokens.end[chosen.i + chosen.k]]


def sureness_data(cases: list[Case], looks: list[Look | None]) -> tuple[Array, Array, Array]:
    """The abstention model's rows (cases with a span), labels (F1 >= 0.8) and case numbers."""
    rows, labels, where = [], [], []
    for number, (case, chosen) in enumerate(zip(cases, looks, strict=True)):
        if chosen is not None and case.analysis is not None:
            rows.append(sureness_row(case.analysis, chosen, case.confidence))
            labels.append(f1(span_text(case, chosen), case.answers) >= 0.8)
            where.append(number)
    return np.array(rows), np.array(labels), np.array(where)


def fit_sureness(x: Array, y: Array, c: float = 0.1) -> Array:
    """Abstention weights over raw rows whose first column is the bias: fitted on
    standardised columns, the scale and shift folded back in."""
    mu, sd = x.mean(axis=0), x.std(axis=0) + 1e-6
    mu[0], sd[0] = 0.0, 1.0
    model = LogisticRegression(C=c, max_iter=3000, fit_intercept=False)
    coef: Array = np.asarray(model.fit((x - mu) / sd, y).coef_[0]) / sd
    coef[0] -= float(coef[1:] @ mu[1:])
    return coef


def held_out_sureness(cases: list[Case], looks: list[Look | None], folds: int) -> Array:
    """Each case's chance that its span is right, from models fitted on other articles."""
    x, y, where = sureness_data(cases, looks)
    articles = np.array([cases[n].article for n in where])
    out = np.zeros(len(cases))
    for k in range(folds):
        test = articles % folds == k
        z = x[test] @ fit_sureness(x[~test], y[~test])
        out[where[test]] = 1 / (1 + np.exp(-z))
    return out
