"""Places in an order a sentence gives without writing the question's ordinal.

``constraints`` declines an answer about another place in an order than the one asked
("the 5th session" against "the first session"). English often gives the asked place
in other words, and such a sentence does answer:

- a rank after those before it: "X is the third largest city, after Y and Z" tells
  that Y is the largest and Z the second: an ordinal below the sentence's, of the same
  kind, is met when the sentence lists every place before its own (two before a third);
- "the first … since": "this was the first rainy final since 1990" tells which final
  was "the last rainy one before this one" (asked with "before");
- the asked relative word in another form: "the previous chairs" for "the prior chairs"
  ("previous", "prior", "preceding" say one thing), before a word of the kind;
- the first of a pair told in order: a passage telling "one of them stayed … the second
  sailed on" (or "founded a fort … a second voyage") tells the first in the sentence
  before its only other place, "second": asked "the first", that sentence answers,
  unless it speaks of the present ("the current chair"; "present-day X" is a place).

A sentence about another place that gives none of these is still no answer: "the third
largest city, after Y" (one before, not two) does not say which is second, and "the
current chair" does not say who was the first. General rules of English ordinals.
"""

from __future__ import annotations

import re

from bot.language.text import terms

_PLACES = {word: place for place, word in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth".split(), start=1)}
_NUMBERED = re.compile(r"\b(?:(\d+)(?:st|nd|rd|th)|(" + "|".join(_PLACES) + r"))\b",
                       re.IGNORECASE)
# the places before a rank: "after Y and Z", "behind Y, Z and W", "(after Y and Z)"
_BEFORE = re.compile(r"\W+(?:after|behind|following|trailing)\s+([^.;:)]+)", re.IGNORECASE)
_ITEM_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+(?:and|&)\s+")
_RELATIVES = ("previous", "prior", "preceding")
_SINCE = re.compile(r"\bfirst\b((?:\W+[\w-]+){0,8}?)\W+since\b", re.IGNORECASE)
_OTHER = re.compile(r"\b(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|latest|"
                    r"earliest|\d+(?:st|nd|rd|th))\b", re.IGNORECASE)
_SECOND = re.compile(r"\b(?:second|2nd)\b", re.IGNORECASE)
# the present, against "the first" ("the current chair"; "present-day Ohio" names a place)
_NOW = re.compile(r"\b(?:since|current|currently|now|present(?![- ]day)|presently|incumbent|"
                  r"today)\b", re.IGNORECASE)


def _place(match: re.Match[str]) -> int:
    """A numbered ordinal's place: "3rd" and "third" are 3."""
    return int(match.group(1)) if match.group(1) else _PLACES[match.group(2).lower()]


def _wanted_place(wanted: str) -> int:
    """The asked ordinal's place, 0 when it numbers none ("last", "next")."""
    found = _NUMBERED.fullmatch(wanted)
    return _place(found) if found else 0


def listed_before(wanted: str, kind: frozenset[str], sentence: str) -> bool:
    """True when the sentence ranks something of ``kind`` at a place after the asked one
    and lists every place before its own: "the third largest city, after Y and Z"
    answers "the second largest city" (module docstring)."""
    asked = _wanted_place(wanted)
    for rank in _NUMBERED.finditer(sentence) if asked else ():
        place = _place(rank)
        own = re.match(r"((?:[\s-]+[\w-]+){0,8}?)" + _BEFORE.pattern, sentence[rank.end():],
                       re.IGNORECASE)
        if (own and place > asked and kind & set(terms(own.group(1)))
                and len(_ITEM_SPLIT.split(own.group(2).strip())) == place - 1):
            return True
    return False


def _first_since(wanted: str, kind: frozenset[str], sentence: str, question: str) -> bool:
    """True when "the last … before" is asked of a sentence telling "the first … since"."""
    if wanted not in ("last", "latest") or not re.search(r"\bbefore\b", question, re.I):
        return False
    return any(kind & set(terms(m.group(1))) for m in _SINCE.finditer(sentence))


def _relative_said(wanted: str, kind: frozenset[str], sentence: str) -> bool:
    """True when a relative word of the asked one's sense qualifies a word of its kind."""
    return wanted in _RELATIVES and any(
        kind & set(terms(m.group())) for m in re.finditer(
            r"\b(?:" + "|".join(_RELATIVES) + r")\b(?:\W+[\w-]+){0,3}", sentence, re.I))


def _first_of_two(wanted: str, sentence: str, passage: str) -> bool:
    """True when "the first" is asked of a sentence its passage follows with the only
    other place it names, "second": the one told before the second is the first."""
    start = passage.find(sentence[:60])
    if wanted != "first" or start < 0 or _OTHER.search(passage) or _NOW.search(sentence):
        return False
    seconds = [m.start() for m in _SECOND.finditer(passage)]
    return bool(seconds) and min(seconds) >= start + len(sentence[:60])


def implied_order(wanted: str, kind: frozenset[str], sentence: str, passage: str,
                  question: str) -> bool:
    """True when the sentence gives the asked place in the order in other words (module
    docstring)."""
    return (listed_before(wanted, kind, sentence)
            or _first_since(wanted, kind, sentence, question)
            or _relative_said(wanted, kind, sentence)
            or _first_of_two(wanted, sentence, passage))
