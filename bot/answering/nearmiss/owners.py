"""An ordinal the answer gives to another owner: "the Committees, whose first meetings …".

"When was the first SPD meeting?" of "… its working groups were upgraded to the
Committees, whose first meetings were held on March 8-9, 2016": the sentence has "first"
and "meetings", so the order check is met, but the first meetings are the Committees',
which the question never names. When the question asks an ordinal ("the first …", "first
met") and the answer gives it only after "whose", to an owner none of whose words the
question has, the answer tells another's first (second …) one. A general rule of English
relative clauses, not fitted to any question set.
"""

from __future__ import annotations

import re

from bot.language.text import stem, terms

_ORDINALS = "first|second|third|fourth|fifth|last|latest|\\d+(?:st|nd|rd|th)"
# "the Committees, whose first meetings": the owner and the ordinal's noun
_WHOSE = re.compile(rf"\b([\w-]+),?\s+whose\s+(?:very\s+)?({_ORDINALS})\s+([a-z][\w-]*)",
                    re.IGNORECASE)
_ASKED = re.compile(rf"\b({_ORDINALS})\b", re.IGNORECASE)


def owned_elsewhere(question: str, text: str) -> list[str]:
    """["the first meeting"] when the answer ``text`` gives the question's
    ordinal only to an owner the question never names (module docstring)."""
    asked = {m.group(1).lower() for m in _ASKED.finditer(question)}
    if not asked:
        return []
    own = set(terms(question))
    given = [m for m in _WHOSE.finditer(text) if m.group(2).lower() in asked]
    if not given or any(stem(m.group(3).lower()) not in own for m in given):
        return []  # the ordinal's noun is not the question's ("whose first works …")
    if any(set(terms(m.group(1))) & own for m in given):
        return []  # the owner is the question's own
    first = given[0]
    return [f"the {first.group(2).lower()} {first.group(3).lower().rstrip('s')}"]
