"""What a stranger asks any overview of its subject, when this answer is not about it.

"What is the official *language* of X?", "what is the largest *religion* in Y?", "what
is the biggest *city* in X?", "when did X become *independent*?", "how big is X?": every
overview of a country or a person answers these, so people ask them of any document
about it. One that never does still has sentences that share the question's words: the
document's own subject ("Kazakhstan", named in many passages: ``own_subject.
common_names``), a modifier in another sense ("official delegations", "the second
largest investor", "the highest level"), a word inside a longer name ("New York City",
"the National Bank"), a word of the same family ("the Minister of Religious Affairs" for
"religion"), a light verb ("Kazakhstan became the first country …"). None of those is
the thing asked for, so ``unsaid_thing`` names it as missing when both hold:

- the answer shares nothing with the question but the document's own subject, light
  verbs and the asked phrase (``only_subject_shared``): a sentence that shares another
  word ("the Panthers stayed at …" for "what hotel did the Panthers stay in?") is about
  what is asked, and its thing is often named there by an instance ("the Marriott");
- the thing (the last word of the phrase after "what is the", the one word of "what X
  is/do …", the state after "become") is not in the answer sentence outside its
  multi-word names, nor as a compound's first part ("coast" of "coastline"), a one-word
  WordNet synonym, a word retrieval would borrow for it in the answer's passage, or one
  near it in meaning (``NEAR_MEANING``); words an answer's type is named by ("name",
  "year", "goal", "total") are no thing, as an answer states them in other words.

``unsized`` reads "how big (large, populous) is <a place>?": a size wants an area, a
measure or a population, not "29 deputies". Only stand-alone questions are read so (the
retriever skips follow-ups, whose subject is the last turn's). General English, measured
on squad_dev (answer@1 -1 of 4063) and the tuning sets, not fitted to any question.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Set

from bot.answering.nearmiss.shared import NEAR_MEANING
from bot.answering.query import Query
from bot.language.places import GAZETTEER
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
# "which countries border X", "what rivers cross X": the relation is what is asked, of a
# kind of thing any document about X names ("both countries")
_WHICH_VERB = re.compile(r"^\W*(?:which|what) ([a-z]{3,}s) ([a-z]+)(?= (?:the |a )?[a-z])",
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
    goal goals aim aims objective objectives purpose purposes reason reasons cause
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


def asked_phrase(question: str) -> list[str]:
    """The words naming what a "what is the …", "what X is …", "which Xs VERB …" or "when
    did … become X" question asks for, the thing last ("official language"; "countries
    border"; none when not so asked)."""
    one = _WHAT_ONE.match(question) or _BECOME.search(question)
    if one:
        return [one.group(1).lower()]
    relation = _WHICH_VERB.match(question)
    if relation and not {relation.group(1), relation.group(2)} & STOP_WORDS:
        return [relation.group(1).lower(), relation.group(2).lower()]
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
    relation = _WHICH_VERB.match(question)
    asked = phrase if relation else [w for w in phrase[:-1] if _MODIFIER.search(w)] + phrase[-1:]
    rest = set(terms(question)) - set(terms(" ".join(asked))) - set(common) - _LIGHT
    return not rest & set(terms(sentence))


def _unnamed(sentence: str, phrase: list[str]) -> str:
    """The sentence less its multi-word names (``_NAMES``), but for one that holds every
    word of the asked phrase: "the national bank" names "the National Bank of …"."""
    asked = set(terms(" ".join(phrase)))
    return _NAMES.sub(lambda m: m.group() if asked <= set(terms(m.group())) else " ", sentence)


def _said(word: str, said: Set[str]) -> bool:
    """True when a sentence's terms (``said``) hold the word, or a compound's first part
    ("coast" of "coastline": a term of four letters or more that begins the word, the
    rest an English word of three or more; not "religi" of "religion", another word of
    the family)."""
    return stem(word) in said or any(
        len(t) >= 4 and word.startswith(t) and len(word) - len(t) >= 3
        and word[len(t):] in english_words() for t in said)


def unsaid_thing(question: str, sentence: str, soft: Mapping[str, float] | None = None,
                 passage_terms: Set[str] = frozenset(),
                 common: Set[str] = frozenset(), typed: str = "") -> list[str]:
    """"the X" (or "“X”" after "become") for the thing asked (``asked_phrase``) when the
    answer ``sentence`` shares only the subject (``only_subject_shared``, ``common``) and
    does not say the thing (``_said``, outside multi-word names when the phrase qualifies
    it), nor a one-word synonym, nor does the answer's passage (``passage_terms``) hold a
    word retrieval would borrow for it (``thesaurus.borrow``) or one near it in meaning
    (``soft``, by stem). The thing is read in the question as ``typed`` (``as_typed``:
    "religion", not the document's "religious"), what is shared as read ("recovery" read
    as the document's "recover" is shared)."""
    phrase = asked_phrase(question)
    if not phrase or not only_subject_shared(question, phrase, sentence, common):
        return []
    phrase = asked_phrase(typed or question)
    said = set(terms(_unnamed(sentence, phrase) if len(phrase) > 1 else sentence))
    label = ("“{}”" if (_BECOME.search(question) and len(phrase) == 1)
             or _WHICH_VERB.match(question) else "the {}")
    return [label.format(word) for word in phrase[-1:]
            if len(word) > 3 and word not in _GENERIC and word in english_words()
            and not _NOT_A_THING.search(word) and not _said(word, said)
            and not any(stem(s) in said for s in synonyms(word))
            and not borrow(word, passage_terms)
            and (soft or {}).get(stem(word), 0.0) < NEAR_MEANING]


# "how big is Kazakhstan?", "how large is the country": a place's size
_HOW_BIG = re.compile(r"^\W*(?:how (?:big|large|small|vast|populous|huge) (?:is|are|was|were) |"
                      r"what(?:'s|s| is| was) (?:the )?(?:total |land )?(?:area|size|population) "
                      r"of )(.+?)(?: in (?:square )?\w+)?\W*$", re.IGNORECASE)
# what tells a place's size: an area, a measure of length, or its people
_SIZE = re.compile(r"\b(?:area|square|sq|km2?|km²|kilomet(?:er|re)s?|miles?|hectares?|acres?|"
                   r"sizes?|population|inhabitants|residents|populous|territor(?:y|ies))\b",
                   re.IGNORECASE)# words for a place of any name ("how big is the country")
_PLACE_NOUNS = frozenset({"country", "nation", "city", "state", "region"})


# "how expensive (cold) is it in X?": a place's quality; what a sentence telling it holds
_HOW_QUALITY = re.compile(r"^\W*how ([a-z]+) (?:(?:is|was) it to \w+(?: \w+)? (?:in|to|around|"
                          r"at|through)|is it|was it|does it get|can it get|is|are|was|were)"
                          r"(?: in)? (.+?)(?: (?:for|to|in|during|at|by) .+)?\W*$", re.IGNORECASE)
QUALITIES: tuple[tuple[frozenset[str], re.Pattern[str], str], ...] = tuple(
    (frozenset(asked.split()), re.compile(holds, re.IGNORECASE), label)
    for asked, holds, label in (
        ("expensive cheap pricey costly affordable inexpensive",
         r"\b(?:expensive|cheap\w*|pric\w*|costs?|costly|afford\w*|dollars?|euros?|"
         r"tenge|fees?|rents?|wages?|salar\w*)\b|[$€£]", "a cost"),
        ("safe unsafe dangerous risky secure",
         r"\b(?:safe\w*|unsafe|danger\w*|risk\w*|crimes?|criminal\w*|murders?|secur\w*|"
         r"violen\w*|terror\w*|attacks?|war|wars|conflicts?|kill\w*|deaths?)\b", "safety"),
        ("cold hot warm cool wet dry rainy sunny snowy humid windy chilly freezing",
         r"\b(?:cold\w*|hot\w*|warm\w*|cool\w*|temperatures?|degrees?|climat\w*|weather|"
         r"rain\w*|snow\w*|sun\w*|humid\w*|wind\w*|freez\w*|frost\w*|dry|wet|winters?|"
         r"summers?|celsius|fahrenheit)\b|°", "a climate"),
    ))


def _of_places(named: str, common: Set[str], is_place: Callable[[str], bool]) -> bool:
    """True when each word of ``named`` but stop words is one of the document's subjects
    (``common``), a place it names (``is_place``), a country, a city or "the country"."""
    named_words = [w for w in words(named) if w not in STOP_WORDS]
    places = GAZETTEER | _PLACE_NOUNS
    return bool(named_words) and all(
        stem(w) in common or set(terms(w)) <= set(common) or w in places or is_place(w)
        for w in named_words)


def unsized(question: str, sentence: str, common: Set[str],
            is_place: Callable[[str], bool] = lambda _: False) -> list[str]:
    """"a size" when "how big (large, populous) is X?" or "what is the area (size,
    population) of X?" asks of a place (``_of_places``) and the answer holds no figure
    with a word of size (``_SIZE``: an area, a measure, a population): "29 deputies"
    tells how big a group is, not a country, and "projects in this area" gives none.
    Only places: "how big is the caucus" is answered by "11 members". So for the
    ``QUALITIES`` of a place: "how expensive (safe, cold) is X?" wants a sentence with a
    word of its cost (danger, weather), not one that merely names X."""
    asked = _HOW_BIG.match(question)
    if asked and not (_SIZE.search(sentence) and re.search(r"\d", sentence)):
        return ["a size"] if _of_places(asked.group(1), common, is_place) else []
    quality = _HOW_QUALITY.match(question)
    return [label for qualities, holds, label in QUALITIES
            if quality and quality.group(1).lower() in qualities and not holds.search(sentence)
            and _of_places(quality.group(2), common, is_place)]


def unasked_of_subject(query: Query, sentence: str, soft: Mapping[str, float],
                       passage_terms: Set[str], common: Callable[[], Set[str]],
                       is_place: Callable[[str], bool]) -> tuple[str, ...]:
    """``unsaid_thing`` and ``unsized`` for a stand-alone question (none for a follow-up,
    whose subject is the last turn's: "what state does she represent?"). A place the
    question names (a country, a city, or one the document names as a place) counts as
    its subject with the document's own ("what is the climate of Almaty?" of a sentence
    on a consulate in Almaty). ``common`` gives the document's own subject; it is read
    only for a question of either shape (on a big document, reading it takes seconds)."""
    typed = as_typed(query)
    if query.context.words or not (asked_phrase(query.text) or _HOW_BIG.match(typed)
                                          or _HOW_QUALITY.match(typed)):
        return ()
    own = common()
    places = GAZETTEER  # a place asked about is a subject as well
    subject = set(own) | {t for w in words(query.text) if w in places or is_place(w)
                          for t in terms(w)}
    return tuple(unsaid_thing(query.text, sentence, soft, passage_terms, subject, typed)
                 + unsized(typed, sentence, own, is_place))


def as_typed(query: Query) -> str:
    """The question as the asker typed it, less typos: a word retrieval read in place of
    an English word (the document's "religious" for "religion", a word of its family) is
    the typed one again, since what is asked for is that word's thing, not the family's
    (a typo's fix, "embasy" → "embassy", stays)."""
    text = query.text
    for typed, read in query.corrections.items():
        if typed in english_words():
            text = re.sub(rf"\b{re.escape(read)}\b", typed, text, flags=re.IGNORECASE)
    return text
