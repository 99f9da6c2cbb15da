"""Casual and journalistic phrases ("nukes", "top diplomat", "sell abroad", "deals") read
as the formal words a document uses: a general lexicon (``data/casual.tsv``), read only
where the document uses the formal words."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import Chatbot
from bot.language.phrasal import formal, glossed
from bot.language.text import stem, words


def known(text: str) -> set[str]:
    """A document's words and stems, as the speller keeps them."""
    return {w for w in words(text)} | {stem(w) for w in words(text)}


TEXT = known("""The republic gave up its nuclear weapons and supports non-proliferation.
    The mill exports flour. The foreign minister met the ambassador. Two agreements and
    one contract were signed during the visit.""")


def test_a_casual_word_the_document_lacks_reads_as_its_formal_words() -> None:
    assert formal(words("did they keep their nukes"), TEXT) == [
        "did", "they", "keep", "their", "nuclear", "weapons"]


def test_the_longest_phrase_is_read_first() -> None:
    assert formal(words("stopping the spread of nukes"), TEXT) == [
        "non", "proliferation", "of", "nuclear", "weapons"]


def test_an_ambiguous_phrase_stays_and_only_adds_its_readings() -> None:
    asked = words("who is the top diplomat")
    assert formal(asked, TEXT) == asked
    assert glossed(asked, TEXT) == ["foreign", "minister", "ambassador"]


def test_nothing_is_read_where_the_document_lacks_the_formal_words() -> None:
    other = known("The mill grinds flour for the town.")
    assert formal(words("did they keep their nukes"), other) == words(
        "did they keep their nukes")
    assert glossed(words("who is the top diplomat"), other) == []


def test_a_phrase_whose_words_the_document_uses_stays_as_written() -> None:
    hill = known("The hill above the town has a fort. Congress met in the town.")
    assert formal(words("what is on the hill"), hill) == words("what is on the hill")


def test_a_question_that_already_names_the_formal_word_gains_nothing() -> None:
    assert glossed(words("how many deals and agreements were signed"), TEXT) == ["contract"]


@given(st.lists(st.sampled_from(["nukes", "top", "diplomat", "the", "spread", "of", "deal",
                                 "sell", "abroad", "x", "stopping"])))
def test_formal_reads_only_the_lexicon(ws: list[str]) -> None:
    out = formal(ws, TEXT)
    assert set(out) <= set(ws) | {"nuclear", "weapons", "non", "proliferation", "export"}


MILL = """Riverside Mill

History

The Riverside Mill was built in 1902 by the Hanley family. It grinds wheat from the valley.

Trade

The mill exports about 40 tonnes of flour a year to Norway. Its largest contract, with a
bakery in Leeds, was signed in 2015.

People

The mill's director is Ruth Hanley. She met the town's mayor during a visit in May 2019.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("how much flour does the mill sell abroad?", "40 tonnes"),
    ("who is the mill's boss?", "Ruth Hanley"),
    ("when did the mayor's trip happen?", "May 2019"),
])
def test_asking_in_casual_words_finds_the_formal_sentence(question: str, expected: str) -> None:
    reply = Chatbot.from_text(MILL).ask(question)
    assert reply.kind == "answer" and expected in reply.text
