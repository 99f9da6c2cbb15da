"""Factoids asked in other words than the document's (round 12, second pass): an office
qualified by a noun ("the religion minister") is the document's office qualified by its
adjective ("Minister of Religious Affairs"), and a name-participle compound the document
never words so ("Ostrian-backed firms") reads as the name alone."""

import pytest

from bot import Chatbot
from bot.answering.nearmiss.events import stages
from bot.answering.nearmiss.roles import other_portfolio
from bot.language.english import english_typo
from bot.language.phrasal import unqualified

OSTRIA = """Maravia and Ostria

Visits

The visit of the Minister of Cultural Affairs and Sport of Maravia, Petra Lind, to Ostria
took place on March 3-4, 2019. Talks covered museums and archives.

The Minister of Fisheries, Tomas Brenn, opened the harbour fair on June 2, 2020.

Business

There are about 120 companies involving Ostrian capital in Maravia, of which 90 are small
and 12 large. Ostrian companies entered the Maravian fishing market in 2015.
"""


@pytest.mark.parametrize("asked", ["the culture minister", "the minister of culture"])
def test_a_noun_qualifier_meets_its_adjective(asked: str) -> None:
    sentence = "The Minister of Cultural Affairs and Sport, Petra Lind, visited."
    assert other_portfolio(f"when did {asked} visit", sentence) == []


def test_another_portfolio_is_still_another() -> None:
    sentence = "The Minister of Cultural Affairs and Sport, Petra Lind, visited."
    assert other_portfolio("when did the fisheries minister visit", sentence)


def test_short_stems_are_no_family() -> None:
    # "art" begins "arts" and "artery" alike: under five letters a stem says too little
    assert other_portfolio("when did the art minister visit",
                           "The Minister of Artery Affairs visited.")


def test_the_noun_qualified_office_gets_the_adjective_qualified_answer() -> None:
    reply = Chatbot.from_text(OSTRIA).ask("when did the culture minister travel to ostria")
    assert reply.kind == "answer" and "March 3-4, 2019" in reply.text


def _never_backed(stem: str) -> bool:
    return stem not in {"back", "own"}


@pytest.mark.parametrize(("raw", "read"), [
    ("how many us-backed firms", "how many us firms"),
    ("ostrian-owned companies", "ostrian companies"),
    ("u.s.-backed firms", "u.s. firms"),
])
def test_a_compound_whose_participle_the_document_lacks_is_its_name(raw: str,
                                                                     read: str) -> None:
    assert unqualified(raw, _never_backed) == read


@pytest.mark.parametrize("raw", [
    "who led the us-led delegation",  # the document uses "led": it stays
    "a well-known firm",  # "known" is the document's
    "co-chaired talks",
    "a state-of-the-art port",  # no participle
])
def test_other_hyphenated_words_stay(raw: str) -> None:
    assert unqualified(raw, lambda s: s in {"led", "known", "chair", "well", "co"}) == raw


def test_a_compound_of_a_name_the_document_lacks_stays() -> None:
    assert unqualified("zorbian-backed firms", lambda s: s == "firm") == (
        "zorbian-backed firms")


def test_a_compound_participle_does_not_make_a_question_chat() -> None:
    reply = Chatbot.from_text(OSTRIA).ask("how many ostrian-backed firms are large ones")
    assert reply.kind == "answer" and "12 large" in reply.text


def test_a_short_qualifier_still_meets_itself() -> None:
    assert other_portfolio("why did the oil ministers agree",
                           "The following day, oil ministers agreed to a cut.") == []


@pytest.mark.parametrize(("typed", "meant"), [
    ("independant", "independent"),
    ("goverments", "governments"),
])
def test_a_long_misspelt_english_word_reads_as_that_word(typed: str, meant: str) -> None:
    assert english_typo(typed) == [meant]


@pytest.mark.parametrize("word", [
    "independent",  # English already
    "tokayev",  # too short to tell from a name
    "brennovicz",  # a name, near no English word
])
def test_names_and_english_words_stay(word: str) -> None:
    assert english_typo(word) is None


def test_a_misspelt_word_the_document_lacks_does_not_sink_the_question() -> None:
    reply = Chatbot.from_text(OSTRIA).ask(
        "when did the culture minister go to ostria, as the goverment announced")
    assert reply.kind == "answer" and "March 3-4, 2019" in reply.text


ENVOYS = """Maravia and Ostria

Envoys

Since 2018 – Ana Ruiz is appointed as the Ambassador of Maravia to Ostria.

The Maravian consulate in Velm closed on May 5, 2015.
"""


@pytest.mark.parametrize("question", [
    "what year did ana ruiz take up her diplomatic posting",
    "when did ana ruiz take over as envoy",
])
def test_taking_up_a_post_is_told_by_an_appointment(question: str) -> None:
    reply = Chatbot.from_text(ENVOYS).ask(question)
    assert reply.kind == "answer" and "2018" in reply.text


def test_taking_up_is_a_start_not_an_end() -> None:
    assert stages("she took up the post") == {"start"}
    assert "start" not in stages("the consulate closed")
