"""The answer two sentences on: one sentence names the occasion ("during the mayor's visit
…"), a later one in the same passage says what the question asks of it ("… involve firms
such as …"). A later sentence joins the answer when it gives at least two of the
question's rare terms that the best sentence lacks, and at least half of them."""

import math

import pytest
from towns import OTHER_SECTIONS

from bot import Chatbot
from bot.answering.compose import rare
from bot.answering.read_on import belongs, completes

TOWN = """Harbour Notes

Visits

During the mayor's visit to Lindau in 2019, a dinner was held at the Lindau town hall for
local business owners. As a result, nine contracts were signed. The signed contracts involve
well-known firms such as Brandt Shipping, Okafor Foods and Vogt Bakeries.

""" + OTHER_SECTIONS


def test_a_later_sentence_that_gives_what_the_best_lacks_completes_it() -> None:
    assert completes({"visit", "mayor"}, {"firm", "involv", "contract"},
                     {"visit", "mayor", "firm", "involv", "contract"})


def test_one_missing_term_or_less_than_half_of_them_is_not_enough() -> None:
    asked = {"visit", "firm", "involv", "contract", "dinner"}
    assert not completes({"visit"}, {"firm"}, asked)
    assert not completes({"visit"}, {"firm", "involv"}, asked | {"ship", "food"})


def test_the_answer_two_sentences_after_the_occasion_joins_it() -> None:
    bot = Chatbot.from_text(TOWN)
    reply = bot.ask("Which firms were involved in the mayor's 2019 visit to Lindau?")
    assert reply.kind == "answer"
    assert "Brandt Shipping" in reply.text
    assert "nine contracts" not in reply.text  # the sentence in between gives less


def test_a_term_in_most_passages_is_not_rare() -> None:
    # smoothed idf 1 + ln((1 + n) / (1 + df)) with n = 9 passages
    assert rare(1 + math.log(10 / 2), 9)  # in 1 of 9
    assert rare(1 + math.log(10 / 4), 9)  # in 3 of 9
    assert not rare(1 + math.log(10 / 5), 9)  # in 4 of 9
    assert not rare(None, 9)  # never in the document


FAIR = """Fair Notes

Fair

On May 4, 2015, a meeting of the fair's trustees was held with the mayor of Eastbay in the
town hall. The charter of the Eastbay Fair was signed at the meeting.

The fair draws 9,000 visitors a year.
"""


def test_the_sentence_before_joins_when_it_gives_the_date_the_best_one_refers_back_to() -> None:
    reply = Chatbot.from_text(FAIR, cache=False).ask("when was the charter of the fair signed?")
    assert reply.kind == "answer"
    assert "May 4, 2015" in reply.text and "charter" in reply.text


def test_a_best_sentence_that_gives_the_date_itself_stands_alone() -> None:
    reply = Chatbot.from_text(FAIR, cache=False).ask("when was the trustees' meeting held?")
    assert reply.text.startswith("On May 4, 2015") and "charter" not in reply.text


SCHOOLS = """School Notes

Schools

Teaching in music is being expanded. There is an ongoing exchange of pupils and teachers
between the Eastbay and Portvale academies, with joint concerts each spring.

Harbour

The harbour council owns Pier Four.

Ferries

The ferry service was launched in 1987, with two boats.

Markets

The fish market opens at dawn every day but Sunday.
"""


def test_the_short_sentence_before_joins_when_it_names_what_the_question_asks_of() -> None:
    reply = Chatbot.from_text(SCHOOLS, cache=False).ask(
        "which teaching is being expanded with exchanges of pupils?")
    assert reply.kind == "answer"
    assert "music" in reply.text and "exchange" in reply.text


@pytest.mark.parametrize(("question", "joined"), [
    ("Why was the Coast Brigade formed?", True),  # a purpose asked: "this unit" goes on
    ("When was the Coast Brigade formed?", False),  # a date it already has
])
def test_a_purpose_in_a_sentence_that_refers_back_mid_way_joins_a_why(question: str,
                                                                       joined: bool) -> None:
    best = "The Coast Brigade was formed in Velm in 2004 with help from Norland."
    following = "Work is under way for this unit to join rescue missions at sea."
    assert belongs(best, {"coast", "brigad", "form", "velm", "norland"}, following, question,
                   "date" if question.startswith("When") else None,
                   set(question.lower().rstrip("?").split())) is joined


BOARDS = """Harbour Boards

Boards

Town matters are shared between two bodies. The Quay Council of Lindau has been set up at
the town hall, and it includes 14 aldermen of the old port. "Friends of the Harbour Guild"
at the fish market consists of 9 members. Its chair is Captain Ilse Brandt of the ferry.

Schooling

In 1950, Marta Okafor moved to Velm to attend the Higher Harbour School, where a navigation
teacher shaped her. Marta Okafor was able to steer a schooner at twelve. She finished the
five-year course in four, graduating in 1955.

Market

The fish market opens at dawn on weekdays. Herring and eel are sold from the quay.

""" + OTHER_SECTIONS


def test_a_sentence_two_on_that_leans_on_another_subject_does_not_join() -> None:
    # "Its chair" is the guild's, named in between: the council's chair is not given
    bot = Chatbot.from_text(BOARDS)
    reply = bot.ask("Who chairs the Quay Council of Lindau?")
    assert reply.kind == "fallback"
    assert "doesn't give the chair" in reply.text


def test_a_sentence_two_on_about_the_same_subject_still_joins() -> None:
    bot = Chatbot.from_text(BOARDS)
    reply = bot.ask("In what year did Marta Okafor graduate from the Higher Harbour School?")
    assert reply.kind == "answer"
    assert "1955" in reply.text
