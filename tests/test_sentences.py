"""Sentence splitting: ends where a reader would, never inside abbreviations or numbers."""

import pytest

from bot.reading.sentences import split_sentences


@pytest.mark.parametrize("text", [
    "The U.S. Embassy is established in the Republic of Kazakhstan.",
    "Major U.S. companies - Chevron Overseas, W. R. Grace & Co, GE Transportation took part.",
    "Mr. Smith met Mrs. Jones in Almaty.",
    "Bilateral trade amounted to 1.636 billion dollars in 2017.",
    "Created at : 6.02.2017, 11:55, Updated at : 15.02.2019, 17:25",
    "the United States (U.S.) recognizes the state sovereignty of Kazakhstan.",
    "It is the Kazakhstan-U.S. Energy Partnership.",
])
def test_does_not_break_inside_abbreviations_initials_or_numbers(text: str) -> None:
    assert split_sentences(text) == [text]


def test_breaks_between_ordinary_sentences() -> None:
    text = "The visit was a milestone. In particular, the leaders agreed! Was it? Yes."
    assert split_sentences(text) == [
        "The visit was a milestone.", "In particular, the leaders agreed!", "Was it?", "Yes."]


def test_breaks_after_a_closing_quote_or_bracket() -> None:
    text = 'He said "it is done." Then he left. (Prior to this, visas were issued.) Next.'
    assert split_sentences(text) == [
        'He said "it is done."', "Then he left.", "(Prior to this, visas were issued.)", "Next."]


def test_a_sentence_with_no_final_stop_is_kept() -> None:
    assert split_sentences("First one. Since 2019- William Moser is Ambassador") == [
        "First one.", "Since 2019- William Moser is Ambassador"]
