"""Question words say what kind of answer is wanted, and a sentence may or may not offer it."""

import pytest

from bot.answering.query import telling_words
from bot.language.answer_type import DATE, NUMBER, PERSON, PLACE, expected_type, offers


@pytest.mark.parametrize(("question", "wanted"), [
    ("When were diplomatic relations established?", DATE),
    ("In what year did the embassy open?", DATE),
    ("How many deputies are in the group?", NUMBER),
    ("What percentage of trade is oil?", NUMBER),
    ("Who chairs the caucus?", PERSON),
    ("Which American universities take part?", PERSON),  # a named organisation
    ("What company built the plant?", PERSON),
    ("Where did the presidents meet?", PLACE),
    ("Which city hosts the consulate?", PLACE),
    ("which nation buys the most timber", PLACE),  # a nation is asked as a country is
    ("What kind of company is it?", None),  # a description, not a name
    ("Why did trade grow?", None),
    ("What was the total turnover of the port last year?", NUMBER),  # a total is a figure
    ("what is the overall catch of the fleet", NUMBER),
    ("What were the combined sales of both shops?", NUMBER),
])
def test_the_question_word_decides_the_answer_type(question: str, wanted: str | None) -> None:
    assert expected_type(question) == wanted


def test_a_sentence_offers_the_type_only_with_something_the_question_lacks() -> None:
    asked = {"embassy", "opened"}
    assert offers(DATE, "The embassy opened in 1992.", asked) == 1.0
    assert offers(DATE, "The embassy opened.", asked) == 0.0
    assert offers(PERSON, "The caucus is chaired by Congressman Robert Aderholt.", asked) == 1.0
    assert offers(PLACE, "They met in Riyadh.", asked) == 1.0


def test_the_noun_of_a_which_question_only_asks() -> None:
    # "which nation" asks for a country: "nation" must not match "the National Bank"
    assert telling_words("which nation buys timber".split()) == ["which", "buys", "timber"]
    assert telling_words("which country buys timber".split()) == ["which", "buys", "timber"]
