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
  when the follow-up's own words, which the document knows, are missing from them and they
  do not hold the kind of thing asked for ("what did they sign?" after "who met X?" wants
  the next sentence, "how long can they stay?" after the visa-free sentence does not).
"""

from __future__ import annotations

import re

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


def repeats(sentence: str, previous_answer: str) -> bool:
    """True when a sentence was (part of) the previous answer."""
    return bool(previous_answer) and " ".join(sentence.split()) in previous_answer
