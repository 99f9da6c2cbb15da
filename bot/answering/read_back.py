"""Reading back: when the sentence before the best one joins the answer.

Its mirror is ``read_on`` (and ``read_next``): the sentence after. The one before joins
(``reads_back``, asked by ``bot.answering.compose.answer_text``) when the best one

- points back to the very thing asked about ("which team will train?" of "The Blue Heron
  team was set up in 1990. Plans are made for *this team* to train …": ``_points_back``);
- lacks the kind of thing asked (a date, a number, a person, a place) that the sentence
  before gives, and leans on it ("… a meeting was held on August 28 … The statement was
  signed *at the meeting*": ``_answered_before``);
- names its doer by a bare pronoun ("He", "She", "They") and names no one the question
  does not, while the sentence before names a person the question does not, or opens with
  such a name ("Ada Berg refused to sign the charter. She is often quoted as saying: …"
  for "who said …?": ``named_before``; squad_dev one answer gained, none lost,
  the median answer unchanged);

and, failing the composer's other joins, a short sentence before ``completed_before`` the
best one with two of the question's rare terms at least ("Cooperation in education is
being expanded. There is an exchange of students …"). Rules about how English refers
back, not about any question set.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence, Set

from bot.answering.query import Query
from bot.answering.read_on import COMPLETING, asked_kind, completes, leans_on, long_join
from bot.language.answer_type import PERSON, offers
from bot.language.names import NAME
from bot.language.text import STOP_WORDS, stem, terms, words
from bot.reading.document import Sentence

# a sentence whose subject is a bare personal pronoun: "He is …", "They later …"
_PRONOUN_SUBJECT = re.compile(r"^\W*(?:he|she|they)\b(?!\s*[,’'-])", re.IGNORECASE)


def opening_name(sentence: str, known: set[str]) -> bool:
    """True when a sentence opens with a name whose words, less stop words, the question
    (``known``, folded) lacks: "Ada Berg refused …", "Duke Otto II …"; not "The rest …"."""
    found = NAME.match(sentence.lstrip(" \"'“‘("))
    if found is None:
        return False
    named = [w for w in words(found.group()) if w not in STOP_WORDS]
    return bool(named) and not set(named) <= known


def named_before(sentences: Sequence[Sentence], best: int, query: Query) -> bool:
    """True when the sentence before ``best`` names the person a pronoun subject of the best
    one stands for (see the module docstring)."""
    if query.answer_type != PERSON or best == 0:
        return False
    text, before = sentences[best].text, sentences[best - 1]
    if before.passage != sentences[best].passage or not _PRONOUN_SUBJECT.match(text):
        return False
    known = set(query.own.folded)
    if offers(PERSON, text, known) >= 1:
        return False
    return offers(PERSON, before.text, known) >= 1 or opening_name(before.text, known)


# A pointer to a thing named in the sentence before: "… for *this unit* to take part"
_POINTER = re.compile(r"\b(?:this|these|such an?|such)\s+([a-z][\w-]*)", re.IGNORECASE)


def follows_in_passage(sentences: Sequence[Sentence], best: int) -> bool:
    """True when a sentence before the best one is in the same passage."""
    return best > 0 and sentences[best - 1].passage == sentences[best].passage

def _points_back(sentences: Sequence[Sentence], best: int, query: Query) -> bool:
    """True when the best sentence points back to the thing the question asks about ("which
    team …?" of "… plans for *this team* …"): the sentence before, in the same passage,
    names it, with a word of the question (else it is about something else: "This
    treatise is kept in …" needs no "He published the document …" before it). Past
    ``SHORT_JOIN`` only when the pointer names the very kind asked ("what
    kind of treaty …?" of "… the first to sign *such a treaty*")."""
    pointed = {stem(m.group(1).lower()) for m in _POINTER.finditer(sentences[best].text)}
    return bool(follows_in_passage(sentences, best) and pointed & set(query.terms)
                and set(query.terms) & set(terms(sentences[best - 1].text))
                and (pointed & asked_kind(query.text) or not long_join(sentences, best - 1, best)))

def _answered_before(sentences: Sequence[Sentence], best: int, query: Query,
                     terms_of: Callable[[int], Set[str]]) -> bool:
    """True when the best sentence lacks the kind of thing asked (a date, a number, a
    person, a place), leans on the sentence before it (``continues`` it, or refers back to
    its occasion: "… was signed *at the meeting*") and that sentence, in the same passage,
    gives it: "On August 28 a meeting was held … The statement was signed at the meeting"
    answers "when was the statement signed"."""
    kind = query.answer_type
    if not kind or not follows_in_passage(sentences, best):
        return False
    text, before, asked = sentences[best].text, sentences[best - 1].text, set(query.own.folded)
    if offers(kind, text, asked) >= 1 or offers(kind, before, asked) < 1:
        return False
    return leans_on(text, terms_of(best - 1))

def completed_before(sentences: Sequence[Sentence], best: int,
                      terms_of: Callable[[int], Set[str]], asked: Set[str]) -> bool:
    """True when the sentence before the best one, in its passage and short enough to join
    (``SHORT_JOIN``), ``completes`` it (asked only when the best one lacks the kind of
    thing asked, if any: "Its chair is …" answers "who chairs it" alone): it names what
    the question asks of ("Cooperation in education is being expanded. There is an
    ongoing exchange of students …" for "which area of cooperation is being expanded with
    student exchanges"), two of the question's rare terms at least (``COMPLETING``): one
    shared word ("College sports are popular. The Bruins …" for "which college do the
    Bruins belong to") is no sign that the best one needs it."""
    gained = (set(asked) - terms_of(best)) & terms_of(best - 1)
    return (follows_in_passage(sentences, best) and not long_join(sentences, best - 1, best)
            and len(gained) >= COMPLETING and completes(terms_of(best), terms_of(best - 1), asked))

def reads_back(sentences: Sequence[Sentence], best: int, query: Query | None,
                terms_of: Callable[[int], Set[str]] | None) -> bool:
    """Whether the sentence before the best one joins it: the best points back to the
    thing asked, lacks the kind asked that the one before gives, or names its doer by a
    pronoun that one names (``read_back.named_before``)."""
    return query is not None and (
        _points_back(sentences, best, query)
        or (terms_of is not None and _answered_before(sentences, best, query, terms_of))
        or named_before(sentences, best, query))
