"""Which people someone met, asked of an answer that names none of them.

"Which US officials did the minister meet in Washington?" of "The visit of the minister
… to Washington took place on May 9-10": the sentence names the minister, his title and
the city, and no one he met. "Which / what <people> did X meet (talk to, see, host)"
asks for who they were, by name: the answer must give a person other than the
question's own (``gives.gives_own``: a title with a name, or a name general English does
not know). "Who did X meet?" is left alone: a body in plain words ("representatives of
the Administration") may answer it. A general rule of English, not fitted to any
question set.
"""

from __future__ import annotations

import re

from bot.language.answer_type import PERSON
from bot.language.gives import gives_own
from bot.language.text import words

_PEOPLE = (r"(?:officials?|people|persons?|leaders?|ministers?|diplomats?|politicians?|"
           r"representatives?|executives?|senators?|congressm[ae]n|members?|delegates?|"
           r"ambassadors?|envoys?|heads?|businessm[ae]n|counterparts?)")
_WHICH_MET = re.compile(rf"^\W*(?:which|what)\s+(?:[\w.-]+\s+){{0,2}}?{_PEOPLE}\s+(?:did|does|"
                        r"do|has|have|had|will|would)?\s*(?:[\w.'-]+\s+){1,4}?(?:meet|met|"
                        r"talk(?:ed)? (?:to|with)|see|saw|host(?:ed)?|receive[d]?)\b",
                        re.IGNORECASE)


def unnamed_met(question: str, text: str) -> list[str]:
    """["the names of those met"] when the question asks which people someone met and the
    answer ``text`` names no one new (module docstring)."""
    if not _WHICH_MET.match(question):
        return []
    return [] if gives_own(PERSON, text, set(words(question))) else ["the names of those met"]
