"""Who did it: a question about what one country did, of a sentence in which another did.

"When did the United States ratify the convention?" of "On November 10, 2017, Kazakhstan
ratified the convention": every word matches but the one that decides it, the actor. A
country that a helping verb puts before a word ("did the US ratify", "has Kazakhstan
signed") is that word's doer (only a country: "Washington" may stand for one), as a
sentence's country is of the word after it ("Kazakhstan ratified"); when the answer
sentence gives the same word (by its stem) to another country that the question never
names, and never to the question's own, the sentence tells of the other one and does not
answer. Naming both in the question ("when
did the US and Kazakhstan sign …") asks of either, so the check keeps out of it.

A general rule of English word order, not fitted to any question set; aliases ("US",
"American" → "usa") come from ``bot.language.text.words``.
"""

from __future__ import annotations

import itertools
from functools import lru_cache

from bot.language.places import COUNTRIES, PLACES
from bot.language.text import STOP_WORDS, stem, words

_SHOWN = {"usa": "the US"}
_HELPERS = frozenset("did does do has have had will would can could".split())


@lru_cache(maxsize=16384)
def _acts(text: str) -> frozenset[tuple[str, str]]:
    """(country, the stem of the word it stands before) for each country in the text
    followed by a content word that is not itself a place."""
    said = words(text)
    return frozenset((w, stem(v)) for w, v in itertools.pairwise(said)
                     if w in COUNTRIES and v.isalpha() and v not in STOP_WORDS
                     and v not in PLACES)


@lru_cache(maxsize=4096)
def _asked(question: str) -> frozenset[tuple[str, str]]:
    """The question's (country, act) where a helping verb puts the country as the doer:
    "did the US ratify", "has Kazakhstan signed" (not "the US cities", a place's noun)."""
    said = [w for w in words(question) if w != "the"]
    return frozenset((w, stem(v)) for h, w, v in zip(said, said[1:], said[2:], strict=False)
                     if h in _HELPERS and (w, stem(v)) in _acts(f"{w} {v}"))


def asks_of_actor(question: str) -> bool:
    """True when the question names a country as the doer of some act."""
    return bool(_asked(question))


def other_actor(question: str, sentence: str) -> list[str]:
    """The question's actors whose act the sentence gives only to another country that
    the question does not name, as a reply names them ("the US doing it")."""
    named, done = set(words(question)), _acts(sentence)
    return [f"{_SHOWN.get(place, place.capitalize())} doing it"
            for place, act in sorted(_asked(question)) if (place, act) not in done
            and any(a == act and other != place and other not in named for other, a in done)]
