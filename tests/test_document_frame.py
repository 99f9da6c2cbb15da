"""A document's lead frames it: the year its title or first passage names ("… for the 2019
season") is the year every later passage is about, though a later passage names only its
background ("founded in 1971"). A question asking of that year is answered from such a
passage; a question asking of a year the document never frames is still declined."""

import pytest

from bot import Chatbot
from bot.answering.nearmiss.constraints import unmet
from bot.reading.document import parse

SEASON = """Harbour Rovers season

The Harbour Rovers played the 2019 season in the Coastal League and won the Bay Cup.

The club was founded in 1971 by dock workers. Eleven Rovers players were named to the
league's all-star team, the most since the club's founding.

The Rovers defeated the Eastbay Gulls 3–1 in the cup final. It was the club's second cup
after the one of 1988.
"""

BACKGROUND = "The club was founded in 1971 by dock workers. Eleven players were named."


def test_the_lead_is_the_title_and_the_first_passage() -> None:
    lead = parse(SEASON).lead
    assert lead.startswith("Harbour Rovers season")
    assert "2019 season" in lead and "founded" not in lead


def test_a_year_the_lead_names_is_met_by_a_passage_of_background_years() -> None:
    question = "How many players were named in 2019?"
    assert unmet(question, "Eleven players were named.", BACKGROUND, dates_only=True) == (
        "2019",)
    lead = "Harbour Rovers\nThe Rovers played the 2019 season."
    assert unmet(question, "Eleven players were named.", BACKGROUND, True, lead) == ()


def test_a_year_the_lead_does_not_name_is_still_missing() -> None:
    lead = "Harbour Rovers\nThe Rovers played the 2019 season."
    assert unmet("How many players were named in 2023?", "Eleven players were named.",
                 BACKGROUND, True, lead) == ("2023",)


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
