"""A formal title's words name no one and no place: "the Agreement between the Government of
Kazakhstan and … on Air Navigation Fees was signed on 12 January".

A question about an agreement, a protocol or a convention asks of the thing its title
names, and the title's words are its parties and its subject, not who signed it or where:
"who signed the air navigation agreement?" is not answered by the governments in the
title, nor "where was it signed?" by the countries in it. So, when the question names a
title's head noun ("agreement", "protocol", "treaty" …), the checks for a name and for a
place read the sentence with each such title cut to its head word (``untitled``): a
capitalised head noun and the run after it of capitalised words and the small words that
join them ("between", "of", "on", "for", "in", "the" …), with the abbreviation it
introduces ("(FATCA)"); a title the question names by its abbreviation ("the MLAT") is
read as that abbreviation, whatever its head. A place inside a title is only dropped,
never made up: a sentence that names no place outside its titles gives none ("a place",
``placeless``; a title named "of" a place, "the Treaty of Paris", keeps it: that is its
venue), and one that says "was signed in Astana" still does; a city asked is named after
"in", "at" or "near", and is no country ("Kazakhstan ratified …" names none). General
English, not fitted to any question set.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.answering.nearmiss.shared import JOINED
from bot.language.answer_type import PLACE, offers
from bot.language.places import COUNTRY_WORDS, US_STATES
from bot.language.text import stem, words

_HEADS = ("agreement", "protocol", "convention", "treaty", "memorandum", "declaration",
          "statement", "charter", "accord", "act", "programme", "program", "roadmap")
_HEAD_STEMS = frozenset(map(stem, _HEADS))
_LINK = r"(?:of|on|the|and|between|for|in|with|to|through|an?|concerning|regarding)"
_CAPITAL = r"[A-Z][\w'.&-]*"
_TITLE = re.compile(rf"\b({'|'.join(h.capitalize() for h in _HEADS)})\b"
                    rf"(?:\s+(?:{_LINK}\s+)*{_CAPITAL})*(?:\s+\([A-Z][\w+&-]*\))?")
# "the Treaty *of Paris*": a title named after a place is named after its venue
_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
# a city asked: "which city", "in what town"
_CITY = re.compile(r"\b(?:city|town)\b", re.IGNORECASE)
# a capitalised word after "in", "at" or "near": where something was done ("in Astana")
_AT = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?([A-Z][\w'-]*)")
_WIDE = COUNTRY_WORDS | frozenset(US_STATES) | {"the", "u", "s"}
# a place asked of a deed: "where was it signed", "in which city was … held" (not
# "which country is the protocol about?", which the title may well answer)
_WHERE = re.compile(r"\s*(?:where|(?:in|at)\s+(?:which|what)\s+(?:city|town|place|country)|"
                    r"(?:which|what)\s+(?:city|town|place|country))\b.*\b(?:signed|held|"
                    r"adopted|ratified|concluded|approved|initial(?:l)?ed|agreed|announced|"
                    r"launched|presented|made|reached|sealed|inked)\b", re.IGNORECASE)
# a title and the abbreviation it introduces: "the Agreement on … Tax Discipline (FATCA)",
# "an Agreement on mutual legal assistance … (MLAT)"
_ABBREVIATED = re.compile(r"[A-Z][\w'-]*(?:\s+[\w'-]+){0,12}?\s+\(([A-Z][\w+&-]+)\)")


@lru_cache(maxsize=4096)  # read once per title a question's answer holds
def _heads_asked(question: str) -> frozenset[str]:
    """The title head nouns the question names, as stems ("agreements" → "agreement")."""
    return frozenset({stem(w) for w in words(question)} & _HEAD_STEMS)


def untitled(sentence: str, question: str, venue: bool = False) -> str:
    """The sentence with each title whose head noun the question names cut to that head
    word (module docstring), and each title the question names by its abbreviation
    ("who signed the MLAT?") written as that abbreviation."""
    named = set(words(question))
    sentence = _ABBREVIATED.sub(lambda m: m.group(1) if m.group(1).lower() in named
                                else m.group(), sentence)
    asked = _heads_asked(question)
    if not asked:
        return sentence
    return _TITLE.sub(lambda m: m.group(1) if stem(m.group(1).lower()) in asked and not (
        venue and _OF_PLACE.match(sentence, m.end(1))) else m.group(),
                      sentence)


def placeless(question: str, text: str) -> list[str]:
    """["a place"] when the question asks where a titled thing was done and the answer's
    sentences about it name places only inside titles (module docstring)."""
    asked = _heads_asked(question)
    if not asked or not _WHERE.match(question):
        return []
    own = set(words(question)) - {"city", "cities", "town", "towns"}  # any place, first
    about = [s for s in JOINED.split(text) if asked & {stem(w) for w in words(s)}]
    if not about or not any(offers(PLACE, s, own) >= 1 for s in about):
        return []
    plain = [untitled(s, question, venue=True) for s in about]
    if _CITY.search(question):  # a country is no city: "Kazakhstan ratified …"
        given = any(m.group(1).lower() not in _WIDE for s in plain for m in _AT.finditer(s))
        return [] if given else ["a city"]
    return [] if any(offers(PLACE, s, own) >= 1 for s in plain) else ["a place"]
