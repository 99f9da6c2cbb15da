"""What a question's wording asks for, in general: "how much" wants an amount, a
judgement ("was she a good mayor?") a word of value, "who" someone named, and a sentence
that lacks it does not answer, and the reply says what is missing; a sentence that has
it still does."""

import pytest

from bot import Chatbot
from bot.answering.nearmiss.constraints import unmet

RIVERTON = """Riverton

Water

The Riverton dam was built in 1974 with help from the Lakeland water agency. The
reservoir behind the dam holds 40 million cubic metres of water.

A grain silo was set up near the station. Mayor Ada Flint opened the new library in 2015.

The ferry service is a positive factor for trade along the river.
"""


@pytest.fixture(scope="module")
def riverton() -> Chatbot:
    return Chatbot.from_text(RIVERTON)


@pytest.mark.parametrize(("question", "sentence", "missing"), [
    ("how much grain is stored in the silo", "A grain silo was set up near the station.",
     "an amount"),
    ("how much water does the reservoir hold", "The reservoir holds 40 million cubic metres.",
     None),
    ("how much of the town is flooded", "Vast areas of the town are flooded.", None),
    ("was Ada Flint a good mayor", "Mayor Ada Flint opened the new library in 2015.",
     "an opinion"),
    ("do you think the ferry helps trade", "The ferry is a positive factor for trade.", None),
    ("should the town build a bridge", "The town has a ferry.", "an opinion"),
    ("when did the water agency first meet", "The Lakeland water agency works to keep the "
     "river clean.", "a date"),
    ("when did the water agency first meet", "The agency first met after the flood.", None),
    ("when is the river festival held", "It is held on Midsummer's Night.", None),
    ("what happens when the dam is full", "The spillway opens.", None),  # no time asked
    ("who is the current mayor", "Mayor Ada Flint opened the new library in 2015.",
     "the present day"),  # a dated report, not who holds the office now
    ("who is the current mayor", "Since 2015, Ada Flint is the mayor.", None),
    ("who is the mayor now", "Mayor Ada Flint opened the new library in 2015.",
     "the present day"),
    ("what's the population of riverton", "The Riverton dam was built in 1974.",
     "a population"),  # "what's" as "what is"
    ("whats the fee for the ferry", "The ferry service is a positive factor for trade.",
     "a price"),
    ("what percentage of the water is stored", "The reservoir holds 40 million cubic "
     "metres of water.", "a percentage"),
    ("what share of the water is stored", "Half of the water is stored.", None),
    ("what share of the silos are full", "Of 40 silos, of which 12 are full, most are "
     "old.", None),  # counts of a whole give the share
])
def test_a_sentence_lacking_what_is_asked_is_no_answer(question: str, sentence: str,
                                                        missing: str | None) -> None:
    found = unmet(question, sentence, sentence)
    assert (missing in found) if missing else not found


def test_only_the_first_missing_kind_is_named() -> None:
    """'how much did they invest' lacks an amount of money; it is not named twice."""
    assert unmet("how much did Lakeland invest", "Lakeland invested in the dam.",
                 "Lakeland invested in the dam.") == ("an amount of money",)


@pytest.mark.parametrize("question", [
    "how much grain is kept in the riverton silo",
    "was mayor ada flint a good mayor",
])
def test_the_bot_declines_and_names_what_is_missing(riverton: Chatbot, question: str) -> None:
    reply = riverton.ask(question)
    assert reply.kind == "fallback"
    assert "doesn't give" in reply.text


@pytest.mark.parametrize(("question", "gold"), [
    ("how much water is in the reservoir", "40 million"),
    ("is the ferry good for trade", "positive factor"),
    ("when was the dam built", "1974"),
])
def test_questions_the_document_answers_stay_answered(riverton: Chatbot, question: str,
                                                      gold: str) -> None:
    reply = riverton.ask(question)
    assert reply.kind == "answer" and gold in reply.text


@pytest.mark.parametrize(("question", "sentence", "declined"), [
    ("who opened the library", "The library opened on May 2, 2015, in Vienna.", True),
    ("who opened the library", "Mayor Ada Flint opened the library in 2015.", False),
    ("who built the dam", "The dam was built in 1974 with help from Lakeland.", False),
    ("who built the dam", "The dam was built in 1974 by local engineers.", False),
    ("who built the dam", "The dam was built by them in 1974.", False),
    ("where is the dam whose engineers retired", "The dam is in Riverton.", False),
])
def test_who_wants_someone_named(question: str, sentence: str, declined: bool) -> None:
    """A sentence naming only a date and where it happened does not say who; a country
    after "with help from", a word for people or a pronoun may."""
    assert ("a name" in unmet(question, sentence, sentence)) is declined


@pytest.mark.parametrize(("question", "sentence", "missing"), [
    ("how long did the meeting last", "The mayor met the council on May 2, 2015.", "how long"),
    ("how long did the visit last", "The visit (June 3-6, 2015) went well.", None),
    ("how long can guests stay", "Guests may stay for up to 30 days.", None),
    ("how long has she been mayor", "Since 2015, Ada Flint is the mayor.", None),
    ("how long ago was the dam built", "The dam was built in 1974.", None),
    ("how long did the ferry run", "The ferry ran from 1961 to 1972.", None),
    ("what did the mayor say at the opening", "The mayor opened the library in 2015.",
     "what was said"),
    ("what did the mayor say at the opening", "The mayor said the library is open to all.",
     None),
])
def test_how_long_and_what_was_said(question: str, sentence: str,
                                    missing: str | None) -> None:
    found = unmet(question, sentence, sentence)
    assert (missing in found) if missing else not found


@pytest.mark.parametrize(("question", "sentence", "declined"), [
    ("will the towns sign a ferry treaty", "The towns signed a port treaty in 2015.", True),
    ("when will the next council meeting be held",
     "The last council meeting was held on May 2, 2015, in Riverton.", True),
    ("who will succeed the mayor", "Ada Flint has been the mayor since 2015.", True),
    ("when will the next council meeting be held",
     "The next council meeting is scheduled for June 2026.", False),
    ("will the ferry keep running", "The town plans to run the ferry until 2030.", False),
    ("what will the output be for a yes instance", "The output is yes.", False),
    ("when will the ice melt if the sun is out", "Ice melts at zero degrees.", False),
])
def test_a_future_question_wants_a_plan(question: str, sentence: str, declined: bool) -> None:
    """'Will …?', 'when will' and 'who will' ask for a plan or forecast; a report of what
    was done gives none, while 'what will …' and conditionals ask a general truth."""
    assert ("a plan or forecast" in unmet(question, sentence, sentence)) is declined


@pytest.mark.parametrize(("question", "sentence", "declined"), [
    ("who is the consul in riverton", "The Consulate opened on May 2, 2015, in Riverton.", True),
    ("what is the name of the riverton consul",
     "The U.S. Consulate opened on May 2, 2015, in Riverton.", True),
    ("what's the name of the mayor", "Mayor Ada Flint opened the library in 2015.", False),
    ("what is the name of the treaty", "The Ferry Treaty was signed on May 2, 2015.", False),
    ("who won the cup", "On July 15, 2018, France won the cup.", False),
])
def test_the_name_of_an_office_holder_wants_someone(question: str, sentence: str,
                                                   declined: bool) -> None:
    """'What is the name of the consul' asks who, as 'who' does; a name's word the question
    has in another form ('Consulate' of 'consul') or a place qualifying the rest of a name
    names no one, while a country alone may be the doer."""
    assert ("a name" in unmet(question, sentence, sentence)) is declined
