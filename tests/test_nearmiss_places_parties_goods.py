"""Three near misses of round 16, each with a question the document does answer beside it:
a place inside a country asked ("where in Norland is the depot", "in which city is the
embassy in Norland") of a passage naming only the country; one party's own amount asked
("how much did Atlas Corp commit") of a sentence giving the sum of all the deals; which
goods asked of a sentence that speaks of goods only by the class word."""

import pytest

from bot import Chatbot
from bot.answering.nearmiss.cities import unnamed_city
from bot.answering.nearmiss.each import each_one
from bot.answering.nearmiss.goods import unlisted_goods
from stub import placed_words

FERRIES = """Norland and Portvale

Ties

The fuel depot was set up in Peru in 1962, and it was enlarged in 1980.

The Portvale embassy has stood in Lima since 1975.

Trade

At a business forum in Eastbay, 12 contracts worth 3 billion dollars were signed. The
deals involve Atlas Corp, Brightwater Ltd and other firms.

Norland's firms export goods to Portvale, and 14 firms make products for export.
"""


@pytest.fixture(scope="module")
def ferries() -> Chatbot:
    return Chatbot.from_text(FERRIES)


@pytest.mark.parametrize("question", [
    "in which city is the Portvale embassy in Peru located",
    "where exactly in Peru is the fuel depot",
    "where in peru is the depot",
])
def test_a_place_inside_a_country_is_not_the_country(question: str) -> None:
    passage = "The fuel depot was set up in Peru in 1962, and it was enlarged in 1980."
    assert unnamed_city(question, passage, placed_words()) == ["a city"]


def test_a_place_inside_a_country_is_met_by_a_town_the_passage_names() -> None:
    passage = "The fuel depot was set up in Westbay, in Peru."
    assert unnamed_city("where exactly in Peru is the fuel depot", passage,
                        placed_words("westbay")) == []


def test_where_alone_is_met_by_the_country(ferries: Chatbot) -> None:
    reply = ferries.ask("Where was the fuel depot set up?")
    assert reply.kind == "answer" and "Peru" in reply.text


def test_a_city_asked_within_the_country_is_declined_end_to_end(ferries: Chatbot) -> None:
    reply = ferries.ask("where exactly in Peru was the fuel depot set up?")
    assert reply.kind == "fallback" and reply.explanation.unmet == ("a city",), reply.text


SUM = "At a business forum in Eastbay, 12 contracts worth 3 billion dollars were signed."
PASSAGE = SUM + " The deals involve Atlas Corp, Brightwater Ltd and other firms."


@pytest.mark.parametrize(("question", "party"), [
    ("How much did Atlas Corp commit in the deals?", "Atlas Corp"),
    ("how much did atlas invest under the deals", "Atlas"),
    ("How much money will Brightwater Ltd invest?", "Brightwater Ltd"),
])
def test_one_partys_amount_is_not_the_sum_of_the_deals(question: str, party: str) -> None:
    assert each_one(question, SUM, PASSAGE) == [f"the figure of {party}"]


@pytest.mark.parametrize("question", [
    "How much did Chile sign in deals at the forum?",  # a country: the document's party
    "How much were the contracts at the forum worth?",   # the sum itself
    "How much did the firms commit?",                    # no name
])
def test_the_sum_still_answers_the_sum(question: str) -> None:
    assert each_one(question, SUM, PASSAGE + " Chile hosted it.") == []


def test_a_party_the_sentence_names_is_answered() -> None:
    text = "Atlas Corp signed 2 contracts worth 1 billion dollars."
    assert each_one("How much did Atlas Corp commit?", text, text) == []


@pytest.mark.parametrize("question", [
    "What goods does Norland export to Portvale?",
    "what were the main goods norland exported",
    "What sort of products does Norland mainly export?",
])
def test_which_goods_is_not_told_by_the_class_word(question: str) -> None:
    text = "Norland's firms export goods to Portvale, and 14 firms make products for export."
    assert unlisted_goods(question, text) == ["which goods"]


@pytest.mark.parametrize("text", [
    "Norland exports timber, wool and fish to Portvale.",
    "Norland's goods for export include wool.",
    "Its main products are these: wool and fish.",
    "Norland exports goods such as timber.",
])
def test_goods_listed_or_introduced_are_named(text: str) -> None:
    assert unlisted_goods("What goods does Norland export?", text) == []


def test_which_goods_is_declined_end_to_end_and_answered_where_named(ferries: Chatbot) -> None:
    reply = ferries.ask("What goods does Norland export to Portvale?")
    assert reply.kind == "fallback" and reply.explanation.unmet == ("which goods",), reply.text
    named = Chatbot.from_text("Norland\n\nNorland exports goods such as timber, wool and fish "
                              "to Portvale.\n\nIts ferries sail daily.\n")
    reply = named.ask("What goods does Norland export to Portvale?")
    assert reply.kind == "answer" and "timber" in reply.text, reply.text
