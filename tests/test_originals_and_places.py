"""Three more near misses and readings of round 16, beside questions the document answers:
the original of a thing asked of a sentence about what amended it; a city asked within a
country whose name is written with stops ("the U.S. Embassy in Peru"); a start asked "in
which city was it started", read as the where-question it is."""

import pytest

from bot import Chatbot
from bot.answering.nearmiss.cities import unnamed_city
from bot.answering.nearmiss.events import OF_EVENT
from bot.answering.nearmiss.versions import unoriginal

AMENDED = "The Protocol Amending the Ferry Agreement was signed on May 4, 2019, in Eastbay."


@pytest.mark.parametrize(("question", "missing"), [
    ("When was the original ferry agreement signed?", ["the original agreement"]),
    ("when was the initial version of the agreement signed", ["the original agreement"]),
    ("Where was the original agreement on ferries signed?", ["the original agreement"]),
    ("When was the protocol amending the ferry agreement signed?", []),  # the amendment
    ("What does the original agreement say about fares?", []),  # of the thing itself
])
def test_the_original_is_not_the_amendment(question: str, missing: list[str]) -> None:
    assert unoriginal(question, AMENDED) == missing


def test_a_sentence_on_the_original_itself_answers() -> None:
    text = "The original Ferry Agreement of 1998 was amended in 2019."
    assert unoriginal("When was the original ferry agreement signed?", text) == []


def test_the_original_is_declined_end_to_end() -> None:
    bot = Chatbot.from_text("Ferries\n\n" + AMENDED + " It allows two more crossings a day.\n\n"
                            "The Eastbay ferry sails every morning.\n")
    reply = bot.ask("When was the original ferry agreement signed?")
    assert reply.kind == "fallback" and reply.explanation.unmet == ("the original agreement",)
    assert bot.ask("When was the protocol amending the ferry agreement signed?").kind == "answer"


def test_a_country_written_with_stops_still_asks_for_a_city() -> None:
    passage = "The U.S. Embassy was opened in Peru in 1992."
    question = "In which city is the U.S. Embassy in Peru located?"
    assert unnamed_city(question, passage, _Nowhere()) == ["a city"]  # type: ignore[arg-type]


class _Nowhere:
    """Document places that place no word."""

    def placed(self, word: str) -> bool:
        return False


@pytest.mark.parametrize(("question", "of_event"), [
    ("in which city was the format started", True),
    ("at what place was the treaty signed", True),
    ("What city did the inventor move to in 1880?", False),  # the move is no event asked
])
def test_in_which_city_asks_where_it_happened(question: str, of_event: bool) -> None:
    assert bool(OF_EVENT.match(question)) is of_event
