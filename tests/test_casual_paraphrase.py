"""Factoid questions asked the way people type them: a synonym the document has only in
another form of its family ("acknowledge" of a text that says "recognizes", by WordNet's
"recognition"), a phrase for one word the document uses ("both sides" for "bilateral"),
"whos" and "americas" without their apostrophes, and an intensifying "right now"."""

from hypothesis import given
from hypothesis import strategies as st

from bot import Chatbot
from bot.answering.query import telling_words
from bot.language.phrasal import glossed
from bot.language.places import governments
from bot.language.spelling import SpellingCorrector
from bot.language.text import WORD_ALIASES, alias, stem, words
from bot.language.thesaurus import borrow, document_words

LAKELAND = """Lakeland and Ostria

Ties

On May 3, 1994, Ostria recognizes the sovereignty of Lakeland. Human rights were
discussed in 1999.

Commerce

Bilateral trade with Ostria amounted to 4.2 billion dollars in 2020. The two countries
also signed a treaty on fishing. Mutual visits grew after 2015. Pia Rand is the ambassador
of America in Lakeland.
"""
KNOWN_WORDS = words(LAKELAND)
SPELLER = SpellingCorrector().fit(KNOWN_WORDS)


def test_a_synonym_the_document_has_in_another_form_of_its_family_is_borrowed() -> None:
    # WordNet gives "recognition" for "acknowledge"; the text says "recognizes"
    found = borrow("acknowledge", SPELLER.known_, SPELLER.relative)
    assert found is not None and found[0] == ["recognizes"]
    out, weights = document_words(words("when did ostria acknowledge lakeland"),
                                  SPELLER.known_, relative=SPELLER.relative)
    assert "recognizes" in out and stem("recognizes") in weights


def test_without_the_family_match_the_entry_is_not_the_documents_word() -> None:
    found = borrow("acknowledge", SPELLER.known_)
    assert found is None or found[0] != ["recognizes"]


def test_a_short_entry_has_no_family_it_starts_too_many_words() -> None:
    assert SPELLER.relative("corp") is None
    assert SPELLER.relative("sovereign") == "sovereignty"


def test_a_paraphrased_date_question_is_answered() -> None:
    reply = Chatbot.from_text(LAKELAND).ask("when did ostria acknowledge lakeland")
    assert reply.kind == "answer" and "May 3, 1994" in reply.text


def test_a_phrase_adds_the_single_word_it_glosses_when_the_document_uses_it() -> None:
    known = SPELLER.known_
    assert glossed(words("how much do the two countries trade"), known) == ["bilateral"]
    assert glossed(words("did both sides visit each other"), known) == ["bilateral", "mutual"]
    assert glossed(words("how much do they trade"), known) == []
    assert glossed(words("what do many countries say"), known) == []  # no "multilateral"
    assert glossed(words("is bilateral trade between both sides growing"), known) == []


def test_how_much_the_two_countries_trade_is_the_bilateral_trade_figure() -> None:
    reply = Chatbot.from_text(LAKELAND).ask("how much do the two countries trade")
    assert reply.kind == "answer" and "4.2 billion" in reply.text


def test_apostrophes_left_out_read_as_written_in() -> None:
    assert words("whos americas ambassador") == words("who's america's ambassador")
    assert words("whats the plan wheres it") == words("what's the plan where's it")
    assert alias("afghans") == "afghanistan" and alias("americas") == "usa"
    assert alias("uss") == "uss" and alias("thirds") == "thirds"  # no "us", no "3rd"


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12))
def test_a_word_is_aliased_only_by_the_table_or_its_possessive(word: str) -> None:
    if alias(word) != word:
        assert word in WORD_ALIASES or (word.endswith("s") and word[:-1] in WORD_ALIASES)


def test_right_before_now_tells_nothing_but_rights_still_do() -> None:
    assert telling_words("who is the ambassador right now".split()) == [
        "who", "is", "the", "ambassador", "now"]
    assert "right" in telling_words("which right was discussed".split())
    reply = Chatbot.from_text(LAKELAND).ask("whos americas ambassador right now")
    assert reply.kind == "answer" and "Pia Rand" in reply.text


EMBASSIES = """Lakeland and Ostria

Envoys

Since 2016, Ida Holm is the ambassador of Austria to Lakeland. Lakeland and Austria signed a
fishing pact in 2018. A forum of Lakeland met in Vienna in 2019.
"""


def test_a_capital_in_the_possessive_is_its_government() -> None:
    # a city owns no envoy: "washington's ambassador" is the US's
    assert governments("who is washington's man in astana") == "who is usa man in astana"
    assert governments("whos moscows envoy") == "whos russia envoy"
    assert governments("what did george washington's army do") == (
        "what did george washington's army do")  # a name's part, not a government
    assert governments("what happened in vienna") == "what happened in vienna"


def test_a_governments_envoy_is_the_ambassador_of_its_country() -> None:
    reply = Chatbot.from_text(EMBASSIES).ask("who is vienna's ambassador in lakeland")
    assert reply.kind == "answer" and "Ida Holm" in reply.text

def test_chat_spellings_of_question_words_ask_as_the_words() -> None:
    assert words("wat is it wen was it wich one") == words("what is it when was it which one")
    reply = Chatbot.from_text(LAKELAND).ask("wen did ostria recognize lakeland")
    assert reply.kind == "answer" and "May 3, 1994" in reply.text
