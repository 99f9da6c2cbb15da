"""The opposite of what was asked, said of the same thing.

"Who led the delegation at the *closing* ceremony?" of a sentence about the *opening*
ceremony, "*inbound* flights" of outbound ones, "*arrivals*" of departures: the
answer shares every word but one, and that one is the asked word's opposite, said before
the same noun. It tells of the other thing. Only a pair of words that are opposites in any
text (a general list, not words of any question set) and only before the same noun, so
"the first session … the closing statement" is left alone, as is a question that names
both ("why is the opening harder than the closing?"). Pairs a text often sets side by side
("northern" and "southern" California, "upper" and "lower" bounds) are no such list: a
sentence naming the one is as often the answer about the other.
"""

from __future__ import annotations

import re

_PAIRS = (("opening", "closing"), ("arrival", "departure"), ("arrivals", "departures"),
          ("inbound", "outbound"), ("incoming", "outgoing"), ("entry", "exit"),
          ("import", "export"), ("imports", "exports"))
_OPPOSITE = {a: b for a, b in _PAIRS} | {b: a for a, b in _PAIRS}
_BEFORE = re.compile(rf"\b({'|'.join(_OPPOSITE)})\s+([a-z][\w-]+)", re.IGNORECASE)


def opposite_said(question: str, text: str) -> list[str]:
    """"the closing ceremony" when the question asks of it and the answer ``text`` says
    only "opening ceremony" (the same noun after the word's opposite)."""
    missing = []
    asked = {m.group(1).lower() for m in _BEFORE.finditer(question)}
    for m in _BEFORE.finditer(question):
        word, noun = m.group(1).lower(), m.group(2).lower()
        if _OPPOSITE[word] in asked or re.search(rf"\b{_OPPOSITE[word]}\b", question,
                                                  re.IGNORECASE):
            continue
        said = rf"\b{{}}\s+{re.escape(noun)}\b"
        if (re.search(said.format(_OPPOSITE[word]), text, re.IGNORECASE)
                and not re.search(said.format(word), text, re.IGNORECASE)):
            missing.append(f"the {word} {noun}")
    return missing
