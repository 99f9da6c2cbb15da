"""How sure retrieval must be to answer: ``threshold`` for a message on its own, and the
higher ``FOLLOW_UP_THRESHOLD`` for a follow-up read with the last turn, whose confidence
weighs words the user did not type. Retrieval is made to report a chosen confidence, so the
tests read the bar itself, not the model behind it."""

from dataclasses import replace

import pytest

from bot import Chatbot
from bot.chatbot import FOLLOW_UP_THRESHOLD

SAMPLE = """Harbour Ferries

Routes

The Eastbay ferry sails every morning at 7 and reaches Westbay at 9.
"""
QUESTION = "When does the Eastbay ferry reach Westbay?"
LAST = ("Where does the ferry sail from?", "The Eastbay ferry sails every morning at 7.")


def _reporting(confidence: float) -> Chatbot:
    """A bot whose retrieval finds what it finds, but with ``confidence``."""
    bot = Chatbot.from_text(SAMPLE)
    find = bot.retriever.find

    def found(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        finding = find(*args, **kwargs)  # type: ignore[arg-type]
        return replace(finding, confidence=confidence) if finding else None

    bot.retriever.find = found  # type: ignore[method-assign]
    return bot


def test_the_follow_up_bar_is_above_the_bar_for_a_message_alone() -> None:
    assert Chatbot.from_text(SAMPLE).threshold < FOLLOW_UP_THRESHOLD


def test_between_the_bars_a_message_alone_is_answered() -> None:
    bot = _reporting((Chatbot.from_text(SAMPLE).threshold + FOLLOW_UP_THRESHOLD) / 2)
    reply = bot.respond(QUESTION)
    assert reply.kind == "answer" and "at 9" in reply.text
    assert reply.explanation.threshold == bot.threshold


def test_between_the_bars_a_reading_with_the_last_turn_is_not() -> None:
    bot = _reporting((Chatbot.from_text(SAMPLE).threshold + FOLLOW_UP_THRESHOLD) / 2)
    reply = bot.respond(QUESTION, follows=LAST)
    assert reply.kind == "fallback"
    assert reply.explanation.threshold == FOLLOW_UP_THRESHOLD


@pytest.mark.parametrize("follows", [None, LAST])
def test_above_both_bars_either_reading_is_answered(follows: tuple[str, str] | None) -> None:
    reply = _reporting(FOLLOW_UP_THRESHOLD + 0.05).respond(QUESTION, follows=follows)
    assert reply.kind == "answer"


def test_below_both_bars_neither_is_answered() -> None:
    bot = _reporting(Chatbot.from_text(SAMPLE).threshold - 0.05)
    assert bot.respond(QUESTION).kind == "fallback"
    assert bot.respond(QUESTION, follows=LAST).kind == "fallback"
