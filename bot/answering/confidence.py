"""How sure retrieval is that the document answers a question: P(answered | SIGNALS).

A logistic model over eight signals, fitted by ``bench/train_confidence.py`` to tell the
questions a document answers from near-domain ones (same subject, missing facts), from
ones about a name the document never uses, and from unrelated ones. Coverage is the share
of the question's idf mass found in a text; a word the document never uses weighs as its
rarest word, or three times that when the question writes it as a name: a missing name
("Brazil") means another subject, while a missing common word ("phone") may just be a
paraphrase.

Which written names count so (``names_in``): not an everyday word a question capitalises
("TV", "Euros", "the Bible": ``bot.language.names.everyday``), nor a misspelling of a name
in the answer's passage ("Mnafeld" of "Mansfeld", "Lev's" of "Levi's": ``misspelt``);
a missing "Brazil" or "Okafor" still counts.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Set

import numpy as np
import numpy.typing as npt
from rapidfuzz.distance import DamerauLevenshtein, Levenshtein

from bot.answering.query import Query
from bot.index.terms import TermIndex
from bot.language.names import everyday_terms
from bot.language.places import CITIES, PLACES
from bot.language.spelling import english_words

SIGNALS = ("passage_coverage", "sentence_coverage", "unknown_share", "unknown_name", "score",
           "margin", "terms", "type_unmet", "unknown_soft")
WEIGHTS = np.array([1.901, 2.021, -2.208, -2.948, 2.413, 0.691, 0.506, -0.345, 4.578])
BIAS = -6.074
_NAME_WEIGHT = 3.0


def signals(terms: Set[str], names: Set[str], idf: Callable[[str], float | None],
            rarest: float, passage_terms: Set[str], sentence_terms: Set[str],
            ranked_scores: npt.NDArray[np.float64], type_unmet: float = 0.0,
            soft: Mapping[str, float] | None = None) -> npt.NDArray[np.float64]:
    """The SIGNALS for a question's terms (``names`` among them) and the chosen answer.

    ``type_unmet`` is how far the answer falls short of the kind of thing the question asks
    for (1 when a "when" question's answer holds no date; 0 for untyped questions).
    ``soft`` gives, for terms the document never uses, how near a word of the answer's
    passage comes in meaning (0..1, ``bot.wordpieces``): "unknown_soft" is the unknown
    weight so recovered ("envoy" near "ambassador"), where "weather" recovers nothing.
    """
    soft = soft or {}
    if not terms:
        return np.zeros(len(SIGNALS))
    known = {t: idf(t) for t in terms}
    weights = {t: w if w is not None else rarest * (_NAME_WEIGHT if t in names else 1.0)
               for t, w in known.items()}
    total = sum(weights.values())
    unknown = [t for t, w in known.items() if w is None]
    margin = ranked_scores[0] - ranked_scores[1] if len(ranked_scores) > 1 else 5.0
    return np.array([
        sum(w for t, w in weights.items() if t in passage_terms) / total,
        sum(w for t, w in weights.items() if t in sentence_terms) / total,
        sum(weights[t] for t in unknown) / total,
        float(any(t in names for t in unknown)),
        ranked_scores[0] / 10.0,
        min(margin, 5.0) / 5.0,
        math.log1p(len(terms)),
        type_unmet,
        sum(weights[t] * soft.get(t, 0.0) for t in unknown) / total,
    ])


_SHORT = 5  # letters of a name in which one typo fits (two in a longer name)
_PART = 4  # letters of each of two words written as one, at least


def misspelt(term: str, passage_terms: Set[str]) -> bool:
    """True when a name term the document never uses is a typo of a term of the answer's
    passage, with the same first letter: one edit away (a swap of two letters counts one)
    in a name of up to ``_SHORT`` letters, two in a longer one ("mnafeld" of "mansfeld").
    A word of the English vocabulary may be a name of its own ("Winston" is no "Wilson",
    "Bush" no "busi-ness"), so it is a typo only one letter short or long at the end, or
    with two letters swapped ("Lev's" of "Levi's", "GPS" of "GSP"). Two words of the
    passage written as one are no typo either ("Superbowl" of "Super Bowl"). A country or
    city is never a typo ("Iran" is no "Iraq")."""
    if len(term) < 3 or term in PLACES or term in CITIES:
        return False
    if any(term[:i] in passage_terms and term[i:] in passage_terms
           for i in range(_PART, len(term) - _PART + 1)):
        return True
    if term in english_words():
        return any(_next_to(term, p) for p in passage_terms)
    most = 1 if len(term) <= _SHORT else 2
    return any(p[:1] == term[:1] and len(p) >= 3 and abs(len(p) - len(term)) <= most
               and DamerauLevenshtein.distance(term, p, score_cutoff=most) <= most
               for p in passage_terms)


def _next_to(term: str, other: str) -> bool:
    """True when one word is the other with one more letter at the end, or with two
    neighbouring letters swapped."""
    short, long = sorted((term, other), key=len)
    if len(long) - len(short) == 1:
        return len(short) >= 3 and long.startswith(short)
    return (len(short) == len(long) and short[:1] == long[:1]
            and DamerauLevenshtein.distance(short, long) == 1
            and Levenshtein.distance(short, long) == 2)


def names_in(query: Query, passage_terms: Set[str], known: Set[str]) -> set[str]:
    """The evidence names that say another subject when missing: less the everyday words
    the question capitalises and the names it misspells from the passage (docstring)."""
    names = query.evidence_names - (everyday_terms(query.text) if query.terms else set())
    return {t for t in names if t in known or not misspelt(t, passage_terms)}


def confidence(values: npt.NDArray[np.float64]) -> float:
    """The model's probability that the document answers, from the signals."""
    return 1.0 / (1.0 + math.exp(-(BIAS + float(values @ WEIGHTS))))


def assess(query: Query, index: TermIndex, passage_terms: Set[str], sentence_terms: Set[str],
           ranked_scores: npt.NDArray[np.float64], type_met: float,
           soft: Mapping[str, float] | None = None, continues_answer: bool = False
           ) -> tuple[float, npt.NDArray[np.float64]]:
    """The confidence in an answer, and the signals it came from.

    ``index`` is the passage index (its idf weighs the terms); ``type_met`` is the answer's
    ``answer_type`` feature; ``soft`` how near the passage comes to the question's unknown
    words (see ``signals``). A follow-up whose own telling words, those the document knows,
    are nowhere in the passage it lands on is no answer (confidence 0): the earlier turn
    found it, not this question; unless the answer is the sentence that continues the
    previous answer (``continues_answer``: "who did he meet?" → "He also held talks
    with …"), where the follow-up's words may well be paraphrased. A follow-up question
    that asks for a kind of thing in words the document never uses ("how long
    can they stay?") is weighed with the turn it leans on. A number is not a telling word
    here: "and in 2021?" after exports in 2020 lands on the 2020 sentence, and the
    near-miss check (``bot.answering.nearmiss.constraints``) says the year is missing.
    """
    known = {t for t in query.terms if index.idf(t) is not None}
    terms = query.evidence_terms
    if query.follows_up and query.terms and not known and query.answer_type:
        terms = set(query.terms) | set(query.context.terms)
    evidence = signals(terms, names_in(query, passage_terms, known), index.idf,
                       float(index.idf_.max()) if index.idf_.size else 1.0,
                       passage_terms, sentence_terms, ranked_scores,
                       1.0 - type_met if query.answer_type else 0.0, soft)
    telling = {t for t in known & query.telling if not t.isdigit()}
    lost = bool(query.follows_up and telling and not telling & passage_terms
                and not continues_answer)
    return (0.0 if lost else confidence(evidence)), evidence
