"""Who chairs is the chair, however English writes the office: "chairman", "chairwoman",
"chairperson" and "chairmanship" read as "chair" in the document and in questions alike,
so "harbour council chairman" finds "Its chair is …"."""

import pytest

from bot import Chatbot
from bot.language.text import words


@pytest.mark.parametrize("text", ["the chairman of the board", "its chairwoman",
                                  "under the chairmanship of", "a chairperson", "Its chair"])
def test_every_form_of_the_office_reads_as_chair(text: str) -> None:
    assert "chair" in words(text)


def test_a_keyword_query_with_chairman_finds_the_chair_end_to_end() -> None:
    bot = Chatbot.from_text("Norland harbour\n\nThe harbour council of Norland meets in "
                            "Eastbay. It consists of 9 members. Its chair is Ann Holt.\n\n"
                            "The Eastbay ferry was launched in 1998.\n")
    reply = bot.ask("harbour council chairman")
    assert reply.kind == "answer" and "Ann Holt" in reply.text, reply.text
