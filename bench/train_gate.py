"""Fit the off-topic gate: P(a message is not for the document), see ``bot.smalltalk.gate``.

    python bench/train_gate.py ../shared/bench/clinc150/clinc150_train_val.json \\
        ../shared/bench/squad_dev.json ../shared/eval/dev.jsonl ../shared/eval/dev2.jsonl

Only messages retrieval would answer (confidence >= the Chatbot's threshold) matter to
the gate. Off topic (label 1): CLINC150 *training* queries outside kzbot's small talk
that retrieval would answer from the default document. On topic (label 0): questions
retrieval answers rightly, on every squad_dev article and on dev/dev2. A logistic
regression over ``bot.smalltalk.gate.INPUTS`` gives the weights and bias printed for its
``WEIGHTS``/``BIAS``; then, for a range of thresholds, the right answers the gate would
cost and the CLINC150 *val* queries it would turn away (val never enters the fit).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot import Chatbot
from bot.evaluate import contains
from bot.smalltalk.gate import INPUTS, inputs

SMALL_TALK = {"greeting", "thank_you", "goodbye", "what_can_i_ask_you", "are_you_a_bot",
              "what_is_your_name", "who_made_you"}


def answered(bot: Chatbot, questions: Sequence[tuple[str, list[str] | None]]
             ) -> Iterator[list[float]]:
    """The gate inputs of each question retrieval answers (rightly, when golds are given)."""
    for question, golds in questions:
        finding = bot.retriever.find(question)
        if finding is None or finding.confidence < bot.threshold:
            continue
        if golds is not None and not contains(finding.text, golds):
            continue
        verdict = bot.classifier.classify(question)
        yield list(inputs(question, verdict, finding.confidence, finding.signals,
                          bot.retriever.passage_index_.idf))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("clinc", type=Path)
    parser.add_argument("squad", type=Path)
    parser.add_argument("questions", type=Path, nargs="*", help="dev .jsonl sets")
    parser.add_argument("--sample", type=int, help="at most this many CLINC150 train queries")
    args = parser.parse_args()
    clinc = json.loads(args.clinc.read_text())
    bot = Chatbot()
    train = [(q, None) for q, label in clinc["train"] + clinc["oos_train"]
             if label not in SMALL_TALK]
    random.Random(0).shuffle(train)
    away = list(answered(bot, train[: args.sample]))
    val = list(answered(bot, [(q, None) for q, label in clinc["val"] + clinc["oos_val"]
                              if label not in SMALL_TALK]))
    dev: list[list[float]] = []
    for path in args.questions:
        items = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        dev += answered(bot, [(i["q"], i["answers"]) for i in items
                              if "q" in i and "answers" in i])
    squad: list[list[float]] = []
    for article in json.loads(args.squad.read_text())["articles"]:
        reader = Chatbot.from_text(article["text"])
        squad += answered(reader, [(q["question"], q["answers"]) for q in article["questions"]])
    x = np.array(away + squad + dev)
    y = np.array([1] * len(away) + [0] * (len(squad) + len(dev)))
    model = LogisticRegression(C=1.0, max_iter=5000).fit(x, y)
    print("INPUTS =", INPUTS)
    print("WEIGHTS =", tuple(round(float(w), 2) for w in model.coef_[0]))
    print("BIAS =", round(float(model.intercept_[0]), 2))
    for threshold in (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7):
        def declined(rows: list[list[float]], t: float = threshold) -> int:
            return int((model.predict_proba(np.array(rows))[:, 1] >= t).sum()) if rows else 0
        print(f"gate {threshold:.2f}: squad right answers lost {declined(squad)}/{len(squad)}, "
              f"dev {declined(dev)}/{len(dev)}; CLINC val turned away "
              f"{declined(val)}/{len(val)}")


if __name__ == "__main__":
    main()
