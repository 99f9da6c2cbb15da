"""Round 12c's near misses, on a small document of our own: "where in X" of a sentence
placing a thing only "in X", "what was agreed at …" of a sentence saying only that the
meeting was held, "what did X do before becoming Y" of a sentence on X as Y now, and "why
…" of a sentence whose only "as" opens a list ("such as"), "which officials from X
attended" of a sentence naming none, or "how many times" of a sentence whose only figures
are its date are declined; the same askings of sentences that do answer them stay
answered."""

import pytest

from bot import Chatbot
from bot.answering.nearmiss.constraints import unmet
from bot.answering.nearmiss.excluded import excluded, place_within

ORCHARDS = """Norway and Peru relations

Meetings

On March 4, 2015, the Prime Minister of Norway, Ingrid Dahl, met the President of Peru,
Luis Quispe, on the sidelines of the Andean Forum in Lima.

The 3rd fisheries review session was held on June 2, 2016, in Bergen, which was attended
by officials of all interested ministries.

At the 2nd trade council on May 5, 2017, in Oslo, it was agreed to launch three projects.

Trade

In recent years, firms such as Nordfisk, Andesol and Kvarn have entered the Peruvian market.

The Honorary Consul of Peru, Marta Lind, is a former fisheries inspector.

Visas

A visa-free regime for 90 days was introduced in 2018 to promote tourism.
"""


@pytest.fixture(scope="module")
def bot() -> Chatbot:
    return Chatbot.from_text(ORCHARDS)


@pytest.mark.parametrize("question", [
    "Where in Bergen was the 3rd fisheries review session held?",
    "what exactly was agreed at the 3rd fisheries review session",
    "Why did Andesol decide to enter the Peruvian market?",
    "which officials from Norway attended the 3rd fisheries review session",
])
def test_a_sentence_that_shares_the_words_but_not_the_asking_is_declined(
        bot: Chatbot, question: str) -> None:
    assert bot.ask(question).kind == "fallback"


@pytest.mark.parametrize(("question", "gold"), [
    ("what was agreed at the 2nd trade council", "three projects"),
    ("who did Dahl meet in Lima", "Quispe"),
    ("why was the visa-free regime introduced", "tourism"),
    ("when was the 3rd fisheries review session", "June 2, 2016"),
])
def test_the_same_askings_answered_by_the_document_stay_answered(
        bot: Chatbot, question: str, gold: str) -> None:
    reply = bot.ask(question)
    assert reply.kind == "answer" and gold in reply.text


def test_a_place_within_is_met_by_another_place_or_a_part_of_one() -> None:
    question = "Where in Lima did they meet?"
    assert place_within(question, "They met on May 4 in Lima.")
    assert not place_within(question, "They met in Lima at the Miraflores Palace.")
    assert not place_within(question, "They met in the north of Lima.")
    assert not place_within("where did they meet", "They met in Lima.")


def test_an_outcome_and_an_earlier_time_want_their_own_words() -> None:
    decided = "what was decided at the council"
    assert excluded(decided, "The council met in Oslo.") == ["what was agreed"]
    assert not excluded(decided, "The council decided to act.")
    assert excluded(decided, "The Framework Agreement council met in Oslo.")  # a name's
    asked = "what did Marta Lind do before becoming consul"
    assert excluded(asked, "Marta Lind is the Honorary Consul of Peru.") == ["what came before"]
    assert not excluded(asked, "Marta Lind is a former fisheries inspector.")


def test_the_as_of_a_list_is_no_reason() -> None:
    question = "why did Kvarn enter the market"
    listed = "Firms such as Kvarn have entered the market."
    assert "a reason" in unmet(question, listed, listed)
    grew = "Kvarn entered the market as demand grew."
    assert "a reason" not in unmet(question, grew, grew)


def uncounted(question: str, text: str) -> bool:
    return "how many times" in excluded(question, text)


def test_how_many_times_is_not_told_by_a_date() -> None:
    question = "how many times did Dahl visit Lima"
    assert uncounted(question, "On March 4, 2015, Dahl visited Lima.")
    assert uncounted(question, "Dahl visited Lima on 4-6 March 2015.")
    assert not uncounted(question, "Dahl visited Lima three times.")
    assert not uncounted(question, "Dahl visited Lima twice, in 2015 and 2016.")
    assert not uncounted(question, "Dahl paid her 4th visit to Lima in 2015.")
    assert not uncounted("how many times more oil was sold", "Oil sold in 2015.")
    # an ordinal of another thing, or inside a name, counts no visits of hers
    assert uncounted(question, "The 4th K7 + 1 forum, held in Lima, was attended by Dahl.")
    assert not uncounted(question, "It was the third time Dahl came to Lima.")
    assert uncounted(question, "On May 2, 2015, Dahl visited Lima. It marked The Third Way.")


def test_a_later_sentence_counts_only_when_it_shares_a_word_with_the_question() -> None:
    question = "where in Lima did Dahl meet Quispe"
    assert place_within(question, "Dahl met Quispe in Lima. Rain fell in the north of Peru.")
    assert not place_within(question, "Dahl met Quispe in Lima. Dahl met him at the Palace.")
    assert place_within(question, "Dahl met Quispe in Lima. Dahl met him in Connection with it.")
    assert place_within(question, "The Pact on the Fisheries was signed by Dahl in Lima.")
