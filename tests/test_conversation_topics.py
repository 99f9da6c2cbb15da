"""An opening "what about…" may bring a new subject; a pronoun keeps the last one."""

import pytest

from bot import Chatbot

DOC = """Embassy

Since 2019, John Carter has been the ambassador of Freedonia to Sylvania.
The embassy of Freedonia opened in the capital of Sylvania in 1994.

Trade

In 2019, trade between Freedonia and Sylvania reached 4.2 billion dollars.
Exports from Freedonia to Sylvania were worth 1.1 billion dollars in 2019.
Imports from Sylvania to Freedonia were worth 3.1 billion dollars in 2019.

Club

The Friendship Club was founded in 2001 and has 40 members.
Its chair is Mary Lane, a senator from the province of Ostland.
"""


@pytest.fixture(scope="module")
def bot() -> Chatbot:
    return Chatbot.from_text(DOC, cache=False)


@pytest.mark.parametrize(("first", "follow_up", "expected"), [
    # "what about…" with no pronoun brings its own subject
    ("Who is the ambassador?", "what about exports in 2019?", "1.1 billion"),
    # a pronoun keeps the last turn's subject
    ("Who chairs the Friendship Club?", "which province does she represent?", "Ostland"),
])
def test_a_follow_up_is_answered_about_the_subject_it_means(
        bot: Chatbot, first: str, follow_up: str, expected: str) -> None:
    conversation = bot.conversation()
    conversation.ask(first)
    reply = conversation.ask(follow_up)
    assert reply.kind == "answer"
    assert expected in reply.text
