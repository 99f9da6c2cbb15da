"""Fit the retriever's sentence-ranking weights on SQuAD-shaped tuning articles.

    python bench/train_ranker.py ../shared/bench/squad_dev.json

For every question, each candidate sentence is a row of
``bot.answering.features.FEATURES``; it is a positive when it holds a gold answer and lies
in the gold paragraph. A pairwise logistic regression (each positive against each negative
of the same question, so it learns to rank rather than to classify) gives the weights.
Reported: the share of questions whose top-scoring candidate is a positive (sentence@1),
and whose top-scoring candidate lies in the gold paragraph (passage@1: the first source
is the passage of the best sentence), under leave-articles-out cross-validation (so the
figures are not measured on the articles they were fitted on), then fitted on all articles
and printed, by name, as the mapping to paste into ``bot.answering.ranker.WEIGHTS``. On
squad_dev a refit that moves cross-validated passage@1 by less than about 0.3 points (a
dozen questions, won and lost in about equal numbers) is noise. Tune on the dev split only.

The shipped weights are scored on the same questions for comparison (in-sample: they were
fitted on these articles, and a refit must beat them, not its own fit). ``--hold NAME``
keeps the shipped weight of a feature set by hand (``inside_names``) and fits the rest
around it: the pairwise loss need not agree with the hand-set weight's top-1 gain.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.answering.features import FEATURES
from bot.answering.ranker import WEIGHTS
from bot.answering.retriever import Retriever
from bot.evaluate import contains, match_form
from bot.reading.corpus import document_from_text

Array = np.ndarray[Any, Any]
Group = tuple[Array, Array, Array]  # feature matrix, positives, in the gold paragraph


def groups(articles: list[dict[str, Any]]) -> list[list[Group]]:
    """Per article, per question: the feature matrix of its candidates, which are
    positives, and which lie in the gold paragraph."""
    out = []
    for article in articles:
        retriever = Retriever().fit(document_from_text(article["text"]))
        paragraphs = [match_form(p) for p in article["text"].split("\n\n")]
        found = []
        for q in article["questions"]:
            candidates = retriever.candidates(retriever.read(q["question"]))
            if candidates is None:
                continue
            ids, matrix = candidates[0].ids, candidates[1]
            gold = paragraphs[q["paragraph"]]
            texts = [retriever.sentences_[i].text for i in ids.tolist()]
            in_gold = np.array([match_form(t).strip() in gold for t in texts])
            labels = in_gold & np.array([contains(t, q["answers"]) for t in texts])
            found.append((matrix, labels, in_gold))
        out.append(found)
    return out


def pairs(data: list[list[Group]]) -> Array:
    """Each positive's features minus each negative's, question by question."""
    differences = []
    for article in data:
        for matrix, labels, _ in article:
            if labels.any() and not labels.all():
                positives, negatives = matrix[labels], matrix[~labels]
                differences.append((positives[:, None, :] - negatives[None, :, :]).reshape(
                    -1, matrix.shape[1]))
    return np.vstack(differences)


def fit_holding(data: list[list[Group]], c: float, held: int, value: float) -> Array:
    """``fit`` with feature ``held``'s weight kept at ``value``: the same L2-penalised
    pairwise logistic loss, sum log(1 + exp(-(x·w))) + |w|²/2C, minimised over the rest."""
    x = pairs(data)
    offset, rest = x[:, held] * value, np.delete(x, held, axis=1)

    def loss(w: Array) -> tuple[float, Array]:
        z = rest @ w + offset
        return (float(np.logaddexp(0, -z).sum() + w @ w / (2 * c)),
                -(rest.T @ (1 / (1 + np.exp(z)))) + w / c)

    found = minimize(loss, np.zeros(rest.shape[1]), jac=True, method="L-BFGS-B")
    return np.insert(found.x, held, value)


def fit(data: list[list[Group]], c: float) -> np.ndarray[Any, Any]:
    """Pairwise logistic-regression weights: each positive should outscore each negative."""
    x = pairs(data)
    x = np.vstack([x, -x])
    y = np.concatenate([np.ones(len(x) // 2), np.zeros(len(x) // 2)])
    model = LogisticRegression(C=c, max_iter=5000, fit_intercept=False).fit(x, y)
    return np.asarray(model.coef_[0])


def top1(data: list[list[Group]], weights: Array) -> Array:
    """Per question, whether its best-scoring candidate is a positive (sentence@1) and
    whether it lies in the gold paragraph (passage@1): a (questions x 2) array."""
    return np.array([(labels[top], in_gold[top]) for article in data
                     for m, labels, in_gold in article
                     for top in [int(np.argmax(m @ weights))]], dtype=bool).reshape(-1, 2)


def main() -> int:
    parser = argparse.ArgumentParser(description="Fit the sentence ranker's weights.")
    parser.add_argument("squad", type=Path, help="a SQuAD-shaped tuning file")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("-C", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--hold", choices=list(FEATURES),
                        help="keep this feature's shipped weight and fit the rest")
    args = parser.parse_args()
    data = groups(json.loads(args.squad.read_text())["articles"])

    def fitter(train: list[list[Group]]) -> Array:
        if args.hold:
            return fit_holding(train, args.C, list(FEATURES).index(args.hold),
                               WEIGHTS[args.hold])
        return fit(train, args.C)

    folds = []
    for k in range(args.folds):
        train = [a for i, a in enumerate(data) if i % args.folds != k]
        test = [a for i, a in enumerate(data) if i % args.folds == k]
        folds.append(top1(test, fitter(train)))
    held = np.vstack(folds).mean(axis=0)
    by_fold = np.round([f[:, 1].mean() for f in folds], 3)
    print(f"cross-validated sentence@1 / passage@1: {held[0]:.3f} / {held[1]:.3f} "
          f"(passage@1 by fold {by_fold})")
    print("shipped weights (in-sample), the same:  {:.3f} / {:.3f}".format(
        *top1(data, np.array([WEIGHTS[name] for name in FEATURES])).mean(axis=0)))
    weights = fitter(data)
    print("fitted on all, sentence@1 / passage@1:  {:.3f} / {:.3f}".format(
        *top1(data, weights).mean(axis=0)))
    for name, w in zip(FEATURES, weights, strict=True):
        print(f"  {name:>16} {w:+.3f}")
    print("WEIGHTS = {" + ", ".join(f'"{name}": {w:.3f}'
                                    for name, w in zip(FEATURES, weights, strict=True)) + "}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
