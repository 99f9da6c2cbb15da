"""What a stranger asks any overview of a country (its language, religion, biggest city,
size, independence) when the document never says it: a sentence that shares only the
subject's name, a modifier in another sense, a word inside a longer name, a word of the
same family or a light verb is no answer. Our own small examples, not any question set."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import Chatbot
from bot.answering.nearmiss.asked import asked_phrase, unsaid_thing, unsized
from bot.answering.nearmiss.constraints import unmet

SUBJECT = frozenset({"norland"})


@pytest.mark.parametrize(("question", "sentence", "missing"), [
    # the subject and a modifier in another sense
    ("what is the official language of norland",
     "This helps official delegations travel to Norland.", ["the language"]),
    ("whats the highest mountain in norland",
     "Dialogue is held at all levels, including the highest one in Norland.",
     ["the mountain"]),
    # a word of the same family names a quality of something else
    ("what is the main religion in norland",
     "The Minister of Religious Affairs of Norland visited Eastport.", ["the religion"]),
    # a word inside a longer name is not the common noun asked for
    ("what is the biggest city in norland",
     "The Norland premier visited Eastport City and Westvale.", ["the city"]),
    # a light verb shares nothing: the state asked for is missing
    ("when did norland become independent",
     "Norland became the first country in the region to sign it.", ["“independent”"]),
    # "which Xs VERB …": the relation is asked, of a kind any such document names
    ("which countries border norland", "Both countries signed it in Norland.",
     ["“border”"]),
    # "what X is …" names the thing too
    ("what continent is norland in", "The Norland embassy is in Eastport.",
     ["the continent"]),
])
def test_a_thing_asked_of_the_subject_that_the_answer_never_names(
        question: str, sentence: str, missing: list[str]) -> None:
    assert unsaid_thing(question, sentence, common=SUBJECT) == missing


@pytest.mark.parametrize(("question", "sentence"), [
    # the thing is there
    ("what is the official language of norland", "Norland's official language is Norlandic."),
    # a compound's first part names it ("coast" of "coastline")
    ("what is the longest coastline of norland", "Norland has a long coast on the Grey Sea."),
    # the sentence shares the question's own subject besides the document's
    ("what is ada berg's profession", "Ada Berg is a Norland architect."),
    # words an answer's type is named by are said in other words
    ("what were the goals of the norland visit", "It aimed to deepen business ties."),
    ("what is the name of the norland caucus", "The Friends of Norland Caucus has 11 members."),
    # the phrase names the whole name ("the national bank" of "the National Bank of …")
    ("what is the national bank of norland", "The National Bank of Norland reports it."),
    # a thing the question names without a qualifier may be the name's own ("the caucus")
    ("what is the caucus", "The Friends of Norland Caucus has 11 members."),
    ("which firms entered the norland market", "Firms such as Fox entered the market."),
    # not asked as "what is the X"
    ("who is the ambassador of norland", "Since 2019 Ada Berg is the ambassador."),
])
def test_a_thing_the_answer_names_or_a_question_not_so_asked(question: str,
                                                             sentence: str) -> None:
    assert unsaid_thing(question, sentence, common=SUBJECT) == []


def test_the_thing_is_read_as_typed_not_as_the_documents_family_word() -> None:
    # the question was read with "religious", the document's word, for "religion"
    assert unsaid_thing("what is the main religious in norland",
                        "The Minister of Religious Affairs of Norland visited Eastport.",
                        common=SUBJECT, typed="what is the main religion in norland") == [
        "the religion"]


@pytest.mark.parametrize(("question", "phrase"), [
    ("what is the official language of norland", ["official", "language"]),
    ("what's the capital", ["capital"]),
    ("which language do they speak", ["language"]),
    ("when did it become a republic", ["republic"]),
    ("which countries border norland", ["countries", "border"]),
    ("who chairs the caucus", []),
])
def test_the_asked_phrase(question: str, phrase: list[str]) -> None:
    assert asked_phrase(question) == phrase


@pytest.mark.parametrize(("question", "sentence", "missing"), [
    ("how big is norland", "The group includes 29 deputies of Norland.", ["a size"]),
    ("how large is the country", "There are 500 firms, of which 30 are large.", ["a size"]),
    ("how big is norland", "Norland covers an area of 200,000 square km.", []),
    ("how big is norland", "Norland has a population of 3 million.", []),
    ("how big is the caucus", "The caucus consists of 11 members.", []),  # no place
    # "the area of …": a word of size in another sense, with no figure, gives none
    ("what is the area of norland in square km",
     "Norland has done much in this area.", ["a size"]),
    ("what is the population of norland", "Norland has 3 million inhabitants.", []),
])
def test_the_size_of_a_place_wants_an_area_or_a_population(question: str, sentence: str,
                                                          missing: list[str]) -> None:
    assert unsized(question, sentence, SUBJECT) == missing


DOCUMENT = "\n\n".join([
    "Norland-Portvale relations",
    "May 4, 1992 – Norland and Portvale establish diplomatic relations.",
    "Since 2019 – Ada Berg is the Ambassador of Norland to Portvale.",
    "The Cooperation Group of the Norland parliament includes 29 deputies of Norland.",
    "In 2017 the Norland premier paid a visit to Eastport City. The main objectives of the "
    "visit were deepening business ties with Portvale firms.",
    "According to the National Bank of Norland, trade with Portvale reached 2 billion "
    "dollars in 2017.",
    "Norland became the first country in the region to sign a tax agreement with Portvale.",
    "The Minister of Religious Affairs of Norland visited Portvale in 2017.",
    "The visa-free regime helps official delegations from Portvale travel to Norland.",
])


@pytest.fixture(scope="module")
def norland() -> Chatbot:
    return Chatbot.from_text(DOCUMENT)


@pytest.mark.parametrize(("question", "answer"), [
    # overview questions the document never answers: declined (None)
    ("what is the official language of norland", None),
    ("what is the biggest city in norland", None),
    ("what is the main religion in norland", None),
    ("how big is norland", None),
    # look-alikes it does answer
    ("what were the main goals of the premier's visit", "deepening business ties"),
    ("how many deputies are in the cooperation group", "29"),
    ("who is the ambassador of norland to portvale", "Ada Berg"),
])
def test_overview_questions_are_declined_and_look_alikes_answered(
        norland: Chatbot, question: str, answer: str | None) -> None:
    reply = norland.ask(question)
    if answer is None:
        assert reply.kind == "fallback" and "doesn't give" in reply.text
    else:
        assert reply.kind == "answer" and answer in reply.text


@pytest.mark.parametrize("question", ["what is the main religion in norland?",
                                      "what is the biggest city in norland?"])
def test_in_a_chat_an_overview_question_after_an_answer_is_declined_too(
        norland: Chatbot, question: str) -> None:
    # a whole question is no follow-up: neither the last answer nor the family word
    # "religious" (which the chat's typo pass must not write in) answers it
    chat = norland.conversation()
    assert "Ada Berg" in chat.ask("who is the ambassador of norland to portvale?").text
    reply = chat.ask(question)
    assert reply.kind == "fallback" and "doesn't give" in reply.text


@pytest.mark.parametrize(("question", "text", "missing"), [
    ("who was the first president of norland",
     "In 2017 the President of Norland, Ada Berg, visited Portvale.", True),
    ("who was the first president of norland",
     "Ada Berg was the first President of Norland.", False),
    ("who was sacked in the first half",  # an ordinal of no office
     "Berg was sacked late in the half.", False),
])
def test_a_holder_of_an_office_is_not_its_first_holder(question: str, text: str,
                                                       missing: bool) -> None:
    assert ("the first" in unmet(question, text, text)) is missing


@given(st.text(max_size=80), st.text(max_size=80))
def test_any_text_reads_without_error(question: str, sentence: str) -> None:
    missing = unsaid_thing(question, sentence, common=SUBJECT) + unsized(question, sentence,
                                                                       SUBJECT)
    assert all(isinstance(label, str) and label for label in missing)
