"""Follow-ups that correct or place the last question, on a toy document: "no, I meant the
consulate" asks the last question again of another subject; "that year" and "the same
month" are the time the last answer gave; "before that" and "who has more?" want another
answer than the last, and so does a bare "any others?"; a "there" that ends a question
("what office is there?") is a place, not an existential "is there"; and "how long is it?"
asks about the last answer, whatever small talk it resembles."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import Chatbot
from bot.answering.followups.follow_words import (
    asks_else,
    asks_of_it,
    is_bare,
    leans,
    plain_opening,
    points,
)
from bot.answering.followups.followup import ANSWER, NOTHING, asks_another
from bot.answering.followups.restated import as_correction, with_time

DOC = """Missions

1994 - the embassy of Freedonia is opened in Sylvania.

2008 - the consulate of Freedonia is opened in Velm.

Treaties

On 4 June 2015, the river treaty between the two countries came into force.

In June 2015, the fishing accord was signed in Tarn.

Farmers from both countries met at the Grain Fair of 2011.
"""


@pytest.mark.parametrize(("message", "read"), [
    ("no, I meant the consulate", "and the consulate instead"),
    ("sorry, I meant the fishing accord", "and the fishing accord instead"),
    ("Sorry I meant imports", "and imports instead"),
    ("I was asking about the other treaty", "and the other treaty instead"),
    ("no, when did it open?", "when did it open?"),
    ("nope - the consulate", "and the consulate instead"),
    ("no wait, imports", "and imports instead"),
    ("not the embassy, the consulate", "and the consulate instead"),
])
def test_a_correction_is_the_last_question_of_another_subject(message: str, read: str) -> None:
    assert as_correction(message) == read


@pytest.mark.parametrize("message", ["no visa?", "nothing else", "when was it opened?",
                                     "is there a treaty?", "noted, thanks"])
def test_a_message_that_corrects_nothing_is_as_it_is(message: str) -> None:
    assert as_correction(message) == message


@given(st.text(max_size=40))
def test_reading_a_correction_never_fails(message: str) -> None:
    assert isinstance(as_correction(message), str)


@pytest.mark.parametrize(("question", "before", "read"), [
    ("what was signed that same month?", "On 4 June 2015, the treaty came into force.",
     "what was signed in June 2015?"),
    ("how much was trade that year?", "It opened on August 29, 2017.",
     "how much was trade in 2017?"),
    ("who visited in may that year?", "On 4 June 2015, …", "who visited in may 2015?"),
    ("who visited in May that year?", "in 2015", "who visited in May 2015?"),
    ("what else happened during the same year?", "in 2011", "what else happened during 2011?"),
    ("what happened the following month?", "on 11 December 2015", "what happened in January 2016?"),
    ("and the previous year?", "It opened in 2008.", "and in 2007?"),
    ("and the year after?", "September 15, 1992", "and in 1993?"),
    ("what happened a month later?", "on August 29, 2017", "what happened in September 2017?"),
])
def test_that_year_is_the_time_the_last_turn_gave(question: str, before: str,
                                                   read: str) -> None:
    assert with_time(question, before) == read


@pytest.mark.parametrize(("question", "before"), [
    ("what was signed that month?", "It came into force in 2015."),  # no month given
    ("what happened that year?", "Anna Berg is the ambassador."),
    ("who signed it?", "in 2015"),
])
def test_no_time_to_point_to_leaves_the_question_as_it_is(question: str, before: str) -> None:
    assert with_time(question, before) == question


@pytest.mark.parametrize("question", ["how long were visas before that?",
                                      "where did they meet prior to that?",
                                      "who invests more?", "which is bigger?"])
def test_before_that_and_a_comparative_want_another_answer(question: str) -> None:
    assert asks_else(question)
    assert asks_another(question, 1, holds_more=False) == ANSWER


@pytest.mark.parametrize("question", ["who is the biggest investor?", "how much more is there",
                                      "when was it signed?"])
def test_other_questions_want_no_other_answer(question: str) -> None:
    assert asks_another(question, 1, holds_more=False) == NOTHING


@pytest.mark.parametrize("question", ["which party is the latter from?",
                                      "and the former?", "what state is The Latter from"])
def test_the_former_and_the_latter_point_back(question: str) -> None:
    assert points(question) and leans(question)


def test_a_there_that_ends_the_question_is_a_place() -> None:
    assert points("what office is there?") and leans("what office is there?")
    assert not points("is there a treaty?")


@pytest.mark.parametrize("message", ["any others?", "Anything else?", "anyone else",
                                     "some more?"])
def test_a_bare_any_others_asks_what_else(message: str) -> None:
    assert plain_opening(message) == "what else?"
    assert is_bare(plain_opening(message))


@pytest.mark.parametrize(("question", "asks"), [
    ("how long is it?", True), ("where was that?", True), ("when did they open it?", True),
    ("how are you?", False), ("who are you?", False), ("how long was the treaty?", False),
    ("what party?", True), ("and which year?", True),  # a kind alone
    ("what now?", False), ("what else?", False), ("what is?", False),
])
def test_a_kind_asked_of_a_pointer_asks_about_the_last_answer(question: str,
                                                              asks: bool) -> None:
    assert asks_of_it(question) is asks


@pytest.fixture(scope="module")
def bot() -> Chatbot:
    return Chatbot.from_text(DOC)


def test_a_correction_asks_the_last_question_of_another_subject(bot: Chatbot) -> None:
    conv = bot.conversation()
    assert "1994" in conv.ask("when was the embassy of Freedonia opened?").text
    reply = conv.ask("no, I meant the consulate")
    assert reply.kind == "answer" and "2008" in reply.text


def test_a_correction_names_its_subject_and_keeps_the_question_word(bot: Chatbot) -> None:
    conv = bot.conversation()
    assert "4 June 2015" in conv.ask("when did the river treaty come into force?").text
    reply = conv.ask("not the treaty, the fishing accord")
    assert reply.kind == "answer" and "fishing accord" in reply.text


def test_that_month_is_the_month_of_the_last_answer(bot: Chatbot) -> None:
    conv = bot.conversation()
    assert "4 June 2015" in conv.ask("when did the river treaty come into force?").text
    reply = conv.ask("what accord was signed that same month?")
    assert reply.kind == "answer" and "fishing accord" in reply.text
