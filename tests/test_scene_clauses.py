"""A clause that sets the scene is not the question: in "When the minister went to
Eastbay, which plan was the trip to serve?" the "when" only says which trip; the answer
is a plan, not a date. A question that asks "when" itself ("when was it, and who came?")
still asks for a date."""

import pytest

from bot.language.answer_type import DATE, PERSON, PLACE, expected_type


@pytest.mark.parametrize(("question", "kind"), [
    ("When the minister went to Eastbay in 2017, which plan was the trip to serve?", None),
    ("After the war ended, who led the country?", PERSON),
    ("While the council met in Eastbay, where did the ministers stay?", PLACE),
    ("When the ferry was launched, and when did it first sail?", DATE),
    ("If the treaty was signed in 1998, what did it change?", None),
])
def test_the_question_after_a_scene_sets_the_kind(question: str, kind: str | None) -> None:
    assert expected_type(question) == kind


@pytest.mark.parametrize("question", [
    "When did the minister go to Eastbay?",
    "when was it, and who came?",
    "When the ferry was launched?",  # no question after it: the "when" asks
])
def test_a_when_that_asks_is_a_date(question: str) -> None:
    assert expected_type(question) == DATE
