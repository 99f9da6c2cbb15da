"""What the near-miss checks share: how often a document names its own subjects, how near
in meaning a word counts as said otherwise, and the shape of a yes/no question."""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import numpy.typing as npt

# A term in this share of a document's passages or more is a subject of the whole
# ("Kazakhstan", "U.S." in a document about their relations): a passage may leave it
# unsaid, and a question naming it names no subject of its own; a term in less is rare.
SUBJECT_SHARE = 0.15
# A wordpiece-vector match this near counts a word as said otherwise ("dairy cattle" for
# "cows" scores 0.87; "soldiers" against a peacekeeping brigade 0.67).
NEAR_MEANING = 0.75
# A yes/no question opens with an auxiliary.
YES_NO = re.compile(r"^\s*(?:is|are|was|were|do|does|did|has|have|had|can|could)\b",
                    re.IGNORECASE)
# adverbs that narrow nothing a yes-or-no question asks of ("are they *still* interested",
# "is it *really* big"): read by ``confirming`` and ``scope`` as no word it turns on
NOT_NARROWING = frozenset("""still really actually already ever even always currently
    presently truly indeed generally usually typically officially formally""".split())

# where one sentence of a joined answer ends and the next begins
JOINED = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")

# a runner-up scoring this share of the best may answer in its place (the promotions:
# ``staged``, ``ordinals``, ``ranked``, ``holders``)
RUNNER_UP = 0.7


def runner_up_first(order: npt.NDArray[np.int64], scores: npt.NDArray[np.float64],
                    fits: Callable[[int], bool]) -> npt.NDArray[np.int64]:
    """``order`` with the first runner-up that ``fits`` (by candidate index), among those
    scoring at least ``RUNNER_UP`` of the best, put first; ``order`` itself when none
    does. Every promotion's one loop: the checks that call it say when and what fits."""
    best = float(scores[order[0]])
    for rank, i in enumerate(order[1:].tolist(), start=1):
        if scores[i] < RUNNER_UP * best:
            break
        if fits(i):
            return np.concatenate(([i], np.delete(order, rank)))
    return order
