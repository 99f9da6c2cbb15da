"""A Conversation: turns with one Chatbot, where a follow-up may lean on the last answer.

A message that leans on an earlier turn ("Who attended it?", "And imports?", "The date?")
is asked again with the last answered (question, answer) as its context, or with the last
that named a person for a "he" or "she"; a whole new question, or one that says it changes
the topic, is asked on its own. Both readings are weighed (``followup``, ``own_subject``,
``within``, all in ``bot.answering.followups``); steps in time and yes/no checks are read
in ``sequence``; corrections, "that year", "there", "the Kazakh one" and a bare other time
in ``restated``; a follow-up's typos are repaired before its words are weighed. A question
with a pointer that small talk caught ("what does it cover?") is read as a follow-up too;
a follow-up that asks the same kind of thing again ("who represents Kazakhstan in
Washington?" after the US ambassador) wants another answer than the last; a bare "when?"
after a near miss leans on what it quoted. Whether a message may lean at all is read in
``leaning``; a lone word found all over the document ("what was signed?") is about the
last answer's event (``tied``); a leaning message right after a declined question leans
on that question (``declined``); an acknowledgement before a follow-up ("ok, and
imports?") is dropped (``acknowledged``), and a hurried bare one ("snice wen") spelled out
(``bare_typos``); a "he" asking of a life the document does not tell ("where did he
study?") is declined (``life``).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from bot.answering.followups.acknowledged import unacknowledged
from bot.answering.followups.after import told_of
from bot.answering.followups.bare_typos import bare_spelled
from bot.answering.followups.chain import told_earlier
from bot.answering.followups.compared import compared
from bot.answering.followups.declined import after_decline
from bot.answering.followups.follow_words import is_bare, is_contrast, leans, plain_opening, points
from bot.answering.followups.followup import (
    ANSWER,
    Avoid,
    alone_is_surer,
    answered_before,
    asks_another,
    holds_more,
    of_another,
    repeats,
    strays,
)
from bot.answering.followups.lead import with_lead
from bot.answering.followups.leaning import IMPLICIT_TERMS, may_lean, own_known
from bot.answering.followups.own_subject import common_names, document_names
from bot.answering.followups.part import answering_part
from bot.answering.followups.readings import (
    afresh,
    answered,
    near_miss,
    nearest,
    offers_better,
    reworded,
    says_more_alone,
    section_with,
    spelled,
    unknown_words,
)
from bot.answering.followups.restated import placed, placed_on, restate, uncorrected
from bot.answering.followups.roles import ONE_PERSON, PERSON_TURNS, names_person
from bot.answering.followups.sequence import about_last
from bot.answering.followups.shifts import as_topic, dislocated, new_subject, topic_shift
from bot.answering.followups.steps import moved_on, told_on
from bot.answering.followups.tied import on_last_event
from bot.answering.followups.within import again, asked_as
from bot.answering.query import TYPE_STEMS
from bot.language.answer_type import expected_type
from bot.language.continuation import SHORT_FOLLOW_UP
from bot.reply import Reply

if TYPE_CHECKING:
    from bot.chatbot import Chatbot


class Conversation:
    """Turns with one Chatbot; a follow-up borrows the previous question's words when needed."""

    def __init__(self, bot: Chatbot) -> None:
        self.bot = bot
        self.history: list[tuple[str, Reply]] = []
        self._bare = False  # whether the message asks too little to stand alone
        self._person = False  # whether it points to one person ("he", "her")

    def ask(self, question: str) -> Reply:
        """Reply to a message in the light of the earlier turns (module docstring)."""
        question = bare_spelled(unacknowledged(question)) if self.history else question
        said = uncorrected(question)  # "sorry, I meant 2017" asks as little as "2017"
        self._bare = is_bare(said) or len(self.bot.retriever.terms(said)) <= SHORT_FOLLOW_UP
        self._person = bool(ONE_PERSON.search(question))
        follows, last = self._lastanswered(), self._last_answer()
        speller, is_place = self.bot.retriever.speller_, self.bot.retriever.is_place_
        shifted = topic_shift(question) or dislocated(question)
        topic = as_topic(shifted or question, self.bot.retriever.known_terms)  # "anything on X?"
        alone = topic or shifted
        if alone is None and (declined := after_decline(
                question, self.history[-1] if self.history else None, self.bot.respond,
                self.bot.retriever.known_terms)):
            reply = declined
        elif alone is not None or follows is None or last is None:
            reply = self.bot.respond(alone if alone is not None else placed_on(
                plain_opening(question), [q for q, _ in self.history[-1:]],
                is_place))
        elif about := compared(question, self.history) or about_last(
                spelled(question, speller), last, self.bot.retriever):
            reply = about
        else:
            reply = restate(self.bot.respond, spelled(plain_opening(question), speller), follows,
                            self._asked(), partial(self._follow_up, follows=follows), is_place)
        if topic or moved_on(question, reply, last):  # a topic: its short answer goes on
            reply = told_on(reply, self.bot.retriever.document_)
        reply = told_of(question, reply, last, self.bot.respond)  # "when was that?"
        self.history.append((question, reply))
        return reply

    def reset(self) -> None:
        """Forget the earlier turns."""
        self.history.clear()

    def _asked(self) -> list[str]:  # the questions answered, or nearly (a near miss)
        return [q for q, r in self.history if r.kind == "answer" or r.explanation.unmet]

    def _lastanswered(self) -> tuple[str, str] | None:
        """The last turn that got an answer, (question, answer), for a follow-up to lean on:
        the part of the answer that answered (``followups.part.answering_part``), after the
        sentence it continues (``followups.lead``)."""
        if (last := self._last_answer()) is None:
            return None
        question, reply = last
        part = answering_part(reply.text, question, reply.span.start if reply.span else None)
        return question, with_lead(part, reply.sources[0].text) if reply.sources else part

    def _last_answer(self) -> tuple[str, Reply] | None:
        """The last turn that got an answer, with its whole reply; for a message that asks
        too little to stand alone ("when?"), a near miss counts with the sentence it quoted
        (``readings.nearest``): the user saw it, and asks on. A message that points to one
        person ("who did he meet?") leans on the last of the ``PERSON_TURNS`` last answered
        turns whose answer names a person: "what was signed?" in between names none."""
        turns = [(question, shown) for question, reply in reversed(self.history)
                 if (shown := (nearest(reply) if self._bare else None) or reply).kind == "answer"]
        named = [t for t in turns[:PERSON_TURNS] if self._person and names_person(t[1].text)]
        return (named or turns)[0] if turns else None

    def _avoid(self, question: str, asked: str, known: int, answered: str) -> Avoid:
        """What the follow-up ``question`` (read as ``asked``) must not be answered with
        (``bot.answering.followups.followup.asks_another``), where ``answered`` is the part of the
        last answer that answered. An untyped answer may hold the other member of a pair
        ("what were imports worth?", then "the other direction?"): nothing tells. A
        question of the same kind asks for another answer only when it names something
        ("who represents Sylvania?"); "who is she?" asks about the last one."""
        last = self._last_answer()
        if last is None:
            return asks_another(question, known, holds_more=False)
        before, reply = last
        kind = reply.explanation.answer_type
        same_kind = known > 0 and kind is not None and expected_type(asked) == kind
        more = (kind is None and known == 0) or holds_more(
            before, answered, kind, reply.span.text if reply.span else None,
            people=known == 0 or same_kind)
        return asks_another(question, known, more, same_kind)

    def _follow_up(self, said: str, follows: tuple[str, str]) -> Reply:
        """The reply to a message after an answered turn (``_read_follow_up``, its "there"
        read as the place the last turn named: ``restated.placed``), or the sentence that
        answered last time when it holds what the message asks (``followups.within.again``;
        such a "there" points to that answer), or an earlier one telling its event's time
        or place (``followups.chain``)."""
        question = placed(said, follows)
        reply, last = self._read_follow_up(question, follows), self._last_answer()
        index, document = self.bot.retriever.passage_index_, self.bot.retriever.document_
        idf, names = index.idf, (document_names(document, index), common_names(document, index))
        if last is None:
            return reply
        reply = again(question, reply, (last[0], follows[1], last[1]), self.bot.retriever.terms,
                      lambda term: idf(term) is not None, names, pointed=question != said)
        return told_earlier(question, reply, last, follows[1]) or reply  # "when was it?"

    def _tied(self, read: tuple[str, str], alone: Reply, with_context: Reply,
              follows: tuple[str, str]) -> Reply | None:
        """The reply about the last answer's event for a follow-up (``read``: as sent, and
        as asked) that names no subject of its own (``bot.answering.followups.tied``)."""
        retriever = self.bot.retriever
        return on_last_event(set(retriever.terms(read[0])), alone, with_context, follows[1],
                             partial(self.bot.respond, read[1], follows, ANSWER),
                             retriever.terms, retriever.passage_index_.holding)

    def _is_new(self, question: str, alone: Reply, with_context: Reply, answered: str
                ) -> bool:
        """True when a message answered on its own (``alone``) names a new subject of its
        own and its reading with the last turn only repeated the last answer's part that
        answered, ``answered`` (``bot.answering.followups.shifts.new_subject``)."""
        retriever, terms = self.bot.retriever, self.bot.retriever.terms
        own = {t for t in terms(question) if retriever.passage_index_.idf(t) is not None}
        return alone.kind == "answer" and new_subject(own - TYPE_STEMS, set(terms(answered)), (
            with_context.kind == "answer" and repeats(with_context.text, answered)))

    def _reworded(self, read: tuple[str, str], with_context: Reply, follows: tuple[str, str],
                  avoid: Avoid) -> tuple[str, str, Reply]:
        """A pointing or contrasting follow-up (``read``: as sent, and as asked) that found
        nothing with the last turn, asked again in the words of the last answer's section
        (``readings.reworded``): its reading then, weighed in those words when it is an answer."""
        question, asked = read
        terms, document = self.bot.retriever.terms, self.bot.retriever.document_
        if with_context.kind != "answer" and (points(question) or is_contrast(question)) and (
                worded := reworded(asked, section_with(document, follows[1]), terms)):
            found = self.bot.respond(worded, follows, avoid)
            return (worded, worded, found) if found.kind == "answer" else (question, asked, found)
        return question, asked, with_context

    def _read_follow_up(self, question: str, follows: tuple[str, str]) -> Reply:
        """The reply to a message after an answered turn: on its own, or read with that
        turn when it leans on it and that reading holds up (module docstring)."""
        asked = asked_as(question, follows[0])
        reply = self.bot.respond(asked)
        if not may_lean(self.bot.retriever, question, reply):
            return reply
        known = self.bot.retriever.known_terms(asked)
        avoid = self._avoid(question, asked, known, follows[1])
        terms = self.bot.retriever.terms
        with_context = afresh(self.bot.respond, (question, asked), follows, avoid, terms)
        if tied := self._tied((question, asked), reply, with_context, follows):
            return tied
        said, (question, asked, with_context) = question, self._reworded(
            (question, asked), with_context, follows, avoid)
        if self._is_new(said, reply, with_context, follows[1]):
            return reply
        if avoid == ANSWER and with_context.kind != "answer" and (  # of another subject?
                other := of_another(self.bot.respond, asked, follows)) is not None:
            return other
        near = reply.kind != "intent" and near_miss(with_context, terms, asked)
        if not (with_context.kind == "answer" or near):
            return reply
        unknown = unknown_words(asked, self.bot.retriever.passage_index_.idf)
        if strays(*unknown, with_context.explanation.answer_type, with_context.text):
            return reply
        if known <= IMPLICIT_TERMS and (last := self._last_answer()) and answered_before(
                answered(reply), with_context.text, (last[0], last[1].text), asked):
            return with_context
        own = own_known(self.bot.retriever, question, known)
        if own == 0 and offers_better(asked, with_context, reply):
            return with_context
        if says_more_alone(question, reply, with_context, follows, terms) or alone_is_surer(
                answered(reply), answered(with_context), own):
            return reply
        if reply.kind == "answer" and not leans(question) and (
                with_context.confidence < reply.confidence):  # an implicit follow-up
            return reply
        return with_context
