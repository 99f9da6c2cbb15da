"""A follow-up that names no subject of its own is about the event the last answer told of.

"What was signed?" right after "… the official visit of President X to Y (January
2018) …" asks what was signed *during that visit*. Its one word ("signed") is used in
several passages of the document, so on its own it is answered with whichever sentence
says "signed" most plainly ("Over 25 years, more than 70 agreements have been signed"),
an answer about nothing the user was told. Read with the last turn it finds the
sentence about the same event ("During the official visit of President X …, a round
table was held … As a result, 24 contracts … were signed").

``subjectless``: the follow-up's own words (besides those naming the kind of answer) are
a single word the document uses in ``SPREAD`` passages or more: it names an action or a
thing found all over the document, not a subject ("KAZBRIG", used in one passage, names
one). ``tied_to_last``: the reading with the last turn is the one about the last
answer's event when its answer holds the follow-up's word and shares at least ``TIE``
more of the last answer's words (past the follow-up's own) than the answer on its own
does. Then it is kept even when less sure: the confidence of a lone verb's answer
measures how plainly a sentence says the verb, not whether it is about what was asked.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.answering.query import TYPE_STEMS
from bot.reply import Reply

# Passages a lone word must be used in to name no subject of its own.
SPREAD = 2
# How many more of the last answer's words the reading with the last turn must share.
TIE = 3


def subjectless(own: set[str], holding: Callable[[str], int]) -> bool:
    """True when a follow-up's own terms ``own`` (``TYPE_STEMS`` aside) are one term that
    ``holding`` (how many passages hold a term) finds in ``SPREAD`` passages or more."""
    asked = own - TYPE_STEMS
    return len(asked) == 1 and holding(next(iter(asked))) >= SPREAD


def tied_to_last(own: set[str], alone: Reply, with_context: Reply, said: str,
                 terms: Callable[[str], list[str]]) -> bool:
    """True when ``with_context`` (an answer holding the follow-up's word, ``own``) shares
    ``TIE`` or more terms of the last answer (``said``) beyond the follow-up's own than
    ``alone`` shares: overlap(with) - overlap(alone) >= TIE."""
    if with_context.kind != "answer" or not own & set(terms(with_context.text)):
        return False
    last = set(terms(said)) - own

    def overlap(reply: Reply) -> int:
        return len(last & set(terms(reply.text))) if reply.kind == "answer" else 0

    return overlap(with_context) - overlap(alone) >= TIE


def on_last_event(own: set[str], alone: Reply, with_context: Reply, said: str,
                  retry: Callable[[], Reply], terms: Callable[[str], list[str]],
                  holding: Callable[[str], int]) -> Reply | None:
    """The reply about the last answer's event for a ``subjectless`` follow-up (own terms
    ``own``; ``alone`` its answer on its own, ``with_context`` read with the last turn,
    whose answering part is ``said``), else None. A reading with the last turn that found
    nothing, as the last answer is the nearest to it and lacks the word asked, is read
    again by ``retry``, which sets that answer aside (``followup.ANSWER``)."""
    if not subjectless(own, holding):
        return None
    if with_context.kind != "answer":
        with_context = retry()
    return with_context if tied_to_last(own, alone, with_context, said, terms) else None
