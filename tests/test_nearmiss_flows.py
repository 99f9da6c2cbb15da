"""An amount of a named flow (trade, aid, imports, investment …) is answered only by a
sentence that names that flow: the figure of another flow, dated the same year, is
another fact, and the reply says the document lacks it."""

import pytest

from bot import Chatbot
from bot.answering.nearmiss.flows import unnamed_flow

LEDGER = """Norland and Sudmark relations

Economy

In 2019, bilateral trade between Norland and Sudmark reached 2.4 billion dollars.

During the 2021 business forum, 12 contracts worth 900 million dollars were signed.

Norland's exports of timber to Sudmark amounted to 310 million dollars in 2019.
"""


@pytest.fixture(scope="module")
def bot() -> Chatbot:
    return Chatbot.from_text(LEDGER)


@pytest.mark.parametrize("question", [
    "What was the trade volume at the 2021 business forum?",
    "how much aid did Norland give at the 2021 business forum",
    "what were Sudmark's imports from Norland at the 2021 business forum",
])
def test_a_figure_of_another_flow_is_no_answer(bot: Chatbot, question: str) -> None:
    reply = bot.ask(question)
    assert reply.kind == "fallback"
    assert "an amount of" in reply.text


@pytest.mark.parametrize(("question", "gold"), [
    ("What was the trade volume between Norland and Sudmark in 2019?", "2.4 billion"),
    ("How much were Norland's timber exports to Sudmark in 2019?", "310 million"),
    ("What were the contracts signed at the 2021 forum worth?", "900 million"),
])
def test_the_flow_named_is_answered(bot: Chatbot, question: str, gold: str) -> None:
    reply = bot.ask(question)
    assert reply.kind == "answer", reply.text
    assert gold in reply.text


def test_a_synonym_names_the_flow_and_a_question_of_no_amount_is_not_read() -> None:
    assert unnamed_flow("what was the total trade in 2017", "merchandise rose to $2 bn") == []
    assert unnamed_flow("who signed the trade deal", "X signed it") == []
    assert unnamed_flow("how much aid was given", "$5 m of investment") == [
        "an amount of aid"]



def test_a_follow_up_is_not_read_so_its_flow_may_be_the_last_turns(bot: Chatbot) -> None:
    question = "how much were the contracts' trade worth?"
    last_turn = ("What contracts were signed at the 2021 forum? During the 2021 business forum, "
                 "12 contracts worth 900 million dollars were signed.")
    alone, followed = bot.retriever.find(question), bot.retriever.find(question, last_turn)
    assert alone is not None and "an amount of trade" in alone.unmet
    assert followed is not None and not followed.unmet
