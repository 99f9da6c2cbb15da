"""A year a question bounds its time by, against the years the answer gives.

"When did X last visit the US *before 2018*?" of the sentence on X's visit in January
2018; "what did they sign *after 2017*?" of a sentence dated 2016: the answer shares every
word and tells of a time on the wrong side of the bound. A question's bound is "before",
"prior to" or "earlier than" a year, or "after" or "later than" one ("since" is a start,
read by ``events``); the answer misses it when it gives years and none of them lies
strictly on the asked side (the bound's own year is on neither: "before 2018" is not told
by January 2018). An answer that bounds its own time the same way ("After the war
ended in 1918, the town was renamed …" for "what was it named after 1918?", "since",
"until") tells of a time on the asked side. General rules of English, not fitted to any
question set.
"""

from __future__ import annotations

import re

_BOUND = re.compile(r"\b(before|prior to|earlier than|after|later than)\s+(?:the\s+year\s+)?"
                    r"((?:1[5-9]|20)\d\d)\b(?!s)", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b(?!s)")
_EARLIER = frozenset({"before", "prior to", "earlier than"})
# the words an answer bounds its own time by, on each side of a year
_SIDES = {True: r"before|prior to|earlier than|until|till", False: r"after|later than|since"}


def out_of_bounds(question: str, text: str) -> list[str]:
    """"a time before 2018" when the question bounds its time by a year and the answer
    ``text`` gives years, none of them strictly on the asked side of it."""
    bound = _BOUND.search(question)
    told = [int(y) for y in _YEAR.findall(text)]
    if bound is None or not told:
        return []
    side, year = " ".join(bound.group(1).lower().split()), int(bound.group(2))
    earlier = side in _EARLIER
    if any(y < year if earlier else y > year for y in told) or re.search(
            rf"\b(?:{_SIDES[earlier]})\b(?:\W+[\w-]+){{0,12}}?\W+{year}\b", text, re.IGNORECASE):
        return []
    return [f"a time {'before' if earlier else 'after'} {year}"]
