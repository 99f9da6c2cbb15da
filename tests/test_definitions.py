"""A question for what a short name stands for is asked as "what is X": the document
names X where it spells it out, and "stand", "short" and "acronym" are words it never uses."""

from hypothesis import given
from hypothesis import strategies as st

from bot import Chatbot
from bot.language.definitions import plainly

HARBOUR = """Harbour Notes

Boards

The Coastal Ferry Authority (CFA) was founded in 1987 to run the boats between the islands.
It carries 300 people a day.

Money

The harbour council owns Pier Four and charges a small fee for mooring.
"""


def test_stand_for_short_for_and_acronym_forms_become_what_is() -> None:
    for asked in ("what does CFA stand for?", "What does the acronym CFA stand for",
                  "whats cfa stand for", "what is CFA short for?",
                  "what is CFA an abbreviation of", "CFA stands for what?", "CFA stands for?",
                  "what is the full form of CFA", "What does the abbreviation CFA mean?",
                  "What does CFA mean?"):
        assert plainly(asked).lower() == "what is cfa", asked


def test_meaning_of_an_ordinary_phrase_or_a_pronoun_is_left_alone() -> None:
    for asked in ("what does that mean", "what does the agreement mean",
                  "what does it stand for?", "what does the council stand for in the town"):
        assert plainly(asked) == asked


def test_the_spelled_out_name_answers_and_is_not_turned_away() -> None:
    bot = Chatbot.from_text(HARBOUR, cache=False)
    reply = bot.ask("what does CFA stand for?")
    assert reply.kind == "answer"
    assert "Coastal Ferry Authority" in reply.text


@given(st.text(max_size=80))
def test_any_text_is_either_unchanged_or_a_what_is_question(text: str) -> None:
    out = plainly(text)
    assert out == text or out.startswith("what is ")


def test_what_does_a_word_that_is_no_english_word_mean_asks_what_it_is() -> None:
    assert plainly("what does kelbrig mean") == "what is kelbrig"
    assert plainly("what does freedom mean") == "what does freedom mean"
