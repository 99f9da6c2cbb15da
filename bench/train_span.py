"""Fit the answer-span model (``bot.spans.model``) on SQuAD-shaped tuning articles.

    python bench/train_span.py ../shared/bench/squad_dev.json [--write]

Each article is loaded with ``Chatbot.from_text`` and asked its questions; where the answer
sentence holds a gold answer, the gold's first and last tokens are the positives of two
logistic regressions over token features (``bot.spans.features``), one for where an answer
starts and one for where it ends. The length prior is the log frequency of gold lengths in
tokens; the two inside weights are chosen on a grid, and the threshold is the least span
probability at which, on held-out articles, at least ``--precision`` of the spans given score
F1 ≥ 0.8. Figures are cross-validated across articles (never measured on the articles a
model was fitted on); ``--write`` refits on all and stores ``bot/spans/data/span_weights.json``.
Tune on the dev split only.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot import Chatbot
from bot.spans.dense import DENSE
from bot.spans.features import (
    QUESTION_CLASSES,
    SENTENCE_CLASSES,
    Tokens,
    crossed,
    question_class,
)
from bot.spans.metrics import exact_match, f1
from bot.spans.model import (
    MAX_TOKENS,
    WEIGHTS_PATH,
    Analysis,
    Candidate,
    Weights,
    analyse,
    pick,
    span_scores,
    sureness_row,
)

CLASSES = QUESTION_CLASSES
Found = tuple[Candidate, str] | None


@dataclass
class Case:
    """One question: its article, the reply's kind and text, and the gold answers."""

    article: int
    question: str
    kind: str
    text: str
    answers: list[str]
    confidence: float = 0.0
    analysis: Analysis | None = None
    gold: tuple[int, int] | None = None


def collect(articles: list[dict[str, Any]]) -> list[Case]:
    """Ask every question of every article of a bot built for that article."""
    cases = []
    for number, article in enumerate(articles):
        bot = Chatbot.from_text(article["text"], cache=False)
        for q in article["questions"]:
            reply = bot.ask(q["question"])
            cases.append(Case(number, q["question"], reply.kind, reply.text, q["answers"],
                              reply.confidence))
    return cases


def cached(path: Path | None, squad: Path) -> list[Case]:
    """The replies to the tuning questions: from ``path`` when it exists, else asked."""
    if path is not None and path.exists():
        return [Case(**row) for row in json.loads(path.read_text())]
    cases = collect(json.loads(squad.read_text())["articles"])
    if path is not None:
        path.write_text(json.dumps([{"article": c.article, "question": c.question,
                                     "kind": c.kind, "text": c.text, "answers": c.answers,
                                     "confidence": c.confidence}
                                    for c in cases]))
    return cases


def gold_tokens(tokens: Tokens, text: str, answers: list[str]) -> tuple[int, int] | None:
    """The token range of the first gold answer found in the text (case-sensitive first)."""
    for lowered in (False, True):
        haystack = text.lower() if lowered else text
        for answer in answers:
            at = haystack.find(answer.lower() if lowered else answer)
            if at < 0 or not answer.strip():
                continue
            end = at + len(answer)
            inside = [t for t in range(len(tokens.text))
                      if tokens.start[t] < end and tokens.end[t] > at]
            if inside and inside[-1] - inside[0] < MAX_TOKENS:
                return inside[0], inside[-1]
    return None


def prepare(cases: list[Case]) -> None:
    """The analysis and gold range of each answered, span-type case."""
    for case in cases:
        if case.kind != "answer" or question_class(case.question) in SENTENCE_CLASSES:
            continue
        case.analysis = analyse(case.text, case.question)
        case.gold = gold_tokens(case.analysis.tokens, case.text, case.answers)


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


def predictions(cases: list[Case], weights: Weights) -> list[Found]:
    """Each case's best span (token positions and text), or None."""
    out: list[Found] = []
    for case in cases:
        best = None
        if case.analysis is not None and case.analysis.tokens.text:
            best = pick(span_scores(case.analysis, weights))
        if best is None or case.analysis is None:
            out.append(None)
            continue
        tokens = case.analysis.tokens
        out.append((best, case.text[tokens.start[best.i]:tokens.end[best.i + best.k]]))
    return out


def scores(cases: list[Case], found: list[tuple[str | None, float]],
           threshold: float) -> dict[str, float]:
    """EM and F1 over all cases (no span scores 0), coverage, and precision of given spans."""
    kept = [(text if p >= threshold else None) for text, p in found]
    ems = [exact_match(t, c.answers) for t, c in zip(kept, cases, strict=True)]
    f1s = [f1(t, c.answers) for t, c in zip(kept, cases, strict=True)]
    given = [f for f, t in zip(f1s, kept, strict=True) if t is not None]
    return {"em": round(100 * float(np.mean(ems)), 1), "f1": round(100 * float(np.mean(f1s)), 1),
            "coverage": round(100 * len(given) / len(cases), 1),
            "precision": round(100 * float(np.mean([f >= 0.8 for f in given])), 1)
            if given else 0.0}


def choose_threshold(cases: list[Case], found: list[tuple[str | None, float]],
                     precision: float) -> float:
    """The least probability threshold whose given spans reach the precision."""
    for threshold in np.arange(0.0, 1.0, 0.01):
        if scores(cases, found, float(threshold))["precision"] >= precision:
            return round(float(threshold), 2)
    return 1.0


def sureness_data(cases: list[Case], found: list[Found]) -> tuple[Any, Any, list[int]]:
    """The abstention model's rows (cases with a span) and labels (span F1 >= 0.8)."""
    rows, labels, where = [], [], []
    for number, (case, item) in enumerate(zip(cases, found, strict=True)):
        if item is not None and case.analysis is not None:
            rows.append(sureness_row(case.analysis, item[0], case.confidence))
            labels.append(f1(item[1], case.answers) >= 0.8)
            where.append(number)
    return np.array(rows), np.array(labels), where


def fit_sureness(x: Any, y: Any) -> np.ndarray[Any, Any]:
    """Abstention weights: a logistic regression whose first column is the bias."""
    model = LogisticRegression(C=1.0, max_iter=3000, fit_intercept=False).fit(x, y)
    return np.asarray(model.coef_[0])


def held_out_sureness(cases: list[Case], found: list[Found], folds: int) -> list[float]:
    """Each case's chance that its span is right, from models fitted on other articles."""
    x, y, where = sureness_data(cases, found)
    articles = np.array([cases[n].article for n in where])
    out = [0.0] * len(cases)
    for k in range(folds):
        test = articles % folds == k
        weights = fit_sureness(x[~test], y[~test])
        for n, z in zip(np.array(where)[test], x[test] @ weights, strict=True):
            out[int(n)] = float(1 / (1 + np.exp(-z)))
    return out


def main() -> int:
    args = arguments()
    cases = cached(args.cases, args.squad)
    prepare(cases)
    found: list[Found] = [None] * len(cases)
    for k in range(args.folds):
        test = [n for n, c in enumerate(cases) if c.article % args.folds == k]
        weights = fit([c for c in cases if c.article % args.folds != k], args.C)
        for n, item in zip(test, predictions([cases[n] for n in test], weights), strict=True):
            found[n] = item
    sure = held_out_sureness(cases, found, args.folds)
    texts = [(None if item is None else item[1]) for item in found]
    threshold = choose_threshold(cases, list(zip(texts, sure, strict=True)), args.precision)
    print(f"cross-validated, every span: {scores(cases, [(t, 1.0) for t in texts], 0.0)}")
    print(f"cross-validated, threshold {threshold}: "
          f"{scores(cases, list(zip(texts, sure, strict=True)), threshold)}")
    if args.write:
        x, y, _ = sureness_data(cases, found)
        model = fit(cases, args.C)
        weights = Weights(model.start, model.end, model.dense, threshold, model.vector_start,
                          model.vector_end, tuple(round(float(w), 4) for w in fit_sureness(x, y)))
        WEIGHTS_PATH.write_text(json.dumps(weights.to_dict(), indent=0, sort_keys=True) + "\n")
        print(f"wrote {WEIGHTS_PATH} ({len(weights.start)} + {len(weights.end)} weights)")
    return 0


def arguments() -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description="Fit the answer-span model.")
    parser.add_argument("squad", type=Path, help="a SQuAD-shaped tuning file")
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("-C", type=float, default=0.1, help="inverse regularisation strength")
    parser.add_argument("--precision", type=float, default=72.0,
                        help="least share (%%) of given spans with F1 >= 0.8")
    parser.add_argument("--write", action="store_true", help="store the fitted weights")
    parser.add_argument("--cases", type=Path,
                        help="a file keeping the replies between runs (read when it exists)")
    return parser.parse_args()


if __name__ == "__main__":
    sys.exit(main())
