"""Practical questions about a place and a person's present that the document never
answers: "how expensive (safe, cold) is X?" wants a sentence with a word of its cost
(danger, weather), "what is X doing now?" one that says what holds now, "which religion do
they follow?" a faith. A sentence that merely names the place or the person is no answer.
Our own small examples, not any question set."""

import pytest

from bot import Chatbot
from bot.answering.nearmiss.asked import unsized
from bot.answering.nearmiss.constraints import unmet

SUBJECT = frozenset({"norland"})


@pytest.mark.parametrize(("question", "sentence", "missing"), [
    ("how expensive is norland", "The Norland consulate opened in 2004.", ["a cost"]),
    ("how safe is norland for tourists", "Tourist visas to Norland last ten years.",
     ["safety"]),
    ("how cold is it in norland", "The summit was held in Norland in 2016.", ["a climate"]),
    ("how cold does it get in the country", "Both sides met in the country.", ["a climate"]),
    # the commonest wording: "how safe is it to travel to X"
    ("how safe is it to travel to norland", "Tourist visas to Norland last ten years.",
     ["safety"]),
    ("how expensive is it to live in norland", "The Norland consulate opened in 2004.",
     ["a cost"]),
    # the sentence tells the quality
    ("how expensive is norland", "A night in Norland costs about 40 dollars.", []),
    ("how safe is norland", "Crime in Norland fell by half.", []),
    ("how cold is norland", "Winters in Norland reach minus 30 degrees.", []),
    # not a place: "how safe is the vaccine" is for the document to say
    ("how safe is the vaccine", "The vaccine was approved in 2019.", []),
    # not a quality of the kind: "how often", "how long" are read elsewhere
    ("how often is norland visited", "Norland is visited by many.", []),
])
def test_a_quality_of_a_place_wants_a_word_of_that_quality(question: str, sentence: str,
                                                           missing: list[str]) -> None:
    assert unsized(question, sentence, SUBJECT) == missing


@pytest.mark.parametrize(("question", "sentence", "missing"), [
    ("what is ada berg doing now", "Ada Berg signed the treaty in 2015.", True),
    ("where is ada berg today", "Ada Berg signed the treaty in 2015.", True),
    ("what is ada berg doing now", "Since 2019 Ada Berg is the envoy to Norland.", False),
    ("which religion do most norlanders follow", "Norland's envoy follows the talks.", True),
    ("which religion do most norlanders follow", "Most Norlanders are Lutheran Christians.",
     False),
])
def test_a_persons_present_and_a_peoples_faith(question: str, sentence: str,
                                               missing: bool) -> None:
    assert bool(unmet(question, sentence, sentence)) is missing


DOC = ("Norland and Eastport\n\n"
       "The Eastport consulate in Vellby opened on May 3, 2004. "
       "Foreign minister Ada Berg visited Vellby in 2015 for trade talks.\n\n"
       "Trade between Norland and Eastport reached 2 billion dollars in 2016.\n")


@pytest.mark.parametrize("question", [
    "how expensive is vellby", "how safe is vellby for tourists",
    "how cold is it in vellby", "what is ada berg doing now",
])
def test_the_bot_declines_what_the_document_never_tells(question: str) -> None:
    assert Chatbot.from_text(DOC).ask(question).kind != "answer"


def test_what_it_does_tell_stays_answered() -> None:
    reply = Chatbot.from_text(DOC).ask("when did the consulate in vellby open")
    assert reply.kind == "answer" and "2004" in reply.text


@pytest.mark.parametrize(("question", "sentence", "missing"), [
    # the asker's own how-to wants a sentence of means
    ("how do i apply for an exchange in norland",
     "There is an exchange of students between Norland and Eastport.", True),
    ("how can i contact the norland embassy", "The Norland embassy opened in 1993.", True),
    ("how do i apply for an exchange in norland",
     "Students apply online through the ministry's website.", False),
    # "how do you say …" asks for a word, not a procedure
    ("how do you say hello in norlandic", "Hello is 'sael' in Norlandic.", False),
    # "how would one write …" asks for a form, not a procedure
    ("how would one write ten in norlandic", "Ten is written 'tio' in Norlandic.", False),
    ("how to contact the norland embassy", "The Norland embassy opened in 1993.", True),
    # a people's feeling wants a word of feeling
    ("do norlanders like eastporters", "Norland visits by Eastport delegations grew.", True),
    ("do norlanders like eastporters", "Eastport films are popular in Norland.", False),
])
def test_a_how_to_and_a_feeling(question: str, sentence: str, missing: bool) -> None:
    assert bool(unmet(question, sentence, sentence)) is missing


def test_a_place_is_written_one_way_in_every_reply() -> None:
    from bot.language.places import shown_place
    assert shown_place("usa") == "the US" and shown_place("usa", article=False) == "US"
    assert shown_place("kazakhstan") == "Kazakhstan" and shown_place("uk") == "UK"
