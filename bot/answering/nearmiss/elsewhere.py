"""A place of several words the question puts its thing in, while the answer puts it in another.

"When did Kazakhstan open a consulate general in San Francisco?" of "the Consulate General
… is established in New York": the document names San Francisco elsewhere (a trip "to New
York City and San Francisco"), but never after "in", so ``subjects.other_places``, which
reads one word at a time and knows a document's places by "in Almaty", lets it pass. Read
here: a capitalised run after "in", "at" or "near" in the question ("in San Francisco"),
each of whose words the document uses in few passages (it is no subject of the whole
document) and none in the answer's passage, while the answer itself puts something "in"
another capitalised place. General rules of English, not fitted to any question set.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set

from bot.answering.nearmiss.shared import SUBJECT_SHARE
from bot.language.text import STOP_WORDS, stem, words

_PLACED = re.compile(r"\b(?:in|at|near)\s+((?:[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*){0,3})")


def other_place(question: str, text: str, passage_terms: Set[str],
                share: Callable[[str], float]) -> list[str]:
    """"San Francisco" when the question puts its thing there, the answer's passage never
    names it and the answer ``text`` puts its thing in another place (module docstring)."""
    if not _PLACED.search(text):
        return []
    return [run for run in (m.group(1) for m in _PLACED.finditer(question))
            if all(w not in STOP_WORDS and stem(w) not in passage_terms
                   and 0 < share(stem(w)) < SUBJECT_SHARE for w in words(run))]
