"""Is a message for the document? The classifier's view weighed against retrieval's evidence.

The message classifier (``classifier.py``) reads a message's wording only: "when's the next
time i get paid" reads as a task request, but so, to a model of wording, may a real
question about an article it has never seen ("How much do the farms pay for water?").
Retrieval reads the document only. The gate combines them:

    P(off topic) = sigmoid(BIAS + sum_k WEIGHTS[k] * input_k)
    inputs = logit P(question), logit P(chitchat), logit confidence, personal,
             and retrieval's evidence, ``bot.answering.confidence.SIGNALS``

(``personal`` is 1 when the message says I, my, you or your: a question about a document
is rarely about the person asking or the bot; the signals say how much of the message's
idf mass the best passage and sentence hold, how much the document never uses, whether a
name is missing, the answer's score and its margin over the next, how many terms the
message has, and whether the answer lacks the kind of thing asked for). A message is
declined when P(off topic) >= ``GATE``, however confident retrieval is; its
reply then says what kzbot can do, never a document sentence.

The weights are a logistic regression fitted by ``bench/train_gate.py``: off-topic examples
are CLINC150 *training* queries that retrieval would answer from the default document
(task requests, chit-chat, out-of-scope); on-topic examples are the questions retrieval
answers rightly on squad_dev, dev and dev2. CLINC150 val stayed out of the fit and chose
``GATE`` = 0.5: every dev and dev2 answer kept, 12 of 3,272 right squad_dev answers lost,
234 of the 248 CLINC150 val queries retrieval would answer turned away (0.45 turns away
one more for six more lost answers).
"""

from __future__ import annotations

import math
import re

from bot.answering.confidence import SIGNALS
from bot.smalltalk.classifier import QUESTION, Verdict

CHITCHAT = "chitchat"
"""The intent for messages that are neither small talk nor for the document."""
# the retrieval signals the gate was fitted on (the confidence model may read more)
GATE_SIGNALS = SIGNALS[:8]
INPUTS = ("logit_question", "logit_chitchat", "logit_confidence", "personal", *GATE_SIGNALS)
WEIGHTS = (-0.73, 0.5, -1.78, 3.0, 0.49, 1.33, 3.5, -0.55, -1.71, 2.45, -3.94, -1.22)
BIAS = 4.6
GATE = 0.5
SURE_CHITCHAT = 0.9
_PERSONAL = re.compile(r"\b(?:i|i'm|im|me|my|mine|myself|you|you're|your|yours|yourself)\b")
_EPSILON = 1e-4


def _logit(p: float) -> float:
    """ln(p / (1 - p)), with p kept inside [1e-4, 1 - 1e-4] so it stays finite."""
    p = min(max(p, _EPSILON), 1.0 - _EPSILON)
    return math.log(p / (1.0 - p))


def inputs(message: str, verdict: Verdict, confidence: float, signals: tuple[float, ...]
           ) -> tuple[float, ...]:
    """The INPUTS for a message, its classifier verdict and retrieval's evidence."""
    evidence = (*signals, *[0.0] * len(GATE_SIGNALS))[: len(GATE_SIGNALS)]
    return (_logit(verdict.of(QUESTION)), _logit(verdict.of(CHITCHAT)), _logit(confidence),
            float(bool(_PERSONAL.search(message.lower()))), *evidence)


def off_topic(message: str, verdict: Verdict, confidence: float, signals: tuple[float, ...],
              follow_up: bool = False) -> float:
    """P(the message is not for the document), from the classifier and retrieval.

    A follow-up ("The date?") is read with the answered turn it leans on, so what retrieval
    says of its own few words is no evidence: it is off topic only when the classifier is
    sure it is chitchat (P >= ``SURE_CHITCHAT``), and then with that probability.
    """
    if follow_up:
        chitchat = verdict.of(CHITCHAT)
        return chitchat if chitchat >= SURE_CHITCHAT else 0.0
    values = inputs(message, verdict, confidence, signals)
    z = BIAS + sum(w * x for w, x in zip(WEIGHTS, values, strict=True))
    return 1.0 / (1.0 + math.exp(-z))
