"""Is a message for the document? The classifier's view weighed against retrieval's evidence.

The message classifier (``classifier.py``) reads a message's wording only: "when's the next
time i get paid" reads as a task request, but so, to a model of wording, may a real
question about an article it has never seen ("How much do the farms pay for water?").
Retrieval reads the document only. The gate combines them:

    P(off topic) = sigmoid(BIAS + sum_k WEIGHTS[k] * input_k)
    inputs = logit P(question), logit P(chitchat), logit confidence,
             passage coverage, sentence coverage, unknown share, personal

(the coverages and the unknown share are retrieval's ``bot.answering.confidence`` signals: how much
of the message's idf mass the best passage and sentence hold, and how much of it the
document never uses; ``personal`` is 1 when the message says I, my, you or your: a
question about a document is rarely about the person asking or the bot). A
message is declined when P(off topic) >= ``GATE``, however confident retrieval is; its
reply then says what kzbot can do, never a document sentence.

The weights are a logistic regression fitted by ``bench/train_gate.py``: off-topic examples
are CLINC150 *training* queries that retrieval would answer from the default document
(task requests, chit-chat, out-of-scope); on-topic examples are the questions retrieval
answers rightly on squad_dev, dev and dev2. CLINC150 val stayed out of the fit and chose
``GATE``: the least threshold (in steps of 0.05) that keeps every dev and dev2 answer and
costs less than half a point of squad_dev answers (0.4: 16 of 3,272 lost; 222 of the 248
CLINC150 val queries retrieval would answer turned away).
"""

from __future__ import annotations

import math
import re

from bot.smalltalk.classifier import QUESTION, Verdict

CHITCHAT = "chitchat"
"""The intent for messages that are neither small talk nor for the document."""
INPUTS = ("logit_question", "logit_chitchat", "logit_confidence", "passage_coverage",
          "sentence_coverage", "unknown_share", "personal")
WEIGHTS = (-1.32, 0.18, -1.62, 0.54, 2.04, 3.98, 3.74)
BIAS = -5.09
GATE = 0.4
_PERSONAL = re.compile(r"\b(?:i|i'm|im|me|my|mine|myself|you|you're|your|yours|yourself)\b")
_EPSILON = 1e-4


def _logit(p: float) -> float:
    """ln(p / (1 - p)), with p kept inside [1e-4, 1 - 1e-4] so it stays finite."""
    p = min(max(p, _EPSILON), 1.0 - _EPSILON)
    return math.log(p / (1.0 - p))


def inputs(message: str, verdict: Verdict, confidence: float, signals: tuple[float, ...]
           ) -> tuple[float, ...]:
    """The INPUTS for a message, its classifier verdict and retrieval's evidence."""
    return (_logit(verdict.of(QUESTION)), _logit(verdict.of(CHITCHAT)), _logit(confidence),
            *(*signals, 0.0, 0.0, 0.0)[:3], float(bool(_PERSONAL.search(message.lower()))))


def off_topic(message: str, verdict: Verdict, confidence: float, signals: tuple[float, ...]
              ) -> float:
    """P(the message is not for the document), from the classifier and retrieval."""
    values = inputs(message, verdict, confidence, signals)
    z = BIAS + sum(w * x for w, x in zip(WEIGHTS, values, strict=True))
    return 1.0 / (1.0 + math.exp(-z))
