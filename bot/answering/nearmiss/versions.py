"""The original of a thing, asked of an answer about what later changed it.

"When was the original ferry agreement signed?" of "The Protocol Amending the Ferry
Agreement was signed on May 4, 2019": the sentence names the agreement, and the date it
gives is the amendment's. A question asking of the original or initial one ("the original
agreement", "the initial version of the treaty") is not met by a sentence that names the
thing only as amended, revised, supplemented or replaced, and never says "original" or
"initial" itself; only when it asks when, where or by whom the original was made ("what
does the original manuscript show?" asks of the thing, which a revised one may tell). A
general rule of English, not fitted to any question set.
"""

from __future__ import annotations

import re

from bot.language.answer_type import DATE, PERSON, PLACE, expected_type
from bot.language.text import stem, words

_ORIGINAL = re.compile(r"\b(?:original|initial)\s+(?:version\s+of\s+(?:the\s+)?)?"
                       r"(?:[a-z][\w-]*\s+){0,4}?([a-z][\w-]*)(?=\s+(?:on|of|for|to|was|were|"
                       r"signed|between|with)\b|\W*$)", re.IGNORECASE)
_CHANGED = re.compile(r"\b(?:amend\w*|revis\w*|supplement\w*|replac\w*|supersed\w*|updated)\b",
                      re.IGNORECASE)
_SAID_ORIGINAL = re.compile(r"\b(?:original\w*|initial\w*)\b", re.IGNORECASE)


def unoriginal(question: str, text: str) -> list[str]:
    """["the original agreement"] when the question asks of the original of a thing and
    the answer ``text`` names that thing only as changed (module docstring)."""
    asked = (_ORIGINAL.search(question)  # asked when, where or by whom it was made
             if expected_type(question) in (DATE, PLACE, PERSON) else None)
    if asked is None or not _CHANGED.search(text) or _SAID_ORIGINAL.search(text):
        return []
    thing = asked.group(1).lower()
    return [f"the original {thing}"] if stem(thing) in {stem(w) for w in words(text)} else []
