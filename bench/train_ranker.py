"""Fit the retriever's sentence-ranking weights on SQuAD-shaped tuning articles.

    python bench/train_ranker.py ../shared/bench/squad_dev.json

For every question, each candidate sentence is a row of
``bot.answering.features.FEATURES``; it is a positive when it holds a gold answer and lies
in the gold paragraph. A pairwise logistic regression (each positive against each negative
of the same question, so it learns to rank rather than to classify) gives the weights.
Reported: the share of questions whose top-scoring candidate is a positive, under
leave-articles-out cross-validation (so the figure is not measured on the articles it was
fitted on), then fitted on all articles and printed, by name, as the mapping to paste into
``bot.answering.ranker.WEIGHTS``. Tune on the dev split only.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.answering.features import FEATURES
from bot.answering.retriever import Retriever
from bot.evaluate import contains, match_form
from bot.reading.corpus import document_from_text

Group = tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]


def groups(articles: list[dict[str, Any]]) -> list[list[Group]]:
    """Per article, per question: (feature matrix, labels) of its candidates."""
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
            labels = np.array([contains(retriever.sentences_[i].text, q["answers"])
                               and match_form(retriever.sentences_[i].text).strip() in gold
                               for i in ids.tolist()])
            found.append((matrix, labels))
        out.append(found)
    return out


def fit(data: list[list[Group]], c: float) -> np.ndarray[Any, Any]:
    """Pairwise logistic-regression weights: each positive should outscore each negative."""
    differences = []
    for article in data:
        for matrix, labels in article:
            if labels.any() and not labels.all():
                positives, negatives = matrix[labels], matrix[~labels]
                differences.append((positives[:, None, :] - negatives[None, :, :]).reshape(
                    -1, matrix.shape[1]))
    x = np.vstack(differences)
    x = np.vstack([x, -x])
    y = np.concatenate([np.ones(len(x) // 2), np.zeros(len(x) // 2)])
    model = LogisticRegression(C=c, max_iter=5000, fit_intercept=False).fit(x, y)
    return np.asarray(model.coef_[0])


def top1(data: list[list[Group]], weights: np.ndarray[Any, Any]) -> float:
    """Share of questions whose best-scoring candidate is a positive."""
    hits = [labels[int(np.argmax(m @ weights))] for article in data for m, labels in article]
    return float(np.mean(hits))


def main() -> int:
    parser = argparse.ArgumentParser(description="Fit the sentence ranker's weights.")
    parser.add_argument("squad", type=Path, help="a SQuAD-shaped tuning file")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("-C", type=float, default=1.0, help="inverse regularisation strength")
    args = parser.parse_args()
    data = groups(json.loads(args.squad.read_text())["articles"])
    scores = []
    for k in range(args.folds):
        train = [a for i, a in enumerate(data) if i % args.folds != k]
        test = [a for i, a in enumerate(data) if i % args.folds == k]
        scores.append(top1(test, fit(train, args.C)))
    weights = fit(data, args.C)
    print(f"cross-validated top-1 sentence: {np.mean(scores):.3f} (folds {np.round(scores, 3)})")
    print(f"fitted on all, top-1 sentence:  {top1(data, weights):.3f}")
    for name, w in zip(FEATURES, weights, strict=True):
        print(f"  {name:>16} {w:+.3f}")
    print("WEIGHTS = {" + ", ".join(f'"{name}": {w:.3f}'
                                    for name, w in zip(FEATURES, weights, strict=True)) + "}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
