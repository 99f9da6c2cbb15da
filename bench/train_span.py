"""Fit the answer-span model (``bot.spans.model``) on SQuAD-shaped tuning articles.

    python bench/train_span.py ../shared/bench/squad_dev.json [--write]

Each article is loaded with ``Chatbot.from_text`` and asked its questions
(``bench/span_cases.py``; ``--cases FILE`` keeps the replies between runs). Where the answer
sentence holds a gold answer, the first model is a logistic regression telling the gold span
from others (spans sharing its start or end, and a random sample) by its edge tokens'
features (``bot.spans.features``), their word vectors and whole-span features
(``bot.spans.dense``). The second look (``bench/fit_rerank.py``) and the abstention model are
fitted on the first model's held-out scores; the threshold is the least chance of being
right at which, on held-out articles, at least ``--precision`` of the spans given score
F1 ≥ 0.8. Figures are cross-validated across articles (never measured on the articles a
model was fitted on), with the threshold chosen on all held-out chances and, more honestly,
on the other articles' alone; ``--write`` refits on all and stores
``bot/spans/data/span_weights.json``. Tune on the dev split only.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.fit_rerank import (
    Candidates,
    candidates,
    fit_rerank,
    fit_sureness,
    held_out_sureness,
    look,
    span_text,
    sureness_data,
)
from bench.span_cases import Case, cached, choose_threshold, prepare, scores
from bot.spans.dense import DENSE
from bot.spans.features import QUESTION_CLASSES, crossed
from bot.spans.model import WEIGHTS_PATH, Weights, span_scores
from bot.spans.rerank import Look

CLASSES = QUESTION_CLASSES


def sample(case: Case, rng: np.random.Generator, negatives: int) -> list[tuple[int, int]]:
    """The gold span first, then the spans sharing its start or end and some random others."""
    assert case.analysis is not None and case.gold is not None
    gi, gk = case.gold[0], case.gold[1] - case.gold[0]
    valid = case.analysis.valid
    near = [(i, k) for i, k in zip(*np.nonzero(valid), strict=True)
            if (i == gi) != (i + k == gi + gk)]
    others = [(int(i), int(k)) for i, k in zip(*np.nonzero(valid), strict=True)
              if i != gi and i + k != gi + gk]
    chosen = rng.permutation(len(others))[:negatives]
    return [(gi, gk)] + [(int(i), int(k)) for i, k in near] + [others[c] for c in chosen]


def vector_model(cases: list[Case], c: float) -> tuple[np.ndarray[Any, Any], ...]:
    """Stage one: a logistic regression per side on the tokens' vector block alone."""
    rows, starts, ends = [], [], []
    for case in cases:
        if case.gold is not None and case.analysis is not None:
            rows.append(case.analysis.vectors)
            n = len(case.analysis.tokens.text)
            starts += [t == case.gold[0] for t in range(n)]
            ends += [t == case.gold[1] for t in range(n)]
    x = np.vstack(rows)
    return tuple(np.asarray(LogisticRegression(C=c, max_iter=2000).fit(x, np.array(y)).coef_[0])
                 for y in (starts, ends))


def design(cases: list[Case], vectorizer: DictVectorizer, vectors: tuple[np.ndarray[Any, Any], ...],
           rng: np.random.Generator, negatives: int) -> tuple[Any, np.ndarray[Any, Any]]:
    """The span rows of the cases with a gold span: start token's features, end token's,
    whole-span features shared and crossed with the question class, and the stage-one vector
    scores of its start and end; labels 1 for gold."""
    blocks, labels = [], []
    width = len(DENSE)
    for case in cases:
        if case.gold is None or case.analysis is None or not case.analysis.valid[
                case.gold[0], case.gold[1] - case.gold[0]]:
            continue
        spans = sample(case, rng, negatives)
        tokens = vectorizer.transform([dict.fromkeys(crossed(n, case.analysis.qclass), 1.0)
                                       for n in case.analysis.names])
        starts = [i for i, _ in spans]
        ends = [i + k for i, k in spans]
        dense = np.array([case.analysis.dense[i, k] for i, k in spans])
        by_class = np.zeros((len(spans), width * len(CLASSES)))
        place = CLASSES.index(case.analysis.qclass) * width
        by_class[:, place:place + width] = dense
        scored = np.column_stack([case.analysis.vectors[starts] @ vectors[0],
                                  case.analysis.vectors[ends] @ vectors[1]])
        blocks.append(sparse.hstack([tokens[starts], tokens[ends], sparse.csr_matrix(dense),
                                     sparse.csr_matrix(by_class),
                                     sparse.csr_matrix(scored)]).tocsr())
        labels += [1] + [0] * (len(spans) - 1)
    return sparse.vstack(blocks).tocsr(), np.array(labels)


def fit(cases: list[Case], c: float, negatives: int = 1000) -> Weights:
    """The span model fitted on some cases (threshold 0)."""
    rng = np.random.default_rng(0)
    vectorizer = DictVectorizer().fit(
        dict.fromkeys(crossed(n, case.analysis.qclass), 1.0) for case in cases
        if case.gold is not None and case.analysis for n in case.analysis.names)
    vectors = vector_model(cases, 1.0)
    x, y = design(cases, vectorizer, vectors, rng, negatives)
    coef = LogisticRegression(C=c, max_iter=3000).fit(x, y).coef_[0]
    names = vectorizer.get_feature_names_out()
    f, width = len(names), len(DENSE)
    start = {n: round(float(w), 4) for n, w in zip(names, coef[:f], strict=True) if w}
    end = {n: round(float(w), 4) for n, w in zip(names, coef[f:2 * f], strict=True) if w}
    dense = {"all": tuple(round(float(w), 4) for w in coef[2 * f:2 * f + width])}
    for number, name in enumerate(CLASSES):
        at = 2 * f + width * (number + 1)
        dense[name] = tuple(round(float(w), 4) for w in coef[at:at + width])
    scale = coef[-2:]
    return Weights(start, end, dense, 0.0,
                   tuple(round(float(w), 5) for w in scale[0] * vectors[0]),
                   tuple(round(float(w), 5) for w in scale[1] * vectors[1]))


def held_out_scores(cases: list[Case], folds: int, c: float) -> list[Any]:
    """Each case's first-model span scores from a model fitted on the other articles."""
    out: list[Any] = [None] * len(cases)
    for k in range(folds):
        weights = fit([case for case in cases if case.article % folds != k], c)
        for n, case in enumerate(cases):
            if case.article % folds == k and case.analysis is not None:
                out[n] = span_scores(case.analysis, weights)
    return out


def held_out_looks(cases: list[Case], cands: list[Candidates | None], folds: int,
                   l2: float) -> list[Look | None]:
    """Each case's second-look choice from a second look fitted on the other articles."""
    looks: list[Look | None] = [None] * len(cases)
    for k in range(folds):
        train = [n for n, case in enumerate(cases) if case.article % folds != k]
        rerank = fit_rerank([cases[n] for n in train], [cands[n] for n in train], l2)
        for n, case in enumerate(cases):
            found = cands[n]
            if case.article % folds == k and found is not None:
                looks[n] = look(case, found, rerank)
    return looks


def report(cases: list[Case], looks: list[Look | None], sure: Any, args: Any) -> float:
    """Print the cross-validated figures; the threshold fitted on all held-out sureness."""
    texts = [span_text(case, chosen) for case, chosen in zip(cases, looks, strict=True)]
    found = list(zip(texts, [float(p) for p in sure], strict=True))
    threshold = choose_threshold(cases, found, args.precision)
    print(f"cross-validated, every span: {scores(cases, [(t, 1.0) for t in texts], 0.0)}")
    print(f"cross-validated, threshold {threshold}: {scores(cases, found, threshold)}")
    print("cross-validated, threshold chosen on other articles: "
          f"{nested(cases, found, args.folds, args.precision)}")
    return threshold


def nested(cases: list[Case], found: list[tuple[str | None, float]], folds: int,
           precision: float) -> dict[str, float]:
    """Figures when each article's threshold is chosen on the other articles alone."""
    kept = list(found)
    for k in range(folds):
        train = [n for n, case in enumerate(cases) if case.article % folds != k]
        chosen = choose_threshold([cases[n] for n in train], [found[n] for n in train],
                                  precision)
        for n, case in enumerate(cases):
            if case.article % folds == k and found[n][1] < chosen:
                kept[n] = (None, 0.0)
    return scores(cases, kept, 0.0)


def main() -> int:
    args = arguments()
    cases = cached(args.cases, args.squad)
    prepare(cases)
    first = held_out_scores(cases, args.folds, args.C)
    cands = [None if s is None else candidates(case, s)
             for case, s in zip(cases, first, strict=True)]
    looks = held_out_looks(cases, cands, args.folds, args.l2)
    threshold = report(cases, looks, held_out_sureness(cases, looks, args.folds), args)
    if args.write:
        x, y, _ = sureness_data(cases, looks)
        model = fit(cases, args.C)
        weights = Weights(model.start, model.end, model.dense, threshold, model.vector_start,
                          model.vector_end, tuple(round(float(w), 5) for w in fit_sureness(x, y)),
                          fit_rerank(cases, cands, args.l2))
        WEIGHTS_PATH.write_text(json.dumps(weights.to_dict(), indent=0, sort_keys=True) + "\n")
        print(f"wrote {WEIGHTS_PATH} ({len(weights.start)} + {len(weights.end)} weights)")
    return 0


def arguments() -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description="Fit the answer-span model.")
    parser.add_argument("squad", type=Path, help="a SQuAD-shaped tuning file")
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("-C", type=float, default=0.1, help="inverse regularisation strength")
    parser.add_argument("--l2", type=float, default=30.0,
                        help="L2 penalty of the second look (standardised features)")
    parser.add_argument("--precision", type=float, default=71.0,
                        help="least share (%%) of given spans with F1 >= 0.8")
    parser.add_argument("--write", action="store_true", help="store the fitted weights")
    parser.add_argument("--cases", type=Path,
                        help="a file keeping the replies between runs (read when it exists)")
    return parser.parse_args()


if __name__ == "__main__":
    sys.exit(main())
