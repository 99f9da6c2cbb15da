"""SQuAD's official answer scores: exact match and token F1 after its normalisation.

normalise(s): lower-case, drop punctuation, drop the articles a/an/the, collapse spaces
(Rajpurkar et al., 2016, ``evaluate-v1.1.py``). Exact match is 1 when the normalised strings
are equal; F1 is the harmonic mean of token precision and recall of the normalised tokens
(as multisets). Both take the maximum over the gold answers; no prediction scores 0.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Iterable

_ARTICLES = re.compile(r"\b(a|an|the)\b")
_PUNCTUATION = frozenset(string.punctuation)


def normalise(text: str) -> str:
    """SQuAD's normal form of an answer string."""
    text = "".join(c for c in text.lower() if c not in _PUNCTUATION)
    return " ".join(_ARTICLES.sub(" ", text).split())


def _f1(prediction: str, gold: str) -> float:
    """Token F1 of one prediction against one gold answer."""
    predicted, wanted = normalise(prediction).split(), normalise(gold).split()
    common = sum((Counter(predicted) & Counter(wanted)).values())
    if common == 0:
        return 0.0
    precision, recall = common / len(predicted), common / len(wanted)
    return 2 * precision * recall / (precision + recall)


def exact_match(prediction: str | None, golds: Iterable[str]) -> float:
    """1.0 when the prediction equals a gold answer after normalisation, else 0.0."""
    if prediction is None:
        return 0.0
    return max((float(normalise(prediction) == normalise(g)) for g in golds), default=0.0)


def f1(prediction: str | None, golds: Iterable[str]) -> float:
    """The best token F1 of the prediction against any gold answer (0.0 with none)."""
    if prediction is None:
        return 0.0
    return max((_f1(prediction, g) for g in golds), default=0.0)
