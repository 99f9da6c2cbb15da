"""Checks of a follow-up's reply against the last answer.

``now_untold``: the present asked of a past event ("who is it now?") is declined.

``dated_back``: a "when was that?" follow-up answered from the dated sentence of the last
answer.

A glued answer ("The visit … took place on May 9-10. During the meetings, … were
discussed.") may lean its follow-ups on the sentence that answered (the discussion), not
on the one before it that dates the event. "When was that?" read with that sentence alone
gets back a sentence with no date. When a pointing follow-up asks for a date, its reply
is a sentence of the last answer that gives none, and another sentence of that answer
gives one, that sentence is the reply: the event's date is told where the event is named.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.answering.followups.follow_words import is_bare, points
from bot.answering.followups.life import untold_life
from bot.answering.followups.named import named_again
from bot.language.answer_type import DATE, expected_type, offers
from bot.language.dates import YEAR
from bot.reading.sentences import sentence_texts
from bot.reply import Reply

# A follow-up asking who or what it is at present: "who is it now?", "and today?", "who
# holds that job now?".
_NOW_ASKED = re.compile(r"^\W*(?:(?:and|so|but|ok(?:ay)?)\W+)*(?:(?:who|what|which)\b.{0,30}?)?"
                        r"\b(?:now|today|nowadays|these days|currently|at present|right now)"
                        r"\W*$", re.IGNORECASE)
# A year, and what tells a sentence of the present ("since 2019 … is ambassador").
_PRESENT = re.compile(r"\b(?:since|currently|now|today|present|presently|still|incumbent)\b",
                      re.IGNORECASE)
# How many words a follow-up asking of the present may have: more name their own subject.
NOW_WORDS = 6
# A conjunction opening a follow-up ("and when was that?"), which types nothing.
_OPENING = re.compile(r"^\W*(?:(?:and|so|but|ok(?:ay)?)\W+)+", re.IGNORECASE)


def dated_back(question: str, reply: Reply, last: Reply | None) -> Reply:
    """``reply``, unless ``question`` points back and asks for a date ("and when was
    that?"), ``reply`` gives none from within the ``last`` answer, and a sentence of
    that answer gives one: then that sentence, as the last answer (module docstring)."""
    if (last is None or reply.kind == "intent" or last.kind != "answer"
            or expected_type(_OPENING.sub("", question)) != DATE
            or not (points(question) or is_bare(question))):
        return reply
    said = sentence_texts(last.text)
    if not _within(question, reply, said):
        return reply
    dated = [s for s in said if offers(DATE, s, set())]
    return replace(last, text=dated[0], span=None) if dated else reply


# A follow-up asking only the date of what was said: "(and) when was that?", "when did it
# happen?"; one naming a deed of its own ("when did she visit?") is asked afresh instead.
_WHEN_THAT = re.compile(r"\bwhen\s+(?:was|is|were|did)\s+(?:that|it|this)"
                        r"(?:\s+(?:happen|take\s+place))?\W*$", re.IGNORECASE)


def _within(question: str, reply: Reply, said: list[str]) -> bool:
    """True when ``reply`` found nothing outside the last answer's sentences ``said``: an
    undated answer made of them, or, for a bare "when was that?", a decline of the date
    that quotes one of them ("The document doesn't give a date for that. The nearest it
    has: “<the last answer>”")."""
    if reply.kind == "answer":
        return (not offers(DATE, reply.text, set())
                and set(sentence_texts(reply.text)) <= set(said))
    folded = " ".join(reply.text.split())
    return bool(_WHEN_THAT.search(question)) and any(s in folded for s in said)


def now_untold(question: str, reply: Reply, last: Reply | None) -> Reply:
    """``reply``, unless a short follow-up asks who or what it is at present ("who is it
    now?") and ``reply`` answers it with a sentence dated in a past year that says
    nothing of the present: then a fallback saying the document does not give the
    present day, quoting that sentence. A dated event tells who held an office then, not
    who holds it now; a sentence "since 2019 … is" does tell the present."""
    if (last is None or reply.kind != "answer" or len(question.split()) > NOW_WORDS
            or not _NOW_ASKED.match(question) or not YEAR.search(reply.text)
            or _PRESENT.search(reply.text)):
        return reply
    return replace(reply, kind="fallback", span=None, confidence=0.0, text=(
        f"The document doesn't give the present day for that. What it says: {reply.text}"))


def told_of(question: str, reply: Reply, last: tuple[str, Reply] | None,
            respond: Callable[[str], Reply]) -> Reply:
    """``reply`` checked against what the ``last`` answer told: a facet of a person's life
    the reply does not tell is declined (``life.untold_life``: "where was he born?"), a
    date asked of the last answer is taken from its dated sentence (``dated_back``), the
    present asked of a past event is declined (``now_untold``), and a failed follow-up
    pointing to the person the last answer gave is asked by that name (``named``)."""
    answer = last[1] if last else None
    checked = dated_back(question, untold_life(question, reply, answer), answer)
    return named_again(question, now_untold(question, checked, answer), last, respond)
