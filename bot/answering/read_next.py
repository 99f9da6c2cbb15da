"""The last reason to read on: the next sentence tells what the best one only sets up.

A writer often sets the scene in one sentence and tells the event in the next: "In April
the king left the port with a large fleet to reach the island. But a storm scattered the
fleet." answers "what stopped the king reaching the island?"; "The committee met in May.
Its chair, Ana Ruiz, opened the session." answers "who chaired the committee?". The ranker
picks the scene, which repeats the question's words; the event uses other words. When
nothing else joined the best sentence (``bot.answering.compose.answer_text`` asks this
last), the next one in its passage joins when

- the two stay short together (under ``SHORT_NEXT`` characters: showing two short
  sentences costs the reader no more than one long one) and the best one lacks at least
  ``LACKING`` of the question's terms: it names the scene, not what is asked of it; or
- it continues the best one and gives a rare term of the question the best one lacks
  (an untyped question: "which prince asked …" of "… the prince begged them to stay"); or
- it gives the kind of thing asked (a person, a date, a number, a place) that the best one
  does not, with a term of the question the best one lacks (a typed question); or
- it gives the kind asked with the ordinal the question picks its thing by ("the last
  meeting"), which the best one lacks (``_gives_ordinal``).

For a typed question the next sentence must offer the kind asked more than the best one
does, else it is only more of the scene, and a count of another thing ("nine contracts")
is no answer to "how many people …" (``read_on.counts_others``). These are rules about
how text is written, not about any question set; what they gain and cost is in
bench/RESULTS.md (round 13).

Earlier than all that (``leaning_runner_up``, asked right after ``read_on``), the next
sentence joins when the ranker put it second, close behind, and it opens by leaning on
the best one ("… rose against the tax. *This* was put down by the guard."): the mirror of
``compose``'s runner-up before that the best one leans on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence, Set

import numpy as np
import numpy.typing as npt

from bot.answering.nearmiss.constraints import holds_ordinal, ordinals_asked
from bot.answering.query import Query
from bot.answering.read_on import counts_others
from bot.language.answer_type import offers
from bot.language.continuation import continues, continues_previous
from bot.language.text import STOP_WORDS, stem
from bot.language.thesaurus import synonyms
from bot.reading.document import Sentence

# Two sentences shorter than this together read as one answer (the runner-up's short pair
# in ``compose`` uses the same bound): squad_dev's median right answer stays at 190.
SHORT_NEXT = 186
# A best sentence lacking this many of the question's terms names the scene, not the answer.
LACKING = 2


def tells_next(sentences: Sequence[Sentence], best: int, query: Query,
               terms_of: Callable[[int], Set[str]], asked: Set[str]) -> int | None:
    """The sentence after ``best`` in its passage when it tells what the best one sets up
    (see the module docstring; ``asked``: the question's rare terms), else None."""
    following = best + 1
    if following >= len(sentences) or sentences[following].passage != sentences[best].passage:
        return None
    text, after = sentences[best].text, sentences[following].text
    words = set(query.own.folded)
    kind = query.answer_type
    lacking = set(query.terms) - terms_of(best)
    if _tells_deed(kind, after, lacking & terms_of(following), terms_of(best), words) or (
            kind and offers(kind, after, words) >= 1 and _gives_ordinal(query.text, text, after)):
        return following
    if kind and (offers(kind, after, words) <= offers(kind, text, words)
                 or counts_others(query.text, after)):
        return None
    short = len(text) + len(after) < SHORT_NEXT and len(lacking) >= LACKING
    if short or _gives_lacking(kind, text, after, lacking, asked, terms_of(following),
                               terms_of(best), words):
        return following
    return None


def _gives_ordinal(question: str, text: str, after: str) -> bool:
    """True when the next sentence (``after``) names an ordinal the question asks of its
    kind ("the last meeting") that the best one (``text``) lacks: "where was the last
    council meeting?" of "… the Council meeting of X. The last meeting was held in Y"."""
    return any(not holds_ordinal(text.lower(), wanted) and holds_ordinal(after.lower(), wanted,
                                                                          kind)
               for wanted, kind in ordinals_asked(question))


def _gives_lacking(kind: str | None, text: str, after: str, lacking: Set[str],
                   asked: Set[str], after_terms: Set[str], best_terms: Set[str],
                   words: set[str]) -> bool:
    """True when the next sentence (``after``, terms ``after_terms``) gives a term of the
    question the best one (``text``) lacks (``lacking``): for an untyped question a rare one
    (``asked``) in a sentence that continues the best one, for a typed question any one in
    a sentence offering the kind asked where the best one offers none."""
    if kind:
        return offers(kind, text, words) < 1 <= offers(kind, after, words) and bool(
            lacking & after_terms)
    return bool(lacking & asked & after_terms) and continues(after, best_terms)


def _tells_deed(kind: str | None, after: str, given: Set[str], best_terms: Set[str],
                words: set[str]) -> bool:
    """True when the next sentence goes on about the best one's subject ("He also held
    talks with …") and gives ``LACKING`` or more of the question's terms the best one
    lacks (``given``: the deed asked, "hold talks"), with the kind asked for a typed
    question: the best one names who acted, the next one what was asked of them."""
    return (len(given) >= LACKING and continues(after, best_terms)
            and (kind is None or offers(kind, after, words) >= 1))


# a change asked by its outcome: "what was X upgraded to?", "what did they agree to turn it
# into (in 2017)?": the question ends with the preposition (a time may follow)
_ENDS_TO = re.compile(r"\b(to|into)(?:\s+(?:in|on|during|by|at)\b[^?]*)?\W*$", re.IGNORECASE)


def changed_into(sentences: Sequence[Sentence], chosen: Sequence[int], query: Query,
                 terms_of: Callable[[int], Set[str]]) -> list[int]:
    """The sentences after the last of ``chosen`` (the answer's, of one passage) up to one
    (at most two on) that says a word of a question ending in "to"/"into" ("what was it
    upgraded to?") that the answer lacks by a WordNet synonym, followed within five words by
    "to" or "into" ("raise the level of engagement to"): that one tells what it became. The
    answer's terms are gathered only for a question of that shape."""
    ends = _ENDS_TO.search(query.text.strip())
    if ends is None:
        return []
    last, shown = max(chosen), set().union(*map(terms_of, chosen))
    lacking = [w for w in dict.fromkeys(query.own.folded) if w.isalpha() and len(w) > 3
               and w not in STOP_WORDS and stem(w) not in shown]
    kin = sorted({s for w in lacking for s in synonyms(w)
                  if " " not in s and len(s) > 3 and s not in STOP_WORDS and stem(s) not in shown})
    if not kin:
        return []
    told = re.compile(rf"\b(?:{'|'.join(map(re.escape, kin))})\w*\b(?:\W+\w+){{0,5}}?"
                      r"\W+(?:to|into)\b", re.IGNORECASE)  # "upgraded into" of "raised … to"
    for step in (1, 2):
        at = last + step
        if at >= len(sentences) or sentences[at].passage != sentences[last].passage:
            return []
        if told.search(sentences[at].text):
            return list(range(last + 1, at + 1))
    return []


# A runner-up next to the best one and leaning on it (or the best one leaning on it, in
# ``bot.answering.compose``) joins within this score margin: the ranker found both.
LEANING_MARGIN = 2.0


def leaning_runner_up(sentences: Sequence[Sentence], ids: npt.NDArray[np.int64],
                      scores: npt.NDArray[np.float64], order: npt.NDArray[np.int64],
                      query: Query, terms_of: Callable[[int], Set[str]]) -> int | None:
    """The runner-up when it is the sentence right after the best one in its passage,
    opens by leaning on it (``continues_previous``: "This was put down by …", "Such
    problems are called …") and scores within ``LEANING_MARGIN`` of it; for a typed
    question only when it offers the kind asked. It joins when it gives a term of the
    question the best one lacks, or when the two stay under ``SHORT_NEXT`` characters
    together: a long runner-up that adds none of the question's words is more context
    than answer (joining every one raised squad_dev's median right answer to 193)."""
    if len(order) < 2:
        return None
    best, runner_up = int(ids[order[0]]), int(ids[order[1]])
    text, after = sentences[best].text, sentences[runner_up].text
    if not (runner_up == best + 1 and sentences[runner_up].passage == sentences[best].passage
            and scores[order[0]] - scores[order[1]] < LEANING_MARGIN
            and continues_previous(after)):
        return None
    if query.answer_type and offers(query.answer_type, after, set(query.own.folded)) < 1:
        return None
    gives = (set(query.terms) - terms_of(best)) & terms_of(runner_up)
    return runner_up if gives or len(text) + len(after) < SHORT_NEXT else None
