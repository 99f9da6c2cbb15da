"""Whose evidence a follow-up's answer is: its own words', or only the last turn's.

A message after an answer is read twice, on its own and with the last turn
(``bot.conversation``). Read with the last turn, retrieval weighs the last question's
words too, so it may find the last answer again on those words alone, with their
confidence, though the message asks of something else ("whats the us rank among
investors?" after the trade figures). That reading is no evidence for the message when
it only repeats the last answer and speaks of none of the words the message brings (its
content terms, less those that only name a kind of answer and those of the last turn),
while the reading on its own speaks of some: the answer on its own, or the sentence a near
miss quoted. A message that points back ("which state does she represent?") asks of the
last answer in words it may well not use ("Texas"), and so does one that names a thing of
the last turn again ("what was the purpose of the trip?" after "… The main objectives of
the visit were …"), so for such a message this holds only when it brings a whole
question's worth of its own words (``OWN_QUESTION_TERMS``).
"""

from __future__ import annotations

from collections.abc import Callable

from bot.answering.followups.follow_words import points
from bot.answering.followups.followup import repeats
from bot.answering.query import TYPE_STEMS
from bot.language.continuation import named_again
from bot.reply import Reply

# How many words of its own a message that points back brings to be a whole question.
OWN_QUESTION_TERMS = 3


def brought(question: str, follows: tuple[str, str], terms: Callable[[str], list[str]]
            ) -> set[str]:
    """The content terms a message brings of its own: not naming a kind of answer, not the
    last turn's (``follows``: its question and answer), no bare numbers."""
    return {t for t in set(terms(question)) - TYPE_STEMS - set(terms(" ".join(follows)))
            if not t.isdigit()}


def refers(question: str, follows: tuple[str, str], terms: Callable[[str], list[str]]
           ) -> bool:
    """True when a message points back: a pointer ("she", "it"), or a definite phrase
    naming a thing of the last turn (``follows``) again ("the purpose of *the trip*?")."""
    said = set(terms(" ".join(follows)))
    return points(question) or named_again(question, said)


def only_repeats(question: str, alone_said: str | None, with_context: Reply,
                 follows: tuple[str, str], terms: Callable[[str], list[str]]) -> bool:
    """True when the reading of ``question`` with the last turn (``with_context``) is only
    the last answer again, on the last turn's words, and what it said on its own
    (``alone_said``: an answer, or the sentence a near miss quoted) speaks of its own words
    (module docstring)."""
    if alone_said is None or with_context.kind != "answer" or not repeats(
            " ".join(with_context.text.split()), " ".join(follows[1].split())):
        return False
    new = brought(question, follows, terms)
    if refers(question, follows, terms) and len(new) < OWN_QUESTION_TERMS:
        return False
    return not new & set(terms(with_context.text)) and bool(new & set(terms(alone_said)))
