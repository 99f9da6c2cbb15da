"""Two readings of a follow-up that lean on the last answer itself, not on what follows it.

- A pointer ("he", "it", "they") whose question names no subject of its own is the last
  turn's subject, however many other words the question has: "what ceremony did he take
  part in?" after "who is Ann Ray?" asks about Ann Ray. A question names a subject when it
  holds a word the document only ever writes as a name (``document_names``: capitalised
  mid-sentence and never in lower case, so "Nazarbayev", "Kazakhstan", not "meeting"):
  "when did Smith make his visit?" stands alone, its "his" is Smith's.
- The last answer may already hold what a follow-up asks: "which day exactly?" after "In
  May 2019 the pact was signed on 3 May in Oslo", "who else leads it?" after "its chair is
  A; the co-chair is B", "why does that matter?" after "… is a positive factor for the
  growth of trade", "any others?" after a sentence that lists firms. When the follow-up
  names nothing new (no word the document knows that the last turn does not hold) or
  leans on the last turn, and its own reading finds nothing, or nothing of the kind it
  asks for, the sentence that answered last time is the answer (``answer_within``) if it
  offers that kind of thing besides what the last question and its answer named; for a
  question of no kind, when it asks why and the sentence gives a purpose, or it asks what
  else and the sentence is a list. The user sees that sentence again, which holds the
  other member, the date or the reason: better than "not found" for what was just said.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from weakref import WeakKeyDictionary

from bot.answering.follow_words import MONTHS, asks_else, leans
from bot.language.answer_type import DATE, NUMBER, expected_type, offers
from bot.language.names import name_terms
from bot.language.text import terms, words

# A purpose or a reason a sentence gives ("in order to…", "a factor for…", "because…").
_PURPOSE = re.compile(r"\b(?:in order to|so as to|so that|aimed at|with a view to|because|"
                      r"due to|owing to|thanks to|as a result of|factor for|"
                      r"for the (?:benefit|purpose|sake|promotion) of|to help|intended to|"
                      r"designed to|the aim|the goal|the objectives?|the purpose)\b",
                      re.IGNORECASE)
_WHY = re.compile(r"\b(?:why|what for|how come|what(?:'s| is| was) the (?:point|reason|"
                  r"purpose|aim))\b", re.IGNORECASE)
# A list: three items or more ("A, B and C", "A, B, C").
_LIST = re.compile(r"[^,;]+(?:,[^,;]+){2,}|[^,;]+,[^,;]+\band\b")
_LOWER_WORD = re.compile(r"(?<![\w'-])[a-z][\w'-]*")
# A date, as exact as the text gives it: "September 11, 2017", "11 May", "May 2017", "2017".
_DATE = re.compile(rf"\b(?:(?:{'|'.join(MONTHS)})\s+\d{{1,2}}(?:[-–]\d{{1,2}})?(?:,?\s+\d{{4}})?|"
                   rf"\d{{1,2}}(?:[-–]\d{{1,2}})?\s+(?:{'|'.join(MONTHS)})(?:,?\s+\d{{4}})?|"
                   rf"(?:{'|'.join(MONTHS)})\s+\d{{4}}|\d{{4}})\b", re.IGNORECASE)

_NAMES: WeakKeyDictionary[object, frozenset[str]] = WeakKeyDictionary()


def document_names(owner: object, passages: Sequence[str]) -> frozenset[str]:
    """The terms a document only ever writes as names: capitalised mid-sentence or in
    capitals (``bot.language.names.name_terms``) and never in lower case; read once per
    ``owner`` (the document)."""
    found = _NAMES.get(owner)
    if found is None:
        named = set().union(*(name_terms(p) for p in passages))
        plain = {t for p in passages for w in _LOWER_WORD.findall(p) for t in terms(w)}
        found = _NAMES[owner] = frozenset(named - plain)
    return found


def names_subject(question: str, names: Set[str]) -> bool:
    """True when a question names a subject of its own: a word the document only ever
    writes as a name (``document_names``)."""
    return bool(set(terms(question)) & names)


def answer_within(question: str, last: tuple[str, str, str], found: str | None,
                  new_words: Set[str]) -> bool:
    """True when the follow-up ``question`` is answered by the sentence that answered last
    time (module docstring). ``last`` is the last question, the part of its answer that
    answered and the words that answered (""); ``found`` the follow-up's own answer, None
    when it got none; ``new_words`` the follow-up's words the document knows and the last
    turn does not hold."""
    before, part, span = last
    if new_words and not (leans(question) or asks_else(question)):
        return False
    kind = expected_type(question)
    named = set(words(question)) | set(words(before)) | set(words(span))
    if kind is not None:
        enough = (any(not set(words(m.group())) <= named for m in _DATE.finditer(part))
                  if kind == DATE else offers(kind, part, named) >= (
                      1.0 if kind == NUMBER else 0.5))
        return enough and (found is None or offers(kind, found, set(words(question))) == 0)
    if found is not None:
        return False
    if _WHY.search(question):
        return bool(_PURPOSE.search(part))
    return asks_else(question) and bool(_LIST.search(part))
