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
*at the meeting*" for "when was the statement signed"), or when the best one opens by
leaning on the sentence before ("Their 194 yards …") and that one is the runner-up
(``LEANING_MARGIN``); failing all of these and a close runner-up (or a short pair a
little further apart: ``WIDE_MARGIN``, ``SHORT_PAIR``), the short sentence before joins
when it ``completes`` the best one with two terms at least ("Cooperation in education is
being expanded. There is an exchange of students …"). The first two joins on
weaker evidence (one lacking term, a pointer) are made only while the two sentences stay
within ``SHORT_JOIN`` characters together, or, for the lacking term, when the later
sentence continues the one before it ("He also held talks with …"): other long joins
gained few answers on squad_dev and raised the median answer past what a "one sentence"
answer should be. The joins after the best one are read in ``read_on`` and ``read_next``,
those before it in ``read_back``. These are rules about how text is written, not about any
question set.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence, Set

import numpy as np
import numpy.typing as npt

from bot.answering.nearmiss.possessed import anothers
from bot.answering.query import Query
from bot.answering.read_back import completed_before, follows_in_passage, reads_back
from bot.answering.read_next import LEANING_MARGIN, changed_into, leaning_runner_up, tells_next
from bot.answering.read_on import read_on
from bot.language.answer_type import DATE, offers
from bot.language.continuation import continues_previous
from bot.reading.document import Passage, Sentence

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


# A runner-up joins the answer only if it covers this share of what the best covers.
RELEVANT = 0.5
# A runner-up this close joins when the two stay within SHORT_PAIR characters together.
WIDE_MARGIN = 1.5
SHORT_PAIR = 186
# Only rare terms count for that, those in at most this share of the passages: a later
# sentence naming the document's own subject again completes nothing.
RARE_SHARE = 1 / 3


def rare(idf: float | None, n_passages: int) -> bool:
    """True when a term with this TF-IDF idf (None: not in the document) is in at most
    ``RARE_SHARE`` of the ``n_passages`` passages; the smoothed idf
    1 + ln((1 + n) / (1 + df)) gives back df = (1 + n) / exp(idf - 1) - 1."""
    if idf is None:
        return False
    return round((1 + n_passages) / math.exp(idf - 1) - 1) <= RARE_SHARE * n_passages


def _leans_on_runner_up(sentences: Sequence[Sentence], ids: IntArray, scores: FloatArray,
                        order: IntArray, query: Query | None) -> bool:
    """True when the best sentence opens by leaning on the one before it ("Their 194
    yards were …", "After the miss, …") and that one, in the same passage, is the runner-up
    within ``LEANING_MARGIN``: the ranker found both, and the best cannot be read without
    the one that names what it points to. Only then, not for any sentence the best leans
    on: squad_dev's answers lean on their predecessor about as often as they do not. For a
    question that asks for a kind of thing (a date, a person …) only when the sentence
    before offers one too: else it is context, and context naming a place ("The board
    meets in Velm. Its chair is …") would read as the person's place to a follow-up."""
    if len(order) < 2:
        return False
    best, runner_up = int(ids[order[0]]), int(ids[order[1]])
    if not (runner_up == best - 1 and follows_in_passage(sentences, best)
            and scores[order[0]] - scores[order[1]] < LEANING_MARGIN
            and continues_previous(sentences[best].text)):
        return False
    if query is None or not query.answer_type:
        return True
    return offers(query.answer_type, sentences[runner_up].text, set(query.own.folded)) >= 1


def off_type(answer_type: str | None, best: str, runner_up: str, asked: set[str]) -> bool:
    """True when a date is asked, the best sentence gives one and the runner-up does not:
    the runner-up is then noise glued to a right answer ("January 7 – relations are
    established. In particular, the two leaders decided …" for "since when …"). Only for a
    date: a "how long" may be answered by "since 2012" rather than by a count, and "who"
    by a body in plain words ("the heads of foreign offices")."""
    return answer_type == DATE and offers(DATE, best, asked) >= 1 > offers(DATE, runner_up,
                                                                           asked)


def _close(sentences: Sequence[Sentence], ids: IntArray, scores: FloatArray, order: IntArray,
           join_margin: float, query: Query | None) -> bool:
    """True when the runner-up scores within ``join_margin`` of the best, or within
    ``WIDE_MARGIN`` when the two sentences together stay within ``SHORT_PAIR`` characters
    and the best one does not already give the kind of thing asked: showing two short
    sentences costs the reader no more than one long one, but a second date glued to a
    dated answer ("The 1st round was held on 3 May. The 3rd round was held on 1 July.")
    reads as another answer, and a follow-up ("and the next one?") takes it as such."""
    gap = scores[order[0]] - scores[order[1]]
    if gap < join_margin:
        return True
    best = sentences[int(ids[order[0]])].text
    if query is None or offers(query.answer_type, best, set(query.own.folded)) >= 1:
        return False  # with no question read, nothing says the best one lacks it
    return bool(gap < WIDE_MARGIN
                and len(best) + len(sentences[int(ids[order[1]])].text) < SHORT_PAIR)


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
             else read_on(sentences, chosen[0], query, terms_of, asked))
    if later is not None:
        chosen.append(later)
    elif _leans_on_runner_up(sentences, ids, scores, order, query) or reads_back(
            sentences, chosen[0], query, terms_of):
        chosen.insert(0, chosen[0] - 1)
    elif _joins_runner_up(sentences, ids, scores, order, join_margin, query, coverage):
        chosen.append(int(ids[order[1]]))
        if sentences[chosen[0]].passage == sentences[chosen[1]].passage:
            chosen.sort()
    elif (terms_of is not None and query is not None
          and offers(query.answer_type, sentences[chosen[0]].text, set(query.own.folded)) < 1
          and completed_before(sentences, chosen[0], terms_of, asked)):
        chosen.insert(0, chosen[0] - 1)
    elif terms_of is not None and query is not None and (
            (told := tells_next(sentences, chosen[0], query, terms_of, asked)) is not None
            or (told := leaning_runner_up(sentences, ids, scores, order, query,
                                          terms_of)) is not None):
        chosen.append(told)  # the last: a leaning runner-up replaces no other join
    return joined([sentences[i].text for i in _with_change(sentences, chosen, query, terms_of)])


def _joins_runner_up(sentences: Sequence[Sentence], ids: IntArray, scores: FloatArray,
                     order: IntArray, join_margin: float, query: Query | None,
                     coverage: FloatArray | None) -> bool:
    """True when the runner-up is ``_close`` to the best, covers at least ``RELEVANT`` of
    what it covers, and is neither a date-less runner-up of a dated answer (``off_type``)
    nor about another country's thing than the one asked (``possessed.anothers``)."""
    if len(order) < 2 or not _close(sentences, ids, scores, order, join_margin, query):
        return False
    if coverage is not None and coverage[order[1]] < RELEVANT * coverage[order[0]]:
        return False
    best, runner_up = sentences[int(ids[order[0]])].text, sentences[int(ids[order[1]])].text
    return query is None or not (
        off_type(query.answer_type, best, runner_up, set(query.own.folded))
        or anothers(query.text, best, runner_up))


def _with_change(sentences: Sequence[Sentence], chosen: list[int], query: Query | None,
                 terms_of: Callable[[int], Set[str]] | None) -> list[int]:
    """``chosen`` with the sentences ``read_next.changed_into`` reads on to after them, in
    reading order, when they are all of one passage."""
    if terms_of is None or query is None or len({sentences[i].passage for i in chosen}) != 1:
        return chosen
    return sorted(chosen) + changed_into(sentences, chosen, query, terms_of)


_STOPS = tuple(".!?…:;\"”’')]")


def joined(texts: Sequence[str]) -> str:
    """Sentences as one line, however the document was wrapped; a line with no stop of its
    own ("Since 2019 - X is Ambassador", from a list) is kept apart from the next by an
    ellipsis, so two facts do not read as one sentence."""
    flat = [" ".join(text.split()) for text in texts]
    return " ".join(t if n == len(flat) - 1 or t.endswith(_STOPS) else t + " …"
                    for n, t in enumerate(flat))


def rank_passages(passages: Sequence[Passage], owner: IntArray, scores: FloatArray,
                  max_sources: int) -> tuple[tuple[Passage, float], ...]:
    """Passages ordered by, and scored with, the ranker score of their best sentence."""
    best: dict[int, float] = {}
    for p, score in zip(owner.tolist(), scores.tolist(), strict=True):
        best[p] = max(score, best.get(p, score))
    order = sorted(best, key=lambda p: -best[p])[:max_sources]
    return tuple((passages[p], best[p]) for p in order)
