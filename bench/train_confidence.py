"""Fit the answer confidence: P(the document answers the question), from retrieval signals.

    python bench/train_confidence.py ../shared/bench/squad_dev.json

Each tuning article is split in two: the bot reads the even paragraphs only. Questions
about those paragraphs are answerable (label 1); questions about the hidden odd paragraphs
are near-domain questions the document does not answer (label 0: same subject, same
names, missing facts, like "What is the population of Kazakhstan?" for our document);
answerable questions with a name swapped for one the article never uses are renamed
(label 0: "Who is the president of Brazil?" of a text about another country); questions
from other articles are far out of scope (label 0). A logistic regression over
``bot.answering.confidence.SIGNALS`` gives the weights and bias printed for its ``WEIGHTS``.
Reported: the share of each kind answered at a range of thresholds, to choose
``Chatbot``'s threshold from (together with the dev questions' out-of-scope set).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.answering.confidence import SIGNALS
from bot.answering.retriever import Retriever
from bot.language.names import CAPITALISED_RUN
from bot.reading.corpus import document_from_text


def renamed(question: str, article: str, names: list[str], rng: random.Random) -> str | None:
    """The question with its first name swapped for one the article never uses, if it has one."""
    found = CAPITALISED_RUN.search(question)
    if not found:
        return None
    stranger = rng.choice([n for n in rng.sample(names, 20) if n not in article] or [""])
    return stranger and question[: found.start()] + stranger + question[found.end():]


def signals(articles: list[dict[str, Any]], others: int) -> dict[str, list[list[float]]]:
    """Signals of answerable, near-domain, renamed and far questions."""
    rng = random.Random(0)
    out: dict[str, list[list[float]]] = {"answerable": [], "near": [], "renamed": [], "far": []}
    everyone = [(i, q["question"]) for i, a in enumerate(articles) for q in a["questions"]]
    names = sorted({m.group() for a in articles for m in CAPITALISED_RUN.finditer(a["text"])})
    for i, article in enumerate(articles):
        paragraphs = article["text"].split("\n\n")
        kept = "\n\n".join(paragraphs[0::2])
        retriever = Retriever().fit(document_from_text(kept))
        far = rng.sample([q for j, q in everyone if j != i], others)
        asked = [("answerable" if q["paragraph"] % 2 == 0 else "near", q["question"])
                 for q in article["questions"]] + [("far", q) for q in far]
        swapped = (renamed(q["question"], article["text"], names, rng)
                   for q in article["questions"] if q["paragraph"] % 2 == 0)
        asked += [("renamed", q) for q in swapped if q]
        for kind, question in asked:
            finding = retriever.find(question)
            out[kind].append(list(finding.signals) if finding else [0.0] * len(SIGNALS))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description="Fit the answer confidence.")
    parser.add_argument("squad", type=Path, help="a SQuAD-shaped tuning file")
    parser.add_argument("--far", type=int, default=100, help="far questions per article")
    args = parser.parse_args()
    data = signals(json.loads(args.squad.read_text())["articles"], args.far)
    negatives = data["near"] + data["renamed"] + data["far"]
    x = np.array(data["answerable"] + negatives)
    y = np.array([1] * len(data["answerable"]) + [0] * len(negatives))
    model = LogisticRegression(max_iter=5000, class_weight="balanced").fit(x, y)
    print("threshold  " + "  ".join(f"{kind:>10}" for kind in data) + "   (share answered)")
    for threshold in (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5):
        kept = [np.mean(model.predict_proba(np.array(rows))[:, 1] >= threshold)
                for rows in data.values()]
        print(f"{threshold:>9}  " + "  ".join(f"{100 * k:>9.1f}%" for k in kept))
    for name, weight in zip(SIGNALS, model.coef_[0], strict=True):
        print(f"  {name:>17} {weight:+.3f}")
    print("WEIGHTS = np.array([" + ", ".join(f"{w:.3f}" for w in model.coef_[0]) + "])")
    print(f"BIAS = {model.intercept_[0]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
