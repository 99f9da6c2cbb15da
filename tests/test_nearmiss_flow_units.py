"""A keyword query's unit asks for an amount (round 13): "<flow> per year in dollars" is
answered only by a sentence naming that flow, as "how much <flow>" is; a figure of another
flow is declined, and the flow the sentence names is answered in the same words."""

import pytest

from bot import Chatbot

FLOWS = """Norway and Peru

Investment

According to the central bank, foreign direct investment from Norway into Peru amounted to
3.2 billion dollars between 2005 and 2017.
"""


@pytest.fixture(scope="module")
def bot() -> Chatbot:
    return Chatbot.from_text(FLOWS)


@pytest.mark.parametrize("question", [
    "norway foreign aid to peru per year in dollars",
    "norwegian aid to peru in dollars",
])
def test_another_flow_in_a_unit_is_declined(bot: Chatbot, question: str) -> None:
    assert bot.ask(question).kind == "fallback"


@pytest.mark.parametrize("question", [
    "norway direct investment into peru in dollars",
    "how much did norway invest in peru",
])
def test_the_flow_the_sentence_names_is_answered(bot: Chatbot, question: str) -> None:
    reply = bot.ask(question)
    assert reply.kind == "answer" and "3.2 billion" in reply.text
