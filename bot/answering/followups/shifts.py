"""Whether a message changes the topic or only remarks on the last answer.

A topic-shift marker ("unrelated:", "another thing -", "different topic:", "enough about
X.") says the question after it stands alone, whatever pronoun it holds ("when did
Kazakhstan open *its* consulate?"), and is no part of the question; a remark ("I see",
"that makes sense", "wow, that's a lot") asks nothing; a request about a topic ("is
there anything about X?", "does it say anything about X?", "tell me about X") asks
that topic alone (``as_topic``), a new subject, read without the request's everyday
words ("anything", "say"), which the document never uses; a whole question of its own
subject that read with the last turn only got the last answer again is new
(``new_subject``). General English patterns, not drawn from any question set.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set

from bot.answering.followups.followup import SELF_CONTAINED_TERMS
from bot.answering.followups.readings import unsaid
from bot.language.continuation import points_back

# A comment on what was said: "that's…", "it is…", "this sounds…".
_COMMENT = re.compile(r"^\W*(?:\w+\W+)?(?:that|it|this)(?:'s|\s+(?:is|was|makes|sounds|seems|"
                      r"looks|helps))\b", re.IGNORECASE)
# What makes a message a question or a request rather than a remark.
_ASKS = re.compile(r"\?|\b(?:what|when|where|who|whom|whose|which|why|how|tell|give|show|"
                   r"list|name|explain|describe|say|more|else)\b", re.IGNORECASE)

_SHIFT = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|and|now|also|thanks?|thank you)\W+)*"
    r"(?:(?:something|a thing|one thing|a question) (?:else|different|unrelated)|"
    r"(?:totally |completely )?unrelated(?: question)?|another (?:thing|question|topic)|"
    r"(?:a )?(?:different|separate|new|other) (?:thing|topic|subject|question|matter)|"
    r"on (?:a |an )?(?:another|different|other|separate) (?:note|topic|subject)|"
    r"chang(?:e|ing) (?:of |the )?(?:topic|subject)|by the way|btw|moving on|"
    r"switching (?:topics?|subjects?|gears)|next question|let'?s move on|"
    r"enough (?:about|of|with) [^.!?;:,]{1,40}(?=[.!?;:,]))\b"
    r"\s*[-–—:;,.!?]*\s*",
    re.IGNORECASE)


def topic_shift(question: str) -> str | None:
    """The question without its topic-shift marker, or None when it has none."""
    match = _SHIFT.match(question)
    if not match or not question[match.end():].strip():
        return None
    return question[match.end():]


# A topic put first, then a question that points to it: "what about the energy statement,
# when was that signed?", "as for the caucus - who chairs it?".
_DISLOCATED = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|and|now|also|but)\W+)*(?:(?:what|how) about|as for|as to|"
    r"regarding|concerning)\s+(?P<topic>[^,;:?!]+?)\s*(?:[,;:]|\s[-\u2013\u2014]+)\s*"
    r"(?P<question>(?:when|where|who|whom|what|which|why|how|is|are|was|were|did|does|do|has|"
    r"have|can)\b.*)$", re.IGNORECASE)
# A topic that leans on the last turn itself: "what about the other one, …"
_LEANING = re.compile(r"\b(?:one|ones|other|others|same|former|latter)\b", re.IGNORECASE)
# The pointer in that question, and the possessive one ("its chair", "his job").
_POINTER = re.compile(r"\b(?:it|that|this|they|them|he|him|she|her|(?P<own>its|his|their))\b",
                      re.IGNORECASE)


def dislocated(question: str) -> str | None:
    """A question whose topic is put first, asked whole ("what about the statement, when
    was that signed?" → "when was the statement signed?"): its first pointer read as the
    topic ("its" as the topic's), so it stands alone however the last turn went; None for
    any other message, or when the topic itself points back ("what about that, …")."""
    match = _DISLOCATED.match(question)
    if not match or points_back(match.group("topic")) or _LEANING.search(match.group("topic")):
        return None
    topic, asked = match.group("topic").strip(), match.group("question")
    pointer = _POINTER.search(asked)
    if pointer is None:
        return None
    said = f"{topic}'s" if pointer.group("own") else topic
    return asked[:pointer.start()] + said + asked[pointer.end():]


def is_remark(message: str, known_terms: int) -> bool:
    """True for a remark ("I see", "that makes sense", "wow, that's a lot"): no question
    mark, no question word or request ("tell me…"), and no word the document knows or an
    opening comment on the last answer ("that is interesting"). It leans on nothing:
    answering it from the last turn repeats that answer at best."""
    return not _ASKS.search(message) and (known_terms == 0 or bool(_COMMENT.match(message)))

# A request about a topic: "is there anything about X?", "does it say anything on X?",
# "what does it say about X?", "anything about X?", "tell me about X".
_TOPIC = re.compile(
    r"^\W*(?:(?:so|and|now|ok(?:ay)?|also|but)\W+)*(?:is there (?:anything|something|any "
    r"info(?:rmation)?)|does (?:it|the document|the text) (?:say|mention|tell|have) (?:anything|"
    r"something)|what does (?:it|the document|the text) say|anything|something|(?:can you |"
    r"please )?tell me(?: something)?|do you (?:know|have) (?:anything|something))\s+(?:about|"
    r"on|regarding|concerning)\s+(?!(?:it|that|this|them|him|her|you|yourself|me)\b)(.+?)\W*$",
    re.IGNORECASE)


def as_topic(message: str, known: Callable[[str], int]) -> str | None:
    """The topic a request is about ("is there anything about education?" →
    "education"), when it names a word the document knows (``known`` counts them) and no
    pointer ("tell me about his visit" leans on the last turn); None for any other
    message."""
    match = _TOPIC.match(message)
    topic = match.group(1) if match else None
    return topic if topic and known(topic) > 0 and not points_back(topic) else None


def new_subject(own: Set[str], said: Set[str], repeated: bool) -> bool:
    """True when a message that names a subject of its own (``own``: the words the
    document knows it brings besides those naming the kind of answer, at least
    ``SELF_CONTAINED_TERMS``) got, read with the last turn, only the last answer again
    (``repeated``), whose terms ``said`` speak of none of them (``readings.unsaid``): a
    whole new question that happens to hold a "he" or an "it" ("what is the energy
    minister's name and what did he sign?" after the date relations began), which is
    answered on its own."""
    return repeated and len(own) >= SELF_CONTAINED_TERMS and unsaid(own, said)
