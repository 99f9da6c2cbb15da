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


def test_what_about_a_new_subject_is_answered_about_that_subject(bot: Chatbot) -> None:
    conversation = bot.conversation()
    conversation.ask("Who is the ambassador?")
    reply = conversation.ask("what about exports in 2019?")
    assert reply.kind == "answer"
    assert "1.1 billion" in reply.text


def test_a_pronoun_still_leans_on_the_last_subject(bot: Chatbot) -> None:
    conversation = bot.conversation()
    conversation.ask("Who chairs the Friendship Club?")
    reply = conversation.ask("which province does she represent?")
    assert reply.kind == "answer"
    assert "Ostland" in reply.text
