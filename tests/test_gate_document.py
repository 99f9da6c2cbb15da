"""The off-topic gate lets through what only the document can answer.

A role asked of a name the document uses ("whats okonkwo's job") and the date the page
was made or changed ("when was this page last updated") are worded like task requests
("what is my job title"), but no assistant could answer them without the document. Our
own small document and wordings; none comes from a question set.
"""

import pytest

from bot import Chatbot
from bot.smalltalk.gate import asks_the_document

TOWN = (
    "Millbrook Town Council\n\n"
    "Members\n\n"
    "The treasurer of the council, Adaeze Okonkwo, presented the budget in March 2019. "
    "The harbour master, Tomasz Wierzbicki, opened the new pier in 2020.\n\n"
    "The council meets every second Tuesday in the old library.\n\n"
    "Created at : 3.04.2015, 10:12, Updated at : 9.11.2020, 16:40\n"
)


@pytest.fixture(scope="module")
def town() -> Chatbot:
    return Chatbot.from_text(TOWN)


@pytest.mark.parametrize("question, role", [
    ("whats okonkwo's job", "treasurer"),
    ("what job does wierzbicki have", "harbour master"),
    ("What is Okonkwo's position?", "treasurer"),
])
def test_a_role_asked_of_a_name_only_the_document_knows_is_answered(
        town: Chatbot, question: str, role: str) -> None:
    reply = town.ask(question)
    assert reply.kind == "answer" and role in reply.text.lower()


@pytest.mark.parametrize("question", [
    "when was this page last updated", "When was the page created?",
])
def test_when_the_page_was_made_or_changed_is_answered_from_its_footer(
        town: Chatbot, question: str) -> None:
    reply = town.ask(question)
    assert reply.kind == "answer" and "Updated at" in reply.text


@pytest.mark.parametrize("message", [
    "what's my job title", "what is the job market like", "who wrote this page",
    "what is your role",
])
def test_task_requests_and_what_the_page_never_says_stay_declined(
        town: Chatbot, message: str) -> None:
    assert town.ask(message).kind != "answer"


def test_the_exemption_needs_a_name_the_document_uses_that_english_does_not() -> None:
    idf = Chatbot.from_text(TOWN).retriever.passage_index_.idf
    assert asks_the_document("whats okonkwo's job", idf)
    assert not asks_the_document("whats kowalczyk's job", idf)  # a name it never uses
    assert not asks_the_document("what's the council's job", idf)  # everyday English
    assert asks_the_document("what year was this article written", idf)
    assert not asks_the_document("who wrote this article", idf)


@pytest.mark.parametrize(("message", "exempt"), [
    ("tell me about wierzbicki", True), ("who's okonkwo", True),
    # a word the document never uses after the opening: no longer only the document's
    ("tell me about okonkwo's family", False), ("tell me about the weather", False),
])
def test_an_opening_and_nothing_but_the_documents_words_is_for_the_document(
        message: str, exempt: bool) -> None:
    idf = Chatbot.from_text(TOWN).retriever.passage_index_.idf
    assert asks_the_document(message, idf) is exempt
