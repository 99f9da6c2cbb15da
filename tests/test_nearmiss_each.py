"""The figure of each one (round 13): "how much was each contract worth?" of a sentence
that counts the contracts and gives their sum is declined; the sentence that gives one
contract's own worth is answered, and so is the question about all of them."""

import pytest

from bot import Chatbot
from bot.answering.nearmiss.each import each_one

DEALS = """Norway and Peru

Forum

At the Lima business forum, 18 contracts worth about 2 billion dollars were signed.
The largest, a ferry order by Nordvik, was worth 300 million dollars.
"""


@pytest.fixture(scope="module")
def bot() -> Chatbot:
    return Chatbot.from_text(DEALS)


def test_each_ones_figure_of_a_sum_is_declined(bot: Chatbot) -> None:
    reply = bot.ask("how much was each individual contract signed at the Lima forum worth?")
    assert reply.kind == "fallback"


@pytest.mark.parametrize(("question", "gold"), [
    ("how much were the contracts signed at the Lima forum worth in total?", "2 billion"),
    ("how much was the Nordvik ferry order worth?", "300 million"),
])
def test_the_figure_the_document_gives_is_answered(bot: Chatbot, question: str,
                                                   gold: str) -> None:
    reply = bot.ask(question)
    assert reply.kind == "answer" and gold in reply.text


@pytest.mark.parametrize(("question", "text", "missing"), [
    ("what is the value of every loan", "Banks gave 40 new loans of 9 billion euros.", True),
    ("how much did each contract cost", "The contract cost 5 million dollars.", False),
    ("how many contracts were signed", "18 contracts were signed.", False),
])
def test_only_a_count_of_the_same_thing_is_a_sum(question: str, text: str,
                                                 missing: bool) -> None:
    assert bool(each_one(question, text)) is missing


_FORUM = ("At the forum 18 contracts worth 2 billion dollars were signed. The signed deals "
          "involve firms such as Atlas Marine, Corta Steel and others.")


@pytest.mark.parametrize(("question", "text", "missing"), [
    # a name typed in lower case, written capitalised in the passage, one of the deals
    ("how much was the atlas agreement worth", "18 contracts worth 2 billion were signed.",
     True),
    ("what was the corta deal worth", "18 contracts worth 2 billion were signed.", True),
    # a word the passage never capitalises is no name; a verb is no deal
    ("how much was the forum contract worth", "18 contracts worth 2 billion were signed.",
     False),
    ("how much did the US invest", "18 contracts worth 2 billion were signed.", False),
])
def test_one_deal_a_lower_case_name_singles_out(question: str, text: str,
                                                missing: bool) -> None:
    assert bool(each_one(question, text, _FORUM)) is missing
