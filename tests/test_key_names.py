"""A plain text without headings or a title is described by the names it keeps using."""

from __future__ import annotations

from bot import Chatbot
from bot.reading.key_names import READ_PASSAGES, key_names

ARTICLE = [
    "The Harbour Trust runs the Old Pier. Visitors reach the Old Pier by ferry from Kelby.",
    "In March the Harbour Trust repaired the Old Pier. Engineers said the Old Pier was safe.",
    "Kelby's mayor, Ada Brent, thanked the Harbour Trust. French tourists came on Sunday.",
]


def test_the_names_written_most_come_first() -> None:
    assert key_names(ARTICLE, 3) == ("Old Pier", "Harbour Trust", "Kelby")


def test_a_word_capitalised_only_because_it_opens_a_sentence_is_no_name() -> None:
    assert "Engineers" not in key_names(ARTICLE, 10)
    assert "Visitors" not in key_names(ARTICLE, 10)


def test_months_days_and_peoples_words_are_no_topics() -> None:
    names = key_names(ARTICLE, 10)
    assert not {"March", "Sunday", "French"} & set(names)


def test_a_possessive_and_a_leading_article_are_taken_off() -> None:
    assert "Kelby's" not in key_names(ARTICLE, 10)
    assert key_names(["The Broncos won. The Broncos' coach smiled."]) == ("Broncos",)


def test_a_plural_counts_for_the_form_written_more_often() -> None:
    text = ["Many Huguenots left. A Huguenot church stands. The Huguenots sailed."]
    assert key_names(text) == ("Huguenots",)


def test_only_the_first_passages_are_read() -> None:
    filler = ["plain words only."] * READ_PASSAGES
    assert key_names([*filler, "Zed met Zed and Zed."]) == ()


def test_an_untitled_text_says_what_it_is_about_when_asked_for_help() -> None:
    bot = Chatbot.from_text("\n\n".join(ARTICLE))
    assert bot.topics[:2] == ("Old Pier", "Harbour Trust")
    assert "Old Pier" in bot.ask("help").text
    assert "the document." not in bot.ask("set a timer for five minutes").text


def test_a_titled_text_keeps_its_title_as_what_it_covers() -> None:
    assert Chatbot.from_text("# Pier Notes\n\nThe Old Pier is in Kelby.\n").topics == ()
