"""A figure spliced from two subjects: an answer whose date or count is another event's.

An answer may join sentences from two passages (the best one and one read on from
elsewhere). When the sentences that give the asked date or count are not about what the
question names, the figure belongs to another subject, and the reply says the document
does not give it (``stray_type``). Part of ``scope``'s checks; general rules of English.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.answering.nearmiss.shared import SUBJECT_SHARE
from bot.language.answer_type import DATE, NUMBER, NUMBER_WORD, offers
from bot.language.text import STOP_WORDS, stem, words
from bot.reading.sentences import split_sentences

# words that place one of a kind, shared by sentences on any subject ("the first meetings")
_ORDER_WORDS = frozenset("first second third last latest next previous".split())
_SHOWN_TYPE = {DATE: "a date", NUMBER: "a number"}


def _stems(text: str) -> set[str]:
    """The stems of a text's words."""
    return {stem(w) for w in words(text)}


def stray_type(question: str, answer_type: str | None, text: str, passage: str,
               share: Callable[[str], float]) -> list[str]:
    """"a date" (or "a number") when the answer is spliced from two subjects: its
    sentences come from the best one's ``passage`` and from another, and either

    - the sentences giving a date (or a count) are all from the other passage and share
      no content word of the question (no stop word, no word of order such as "first"):
      "when did X open its first store?" of "X entered the market in recent years"
      joined to another passage's "whose first meetings were held on March 8"; or
    - they are all from the best passage, which never names a rare word of the question
      (in under ``SUBJECT_SHARE`` of the document's passages, by ``share``) that a sentence from
      the other passage names: "how many contracts were signed during Y's visit?" of
      "24 contracts were signed" (at X's visit) joined to "Y paid a visit" (a number
      word, "the *two* countries", is no subject).

    The date there is another event's. A sentence read on from the best one's passage is
    never from another passage, so an answer that follows the sentence naming its subject
    is left alone."""
    if answer_type not in _SHOWN_TYPE:
        return []
    known = set(words(question))
    sentences = split_sentences(text)
    away = [s for s in sentences if s not in passage]
    typed = [s for s in sentences if offers(answer_type, s, known) >= 1.0]
    if not away or not typed:
        return []
    asked = {stem(w) for w in words(question) if not NUMBER_WORD.match(w)} - {
        stem(w) for w in STOP_WORDS | _ORDER_WORDS}
    if all(s in away for s in typed):
        spliced = not any(asked & _stems(s) for s in typed)
    else:
        rare = {t for t in asked if 0.0 < share(t) < SUBJECT_SHARE} - _stems(passage)
        spliced = all(s not in away for s in typed) and any(rare & _stems(s) for s in away)
    return [_SHOWN_TYPE[answer_type]] if spliced else []
