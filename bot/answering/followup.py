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

Two more kinds of follow-up are read on purpose:

- a contrast ("and the American one?", "and the other direction?", "vice versa?") asks
  for the other member of a pair the last turn named: its contrast words tell no subject
  and are left out of its reading (``without_contrast``), and when it still names a
  subject of its own ("the *American* one in *Kazakhstan*") the sentences of the last
  answer are no answer (``set_aside_repeats``); one that names nothing ("the other
  direction?") may be answered in the very sentence that gave the last answer;
- a question that points back and names its own subject besides ("what visa regime does
  Kazakhstan offer and how long does *it* last?") is answered on its own when that
  answer is clearly surer than the one read with the last turn (``alone_is_surer``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence, Set
from typing import Literal

import numpy as np
import numpy.typing as npt

from bot.language.answer_type import DATE, NUMBER, offers
from bot.language.continuation import continues, leans_on_earlier, points_back
from bot.language.places import PLACES
from bot.language.text import content, words
from bot.reading.sentences import split_spans

FloatArray = npt.NDArray[np.float64]
# What a follow-up's answer must not be: nothing, the last answer, or also what continues it.
Avoid = Literal["nothing", "answer", "subject"]
NOTHING: Avoid = "nothing"
ANSWER: Avoid = "answer"
SUBJECT: Avoid = "subject"

# A known-word count from which a confidently answered question names its own subject.
SELF_CONTAINED_TERMS = 3
SELF_CONTAINED_CONFIDENCE = 0.9
# How much surer a pointing question's own answer must be than its follow-up reading.
SURER_ALONE = 0.2

# A contrast: the other member of a pair ("the other one", "vice versa", "the US one").
_CONTRAST = re.compile(r"\b(?:other|opposite|reverse|converse|vice versa|ones?)\b")
# Contrast words that would read as a subject ("direction", "reverse"), with their phrase.
_CONTRAST_WORDS = re.compile(
    r"\b(?:the )?(?:(?:other|opposite|reverse|converse) (?:way|direction|side)s?"
    r"(?: (?:round|around))?|opposite|reverse|converse|vice versa)\b", re.IGNORECASE)
_ELSE = re.compile(r"\b(?:else|besides|apart from that|other than that)\b", re.IGNORECASE)
# The words that ask for a kind of answer, at the start of a question or after a preposition.
_ASKING = re.compile(r"^\W*(?:(?:since|until|from|in|at|on|by) )?(when|where|who|whom|whose|"
                     r"how (?:many|much|long|far|old|often)|(?:which|what) (?:year|date|day|"
                     r"month|city|country|state|place|person|amount|number))\b",
                     re.IGNORECASE)
_QUESTION_WORD = re.compile(r"\b(?:what|when|where|who|whom|whose|which|why|how)\b",
                            re.IGNORECASE)
# "there" that points nowhere: "is there…", "there are…".
_EXISTENTIAL = re.compile(r"\b(?:(?:is|are|was|were|will|has|have)\s+there|"
                          r"there\s*(?:is|are|was|were|'s|has been|have been))\b",
                          re.IGNORECASE)
# An opening that marks an ellipsis ("and …", "what about …"), and its most words.
_ELLIPSIS = re.compile(r"^\W*(?:and|what about|how about|but|or)\b", re.IGNORECASE)
ELLIPSIS_WORDS = 8
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
    r"chang(?:e|ing) (?:of |the )?(?:topic|subject)|by the way|btw)\b\s*[-–—:;,.!?]*\s*",
    re.IGNORECASE)


def topic_shift(question: str) -> str | None:
    """The question without its topic-shift marker, or None when it has none."""
    match = _SHIFT.match(question)
    if not match or not question[match.end():].strip():
        return None
    return question[match.end():]


def is_remark(message: str, known_terms: int) -> bool:
    """True for a remark ("I see", "that makes sense", "wow, that's a lot"): no question
    mark, no question word or request ("tell me…"), and no word the document knows or an
    opening comment on the last answer ("that is interesting"). It leans on nothing:
    answering it from the last turn repeats that answer at best."""
    return not _ASKS.search(message) and (known_terms == 0 or bool(_COMMENT.match(message)))


def strays(words_asked: Sequence[str], unknown: Set[str], answer_type: str | None,
           answer: str) -> bool:
    """True when a follow-up is about something the last turn is not: it names a place the
    document never uses (``unknown`` holds the words it never uses: "what about China?",
    "and trade with Brazil?"), or none of its words are known (``words_asked`` all in
    ``unknown``) and ``answer``, read with the last turn, lacks the kind of thing it asks
    for ("how old is he?" after "Since 2019, X is the ambassador"). "How long can they
    stay?" after "visa-free for up to 30 days" is answered: the answer holds a number."""
    if any(w in PLACES for w in unknown):
        return True
    return (answer_type is not None and bool(words_asked) and set(words_asked) <= unknown
            and offers(answer_type, answer, set(words_asked)) < 1)


def leans(question: str) -> bool:
    """True when a question says it leans on an earlier turn: a pointer, an opening "and…"
    or "what about…" (``bot.language.continuation``), or a contrast ("vice versa?"); an
    existential "there" ("is there cooperation in education?") points nowhere."""
    return leans_on_earlier(_EXISTENTIAL.sub(" ", question)) or is_contrast(question)


def points(question: str) -> bool:
    """True when a question holds a pointer to something named before ("she", "it",
    "there"), an existential "there" aside (``bot.language.continuation.points_back``)."""
    return points_back(_EXISTENTIAL.sub(" ", question))


def is_contrast(question: str) -> bool:
    """True for a contrast follow-up: an ellipsis ("and …", "what about …", or a few words)
    asking for the other member of a pair ("the other direction?", "and the Kazakh one?")."""
    folded = question.lower()
    return bool(_CONTRAST.search(folded)) and (
        bool(_ELLIPSIS.match(folded)) or len(folded.split()) <= ELLIPSIS_WORDS // 2)


def asks_another(question: str, known_terms: int, holds_more: bool) -> Avoid:
    """What a follow-up's answer must not be: for a contrast that names a subject of its own
    (``known_terms`` words the document knows: "and the Kazakh one?"), the last answer or
    what continues it (SUBJECT), unless that answer ``holds_more`` of the kind of thing
    asked ("443 are small, 23 medium, and 30 large": "and the large ones?"); when it asks
    what *else* ("what else did he do?", "who else attended?"), the last answer (ANSWER);
    otherwise nothing (NOTHING)."""
    if is_contrast(question) and known_terms > 0 and not holds_more:
        return SUBJECT
    return ANSWER if _ELSE.search(question) else NOTHING


def holds_more(question: str, answer: str, answer_type: str | None, span: str | None
               ) -> bool:
    """True when an answer to ``question`` whose answering words were ``span`` gives another
    date or number besides ("… 443 are small, 23 medium, and 30 large."). Names are not
    counted: titles and places read as names too often to tell."""
    if answer_type not in (DATE, NUMBER) or span is None:
        return False
    return offers(answer_type, answer, set(words(question)) | set(words(span))) >= 1


def with_asking_words(follow_up: str, previous_question: str) -> str:
    """A contrast without a question word of its own, asked with the last question's
    ("and the Kazakh one?" after "who is the US ambassador?" → "who the Kazakh one?"): the
    other member of the pair is the same kind of thing. Any other follow-up as it is: "what
    about education?" after "how many…?" may well ask no number."""
    asking = _ASKING.match(previous_question)
    if not asking or not is_contrast(follow_up) or _QUESTION_WORD.search(follow_up):
        return follow_up
    return f"{asking.group(1)} {_ELLIPSIS.sub('', follow_up).strip()}"


def without_contrast(question: str) -> str:
    """A contrast follow-up with its contrast phrase, which names no subject, read as "the
    other" ("and the opposite direction?" → "and the other?"); any other question as it
    is."""
    if not is_contrast(question):
        return question
    return " ".join(_CONTRAST_WORDS.sub(" the other ", question).split())


def alone_is_surer(alone: float | None, with_context: float | None, known_terms: int
                   ) -> bool:
    """True when a question's answer on its own (confidence ``alone``, None when it got
    none) beats its follow-up reading (``with_context``, None when that is no answer): it
    names its own subject (``SELF_CONTAINED_TERMS`` words the document knows) and is
    ``SURER_ALONE`` surer. A bare "which state does she represent?" names too little to
    stand alone, however sure its answer on its own."""
    if alone is None or known_terms < SELF_CONTAINED_TERMS:
        return False
    return with_context is None or alone >= with_context + SURER_ALONE


def stands_alone(confidence: float, known_terms: int) -> bool:
    """True for an answered question that names its own subject: at least
    ``SELF_CONTAINED_TERMS`` words the document knows, answered at
    ``SELF_CONTAINED_CONFIDENCE`` or more on its own."""
    return confidence >= SELF_CONTAINED_CONFIDENCE and known_terms >= SELF_CONTAINED_TERMS


def answering_part(answer: str, question: str, span_start: int | None) -> str:
    """The part of an answer a follow-up leans on. A sentence shown beside the answering
    one only because it scored close is no subject of the follow-up, so: the sentence
    holding the answering words (at ``span_start``), with the one before when it continues
    that one ("The last meeting was held …" after "… the Council meeting"); with no
    answering words, a sentence that continues the one before keeps both, and otherwise
    the sentence sharing the most words with the ``question`` (the first on a tie)."""
    parts = [answer[a:b] for a, b in split_spans(answer)]
    terms = [set(content(words(part))) for part in parts]
    leads = [i > 0 and continues(part, terms[i - 1]) for i, part in enumerate(parts)]
    if len(parts) < 2 or (span_start is None and any(leads)):
        return answer
    if span_start is None:
        asked = set(content(words(question)))
        best = max(range(len(parts)), key=lambda i: (len(terms[i] & asked), -i))
    else:
        ends = [b for _, b in split_spans(answer)]
        best = next((i for i, end in enumerate(ends) if span_start < end), len(parts) - 1)
    return " ".join(parts[best - 1: best + 1] if leads[best] else parts[best: best + 1])


def repeats(sentence: str, previous_answer: str) -> bool:
    """True when a sentence was (part of) the previous answer."""
    return bool(previous_answer) and " ".join(sentence.split()) in previous_answer


def set_aside_repeats(ids: Sequence[int], text: Callable[[int], str], continues: FloatArray,
                      previous: str, scores: FloatArray, set_aside: float, avoid: Avoid
                      ) -> FloatArray:
    """``scores`` of the candidate sentences ``ids`` (``text`` gives a sentence's text,
    ``continues`` marks those that continue the sentence before) with the sentences of the
    ``previous`` answer dropped by ``set_aside``; for ``avoid == SUBJECT`` also those that
    continue them ("In 2020 she opened…" after "Anna Berg is the ambassador…"), which are
    about the same member of the pair a contrast asks the other of."""
    def stale(i: int) -> bool:
        return repeats(text(i), previous) or (
            avoid == SUBJECT and i > 0 and bool(continues[i]) and repeats(text(i - 1), previous))

    drop = np.array([set_aside if stale(i) else 0.0 for i in ids])
    moved: FloatArray = scores - drop
    return moved


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
