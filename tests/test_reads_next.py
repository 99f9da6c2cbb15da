"""Reading on when the best sentence only sets the scene and the next one tells the event
(``bot.answering.read_next``): a short pair whose first sentence lacks the question's
words for the event, or a next sentence giving the person asked about with the
question's own verb. Never across a passage break, and never past a best sentence that
already gives the date or the number asked."""

from bot import Chatbot
from bot.answering.read_next import SHORT_NEXT

CHRONICLE = """River Chronicle

Voyages

In April 1402 Duke Arvel left the port of Malden with a large fleet in order to reach
Osterholm. But a gale scattered the fleet.

In May 1405 Duke Arvel left the port of Malden again with a small fleet in order to reach
Tirbo.

A storm scattered his ships.

Mills

The old water mill at Corvel on the eastern bank of the river burned down in the hard
winter of 1610, and for many years the miller's family lived on what their fields gave
them. While the fields lay fallow, the carpenter Ivo Brandt rebuilt its wheel and found a
chest of silver coins buried in the clay under the floor.

Library

The library opened in 1958. It holds 40,000 books. The reading room is on the second floor
and is open every day of the week except on public holidays of the town.
"""


def _bot() -> Chatbot:
    return Chatbot.from_text(CHRONICLE, cache=False)


def test_a_short_scene_reads_on_to_the_event_it_sets_up() -> None:
    reply = _bot().ask("What wrecked the duke's plans to reach Osterholm?")
    assert reply.kind == "answer"
    assert reply.text.startswith("In April 1402") and reply.text.endswith("scattered the fleet.")
    assert len(reply.text) < SHORT_NEXT


def test_the_person_asked_about_is_read_on_to_with_the_questions_verb() -> None:
    reply = _bot().ask("Who rebuilt the old water mill at Corvel after the winter of 1610?")
    assert reply.kind == "answer" and "Ivo Brandt" in reply.text
    assert reply.text.startswith("The old water mill")


def test_no_reading_on_across_a_passage_break() -> None:
    reply = _bot().ask("What wrecked the duke's plans to reach Tirbo?")
    assert "storm" not in reply.text


def test_a_best_sentence_giving_the_date_or_number_asked_stays_alone() -> None:
    bot = _bot()
    assert bot.ask("When did the library open?").text == "The library opened in 1958."
    assert bot.ask("How many books does the library hold?").text == "It holds 40,000 books."
