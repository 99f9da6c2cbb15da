"""A figure asked for a year, of a passage that gives that year and nothing else asked.

"How much did X invest in 2010?" of the one passage dated 2010, about a consulate opened
that year: the year matches and nothing else does. Only questions that ask for a figure
("how much/many", "worth", "volume": ``_AMOUNT``) are read so, and the answer's passage
must share a content word of the question besides its years and the document's subjects
(a term in ``SUBJECT_SHARE`` of its passages, "Kazakhstan" in a document about it), by
stem or by a word retrieval would borrow for it (``thesaurus.borrow``: "sell" →
"trade"). Read for every question ("who became king in 1643?" of a passage that says
"gained the throne in 1643") it cost squad_dev answers. Nothing here is fitted to a
question set.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set

from bot.language.text import STOP_WORDS, stem, words
from bot.language.thesaurus import borrow

# what asks for a figure: "how much …", "… worth", "the volume of …"
_AMOUNT = re.compile(r"\b(?:how (?:much|many)|worth|volume|value|amount|total|figure|size)\b",
                     re.IGNORECASE)
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
# a term in this share of the document's passages is a subject of the whole
SUBJECT_SHARE = 0.5


def only_the_year(question: str, passage_terms: Set[str], share: Callable[[str], float]
                  ) -> list[str]:
    """The question's year when the answer's passage (``passage_terms``) shares no other
    content word of it, less the document's subjects: a passage dated so, about something
    else."""
    years = _YEAR.findall(question)
    if not years or not _AMOUNT.search(question):
        return []
    asked = [w for w in words(question) if w not in STOP_WORDS and w not in years
             and share(stem(w)) < SUBJECT_SHARE]
    return [years[0]] if asked and not any(
        stem(w) in passage_terms or borrow(w, passage_terms) for w in asked) else []
