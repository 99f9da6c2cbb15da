"""Round 12's near misses, on small documents of our own: a question's deed (a verb and
the thing it was done to, "open a consulate") that the answer's passage names neither of
is declined, while a deed said in other words (a synonym, a word of the same stage of a
thing's life: "opened" of "established") is still answered; a year bound ("before 2016")
wants a year on its side; an amount asked of one name of a list is not the list's; "when"
is not met by a count of things; an opponent, the time difference, a share and the papers
an asker needs want their own words. Questions the document does answer stay answered."""

import pytest

from bot import Chatbot
from bot.answering.nearmiss.bounds import out_of_bounds
from bot.answering.nearmiss.constraints import unmet
from bot.answering.nearmiss.listed import listed_member
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


@pytest.mark.parametrize(("question", "text", "missing"), [
    ("When did Rojas last visit Porto before 2016?", "She visited Porto on May 4, 2016.",
     ["a time before 2016"]),
    ("what did they sign after 2018?", "On April 12, 2018, Chile ratified it.",
     ["a time after 2018"]),
    ("When did Rojas visit Porto before 2016?", "She came in 2014 and again in 2016.", []),
    ("What did they sign prior to 2019?", "No year is given here.", []),
    ("When did they meet since 2016?", "They met in 2016.", []),  # "since" is a start
])
def test_a_year_bound_wants_a_year_on_its_side(question: str, text: str,
                                               missing: list[str]) -> None:
    assert out_of_bounds(question, text) == missing


FIRMS = ("As a result, 12 deals worth 3 billion euros were signed with firms - Vinhos Norte, "
         "Cortica & Co, Atlantis Pesca, Douro Foods and others.")


@pytest.mark.parametrize(("question", "missing"), [
    ("How much did Atlantis Pesca invest?", ["Atlantis Pesca's own share"]),
    ("what is the value of the douro foods deal", ["Douro Foods's own share"]),
    ("How many deals were signed?", []),  # the whole list's count is asked
    ("Who signed deals?", []),  # no amount asked
])
def test_an_amount_of_one_name_of_a_list_is_not_the_lists(question: str,
                                                          missing: list[str]) -> None:
    assert listed_member(question, FIRMS) == missing


def test_a_sentence_whose_subject_comes_first_is_no_list() -> None:
    text = "Rojas finished the year with 20 visits, 9 talks and 4 treaties."
    assert listed_member("How many treaties did Rojas sign?", text) == []


@pytest.mark.parametrize(("question", "text", "missing"), [
    ("When did the port authority found the depot?",
     "The port authority's depot has 40 workers and 12 cranes.", "a date"),
    ("Which party does Ana Rojas's opponent belong to?",
     "Its chair is Ana Rojas (Liberal; Porto).", "an opponent"),
    ("What is the time difference between Lisbon and Valparaiso?",
     "The visit deepened links between Lisbon and Valparaiso.", "the time difference"),
    ("what is the chile share of portugal's total trade",
     "Trade between Chile and Portugal reached 2 billion euros in 2017.", "a percentage"),
    ("what documents do tourists need to visit chile",
     "Tourists from Portugal visited Chile in record numbers.", "the documents needed"),
])
def test_a_kind_asked_wants_its_own_words(question: str, text: str, missing: str) -> None:
    assert unmet(question, text, text) == (missing,)


@pytest.mark.parametrize(("question", "text"), [
    ("When did the port authority found the depot?", "It was founded 30 years ago."),
    ("When did the port authority found the depot?", "It was founded in 1990."),
    ("Which party does Ana Rojas's opponent belong to?",
     "Rojas defeated Paulo Sousa (Socialist) in 2015."),
    ("What is the time difference between Lisbon and Valparaiso?",
     "Lisbon is four hours ahead of Valparaiso."),
    ("what is the chile share of portugal's total trade", "Chile takes 3% of the trade."),
    ("what documents do tourists need to visit chile", "Tourists need a valid passport."),
])
def test_the_kind_said_is_met(question: str, text: str) -> None:
    assert unmet(question, text, text) == ()


def test_the_clock_is_answered_where_the_document_gives_it() -> None:
    text = "Travel\n\nLisbon is four hours ahead of Valparaiso in winter.\n"
    reply = Chatbot.from_text(text).ask("What is the time difference between Lisbon and "
                                        "Valparaiso?")
    assert reply.kind == "answer" and "four hours" in reply.text
