"""Fit the answer confidence: P(the document answers the question), from retrieval signals.

    python bench/train_confidence.py ../shared/bench/squad_dev.json [--fit near renamed far removed]

Each tuning article is split in two: the bot reads the even paragraphs only. Questions
about those paragraphs are answerable (label 1); questions about the hidden odd paragraphs
are near-domain questions the document does not answer (label 0: same subject, same
names, missing facts, like "What is the population of Kazakhstan?" for our document);
answerable questions with a name swapped for one the article never uses are renamed
(label 0: "Who is the president of Brazil?" of a text about another country); questions
from other articles are far out of scope (label 0). Removed (label 0) are the hardest:
the even paragraphs read again with the sentences that hold the answers of 30% of their
questions taken out, asked those questions whose answer is then nowhere in the text: the
paragraph, its names and most of its words stay, only the asked fact is gone ("the
document is about this, but does not give this fact"); passage (label 0) is the same
with 30% of the even paragraphs taken out whole.

A logistic regression over ``bot.answering.confidence.SIGNALS``, fitted on the answerable
questions and the ``--fit`` kinds, gives the weights and bias printed for its ``WEIGHTS``.
Reported for every kind, fitted or not: the share answered at a range of thresholds and
the share declined where 97% and 95% of the answerable questions are kept, for the
shipped model and cross-validated by article (five folds: each article's questions scored
by a model fitted on the other articles), to choose ``Chatbot``'s threshold from and to
tell a signal that helps (``--drop`` leaves signals out) from noise. ``--saved FILE``
keeps the signals between runs.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.answering.confidence import SIGNALS, confidence
from bot.answering.retriever import Retriever
from bot.language.names import CAPITALISED_RUN
from bot.reading.corpus import document_from_text
from bot.reading.sentences import split_sentences


def renamed(question: str, article: str, names: list[str], rng: random.Random) -> str | None:
    """The question with its first name swapped for one the article never uses, if it has one."""
    found = CAPITALISED_RUN.search(question)
    if not found:
        return None
    stranger = rng.choice([n for n in rng.sample(names, 20) if n not in article] or [""])
    return stranger and question[: found.start()] + stranger + question[found.end():]


REMOVED_SHARE = 0.3  # of the answerable questions whose answer sentences go (or paragraphs)


def without_answers(paragraphs: list[str], questions: list[dict[str, Any]],
                    rng: random.Random, share: float, whole: bool = False) -> str:
    """The paragraphs less the sentences that hold the answers of a random ``share`` of
    the questions, or less a random ``share`` of the paragraphs when ``whole``: the
    document still tells the subject, not the fact. ``paragraphs`` are the article's even
    ones (those the bot reads): a question's paragraph ``2k`` is ``paragraphs[k]``."""
    if whole:
        kept = [p for p in paragraphs if rng.random() >= share]
        return "\n\n".join(kept or paragraphs[:1])
    chosen = [q for q in questions if rng.random() < share]
    gone = {(q["paragraph"] // 2, s) for q in chosen
            for s in split_sentences(paragraphs[q["paragraph"] // 2])
            if any(a in s for a in q["answers"])}
    kept = [" ".join(s for s in split_sentences(p) if (i, s) not in gone)
            for i, p in enumerate(paragraphs)]
    return "\n\n".join(p for p in kept if p.strip())


KINDS = ("answerable", "near", "renamed", "removed", "passage", "far")
Signals = dict[str, list[list[float]]]


def signals(articles: list[dict[str, Any]], others: int) -> tuple[Signals, dict[str, list[int]]]:
    """Signals of each kind of question (``KINDS``), and the article each came from."""
    rng, hollowing = random.Random(0), random.Random(1)
    out: Signals = {kind: [] for kind in KINDS}
    source: dict[str, list[int]] = {kind: [] for kind in KINDS}
    everyone = [(i, q["question"]) for i, a in enumerate(articles) for q in a["questions"]]
    names = sorted({m.group() for a in articles for m in CAPITALISED_RUN.finditer(a["text"])})
    for i, article in enumerate(articles):
        paragraphs = article["text"].split("\n\n")
        far = rng.sample([q for j, q in everyone if j != i], others)
        asked = [("answerable" if q["paragraph"] % 2 == 0 else "near", q["question"])
                 for q in article["questions"]] + [("far", q) for q in far]
        even = [q for q in article["questions"] if q["paragraph"] % 2 == 0]
        swapped = (renamed(q["question"], article["text"], names, rng) for q in even)
        asked += [("renamed", q) for q in swapped if q]
        documents = [("\n\n".join(paragraphs[0::2]), asked)]
        for kind, whole in (("removed", False), ("passage", True)):
            hollow = without_answers(paragraphs[0::2], even, hollowing, REMOVED_SHARE, whole)
            documents.append((hollow, [(kind, q["question"]) for q in even
                                       if not any(a in hollow for a in q["answers"])]))
        for text, questions in documents:
            retriever = Retriever().fit(document_from_text(text))
            for kind, question in questions:
                finding = retriever.find(question)
                out[kind].append(list(finding.signals) if finding else [0.0] * len(SIGNALS))
                source[kind].append(i)
    return out, source


def rows(data: Signals, kinds: list[str], columns: list[int]
         ) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.bool_]]:
    """The signal columns of the given kinds' questions, and whether each is answerable."""
    x = np.array([row for kind in kinds for row in data[kind]], dtype=np.float64)
    return x[:, columns], np.array([kind == "answerable" for kind in kinds for _ in data[kind]])


def fitted(x: npt.NDArray[np.float64], y: npt.NDArray[np.bool_]) -> LogisticRegression:
    """The logistic model of P(answerable | signals), the classes weighed equally."""
    return LogisticRegression(max_iter=5000, class_weight="balanced").fit(x, y)


def cross_validated(data: Signals, source: dict[str, list[int]], fit: list[str],
                    columns: list[int]) -> dict[str, npt.NDArray[np.float64]]:
    """Each question's probability from a model fitted on the other articles' questions
    of the ``fit`` kinds (five folds by article), so the figures are for articles the
    model never saw; a kind left out of ``fit`` is measured as the model never trained
    to decline it."""
    x, y = rows(data, list(KINDS), columns)
    groups = np.array([a for kind in KINDS for a in source[kind]])
    used = np.array([kind in ("answerable", *fit) for kind in KINDS for _ in data[kind]])
    p = np.zeros(len(y))
    for train, held in GroupKFold(n_splits=5).split(x, y, groups):
        train = train[used[train]]
        p[held] = fitted(x[train], y[train]).predict_proba(x[held])[:, 1]
    ends = np.cumsum([0] + [len(data[kind]) for kind in KINDS])
    return {kind: p[ends[k]:ends[k + 1]] for k, kind in enumerate(KINDS)}


def shipped(data: Signals) -> dict[str, npt.NDArray[np.float64]]:
    """The shipped model's probabilities (``confidence.WEIGHTS``), for comparison (fitted
    on these articles: in-sample for the kinds it was fitted on)."""
    return {kind: np.array([confidence(np.array(row)) for row in data[kind]]) for kind in KINDS}


def report(probabilities: dict[str, npt.NDArray[np.float64]]) -> None:
    """The share of each kind answered at a range of thresholds, and each negative kind's
    share declined where 97% and 95% of the answerable ones are kept."""
    print("threshold  " + "  ".join(f"{kind:>10}" for kind in probabilities)
          + "   (share answered)")
    for threshold in (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5):
        kept = [np.mean(p >= threshold) for p in probabilities.values()]
        print(f"{threshold:>9}  " + "  ".join(f"{100 * k:>9.1f}%" for k in kept))
    for keep in (0.97, 0.95):
        threshold = float(np.quantile(probabilities["answerable"], 1 - keep))
        declined = {kind: np.mean(p < threshold) for kind, p in probabilities.items()
                    if kind != "answerable"}
        print(f"keeping {keep:.0%} answerable: declined "
              + ", ".join(f"{kind} {100 * d:.1f}%" for kind, d in declined.items()))


def arguments() -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description="Fit the answer confidence.")
    parser.add_argument("squad", type=Path, help="a SQuAD-shaped tuning file")
    parser.add_argument("--far", type=int, default=100, help="far questions per article")
    parser.add_argument("--fit", nargs="+", default=["near", "renamed", "far"],
                        choices=KINDS[1:], help="the kinds of unanswerable question fitted "
                        "on (all are measured)")
    parser.add_argument("--drop", nargs="*", default=[], choices=SIGNALS,
                        help="signals left out (given weight 0)")
    parser.add_argument("--saved", type=Path, help="signals saved by an earlier run (JSON): "
                        "read when it exists, written when not")
    return parser.parse_args()


def main() -> int:
    args = arguments()
    if args.saved and args.saved.exists():
        data, source = json.loads(args.saved.read_text())
    else:
        data, source = signals(json.loads(args.squad.read_text())["articles"], args.far)
        if args.saved:
            args.saved.write_text(json.dumps([data, source]))
    columns = [k for k, name in enumerate(SIGNALS) if name not in args.drop]
    print("shipped model (in-sample but for 'removed' and 'passage'):")
    report(shipped(data))
    print(f"cross-validated by article, fitted on {', '.join(args.fit)}:")
    report(cross_validated(data, source, args.fit, columns))
    model = fitted(*rows(data, ["answerable", *args.fit], columns))
    weights = dict(zip([SIGNALS[k] for k in columns], model.coef_[0], strict=True))
    print("WEIGHTS = np.array([" + ", ".join(f"{weights.get(n, 0.0):.3f}" for n in SIGNALS)
          + "])")
    print(f"BIAS = {model.intercept_[0]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
