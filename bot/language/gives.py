"""Whether a sentence itself gives the person or place asked for, and someone or somewhere
new: stricter than ``bot.language.answer_type.offers``, for deciding whether to read on to
the next sentence (``bot.answering.read_on``)."""

from __future__ import annotations

import re

from bot.language.answer_type import PERSON, PLACE, names_in, offers
from bot.language.names import NAME, PERSON_NAME, TITLE
from bot.language.offices import TITLES, alternatives
from bot.language.places import PLACES
from bot.language.spelling import english_words
from bot.language.text import stem, words

_LOCATIVE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?=[A-Z])")


def gives_own(answer_type: str | None, sentence: str, question_words: set[str]) -> bool:
    """True when a sentence itself gives a person or a place other than the question's own
    subject (for a date or a number: ``offers`` it). Stricter than ``offers``, for reading
    on to the next sentence: a person counts when a capitalised run that shares no word
    with the question has a title ("President Lee") or a two-word name with a word general
    English does not know ("Piet Vanderloo"); the run of the person asked about ("the
    delegation led by Deputy Assistant Secretary … Rosenbloom" for "who did Rosenbloom
    meet") and plain words ("the National Pavilion") give no one new; a place when
    "in"/"at" opens a name holding a known place or a word general English does not know
    ("in Almaty"), not a place inside an organisation's name ("at the Council of the U.S.
    Central Asia Trade … Agreement")."""
    if answer_type not in (PERSON, PLACE):
        return offers(answer_type, sentence, question_words) >= 1
    if answer_type == PLACE:
        return any(_place_run(sentence[m.end():], question_words)
                   for m in _LOCATIVE.finditer(sentence))
    runs = [name for name, run in names_in(sentence) if not _asked_about(run, question_words)]
    return any(TITLE.search(name) or any(
        w.isalpha() and w not in PLACES and w not in english_words()
        for m in PERSON_NAME.finditer(name) for w in words(m.group())) for name in runs
    ) or _apposed(sentence, question_words)


# a role and a comma just before a name: "the Freedonian envoy, Per Lund, …"
_BEFORE_NAME = frozenset("""head director deputy leader official representative adviser advisor
    commander chief administrator""".split())
_ROLE_BEFORE = re.compile(rf"\b(?:{alternatives(TITLES | _BEFORE_NAME)})s?,\s*$", re.IGNORECASE)


def _apposed(sentence: str, question_words: set[str]) -> bool:
    """True when a person's name stands in apposition to a role ("the envoy, Per Lund,")
    and is not the person asked about: the role says it names someone, in plain words."""
    return any(_ROLE_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
               and not _asked_about(frozenset(words(m.group())), question_words)
               for m in PERSON_NAME.finditer(sentence))


def _asked_about(run: frozenset[str], question_words: set[str]) -> bool:
    """True when a name's words are the question's: two of them, or one that general
    English does not know ("Rosenbloom"); one title word ("President") is not enough."""
    shared = {stem(w) for w in run} & {stem(w) for w in question_words}
    return len(shared) > 1 or any(stem(w) in shared and w not in english_words() for w in run)


def _place_run(text: str, question_words: set[str]) -> bool:
    """True when the name opening ``text`` is a place the question does not name."""
    found = NAME.match(text)
    named = [w for w in words(found.group()) if w not in question_words] if found else []
    return any(w in PLACES or (w.isalpha() and w not in english_words()) for w in named)

