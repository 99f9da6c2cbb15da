"""A Conversation: turns with one Chatbot, where a follow-up may lean on the last answer.

A message that leans on an earlier turn ("Who attended it?", "And imports?", "The date?")
is asked again with the last answered (question, answer) as its context; a message that
reads as a whole new question, or says it changes the topic, is asked on its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answering.followup import stands_alone, topic_shift
from bot.answering.query import TYPE_STEMS
from bot.language.continuation import SHORT_FOLLOW_UP, leans_on_earlier, points_back
from bot.reply import Reply

if TYPE_CHECKING:
    from bot.chatbot import Chatbot


class Conversation:
    """Turns with one Chatbot; a follow-up borrows the previous question's words when needed."""

    def __init__(self, bot: Chatbot) -> None:
        self.bot = bot
        self.history: list[tuple[str, Reply]] = []

    def ask(self, question: str) -> Reply:
        """Reply to a message in the light of the earlier turns."""
        follows = self._last_answered()
        alone = topic_shift(question)
        reply = self.bot.respond(question if alone is None else alone)
        if (follows and alone is None and reply.kind != "intent"
                and self._needs_context(question, reply)
                and not (reply.kind == "answer" and stands_alone(  # a whole question
                    reply.confidence, self.bot.retriever.known_terms(question)))):
            with_context = self.bot.respond(question, follows)
            if ((with_context.kind == "answer" or with_context.explanation.unmet)
                    and not self._says_more_alone(question, reply, with_context, follows)):
                reply = with_context
        self.history.append((question, reply))
        return reply

    def reset(self) -> None:
        """Forget the earlier turns."""
        self.history.clear()

    def _last_answered(self) -> tuple[str, str] | None:
        """The last turn that got an answer, (question, answer), for a follow-up to lean on."""
        for question, reply in reversed(self.history):
            if reply.kind == "answer":
                return question, reply.text
        return None

    def _says_more_alone(self, question: str, alone: Reply, with_context: Reply,
                         follows: tuple[str, str]) -> bool:
        """True when the answer to the message on its own holds more of the words the
        message brings (its content words, less those that only name the kind of answer
        and those of the last turn) than the answer read with the last turn: "what about
        imports in 2017?" after a question about ambassadors asks about imports. A message
        that points back ("which state does she represent?") is about the last turn's
        subject, so it keeps its reading with the last turn."""
        if alone.kind != "answer" or points_back(question):  # "she", "it": the last turn's
            return False
        terms = self.bot.retriever.terms
        new = set(terms(question)) - TYPE_STEMS - set(terms(" ".join(follows)))
        return len(new & set(terms(alone.text))) > len(new & set(terms(with_context.text)))

    def _needs_context(self, question: str, reply: Reply) -> bool:
        """True for a follow-up: it leans on a pronoun or ellipsis ("Who attended it?", "And
        imports?"), or is a word or two that fails on its own ("The date?").

        A whole question that fails alone is a new topic the document doesn't cover, not a
        follow-up: borrowing the last turn's words would answer it with the last answer.
        """
        if leans_on_earlier(question):
            return True
        return (reply.kind != "answer"
                and len(self.bot.retriever.terms(question)) <= SHORT_FOLLOW_UP)
