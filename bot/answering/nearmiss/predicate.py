"""What a question says was done, when the answer's passage tells neither the deed nor its thing.

"When did Kazakhstan *open a consulate* in San Francisco?" of a passage on a prime
minister's trip to San Francisco; "when did they *ratify the Convention* on Human
Rights?" of a passage on a dialogue on human rights: the passage shares the question's
subject and its place, and says nothing of what the question says happened. The deed is
a verb and the thing it was done to: the word before an article (or "its", "their",
"his", "her") after the question's helping verb, and the head of the noun phrase that
article opens (the last of one to four words before a stop word or the end: "the
nuclear non-proliferation treaty"). A right answer's passage names one of the two
nearly always (the deed by another word, "reached" of "amounted", or the thing); a
near-domain question's passage names neither.

Read only in a question that opens with a question word and has a helping verb among its
next three words ("when did X open a …", "which firms have left the …"), for English
(or WordNet's: "ratify") words longer than three letters (the deed: than two), none a
stop word or a place; a word counts as said by stem in the passage, a WordNet synonym
there (not its wider kin: "market" is kin of "shop", "meeting" of "convention") or a word
of the answer near in meaning (``scope``'s ``SAID_OTHERWISE``). Light verbs ("make",
"play", "get") and "-ing" forms are no deed. General rules of English, not fitted to
any question set.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Set

from bot.answering.nearmiss.events import stages
from bot.language.dates import YEAR
from bot.language.places import GAZETTEER
from bot.language.spelling import english_words
from bot.language.text import STOP_WORDS, stem, words
from bot.language.thesaurus import related, similarity, synonyms

# a question word first, and a helping verb among the next three words
_ASKING = re.compile(r"^\W*(?:in\s+)?(?:when|where|what|which)\b", re.IGNORECASE)
# when a thing was done, in the passive, its past participle last: "when was the field
# (first) discovered?", "in what year were the mines sold"
_WHEN_DONE = re.compile(r"^\W*(?:when|(?:in\s+)?(?:what|which)\s+(?:year|month|date|day))\s+"
                        r"(?:was|were)\s+(?:[\w'-]+\s+){1,6}?(?:(?:first|initially|originally|"
                        r"actually|officially)\s+)?([a-z]+ed)\W*$", re.IGNORECASE)
# a noun of another event right before a date: "the announcement in July 2016"
_EVENT_BEFORE = re.compile(r"\b(?:announcement|statement|visit|meeting|conference|summit|talks|"
                           r"report|decision|speech|interview|ceremony|session|forum|call|"
                           r"conversation|election|launch|opening)\b(?:\W+\w+){0,3}\W*$",
                           re.IGNORECASE)
_HELPING = frozenset("did does do has have had will".split())
# what opens the noun phrase of the thing done
_OPENERS = frozenset("a an the its their his her".split())
# verbs that say little of the deed on their own ("make an inquiry", "play a role",
# "think the cause is", "contained data"): the thing says it, and a passage tells it in
# other words
_LIGHT = frozenset("""be become get got give gave given make made take took taken have do
    play played put keep kept hold held go come let seem think believe know say use call contained
    included involved featured required needed used called named considered described""".split())
# words of quantity or kind whose phrase names its thing after "of" ("the group of nuns")
_QUANTITIES = frozenset("""group groups number numbers kind kinds type types sort sorts set
    sets lot lots pair couple series part parts piece pieces amount amounts bunch range
    variety majority rest members member team crowd body share half""".split())
# particles of a phrasal verb ("give up", "set up", "pull out")
_PARTICLES = frozenset("up down out off over away back".split())
# a word of the answer this near in meaning says a word otherwise (as ``scope`` reads)
_SAID_OTHERWISE = 0.6


def _phrase_head(said: list[str], i: int) -> str | None:
    """The head of the noun phrase opening after ``said[i]``: the last of one to four
    words before a stop word or the end, none of them a stop word."""
    return next((said[i + n] for n in (1, 2, 3, 4) if i + n + 1 < len(said)
                 and (said[i + n + 1] in STOP_WORDS or said[i + n + 1] == ".")
                 and not set(said[i + 1: i + n + 1]) & STOP_WORDS), None)


def deeds(question: str) -> Iterator[tuple[str, tuple[str, ...]]]:
    """(verb, heads) of the question's deed: the first article-opened noun phrase after
    its helping verb (and a subject of up to four words), and the word before that
    article (with a particle, the two: "give up its weapons" → "give up"): "when did X
    open a consulate in …" → ("open", ("consulate",)). The heads are the phrase's head
    and, when it is a word of quantity or kind and "of" follows it, the next phrase's
    ("the group of nuns": "nuns" too; "its first shipment of uranium": only "shipment"). A
    verb after "to" is a purpose ("use X to back up his opinion"), not the deed."""
    said = [*words(question), "."]
    helping = next((h for h in (1, 2, 3) if h < len(said) and said[h] in _HELPING), None)
    if helping is None:
        yield from _subject_deed(said)
        return
    for i in range(helping + 2, min(helping + 7, len(said))):
        if said[i] not in _OPENERS:
            continue
        particle = said[i - 1] in _PARTICLES
        verb = " ".join(said[i - 1 - particle: i])
        head = _phrase_head(said, i)
        if i - 1 - particle <= helping or head is None or said[i - 2 - particle] == "to":
            return
        after = said.index(head, i) + 1
        more = _phrase_head(said, after) if head in _QUANTITIES and said[after] == "of" else None
        yield verb, (head,) if more is None else (head, more)
        return


def _subject_deed(said: list[str]) -> Iterator[tuple[str, tuple[str, ...]]]:
    """The deed of a "which/what <thing> <verb>ed <object>" question, whose thing asked
    is its subject ("which countries donated money to …" → ("donated", ("money",))):
    the first past form ("-ed", five letters or more) one or two words after the
    question word, and the head of the phrase after it (past an article)."""
    if said[0] not in ("which", "what"):
        return
    i = next((i for i in (2, 3) if i < len(said) - 1 and said[i].endswith("ed")
              and len(said[i]) > 4 and not set(said[1:i]) & STOP_WORDS), None)
    if i is None:
        return
    head = _phrase_head(said, i + (said[i + 1] in _OPENERS))
    if head is not None:
        yield said[i], (head,)


def untold_deed(question: str, text: str, passage: str, passage_terms: Set[str]) -> list[str]:
    """"“open … consulate”" for the question's deed (``deeds``) when the answer's passage
    (``passage_terms``, stems) names neither its verb nor any of its heads by stem, nor by
    a WordNet synonym (``_synonym_in``), nor by a word of the answer ``text`` near in
    meaning; a verb of a stage of a thing's life (``events.stages``: "open" is a start,
    "set up" too) is said by any word of that stage in the ``passage`` ("established").
    Asked when a thing was done, in the passive ("when was the field discovered?"), the
    deed alone must be told when every date the answer gives is another event's ("the
    announcement in July 2016 that the field …"): a date next to the thing itself ("the
    Teaching Act 2001") may well be the deed's."""
    if not passage_terms or not _ASKING.match(question):
        return []
    told = frozenset(t for t in words(text) if t.isalpha() and t not in STOP_WORDS)
    done = _WHEN_DONE.match(question)
    if done and _plain(done.group(1), 5) and done.group(1) not in _LIGHT:
        return [] if _deed_said(done.group(1), told, passage, passage_terms) or not (
            _dated_otherwise(text)) else [f"when it was {done.group(1)}"]
    return [f"“{verb} … {heads[0]}”" for verb, heads in deeds(question)
            if (" " in verb or (_plain(verb, 3) and verb not in _LIGHT))
            and not verb.endswith("ing") and _plain(heads[0], 4)
            and not _deed_said(verb, told, passage, passage_terms)
            and not any(_said(h, told, passage_terms) for h in heads)]


def _dated_otherwise(text: str) -> bool:
    """True when the text gives dates and each one is an event's that a noun names just
    before it ("the announcement in July 2016", "a visit on 3 May 2019")."""
    dates = list(YEAR.finditer(text))
    return bool(dates) and all(_EVENT_BEFORE.search(text[max(0, m.start() - 40):m.start()])
                               for m in dates)


def _said(word: str, told: Set[str], passage_terms: Set[str]) -> bool:
    """Whether the passage says a word: by stem, a WordNet synonym, or a word ``told`` in
    the answer near in meaning."""
    return (stem(word) in passage_terms or _synonym_in(word, passage_terms)
            or any(similarity(word, t) >= _SAID_OTHERWISE for t in told))


def _deed_said(verb: str, told: Set[str], passage: str, passage_terms: Set[str]) -> bool:
    """Whether the passage says a deed: its verb (``_said``), or a stage of a thing's life
    the verb is one of, by any word of that stage."""
    first, *particle = verb.split()  # the passage's stages read only for a deed asked
    return _said(first, told, passage_terms) or bool(
        stages(verb if particle else f"{verb} {verb}s") & stages(passage))


def _plain(word: str, shortest: int) -> bool:
    """An English word (or WordNet's: "ratify") of ``shortest`` letters or more, no stop
    word, no place."""
    return ((word in english_words() or bool(related(word))) and len(word) >= shortest
            and word not in STOP_WORDS and word not in GAZETTEER)


def _synonym_in(word: str, passage_terms: Set[str]) -> bool:
    """True when the passage names a WordNet synonym of a word (by an entry's head): its
    wider kin say too much ("start" is kin of "open", and "start-ups" no opening)."""
    return any(stem(s) in passage_terms for s in synonyms(word))
