"""The figure of each one, asked of a sentence that gives the figure of them all.

"How much was each contract worth?" of "24 contracts worth 7 billion dollars were signed":
the sentence counts the things ("24 contracts") and gives their sum, which says nothing of
any one of them. A question asking an amount ("how much / how many", "worth", "value",
"cost") of "each", "every" or an "individual" thing is not answered by a sentence that
counts that thing (a number before its plural, up to two words between). A general rule
of English, not words of any question set.
"""

from __future__ import annotations

import re

from bot.language.text import stem

_ASKS_AMOUNT = re.compile(r"\bhow (?:much|many)\b|\bworth\b|\bvalue\b|\bcost\b", re.IGNORECASE)
_EACH = re.compile(r"\b(?:each|every)\s+(?:single\s+|individual\s+)?([a-z][\w-]*)|"
                   r"\bindividual\s+([a-z][\w-]*)", re.IGNORECASE)
_COUNTED = re.compile(r"(?<![\w.,])\d[\d,.]*\s+(?:[a-z-]+\s+){0,2}?([a-z-]+s)\b", re.IGNORECASE)


def each_one(question: str, text: str) -> list[str]:
    """"the figure of each contract" when a question asks an amount of each one of a kind
    and the answer ``text`` counts things of that kind ("24 contracts")."""
    each = _EACH.search(question) if _ASKS_AMOUNT.search(question) else None
    if each is None:
        return []
    thing = (each.group(1) or each.group(2)).lower()
    if not any(stem(m.group(1).lower()) == stem(thing) for m in _COUNTED.finditer(text)):
        return []
    return [f"the figure of each {thing}"]
