"""When a question in a conversation leans on the earlier turns, and when it does not.

A follow-up borrows the words of the last answered turn ("Who attended it?", "And
imports?"). Three rules keep that borrowing honest:

- a topic-shift marker ("unrelated:", "another thing -", "different topic:") says the
  question stands alone, whatever pronoun it holds ("when did Kazakhstan open *its*
  consulate?"); the marker itself is no part of the question;
- a question that names its own subject (``SELF_CONTAINED_TERMS`` content words the
  document knows) and is answered confidently on its own stands alone too: a "his" or an
  "it" inside a whole question is not a follow-up;
- a follow-up asks for something new, so the sentences of the last answer are set aside
  when the follow-up's own words, which the document knows, are missing from them, they
  do not hold the kind of thing asked for, and their passage goes on about those words
  ("what did they sign?" after "who met X?" wants the next sentence; "how long can they
  stay?" after the visa-free sentence does not); a next sentence that continues the last
  answer ("Prior to this, …") then comes first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from bot.language.continuation import continues

# A known-word count from which a confidently answered question names its own subject.
SELF_CONTAINED_TERMS = 3
SELF_CONTAINED_CONFIDENCE = 0.9

_SHIFT = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|and|now|also|thanks?|thank you)\W+)*"
    r"(?:(?:something|a thing|one thing|a question) (?:else|different|unrelated)|"
    r"(?:totally |completely )?unrelated(?: question)?|another (?:thing|question|topic)|"
    r"(?:a )?(?:different|separate|new|other) (?:thing|topic|subject|question|matter)|"
    r"on (?:a |an )?(?:another|different|other|separate) (?:note|topic|subject)|"
    r"chang(?:e|ing) (?:of |the )?(?:topic|subject)|by the way|btw)\b\s*[-–—:;,.!?]*\s*",
    re.IGNORECASE)


def topic_shift(question: str) -> str | None:
    """The question without its topic-shift marker, or None when it has none."""
    match = _SHIFT.match(question)
    if not match or not question[match.end():].strip():
        return None
    return question[match.end():]


def stands_alone(confidence: float, known_terms: int) -> bool:
    """True for an answered question that names its own subject: at least
    ``SELF_CONTAINED_TERMS`` words the document knows, answered at
    ``SELF_CONTAINED_CONFIDENCE`` or more on its own."""
    return confidence >= SELF_CONTAINED_CONFIDENCE and known_terms >= SELF_CONTAINED_TERMS


def repeats(sentence: str, previous_answer: str) -> bool:
    """True when a sentence was (part of) the previous answer."""
    return bool(previous_answer) and " ".join(sentence.split()) in previous_answer


def stale_shift(passage: list[str], passage_terms: Sequence[Set[str]], shown: list[bool],
                known: set[str], holds_type: list[bool], set_aside: float, lift: float
                ) -> list[float]:
    """Score shifts for the sentences of the passage that gave the previous answer.

    ``passage_terms`` are its sentences' content terms; ``shown`` marks the sentences of
    that answer, ``holds_type`` those holding the kind of thing the follow-up asks for,
    ``known`` the follow-up's own words the document knows.
    The answer is stale when it lacks one of those words and holds no such thing, and the
    passage goes on about them: another sentence has the word, or the next sentence
    continues the answer (``bot.language.continuation``). Then the shown sentences drop by
    ``set_aside`` and a continuing next sentence rises by ``lift``; otherwise nothing moves.
    """
    shifts = [0.0] * len(passage)
    if not any(shown) or any(h for h, s in zip(holds_type, shown, strict=True) if s):
        return shifts
    missing = known - {t for found, s in zip(passage_terms, shown, strict=True) if s
                       for t in found}
    if not missing:
        return shifts
    last = max(i for i, s in enumerate(shown) if s)
    going_on = last + 1 < len(passage) and continues(passage[last + 1], passage_terms[last])
    elsewhere = any(missing & found for found, s in zip(passage_terms, shown, strict=True)
                    if not s)
    if not (going_on or elsewhere):
        return shifts
    shifts = [-set_aside if s else 0.0 for s in shown]
    if going_on:
        shifts[last + 1] = lift
    return shifts
