"""How a follow-up restates the last turn: a correction ("no, I meant the consulate") asks
the last question again of another subject, and "that year" or "the same month" is the time
the last turn gave. General English patterns, not drawn from any question set."""

from __future__ import annotations

import re

from bot.answering.follow_words import MONTHS, QUESTION_WORD

# "that year", "the same month": a time the last turn gave; and a date that gives one.
_THAT_TIME = re.compile(r"\b(in |during |of )?(?:that|the same|that same) (year|month)\b",
                        re.IGNORECASE)
_WHEN = re.compile(rf"\b(?:({'|'.join(MONTHS)})\s+(?:\d{{1,2}}(?:[-–]\d{{1,2}})?,?\s+)?)?"
                   r"((?:1[89]|20)\d\d)\b", re.IGNORECASE)
# A correction of the last question: "no, I meant the consulate", "sorry, I meant imports".
_CORRECTION = re.compile(r"^\W*(?:(?:(?:no|nope|sorry|oops|actually|wait)\W+)*(?:i\s+(?:meant|"
                         r"mean)|i was (?:asking|talking) about)\s+|(?:no|nope)\s*[,.;:!-]+\s*)",
                         re.IGNORECASE)


def with_time(question: str, before: str) -> str:
    """A question whose "that year" or "the same month" points to the first date ``before``
    (the last answer, or else its question) gives, with that time in its stead ("what came
    into force that same month?" after "On December 6, 2016, …" → "… in December 2016?");
    "in May that year" → "in May 2016". As it is when ``before`` gives no such time."""
    pointer, date = _THAT_TIME.search(question), _WHEN.search(before)
    if pointer is None or date is None or (pointer.group(2).lower() == "month"
                                           and not date.group(1)):
        return question
    year = pointer.group(2).lower() == "year"
    when = date.group(2) if year else f"{date.group(1)} {date.group(2)}"
    after_month = question[:pointer.start()].lower().split()[-1:] in ([m] for m in MONTHS)
    said = pointer.group(1) or ("" if after_month else "in ")
    return question[:pointer.start()] + said + when + question[pointer.end():]


def as_correction(message: str) -> str:
    """A correction of the last question read as an ellipsis of it: "no, I meant the
    consulate" → "and the consulate" (asked as the last question was, ``with_asking_words``);
    a whole question after the correction ("sorry, I meant when did it open?") as it is;
    any other message as it is."""
    match = _CORRECTION.match(message)
    rest = message[match.end():].strip() if match else ""
    if not rest:
        return message
    return rest if QUESTION_WORD.search(rest) else f"and {rest}"
