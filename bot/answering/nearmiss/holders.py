"""Who holds an office, put first when a close runner-up of the same passage names one.

"Who is the chairman of the caucus?" shares "the caucus" and "Congress" with the sentences
that introduce the caucus, and only "chair" with the one after them that answers ("Its
chair is Congressman A; the co-chair is B"). The ranker puts the introduction first, and
``roles.absent_role`` then declines it: it names no chair. So, when the best candidate
names no holder of the office the question asks who holds (by the office's word or a
WordNet synonym, as ``absent_role`` reads it), a runner-up of the same passage scoring at
least ``shared.RUNNER_UP`` of the best that names it, and a person, goes first, if it is
about what the question asks as much as the best is: it and the sentence before it
(which "Its chair" leans on) hold as many of the question's terms as the best does. A
chair named after another body of the passage ("The Cooperation Group … 29 deputies.
The Caucus … 11 members. Its chair is A") is not the chair of the first. A general
rule, as ``staged.promote_stage`` and ``ordinals.promote_ordinal`` are.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from bot.answering.nearmiss.roles import absent_role
from bot.answering.nearmiss.shared import runner_up_first
from bot.language.answer_type import PERSON, offers
from bot.language.text import terms
from bot.reading.document import Sentence


def promote_holder(question: str, order: npt.NDArray[np.int64],
                   scores: npt.NDArray[np.float64], ids: npt.NDArray[np.int64],
                   sentences: Sequence[Sentence]) -> npt.NDArray[np.int64]:
    """``order`` (over the candidates, sentence ``ids``) with the first close runner-up
    that names the office asked about and a person put first, when the best names no
    such office (module docstring)."""
    best = float(scores[order[0]])
    top = sentences[int(ids[order[0]])]
    if best <= 0 or not absent_role(question, top.text):
        return order
    asked = set(terms(question))
    wanted = len(asked & set(terms(top.text)))
    def fits(i: int) -> bool:
        at = int(ids[i])
        text = sentences[at].text
        before = sentences[at - 1].text if at and sentences[at - 1].passage == top.passage else ""
        return (sentences[at].passage == top.passage and not absent_role(question, text)
                and offers(PERSON, text, set()) >= 1
                and len(asked & set(terms(f"{before} {text}"))) >= wanted)

    return runner_up_first(order, scores, fits)
