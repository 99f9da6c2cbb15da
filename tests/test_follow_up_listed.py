"""A follow-up that picks a member of the last answer's list by its place ("what was the
second one?"), on sentences and a toy document of our own (``bot.answering.followups.listed``)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import Chatbot
from bot.answering.followups.listed import members, picked
from bot.reply import Reply

DOC = """Harbours of Sylvania

Projects

At the 3rd Harbour Forum in Velm it was agreed to start four projects: deeper docks; new
cranes for small and large ships; a pilots' school; storm walls.

In recent years, firms such as Kelp Nets, Ostrand Yards, Gull Air and Marlow Ropes have
opened offices in Velm.

The 4th Harbour Forum was held in Ostberg in 2019.
"""


@pytest.fixture(scope="module")
def bot() -> Chatbot:
    return Chatbot.from_text(DOC, cache=False)


@pytest.mark.parametrize(("sentence", "expected"), [
    # semicolons part the members; an "and" inside one is no parting
    ("They agreed on three aims: safe docks; cranes for small and large ships; a school.",
     ["safe docks", "cranes for small and large ships", "a school"]),
    # a list of names ends where its last name ends; "and others" is no member
    ("Firms such as Kelp Nets, Ostrand Yards, Gull Air and Marlow Ropes have opened offices.",
     ["Kelp Nets", "Ostrand Yards", "Gull Air", "Marlow Ropes"]),
    ("The main goods are fish, salt, rope and others.", ["fish", "salt", "rope"]),
])
def test_members_are_read_in_order(sentence: str, expected: list[str]) -> None:
    assert members(sentence) == expected


@pytest.mark.parametrize(("turns", "expected"), [
    (["what projects were agreed at the harbour forum in velm?", "what was the second one?"],
     "new cranes"),
    (["what projects were agreed at the harbour forum in velm?", "and the last one?"],
     "storm walls"),
    (["which firms opened offices in velm?", "the first one?"], "Kelp Nets"),
])
def test_a_place_asked_is_that_member_of_the_last_answers_list(
        bot: Chatbot, turns: list[str], expected: str) -> None:
    conv = bot.conversation()
    replies = [conv.ask(turn) for turn in turns]
    assert replies[-1].kind == "answer"
    assert f"one listed is {expected}" in " ".join(replies[-1].text.split())


def test_an_ordinal_of_the_last_question_is_another_member_not_a_list_place() -> None:
    last = Reply("answer", "At the 3rd forum they agreed on three aims: docks; cranes; walls.")
    assert picked("and the fourth one?", ("when was the 3rd forum?", last)) is None


def test_a_place_beyond_the_list_is_no_pick() -> None:
    last = Reply("answer", "They agreed on three aims: docks; cranes; walls.")
    assert picked("what was the fifth one?", ("what aims did they agree on?", last)) is None


@given(st.text(max_size=60))
def test_a_message_that_asks_no_place_picks_nothing(message: str) -> None:
    last = Reply("answer", "They agreed on three aims: docks; cranes; walls.")
    places = ("first", "second", "third", "last", "final")
    if not any(place in message.lower() for place in places):
        assert picked(message, ("what aims did they agree on?", last)) is None
