"""A flow of one kind of goods, asked of a passage that gives the flow of all goods.

"What was the value of Kazakh oil exports to the US in 2017?" of "… bilateral trade
amounted to 1.636 billion dollars in 2017, including exports from Kazakhstan … reaching
392.3 million dollars": the passage gives all exports, and never says oil. A flow word
in the plural ("exports", "imports", "sales", "supplies": not a verb) right after a
word that names what flows ("oil exports", "uranium imports", "grain sales") is unmet by
an answer whose passage never uses that word (by stem): its figure is of every kind of
goods, not of that one. Words that qualify a flow without naming goods (total, annual,
bilateral, direct, a people's or a country's name …) are no kind.

Which goods, asked ("what goods does X export", "what sort of products"), of an answer
that speaks of goods only by the class word ("… 41 companies are engaged in the goods
production and 37 companies export products"), names none: it lists none ("oil, metals
and grain"), and introduces none ("such as", "including", "mainly", a colon). General
rules of English, not fitted to any question set.
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


_GOODS_ASKED = re.compile(r"\b(?:what|which)\s+(?:(?:are|were|is|was)\s+(?:the\s+)?)?"
                          r"(?:(?:sort|kind|type)s?\s+of\s+)?(?:(?:main|"
                          r"major|key|principal|chief|top)\s+)?(?:goods|products|commodities|"
                          r"merchandise|wares)\b", re.IGNORECASE)
_CLASS = frozenset("goods product products commodity commodities merchandise wares".split())
_INTRODUCED = re.compile(r"\b(?:such as|includ(?:es?|ed|ing)|like|mainly|mostly|primarily|"
                         r"chiefly|namely|especially|notably)\b|:", re.IGNORECASE)
# a list of one- or two-word items: "oil, metals and grain", "uranium, steel, or wheat"
_LISTED = re.compile(r"\b\w+(?: \w+)?, \w+(?: \w+)?(?:, \w+(?: \w+)?)*,? (?:and|or) \w+")


def unlisted_goods(question: str, text: str) -> list[str]:
    """["which goods"] when the question asks which goods and the answer ``text`` speaks of
    goods only by the class word, neither listing nor introducing any (module docstring)."""
    if not _GOODS_ASKED.search(question) or not set(words(text)) & _CLASS:
        return []
    return [] if _INTRODUCED.search(text) or _LISTED.search(text) else ["which goods"]
