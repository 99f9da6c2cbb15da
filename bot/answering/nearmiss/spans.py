"""A count over a span of years, asked for one year: "how many agreements were signed in
2019?" of "Over 25 years, more than 70 agreements have been signed.", or "how much came
in 2017?" of "30 billion between 2005 and 2017".

``constraints`` lets a passage that gives no year answer for any year (it may well be
about it). A figure told over a span ("over 25 years", "in the past two decades", "since
independence", "to date", "so far", "in total") is the span's sum, though: it is no
figure of the one year a "how many / how much" question names, when the sentence giving
it names no year (or it is told between two years, and the question as typed asks "in" a
year after the first and not after the last: "up to 2017" asks for the sum), and no
sentence of the answer that names the year, other than as the end of such a range, gives
a figure. A general rule of English, not words of any question set.
"""

from __future__ import annotations

import re

from bot.answering.nearmiss.shared import JOINED
from bot.language.dates import FIGURE

_ASKS_AMOUNT = re.compile(r"\bhow (?:many|much)\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d-])(?:1[5-9]|20)\d\d(?!\d)")
_SPAN = re.compile(r"\b(?:over|for|in|during|within|throughout)\s+(?:the\s+)?(?:past\s+|last\s+)?"
                   r"(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:years|decades)\b|\bsince\s+independence\b|"
                   r"\bto date\b|\bso far\b|\bin total\b", re.IGNORECASE)
# a figure told between two years: "between 2005 and September 31, 2017", "from 2010 to
# 2015" (a document may glue the first: "between2005")
_RANGE = re.compile(r"\b(?:between\s*|from\s+)((?:1[5-9]|20)\d\d)\b[^.;]{0,12}?\s(?:and|to|until|"
                    r"till)\s+(?:[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?)?((?:1[5-9]|20)\d\d)\b")
# a figure that is no date's number ("September 11, 2017" counts nothing)
_FIGURE = re.compile(FIGURE, re.IGNORECASE)


def spanned(question: str, text: str, typed: str = "") -> list[str]:
    """"a figure of 2019 alone" when a "how many/much" question names a year and a sentence
    of the answer ``text`` tells its figure over a span of years, naming no year, while no
    sentence naming the asked year gives a figure ("On May 4, 2019, the treaty was
    signed" dates one of them and counts nothing). ``typed``: the question as the asker
    typed it, when a follow-up was read into another ("and up to 2017?" asks for a sum,
    though read as "how much … in 2017?")."""
    asked = _YEAR.findall(question) if _ASKS_AMOUNT.search(question) else []
    if not asked:
        return []
    said = JOINED.split(text)
    asks_in = re.search(rf"\b(?:in|for|during)\s+(?:the\s+year\s+)?{asked[0]}\b", typed or question)
    ranged = bool(asks_in and _ASKS_AMOUNT.search(typed or question)) and any(
        int(m[1]) < int(asked[0]) <= int(m[2]) for s in said for m in _RANGE.finditer(s))
    plain = [_RANGE.sub(" ", s) for s in said]  # the year as a range's end gives no figure
    if not (ranged or any(_SPAN.search(s) and not _YEAR.search(s) for s in said)) or any(
            asked[0] in s and _FIGURE.search(s) for s in plain):
        return []
    return [f"a figure of {asked[0]} alone"]
