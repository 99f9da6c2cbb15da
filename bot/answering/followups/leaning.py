"""Whether a message may be read with the last turn: it needs that turn.

A message leans on the last turn when it says so (a pointer, an "and…", a contrast) or
names too little of its own subject to stand alone (``needs_context``); a whole question
answered surely on its own does not (``followup.stands_alone``), nor does a remark
(``shifts.is_remark``) unless it is a contrast ("vice versa", with no question mark: it
leans); small talk leans only when it points back with a word the document knows
(``may_lean``). ``bot.conversation`` keeps the turns and asks this.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answering.followups.follow_words import asks_of_it, is_bare, is_contrast, leans, points
from bot.answering.followups.followup import stands_alone
from bot.answering.followups.own_subject import document_names, leans_only
from bot.answering.followups.readings import unknown_words
from bot.answering.followups.roles import PERSON_POINTER
from bot.answering.followups.shifts import is_remark
from bot.answering.query import TYPE_STEMS
from bot.language.continuation import SHORT_FOLLOW_UP
from bot.language.text import stem
from bot.reply import Reply

if TYPE_CHECKING:
    from bot.answering.retriever import Retriever

# At most this many words the document knows leave an answered question a follow-up.
IMPLICIT_TERMS = 2
# The words of a "how long / how many …" that ask for a kind of answer, not about a subject.
_HOW = re.compile(r"\bhow\s+(?:long|much|many|far|often|old|soon)\b", re.IGNORECASE)
# Small talk that a pointer never turns into a question about the last answer.
SOCIAL_INTENTS = frozenset({"greeting", "thanks", "goodbye"})


def may_lean(retriever: Retriever, question: str, reply: Reply) -> bool:
    """True when a message may be read with the last turn: it needs that turn, and it is
    no whole question answered surely on its own; small talk only when it points back
    ("what does it cover?") with a word the document knows or a pointer to a person, who
    is not the bot ("what is his name?"), and is not social talk, or when it is a bare
    question word ("why?", "any others?") or asks a kind of thing of a pointer ("how
    long is it?")."""
    if reply.kind == "intent":
        if is_bare(question) or asks_of_it(question):
            return True
        return (reply.intent not in SOCIAL_INTENTS and points(question)
                and (retriever.known_terms(question) > 0
                     or bool(PERSON_POINTER.search(question))))
    known = retriever.known_terms(question)
    remark = is_remark(question, known) and not is_contrast(question)  # "the other way round"
    return (needs_context(retriever, question, reply, known) and not remark
            and not (reply.kind == "answer"
                     and stands_alone(reply.confidence, own_known(retriever, question, known))))


def own_known(retriever: Retriever, question: str, known: int) -> int:
    """How many words the document knows a question brings to name its own subject:
    none when its subject is the last turn's
    (``bot.answering.followups.own_subject.leans_only``)."""
    own = set(retriever.terms(question))
    names = document_names(retriever.document_, retriever.passage_index_)
    return 0 if leans_only(question, own, names) else known


def needs_context(retriever: Retriever, question: str, reply: Reply, known: int) -> bool:
    """True for a follow-up: it says it leans on an earlier turn (``followup.leans``), or names
    too little of its own subject: a word or two that fails on its own ("The date?"),
    or an answered question with at most ``IMPLICIT_TERMS`` words the document knows
    (``known``: "who attended the ceremony?", "since when?"), which keeps its own answer unless
    the reading with the last turn is at least as sure.

    A question that fails alone leans when it is a word or two, or names one word the
    document knows and no more it never uses ("how long can Americans stay?" after the
    visa-free regime: "how long" asks a kind of answer). A whole question that fails
    alone, or that does not lean and brings more words the document never uses than
    words it knows ("when did X join the UN?"), is a new topic the document doesn't
    cover, not a follow-up: borrowing the last turn's words would answer it with the last
    answer.
    """
    if leans(question):
        return True
    unknown = unknown_words(_HOW.sub(" ", question), retriever.passage_index_.idf)[1]
    strange = {stem(w) for w in unknown} - TYPE_STEMS
    if reply.kind == "answer":
        return known <= IMPLICIT_TERMS and len(strange) <= known
    return len(retriever.terms(question)) <= SHORT_FOLLOW_UP or (
        reply.kind == "fallback" and known == 1 and len(strange) <= known)
