"""The tuning questions of the span model: each with its reply, gold answers and analysis.

``cached`` asks every question of every SQuAD-shaped article of a bot built for that
article (or reads the replies kept from an earlier run), ``prepare`` reads each answered,
span-type case for the span model and finds its gold token range, and ``scores`` gives
SQuAD exact match and F1 over all cases (no span scoring 0), the share of questions given a
span, and the precision of the spans given (share with F1 >= 0.8).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot import Chatbot
from bot.spans.features import SENTENCE_CLASSES, Tokens, question_class
from bot.spans.metrics import exact_match, f1
from bot.spans.model import MAX_TOKENS, Analysis, analyse


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
