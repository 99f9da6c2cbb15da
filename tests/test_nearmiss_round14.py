"""Round 14's near misses, each a way an answer looks right and is not:

- a thing a name singles out ("the value of the Atlas contract") asked of a sentence that
  counts such things and gives their sum, never the name (``nearmiss.each``);
- a count or an amount put in a place ("how many firms are registered in Kelby?") that the
  answer's passage never names (``nearmiss.scope.unplaced``);
- an amount of funding asked of a sentence that only "supports" something: a flow is met
  by the words for it in its money sense (``nearmiss.flows.KIN``), not by every WordNet
  synonym of every sense;
- who holds an office, asked of a sentence naming only a body called after it ("the
  Consulate General"; ``nearmiss.roles``).

And the other way: the sentence that does give the figure, the place or the holder is
answered.
"""

import pytest

from bot import Chatbot
from bot.answering.nearmiss.each import each_one
from bot.answering.nearmiss.flows import unnamed_flow
from bot.answering.nearmiss.roles import absent_role

NORLAND = """Norland and Peru

Trade

At the Lima business forum in 2019, 18 contracts worth about 2 billion dollars were signed.
The companies taking part included Atlas Marine, Vello Foods and Corta Steel. Vello Foods
has since opened an office in Arequipa.

There are about 400 companies with Norland capital in Peru, of which 300 are small.

Kelby is the largest port of Norland; its ferries sail to Callao twice a week.

Projects

In 2020 the two ministers agreed to launch four projects: supporting small farms, clean
water, port safety and training for customs officers.

The water project was financed with 12 million dollars from the Norland Development Fund.

Consular ties

On March 3, 2011, the Consulate General of Peru was opened in Kelby.

The Honorary Consul of Norland in Cusco is Elena Vargas.
"""


@pytest.fixture(scope="module")
def bot() -> Chatbot:
    return Chatbot.from_text(NORLAND)


@pytest.mark.parametrize("question", [
    "What was the value of the Atlas Marine contract signed at the Lima forum?",
    "how many companies with Norland capital are registered in Arequipa",
    "Who is the Peruvian consul general in Kelby?",
])
def test_a_near_miss_is_declined(bot: Chatbot, question: str) -> None:
    reply = bot.ask(question)
    assert reply.kind == "fallback", reply.text


@pytest.mark.parametrize(("question", "gold"), [
    ("how much were the contracts signed at the Lima forum worth?", "2 billion"),
    ("how many companies with Norland capital are there in Peru", "400"),
    ("how much funding did the water project get?", "12 million"),
    ("who is the honorary consul of Norland in Cusco?", "Elena Vargas"),
])
def test_what_the_document_gives_is_answered(bot: Chatbot, question: str, gold: str) -> None:
    reply = bot.ask(question)
    assert reply.kind == "answer" and gold in reply.text, reply.text


@pytest.mark.parametrize(("question", "text", "missing"), [
    ("what was the value of the Atlas contract?", "12 contracts worth 3 billion were signed.",
     True),
    ("what was the value of the Atlas contract?", "The Atlas contract and 11 other contracts "
     "worth 3 billion were signed.", False),
    ("how much did the Super Bowl ads cost?", "Ads cost 5 million dollars each.", False),
])
def test_a_named_one_of_a_counted_sum(question: str, text: str, missing: bool) -> None:
    assert bool(each_one(question, text)) is missing


@pytest.mark.parametrize(("text", "missing"), [
    ("They agreed on projects supporting small farms.", True),
    ("The project was financed by the fund.", False),
])
def test_funding_is_met_only_in_its_money_sense(text: str, missing: bool) -> None:
    assert bool(unnamed_flow("how much funding did they get?", text)) is missing


def test_a_chamber_of_commerce_is_no_trade_figure() -> None:
    assert unnamed_flow("how much trade was there?", "The Chamber of Commerce met in May.")
    assert not unnamed_flow("how much trade was there?", "The turnover rose to 2 billion.")


@pytest.mark.parametrize(("question", "sentence", "missing"), [
    ("Who is the consul general in Kelby?", "The Consulate General opened in Kelby in 2011.",
     True),
    ("Who is the consul in Cusco?", "The Honorary Consul in Cusco is Elena Vargas.", False),
    ("Who led the halftime show?", "The halftime show was headlined by the band Coldplay.",
     False),
    ("Who is the chairman of the group?", "Its chair is Robert Hale.", False),
])
def test_a_body_named_after_an_office_names_no_holder(question: str, sentence: str,
                                                      missing: bool) -> None:
    assert bool(absent_role(question, sentence)) is missing
