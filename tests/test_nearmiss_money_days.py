"""A day of a month is no amount of money (round 13): "how much money did X give to set up
Y" of a sentence that dates Y's opening ("on August 29, 2017") is declined, while the
sentence that gives the sum, in figures or in words, still answers; the dates of every
shape a text writes are read as days, and the figures next to them still as figures."""

import re

import pytest

from bot import Chatbot
from bot.language.dates import NOT_A_DAY

SEEDS = """Norway and Peru

Seed bank

Norway facilitated the establishment of the Andean Seed Bank in Peru. The Minister of
Agriculture, Ola Brekke, took part in the opening ceremony of the seed bank on August 29, 2017.

Grants

Norway gave 12 million dollars to the Peruvian fisheries institute in 2019.
"""


@pytest.fixture(scope="module")
def bot() -> Chatbot:
    return Chatbot.from_text(SEEDS)


def test_a_date_alone_gives_no_amount_of_money(bot: Chatbot) -> None:
    reply = bot.ask("how much money did Norway contribute to setting up the seed bank?")
    assert reply.kind == "fallback"


def test_the_sum_the_document_gives_is_answered(bot: Chatbot) -> None:
    reply = bot.ask("how much money did Norway give to the fisheries institute?")
    assert reply.kind == "answer" and "12 million" in reply.text


_FIGURE = re.compile(NOT_A_DAY + r"(?<!\d)\d", re.IGNORECASE)


@pytest.mark.parametrize("text", [
    "on August 29, 2017", "29 August 2017", "the 29th of August", "on March 8-9",
    "Aug. 3", "3 may", "on 1 January",
])
def test_a_day_of_a_month_is_no_figure(text: str) -> None:
    assert _FIGURE.findall(re.sub(r"\b(?:19|20)\d\d\b", "", text)) == []


@pytest.mark.parametrize("text", ["worth 7 billion", "5 million dollars in May", "12 firms"])
def test_other_figures_are_figures(text: str) -> None:
    assert _FIGURE.findall(text)
