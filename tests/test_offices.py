"""Office words: one table (``bot.language.offices``), read alike by every rule that asks
whether a text names someone by an office."""

from __future__ import annotations

import re

import pytest

from bot.answering.followups.own_subject import leans_only
from bot.answering.followups.roles import asks_role
from bot.language.answer_type import PERSON
from bot.language.gives import gives_own
from bot.language.offices import TITLES, alternatives
from bot.language.text import words


def test_the_longest_word_is_tried_first() -> None:
    assert alternatives(["chair", "chairman", "co-chair"]) == r"chairman|co\-chair|chair"
    assert re.fullmatch(rf"(?:{alternatives(TITLES)})", "chairwoman")


@pytest.mark.parametrize("title", ["envoy", "Senator", "chairperson", "spokeswoman"])
def test_every_reader_takes_a_title_as_an_office(title: str) -> None:
    # an answer naming someone by the title answers "what's his position?"
    assert asks_role("what's his position?", f"The {title} of Velm spoke.")
    # a question naming a person by the title stands alone ("when did the … visit?")
    assert not leans_only(f"when did the {title} make his visit?", set(), set())
    # a name in apposition to the title is someone new
    said = f"On 9 April, the Freedonian {title}, Per Lund, opened the fish market."
    assert gives_own(PERSON, said, set(words("who opened the fish market?")))


def test_a_word_that_names_other_things_is_an_office_only_as_a_title() -> None:
    assert asks_role("what's his job?", "He was made Head of the Mission.")
    assert not asks_role("what's his job?", "He went to the head of the queue.")
