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

The same holds of a thing a people's word qualifies: "how long can *Kazakh* citizens
stay?" of a sentence about a visa-free regime for *American* citizens. A question's
people's word right before a word ("Kazakh citizens") is unmet when the sentences of the
answer about the question's subject qualify that word only with other peoples' words.
Yes/no questions keep out: "are Kazakh citizens exempt?" is answered by the sentence
that says whose they are. A people's name as a noun ("how long can Kazakhs stay?") is
read as its citizens.

General rules of English word order, not fitted to any question set; aliases ("US",
"American" → "usa") come from ``bot.language.text.words``.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from functools import lru_cache

from bot.answering.nearmiss.events import subject_sentences
from bot.language.places import COUNTRIES, PLACES, shown_place
from bot.language.text import STOP_WORDS, WORD_ALIASES, cut, fold, rewrite, stem, words

_DOERS = ("or", "er")  # an agent noun's ending: "investor", "exporter"
_HELPERS = frozenset("did does do has have had will would can could".split())


_COPULA = frozenset("is was are were".split())


@lru_cache(maxsize=16384)
def _acts(text: str) -> frozenset[tuple[str, str]]:
    """(country, the stem of the word it stands before) for each country in the text
    followed by a content word that is not itself a place; and, after "is"/"was", the
    doer's noun it is called ("the U.S. is the second largest *investor*": "investor"
    read as its verb, "invest")."""
    said, named = words(text), _name_words(text)
    acts = {(w, stem(v)) for w, v in itertools.pairwise(said)
            if w in COUNTRIES and v.isalpha() and v not in STOP_WORDS | named
            and v not in PLACES}
    for i, w in enumerate(said[:-1]):
        if w in COUNTRIES and said[i + 1] in _COPULA:
            acts |= {(w, stem(v)[:-2]) for v in said[i + 2:i + 7]
                     if v.isalpha() and stem(v).endswith(_DOERS) and len(stem(v)) > 5}
    return frozenset(acts)


_CAPITALISED = re.compile(r"(?<=\S)\s+([A-Z][a-z]+)")
_LOWER = re.compile(r"\b[a-z]+\b")


def _name_words(text: str) -> set[str]:
    """The words a text writes only capitalised past its opening: parts of names ("the
    Friends of Kazakhstan *Caucus*", "the U.S. *Congress*"), which no country does (a verb
    is not capitalised mid-sentence)."""
    return ({w.lower() for w in _CAPITALISED.findall(text)}
            - set(_LOWER.findall(text)))


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
    the question does not name before the act (as a doer: "did the US and Kazakhstan
    sign" asks of either; "did Kazakhstan recognize the US" names the US as the one
    acted on), as a reply names them ("the US doing it")."""
    asked = _asked(question)
    if not asked:  # most questions name no country as a doer: the sentence is not read
        return []
    said, done = words(question), _acts(sentence)
    return [f"{shown_place(place)} doing it"
            for place, act in sorted(asked) if (place, act) not in done
            and any(a == act and other != place and other not in _before(said, act)
                    for other, a in done)]


def _before(said: list[str], act: str) -> set[str]:
    """The words before the first whose stem is ``act`` (all of them when none is)."""
    return set(said[:next((i for i, w in enumerate(said) if stem(w) == act), len(said))])


_YES_NO = re.compile(r"^\W*(?:is|are|was|were|do|does|did|has|have|had|can|will)\b",
                     re.IGNORECASE)
# a country's own short names, which name the country, not its people ("US exports" are
# the "imports from the U.S."), unlike a people's word ("American citizens")
_SHORT_NAMES = frozenset({"us", "america", "kz", "qazaqstan", "uk", "holland", "britain"})
_COUNTRIES = frozenset(COUNTRIES)
# a people's name as a noun, "how long can Kazakhs stay", is that people's citizens
_PEOPLE = re.compile(r"\b(" + "|".join(w for w, c in WORD_ALIASES.items() if w.endswith("s")
                                       and c in _COUNTRIES and w not in _SHORT_NAMES)
                     + r")\b(?! citizens\b)", re.IGNORECASE)


def qualified(text: str) -> dict[str, set[str]]:
    """The stems of the words a people's word qualifies in a text, each with its
    countries: "Kazakh citizens", "Kazakh and American universities" (a country's own
    name is left out: "US exports" are what another sentence calls "imports from the
    U.S.", and "the US invested" tells of a doer, ``other_actor``'s matter)."""
    raw = [w for w in cut(rewrite(fold(text))) if w != "the"]
    said = [WORD_ALIASES.get(w, w) for w in raw]
    found: dict[str, set[str]] = defaultdict(set)
    for i, word in enumerate(said):
        if word not in _COUNTRIES or raw[i] == word or raw[i] in _SHORT_NAMES:
            continue
        j = i + 1
        while said[j: j + 1] == ["and"] and said[j + 1: j + 2] and said[j + 1] in _COUNTRIES:
            j += 2
        if j < len(said) and said[j].isalpha() and said[j] not in STOP_WORDS | _COUNTRIES:
            found[stem(said[j])].add(word)
    return found


def other_people(question: str, text: str) -> list[str]:
    """The question's "<country> <thing>" ("Kazakh citizens") when the answer's sentences
    about its subject name the thing only for other countries ("American citizens"), as
    a reply names them."""
    asked = qualified(_PEOPLE.sub(r"\1 citizens", question)) if not _YES_NO.match(
        question) else {}
    if not asked:  # most questions qualify nothing by a people: the answer is not read
        return []
    told: dict[str, set[str]] = defaultdict(set)
    for sentence in subject_sentences(question, text):
        for thing, places in qualified(sentence).items():
            told[thing] |= places
    surface = {stem(w): w for w in words(question)}  # as the question writes it
    surface |= {WORD_ALIASES.get(w, w): w for w in cut(rewrite(fold(question)))}
    return [("the case of " + " or ".join(surface.get(p, p) for p in sorted(places)) + " "
             + surface.get(thing, "")).strip()
            for thing, places in asked.items() if told.get(thing) and not places & told[thing]]
