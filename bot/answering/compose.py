"""Composing the answer from the ranked candidates: its text and the passages behind it.

Documents often name the subject in one sentence and give the asked-for thing in the next:
"A round table was held at the Chamber … As a result, 24 contracts were signed." The
ranker finds the sentence that names the subject; the next sentence of the same passage
joins it when it continues it (``bot.language.continuation.continues``) and gives what the
best one lacks: the expected answer type (a date, a number, a person, a place) that the
best sentence does not hold, or the outcome, purpose, reason or effect that a "why" /
"what was the result" / "what does it make possible" question asks for (but not
background: "Prior to this, …"). Else the next or the one after it joins when it
``completes`` the best one: it gives at least two of the question's rare terms that the
best one lacks (the one, when only one is lacking: "what was discussed during the
minister's visit" of "The minister visited … During the meetings, … were discussed"), and
at least half of them ("a round table was held during the visit … As a result, … The
signed agreements involve companies …" for "which companies were involved in the
agreements of the visit"). The other way round, the sentence before joins when the best
one points back to the very thing asked about ("which team will train?" of "The Blue Heron
team was set up in 1990. Plans are made for *this team* to train …"), or when it lacks the
kind of thing asked (a date, a number, a person, a place) that the sentence before gives
and leans on that sentence ("… a meeting was held on August 28 … The statement was signed
*at the meeting*" for "when was the statement signed"); failing all of these and a close
runner-up, the short sentence before joins when it ``completes`` the best one ("Cooperation
in education is being expanded. There is an exchange of students …"). The first two joins on
weaker evidence (one lacking term, a pointer) are made only while the two sentences stay
within ``SHORT_JOIN`` characters together, or, for the lacking term, when the later
sentence continues the one before it ("He also held talks with …"): other long joins
gained few answers on squad_dev and raised the median answer past what a "one sentence"
answer should be. These are rules
about how text is written, not about any question set.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence, Set

import numpy as np
import numpy.typing as npt

from bot.answering.query import Query
from bot.language.answer_type import DATE, counts_others, gives_own, offers
from bot.language.continuation import continues, refers_back
from bot.language.text import stem
from bot.language.text import terms as terms_of_words
from bot.reading.document import Passage, Sentence

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


# Questions that ask for an outcome, a purpose or a reason, which the next sentence often gives.
_CONSEQUENCE = re.compile(r"^\s*why\b|\b(?:what|which)\b.*\b(?:outcomes?|results?|purposes?|"
                          r"points?|aims?|goals?|objectives?|consequences?|effects?|impact|"
                          r"for)\b|\bwhat for\b|\b(?:matter|important)\b|"
                          r"\bwhat (?:does|did|will|would|can|could)\b.+\b(?:do|make|allow|"
                          r"enable|mean|help|change|achieve|bring|facilitate)\b|"
                          r"\b(?:came|come|comes|resulted|result) (?:out )?(?:of|from|in)\b|"
                          r"\b(?:meant|supposed|intended|designed|aimed|hoped) to\b|"
                          r"\b(?:achieve[sd]?|accomplish(?:ed)?|led to|lead to)\b", re.IGNORECASE)
# A pointer to a thing named in the sentence before: "… for *this unit* to take part"
_POINTER = re.compile(r"\b(?:this|these|such an?|such)\s+([a-z][\w-]*)", re.IGNORECASE)
# A reference back to an occasion named before: "signed *at the meeting*", "during the visit"
_OCCASION = re.compile(r"\b(?:at|during|after|in the course of|on the sidelines of|following)"
                       r"\s+(?:the|this|that)\s+([a-z][\w-]*)\b", re.IGNORECASE)
# A continuation that goes back in time: background, not the outcome or the purpose.
_EARLIER = re.compile(r"\(?(?:prior to|before|earlier|previously|until then)\b", re.IGNORECASE)
# A runner-up joins the answer only if it covers this share of what the best covers.
RELEVANT = 0.5
# A later sentence that gives this many of the question's missing terms completes the answer.
COMPLETING = 2
# A join on weaker evidence (one lacking term, a pointer back) only up to this many
# characters: squad_dev's median right answer stays at 188 (uncapped: 194, for +5 answers)
SHORT_JOIN = 240
# Only rare terms count for that, those in at most this share of the passages: a later
# sentence naming the document's own subject again completes nothing.
RARE_SHARE = 1 / 3


def belongs(best: str, best_terms: Set[str], following: str, question: str,
            answer_type: str | None, question_words: set[str]) -> bool:
    """True when the sentence ``following`` the best one (whose content terms are
    ``best_terms``) should join the answer (see the module docstring)."""
    consequence = not answer_type and bool(_CONSEQUENCE.search(question))
    if not (continues(following, best_terms)
            or (consequence and refers_back(following))):
        return False
    if answer_type:
        return (not gives_own(answer_type, best, question_words)
                and gives_own(answer_type, following, question_words)
                and not counts_others(question, following))
    return consequence and not _EARLIER.match(following)


def completes(best_terms: Set[str], later_terms: Set[str], asked: Set[str]) -> bool:
    """True when a later sentence gives at least ``COMPLETING`` of the question's terms
    (``asked``) that the best sentence lacks (or the only one it lacks), and at least half
    of them: the best one named the occasion, the later one says what the question asks of
    it."""
    missing = asked - best_terms
    gained = len(missing & later_terms)
    return gained >= min(COMPLETING, len(missing)) > 0 and 2 * gained >= len(missing)


def rare(idf: float | None, n_passages: int) -> bool:
    """True when a term with this TF-IDF idf (None: not in the document) is in at most
    ``RARE_SHARE`` of the ``n_passages`` passages; the smoothed idf
    1 + ln((1 + n) / (1 + df)) gives back df = (1 + n) / exp(idf - 1) - 1."""
    if idf is None:
        return False
    return round((1 + n_passages) / math.exp(idf - 1) - 1) <= RARE_SHARE * n_passages


def _read_on(sentences: Sequence[Sentence], best: int, query: Query,
             terms_of: Callable[[int], Set[str]], asked: Set[str]) -> int | None:
    """The sentence after ``best`` (or the one after that) in its passage that joins the
    answer: the next one when it ``belongs``, else the one of the two that ``completes``
    the question's rare terms ``asked`` the most."""
    passage = sentences[best].passage
    later = [i for i in (best + 1, best + 2)
             if i < len(sentences) and sentences[i].passage == passage]
    if later and belongs(sentences[best].text, terms_of(best), sentences[later[0]].text,
                         query.text, query.answer_type, set(query.own.folded)):
        return later[0]
    kind = _asked_kind(query.text)
    completing = [i for i in later if _completing(sentences, best, i, terms_of, asked, kind)]
    return max(completing, key=lambda i: len(asked & terms_of(i)), default=None)


def _completing(sentences: Sequence[Sentence], best: int, later: int,
                terms_of: Callable[[int], Set[str]], asked: Set[str], kind: Set[str]) -> bool:
    """True when the ``later`` sentence ``completes`` the best one, with the question's
    terms ``asked`` or, more weakly, without the ``kind`` of thing asked ("document" of
    "what document was signed"). On weak evidence (one lacking term, or the kind left
    out) only a short join, or one into a sentence that leans on the one before it."""
    best_terms, later_terms = terms_of(best), terms_of(later)
    if completes(best_terms, later_terms, asked):
        weak = len(asked - best_terms) < COMPLETING
    elif kind and completes(best_terms, later_terms, asked - kind):
        weak = True
    else:
        return False
    return not (weak and _long(sentences, best, later)
                and not _leans_on(sentences[later].text, terms_of(later - 1)))


# "what document …", "which agreement …": the kind of thing asked, which the answer names
_KIND_ASKED = re.compile(r"^\s*(?:what|which)\s+(?:(?:kind|type|sort)s?\s+of\s+)?([a-z]+)\b|"
                         r"\b(?:what|which)\s+(?:kind|type|sort)s?\s+of\s+([a-z]+)\b",
                         re.IGNORECASE)


def _asked_kind(question: str) -> set[str]:
    """The term of the kind of thing a "what X" / "which X" question asks for: the answer
    names a document, it need not say "document"."""
    found = _KIND_ASKED.search(question)
    return set(terms_of_words(found.group(1) or found.group(2))) if found else set()


def _leans_on(sentence: str, previous: Set[str]) -> bool:
    """True when a sentence ``continues`` the one before it (whose terms are ``previous``)
    or refers back to the occasion it names ("… was signed *at the meeting*")."""
    referred = {t for m in _OCCASION.finditer(sentence) for t in terms_of_words(m.group(1))}
    return continues(sentence, previous) or bool(referred & previous)


def _points_back(sentences: Sequence[Sentence], best: int, query: Query) -> bool:
    """True when the best sentence points back to the thing the question asks about ("which
    team …?" of "… plans for *this team* …"): the sentence before, in the same passage,
    names it. Past ``SHORT_JOIN`` only when the pointer names the very kind asked ("what
    kind of treaty …?" of "… the first to sign *such a treaty*")."""
    pointed = {stem(m.group(1).lower()) for m in _POINTER.finditer(sentences[best].text)}
    return bool(_follows_in_passage(sentences, best) and pointed & set(query.terms)
                and (pointed & _asked_kind(query.text) or not _long(sentences, best - 1, best)))


def _answered_before(sentences: Sequence[Sentence], best: int, query: Query,
                     terms_of: Callable[[int], Set[str]]) -> bool:
    """True when the best sentence lacks the kind of thing asked (a date, a number, a
    person, a place), leans on the sentence before it (``continues`` it, or refers back to
    its occasion: "… was signed *at the meeting*") and that sentence, in the same passage,
    gives it: "On August 28 a meeting was held … The statement was signed at the meeting"
    answers "when was the statement signed"."""
    kind = query.answer_type
    if not kind or not _follows_in_passage(sentences, best):
        return False
    text, before, asked = sentences[best].text, sentences[best - 1].text, set(query.own.folded)
    if offers(kind, text, asked) >= 1 or offers(kind, before, asked) < 1:
        return False
    return _leans_on(text, terms_of(best - 1))


def _completed_before(sentences: Sequence[Sentence], best: int,
                      terms_of: Callable[[int], Set[str]], asked: Set[str]) -> bool:
    """True when the sentence before the best one, in its passage and short enough to join
    (``SHORT_JOIN``), ``completes`` it (asked only when the best one lacks the kind of
    thing asked, if any: "Its chair is …" answers "who chairs it" alone): it names what
    the question asks of ("Cooperation in education is being expanded. There is an
    ongoing exchange of students …" for "which area of cooperation is being expanded with
    student exchanges")."""
    return (_follows_in_passage(sentences, best) and not _long(sentences, best - 1, best)
            and completes(terms_of(best), terms_of(best - 1), asked))


def off_type(answer_type: str | None, best: str, runner_up: str, asked: set[str]) -> bool:
    """True when a date is asked, the best sentence gives one and the runner-up does not:
    the runner-up is then noise glued to a right answer ("January 7 – relations are
    established. In particular, the two leaders decided …" for "since when …"). Only for a
    date: a "how long" may be answered by "since 2012" rather than by a count, and "who"
    by a body in plain words ("the heads of foreign offices")."""
    return answer_type == DATE and offers(DATE, best, asked) >= 1 > offers(DATE, runner_up,
                                                                           asked)


def _follows_in_passage(sentences: Sequence[Sentence], best: int) -> bool:
    """True when a sentence before the best one is in the same passage."""
    return best > 0 and sentences[best - 1].passage == sentences[best].passage


def _long(sentences: Sequence[Sentence], first: int, second: int) -> bool:
    """True when two sentences together pass ``SHORT_JOIN`` characters."""
    return len(sentences[first].text) + len(sentences[second].text) > SHORT_JOIN


def answer_text(sentences: Sequence[Sentence], ids: IntArray, scores: FloatArray, order: IntArray,
                join_margin: float, query: Query | None = None,
                coverage: FloatArray | None = None,
                terms_of: Callable[[int], Set[str]] | None = None,
                asked: Set[str] = frozenset()) -> str:
    """The best sentence, with the next one when it ``belongs`` to the answer, or else the
    best two when the runner-up is within ``join_margin`` and covers at least ``RELEVANT``
    of what the best covers of the question (``coverage``, per candidate). ``terms_of``
    gives a sentence's content terms (by its position), for reading a continuation.

    Two close candidates mean the ranker cannot tell which one answers; showing both
    (in reading order when they share a passage) beats guessing, but a runner-up that
    shares little of the question is noise glued to a right answer.
    """
    chosen = [int(ids[order[0]])]
    later = (None if query is None or terms_of is None
             else _read_on(sentences, chosen[0], query, terms_of, asked))
    if later is not None:
        chosen.append(later)
    elif query is not None and (_points_back(sentences, chosen[0], query) or (
            terms_of is not None and _answered_before(sentences, chosen[0], query, terms_of))):
        chosen.insert(0, chosen[0] - 1)
    elif (len(order) > 1 and scores[order[0]] - scores[order[1]] < join_margin
          and (coverage is None or coverage[order[1]] >= RELEVANT * coverage[order[0]])
          and not (query and off_type(query.answer_type, sentences[chosen[0]].text,
                                      sentences[int(ids[order[1]])].text,
                                      set(query.own.folded)))):
        chosen.append(int(ids[order[1]]))
        if sentences[chosen[0]].passage == sentences[chosen[1]].passage:
            chosen.sort()
    elif (terms_of is not None and query is not None
          and offers(query.answer_type, sentences[chosen[0]].text, set(query.own.folded)) < 1
          and _completed_before(sentences, chosen[0], terms_of, asked)):
        chosen.insert(0, chosen[0] - 1)
    # one line, however the document was wrapped
    return " ".join(" ".join(sentences[i].text.split()) for i in chosen)


def rank_passages(passages: Sequence[Passage], owner: IntArray, scores: FloatArray,
                  max_sources: int) -> tuple[tuple[Passage, float], ...]:
    """Passages ordered by, and scored with, the ranker score of their best sentence."""
    best: dict[int, float] = {}
    for p, score in zip(owner.tolist(), scores.tolist(), strict=True):
        best[p] = max(score, best.get(p, score))
    order = sorted(best, key=lambda p: -best[p])[:max_sources]
    return tuple((passages[p], best[p]) for p in order)
