"""Whose thing: "where did Kazakhstan open *its* consulate?" of "the U.S. Consulate …".

The same of "where is Kazakhstan's consulate?" and "the Kazakh consulate".

A question that makes a country the doer and the thing "its" own ("when did X open its
embassy", "where did X set up their office") asks of X's thing; the pronoun carries no
word, so a sentence about another country's thing of the same name ("the Y Embassy is
established in …") matches every word as well as the one about X's ("the Embassy of X is
established in …"). A sentence gives its thing an owner by a country's word right before
it ("the U.S. Consulate", "Kazakh embassy", "Kazakhstan's embassy") or after it and
"of" ("the Consulate General of the Republic of Kazakhstan"). When the best candidate's
thing is only another country's, the first close runner-up (``shared.RUNNER_UP``) whose
thing is the doer's is put first, and a runner-up about another country's thing is not
glued to an answer about the doer's (``anothers``). General English, not fitted to any question set.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from bot.answering.nearmiss.shared import runner_up_first
from bot.language.places import COUNTRY_OF_PEOPLE, COUNTRY_WORDS
from bot.language.text import STOP_WORDS, stem, words

# the doer a helping verb puts before the deed, and the thing it calls its own
_ITS = re.compile(r"\b(?:did|does|do|has|have|had|will|would|can|could)\s+(?:the\s+)?(\w+)"
                  r"(?:\s+\w+){1,3}?\s+(?:its|their)\s+(\w+)", re.IGNORECASE)
_REACH = 2  # words between a thing and the "of" that gives its owner ("Consulate General of")


@lru_cache(maxsize=4096)  # the promotion and the join both ask, question after question
def _asked(question: str) -> tuple[str, str] | None:
    """The owner (a country word, as ``words`` reads it) and the stem of the thing the
    question asks of as its own: "did X open *its* consulate", or "X's consulate" and "the
    Kazakh consulate" (a country's or people's word right before the thing); or None."""
    said = words(question)
    m = _ITS.search(" ".join(said))
    if m is not None and m.group(1) in COUNTRY_WORDS and m.group(2) not in STOP_WORDS:
        return COUNTRY_OF_PEOPLE.get(m.group(1), m.group(1)), stem(m.group(2))
    owned = next(((w, t) for w, t in itertools.pairwise(said)
                  if w in COUNTRY_WORDS and t.isalpha() and t not in STOP_WORDS
                  and t not in COUNTRY_WORDS), None)
    return (COUNTRY_OF_PEOPLE.get(owned[0], owned[0]), stem(owned[1])) if owned else None


def owners(text: str, thing: str) -> set[str]:
    """The countries a text gives a thing (by its stem) to: a country word right before it,
    or "of" and a country a few words after it (a people's word read as its country)."""
    said = words(text)
    found = set()
    for i, word in enumerate(said):
        if stem(word) != thing:
            continue
        if i and said[i - 1] in COUNTRY_WORDS:
            found.add(said[i - 1])
        after = said[i + 1:i + 2 + _REACH]
        if "of" in after:
            rest = [w for w in said[i + 2 + after.index("of"):][:2] if w != "the"]
            found |= {w for w in rest[:1] if w in COUNTRY_WORDS}
    return {COUNTRY_OF_PEOPLE.get(w, w) for w in found}


def promote_possessed(question: str, order: npt.NDArray[np.int64],
                      scores: npt.NDArray[np.float64],
                      text_of: Callable[[int], str]) -> npt.NDArray[np.int64]:
    """``order`` with the first close runner-up whose asked thing is the doer's put first,
    when the best's is only another country's (module docstring)."""
    asked = _asked(question)
    if asked is None or float(scores[order[0]]) <= 0:
        return order
    doer, thing = asked
    held = owners(text_of(int(order[0])), thing)
    if not held or doer in held:
        return order
    return runner_up_first(order, scores, lambda i: doer in owners(text_of(i), thing))


def anothers(question: str, best: str, runner_up: str) -> bool:
    """True when the best sentence gives the asked thing to the doer and the runner-up only
    to another country: glued to the answer, it would read as a second answer."""
    asked = _asked(question)
    if asked is None:
        return False
    doer, thing = asked
    theirs = owners(runner_up, thing)
    return doer in owners(best, thing) and bool(theirs) and doer not in theirs
