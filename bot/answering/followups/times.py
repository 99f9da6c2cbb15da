"""A bare other time as a follow-up: "and in 2018?", "what about 2016?", "and in August?",
"2016 then?", "and up to 2016?"
asks the last question that named a time again of that time, and when the document lacks
it says so plainly with what it has (a near miss), rather than finding an unrelated
sentence of that year. General English patterns, not drawn from any question set."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.answering.followups.followup import repeats
from bot.language.dates import MONTHS
from bot.language.places import PLACES
from bot.language.text import words
from bot.reading.sentences import split_spans
from bot.reply import Reply

# A bare other time: "and in 2018?", "what about 2016?", "2015?", "and in August?",
# "how about March 2016?", "same question for 2018".
_OPENING = (r"^\W*(?:(?:and|what about|how about|but|or)\s+)?(?:(?:the\s+)?same(?:\s+(?:question|"
            r"thing))?\s+)?")
_ANOTHER_TIME = re.compile(
    rf"{_OPENING}(?:(?P<bound>up to|until|till|through|by)\s+|(?:in|for|during|on)\s+)?"
    rf"(?=\w)(?P<month>{'|'.join(MONTHS)})?\s*(?P<year>(?:1[89]|20)\d\d)?"
    r"(?:\W+(?:then|instead|too|as well|please))?\W*$", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_MONTH = re.compile(rf"\b(?:{'|'.join(MONTHS)})\b", re.IGNORECASE)
# How many of the last questions a bare other time looks back over for the one that named
# a time: "how much was exported in 2017?", "and imports?", "what about 2018?".
TIME_FRAME_TURNS = 3


# The most words of a question in between that a bare other time looks back past ("and
# imports?"): a longer one is a new question, whose time is its own.
ELLIPSIS_WORDS = 4


def _frame(asked: list[str], kind: re.Pattern[str]) -> str | None:
    """The latest of the ``asked`` questions that names a time of ``kind``, looking back
    past short ellipses only ("and imports?"); None when there is none."""
    for question in reversed(asked):
        if kind.search(question):
            return question
        if len(question.split()) > ELLIPSIS_WORDS:
            return None
    return None


def at_time(message: str, asked: list[str]) -> str | None:
    """The question a bare other time ("and in 2018?", "and in August?") asks: the latest
    of the last ``TIME_FRAME_TURNS`` ``asked`` questions that named a time of that kind
    (past short ellipses only: ``_frame``), with the new time in its stead ("when did A
    talk to B in 2017?" → "… in 2018?"; "what happened in June 2017?", "and in August?"
    → "… in August 2017?"; "and up to 2018?" → "… up to 2018?"); with none, the last
    question with the time added. None for any other message."""
    match = _ANOTHER_TIME.match(message)
    if match is None or not (match["month"] or match["year"]) or not asked:
        return None
    month, year = match["month"], match["year"]
    kind = _MONTH if month and not year else _YEAR
    frame = _frame(asked[-TIME_FRAME_TURNS:], kind)
    if frame is None:
        return f"{asked[-1].rstrip(' ?!.')} in {' '.join(filter(None, (month, year)))}?"
    frame = frame.rstrip(" ?!.")
    if month and year:  # "March 2016": drop the frame's month, name both in its year's stead
        frame = _MONTH.sub("", frame) if _YEAR.search(frame) else _MONTH.sub(month, frame)
        again = f"{_YEAR.sub(f'{month} {year}', frame, count=1)}?"
    else:
        again = f"{kind.sub(month or year or '', frame, count=1)}?"
    if match["bound"] and year:  # "and up to 2017?" asks up to it, not in it
        again = re.sub(rf"\b(?:in|for|during)\s+(?=(?:\w+\s+)?{year}\b)",
                       f"{match['bound'].lower()} ", again, count=1)
    return again


# A bare other place: "and in New York?", "what about at Harvard?", "same question for Oslo".
_ANOTHER_PLACE = re.compile(rf"{_OPENING}(?:in|at|for)\s+(?:the\s+)?(?P<place>[\w.' -]+?)\W*$",
                            re.IGNORECASE)
# A place a question names after "in", "at" or "to": one to three words.
_PLACED = re.compile(r"\b(?:in|at|to)\s+(?:the\s+)?((?:[\w.'-]+\s+){0,2}[\w.'-]+)", re.IGNORECASE)
# The most words a bare other place may have, and characters its message (which bounds
# the pattern's backtracking on a long message of spaces and dashes).
PLACE_WORDS = 3
_PLACE_CHARS = 80


def at_place(message: str, last_question: str, is_place: Callable[[str], bool]) -> str | None:
    """The question a bare other place ("and in New York?") asks: the last question with
    that place in the stead of the place it named after "in", "at" or "to" ("which meeting
    was held in Washington?" → "… in New York?"), or with "in" the place added; a place is
    up to ``PLACE_WORDS`` words, one of which ``is_place`` (a country or city the document
    or a general list names). None for any other message."""
    match = _ANOTHER_PLACE.match(message) if len(message) <= _PLACE_CHARS else None
    place = match["place"] if match else ""
    is_place = _or_listed(is_place)
    if not place or len(place.split()) > PLACE_WORDS or not any(
            is_place(w) for w in words(place)) or _YEAR.search(place) or _MONTH.search(place):
        return None
    before = last_question.rstrip(" ?!.")
    for found in _PLACED.finditer(before):
        named = words(found.group(1))
        while named and not is_place(named[-1]):  # "in Almaty in December": the place only
            named.pop()
        if named:
            end = found.start(1) + len(" ".join(found.group(1).split()[:len(named)]))
            return f"{before[:found.start(1)]}{place}{before[end:]}?"
    return f"{before} in {place}?"


def _or_listed(is_place: Callable[[str], bool]) -> Callable[[str], bool]:
    """A word ``is_place`` names as a place, or one of the general list of places."""
    return lambda word: word in PLACES or is_place(word)


def replaced(respond: Callable[[str], Reply], message: str, follows: tuple[str, str],
             is_place: Callable[[str], bool]) -> Reply | None:
    """The reply to a bare other place after the last turn (``follows``: its question and
    answer), asked as ``at_place`` reads it, when that gets an answer other than the last
    one; None otherwise (then it is read as a follow-up)."""
    question = at_place(message, follows[0], is_place)
    if question is None:
        return None
    reply = respond(question)
    if reply.kind != "answer" or any(repeats(reply.text[a:b], follows[1])
                                     for a, b in split_spans(reply.text)):
        return None
    return reply


def retimed(respond: Callable[[str], Reply], message: str, follows: tuple[str, str],
            asked: list[str]) -> Reply | None:
    """The reply to a bare other time ("and in 2018?") after the last questions ``asked``
    (``at_time``), when that gets an answer other than the last one (of ``follows``: the
    last question and its answer), or says plainly the document doesn't give that time
    and what it has instead (a near miss: "The document doesn't give 2018 for that. The
    nearest it has …"); None otherwise (then it is read as a follow-up)."""
    question = at_time(message, asked or [follows[0]])
    if question is None:
        return None
    reply = respond(question)
    if reply.kind != "answer":
        return reply if reply.explanation.unmet and reply.sources else None
    if any(repeats(reply.text[a:b], follows[1]) for a, b in split_spans(reply.text)):
        return None
    return reply
