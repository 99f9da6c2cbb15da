"""Round 13: near misses that were answers all along, on a small document of our own.

A near-miss check declines when the answer lacks what the question asks; each of these
lacked only a way of saying it the check did not know: an old currency ("40 guilders a
week" is a wage), a reason given by a belief ("fearing that …"), a fraction in words
("one-twelfth"), a country named by its people's word ("the Omani and Qatari envoys"), a
departure said as "departed", instances named before their kind ("chose A and B as its
colours"), a first time said as a "debut", and a century said by name or by its years
("the 1500s" of "the 16th century"), a country by its capital ("Portugal's capital" of
"Lisbon"), a length in a unit's symbol ("30 cm"), and a time before which something
happened ("before kickoff") is no one who came before. "What did X do" asks no "which Xs". A keyword
query's "turnover" names the figure it wants, as "volume" does, and "address of X" asks
for an address as "X's address" does; its "start" is met by a passage telling of a
founding, and its casual "ties" by the passage's "relations". The same checks
still decline what the document does not give."""

import re

import pytest

from bot import Chatbot
from bot.language.dates import year_pattern
from bot.language.money import CURRENCY, SIGNS

HARBOUR = """The Old Harbour of Velden

Founding

Velden's harbour was founded in the 16th century by Flemish merchants.

The harbour master Jan Korver was paid 40 guilders a week in 1702.

Korver resigned in 1710, fearing that the new tolls would ruin the town's trade.

Trade

In 1731 the Omani and Qatari envoys signed a spice treaty with the town council.

The council chose Crimson and Gold as the official colours of the harbour fleet.

Mud filled one-twelfth of the basin after the storm of 1755.

Velden's brewers made their trade fair debut in 1760, showing a dark ale.

The last Dutch garrison departed the fort on May 3, 1795.

The town council punished those who smuggled salt with heavy fines.

Trade between Velden and Muscat amounted to 12,000 guilders in 1733.

Customs

Before kickoff of the 1790 regatta, the choir of Saint Agnes sang the town hymn.

The mayor's ashes were carried to Lisbon in 1801 by his nephew Pieter Vos.

Each link of the harbour chain measures 30 cm.

The council holds a 40% stake in the Velden Brewery.

Relations between Velden and Muscat were established in 1730.
"""


@pytest.fixture(scope="module")
def bot() -> Chatbot:
    return Chatbot.from_text(HARBOUR)


@pytest.mark.parametrize(("question", "gold"), [
    ("How much was the harbour master paid each week?", "40 guilders"),
    ("Why did Korver resign?", "fearing that the new tolls"),
    ("What fraction of the basin was filled with mud?", "one-twelfth"),
    ("What did Oman and Qatar sign with the town council?", "spice treaty"),
    ("When did the last Dutch garrison leave the fort?", "May 3, 1795"),
    ("What colours did the council choose for the harbour fleet?", "Crimson and Gold"),
    ("What did the town council do to those who smuggled salt?", "heavy fines"),
    ("What did Velden's brewers show at their first trade fair?", "dark ale"),
    ("Who founded the harbour in the 1500s?", "Flemish merchants"),
    ("velden muscat trade turnover 1733", "12,000 guilders"),
    ("velden harbour start date", "16th century"),
    ("Who sang the town hymn before kickoff?", "Saint Agnes"),
    ("Who carried the mayor's ashes to Portugal's capital in 1801?", "Pieter Vos"),
    ("How long is each link of the harbour chain?", "30 cm"),
    ("what % of the Velden Brewery does the council own", "40%"),
    ("velden muscat ties established year", "1730"),
])
def test_an_answer_said_another_way_is_answered(bot: Chatbot, question: str,
                                                gold: str) -> None:
    reply = bot.ask(question)
    assert reply.kind == "answer", reply.text
    assert gold in reply.text


@pytest.mark.parametrize("question", [
    "How much did the spice treaty cost the council?",
    "What did Peru and Qatar sign with the town council?",
    "Who was paid 40 guilders a week in the 1800s?",
    "address of the Velden harbour master",
    "velden muscat trade turnover 1800",
    "velden harbour end date",
    "Who carried the mayor's ashes to Spain's capital in 1801?",
    "what % of the harbour fleet does the council own",
    "What is the council's stake in the harbour fleet?",
])
def test_what_the_document_does_not_give_is_still_declined(bot: Chatbot,
                                                           question: str) -> None:
    assert bot.ask(question).kind == "fallback"


@pytest.mark.parametrize(("year", "plural", "text", "met"), [
    ("1873", False, "in 1873", True),
    ("1873", False, "in 18730 units", False),
    ("1880", True, "by 1885", True),
    ("1880", True, "by 1890", False),
    ("1600", True, "in the 17th century", True),
    ("1600", True, "in 1642", True),
    ("1600", True, "in the 16th century", False),
    ("1900", True, "a 20th-century invention", True),
])
def test_a_year_a_decade_and_a_century_as_a_text_gives_them(year: str, plural: bool,
                                                            text: str, met: bool) -> None:
    assert bool(re.search(year_pattern(year, plural), text, re.IGNORECASE)) is met


@pytest.mark.parametrize(("text", "money"), [
    ("60 florins a month", True), ("a hundred ducats", True), ("₹500", True),
    ("five rupees", True), ("the team won twice", False), ("high marks", False),
])
def test_money_is_read_by_its_names_and_signs_not_by_everyday_words(text: str,
                                                                     money: bool) -> None:
    found = re.search(rf"{SIGNS}|\b(?:{CURRENCY})\b", text, re.IGNORECASE)
    assert bool(found) is money
