"""World knowledge of well-known names: "which coffee chain…" is answered by the sentence
that names Starbucks, "which carmaker…" by the one that names Toyota, though no word of the
question is in the answer. A kind the document names no company of is still declined, a
kind word alone asks no kind, and a company name in lower case (a fruit, a river) is no
company."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import Chatbot
from bot.language.companies import (
    NAME_WEIGHT,
    Names,
    asked,
    kind_names,
    met,
    name_words,
    named,
    table,
)
from bot.language.text import stem, words

BORLAND = """Borland and the world

Trade

Borland exports timber, wool and dried apples to its neighbours. The port of Kesh handles
most of the timber trade.

Business

In recent years, brands such as Starbucks and Burger King have opened outlets in Kesh.
A Toyota assembly plant was built near the capital in 2015.
The government signed a supply contract with Caterpillar in 2019.

Travel

Borland's national airline flies to twelve countries. The capital has three hotels.
"""


def test_the_gazetteer_is_large_and_every_company_has_a_known_kind() -> None:
    phrases, companies = table()
    kinds = set(phrases.values())
    assert len(companies) >= 300
    assert all(set(k) <= kinds for _, k in companies)


def test_a_kind_is_asked_by_a_whole_phrase_in_any_number() -> None:
    assert asked(words("which coffee chains opened here")) == {"coffee": ["coffee", "chains"]}
    assert set(asked(words("which carmaker built a plant"))) == {"carmaker"}
    assert set(asked(words("name the tractor makers"))) == {"farm"}
    assert asked(words("how much coffee is sold")) == {}
    assert asked(words("which company opened")) == {}


def test_names_are_found_as_written_each_company_once() -> None:
    found = named(["Gold apple orchards line the amazon river. Chevron Overseas signed."])
    assert "tech" not in found and "ecommerce" not in found
    assert found["oil"] == (("chevron",),)


@pytest.mark.parametrize(("text", "found"), [
    ("Coca-Cola opened.", True), ("Coca-Colas opened.", False), ("XCoca-Cola opened.", False),
    ("Coca-Cola", True), ("the coca-cola of it", False), ("Cola and Coca met", False),
])
def test_a_name_of_more_than_one_word_is_found_whole_and_as_written(text: str,
                                                                    found: bool) -> None:
    assert ("drinks" in named([text])) is found


def test_the_names_are_found_on_first_use_only() -> None:
    names = Names(["Chevron signed."])
    assert names._found is None
    assert names.get("oil") == (("chevron",),) and names._found is not None


def test_a_kind_reads_as_the_documents_names_of_that_kind_only() -> None:
    names = named([BORLAND])
    kinds = kind_names(words("which coffee chain opened"), names)
    assert name_words(kinds) == {stem("starbucks"): NAME_WEIGHT}
    assert kind_names(words("which bank lent money"), names) == {}


def test_a_kind_word_is_met_only_by_an_answer_naming_a_company_of_that_kind() -> None:
    kinds = kind_names(words("which coffee chain opened"), named([BORLAND]))
    coffee = stem("coffee")
    assert met({coffee: 0.1}, kinds, {stem("starbucks"), "open"})[coffee] == 1.0
    assert met({coffee: 0.1}, kinds, {"timber", "open"})[coffee] == 0.1


def test_a_question_about_a_kind_of_company_finds_the_sentence_naming_one() -> None:
    bot = Chatbot.from_text(BORLAND)
    for question, name in [("Which coffee chain has opened in Kesh?", "Starbucks"),
                           ("which fast food chain opened outlets", "Burger King"),
                           ("Which car maker built a plant in Borland?", "Toyota"),
                           ("which construction equipment maker signed a contract",
                            "Caterpillar")]:
        reply = bot.ask(question)
        assert reply.kind == "answer" and name in reply.text, question


def test_a_kind_of_company_the_document_never_names_is_declined() -> None:
    bot = Chatbot.from_text(BORLAND)
    for question in ["Which drugmaker opened a factory in Borland?",
                     "Which oil major drills off Kesh?"]:
        assert bot.ask(question).kind != "answer", question


@given(st.text(max_size=60))
def test_any_text_reads_without_error(message: str) -> None:
    kinds = kind_names(words(message), named([BORLAND]))
    assert all(0 < w <= NAME_WEIGHT for w in name_words(kinds).values())
