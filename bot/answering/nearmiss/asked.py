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

from bot.language.places import CITIES, COUNTRIES
from bot.language.spelling import english_words
from bot.language.text import STOP_WORDS, stem, terms, words
from bot.language.thesaurus import borrow, synonyms

# "what is the …", "what's the …", "whats the …": a copula, so the words after it name
# the thing ("what tech hub did they visit" names it in the question's own words, which
# the document may well say otherwise: "Silicon Valley")
_WHAT = re.compile(r"^\W*what(?:'s|s|\s+(?:is|are|was|were))\s+(?:the\s+|a\s+|an\s+)?",
                   re.IGNORECASE)
_RUN = 3
# "what continent is …", "what language do they speak …": one word between "what" and
# its verb names the thing too (two, "what tech hub did …", are as often a paraphrase)
_WHAT_ONE = re.compile(r"^\W*(?:what|which) ([a-z]+) (?:is|are|was|were|do|does|did)\b",
                       re.IGNORECASE)
# "when did X become independent": the state a light verb ("become") says a thing came
# into is what is asked, not the verb, which any sentence may hold in another sense
_BECOME = re.compile(r"\b(?:become|became)\s+(?:a\s+|an\s+|the\s+)?([a-z]+)\W*$",
                     re.IGNORECASE)
# words an answer's type is named by: every answer says one, or none names it
_GENERIC = frozenset("""name names type types kind kinds sort sorts year years date dates
    number numbers amount amounts term terms purpose reason role part parts thing things
    percentage percent period time times month months week weeks day days way ways
    word words example examples form forms group groups person people event events
    title titles main major largest biggest highest most best first last
    goal goals aim aims objective objectives point purpose purposes reason reasons cause
    result results outcome outcomes effect effects impact total sum value size meaning
    significance importance status function focus topic subject else""".split())
# a name of several capitalised words ("New York City", "the National Bank of …"): a word
# of it is not the common noun a question asks for ("the biggest city")
_NAMES = re.compile(r"\b[A-Z][\w.'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'-]*)+")
# a word that qualifies the thing as an adjective: a superlative, an ordinal, a common
# adjective ending ("official", "famous", "traditional", "native") or a word of rank
_MODIFIER = re.compile(r"(?:est|al|ous|ic|ive|ary|ern|ful|able|ible)$|^(?:main|major|chief|"
                       r"top|prime|common|first|second|third|last|most|best|biggest)$")
# a participle or a verb form is no thing ("what were its chains *made* of")
_NOT_A_THING = re.compile(r"(?:ed|ing)$")
# verbs that say little of their own: "when did it *become* independent"
_LIGHT = frozenset(terms("become make get take give do have be"))
# a wordpiece-vector match this near counts as the thing said otherwise (as in subjects)
NEAR_MEANING = 0.75


def asked_phrase(question: str) -> list[str]:
    """The words naming what a "what is the …", "what X is …" or "when did … become X"
    question asks for, the thing last ("official language"; none when not so asked)."""
    one = _WHAT_ONE.match(question) or _BECOME.search(question)
    if one:
        return [one.group(1).lower()]
    opening = _WHAT.match(question)
    if not opening:
        return []
    after = words(question[opening.end():])
    run = list(itertools.takewhile(lambda w: w not in STOP_WORDS, after))
    return run if len(run) <= _RUN else []


def only_subject_shared(question: str, phrase: list[str], sentence: str,
                        common: Set[str]) -> bool:
    """True when the answer shares no term with the question outside the asked phrase
    but the document's own subject (``common``: names in many of its passages), light
    verbs and the question's words: what it shares is the subject's name, or the phrase's
    words in another sense ("official delegations" for "official language"). Of the
    phrase, only the thing and the words that qualify it as adjectives do (``_MODIFIER``:
    "official", "largest"); a noun before it names whose thing it is ("Tesla's father's
    occupation"), which a sentence about that one shares."""
    asked = [w for w in phrase[:-1] if _MODIFIER.search(w)] + phrase[-1:]
    rest = set(terms(question)) - set(terms(" ".join(asked))) - set(common) - _LIGHT
    return not rest & set(terms(sentence))


def _said(word: str, said: Set[str]) -> bool:
    """True when a sentence's terms (``said``) hold the word, or a compound's first part
    ("coast" of "coastline": a term of four letters or more that begins the word, the
    rest an English word of three or more; not "religi" of "religion", another word of
    the family)."""
    return stem(word) in said or any(
        len(t) >= 4 and word.startswith(t) and len(word) - len(t) >= 3
        and word[len(t):] in english_words() for t in said)


def unsaid_thing(question: str, sentence: str, share: Callable[[str], float],
                 soft: Mapping[str, float] | None = None,
                 passage_terms: Set[str] = frozenset(),
                 corrections: Mapping[str, str] | None = None,
                 common: Set[str] = frozenset()) -> list[str]:
    """"the X" for the thing asked (``asked_things``) when the document never uses the
    word (``share``: the share of passages holding a stem), nor the answer's passage
    (``passage_terms``) a word retrieval would borrow for it (``thesaurus.borrow``:
    "objectives" for "goals") or one near it in meaning (``soft``, by stem). A word the
    question was read with in place of an English one the asker typed (``corrections``,
    typed → read: "religion" read as the document's "religious") is checked as typed."""
    phrase = asked_phrase(question)
    if not phrase or not only_subject_shared(question, phrase, sentence, common):
        return []
    typed = {read: own for own, read in (corrections or {}).items() if own in english_words()}
    said = set(terms(_NAMES.sub(" ", sentence) if len(phrase) > 1 else sentence))
    return ["the " + word for word in (typed.get(w, w) for w in phrase[-1:])
            if len(word) > 3 and word not in _GENERIC and word in english_words()
            and not _NOT_A_THING.search(word) and not _said(word, said)
            and not any(stem(s) in said for s in synonyms(word))
            and not borrow(word, passage_terms)
            and (soft or {}).get(stem(word), 0.0) < NEAR_MEANING]


# "how big is Kazakhstan?", "how large is the country": a place's size
_HOW_BIG = re.compile(r"^\W*how (?:big|large|small|vast|populous|huge) (?:is|are|was|were) "
                      r"(.+?)\W*$", re.IGNORECASE)
# what tells a place's size: an area, a measure of length, or its people
_SIZE = re.compile(r"\b(?:area|square|sq|km2?|km²|kilomet(?:er|re)s?|miles?|hectares?|acres?|"
                   r"sizes?|population|inhabitants|residents|populous|territor(?:y|ies))\b",
                   re.IGNORECASE)

_PLACE_NOUNS = frozenset({"country", "nation", "city", "state", "region"})


def unsized(question: str, sentence: str, common: Set[str],
            is_place: Callable[[str], bool] = lambda _: False) -> list[str]:
    """"a size" when "how big (large, populous) is X?" asks of a place (each word of X
    one of the document's own subjects, ``common``, or a place it names, ``is_place``,
    or a country's name) and the answer holds no word of size (``_SIZE``: an area, a
    measure, a population): "29 deputies" tells how big a group is, not a country.
    Only places: "how big is the caucus" is answered by "11 members"."""
    asked = _HOW_BIG.match(question)
    if not asked or _SIZE.search(sentence):
        return []
    named = [w for w in words(asked.group(1)) if w not in STOP_WORDS]
    places = set(COUNTRIES) | set(CITIES) | _PLACE_NOUNS
    return ["a size"] if named and all(
        stem(w) in common or set(terms(w)) <= set(common) or w in places or is_place(w)
        for w in named) else []
