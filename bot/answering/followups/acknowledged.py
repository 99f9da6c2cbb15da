"""A follow-up that opens with an acknowledgement of the last answer.

"ok, what about 2017?", "thanks! and the imports?", "cool. where?", "great, who else?":
the acknowledgement answers the last turn, and the question after it is the follow-up.
Left in, it hides the follow-up's own opening ("what about", "and", a bare "where?")
from the rules that read it, and it is no word of the document. So it is dropped when a
question follows it (a question mark or a question word; set off by a space only, a
question's opening word: "Great Britain?" and "Good Friday agreement?" open with a name);
"ok thanks" alone is small talk and stays whole. General English acknowledgements, not
drawn from any question set.
"""

from __future__ import annotations

import re

# Acknowledgements, one or more, each followed by punctuation or a space.
_ACKNOWLEDGED = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|alright|all right|right|i see|got it|cool|great|nice|thanks?|"
    r"thank you|interesting|good|perfect|wow|hmm+|ah|oh)(?:[\s,.!;:]+|$))+",
    re.IGNORECASE)
# What makes the rest a question: a question mark, or an opening word of one.
_OPENING = re.compile(r"^\W*(?:and|what|when|where|who|whom|whose|which|why|how|but)\b",
                      re.IGNORECASE)
_QUESTION = re.compile(rf"\?|{_OPENING.pattern}|^\W*(?:is|are|was|were|did|does|do|can|could|"
                       r"any)\b", re.IGNORECASE)


def unacknowledged(message: str) -> str:
    """``message`` without an opening acknowledgement when a question follows it, else the
    message as it is."""
    match = _ACKNOWLEDGED.match(message)
    if match is None:
        return message
    rest = message[match.end():].strip()
    # set off by a space only, the word may open a name ("Great Britain", "Good Friday"):
    # then only a question's opening word ("ok what about 2017?") tells it is an answer's
    plain = not any(c in ",.!;:" for c in match.group())
    asks = (_OPENING if plain else _QUESTION).search(rest)
    return rest if rest and asks and any(c.isalnum() for c in rest) else message
