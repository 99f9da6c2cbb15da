"""A question that quotes the document asks the document; a symbol it defines is its own.

'Whose speech ended with "the reeds keep their own counsel"?' names a passage by its own
words: the sentence that holds them is where the document speaks of it, so the question is
answered whatever retrieval's confidence, and the gate does not read it as a task request
(nor the "I" inside a quotation as the asker). "What does K denote?" asks what the
document's symbol stands for. Our own small document and wordings; none comes from a
question set.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import Chatbot
from bot.language.quotes import quoted, quotes, unquoted
from bot.smalltalk.gate import asks_the_document

FEN = (
    "Hollow Fen Society\n\nHistory\n\n"
    "The society was founded in 1871 by two naturalists from the market town of Quillby. "
    "Its first pamphlet was the work of Mirela Vantrop and Osric Delane.\n\n"
    "In 1903 Osric Delane gave an address to the county assembly on the draining of the "
    "marsh. Newspapers printed its closing words, \"the reeds keep their own counsel\", for "
    "weeks. The assembly voted against the drainage scheme the following year.\n\n"
    "Members\n\nThe society has about four hundred members, who meet each spring at the old "
    "mill. In the society's ledgers, K denotes the count of nesting pairs in one season.\n\n"
    "Birds\n\nThe fen holds herons, bitterns, marsh harriers and bearded tits. The bittern "
    "population fell sharply after the cold winter of 1947.\n"
)


@pytest.fixture(scope="module")
def strict() -> Chatbot:
    """A bot that answers nothing on confidence alone: only a quotation gets through."""
    return Chatbot.from_text(FEN, threshold=0.99)


@pytest.mark.parametrize(("message", "spans"), [
    ('Who said "here we stand"?', ["here we stand"]),
    ("Who wrote \u201cThe Marsh Book\u201d and \u201cFen Notes\u201d?",
     ["The Marsh Book", "Fen Notes"]),
    ("What was the 'big idea' of the plan?", ["big idea"]),
    ("What was Delane's plan? It didn't pass.", []),  # apostrophes open no quotation
    ("Who founded the society?", []),
])
def test_the_spans_a_message_quotes(message: str, spans: list[str]) -> None:
    assert quoted(message) == spans


def test_what_a_message_quotes_is_left_out_of_its_own_words() -> None:
    assert unquoted('Who said, "I came and I saw"?') == 'Who said, ""?'


@pytest.mark.parametrize(("message", "held"), [
    ('who said "the reeds keep their own counsel"', True),
    ('who said "The Reeds keep their own Counsel!"', True),  # case and marks aside
    ('what does the word "bitterns" mean', True),  # a word form of the text's
    ('who said "the reeds keep their counsel"', False),  # not word for word
    ('who said "I love the fen"', False),
    ('what is "the"', False),  # stop words only name nothing
    ('how do I say "members" in French', False),  # an everyday word any text may hold
])
def test_a_text_holds_a_quotation_word_for_word(message: str, held: bool) -> None:
    assert quotes(message, FEN) is held


@given(st.text(max_size=80))
def test_any_message_is_read_without_error(message: str) -> None:
    assert isinstance(quotes(message, FEN), bool)
    assert '"' not in "".join(quoted(message))


def test_a_question_quoting_the_document_is_answered_below_the_threshold(
        strict: Chatbot) -> None:
    reply = strict.ask('Whose speech ended with "the reeds keep their own counsel"?')
    assert reply.kind == "answer" and "Newspapers printed" in reply.text


@pytest.mark.parametrize("message", [
    "Whose speech ended with the reeds keeping their own counsel?",  # no quotation
    'Who said "I love the fen"?',  # a quotation the document never has
])
def test_without_a_quotation_of_the_document_the_threshold_holds(
        strict: Chatbot, message: str) -> None:
    assert strict.ask(message).kind == "fallback"


def test_a_symbol_the_document_defines_is_asked_of_the_document() -> None:
    idf = Chatbot.from_text(FEN).retriever.passage_index_.idf
    assert asks_the_document("What does K denote?", idf)
    assert asks_the_document("what does K represent", idf)
    assert asks_the_document("What is meant by bitterns?", idf)  # no everyday English
    assert not asks_the_document("what does k denote", idf)  # no symbol: a letter
    assert not asks_the_document("What does Z denote?", idf)  # one the document never uses
    assert not asks_the_document("what does serendipity denote", idf)  # a dictionary's word
