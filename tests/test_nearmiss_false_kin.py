"""A WordNet kin meets a passage only as the same word: a derived kin ("orderly" of
"soldiers", "restaurant attendant" of "employees") shares its stem with another word
("in order to", "attended") and is no sign that the passage names the thing asked, so a
count of a thing the document never names is declined; a kin said as itself or by an
inflection ("employee" of "workers", "company" of "firms") still meets it."""

import pytest

from bot import Chatbot
from bot.answering.nearmiss.kin import kin_in
from bot.answering.nearmiss.subjects import uncounted
from bot.language.text import stem, terms, words

PATROLS = """Harbour cooperation

Patrols

In order to help stabilize the coast, Norland and Portvale began joint patrols in 2015.
The patrols cover 300 kilometres of coast.

Parade

In 2016, 1,200 guests attended the naval parade in Eastbay. The parade lasted two hours.
"""


@pytest.mark.parametrize(("word", "passage", "met"), [
    ("soldiers", "In order to help stabilize the coast", False),
    ("employees", "1,200 guests attended the parade", False),
    ("workers", "Every employee of the yard joined", True),
    ("firms", "Four publishing companies signed", True),
])
def test_a_kin_meets_a_passage_only_as_the_same_word(word: str, passage: str, met: bool) -> None:
    assert kin_in(word, set(terms(passage)), set(words(passage))) is met


def test_a_count_of_a_thing_met_only_by_a_derived_kin_is_uncounted() -> None:
    def share(term: str) -> float:
        return 0.0

    passage = "In order to help stabilize the coast, Norland began patrols."
    assert uncounted("How many soldiers serve in the patrols?", share, None,
                     set(terms(passage)), set(words(passage))) == ["a number of soldiers"]
    assert uncounted("How many workers joined?", share, None, {stem("employee"), stem("joined")},
                     {"employee", "joined"}) == []


@pytest.mark.parametrize("question", [
    "How many soldiers serve in the joint patrols?",
    "how many employees attended the naval parade",
])
def test_a_count_of_what_the_document_never_names_is_declined(question: str) -> None:
    assert Chatbot.from_text(PATROLS).ask(question).kind != "answer"


@pytest.mark.parametrize(("question", "answer"), [
    ("How many guests attended the naval parade?", "1,200"),
    ("how long is the coast the patrols cover", "300 kilometres"),
])
def test_what_the_document_counts_is_still_answered(question: str, answer: str) -> None:
    reply = Chatbot.from_text(PATROLS).ask(question)
    assert reply.kind == "answer" and answer in reply.text
