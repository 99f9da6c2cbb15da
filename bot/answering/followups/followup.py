"""How a follow-up's answer is weighed against the last answer and its own reading.

A follow-up borrows the words of the last answered turn ("Who attended it?", "And
imports?"); what its words say (a pointer, a contrast, a topic-shift marker) is read in
``bot.answering.followups.follow_words``. These rules keep that borrowing honest:

- a question that names its own subject (``SELF_CONTAINED_TERMS`` content words the
  document knows) and is answered confidently on its own stands alone too: a "his" or an
  "it" inside a whole question is not a follow-up;
- a follow-up asks for something new, so the sentences of the last answer are set aside
  when the follow-up's own words, which the document knows, are missing from them, they
  do not hold the kind of thing asked for, and their passage goes on about those words
  ("what did they sign?" after "who met X?" wants the next sentence; "how long can they
  stay?" after the visa-free sentence does not); a next sentence that continues the last
  answer ("Prior to this, …") then comes first.

- a contrast that names a subject of its own ("the *American* one in *Kazakhstan*") has
  no answer in the sentences of the last answer or what continues them, and "what else"
  none in the last answer (``asks_another``, ``set_aside_repeats``); one that names
  nothing ("the other direction?") may be answered in the very sentence that gave it;
- a follow-up leans on the part of the last answer that answered (``part.answering_part``),
  and one about a country the document never names is not answered from it (``strays``);
- a same-kind question of another subject that finds nothing else keeps the last
  question's role word (``of_another``: "and who represents Kazakhstan in Washington?");
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

from bot.answering.followups.follow_words import asks_else, is_contrast, role_words
from bot.language.answer_type import DATE, NUMBER, PERSON, expected_type, offers
from bot.language.continuation import continues
from bot.language.names import PERSON_NAME
from bot.language.places import PLACES
from bot.language.text import content, words
from bot.reply import Reply

FloatArray = npt.NDArray[np.float64]
# A Chatbot's reply to a message read with a last (question, answer), avoiding some of it.
Respond = Callable[[str, tuple[str, str], "Avoid"], Reply]
# A figure, with the word before it and a year after it ("September 15, 1992", "about 500").
_FIGURE = re.compile(r"(?:[A-Za-z]+\s+)?\d+(?:[.,]\d+)*(?:[-–]\d+)?(?:,?\s+\d{4})?")
# A phrase inside a sentence that names again what the one before named ("… for this unit").
_REFERS_BACK = re.compile(r"\b(?:this|these|such)\s+(?!is\b|was\b)\w+", re.IGNORECASE)
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


def asks_another(question: str, known_terms: int, holds_more: bool, same_kind: bool = False
                 ) -> Avoid:
    """What a follow-up's answer must not be: for a contrast that names a subject of its own
    (``known_terms`` words the document knows: "and the Kazakh one?"), the last answer or
    what continues it (SUBJECT), unless that answer ``holds_more`` of the kind of thing
    asked ("443 are small, 23 medium, and 30 large": "and the large ones?"); for one that
    names nothing ("what about the reverse?"), on the same terms, the last answer (ANSWER):
    the other member of the pair is not the one just given. So too, the last answer, for a
    follow-up that asks the ``same_kind`` of thing as the last question ("who is the US
    ambassador?", then "who represents Kazakhstan in Washington?"): asked again, it asks
    for another one, unless the last answer holds more. When it asks what *else* ("what
    else did he do?", "who else attended?"), the last answer (ANSWER); otherwise nothing."""
    if is_contrast(question) and not holds_more:
        return SUBJECT if known_terms > 0 else ANSWER
    return ANSWER if asks_else(question) or (same_kind and not holds_more) else NOTHING


def holds_more(question: str, answer: str, answer_type: str | None, span: str | None,
               people: bool = False) -> bool:
    """True when an answer to ``question`` whose answering words were ``span`` gives another
    date or number besides ("… 443 are small, 23 medium, and 30 large."); with no ``span``
    marked, either of its first two figures may be the answer, so a third one is needed
    ("There are 500 firms, of which 443 are small, …"). Names are not counted, titles and
    places read as names too often to tell, unless ``people`` asks for them: a contrast
    that names nothing ("and the other one?") after "who chairs it?" may be answered by
    the "co-chair is …" of the same sentence; one that names a single person holds no
    other (with no ``span`` marked, the one it names may be the answer)."""
    if answer_type == PERSON and people:
        return len({m.group() for m in PERSON_NAME.finditer(answer)}) > 1 if span is None else (
            offers(PERSON, answer, set(words(question)) | set(words(span))) >= 1)
    if answer_type not in (DATE, NUMBER):
        return False
    if span is None:  # unmarked: either of two figures may be the answer, a third is more
        figures = [m.group() for m in _FIGURE.finditer(answer)]
        span = " ".join(figures[:2]) if len(figures) > 2 else None
    return span is not None and offers(answer_type, answer,
                                       set(words(question)) | set(words(span))) >= 1


def of_another(respond: Respond, asked: str, follows: tuple[str, str]) -> Reply | None:
    """The same question of another subject, which read with the last turn (``follows``)
    found nothing but the last answer ("who represents Kazakhstan in Washington?" after
    "who is the US ambassador to Kazakhstan?"), asked again with what the last question
    asked about (``role_words``: "ambassador"); its answer when it holds one of those
    words, a sentence parallel to the last answer, else None (also for another kind of
    question). The caller retries only a reading that found nothing."""
    kind = expected_type(asked)
    role = role_words(*follows, asked)
    if kind is None or kind != expected_type(follows[0]) or asks_else(asked) or not role:
        return None
    reply = respond(f"{asked.rstrip(' ?')} {' '.join(role)}?", follows, ANSWER)
    holds = set(role) & set(content(words(reply.text)))
    return reply if reply.kind == "answer" and holds else None


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


def answered_before(alone: float | None, with_context: str, last: tuple[str, str],
                    question: str) -> bool:
    """True when a follow-up with few words of its own (the caller checks) is about the
    last answer, which already holds what it asks: read with the last turn it gets part of
    that answer again (``with_context`` repeats some of ``last``, the last question and its
    whole answer), which offers the kind of thing asked, something neither it nor the last
    question names ("who attended from the US?" after "when was the bank opened?" → "David
    Huizenga … took part in the opening ceremony …"), and on its own it is answered less
    than ``SELF_CONTAINED_CONFIDENCE`` surely, if at all."""
    kind = expected_type(question)
    if kind is None or (alone is not None and alone >= SELF_CONTAINED_CONFIDENCE):
        return False
    return repeats(with_context, last[1]) and offers(
        kind, with_context, set(words(question)) | set(words(last[0]))) >= 1


def stands_alone(confidence: float, known_terms: int) -> bool:
    """True for an answered question that names its own subject: at least
    ``SELF_CONTAINED_TERMS`` words the document knows, answered at
    ``SELF_CONTAINED_CONFIDENCE`` or more on its own."""
    return confidence >= SELF_CONTAINED_CONFIDENCE and known_terms >= SELF_CONTAINED_TERMS


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
                known: set[str], holds_type: list[bool], set_aside: float, lift: float,
                unknown_only: bool = False) -> list[float]:
    """Score shifts for the sentences of the passage that gave the previous answer.

    ``passage_terms`` are its sentences' content terms; ``shown`` marks the sentences of
    that answer, ``holds_type`` those holding the kind of thing the follow-up asks for,
    ``known`` the follow-up's own words the document knows.
    The answer is stale when it lacks one of those words and holds no such thing, and the
    passage goes on about them: another sentence has the word, or the next sentence
    continues the answer (``bot.language.continuation``). Then the shown sentences drop by
    ``set_aside`` and a continuing next sentence rises by ``lift``; otherwise nothing moves.
    A follow-up whose own words, besides those naming the kind of answer ("the date?"),
    the document never uses (``unknown_only``: "what is it preparing for?") asks
    something new in other words than the answer's: the answer is
    stale when the next sentence continues it, or names again what it named ("Arrangements
    are being made for this unit to …"), and only then.
    """
    shifts = [0.0] * len(passage)
    if not any(shown) or any(h for h, s in zip(holds_type, shown, strict=True) if s):
        return shifts
    missing = known - {t for found, s in zip(passage_terms, shown, strict=True) if s
                       for t in found}
    if not (missing or unknown_only):
        return shifts
    last = max(i for i, s in enumerate(shown) if s)
    going_on = last + 1 < len(passage) and (
        continues(passage[last + 1], passage_terms[last])
        or (unknown_only and bool(_REFERS_BACK.search(passage[last + 1]))))
    elsewhere = any(missing & found for found, s in zip(passage_terms, shown, strict=True)
                    if not s)
    if not (going_on or elsewhere):
        return shifts
    shifts = [-set_aside if s else 0.0 for s in shown]
    if going_on:
        shifts[last + 1] = lift
    return shifts
