"""A past year's figure asked of a passage that tells only the present.

"How many companies with US capital were in Kazakhstan in 2010?" of "There are
approximately 500 companies involving U.S. capital in Kazakhstan …": the passage names
no year, so ``constraints`` lets it answer for any, but it counts what there is now, and
the question asks, in the past tense, what there was in 2010. A "how many / how much"
question in the past tense ("were", "was", "did", "had") naming a year is unmet by an
answer in the present tense ("there are", "is", "has") from a passage that names no
year. A general rule of English tense, not fitted to any question set.
"""

from __future__ import annotations

import re

from bot.language.dates import YEAR

_ASKS_AMOUNT = re.compile(r"\bhow (?:many|much)\b", re.IGNORECASE)
_PAST = re.compile(r"\b(?:were|was|did|had)\b", re.IGNORECASE)
_PRESENT = re.compile(r"\b(?:there (?:are|is)|is|are|has|have)\b", re.IGNORECASE)
_PAST_SAID = re.compile(r"\b(?:were|was|had|did)\b", re.IGNORECASE)


def present_only(question: str, text: str, passage: str) -> list[str]:
    """["a figure of 2010"] when a past-tense amount asked for a year meets a present-tense
    answer from a passage naming no year (module docstring)."""
    year = YEAR.search(question)
    if (year is None or not _ASKS_AMOUNT.search(question) or not _PAST.search(question)
            or YEAR.search(passage) or not _PRESENT.search(text) or _PAST_SAID.search(text)):
        return []
    return [f"a figure of {year.group()}"]
