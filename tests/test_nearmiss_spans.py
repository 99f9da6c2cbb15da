"""A figure over a span of years is no figure of one year (round 13): "how many … in 2019"
of "over 30 years, more than 60 treaties have been signed" is declined; the sentence that
gives the year's own figure is answered, and so is a question that names no year."""

import pytest

from bot import Chatbot
from bot.answering.nearmiss.spans import spanned

TREATIES = """Norway and Peru

Treaties

Over 30 years, more than 60 treaties and memoranda have been signed.

Trade

In 2021 Norwegian exports to Peru came to 410 million dollars.
"""


@pytest.fixture(scope="module")
def bot() -> Chatbot:
    return Chatbot.from_text(TREATIES)


def test_a_year_asked_of_a_span_is_declined(bot: Chatbot) -> None:
    assert bot.ask("how many treaties were signed in 2019?").kind == "fallback"


@pytest.mark.parametrize(("question", "gold"), [
    ("how many treaties have been signed?", "60"),
    ("how much did Norway export to Peru in 2021?", "410 million"),
])
def test_the_figure_the_document_gives_is_answered(bot: Chatbot, question: str,
                                                   gold: str) -> None:
    reply = bot.ask(question)
    assert reply.kind == "answer" and gold in reply.text


@pytest.mark.parametrize("text", [
    "In the past two decades, 12 plants have opened.",
    "To date, 40 firms have entered the market.",
    "Since independence, 9 consulates have opened.",
])
def test_spans_of_every_shape(text: str) -> None:
    assert spanned("how many opened in 2015", text) == ["a figure of 2015 alone"]


@pytest.mark.parametrize(("question", "text"), [
    ("how many opened in 2015", "Over 20 years, 12 plants opened, 3 of them in 2015."),
    ("when did it open in 2015", "Over 20 years, 12 plants opened."),
    ("how many opened", "Over 20 years, 12 plants opened."),
])
def test_a_dated_answer_or_another_question_is_left_alone(question: str, text: str) -> None:
    assert spanned(question, text) == []


def test_a_joined_sentence_that_only_dates_one_of_them_gives_no_figure() -> None:
    text = "Over 20 years, 12 plants have opened. On May 4, 2015, the Velm plant opened."
    assert spanned("how many plants opened in 2015", text) == ["a figure of 2015 alone"]


def test_a_joined_sentence_that_counts_in_the_year_is_a_figure() -> None:
    text = "Over 20 years, 12 plants have opened. In 2015, 3 plants opened."
    assert spanned("how many plants opened in 2015", text) == []
