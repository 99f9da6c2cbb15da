"""A question wrapped in the asker's manners or story is the question: a polite tail
("…, if you don't mind my asking", "…, please") and a story told first ("I was reading
about the war the other day — when did …?") are dropped before the classifier, the
off-topic gate and retrieval read it; a story the question points back to ("I keep
hearing about the Bay Cup. When did it start?") stays, since "it" needs it."""

import pytest

from bot import Chatbot
from bot.smalltalk.route import unwrapped


@pytest.mark.parametrize(("message", "question"), [
    ("Who chairs the harbour council, if you don't mind my asking?",
     "Who chairs the harbour council?"),
    ("who chairs the harbour council, if i may ask", "who chairs the harbour council"),
    ("when was the ferry launched, please?", "when was the ferry launched?"),
    ("I was reading about old ships the other day — when was the ferry launched?",
     "when was the ferry launched?"),
    ("I'm just reading up on Norland: who chairs the harbour council?",
     "who chairs the harbour council?"),
    ("I've been thinking about ferries. So when was the ferry launched?",
     "So when was the ferry launched?"),
])
def test_manners_and_stories_are_not_the_question(message: str, question: str) -> None:
    assert unwrapped(message) == question


@pytest.mark.parametrize("message", [
    "I keep hearing about the Bay Cup. When did it start?",  # "it" is the Bay Cup
    "I was reading about the ferry; when was that launched?",
    "What does please mean in the treaty?",                   # no tail: a word asked about
    "I was there when the ferry was launched",               # no question after a stop
])
def test_a_story_the_question_needs_stays(message: str) -> None:
    assert unwrapped(message) == message


HARBOUR = """Norland harbour

The harbour council of Norland is chaired by Ines Varga since 2021.

The Eastbay ferry was launched on May 4, 1998, and sails every morning.
"""


def test_a_polite_tail_is_answered_end_to_end() -> None:
    bot = Chatbot.from_text(HARBOUR)
    reply = bot.ask("Who chairs the harbour council of Norland, if you don't mind my asking?")
    assert reply.kind == "answer" and "Ines Varga" in reply.text, reply.text


def test_a_story_told_first_is_answered_end_to_end() -> None:
    bot = Chatbot.from_text(HARBOUR)
    reply = bot.ask("I was reading about old steamships and sailing the other day — on what "
                    "date was the Eastbay ferry launched?")
    assert reply.kind == "answer" and "May 4, 1998" in reply.text, reply.text
