"""Another's deed: a doer the document names once, elsewhere, and the answer's passage never.

"When did <a company> open an office in <a city>?" of the passage dating a consulate's
opening in that city: the answer shares the deed's time and place and tells of someone
else. The doer is the name right after the question's helping verb ("when did *X* open
…", "what year did *X* launch", "how much has *X* …", "when was *X* signed"). It counts
only when the document writes it as a name (``followups.own_subject.document_names``:
never in lower case, so no common word) in ONE passage, a passing mention, as in a list of
firms that came to the market; a name the document tells of in several passages may be
told of by a title or "he" in another ("the Head of State" for its president), and its
own subject not at all. Such a doer missing from the answer's whole passage (nor inside a
longer name there, "Chevron" of "TengizChevrOil") means the passage tells of another's
deed, and the document of none of X's. ``doers.absent_doer`` reads the doers the document
never names, and a known one of a yes-or-no question.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set

from bot.answering.followups.own_subject import Names
from bot.language.text import stem, terms, words

# the question words whose doer follows a helping verb: "when did X …", "how many people
# has X …"; a "who/what/which" question asks for the doer or the thing itself
_ASKED = re.compile(r"^\W*(?:when|where|what\s+year|how\s+(?:much|many|long|often)"
                    r"(?:\s+[\w'-]+){0,2}?)\s+(?:did|does|do|has|have|had|will|was|were)\s+(.+)$",
                    re.IGNORECASE)
# "chevron's venture": the doer is a thing of the name's, which a passage may name alone
_OWNER = re.compile(r"^(?:(?:the|a|an|first)\s+)*[\w-]+(?:\s+[\w-]+)?['\u2019]s?\s",
                    re.IGNORECASE)
_LEAD = frozenset({"the", "a", "an", "first", "its", "their"})


def others_deed(question: str, passage: str, passage_terms: Set[str],
                names: Callable[[], Names]) -> tuple[str, ...]:
    """"<X> doing it" when the doer a "when/where/how much" question names (its leading
    words after the helping verb, an article or "first" aside, each a name the document
    writes in one passage only: ``names``; not an owner, "X's venture") is missing from
    the answer's ``passage`` (its terms ``passage_terms``, and its text: a longer word
    holding it); ``names`` is read only for a question of that shape."""
    said = _ASKED.match(question)
    if said is None or _OWNER.match(said.group(1)):
        return ()
    doer = words(said.group(1))
    while doer and doer[0] in _LEAD:
        doer = doer[1:]
    known, named = names(), []
    for word in doer:
        found = set(terms(word))
        if not found or not found <= known.rare or any(known.holding(t) > 1 for t in found):
            break
        named.append(word)
    folded = passage.lower()
    if not named or any(stem(w) in passage_terms or w in folded for w in named):
        return ()
    return (" ".join(w.capitalize() for w in named) + " doing it",)
