"""What kind of answer a question wants, and whether a sentence offers one.

Question-word rules (a general resource, not tuned to any question set): "when" wants a
date, "how many/much" a number, "who" a person (or, less surely, a body), "where" a place
(a cue such as "in", or a country or US state). A sentence offers the type when it holds
such a thing that the question itself does not already name, since the answer is what the
asker does not yet know.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.language.names import NAME, PERSON_NAME, TITLE
from bot.language.numbers import CARDINAL
from bot.language.places import PLACES
from bot.language.text import STOP_WORDS, fold, stem, words

DATE, NUMBER, PERSON, PLACE = "date", "number", "person", "place"

_MONTHS = (r"january|february|march|april|may|june|july|august|september|october|november|"
           r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_DATE_RE = re.compile(
    rf"\b(?:1[0-9]{{3}}|20[0-9]{{2}})s?\b|\b(?:{_MONTHS})\b|\b\d+(?:st|nd|rd|th) century\b|"
    r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b(?:bc|bce|ad|ce)\b|centur(?:y|ies)|decade",
    re.IGNORECASE)
_NUMBER_WORDS = CARDINAL + r"|half|several|percent"
_NUMBER_RE = re.compile(rf"\d+(?:[.,]\d+)*|\b(?:{_NUMBER_WORDS})\b|%|\$", re.IGNORECASE)
# a number word alone ("two"): it counts things, it names none
NUMBER_WORD = re.compile(rf"^(?:{_NUMBER_WORDS})$", re.IGNORECASE)
_PLACE_CUE = re.compile(r"\b(?:in|at|from|near|to|into|across|outside)\s+(?:the\s+)?[A-Z]")

_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), t) for p, t in (
        (r"^(?:since |until )?when\b|\b(?:since|until|from) when\b|"
         r"\bwhat (?:year|date|day|month|time|decade|century|era|"
         r"period)\b|\bwhich (?:year|date|day|month|decade|century)\b|\bhow long ago\b|"
         r"\bin what year\b", DATE),
        (r"\bhow (?:many|much|long|far|old|large|big|high|tall|deep|wide|often|fast)\b|"
         r"\bwhat (?:percentage|percent|number|amount|proportion|fraction|share|size|"
         r"population|price|cost|value|volume)\b|\bwhat (?:is|was|are|were) (?:the |its |their |"
         r"his |her )?(?:\w+ )?(?:value|worth|cost|price|amount|volume|sum|size)\b|"
         r"\bwhat (?:is|was|are|were) (?:the )?(?:total|overall|combined)\b", NUMBER),
        (r"^who\b|\bwho (?:is|was|were|are|did|does|led|leads|chairs|founded)\b|\bwhom\b|"
         r"\bwhose\b|\b(?:which|what) (?:\w+ )?(?:persons?|people|m[ae]n|wom[ae]n|presidents?|"
         r"ministers?|leaders?|officials?|compan(?:y|ies)|organi[sz]ations?|congress\w*|"
         r"senators?|authors?|scientists?|universit(?:y|ies)|colleges?|institutions?|"
         r"agenc(?:y|ies)|firms?|banks?|newspapers?|teams?)\b", PERSON),
        (r"^where\b|\bwhere (?:is|was|were|are|did|does|do)\b|\bwhich (?:city|country|nation|state|"
         r"place|region|town|continent|location|area|province|island|river|cities|countries|"
         r"states|places|regions|towns)\b|"
         r"\bwhat (?:city|country|nation|state|place|region|town|continent|location|area|cities|"
         r"countries)\b|"
         r"\bin what (?:city|country|state|place|region)\b|"
         # a qualifier first ("which Kazakh city", "what other country"), for nouns that
         # name nothing but a place ("area", "state" and "place" also name a size or a
         # condition: "what land area", "what member state")
         r"\b(?:which|what) (?!is |was |are |were )\w+ (?:city|cities|country|countries|"
         r"nation|nations|town|towns|region|regions|province|provinces|island|islands|"
         r"river|continent)\b", PLACE),
    )
)
# the question words, read by every rule that asks whether a message is a question
QUESTION_WORDS = ("when", "where", "who", "what", "which", "how", "why", "whom", "whose")


# "what's", "whats", "what're": the rules read "what is/are"
_WHAT_IS = re.compile(r"\bwhat(?:'s|s)\b")
_WHAT_ARE = re.compile(r"\bwhat're\b")


def _first_word_fixed(text: str) -> str:
    """The folded question with a misspelt first question word repaired ("wen" → "when")
    and "what's" read as "what is"."""
    folded = _WHAT_ARE.sub("what are", _WHAT_IS.sub("what is", fold(text).strip()))
    head, _, rest = folded.partition(" ")
    if head and head not in STOP_WORDS and head.isalpha():
        best = process.extractOne(head, QUESTION_WORDS, scorer=fuzz.ratio, score_cutoff=80)
        if best:
            return f"{best[0]} {rest}"
    return folded


# no question word, only what is asked for first ("number of US companies?", "total trade
# in 2017?"); a question word last ("held where?") was measured and left out (squad_dev -1),
# but a keyword query's ("statement signed when", "tifa mtg where": no helping verb, no
# other question word; SQuAD asks "X was born where?") is read, and so is its last word
# of a figure wanted ("caucus size", "fdi amount") (``_TRAILING``)
_FRAGMENTS = re.compile(r"^(?:the\s+)?(?:number|amount|value|volume|total|sum|size)\b")
_TRAILING = re.compile(r"^(?!.*\b(?:is|are|was|were|be|been|do|does|did|has|have|had|can|"
                       r"could|will|would|should|shall|may|might|must|what|which|how|why)\b)"
                       r"(?:\S+\s+){1,7}(when|where|number|amount|total|size|count|value|"
                       r"volume|figure)\W*$")
_TRAILING_TYPES = {"when": DATE, "where": PLACE}


# a clause that sets the scene before the question ("when the minister went to X, which
# initiative …"): its "when" asks nothing
_SCENE = re.compile(r"^(?:when|while|after|before|if|as|once|whenever)\b(?!\s+(?:was|is|are|"
                    r"were|did|does|do|will|would|has|have|had|can|could)\b)[^,?]*,\s*"
                    r"(?:(?:and|so)\s+)?(?=(?:when|where|who|whom|whose|what|which|how|why)\b)")


@lru_cache(maxsize=1024)
def expected_type(question: str) -> str | None:
    """The answer type a question asks for, or None when the rules do not say; read from
    the question itself, past a clause that only sets the scene (``_SCENE``)."""
    text = _SCENE.sub("", _first_word_fixed(question), count=1)
    for pattern, answer_type in _RULES:
        if pattern.search(text):
            return answer_type
    if _FRAGMENTS.search(text):
        return NUMBER
    trailing = _TRAILING.search(text)
    return _TRAILING_TYPES.get(trailing.group(1), NUMBER) if trailing else None


@lru_cache(maxsize=16384)
def names_in(sentence: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Capitalised names in a sentence past its first word, each with its words (cached:
    the same candidate sentences come back question after question)."""
    found = ((m.group(), frozenset(words(m.group()))) for m in NAME.finditer(sentence)
             if m.start() > 0)
    return tuple((name, name_words) for name, name_words in found if name_words)


@lru_cache(maxsize=16384)
def _mentions(answer_type: str, sentence: str) -> tuple[str, ...]:
    """The dates, or the counts, a sentence mentions, folded (cached as ``_names``)."""
    if answer_type == DATE:
        return tuple(fold(m.group()) for m in _DATE_RE.finditer(sentence))
    return tuple(fold(m.group()) for m in _NUMBER_RE.finditer(sentence)
                 if is_count(m.group(), sentence, m.start()))


def _new_names(sentence: str, known: set[str]) -> list[str]:
    """Capitalised names in a sentence, past its first word, that the question lacks."""
    return [name for name, name_words in names_in(sentence) if not name_words <= known]


_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_DAY_OR_YEAR = re.compile(rf"^(?:1[0-9]{{3}}|20[0-9]{{2}})$|^(?:{_MONTHS})$", re.IGNORECASE)


def is_count(number: str, sentence: str, start: int) -> bool:
    """False for numbers that are parts of dates (a year, a day next to a month name) and
    for ordinals ("the 5th session" counts nothing)."""
    if _DAY_OR_YEAR.match(number) or _ORDINAL.match(sentence, start + len(number)):
        return False
    around = sentence[max(0, start - 12): start + len(number) + 12]
    return not (number.isdigit() and len(number) <= 2 and re.search(
        rf"\b(?:{_MONTHS})\b", around, re.IGNORECASE))


def offers(answer_type: str | None, sentence: str, question_words: set[str]) -> float:
    """How well a sentence offers the wanted answer type: 1 yes, 0 no (0 when untyped)."""
    if answer_type is None:
        return 0.0
    if answer_type in (DATE, NUMBER):
        return 1.0 if any(m not in question_words
                          for m in _mentions(answer_type, sentence)) else 0.0
    names = _new_names(sentence, question_words)
    if not names:
        return 0.0
    if answer_type == PLACE:
        known_place = any(w in PLACES for n in names for w in words(n) if w not in question_words)
        return 1.0 if known_place or _PLACE_CUE.search(sentence) else 0.5
    if answer_type == PERSON:
        people = [m.group() for n in names for m in PERSON_NAME.finditer(n)]
        people = [p for p in people if not any(w in PLACES for w in words(p))]
        return 1.0 if people or TITLE.search(sentence) else 0.5
    return 1.0


# people (or bodies) a sentence may name without a capital: "the monks", "officials", "he",
# "the embassy"
_SOMEONE = re.compile(
    r"\b(?:he|she|they|him|her|them|his|whom|people|persons?|m[ae]n|wom[ae]n|children|"
    r"famil(?:y|ies)|kings?|queens?|lords?|chairs?|heads?|leaders?|members?|officials?|staff|"
    r"government|side|parties|delegations?|team|group|body|council|committees?|"
    r"embass(?:y|ies)|ministr(?:y|ies)|agenc(?:y|ies)|department|office|administration|"
    r"parliament|congress|compan(?:y|ies)|firms?|banks?|universit(?:y|ies)|army|court|"
    r"\w+(?:ists?|ians?|ers|ors|ants|ents|ives))\b", re.IGNORECASE)
_AGENT = re.compile(r"\bby\s+(?!\d)", re.IGNORECASE)  # "… by the dukes"
_LOCATED = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?$", re.IGNORECASE)  # "in Samarkand"
_CALENDAR = re.compile(rf"^(?:{_MONTHS}|monday|tuesday|wednesday|thursday|friday|saturday|"
                       r"sunday)$")


def names_someone(sentence: str, question_words: set[str]) -> bool:
    """True unless a sentence tells when and where something happened and not who: it
    gives a date, and its names past its first word are only calendar words and where it
    happened ("in Samarkand", "at the Embassy"; "with help from Lakeland" may name the doer), and
    it has no word for people ("officials", "he") nor an agent ("by the dukes"). A name's
    word the question has in another form ("Consulate" of "consul") is not new, nor a
    place that only qualifies the rest of a name ("the U.S. Consulate General"). Who is
    said in too many plain words ("paid professionals", "all age groups") to read a
    sentence without a date as naming no one."""
    if not _DATE_RE.search(sentence) or _SOMEONE.search(sentence) or _AGENT.search(sentence):
        return True
    asked = {stem(w) for w in question_words}
    for m in NAME.finditer(sentence):  # a sentence's first word is capitalised anyway
        opening = not sentence[:m.start()].strip(" \"'“‘([")  # after an opening quote too
        named = words(m.group())[1 if opening else 0:]
        new = {w for w in named if stem(w) not in asked  # "Consulate" of "consul"
               and not (w in PLACES and len(named) > 1)}  # "the U.S. Consulate"
        located = _LOCATED.search(sentence[max(0, m.start() - 10):m.start()])
        if not located and any(not _CALENDAR.match(w) for w in new):
            return True
    return False


# bodies a sentence may name in lower case: "the customs authorities", "officials"
_BODY = re.compile(
    r"\b(?:authorit(?:y|ies)|officials?|government|ministr(?:y|ies)|agenc(?:y|ies)|"
    r"committees?|councils?|commissions?|parliament|administration|department|"
    r"delegations?|bank|court|police|army|board)\b", re.IGNORECASE)


def names_a_body(sentence: str, question_words: set[str]) -> bool:
    """True when a sentence names a body in a common noun ("according to the customs
    authorities") that the question does not: for "who …?" a lesser offer than a name."""
    return any(m.group().lower() not in question_words and stem(m.group().lower())
               not in {stem(w) for w in question_words} for m in _BODY.finditer(sentence))
