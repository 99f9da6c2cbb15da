"""Who ranks above someone, asked of a best sentence that ranks no one.

"Who invests more in Kazakhstan than the US?" (or "which nation out-invests the US?") of
a sentence giving the US's investment: the answer is in a runner-up that ranks the US
below another ("The U.S. is the second largest investor in Kazakhstan after the
Netherlands"). A "who / which …" question that compares with "more … than", "-er than"
or "out-<verb>s" puts first the first close runner-up (at least ``shared.RUNNER_UP`` of
the best) that ranks its subject below another (``followups.ranking.RANKED``), when the
best ranks no one. A general rule of English comparisons, not fitted to any question set.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import numpy.typing as npt

from bot.answering.followups.ranking import RANKED
from bot.answering.nearmiss.shared import runner_up_first

_ABOVE_ASKED = re.compile(r"^\W*(?:who|which\s+\w+)\b.*\b(?:(?:more|\w+er)\s+(?:\w+\s+){0,4}?"
                          r"than|out-?\w+s)\b", re.IGNORECASE)


def promote_ranked(question: str, order: npt.NDArray[np.int64],
                   scores: npt.NDArray[np.float64],
                   text_of: Callable[[int], str]) -> npt.NDArray[np.int64]:
    """``order`` with a close runner-up that ranks one below another put first, when the
    question asks who ranks above someone and the best ranks no one (module docstring)."""
    best = float(scores[order[0]])
    if best <= 0 or not _ABOVE_ASKED.match(question) or RANKED.search(text_of(int(order[0]))):
        return order
    return runner_up_first(order, scores, lambda i: bool(RANKED.search(text_of(i))))
