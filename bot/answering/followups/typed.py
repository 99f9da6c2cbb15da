"""A follow-up that asks the last answer for a kind of thing (``typed_within``).

The typed half of ``bot.answering.followups.within``: whether the part of the last
answer that answered offers the kind of thing a follow-up asks for (a person, a date, a
number, a place) more surely than the follow-up's own answer does, or as surely when
the follow-up asks it of the last answer anyway (``asks_of_it``). Those rules, with
their examples, are in the docstrings below.
"""

from __future__ import annotations

import re

from bot.answering.followups.follow_words import asks_else, points
from bot.answering.followups.roles import names_surely
from bot.language.answer_type import DATE, NUMBER, PERSON, names_someone, offers
from bot.language.continuation import continues_previous
from bot.language.dates import MONTHS
from bot.language.text import words
from bot.reading.sentences import split_spans

# A date, as exact as the text gives it: "September 11, 2017", "11 May", "May 2017", "2017".
_MONTH = "|".join(MONTHS)
DATE_SAID = re.compile(rf"\b(?:(?:{_MONTH})\s+\d{{1,2}}(?:[-–]\d{{1,2}})?(?:,?\s+\d{{4}})?|"
                       rf"\d{{1,2}}(?:[-–]\d{{1,2}})?\s+(?:{_MONTH})(?:,?\s+\d{{4}})?|"
                       rf"(?:{_MONTH})\s+\d{{4}}|\d{{4}})\b", re.IGNORECASE)

# A length of time asked, and one a sentence gives by its start: "since 2019", "since the
# beginning of 2017".
_HOW_LONG = re.compile(r"\bhow long\b", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\b[^.;]{0,30}?\b\d{4}\b", re.IGNORECASE)
# At most this many words make a fragment that can only ask about the last turn
# ("which day exactly?", "the date?").
FRAGMENT_WORDS = 4
# An ellipsis that asks the last question of another member ("and the 4th?").
ANOTHER = re.compile(r"^\W*(?:and|what about|how about|but|or|whereas)\b", re.IGNORECASE)
# At most this many words of its own leave a question an implicit follow-up ("how many days
# can they stay?" after the visa-free regime).
IMPLICIT_NEW = 1


def typed_within(kind: str, question: str, last: tuple[set[str], str, str],
                 found: str | None, own: tuple[int, bool, bool]) -> str | None:
    """``answer_within`` for a question that asks for a ``kind`` of thing: the last
    answer's ``part`` when it offers one besides what was ``named`` before, more surely
    than ``found`` does, or as surely when the question asks it of the last answer anyway
    (``asks_of_it``; ``own``: its new words, and whether ``found`` is from another
    passage): "who's first?" after "X is the second investor after Y" offers a country
    for "who" as weakly as a sentence elsewhere on "first meetings", and asks of the
    last answer. A "who…?" whose own answer, of the same passage, names no one surely
    (``roles.names_surely``) is offered its answer less surely than by a part that does
    ("who did he meet?" after "… headed by A, a meeting was held with B", not the next
    sentence's "Joint Statement … signed at the meeting"). When the part offers a
    person only weakly (a name that may be no person) and another sentence of its
    ``passage`` that goes on about what came before surely does ("Its chair is Ann
    Ray"), that sentence answers a question that found nothing of its own (the first
    such after the part, else before it), and nothing else does. A "how long…?" is
    offered its answer by a start in time ("since 2019"); a "who…?" nothing by a part that
    tells only when and where (``answer_type.names_someone``)."""
    named, part, passage = last
    offered = _offered(kind, question, part, named)
    if offered < 1 and kind == PERSON:
        nearby = [passage[a:b] for a, b in split_spans(passage)
                  if passage[a:b] not in part and continues_previous(passage[a:b])
                  and offers(kind, passage[a:b], named) >= 1]
        if nearby:
            after = [n for n in nearby if passage.find(n) > passage.find(part)]
            return (after or nearby)[0] if found is None else None
    if offered < (1.0 if kind == NUMBER else 0.5):
        return None
    got = offers(kind, found, set(words(question))) if found is not None else 0.0
    if kind == PERSON and got >= 1 and not own[1] and names_surely(part, named) and not (
            names_surely(found or "", named)):  # a name for "who…?", not a "Joint Statement"
        got = 0.5
    if found is None or got < min(offered, 1) or (got <= offered and asks_of_it(question, *own)):
        return part
    return None


def _offered(kind: str, question: str, part: str, named: set[str]) -> float:
    """How surely the last answer's ``part`` offers the ``kind`` asked, beyond the words
    already ``named``: a start in time answers "how long"; a part that tells only when and
    where names no one ("launched … in Samarkand")."""
    if kind == DATE:
        return float(any(not set(words(m.group())) <= named for m in DATE_SAID.finditer(part)))
    if kind == NUMBER and _HOW_LONG.search(question) and _SINCE.search(part):
        return 1.0  # "how long has he held it?" after "Since 2019 X is …"
    if kind == PERSON and not names_someone(part, named):
        return 0.0
    return offers(kind, part, named)


def asks_of_it(question: str, new: int, elsewhere: bool, bare: bool = False) -> bool:
    """True when a typed follow-up whose own answer offers the kind it asks still asks it
    of the last answer: "who else…?" when that answer names another one (its own answer
    is about someone else's doings), and a fragment that names nothing of its own ("who
    attended?", ``new`` words of its own at most ``IMPLICIT_NEW``) answered from another
    passage: it asks about the last answer's event, not one it happens to fit (so does a
    question that points back with one word of its own: "what year was it adopted?"
    after "… ratified the Convention of 1933"); and one
    that names nothing the document knows beyond the last turn's words (``bare``: "for
    how long are the visas valid?"). An ellipsis ("and the 4th?") asks of another member,
    in the last answer when that is "the other" one it offers ("and the other leader?")."""
    if ANOTHER.match(question):
        return asks_else(question) or "the other " in question.lower()
    return asks_else(question) or bare or (elsewhere and new <= IMPLICIT_NEW and (
        len(words(question)) <= FRAGMENT_WORDS or points(question)))


def points_here(question: str, part: str, pointed: bool, new: int) -> bool:
    """True when a question whose "there" was read as the last answer's place
    (``pointed``) asks of that answer's ``part``: it has at most ``IMPLICIT_NEW`` words
    of its own (``new``) and names no time the part lacks ("who represented them there?",
    not "who went to the one there in 2019?"). Answered from another passage, it asks of
    the last answer as one that names nothing new does (``asks_of_it``'s ``bare``)."""
    return pointed and new <= IMPLICIT_NEW and not any(
        not set(words(m.group())) <= set(words(part)) for m in DATE_SAID.finditer(question))
