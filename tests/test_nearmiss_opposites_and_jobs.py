"""Three near misses of round 13's last pass, on a small document of our own: the asked
word's opposite said before the same noun ("the closing ceremony" of the opening one), a
count of jobs asked of a sentence counting companies, and "what exactly did X and Y talk
about" of a sentence saying only that they talked. Each asking of a sentence that does
answer it stays answered."""

import pytest

from bot import Chatbot
from bot.answering.nearmiss.opposites import opposite_said

FAIR = """The Velden Trade Fair

The fair

The delegation led by Mayor Ilse Brandt took part in the opening ceremony on May 3, 1990.

About 120 firms from Norland take part in the fair, of which 40 are small.

Norland firms at the fair employ some 3,000 workers in Velden.

On May 4, 1990, Mayor Brandt held a brief conversation with the Governor of Sudmark.

At the closing dinner on May 6, 1990, Brandt and the Governor discussed river tolls.
"""


@pytest.fixture(scope="module")
def bot() -> Chatbot:
    return Chatbot.from_text(FAIR)


@pytest.mark.parametrize("question", [
    "who led the delegation at the closing ceremony of the fair",
    "what exactly did Brandt and the Governor talk about on May 4, 1990?",
])
def test_the_other_thing_is_declined(bot: Chatbot, question: str) -> None:
    assert bot.ask(question).kind == "fallback"


@pytest.mark.parametrize(("question", "gold"), [
    ("who led the delegation at the opening ceremony of the fair", "Ilse Brandt"),
    ("how many workers do Norland firms at the fair employ?", "3,000"),
    ("what exactly did Brandt and the Governor discuss at the closing dinner?", "river tolls"),
])
def test_the_thing_asked_is_answered(bot: Chatbot, question: str, gold: str) -> None:
    reply = bot.ask(question)
    assert reply.kind == "answer", reply.text
    assert gold in reply.text


def test_an_opposite_is_read_only_before_the_same_noun_and_not_when_both_are_asked() -> None:
    assert opposite_said("the closing ceremony?", "the opening ceremony was held") == [
        "the closing ceremony"]
    assert opposite_said("the closing ceremony?", "the opening speech was given") == []
    assert opposite_said("the closing ceremony?", "the opening and closing ceremony") == []
    assert opposite_said("was the opening or the closing ceremony longer?",
                         "the opening ceremony took an hour") == []


def test_a_count_of_jobs_is_not_told_by_a_count_of_firms() -> None:
    from bot.answering.nearmiss.flows import unnamed_flow
    asked = "how many people do Norland firms employ in Velden"
    assert unnamed_flow(asked, "About 120 firms from Norland take part.") == [
        "a number of jobs"]
    assert unnamed_flow(asked, "Norland firms employ some 3,000 workers.") == []
