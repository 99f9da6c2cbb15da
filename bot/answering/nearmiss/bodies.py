"""Another party to the relations asked about: an international body, or a country the
speller took for a word.

A document about two countries' relations answers "what did *the EU* and Kazakhstan
sign?" with what the two countries signed: every word but the other party matches.
``subjects.other_countries`` reads a country the question names against the answer's
passage; these two helpers widen what it reads:

- ``other_bodies``: a union or organisation of states ("the EU", "NATO", "the UN",
  "ASEAN"), written by its initials or its name (``bot.language.text`` reads "European
  Union" as "eu"), that the answer's passage never names, unless the document names it
  in ``SUBJECT_SHARE`` of its passages or more (then a passage may leave it unsaid);
- ``with_places``: the question as read for retrieval, with every place of the
  gazetteer the asker typed put back where the speller read a word the document never
  uses ("germany" → "german"): a country's name is no typo, and the check of other
  countries must see it.

General lists of English and of the world's bodies, not fitted to any question set.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set

from bot.answering.nearmiss.shared import SUBJECT_SHARE
from bot.answering.query import Query
from bot.language.places import GAZETTEER
from bot.language.text import stem, words

# unions and organisations of states, by the one word the index reads them as
_BODIES = frozenset("""eu un nato asean opec osce sco eaeu csto brics oecd g7 g20 mercosur
    nafta comecon""".split())


def other_bodies(question: str, passage_terms: Set[str], share: Callable[[str], float]
                 ) -> list[str]:
    """The bodies (``_BODIES``) a question names that the answer's passage does not, less
    those the document names often (``SUBJECT_SHARE``), in upper case as a reply names
    them ("EU")."""
    named = dict.fromkeys(w for w in words(question) if w in _BODIES)
    return [w.upper() for w in named
            if stem(w) not in passage_terms and share(stem(w)) < SUBJECT_SHARE]


def with_places(query: Query, share: Callable[[str], float]) -> str:
    """``query.text`` with each gazetteer place the asker typed (a key of
    ``query.corrections``) in place of the word the speller read for it, when the
    document never uses that word (``share`` 0): a reading the document has ("palestine"
    → its "Palestinian") finds the place's own passage and stays."""
    text = query.text
    for typed, read in query.corrections.items():
        if typed.lower() in GAZETTEER and not share(stem(read.lower())):
            text = re.sub(rf"\b{re.escape(read)}\b", typed, text, flags=re.IGNORECASE)
    return text
