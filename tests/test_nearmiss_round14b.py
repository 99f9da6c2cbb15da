"""More of round 14's near misses, and what stays answered beside each:

- a numbered place in an order the document never gives ("the 3rd forum" where only the
  2nd and 4th are numbered; ``nearmiss.ordinals.unnumbered``), not a frame ("in the third
  quarter") nor one the document numbers;
- a planned completion ("when will the dam be finished?") of a sentence about the project's
  announcement (``nearmiss.events``);
- one contract's worth, "the contract signed with Atlas", of a sentence on all of them
  (``nearmiss.each``);
- a count of "businesses" is met by a sentence counting "companies"
  (``nearmiss.kin.said_alike``);
- who was "the first to" do a thing, of a passage that never says "first"
  (``nearmiss.firsts``);
- a place of several words ("in Santa Rosa Bay") the answer puts elsewhere ("established
  in Port Ellis"; ``nearmiss.elsewhere``);
- a value asked of an answer with no figure (``subjects.kind_absent``);
- "is it true (that) X …" asks whether X holds: "true" is no word the document must say
  (``smalltalk.route.unwrapped``).
"""

import pytest

from bot import Chatbot
from bot.smalltalk.route import unwrapped

NORLAND = """Norland and Peru

Forums

The 2nd Norland-Peru business forum was held in Lima on May 4, 2016, with 300 guests.

The 4th Norland-Peru business forum was held in Cusco on June 9, 2018.

A Norland-Peru business forum also took place in Arequipa on March 3, 2019, with
ministers of both countries.

Energy

In July 2017 Vello Energy announced that it plans to invest 2 billion dollars in the
Rimac Dam project.

At the Lima forum, 18 contracts worth about 2 billion dollars were signed. The firms taking
part included Atlas Marine and Corta Steel.

There are about 400 companies with Norland capital in Peru, of which 300 are small.

Visits

In 2015 President Ana Ruiz of Peru paid an official visit to Norland and met its premier.

Treaties

Peru was the first country in South America to sign a tax treaty with Norland, in 2012.
"""


@pytest.fixture(scope="module")
def bot() -> Chatbot:
    return Chatbot.from_text(NORLAND)


@pytest.mark.parametrize("question", [
    "Where was the 3rd Norland-Peru business forum held?",
    "When will the Rimac Dam project be finished?",
    "When is the Rimac Dam project supposed to be completed?",
    "What was the value of the contract signed with Atlas Marine?",
    "Which Peruvian president was the first to visit Norland?",
])
def test_a_near_miss_is_declined(bot: Chatbot, question: str) -> None:
    reply = bot.ask(question)
    assert reply.kind == "fallback", reply.text


@pytest.mark.parametrize(("question", "gold"), [
    ("Where was the 4th Norland-Peru business forum held?", "Cusco"),
    ("When did Vello Energy announce its investment in the Rimac Dam project?", "July 2017"),
    ("How much were the contracts signed at the Lima forum worth?", "2 billion"),
    ("How many small businesses with Norland capital are there in Peru?", "300"),
    ("Is it true Peru was the first South American country to sign a tax treaty with "
     "Norland?", "2012"),
    ("Which country was the first in South America to sign a tax treaty with Norland?",
     "Peru"),
    ("Which Peruvian president paid an official visit to Norland in 2015?", "Ana Ruiz"),
])
def test_what_the_document_gives_is_answered(bot: Chatbot, question: str, gold: str) -> None:
    reply = bot.ask(question)
    assert reply.kind == "answer" and gold in reply.text, reply.text


@pytest.mark.parametrize(("message", "read"), [
    ("is it true that X was first?", "X was first?"),
    ("Is it true X was first?", "X was first?"),
    ("am I right that the embassy is in Lima", "the embassy is in Lima"),
    ("is it true?", "is it true?"),
    ("what is true of X?", "what is true of X?"),
])
def test_a_claim_asked_about_is_read_as_the_claim(message: str, read: str) -> None:
    assert unwrapped(message) == read


PORTS = """Norland's missions

Chronology

March 3, 2011 – the Consulate General of Norland is established in Port Ellis.

June 5, 2014 – the Norland Trade House opens in Port Ellis.

Visits

In 2016 the premier of Norland made a trip to Port Ellis and Santa Rosa Bay to meet
investors and students.
"""


def test_a_place_of_several_words_the_answer_puts_elsewhere_is_declined() -> None:
    bot = Chatbot.from_text(PORTS)
    assert bot.ask("When did Norland open a consulate general in Santa Rosa Bay?"
                   ).kind == "fallback"
    reply = bot.ask("When did Norland open a consulate general in Port Ellis?")
    assert reply.kind == "answer" and "2011" in reply.text


BANK = """Fuel and trade

Fuel

The United States helped set up the Low Fuel Bank in Peru. Its opening ceremony on
May 2, 2017 was attended by the energy minister.

Consulates

The Consulate General of Peru was established in Port Ellis on March 3, 2011.

Trips

In April 2016 the premier made a working visit to Peru, with a trip to Lima and Cusco.

At the Lima forum in 2019, 18 contracts worth about 2 billion dollars were signed.
"""


@pytest.mark.parametrize(("question", "gold"), [
    ("What was the value of the deals signed during the premier's April 2016 visit to "
     "Peru?", None),
    ("What was the value of the contracts signed at the Lima forum in 2019?", "2 billion"),
])
def test_a_value_is_given_or_declined(question: str, gold: str | None) -> None:
    reply = Chatbot.from_text(BANK).ask(question)
    if gold is None:
        assert reply.kind == "fallback", reply.text
    else:
        assert reply.kind == "answer" and gold in reply.text, reply.text
