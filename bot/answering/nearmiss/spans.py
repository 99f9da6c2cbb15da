"""A count over a span of years, asked for one year: "how many agreements were signed in
2019?" of "Over 25 years, more than 70 agreements have been signed."

``constraints`` lets a passage that gives no year answer for any year (it may well be
about it). A figure told over a span ("over 25 years", "in the past two decades", "since
independence", "to date", "so far", "in total") is the span's sum, though: it is no
figure of the one year a "how many / how much" question names, when the answer gives no
year of its own. A general rule of English, not words of any question set.
"""

from __future__ import annotations

import re

_ASKS_AMOUNT = re.compile(r"\bhow (?:many|much)\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d-])(?:1[5-9]|20)\d\d(?!\d)")
_SPAN = re.compile(r"\b(?:over|for|in|during|within|throughout)\s+(?:the\s+)?(?:past\s+|last\s+)?"
                   r"(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:years|decades)\b|\bsince\s+independence\b|"
                   r"\bto date\b|\bso far\b|\bin total\b", re.IGNORECASE)


def spanned(question: str, text: str) -> list[str]:
    """"a figure of 2019 alone" when a "how many/much" question names a year and the answer
    ``text`` names none, telling its figure over a span of years instead."""
    asked = _YEAR.findall(question) if _ASKS_AMOUNT.search(question) else []
    if not asked or _YEAR.search(text) or not _SPAN.search(text):
        return []
    return [f"a figure of {asked[0]} alone"]
