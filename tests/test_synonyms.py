"""A word the document never uses is read as the near synonym it does use: "envoy" asks
what the text calls "Ambassador", "pact" what it calls "agreement"."""

from hypothesis import given
from hypothesis import strategies as st

from bot import Chatbot
from bot.language.synonyms import plain
from bot.language.text import stem, words

KNOWN = {stem(w) for w in "the ambassador signed an agreement with the company".split()}

HARBOUR = """Harbour Notes

People

Since 2021, Ines Varga is the Ambassador of Norland to Portvale.

The harbour council owns Pier Four and charges a small fee for mooring.

Trade

Portvale signed a fishing agreement with Norland in 1999.
"""


def test_an_unknown_word_becomes_the_documents_synonym() -> None:
    assert plain(words("who is the envoy"), KNOWN) == ["who", "is", "the", "ambassador"]
    assert plain(words("when was the pact signed"), KNOWN)[3] == "agreement"


def test_a_word_the_document_uses_stays_even_with_a_synonym() -> None:
    known = KNOWN | {stem("envoy")}
    assert plain(words("who is the envoy"), known) == ["who", "is", "the", "envoy"]


def test_a_word_without_an_equivalent_in_the_document_stays() -> None:
    assert plain(words("how many tourists came"), KNOWN) == ["how", "many", "tourists", "came"]


def test_the_envoy_is_found_as_the_ambassador() -> None:
    bot = Chatbot.from_text(HARBOUR, cache=False)
    reply = bot.ask("who is norland's envoy in portvale?")
    assert reply.kind == "answer"
    assert "Ines Varga" in reply.text


@given(st.lists(st.sampled_from(["envoy", "pact", "firm", "the", "x1", "ambassador", ""])))
def test_plain_keeps_the_number_of_words(ws: list[str]) -> None:
    assert len(plain(ws, KNOWN)) == len(ws)
