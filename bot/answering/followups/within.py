"""A follow-up that the last answer itself answers, not what follows it.

The last answer may already hold what a follow-up asks: "which day exactly?" after "In
May 2019 the pact was signed on 3 May in Oslo", "who else leads it?" after "its chair is
A; the co-chair is B", "why does that matter?" after "… is a positive factor for the
growth of trade", "any others?" or "which one deals with X?" after a sentence that lists
things, "how did they talk?" after "X had a telephone conversation with Y".

When the follow-up leans on the last turn (a pointer, an "and…", "what else", "which
one", a fragment of a few words, or a question with at most one word of its own, or
none the document knows: "for how long are the visas valid?" after the visa pact) and
names no subject of its own (three words of its own, a name of the document's own the
last turn did not name, a place the document never names), the sentence that answered
last time is the answer (``answer_within``) when: it asks a kind of thing the sentence
offers besides what the last question and its answer named, and its own reading finds
nothing, or nothing of that kind, or only a sentence of another passage for a fragment
("who attended?": the last answer's event, not another one it fits), or names nothing
the document knows beyond the last turn's words (the visas just named, not other
visas a sentence nearby gives a length for), or it asks who else
and the sentence names another one; it asks why and the sentence gives a purpose; it
asks what else or which one and the sentence is a list; or the sentence holds more of
the words it brings than its own answer does, or it points back with no word of its own
and its own answer is from another passage. When the sentence names a person only
weakly and a sentence of its passage that goes on about it ("Its chair is …") names one
surely, that sentence answers a "who…?" that found nothing. The user sees that sentence
(again), which holds what was asked: better than "not found" for what was just said.
Words for a party to the last answer's event ("who came from the US side?") bring no
subject of their own. A follow-up placed in time by the last answer ("where had they met
before that?") asks of another event, so the last answer never answers it, unless it
tells of another time itself ("(Prior to this, …)").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set
from dataclasses import replace

from bot.answering.followups.follow_words import (
    asks_else,
    leans,
    plain_opening,
    points,
    with_asking_words,
    without_contrast,
    without_opener,
)
from bot.answering.followups.followup import repeats
from bot.answering.followups.part import other_shown
from bot.answering.followups.readings import in_other_words, speaks_of, told_beside, unsaid
from bot.answering.followups.roles import asks_role
from bot.answering.followups.typed import (
    ANOTHER,
    DATE_SAID,
    FRAGMENT_WORDS,
    IMPLICIT_NEW,
    points_here,
    typed_within,
)
from bot.answering.query import EVENT_STEMS, TYPE_STEMS
from bot.language.answer_type import PERSON, expected_type
from bot.language.places import PLACES
from bot.language.text import stem, terms, words
from bot.reply import Reply

# A purpose or a reason a sentence gives ("in order to…", "a factor for…", "because…").
_PURPOSE = re.compile(r"\b(?:in order to|so as to|so that|aimed at|with a view to|because|"
                      r"due to|owing to|thanks to|as a result of|factor for|"
                      r"for the (?:benefit|purpose|sake|promotion) of|to help|intended to|"
                      r"designed to|the aim|the goal|the objectives?|the purpose)\b",
                      re.IGNORECASE)
_WHY = re.compile(r"\b(?:why|what for|how come|what(?:'s| is| was) the (?:point|reason|"
                  r"purpose|aim))\b", re.IGNORECASE)
# A list: three short items or more ("A, B and C", "A; B; C", "A, B, C, etc").
_ITEM = r"[\w'.&-]+(?: [\w'.&-]+){0,5}"
LIST = re.compile(rf"(?:{_ITEM}, ){{2,}}(?:(?:{_ITEM} )?(?:and|or) {_ITEM}|etc\b)|"
                   rf"(?:{_ITEM}; ){{2,}}{_ITEM}")
# Choosing among what the last answer listed: "which one…", "which of them…".
_SELECTS = re.compile(r"\bwhich (?:one|ones|of (?:them|these|those))\b", re.IGNORECASE)
# The word after "how" that asks for a kind of thing ("how long", "how many").
_HOW = re.compile(r"\bhow (\w+)", re.IGNORECASE)
# At least this many words of its own, besides those of the last turn and those naming
# the kind of answer, make a whole question ("who chairs the board and where did its
# 5th session meet?"), not one the last answer answers.
WHOLE_QUESTION_TERMS = 3

_ANCHORED = re.compile(r"\b(?:before|after|prior to|earlier than|later than)\s+"
                       r"(?:that|this|then|it)\b", re.IGNORECASE)


# words for a party to the last answer's event, or for taking part in it, that name no
# subject of their own: "who came from the US *side*?", "who *represented* them?"
_PARTY_WORDS = frozenset(map(stem, "side sides counterpart came come represented".split()))
# the question's words that bring no subject of its own: a kind asked, an event, a party
_NO_SUBJECT = TYPE_STEMS | EVENT_STEMS | _PARTY_WORDS
# an answer that tells what came before or after its own event ("(Prior to this, …)")
_TELLS_ANOTHER_TIME = re.compile(r"\b(?:prior to|before|after|until|since) (?:this|that|then)\b|"
                                 r"\b(?:previously|subsequently|later|earlier)\b", re.IGNORECASE)


def anchored(question: str, answer: str) -> bool:
    """True when a follow-up asks of another event than the last ``answer``'s, placed in
    time by it ("where had they met before that?"), and that answer tells of no other
    time ("(Prior to this, … since 2013)"): the answer is then never its own answer."""
    return bool(_ANCHORED.search(question)) and not _TELLS_ANOTHER_TIME.search(answer)


def asked_as(question: str, before: str) -> str:
    """A follow-up as it is asked of the document: a contrast without its contrast words
    and an ellipsis with the last question ``before``'s asking words ("and the biggest?"
    after "which country is the second investor?" → "which country the biggest?"), without
    the linking words before its question word (``bot.answering.followups.follow_words``)."""
    return without_opener(with_asking_words(without_contrast(question), plain_opening(before)))


def _stands_alone(question: str, reply: Reply, knows: Callable[[str], bool]) -> bool:
    """True when a follow-up names a place the document never names (another subject:
    "and trade with Chile?") or does not lean on the last turn and gets a near miss of its
    own ("what is the biggest city in X?")."""
    return (any(w in PLACES and not knows(stem(w)) for w in words(question))
            or (reply.kind == "fallback" and bool(reply.explanation.unmet)
                and not leans(question)))


def again(question: str, reply: Reply, last: tuple[str, str, Reply],
          terms_of: Callable[[str], list[str]], knows: Callable[[str], bool],
          names: tuple[Set[str], Set[str]] = (frozenset(), frozenset()),
          pointed: bool = False) -> Reply:
    """The follow-up's ``reply``, or the part of the last answer that answered when that
    holds what the follow-up asks (``answer_within``). ``last`` is the last question, that
    part and the whole last reply; ``terms_of`` reads a text's terms (the retriever's),
    ``knows`` tells a term the document uses (``_stands_alone``); a name of the document's
    own the last turn did not name is another subject ("who chairs the SPD?" after a
    question about a bank); ``names`` are those and the document's common names, its own
    subject, which no question brings as its own ("which other American firms did?";
    ``own_subject``); ``pointed``: its "there" read as that answer's place (``typed``)."""
    before, part, whole = last
    rare, common = names
    found = reply.text if reply.kind == "answer" and not repeats(reply.text, part) else None
    own = set(terms_of(question))  # an answer that repeats the last one found nothing
    if _stands_alone(question, reply, knows) or other_shown(question, found, whole.text):
        return reply
    fresh = own - set(terms_of(f"{before} {whole.text}")) - _NO_SUBJECT - common
    new = len(fresh)
    if new >= WHOLE_QUESTION_TERMS or fresh & rare:
        return reply  # it names a subject of its own
    asked = (question, asked_as(question, before), own, new)
    if found is None and not asks_else(question) and expected_type(asked[1]) and unsaid(
            {t for t in fresh if knows(t)}, set(terms_of(part))) and not asks_role(question, part):
        return reply  # it asks of something the last answer does not speak of
    passage, brought = whole.sources[0].text if whole.sources else part, own - TYPE_STEMS
    if new <= IMPLICIT_NEW and asks_role(question, part):  # "what's his job?"
        return replace(whole, text=part, span=None)
    if told_beside(found, (part, whole.text, passage), brought - set(terms_of(before)), terms_of):
        return reply  # the sentence beside speaks of it ("how many of them export?")
    elsewhere = found is not None and not _same_passage(reply, whole)
    if (fresh and _of_it(question) and speaks_of(fresh, set(terms_of(part))) and (
            found is None or elsewhere or not speaks_of(fresh, set(terms_of(found))))):
        return replace(whole, text=part, span=None)  # "who chairs it?": "… chairmanship …"
    bare = _names_nothing(question, fresh, knows) or (
        elsewhere and points_here(question, part, pointed, new))  # asked of the last answer
    text = answer_within(asked, (before, part, whole.span.text if whole.span else "", passage),
                         found, elsewhere, bare)
    return reply if text is None else replace(whole, text=text, span=None)


def _names_nothing(question: str, fresh: Set[str], knows: Callable[[str], bool]) -> bool:
    """True when a follow-up's ``fresh`` terms (its own, not the last turn's) name nothing
    the document ``knows``, and are one at most besides the word after "how" ("how long")."""
    return not {t for t in fresh if knows(t)} and len(fresh - {
        stem(w) for w in _HOW.findall(question)}) <= IMPLICIT_NEW


def answer_within(asked: tuple[str, str, Set[str], int], last: tuple[str, str, str, str],
                  found: str | None, elsewhere: bool = False, bare: bool = False
                  ) -> str | None:
    """The text that answers the follow-up question from the last answer (module
    docstring), or None. ``asked`` is the question, as it is asked (``asked_as``), its
    terms and how many of them are new (neither the last turn's nor asking for a kind);
    ``last`` the last question, the part of its answer that answered, the words that
    answered ("") and the passage it came from; ``found`` the follow-up's own answer,
    None when it got none, from another passage than the last answer when ``elsewhere``;
    ``bare`` when the question names nothing the document knows beyond the last turn."""
    question, as_asked, own, new = asked
    before, part, span, passage = last
    if anchored(question, part):  # "where did they meet before that?": another event
        return None
    if not (leans(question) or asks_else(question) or _SELECTS.search(question)
            or len(words(question)) <= FRAGMENT_WORDS or new <= IMPLICIT_NEW or bare):
        return None
    kind = expected_type(as_asked)  # "who else?" after a list of firms asks for the list
    if kind is not None and not (kind == PERSON and asks_else(question) and is_list(part)):
        named = set(words(question)) | set(words(before)) | set(words(span))
        return typed_within(kind, question, (named, part, passage), found, (new, elsewhere, bare))
    if _WHY.search(question):
        holds = found is None and bool(_PURPOSE.search(part))
    elif _SELECTS.search(question) or asks_else(question):
        holds = is_list(part) and (found is None or not is_list(found))
    else:
        brought = set(own) - set(terms(before))  # none: it asks of the last event ("how?")
        holds = len(brought & set(terms(part))) > len(brought & set(terms(found or ""))) or (
            elsewhere and points(question) and (not brought or in_other_words(
                brought, set(terms(part)))))  # "what did they talk about?": "… discussed"
    return part if holds else None


def _of_it(question: str) -> bool:
    """True for a follow-up that can only ask of the last answer's subject: it points back
    ("who chairs it?") or is a fragment ("who helped?"), and is no ellipsis of another
    member ("and the 4th?") nor a question for another answer ("who else?")."""
    return (points(question) or len(words(question)) <= FRAGMENT_WORDS) and not (
        ANOTHER.match(question) or asks_else(question))


def _same_passage(reply: Reply, last: Reply) -> bool:
    """True when two replies come from the same passage (their best sources)."""
    return bool(reply.sources and last.sources) and (
        reply.sources[0].start, reply.sources[0].file) == (last.sources[0].start,
                                                          last.sources[0].file)


def is_list(sentence: str) -> bool:
    """True when a sentence lists three things or more, its dates aside ("On May 1, 2017,
    …" is no list)."""
    return bool(LIST.search(DATE_SAID.sub("then", sentence)))
