"""A document's opening frames it: the year its title or first passage names ("… for the 2019
season") is the year every later passage is about, though a later passage names only its
background ("founded in 1971"). A question asking of that year is answered from such a
passage; a question asking of a year the document never frames is still declined."""

import pytest

from bot import Chatbot
from bot.answering.nearmiss.constraints import unmet
from bot.language.dates import undated
from bot.reading.document import parse

SEASON = """Harbour Rovers season

The Harbour Rovers played the 2019 season in the Coastal League and won the Bay Cup.

The club was founded in 1971 by dock workers. Eleven Rovers players were named to the
league's all-star team, the most since the club's founding.

The Rovers defeated the Eastbay Gulls 3–1 in the cup final. It was the club's second cup
after the one of 1988.
"""

BACKGROUND = "The club was founded in 1971 by dock workers. Eleven players were named."


def test_the_frame_is_the_title_and_the_first_passage() -> None:
    frame = parse(SEASON).frame
    assert frame.startswith("Harbour Rovers season")
    assert "2019 season" in frame and "founded" not in frame


def test_an_events_date_in_the_opening_is_no_frame() -> None:
    frame = parse("Ties\n\nOn March 2, 1961, Norland recognised Portvale in 1961 terms.\n\n"
                  "Trade grew.").frame
    assert "March 2, 1961" not in frame and "1961 terms" in frame
    assert undated("signed on 4 June 2019 and in May 2020, for 2021") == (
        "signed on   and in  , for 2021")


def test_a_year_the_frame_names_is_met_by_a_passage_of_background_years() -> None:
    question = "How many players were named in 2019?"
    assert unmet(question, "Eleven players were named.", BACKGROUND, dates_only=True) == (
        "2019",)
    frame = "Harbour Rovers\nThe Rovers played the 2019 season."
    assert unmet(question, "Eleven players were named.", BACKGROUND, True, frame) == ()


def test_a_year_the_frame_does_not_name_is_still_missing() -> None:
    frame = "Harbour Rovers\nThe Rovers played the 2019 season."
    assert unmet("How many players were named in 2023?", "Eleven players were named.",
                 BACKGROUND, True, frame) == ("2023",)


@pytest.fixture(scope="module")
def season() -> Chatbot:
    return Chatbot.from_text(SEASON)


@pytest.mark.parametrize(("question", "gold"), [
    ("How many Rovers players made the all-star team in 2019?", "Eleven"),
    ("What was the score of the 2019 cup final?", "3–1"),
])
def test_the_framed_year_is_answered_end_to_end(season: Chatbot, question: str,
                                                gold: str) -> None:
    reply = season.ask(question)
    assert reply.kind == "answer" and gold in reply.text, reply.text


def test_another_year_is_declined_end_to_end(season: Chatbot) -> None:
    reply = season.ask("What was the score of the 2023 cup final?")
    assert reply.kind == "fallback" and "2023" in reply.text, reply.text


def test_a_year_the_opening_gives_as_an_events_date_frames_nothing() -> None:
    bot = Chatbot.from_text("Norland and Portvale\n\nOn March 2, 1961, Norland recognised "
                            "Portvale.\n\nTrade between the two reached 5 million dollars in "
                            "2019, after 3 million dollars in 2018.\n")
    reply = bot.ask("How much was trade between Norland and Portvale in 1961?")
    assert reply.kind == "fallback" and "1961" in reply.text, reply.text
