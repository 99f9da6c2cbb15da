"""Two ways a question is read a little further (round 14):

- "which Kazakh city", "what other country": a qualifier before a noun that names only a
  place still asks for a place (``answer_type``), but "what land area" asks no place;
- the best sentence names who acted and the next one, going on about them ("She also
  held talks with …"), tells the deed asked: the next one joins the answer
  (``read_next``);
- a change asked by its outcome ("what was it upgraded to?") reads on, up to two
  sentences, to the one that says the change by a synonym with the same preposition
  ("raise the level of engagement to …"; ``read_next.changed_into``).
"""

import pytest

from bot import Chatbot
from bot.language.answer_type import PLACE, expected_type

VISIT = """Harbour visits

Spring

The delegation led by Deputy Minister Anna Berg took part in the opening of the new
ferry terminal at Kelby on May 3, 2019. She also held talks with Mayor Tom Hale on the
future of coastal shipping.

Autumn

In October the ferry line to Osterholm was closed for repairs.
"""


@pytest.mark.parametrize(("question", "wanted"), [
    ("In which Kazakh city is the bank located?", PLACE),
    ("which other country signed the treaty", PLACE),
    ("what major river crosses the region", PLACE),
    ("what land area does the park cover", None),
    ("what member state chairs the council", None),
])
def test_a_qualified_place_noun_asks_for_a_place(question: str, wanted: str | None) -> None:
    assert expected_type(question) == wanted


def test_the_next_sentence_telling_the_deed_asked_joins() -> None:
    reply = Chatbot.from_text(VISIT).ask(
        "who did the head of the delegation hold talks with at the terminal opening?")
    assert reply.kind == "answer" and "Tom Hale" in reply.text and "Anna Berg" in reply.text


def test_a_best_sentence_that_answers_stays_alone() -> None:
    reply = Chatbot.from_text(VISIT).ask("who led the delegation at the terminal opening?")
    assert reply.kind == "answer" and "Anna Berg" in reply.text
    assert "Tom Hale" not in reply.text


PACT = """Energy ties

Partnership

A key part of the energy ties is the Norland-Peru Energy Partnership. A joint statement
of its co-chairs was signed at the meeting in May 2019. Under it, the sides agreed to
raise the level of engagement to a Strategic Energy Council.
"""


@pytest.mark.parametrize("question", [
    "what was the Norland-Peru energy partnership upgraded to",
    "what did the sides agree to upgrade the energy partnership to in 2019?",
])
def test_a_change_asked_by_its_outcome_reads_on_to_the_synonym(question: str) -> None:
    reply = Chatbot.from_text(PACT).ask(question)
    assert reply.kind == "answer" and "Strategic Energy Council" in reply.text, reply.text
