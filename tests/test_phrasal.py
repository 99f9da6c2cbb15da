"""A phrasal verb the document never uses is read as the plain verb it does use:
"kicked off" asks what the text calls "launched"."""

from hypothesis import given
from hypothesis import strategies as st

from bot import Chatbot
from bot.language.phrasal import plain
from bot.language.text import stem, words

KNOWN = {stem(w) for w in "the ferry was launched and set aside in spring".split()}

FERRY = """Harbour Notes

Ferry

The ferry service was debated in 1985.

Harbour

The harbour council owns Pier Four. The ferry service was launched there in 1987, with two
boats. It carries 300 people a day.
"""


def test_a_phrasal_verb_the_document_lacks_becomes_its_plain_equivalent() -> None:
    assert plain(words("when was the ferry kicked off"), KNOWN) == [
        "when", "was", "the", "ferry", "launch"]


def test_a_phrasal_verb_the_document_uses_stays_as_written() -> None:
    assert plain(words("was it set up"), KNOWN) == ["was", "it", "set", "up"]


def test_words_stay_when_the_document_has_no_equivalent() -> None:
    assert plain(words("who stepped down"), KNOWN) == ["who", "stepped", "down"]


@given(st.lists(st.sampled_from(["kick", "kicked", "off", "ferry", "x", "up", "set"])))
def test_plain_never_lengthens_and_keeps_words_without_a_particle(ws: list[str]) -> None:
    out = plain(ws, KNOWN)
    assert len(out) <= len(ws)
    assert ("off" in ws) or out == ws


def test_a_question_with_a_phrasal_verb_is_answered_as_with_the_plain_verb() -> None:
    bot = Chatbot.from_text(FERRY)
    reply = bot.ask("When was the ferry service kicked off?")
    assert reply.kind == "answer"
    assert "1987" in reply.text
