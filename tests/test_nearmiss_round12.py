"""Round 12's near misses, on a small document of our own: a question's deed (a verb and
the thing it was done to, "open a consulate") that the answer's passage names neither of
is declined, while a deed said in other words (a synonym, a word of the same stage of a
thing's life: "opened" of "established") is still answered; the time difference or time
zone between two places wants hours or a zone. Questions the document does answer stay
answered."""

import pytest

from bot import Chatbot
from bot.answering.nearmiss.predicate import deeds, untold_deed
from bot.language.text import terms

CANALS = """Portugal and Chile relations

Missions

March 3, 1994 – the Embassy of Chile is established in Lisbon.

June 9, 2011 – Portugal establishes a Consulate General in Valparaiso.

Visits

On May 4, 2016, the Foreign Minister of Chile, Ana Rojas, paid a working visit to Porto
with a trip to Braga and Coimbra. The visit deepened links with wine firms and start-ups.

Rights

A dialogue on labour rights remains a part of the partnership. The Minister of Labour of
Portugal visited Santiago on July 2, 2017.

Treaties

On April 12, 2018, Chile ratified the Convention on Fisheries Control of 1995.

Ports

The Lisbon port authority facilitated the creation of a cold-storage depot in Valparaiso.
An engineer from Porto took part in the opening of the depot on October 8, 2019.
"""


@pytest.fixture(scope="module")
def bot() -> Chatbot:
    return Chatbot.from_text(CANALS)


@pytest.mark.parametrize(("question", "deed"), [
    ("When did Chile open a consulate in Braga?", ("open", ("consulate",))),
    ("when did chile ratify the convention on labour", ("ratify", ("convention",))),
    ("when did portugal give up its fishing rights", ("give up", ("rights",))),
    ("which firms have left the market", ("left", ("market",))),
    ("When did Rojas save the group of sailors?", ("save", ("group", "sailors"))),
])
def test_the_deed_is_the_verb_after_the_subject_and_its_thing(
        question: str, deed: tuple[str, tuple[str, ...]]) -> None:
    assert list(deeds(question)) == [deed]


@pytest.mark.parametrize("question", [
    "What did she use to back up her claim?",  # "to back up" is a purpose
    "What did they find was present in twice the amount of salt?",  # far from the subject
    "How did Chile open a consulate?",  # "how" asks the means, read elsewhere
    "When was the consulate opened?",  # no thing after the verb
])
def test_no_deed_is_read_where_the_question_gives_none(question: str) -> None:
    assert untold_deed(question, "Nothing here.", "Nothing here.", {"noth"}) == []


def test_a_deed_the_passage_names_neither_of_is_untold() -> None:
    passage = ("On May 4, 2016, the Foreign Minister of Chile paid a working visit to Porto "
               "with a trip to Braga and Coimbra.")
    assert untold_deed("When did Chile open a consulate in Braga?", passage, passage,
                       set(terms(passage))) == ["“open … consulate”"]


@pytest.mark.parametrize("question", [
    "When did Portugal open a consulate in Valparaiso?",  # "opened" is "establishes"
    "When did Chile ratify the fisheries convention?",
])
def test_a_deed_said_in_the_passage_is_answered(bot: Chatbot, question: str) -> None:
    assert bot.ask(question).kind == "answer"


@pytest.mark.parametrize(("question", "deed"), [
    ("When did Chile open a consulate in Braga?", "“open … consulate”"),
    ("When did Chile join the labour rights charter?", "“join … charter”"),
    ("When did Ana Rojas open a winery in Braga?", "“open … winery”"),
])
def test_a_deed_the_passage_never_tells_is_declined(bot: Chatbot, question: str,
                                                    deed: str) -> None:
    reply = bot.ask(question)
    assert reply.kind == "fallback" and deed in reply.text, reply.text


@pytest.mark.parametrize("question", [
    "What is the time difference between Lisbon and Valparaiso?",
    "what time zone is porto in",
])
def test_the_time_difference_wants_hours_or_a_zone(bot: Chatbot, question: str) -> None:
    assert bot.ask(question).kind != "answer"


def test_the_clock_is_answered_where_the_document_gives_it() -> None:
    text = "Travel\n\nLisbon is four hours ahead of Valparaiso in winter.\n"
    reply = Chatbot.from_text(text).ask("What is the time difference between Lisbon and "
                                        "Valparaiso?")
    assert reply.kind == "answer" and "four hours" in reply.text
