"""Near misses of subject, beside ``constraints``' dates, ordinals and kinds of thing.

A near-domain question often matches an answer in every word but the subject: "When did
Kazakhstan establish relations with *Russia*?" of the sentence about relations with the
United States, "Who was ambassador *before* Moser?" of the sentence naming Moser, "How
many students …?" of a sentence about students that gives no number. Lexical scores see
the shared words; these checks see the one word that decides, and name it as missing:

- another country (or a place of the document's own, "Almaty": ``other_places``):
  a country the question names (or its people: "Chinese") that the
  answer's passage never names, unless the country is a subject of the whole document
  (named in at least ``SUBJECT_SHARE`` of its passages, as the United States and
  Kazakhstan are in most of ours: there a passage may well leave it unsaid). A people's
  name counts only before a body of its country ("the Chinese ambassador"): "Spanish" or
  "British" alone is as often a language or a manner;
- the one before or after: "who came before X", "X's successor", when the answer speaks
  of a holder in the present ("since 2019 … is ambassador"): that is X, not the one
  before or after;
- nothing of the kind asked: a "how many" question whose answer gives no count (its
  numbers all parts of dates or names: "EXPO-2017", "August 28");
- an office or a property the document never names ("the mayor", "the currency"): a
  document that gives one names it by that word (words with other senses, such as
  "weather" or "inflation", are left out: they cost right answers on squad_dev).

The country names are the general gazetteer of ``bot.language.places`` (a people's name
is read as its country by ``bot.language.text.WORD_ALIASES``). Nothing here is fitted to
a question set.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Set
from functools import partial

from bot.answering.nearmiss.bodies import other_bodies
from bot.answering.nearmiss.confirming import unconfirmed, unknown_doer
from bot.answering.nearmiss.figures import dated_misses
from bot.answering.nearmiss.kin import kin_in, said_alike
from bot.answering.nearmiss.peers import other_peer
from bot.answering.nearmiss.scope import scope_misses
from bot.answering.nearmiss.shared import NEAR_MEANING, SUBJECT_SHARE
from bot.language.answer_type import NUMBER, PERSON, is_count
from bot.language.numbers import CARDINAL, TENS
from bot.language.places import CITIES, COUNTRIES, said_as
from bot.language.spelling import english_words
from bot.language.text import STOP_WORDS, WORD_ALIASES, cut, fold, rewrite, stem, words

# less continents, and names that are as often other words or people's names
_COUNTRIES = frozenset(COUNTRIES) - {"georgia", "europe", "asia", "africa", "america",
                                     "oceania", "antarctica", "turkey", "chad", "jordan"}
# a city named in a question is checked as a country is ("visited Moscow")
_COUNTRIES_AND_CITIES = _COUNTRIES | frozenset(CITIES)
# Short names of a country, not its people's ("us" is left out: as often the pronoun)
_SHORT_NAMES = frozenset({"uk", "holland"})
# What a people's name before it makes the country's own: "the Chinese ambassador"
_BODIES = frozenset("""ambassador ambassadors envoy envoys embassy embassies consulate consul
    president
    prime minister ministers ministry government parliament army military troops leader
    leaders officials delegation companies company firms investors investment investments
    exports imports trade market citizens students tourists""".split())
_RELATION = re.compile(r"\b(?:(before|preceded|predecessor of)|(after|succeeded|"
                       r"successor of|replaced?|replaces|replacement for))\b", re.IGNORECASE)
# a holder in the present: "the current …", or "since 2019 … is"
_PRESENT = re.compile(r"\b(?:current|currently|now|presently|incumbent|today)\b|"
                      r"\bsince\b.*\b(?:is|are)\b",
                      re.IGNORECASE)
# Words that give a quantity without digits ("fourteen", "many times", "the fourth"): an
# answer holding one may answer, so only their absence counts.
_CARDINAL = (CARDINAL + r"|half|"
             r"several|percent|all|none|no|single|both|once|twice|many|few|little|lot|lots|"
             r"much|most|some|numerous|vast|majority|minority|times")
_QUANTITY = (_CARDINAL + r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
             rf"tenth|\w+teenth|{TENS}tieth|hundredth|thousandth")
_QUANTITY_WORD = re.compile(rf"\b(?:{_QUANTITY})\b", re.IGNORECASE)
# a count in words: no ordinal ("the third in the CIS"), nor "all" (of a kind)
_COUNT_WORD = re.compile(rf"\b(?!all\b)(?:{_CARDINAL})\b", re.IGNORECASE)
_HOW_MANY = re.compile(r"\bhow many\b|\bwhat (?:is|was|are|were) the (?:total |overall |combined )?"
                       r"(?:value|worth|amount) of\b", re.IGNORECASE)
_HOW_MANY_MUCH = re.compile(r"\bhow (many|much)\b", re.IGNORECASE)
_AUXILIARIES = frozenset("do does did is are was were has have had will would can could".split())
# units and kinds a document counts in other words ("a decade", "half the population")
_UNITS = frozenset("""times years days weeks months hours minutes seconds decades centuries
    people persons individuals members ones percent points dollars euros pounds miles
    kilometers kilometres meters metres feet inches acres tons tonnes degrees""".split()
    # and measures a document gives in those units ("how much money" in dollars)
    ) | frozenset("money cash funding funds time distance weight area".split())
# a number or number word before a unit of time, money or length ("30 days", "ten-year")
_MEASURE = re.compile(
    rf"(?:\d+(?:[.,]\d+)*|\b(?:{_QUANTITY}))(?:\s*-\s*|\s+)(?:seconds?|minutes?|hours?|days?|"
    r"weeks?|months?|years?|decades?|centur(?:y|ies)|percent|dollars?|euros?|pounds?|miles?|"
    r"kilomet(?:er|re)s?|met(?:er|re)s?|feet|foot|inch(?:es)?|acres?|tons?|tonnes?|"
    r"degrees?)\b", re.IGNORECASE)
# a number standing alone: not hyphened to a word ("EXPO-2017") nor an ordinal ("21st")
_NUMBER = re.compile(r"(?<![\d.,-])\d+(?:[.,]\d+)*(?![\dA-Za-z])")


def other_countries(question: str, passage_terms: Set[str],
                    share: Callable[[str], float]) -> list[str]:
    """The countries the question names that the answer's passage (its ``passage_terms``)
    does not, less the document's subjects; ``share`` gives the share of the document's
    passages that hold a term. A country's name with an "s" after it is its possessive
    typed without the apostrophe ("uzbekistans independence"); the passage names a country by
    its people's word too ("the Kuwaiti government") or its capital ("to Belgrade" of
    "Serbia's capital"): ``places.said_as``."""
    said = [w[:-1] if w[-1:] == "s" and w[:-1] in _COUNTRIES else w
            for w in cut(rewrite(fold(question)))]
    named = dict.fromkeys(WORD_ALIASES.get(w, w) for i, w in enumerate(said)
                          if (w in _COUNTRIES_AND_CITIES and said[i - 1: i] != ["new"])
                          or (WORD_ALIASES.get(w) in _COUNTRIES
                              and (w in _SHORT_NAMES or (said[i + 1: i + 2] != []
                                                         and said[i + 1] in _BODIES))))
    return [country.capitalize() for country in named
            if not {stem(w) for w in said_as(country)} & passage_terms
            and share(stem(country)) < SUBJECT_SHARE]


# a word typed in lower case after "in", "at" or "near" that may be a place: "a consulate
# in atyrau" (a capitalised one is read as a name elsewhere; "in Bedigo" is as often a typo
# of the document's "Bendigo")
_UNKNOWN_PLACE = re.compile(r"\b(?:in|at|near) ([a-z]{4,})\b")


def other_places(question: str, passage_terms: Set[str], share: Callable[[str], float],
                 is_place: Callable[[str], bool], text: str = "") -> list[str]:
    """The places of the document's own (``is_place``: ``named_as_place``, "Almaty") that
    the question names and the answer's passage does not, less the document's subjects, as
    for countries: "the consulate in Astana" is not "the consulate in Almaty". Only when
    the answer ``text`` itself names a place of the document's own: one that names none
    ("since 2019 X is ambassador to Kazakhstan") leaves unsaid where, so "the envoy in
    Astana" may well be its subject. A word after "in", "at" or "near" that is neither
    English nor the document's ("a consulate in Atyrau") is read as such a place too."""
    named = dict.fromkeys(w for w in words(question)
                          if stem(w) not in passage_terms and 0 < share(stem(w)) < SUBJECT_SHARE)
    places = [w.capitalize() for w in named if is_place(w)] + [
        w.capitalize() for w in _UNKNOWN_PLACE.findall(question)
        if w not in english_words() and not share(stem(w))]
    return places if places and any(map(is_place, set(words(text)))) else []


def other_holder(question: str, answer_type: str | None, sentence: str) -> list[str]:
    """"who came before/after X" when the answer speaks of X as the present holder."""
    relation = _RELATION.search(question)
    if answer_type != PERSON or not relation or not _PRESENT.search(sentence):
        return []
    following = words(question[relation.end():])[:3]
    if not set(following) - STOP_WORDS & set(words(sentence)):
        return []
    return ["who came " + ("before" if relation.group(1) else "after")]


def kind_absent(answer_type: str | None, text: str, question: str = "") -> list[str]:
    """"a number" when a "how many" question's answer gives no count: no word of quantity,
    every number part of a date, a year, an ordinal or a name ("EXPO-2017", "August 28",
    "the 21st", "the third in the CIS"), "all" (of a kind) or a measure of time, money or
    length when the thing counted is none ("30 days", "ten-year" count no tourists). Only
    "how many" and "what was the value (worth, amount) of": "how much", "how long" or
    "when" are as often answered in words ("voluminous", "in seconds"); "when" is often no
    time ("When a plant is hurt, …?")."""
    if answer_type != NUMBER or not _HOW_MANY.search(question):
        return []
    thing = _asked_thing(question)[1]
    if thing and thing not in _UNITS:
        text = _MEASURE.sub(" ", text)
    said = _QUANTITY_WORD if thing == "times" else _COUNT_WORD  # "the third time" counts
    counted = said.search(text) or any(is_count(m.group(), text, m.start())
                                       for m in _NUMBER.finditer(text))
    return [] if counted else ["a number"]


def _asked_thing(question: str) -> tuple[str, str]:
    """("many" or "much", the thing a "how many/much" question counts or measures): the
    first plural of the words after "how many" up to a stop word ("how many US *troops*
    are …"), or the one word between "how much" and its verb; ("", "") for none."""
    asked = _HOW_MANY_MUCH.search(question)
    if not asked:
        return "", ""
    after = words(question[asked.end():])
    run = list(itertools.takewhile(lambda w: w not in STOP_WORDS, after))[:4]
    how = asked.group(1).lower()
    if how == "many":
        heads = [w for w in run if w.endswith("s") and len(w) > 3][:1]
    else:
        heads = run if len(run) == 1 and len(after) > 1 and after[1] in _AUXILIARIES else []
    return how, heads[0] if heads else ""


def uncounted(question: str, share: Callable[[str], float],
              soft: Mapping[str, float] | None = None,
              passage_terms: Set[str] = frozenset(), said: Set[str] = frozenset(),
              answer: str = "") -> list[str]:
    """"a number of soldiers" when a "how many" question counts (or a "how much" question
    measures: "how much oil does …") a thing the document never names by its word, nor the
    answer's passage (``passage_terms``) by a WordNet synonym, the kind it is of or a kind
    of it (``bot.language.thesaurus``; read across the whole document, WordNet's senses
    say too much: "jobs" has "business", "aid" has "assistance"): it cannot give a figure
    for it. The thing (``_asked_thing``) must be an English word (a typo or a name says
    nothing) and no unit ("years", "people", "percent"), which a document gives in other
    words, nor a word the answer's passage comes near in meaning (``soft``: by stem, the
    best wordpiece-vector match of the question's unknown words there, at least
    ``NEAR_MEANING``: "cows" of "dairy cattle"). A thing the document never names is met
    only by a kin said as itself in the passage's words (``said``; ``kin.kin_in``:
    "orderly" of "soldiers" is not met by "in order to"); one it names elsewhere keeps
    the stem's reading (a count of "games" in a passage on the season's record). A word
    of the ``answer`` near in meaning meets it too (``kin.said_alike``: "companies")."""
    how, thing = _asked_thing(question)
    if (not thing or thing in _UNITS or thing not in english_words()
            or re.search(r"(?:er|est)$", thing)
            or (share(stem(thing)) and (not passage_terms or stem(thing) in passage_terms))
            or kin_in(thing, passage_terms, frozenset() if share(stem(thing)) else said)
            or (soft or {}).get(stem(thing), 0.0) >= NEAR_MEANING or said_alike(thing, answer)):
        return []
    return [("a number of " if how == "many" else "an amount of ") + thing]


def near_misses(question: str, answer_type: str | None, text: str, passage_terms: Set[str],
                share: Callable[[str], float], soft: Mapping[str, float] | None = None,
                is_place: Callable[[str], bool] = lambda _: False, passage: str = ""
                ) -> tuple[str, ...]:
    """Every check above, for an answer ``text`` in a ``passage`` of ``passage_terms``."""
    # uncounted says more than kind_absent's "a number"
    unnamed = uncounted(question, share, soft, passage_terms, frozenset(words(passage)), text)
    kin = partial(kin_in, passage_terms=passage_terms)
    return tuple(other_countries(question, passage_terms, share)
                 + other_bodies(question, passage_terms, share)
                 + other_places(question, passage_terms, share, is_place, text)
                 + other_holder(question, answer_type, text)
                 + (unnamed or kind_absent(answer_type, text, question))
                 + scope_misses(question, answer_type, text, passage, passage_terms, share, kin,
                                is_place)
                 + unconfirmed(question, share, soft, kin)
                 + unknown_doer(question, share, passage_terms)
                 + dated_misses(question, text, passage_terms, share, soft)
                 + other_peer(question, f"{text} {passage}", passage_terms, share))
