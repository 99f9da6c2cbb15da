"""A flow of one kind of goods, asked of a passage that gives the flow of all goods.

"What was the value of Kazakh oil exports to the US in 2017?" of "… bilateral trade
amounted to 1.636 billion dollars in 2017, including exports from Kazakhstan … reaching
392.3 million dollars": the passage gives all exports, and never says oil. A flow word
in the plural ("exports", "imports", "sales", "supplies": not a verb) right after a
word that names what flows ("oil exports", "uranium imports", "grain sales") is unmet by
an answer whose passage never uses that word (by stem): its figure is of every kind of
goods, not of that one. Words that qualify a flow without naming goods (total, annual,
bilateral, direct, a people's or a country's name …) are no kind. A general rule of
English, not fitted to any question set.
"""

from __future__ import annotations

import re
from collections.abc import Set

from bot.language.places import PEOPLES, PLACES
from bot.language.text import STOP_WORDS, stem, words

_FLOW = re.compile(r"(?<![\w-])([a-z]+)\s+(exports|imports|sales|supplies|deliveries|"
                   r"shipments)\b", re.IGNORECASE)
# words before a flow that say how much, when, between whom or which way, not what flows
_GENERAL = frozenset("""total annual yearly monthly overall bilateral direct foreign net gross
    mutual two-way current recent latest main major key largest biggest
    average combined whole entire national international global economic commercial
    american us u.s kazakh its their our the country's countries' world""".split()) | PEOPLES


def unnamed_goods(question: str, passage_terms: Set[str]) -> list[str]:
    """["oil exports"] when the question asks a flow of goods its word names and the
    answer's passage (its terms ``passage_terms``) never uses that word."""
    return [f"{m.group(1).lower()} {m.group(2).lower()}" for m in _FLOW.finditer(question)
            if (kind := m.group(1).lower()) not in _GENERAL and kind not in STOP_WORDS
            and not set(words(kind)) & (PLACES | _GENERAL)  # "kz", "usa": places
            and stem(kind) not in passage_terms][:1]
