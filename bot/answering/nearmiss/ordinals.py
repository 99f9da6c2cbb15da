"""The one of a kind a question picks by its ordinal, put first when a close runner-up names it.

"Where did the second C5+1 ministerial take place?" shares "C5 + 1 ministerial … took
place" with a sentence about a meeting that names no place in the order, and "2nd C5 + 1
ministerial meeting" with the one it asks about. The constraint check
(``constraints.unmet``) declines only a passage that speaks of *another* place in the
order; one that names none passes, and it may outscore the sentence that names the asked
one. So, when the best sentence does not name the question's ordinal before a word of
the kind it qualifies ("the 2nd C5 + 1 ministerial", as a numeral or a word,
``constraints.holds_ordinal``) and a runner-up scoring at least ``shared.RUNNER_UP`` of the best
does, that runner-up goes first. Only a numbered place ("second", "4th"): "first" and
"last" have senses to spare ("for the first time") and cost squad_dev answers. A general
rule of English ordinals, as in ``staged.promote_stage``, which it follows.

A numbered place no candidate names ("the 3rd meeting" where the candidates say "2nd" and
"4th" meeting only) is no runner-up's to take: ``unnumbered`` says the document does not
give it, however well an unnumbered meeting matches.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np
import numpy.typing as npt

from bot.answering.nearmiss.constraints import (
    NUMERALS,
    holds_ordinal,
    ordinal_forms,
    ordinals_asked,
    unmet,
)
from bot.answering.nearmiss.holders import promote_holder
from bot.answering.nearmiss.implied import listed_before
from bot.answering.nearmiss.possessed import promote_possessed
from bot.answering.nearmiss.ranked import promote_ranked
from bot.answering.nearmiss.shared import runner_up_first
from bot.answering.nearmiss.staged import promote_stage
from bot.reading.document import Sentence

# the numbered places of an order, as words ("second" .. "tenth": ``holds_ordinal`` reads
# each one's numeral too)
_ORDERS = tuple(word for word in NUMERALS if word != "first")
# prepositions before "the Nth" that make it a frame of time or place, not the thing asked
_FRAMES = frozenset("""in during of at on for from by after before since until to into
    through within""".split())
# ordinals with other senses to spare, or that place by time: "for the first time", "the
# last Super Bowl they would …" (squad_dev: 3 right answers lost to them, 2 won)
_LOOSE = frozenset("""first 1st last latest earliest previous prior preceding next""".split())


def _numbered(question: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The question's ordinals of a numbered place ("the second", "the 4th") and their kinds."""
    return tuple((wanted, kind) for wanted, kind in ordinals_asked(question)
                 if wanted not in _LOOSE)


def _names_all(question: str, text: str) -> bool:
    """True when a text names each of the question's numbered ordinals before a word of
    its kind."""
    return all(holds_ordinal(text.lower(), wanted, kind) for wanted, kind in _numbered(question))


def promote_ordinal(question: str, order: npt.NDArray[np.int64],
                    scores: npt.NDArray[np.float64],
                    text_of: Callable[[int], str]) -> npt.NDArray[np.int64]:
    """``order`` with the first runner-up within ``RUNNER_UP`` of the best that names the
    question's ordinals, and meets its other constraints on its own (``unmet``: "who was
    at the 2nd meeting" wants a name of the runner-up itself, not of a sentence joined to
    it), put first, when the best names them not (module docstring)."""
    best = float(scores[order[0]])
    if (not _numbered(question) or best <= 0
            or _names_all(question, text_of(int(order[0])))):
        return order
    return runner_up_first(order, scores, lambda i: _names_all(question, text_of(i))
                           and not unmet(question, text_of(i), text_of(i)))


def promote(question: str, order: npt.NDArray[np.int64], scores: npt.NDArray[np.float64],
            ids: npt.NDArray[np.int64], sentences: Sequence[Sentence],
            share: Callable[[str], float]) -> npt.NDArray[np.int64]:
    """``order`` (over the candidates, sentence ``ids``) after ``staged.promote_stage``,
    then ``promote_ordinal``, ``ranked.promote_ranked``, ``holders.promote_holder`` and
    ``possessed.promote_possessed``."""
    def text_of(i: int) -> str:
        return sentences[int(ids[i])].text

    staged = promote_ordinal(question, promote_stage(question, order, scores, text_of, share),
                             scores, text_of)
    ranked = promote_ranked(question, staged, scores, text_of)
    held = promote_holder(question, ranked, scores, ids, sentences)
    return promote_possessed(question, held, scores, text_of)


def unnumbered(question: str, texts: Callable[[], list[str]]) -> list[str]:
    """"the 3rd" for each numbered ordinal the question asks of its own thing ("where did
    the 3rd meeting take place"; not a frame after a preposition, "in the fourth quarter")
    that no candidate sentence (``texts``, read only when one is asked) names before a word
    of its kind (nor ranks one after it with every place before listed, "the 3rd largest,
    after X and Y": ``implied.listed_before``) while one names another place in that
    order ("the 2nd meeting"): the document numbers such things and never that one."""
    numbered = [(wanted, kind) for wanted, kind in _numbered(question)
                if _of_its_own(question, wanted)]
    said = [t.lower() for t in texts()] if numbered else []
    return [f"the {wanted}" for wanted, kind in numbered
            if not any(holds_ordinal(t, wanted, kind) or listed_before(wanted, kind, t)
                       for t in said)
            and any(holds_ordinal(t, other, kind) for t in said for other in _ORDERS
                    if other not in ordinal_forms(wanted))]


def _of_its_own(question: str, wanted: str) -> bool:
    """True when "the <wanted>" names the thing asked, not a frame after a preposition."""
    return any(not before or before.split()[-1].lower() not in _FRAMES
               for before in (question[:m.start()] for m in re.finditer(
                   rf"\bthe {re.escape(wanted)}\b", question, re.IGNORECASE)))
