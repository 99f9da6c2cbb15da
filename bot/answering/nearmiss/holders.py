"""Who holds an office, put first when a close runner-up of the same passage names one.

"Who is the chairman of the caucus?" shares "the caucus" and "Congress" with the sentences
that introduce the caucus, and only "chair" with the one after them that answers ("Its
chair is Congressman A; the co-chair is B"). The ranker puts the introduction first, and
``roles.absent_role`` then declines it: it names no chair. So, when the best candidate
names no holder of the office the question asks who holds (by the office's word or a
WordNet synonym, as ``absent_role`` reads it) and a runner-up of the same passage scoring
at least ``events.RUNNER_UP`` of the best does, naming a person too, the runner-up goes
first. A general rule, as ``events.promote_stage`` and ``ordinals.promote_ordinal`` are.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import numpy.typing as npt

from bot.answering.nearmiss.events import RUNNER_UP
from bot.answering.nearmiss.roles import absent_role
from bot.language.answer_type import PERSON, offers


def promote_holder(question: str, order: npt.NDArray[np.int64],
                   scores: npt.NDArray[np.float64], text_of: Callable[[int], str],
                   passage_of: Callable[[int], int]) -> npt.NDArray[np.int64]:
    """``order`` with the first close runner-up of the best's passage that names the office
    asked about and a person put first, when the best names no such office."""
    best = float(scores[order[0]])
    if best <= 0 or not absent_role(question, text_of(int(order[0]))):
        return order
    home = passage_of(int(order[0]))
    for rank, i in enumerate(order[1:].tolist(), start=1):
        if scores[i] < RUNNER_UP * best:
            break
        text = text_of(i)
        if (passage_of(i) == home and not absent_role(question, text)
                and offers(PERSON, text, set()) >= 1):
            return np.concatenate(([i], np.delete(order, rank)))
    return order
