"""Re-ranking after the ranker, for what a linear score cannot see: the turn before, and
the constraints a question sets.

- ``set_aside_stale``: in a follow-up, the sentences of the previous answer drop when they
  lack what the follow-up asks, and a next sentence that continues them rises
  (``bot.answering.followups.followup.stale_shift``);
- ``constrain``: among the best candidates, those whose passage gives another year or
  month than the question names drop, if one whose passage names it scores at least
  ``CLOSE`` times the best (``bot.answering.nearmiss.constraints``); a passage that gives no date
  at all is not promoted for that, and none drops for lacking a year the document's opening
  frames it with (``Document.frame``: "… for the 2015 season").
"""

from __future__ import annotations

import re

import numpy as np
import numpy.typing as npt

from bot.answering.candidates import Layout
from bot.answering.followups.followup import repeats, stale_shift
from bot.answering.nearmiss.constraints import dates_met, unmet
from bot.answering.query import Query
from bot.language.answer_type import PERSON, offers

_PERSONAL = re.compile(r"\b(?:he|she|they|him|her|them)\b", re.IGNORECASE)
FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

# How far a set-aside sentence drops, and how far a continuing next sentence rises.
SET_ASIDE, LIFT = 100.0, 3.0
# How many of the best candidates are checked against the question's date constraints,
# and how close to the best score one that meets them must be to move up.
CHECKED, CLOSE = 10, 0.75


def set_aside_stale(query: Query, known: set[str], previous: str, ids: IntArray,
                    scores: FloatArray, layout: Layout) -> tuple[FloatArray, int | None]:
    """The scores with a follow-up's stale previous answer set aside (module docstring),
    and the sentence that continues it when that one was lifted; ``known`` is the
    follow-up's own terms that the document uses."""
    sentences = layout.sentences
    shown_at = [i for i in ids.tolist() if repeats(sentences[i].text, previous)]
    if not shown_at:
        return scores, None
    p = sentences[shown_at[0]].passage
    span = range(int(layout.first_sentence[p]), int(layout.first_sentence[p + 1]))
    texts = [sentences[i].text for i in span]
    asked = set(query.own.folded)
    if query.answer_type == PERSON and _PERSONAL.search(query.text):
        # "who did he meet?": the person of the last answer is "he", not the answer
        asked |= set(query.context.folded)
    shifts = dict(zip(span, stale_shift(
        texts, [layout.sentence_terms(i) for i in span], [repeats(t, previous) for t in texts],
        known,
        [offers(query.answer_type, t, asked) >= 1 for t in texts], SET_ASIDE, LIFT,
        unknown_only=bool(query.telling) and not known), strict=True))
    moved: FloatArray = scores + np.array([shifts.get(i, 0.0) for i in ids.tolist()])
    lifted = [i for i, shift in shifts.items() if shift == LIFT]
    return moved, (lifted[0] if lifted else None)


def constrain(question: str, ids: IntArray, scores: FloatArray, order: IntArray,
              layout: Layout) -> tuple[FloatArray, IntArray]:
    """The scores and order with candidates that miss the question's years or months
    moved down (module docstring)."""
    top = order[:CHECKED]
    texts = [layout.document.passages[layout.sentences[i].passage].text
             for i in ids[top].tolist()]
    frame = layout.document.frame
    failing = np.array([bool(unmet(question, "", text, True, frame)) for text in texts])
    meeting = np.array([dates_met(question, text) for text in texts])
    best = float(scores[top[0]])
    if not failing.any() or not meeting.any() or scores[top[meeting]].max() < CLOSE * best:
        return scores, order
    scores = scores.copy()
    scores[top[failing]] -= SET_ASIDE
    return scores, np.argsort(-scores)
