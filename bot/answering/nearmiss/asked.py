"""The thing a "what is the X …?" question asks for, when the document never names it.

A stranger asks any overview of a country or a person what every overview answers: "what
is the official *language* of X?", "what is the largest *religion* in Y?", "what is X's
*currency*?", "which *mountain* is highest?". A document that never says the thing asked
for (by the word, a synonym, nor a word near it in meaning in the answer's passage)
cannot answer, yet retrieval finds a sentence that shares the question's other words: the
document's own subject ("Kazakhstan"), a modifier in another sense ("official
delegations", "the second largest investor", "the highest level"). Those words are not
what is asked; the thing named right after the question word is.

The thing is read from the words right after "what is the" or "which" (up to the first
stop word, at most ``_RUN`` words: "the official language", "largest religion"); a word
of them counts when it is English (a typo or a name says nothing), longer than three
letters, no word of an answer's type ("name", "year", "kind": said in any answer, or
never) and the document never uses it, nor a WordNet synonym of it, nor the answer's
passage a kin or a word near it in meaning (``NEAR_MEANING``). A word of the same family
("religious" for "religion") is another stem and does not count: the family's adjective
names a quality of something else ("the Minister of Religious Affairs"), not the thing.
General English, not fitted to any question set.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Set

from bot.language.spelling import english_words
from bot.language.text import STOP_WORDS, stem, words
from bot.language.thesaurus import borrow, synonyms

# "what is the …", "what's the …", "whats the …": a copula, so the words after it name
# the thing ("what tech hub did they visit" names it in the question's own words, which
# the document may well say otherwise: "Silicon Valley")
_WHAT = re.compile(r"^\W*what(?:'s|s|\s+(?:is|are|was|were))\s+(?:the\s+|a\s+|an\s+)?",
                   re.IGNORECASE)
_RUN = 3
# words an answer's type is named by: every answer says one, or none names it
_GENERIC = frozenset("""name names type types kind kinds sort sorts year years date dates
    number numbers amount amounts term terms purpose reason role part parts thing things
    percentage percent period time times month months week weeks day days way ways
    word words example examples form forms group groups person people event events
    title titles main major largest biggest highest most best first last
    goal goals aim aims objective objectives point purpose purposes reason reasons cause
    result results outcome outcomes effect effects impact total sum value size meaning
    significance importance status function focus topic subject""".split())
# a wordpiece-vector match this near counts as the thing said otherwise (as in subjects)
NEAR_MEANING = 0.75


def asked_things(question: str) -> list[str]:
    """The words naming what a "what is the …" or "which …" question asks for."""
    opening = _WHAT.match(question)
    if not opening:
        return []
    after = words(question[opening.end():])
    run = list(itertools.takewhile(lambda w: w not in STOP_WORDS, after))
    return run[-1:] if 0 < len(run) <= _RUN else []


def unsaid_thing(question: str, share: Callable[[str], float],
                 soft: Mapping[str, float] | None = None,
                 passage_terms: Set[str] = frozenset(),
                 corrections: Mapping[str, str] | None = None) -> list[str]:
    """"the X" for the thing asked (``asked_things``) when the document never uses the
    word (``share``: the share of passages holding a stem), nor the answer's passage
    (``passage_terms``) a word retrieval would borrow for it (``thesaurus.borrow``:
    "objectives" for "goals") or one near it in meaning (``soft``, by stem). A word the
    question was read with in place of an English one the asker typed (``corrections``,
    typed → read: "religion" read as the document's "religious") is checked as typed."""
    typed = {read: own for own, read in (corrections or {}).items() if own in english_words()}
    return ["the " + word for word in (typed.get(w, w) for w in asked_things(question))
            if len(word) > 3 and word not in _GENERIC and word in english_words()
            and not share(stem(word)) and not any(share(stem(s)) for s in synonyms(word))
            and not borrow(word, passage_terms)
            and (soft or {}).get(stem(word), 0.0) < NEAR_MEANING]
