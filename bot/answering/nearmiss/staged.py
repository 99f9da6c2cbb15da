"""Putting first the runner-up that tells the stage a question asks of (see ``events``).

"When did X come to the US?" of a best sentence about X's telephone call: a close
runner-up telling X's official visit answers it. Read with ``events``' table of stages.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import numpy.typing as npt

from bot.answering.nearmiss.events import (
    CONTRAST,
    OF_EVENT,
    asked_stage,
    other_stage,
    stages,
    subject_terms,
)
from bot.answering.nearmiss.figures import OWN_SUBJECT_SHARE
from bot.answering.nearmiss.shared import runner_up_first
from bot.language.spelling import english_words

# a start asked in the plainest words ("where did it start", "when did it begin"): a
# start to promote a launch or an opening for, though no sentence's "began" is read as
# one (a decline of "when did X open a consulate" met by another passage's "began")
_BEGUN = re.compile(r"\b(?:start(?:s|ed|ing)?|beg(?:in|ins|an|un|inning)|kick(?:s|ed)? off)"
                    r"(?=\s*(?:[?.!]|$|(?:in|at|on|from|with|by|during|after|before)\b))",
                    re.IGNORECASE)  # the thing's own start: not "start to rebuild", "start
                                    # their seasons"


def promote_stage(question: str, order: npt.NDArray[np.int64],
                  scores: npt.NDArray[np.float64], text_of: Callable[[int], str],
                  share: Callable[[str], float]) -> npt.NDArray[np.int64]:
    """``order`` with a runner-up put first when the best candidate tells only of a
    stage contrasting with the asked one ("when did X come to the US" of the sentence
    about X's telephone call) and the runner-up, scoring at least ``shared.RUNNER_UP`` of the
    best, tells of the asked stage itself ("the official visit of X to the United
    States") and names every term of the question that the best names and that is no
    subject of the whole document (``share`` below ``OWN_SUBJECT_SHARE``): "did X meet Y" is
    not answered by X's visit that never names Y. Not when the question holds a word the
    document never uses ("did X meet Obama"). Any runner-up that passes every check
    (the lead measured it) cost 16 of 190 right declines. A start asked in plain words
    ("where did the format start?") also puts first a runner-up telling a launch or an
    opening when the best tells no stage at all (then it need only share the best's
    names, not its English words: "the C5 initiative, launched in …" for "the C5 format")
    or a meeting or a call."""
    plain = asked_stage(question)
    begun = plain is None and bool(_BEGUN.search(question) and OF_EVENT.match(question))
    wanted = "start" if begun else plain
    best = float(scores[order[0]])
    top = text_of(int(order[0]))
    told = stages(top)
    untold = begun and not told  # the best tells no stage: its names must come along
    if wanted is None or best <= 0 or not (untold or other_stage(question, top) or (
            begun and "start" not in told and told & CONTRAST["start"])):
        return order
    asked = subject_terms(question)
    if not all(map(share, asked)):  # a name or a word the document never uses
        return order
    named = {t for t in asked & subject_terms(top) if share(t) < OWN_SUBJECT_SHARE
             and not (untold and t in english_words())}
    def fits(i: int) -> bool:
        said = stages(text_of(i))  # a plain start: a launch, not a meeting that launched
        return wanted in said and named <= subject_terms(text_of(i)) and not (
            begun and bool(said & CONTRAST["start"]))

    return runner_up_first(order, scores, fits)
