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

The same holds of a thing a country's name qualifies: "how long can *Kazakh* citizens
stay?" of a sentence about a visa-free regime for *American* citizens. A question's
country right before a word ("Kazakh citizens", "US visas") is unmet when the sentences
of the answer about the question's subject name that word only for other countries
(before it, or after it: "investor in Kazakhstan", "Ambassador of Kazakhstan"). Yes/no
questions keep out: "is he the American ambassador?" of the sentence naming him
Kazakhstan's is answered by it.

General rules of English word order, not fitted to any question set; aliases ("US",
"American" → "usa") come from ``bot.language.text.words``.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from functools import lru_cache

from bot.answering.nearmiss.events import subject_sentences
from bot.language.places import COUNTRIES, PLACES
from bot.language.text import STOP_WORDS, WORD_ALIASES, cut, fold, rewrite, stem, words

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


_LINKS = frozenset({"in", "to", "of", "from", "for"})
_YES_NO = re.compile(r"^\W*(?:is|are|was|were|do|does|did|has|have|had|can|will)\b",
                     re.IGNORECASE)


_COUNTRIES = frozenset(COUNTRIES)


def _noun(word: str) -> bool:
    """True when a folded word may be the thing a country qualifies."""
    return word.isalpha() and word not in STOP_WORDS and word not in _COUNTRIES


def qualified(text: str, after: bool = True) -> dict[str, set[str]]:
    """The stems of the words a country qualifies in a text, each with its countries:
    right before it ("Kazakh citizens", "Kazakh and American universities") and, with
    ``after``, after it ("investor in Kazakhstan", "Embassy of the Republic of …")."""
    said = [w for w in words(text) if w not in ("the", "republic")]
    found: dict[str, set[str]] = defaultdict(set)
    for i, word in enumerate(said):
        if word not in _COUNTRIES:
            continue
        j = i + 1
        while said[j: j + 1] == ["and"] and said[j + 1: j + 2] and said[j + 1] in _COUNTRIES:
            j += 2
        if j < len(said) and _noun(said[j]):
            found[stem(said[j])].add(word)
        if after and i >= 2 and said[i - 1] in _LINKS and _noun(said[i - 2]):
            found[stem(said[i - 2])].add(word)
    return found


def other_people(question: str, text: str) -> list[str]:
    """The question's "<country> <thing>" ("Kazakh citizens") when the answer's sentences
    about its subject name the thing only for other countries ("American citizens"), as
    a reply names them."""
    if _YES_NO.match(question):
        return []
    told: dict[str, set[str]] = defaultdict(set)
    for sentence in subject_sentences(question, text):
        for thing, places in qualified(sentence).items():
            told[thing] |= places
    surface = {stem(w): w for w in words(question)}  # as the question writes it
    surface |= {WORD_ALIASES.get(w, w): w for w in cut(rewrite(fold(question)))}
    return ["the case of " + " or ".join(surface.get(p, p) for p in sorted(places)) + " "
            + surface[thing]
            for thing, places in qualified(question, after=False).items()
            if told.get(thing) and not places & told[thing]]
