"""A city of a country asked of a passage that names no city, only countries.

"Which Kazakh city hosts the fuel bank?" of "The fuel bank was set up in Kazakhstan. …
took part in the opening of the fuel bank on August 29": the sentences share every word
of the question but name no city, and a place type check is met by any country named
("the U.S. Department of Energy"). Here the passage of an answer to "which Kazakh city",
"what US town" or "which city in Peru" must name a place that is no country, US state
or continent: a capitalised word after "in", "at", "from", "to" or "near" ("in Almaty"),
or one the document puts after "in", "at" or "from" anywhere ("Melbourne is …" where
another passage says "in Melbourne"). The passage, not the sentence: an answer may name
its city as a bare name ("the Pittsburgh labs") that the passage places elsewhere. Only
a city of a country, or one asked pointedly ("which city is it in, exactly?"): asked
plainly ("what city is the capital?"), a city is as often named bare in the whole
document (SQuAD-style sets lost 3 right answers). General rules
of English, not fitted to any question set.
"""

from __future__ import annotations

import re

from bot.answering.nearmiss.doc_places import DocumentPlaces
from bot.language.places import COUNTRIES, COUNTRY_WORDS, US_STATES

# a city asked within a country: "which Kazakh city", "what US city", "which city in (of)
# Peru", "in which city is the embassy in Peru", and a place inside a country: "where
# (exactly) in Peru is the bank"
_CITY_ASKED = re.compile(r"\b(?:which|what)\s+([\w.]+)\s+(?:city|town)\b|"
                         r"\b(?:which|what)\s+(?:city|town)\b(?:\s+[\w.'-]+){0,6}?\s+(?:in|of)"
                         r"\s+(?:the\s+)?([\w.]+)|"
                         r"\bwhere\s+(?:exactly\s+|precisely\s+)?in\s+(?:the\s+)?([\w.]+)",
                         re.IGNORECASE)
# a city asked for plainly but pointedly: "in which city is it located exactly?"
_EXACT_CITY = re.compile(r"\b(?:which|what)\s+(?:city|town)\b.*\b(?:exactly|precisely|"
                         r"specifically)\b", re.IGNORECASE)
_AFTER_CUE = re.compile(r"\b(?:in|at|from|to|near)\s+([A-Z][\w'-]*)")
_CAPITALISED = re.compile(r"\b[A-Z][\w'-]*")
_WIDE = frozenset(COUNTRIES) | frozenset(US_STATES) | {"us", "u", "s", "the"}


def unnamed_city(question: str, passage: str, places: DocumentPlaces) -> list[str]:
    """["a city"] when the question asks which city and the answer's ``passage`` names none
    (module docstring); ``places``: where the document puts a word as a place."""
    asked = _CITY_ASKED.search(question)
    if not _EXACT_CITY.search(question) and (
            not asked or next(g for g in asked.groups() if g).lower() not in COUNTRY_WORDS):
        return []
    cued = {m.group(1).lower() for m in _AFTER_CUE.finditer(passage)}
    named = {m.group().lower() for m in _CAPITALISED.finditer(passage)}
    if any(w not in _WIDE for w in cued) or any(
            w not in _WIDE and places.placed(w) for w in named):
        return []
    return ["a city"]
