"""A capitalised word is not always another subject.

Confidence punishes a name the document never uses: "Who is the president of Brazil?" of a
document about another country is another subject. But a question also capitalises
everyday English ("TV", "in Euros", "degrees Celsius", "the Bible") and misspells names the
document has ("Ivo Karl" of "Ivo Kral"); neither means another subject. And the off-topic
gate reads a regnal "I" ("Henry I") as the asker, and "what does X mean" of a term only
the document uses as a request for a dictionary. Our own small document and wordings;
none comes from a question set.
"""

import pytest

from bot import Chatbot
from bot.answering.confidence import misspelt
from bot.language.names import everyday, subject_names
from bot.smalltalk.classifier import Verdict
from bot.smalltalk.gate import INPUTS, asks_the_document, inputs

CHRONICLE = (
    "Harbourton Chronicle\n\n"
    "History\n\n"
    "The Harbourton Chronicle was founded in 1902 by Eliza Marchbanks, a printer from "
    "Dunmore. Its first office stood on Quay Street. The harbour master, Ivo Kral, opened "
    "the new quay in 1931.\n\n"
    "Broadcasting\n\n"
    "In 1978 the paper opened a television station, Channel Nine, which still carries the "
    "evening news. An advertisement of thirty seconds on the station costs 400 euros.\n\n"
    "Sport\n\n"
    "The paper sponsors the Harbourton Rowing Regatta, held every August since 1921. The "
    "water temperature during the regatta is about 17 degrees.\n\n"
    "Faith\n\n"
    "The town chapel keeps a printed scripture from 1611, given by Bishop Caradoc. King "
    "Henry I granted the town its charter in 1120.\n\n"
    "Glossary\n\n"
    "Quayage is the fee a ship pays for the use of a quay.\n"
)


@pytest.fixture(scope="module")
def chronicle() -> Chatbot:
    return Chatbot.from_text(CHRONICLE)


@pytest.mark.parametrize("word", ["TV", "TVs", "ATM", "Euros", "Celsius", "Bible", "Psalms"])
def test_acronyms_english_knows_and_capitalised_nouns_are_everyday(word: str) -> None:
    assert everyday(word)


@pytest.mark.parametrize("word", [
    "Brazil", "Turkey", "China", "US", "U.S.", "UK", "EU", "NATO", "Okafor", "Bush", "Apple",
    "Pope", "Windows",
])
def test_places_people_companies_and_bodies_stay_names(word: str) -> None:
    """A common noun written with a capital may name a person or a company ("Bush",
    "Apple"); a place or an organisation's acronym is always a subject."""
    assert not everyday(word)


def test_a_run_of_everyday_words_is_a_name_but_one_beside_a_name_is_not() -> None:
    assert subject_names("Which British TV network showed it?") == {"britain"}
    assert {"super", "bowl"} <= subject_names("Who won the Super Bowl?")
    assert subject_names("How much was it in Euros in Brazil?") == {"brazil"}


@pytest.mark.parametrize("question, said", [
    ("How much does a 30 second TV advertisement cost, in Euros?", "400 euros"),
    ("What is the water temperature during the regatta in Celsius?", "17 degrees"),
    ("From what year is the chapel's Bible?", "1611"),
])
def test_an_everyday_word_the_document_puts_otherwise_is_answered(
        chronicle: Chatbot, question: str, said: str) -> None:
    reply = chronicle.ask(question)
    assert reply.kind == "answer" and said in reply.text


@pytest.mark.parametrize("question", [
    "Which station did Okafor open?", "What did Brazil open in 1978?",
    "When did Bush visit Harbourton?", "Which Apple products does the paper sell?",
])
def test_a_person_place_or_company_the_document_never_names_is_declined(
        chronicle: Chatbot, question: str) -> None:
    assert chronicle.ask(question).kind != "answer"


@pytest.mark.parametrize("term, passage", [
    ("mnafeld", {"mansfeld"}), ("primeier", {"premier"}), ("lev", {"levi"}),
    ("tom", {"tomb"}), ("gps", {"gsp"}), ("karl", {"kral"}), ("quaystreet", {"quay", "street"}),
])
def test_a_name_one_or_two_typos_from_the_passage_is_misspelt(term: str,
                                                               passage: set[str]) -> None:
    assert misspelt(term, passage | {"harbour", "opened"})


@pytest.mark.parametrize("term, passage", [
    ("iran", {"iraq"}), ("winston", {"wilson"}), ("bush", {"busi"}), ("novak", {"kral"}),
    ("rome", {"roma"}), ("ab", {"abc"}), ("newton", {"new", "ton"}),
])
def test_another_name_or_place_is_no_typo(term: str, passage: set[str]) -> None:
    """A real English word or name is a typo only one letter short or long at the end, or
    with two letters swapped; a country or city never is."""
    assert not misspelt(term, passage)


def test_a_short_name_misspelt_from_the_passage_is_answered(chronicle: Chatbot) -> None:
    reply = chronicle.ask("When did Ivo Karl open the new quay?")
    assert reply.kind == "answer" and "1931" in reply.text


def test_a_regnal_i_is_not_the_asker() -> None:
    idf = Chatbot.from_text(CHRONICLE).retriever.passage_index_.idf
    verdict = Verdict("question", 0.9, {"question": 0.9})
    personal = INPUTS.index("personal")
    assert inputs("What did Henry I grant the town?", verdict, 0.9, (), idf)[personal] == 0.0
    assert inputs("What can I see in the town?", verdict, 0.9, (), idf)[personal] == 1.0
    assert inputs("What Can I see?", verdict, 0.9, (), idf)[personal] == 1.0


def test_what_a_term_only_the_document_uses_means_is_asked_of_the_document(
        chronicle: Chatbot) -> None:
    idf = chronicle.retriever.passage_index_.idf
    assert asks_the_document("what does quayage mean?", idf)
    assert asks_the_document("What is Quayage?", idf)
    assert not asks_the_document("what does serendipity mean?", idf)
    assert not asks_the_document("what are the reviews for the paper", idf)
    reply = chronicle.ask("What does quayage mean?")
    assert reply.kind == "answer" and "fee" in reply.text
