"""A question's word that a sentence holds only inside a longer name, and the light words
of "where/when did it take place": both count less in ranking (round 8d)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import Chatbot
from bot.answering.query import LIGHT_WEIGHT
from bot.language.inside_names import lower_terms, name_only_share, name_terms
from bot.language.text import terms

FORUM = ("The ministers met at the Council of the Pacific Trade and Investment Forum in "
         "Lima.")
FIGURE = "Bilateral trade between the two states reached 4.2 billion dollars in 2016."


def share(question: str, sentence: str) -> float:
    return name_only_share(frozenset(terms(question)), lower_terms(question), sentence)


def test_a_lower_case_word_held_only_inside_a_name_is_a_name_only_match() -> None:
    assert share("how much is the trade worth", FORUM) == 1.0
    assert share("how much is the trade worth", FIGURE) == 0.0


@pytest.mark.parametrize("question", [
    "what does the Pacific Trade and Investment Forum do",  # the name itself
    "what is the trade and investment forum",  # another word of the name
    "when did the Trade forum meet",  # capitalised: the asker means the name
])
def test_a_question_naming_the_name_is_no_name_only_match(question: str) -> None:
    assert share(question, FORUM) == 0.0


def test_a_surname_or_a_country_written_in_lower_case_is_still_the_name() -> None:
    sentence = "Its chair is Congressman Robert Aderholt of the United States."
    assert share("which party is aderholt from", sentence) == 0.0
    assert share("who chairs it for the us", sentence) == 0.0


def test_an_acronym_in_brackets_stands_for_the_whole_name() -> None:
    names, outside = name_terms("The Strategic Partnership Dialogue (SPD) met in 2012.")
    assert "spd" in outside and "spd" not in set().union(*names)
    assert share("how long has the spd been meeting",
                 "The Strategic Partnership Dialogue (SPD) met in 2012.") == 0.0


@given(st.text(max_size=80), st.text(max_size=120))
def test_the_share_is_a_share(question: str, sentence: str) -> None:
    assert 0.0 <= share(question, sentence) <= 1.0


def test_asking_where_or_when_the_event_words_count_less() -> None:
    bot = Chatbot.from_text(f"Trade\n\n{FORUM} {FIGURE}")
    weights = bot.retriever.read("where did the forum take place?").weights
    assert weights["take"] == weights["place"] == LIGHT_WEIGHT
    assert weights["forum"] == 1.0
    assert bot.retriever.read("what took place at the forum?").weights["take"] == 1.0


def _capitalised_by_pattern(question: str, word: str) -> bool:
    """The reference: a pattern compiled for the word (what ``_capitalised`` did always)."""
    import re

    return any(not w.islower() for w in re.findall(rf"\b{re.escape(word)}\b", question,
                                                    re.IGNORECASE))


@given(st.text(alphabet="abcAB _-'.,0é", max_size=30), st.sampled_from(["ab", "abc", "ba"]))
def test_whether_a_question_capitalises_a_word_is_read_as_its_pattern_reads_it(
        question: str, word: str) -> None:
    from bot.language.inside_names import _capitalised

    assert _capitalised(question, word) == _capitalised_by_pattern(question, word)
