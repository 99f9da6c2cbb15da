"""What a stranger who knows the topic asks and a document of facts seldom tells: the
largest of a thing, a comparison with a year or a country the text never gives, a count
of a list the text leaves open, a weekday, a time of day, an amount in another unit, an
outcome, a change over time, the other side of a meeting, the other direction of an
investment. Each is declined when the answer lacks it and kept when it holds it. Our own
small examples, not any question set."""

import pytest

from bot import Chatbot
from bot.answering.nearmiss.constraints import unmet
from bot.answering.nearmiss.degrees import shortfall

FIRMS = "There are 400 firms with Norland capital in Portvale, of which 30 are large."
TRADE = "Trade between Norland and Portvale reached 2.5 billion dollars in 2019."


@pytest.mark.parametrize(("question", "text", "missing"), [
    ("what is the largest norland firm in portvale", FIRMS, True),
    ("what is the largest norland firm in portvale",
     "Eastco is the largest of the firms with Norland capital.", False),
    # another thing's superlative says nothing of the largest firm
    ("what is the biggest norland firm in portvale",
     FIRMS + " Norland is the second largest investor.", True),
    ("which was the biggest contract signed at the fair",  # the thing, not "signed"
     "At the fair, 24 contracts were signed.", True),
    # a sentence that never names the thing is left to the other checks
    ("who is the oldest member of the council", "The council met in May.", False),
    ("which player had the most goals", "Ada led the team with 11 goals.", False),
])
def test_a_superlative_wants_one_by_the_thing_asked(question: str, text: str,
                                                     missing: bool) -> None:
    assert ("a superlative" in shortfall(question, text, text)) is missing


@pytest.mark.parametrize(("question", "passage", "missing"), [
    ("was trade bigger in 2019 than in 2018", TRADE, ["2018"]),
    ("was trade bigger in 2019 than in 2017", TRADE + " In 2017 it was 2 billion.", []),
    ("is trade with portvale bigger than trade with canada", TRADE, ["Canada"]),
    ("does norland have more than 50 firms there", FIRMS, []),  # a quantity, no thing
    ("other than trade, what links them", TRADE, []),
])
def test_a_comparison_wants_what_it_is_compared_with(question: str, passage: str,
                                                      missing: list[str]) -> None:
    assert [m for m in shortfall(question, passage, passage) if m in ("2018", "2017",
                                                                      "Canada")] == missing


@pytest.mark.parametrize(("question", "text", "missing"), [
    ("how many universities take part",
     "Students come from partner universities, including Eastport and Westvale.", True),
    ("how many universities take part",
     "Students come from 12 partner universities, including Eastport.", False),
    ("how many universities take part", "Twelve universities take part.", False),
])
def test_an_open_list_is_no_count(question: str, text: str, missing: bool) -> None:
    assert ("a count" in shortfall(question, text, text)) is missing


# (question, an answer that lacks the kind asked, the kind)
LACKING = [
    ("what day of the week was the bridge opened", "The bridge was opened on May 4, 2019.",
     "a day of the week"),
    ("at what time did the ministers speak by phone",
     "The ministers spoke by phone on May 4, 2019.", "a time of day"),
    ("how much was trade in 2019 in euros", TRADE, "an amount in euros"),
    ("what was the outcome of the minister's visit",
     "The minister visited Eastport on May 4, 2019.", "an outcome"),
    ("how did the treaty affect trade", "The treaty was signed in May 2019.", "an outcome"),
    ("what did the visit achieve", "The visit took place in May.", "an outcome"),
    ("has the number of firms gone up", FIRMS, "a change over time"),
    ("has trade grown since 2015", TRADE, "a change over time"),
]
# (question, an answer that holds it, the kind)
HOLDING = [
    ("what day of the week was the bridge opened",
     "The bridge was opened on Saturday, May 4.", "a day of the week"),
    ("at what time did the ministers speak by phone",
     "The ministers spoke by phone at 9 a.m. on May 4.", "a time of day"),
    ("how much was trade in 2019 in euros", "Trade reached €2 billion in 2019.",
     "an amount in euros"),
    ("what was the outcome of the minister's visit",
     "As a result of the visit, 12 contracts were signed.", "an outcome"),
    ("has trade grown since 2015", "Trade has doubled since 2015.", "a change over time"),
    ("are oil prices going up or down", "Oil prices show a downward trend.",
     "a change over time"),
]


@pytest.mark.parametrize(("question", "text", "label"), LACKING)
def test_a_kind_asked_is_named_when_the_answer_lacks_it(question: str, text: str,
                                                         label: str) -> None:
    assert label in unmet(question, text, text)


@pytest.mark.parametrize(("question", "text", "label"), HOLDING)
def test_a_kind_asked_is_met_by_a_word_of_its_kind(question: str, text: str,
                                                   label: str) -> None:
    assert label not in unmet(question, text, text)


@pytest.mark.parametrize(("question", "text", "missing"), [
    ("who represented norway at the council",
     "The council was attended by the Canada Minister, Ada Berg.", True),
    ("who represented norway at the council",
     "Norway was represented at the council by Ada Berg.", False),
    ("who represented norway at the council",  # whose head of state it leaves unsaid
     "The council, held in Canada, was attended by the Head of State.", False),
    ("how much has norway invested in canada",
     "Canada has invested in Norway since 2001, 3 billion dollars.", True),
    ("how much has norway invested in canada",
     "Norway has invested in Canada since 2001, 3 billion dollars.", False),
    ("which country is the largest investor in canada",  # of another place
     "Norway is the second largest investor in Sweden.", True),
    ("which country is the largest investor in canada",
     "Norway is the largest investor in Canada.", False),
])
def test_the_other_side_or_direction_is_no_answer(question: str, text: str,
                                                  missing: bool) -> None:
    assert bool(shortfall(question, text, text)) is missing


def test_the_chatbot_declines_a_superlative_it_lacks_and_says_what_it_has() -> None:
    bot = Chatbot.from_text("Norland and Portvale\n\n" + FIRMS + "\n\n" + TRADE)
    reply = bot.ask("what is the largest norland firm in portvale?")
    assert reply.kind == "fallback"
    assert "superlative" in reply.text
    assert bot.ask("how many large firms with norland capital are in portvale?").kind == \
        "answer"


FAIR = "The fair opened on June 10, 2019."


@pytest.mark.parametrize(("question", "text", "missing"), [
    # the range is in a sentence glued on from another paragraph
    ("how long did the fair last", FAIR + " The last council meeting was held on May 4-6.",
     True),
    ("how long did the fair last", FAIR + " The fair lasted three months.", False),
    # an initial's stop ends no sentence: the date is in the first one
    ("when did the opening happen",
     "Ada Berg of the U.S. Department of Energy attended the opening on May 4, 2019.", False),
])
def test_a_kind_is_held_by_the_answer_not_by_a_sentence_glued_on(question: str, text: str,
                                                                  missing: bool) -> None:
    passage = text if text.startswith("Ada") else FAIR
    assert bool(set(unmet(question, text, passage)) & {"how long", "a date"}) is missing


def test_a_kind_is_held_by_the_next_sentence_of_the_same_paragraph() -> None:
    text = ("A round table was held in Eastport on May 4. As a result, 12 contracts were "
            "signed.")
    assert "an outcome" not in unmet("what was the outcome of the round table", text, text)
