"""A figure asked for a year, of a passage that gives that year and nothing else asked.

"How much did X invest in 2010?" of the one passage dated 2010, about a consulate opened
that year: the year matches and nothing else does. Only questions that ask for a figure
("how much/many", "worth", "volume": ``_AMOUNT``) are read so, and the answer's passage
must share a content word of the question besides its years and the document's subjects
(a term in ``OWN_SUBJECT_SHARE`` of its passages, "Kazakhstan" in a document about it), by
stem or by a word retrieval would borrow for it (``thesaurus.borrow``: "sell" →
"trade"), or, for a word the document never uses, by a passage that comes near it in
meaning (static vectors' cosine >= ``NEAR``: "buy" of a passage on exports and
imports). Read for every question ("who became king in 1643?" of a passage that says
"gained the throne in 1643") it cost squad_dev answers.

A day asked for ("what was signed on September 21, 2018?") is the other check: the
answer must give that day of that month (alone or in a range, "September 20-22"), and
the question's year if it names one; the month and the year alone are
``constraints``' matter, read over the whole passage. Nothing here is fitted to a
question set.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Set

from bot.language.dates import MONTHS
from bot.language.text import STOP_WORDS, stem, words
from bot.language.thesaurus import borrow

# what asks for a figure: "how much …", "… worth", "the volume of …"
_AMOUNT = re.compile(r"\b(?:how (?:much|many)|worth|volume|value|amount|total|figure|size)\b",
                     re.IGNORECASE)
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
# a term in this share of the document's passages is its own subject for these checks:
# a stricter bar than shared.SUBJECT_SHARE, since a year narrows a passage already
OWN_SUBJECT_SHARE = 0.5
# a word the document never uses is met by a passage this near it in meaning ("buy" of
# a passage on exports and imports): the static vectors' cosine (``SoftCoverage``)
NEAR = 0.5


def only_the_year(question: str, passage_terms: Set[str], share: Callable[[str], float],
                  soft: Mapping[str, float] | None = None) -> list[str]:
    """The question's year when the answer's passage (``passage_terms``) shares no other
    content word of it, less the document's subjects: a passage dated so, about something
    else."""
    years = _YEAR.findall(question)
    if not years or not _AMOUNT.search(question):
        return []
    asked = [w for w in words(question) if w not in STOP_WORDS and w not in years
             and share(stem(w)) < OWN_SUBJECT_SHARE]
    near = {t for t, cos in (soft or {}).items() if cos >= NEAR}
    return [years[0]] if asked and not any(
        stem(w) in passage_terms or stem(w) in near or borrow(w, passage_terms)
        for w in asked) else []


_MONTH = "|".join(MONTHS)
# "September 21, 2018", "21 September 2018", "Sept. 21"
_DAY = re.compile(rf"\b(?:({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?|(\d{{1,2}})(?:st|nd|rd|th)?"
                  rf"\s+(?:of\s+)?({_MONTH}))\b(?:,?\s+((?:1[5-9]|20)\d\d)\b)?", re.IGNORECASE)
_DAYS = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:\s*[-–]\s*(\d{{1,2}}))?\b|"
                   rf"\b(\d{{1,2}})(?:\s*[-–]\s*(\d{{1,2}}))?\s+({_MONTH})\b", re.IGNORECASE)


def _told(month: str, day: int, text: str) -> bool:
    """True when the text gives that day of that month, alone or in a range."""
    for m in _DAYS.finditer(text):
        told_month = (m.group(1) or m.group(6)).lower()
        first = int(m.group(2) or m.group(4))
        last = int(m.group(3) or m.group(5) or first)
        if told_month == month and first <= day <= last:
            return True
    return False


def other_day(question: str, text: str) -> list[str]:
    """The day the question asks of ("September 21, 2018") when the answer ``text`` does
    not give it, or gives it without the question's year."""
    asked = _DAY.search(question)
    if not asked:
        return []
    month = (asked.group(1) or asked.group(4)).lower()
    day, year = int(asked.group(2) or asked.group(3)), asked.group(5)
    if _told(month, day, text) and (not year or year in text):
        return []
    return [f"{month.capitalize()} {day}" + (f", {year}" if year else "")]


def dated_misses(question: str, text: str, passage_terms: Set[str],
                 share: Callable[[str], float], soft: Mapping[str, float] | None = None
                 ) -> list[str]:
    """Both checks above, for an answer ``text`` in a passage of ``passage_terms``."""
    return only_the_year(question, passage_terms, share, soft) + other_day(question, text)
