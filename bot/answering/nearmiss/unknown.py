"""The thing a question asks for, when the document never uses its word at all.

``asked.unsaid_thing`` names the asked thing ("what *street* is …", "what is the
*interest rate* of …") as missing only when the answer shares nothing else with the
question but the document's subject: a sentence that shares more is often about the
thing, naming it by an instance ("the Marriott" for "what hotel"). That leaves the
near-domain question that shares the subject's every word and asks for a thing the
document never mentions: "which *street* is the embassy on?" of "the embassy is
established in …". When the document uses the thing's word nowhere (``share`` 0), the
answer's passage has no WordNet kin of it (``kin``: a synonym, the kind it is of or a
kind of it) and no word near it in meaning (``soft``, at least ``NEAR_MEANING``), an
instance of it is unlikely to be what the passage names, and it is named as missing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from bot.answering.nearmiss.asked import asked_phrase
from bot.language.spelling import english_words
from bot.language.text import stem

NEAR_MEANING = 0.75
# words an answer's kind is named by, said otherwise by every answer ("what year", "what
# kind"), and adjectives of rank a phrase may end on
_GENERIC = frozenset("""name names type types kind kinds sort sorts year years date dates
    number numbers amount amounts term terms purpose reason role part parts thing things
    time times period way ways example examples form forms total sum value size meaning
    word words title titles point points idea gist else""".split())
# "which sectors attract …": the phrase's last word is the relation's verb, not a thing
_RELATION = re.compile(r"^\W*(?:which|what) [a-z]{3,}s ([a-z]+)\b", re.IGNORECASE)


def unknown_thing(question: str, share: Callable[[str], float], kin: Callable[[str], bool],
                  soft: Mapping[str, float] | None = None) -> list[str]:
    """"the X" for the thing X a question asks for (``asked.asked_phrase``'s last word)
    when the document never uses X (``share`` 0), X is an English word of four letters
    or more, no participle, no word of kind (``_GENERIC``: "title", "point") and no verb
    of a relation ("which sectors *attract*"), and the answer's passage
    names no kin of it (``kin``) nor a word near it in meaning (``soft``, by stem)."""
    phrase = asked_phrase(question)
    relation = _RELATION.match(question)
    if relation and phrase[-1:] == [relation.group(1).lower()]:
        return []
    return [f"the {word}" for word in phrase[-1:]
            if len(word) > 3 and word not in _GENERIC and word in english_words()
            and not word.endswith(("ed", "ing")) and not share(stem(word)) and not kin(word)
            and (soft or {}).get(stem(word), 0.0) < NEAR_MEANING]
