"""An opinion the document never states (a row of ``nearmiss.kinds``), and a figure for a
year it gives only for something else, are declined. Our own small document, not any
question set."""

import pytest

from bot import Chatbot
from bot.answering.nearmiss.constraints import unmet
from bot.answering.nearmiss.figures import only_the_year, other_day
from bot.language.text import terms

HARBOUR = """Portvale and Norland

Ties

Norland recognised Portvale on March 2, 1961. The two prime ministers spoke by telephone
on May 4, 2019, about the harbour.

Norland praised Portvale's new harbour law in 2020.

Trade

Trade between Portvale and Norland reached 2.4 billion dollars in 2020.

Offices

A Norland consulate was opened in Eastport in 2011.
"""


@pytest.fixture(scope="module")
def harbour() -> Chatbot:
    return Chatbot.from_text(HARBOUR)


@pytest.mark.parametrize(("question", "text", "missing"), [
    ("what does norland think of portvale", "The prime ministers spoke by telephone.",
     ["an opinion"]),
    ("what does norland think of portvale", "Norland praised Portvale's law.", []),
    ("does norland consider portvale an ally", "Norland recognised Portvale.",
     ["an opinion"]),
    ("what is norland's opinion on the harbour", "The harbour council said no.", []),
    ("what did the ministers talk about", "They spoke by telephone.", []),  # a fact
    ("what was his attitude toward the plan", "He was antagonistic to it.", []),
    ("how do norlanders view portvale", "The visit aimed, with a view to trade, at ports.",
     ["an opinion"]),  # "with a view to" is no view
    ("how do scholars view the law", "Some scholars see the law as limited.", []),
])
def test_an_opinion_needs_a_word_of_judgement(question: str, text: str,
                                              missing: list[str]) -> None:
    assert [m for m in unmet(question, text, text) if m == "an opinion"] == missing


def _share(term: str) -> float:
    return 0.8 if term in {"norland", "portvale"} else 0.1


@pytest.mark.parametrize(("question", "passage", "missing"), [
    ("how much did norland invest in 2011",
     "A Norland consulate was opened in Eastport in 2011.", ["2011"]),
    ("what was trade worth in 2011",
     "A Norland consulate was opened in Eastport in 2011.", ["2011"]),
    ("what was trade worth in 2020",  # the passage is about the thing asked
     "Trade between Portvale and Norland reached 2.4 billion dollars in 2020.", []),
    ("how much did norland sell in 2020",  # said in other words: "sell" of "trade"
     "Trade between Portvale and Norland reached 2.4 billion dollars in 2020.", []),
    ("who opened a consulate in 2011",  # no figure asked: left to the other checks
     "Norland recognised Portvale on March 2, 1961.", []),
])
def test_a_figure_for_a_year_needs_the_thing_counted(question: str, passage: str,
                                                     missing: list[str]) -> None:
    assert only_the_year(question, set(terms(passage)), _share) == missing


def test_the_bot_declines_both_and_answers_the_rest(harbour: Chatbot) -> None:
    assert harbour.ask("what do the prime ministers think of the harbour").kind == "fallback"
    assert harbour.ask("how much did norland invest in 2011").kind == "fallback"
    reply = harbour.ask("what was trade between norland and portvale worth in 2020")
    assert reply.kind == "answer" and "2.4 billion" in reply.text
    assert "praised" in harbour.ask("what does norland think of the harbour law").text


@pytest.mark.parametrize(("question", "text", "missing"), [
    ("what was signed on september 21 2018", "The protocol was signed on September 21, 2017.",
     ["September 21, 2018"]),
    ("what was signed on september 21 2017", "The protocol was signed on September 21, 2017.",
     []),
    ("what happened on 16 may", "The ministers met on May 15-18, 2019.", []),  # a range
    ("what happened on may 20", "The ministers met on May 15-18, 2019.", ["May 20"]),
    ("what happened in may 2019", "The ministers met in 2019.", []),  # the month: constraints'
])
def test_a_day_asked_is_a_day_given(question: str, text: str, missing: list[str]) -> None:
    assert other_day(question, text) == missing
