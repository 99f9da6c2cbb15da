"""Questions asked the way people ask them, each kind on a small document of our own:
the answer in the next sentence, paraphrases and acronyms, typos (and real words that are
not typos), follow-ups, and questions the document nearly answers."""

import json
from pathlib import Path

import pytest

from bot import Chatbot
from bot.answering.nearmiss.constraints import unmet
from bot.language.spelling import SpellingCorrector
from conftest import run_kzbot

TOWN = """Riverton Town Notes

Library

The Riverton Public Library opened on March 3, 1958, on Elm Street. It holds 40,000 books.

The library board met the Harbor Trust in the spring of 2019. As a result, 12 grants
worth 40,000 dollars were awarded to the reading programme.

The annual book fair is organised by the Friends of the Library. The last fair was held
on October 5, 2021, in the town hall.

Bus passes are sold at the library desk.

Twin towns

Riverton has been twinned with Lindau since 1994. The two towns play an inter-town
football match every summer.

Exports from Riverton to Lindau reached 3.2 million dollars in 2020, while imports from
Lindau were worth 1.1 million dollars.

The mayor of Riverton, Daniel Okafor, visited Lindau in June 2022. The main purpose of the
visit was to open a joint trade office.

A delegation from Lindau was led by councillor Petra Vogt in May 2016. She also held talks
with the harbour master of Riverton, Tom Reyes.

Transport

Since 2020, Sarah Lin is the director of the Riverton Transit Authority.

The Riverton Transit Authority runs nine bus lines.
"""


@pytest.fixture(scope="module")
def town() -> Chatbot:
    return Chatbot.from_text(TOWN)


# 1. The answer sits in the sentence after the one that names the subject.

@pytest.mark.parametrize(("question", "answer"), [
    ("How many grants came out of the board's meeting with the Harbor Trust?", "12 grants"),
    ("When did the Friends of the Library last hold their book fair?", "October 5, 2021"),
    ("Why did Daniel Okafor go to Lindau?", "joint trade office"),
], ids=["a count", "a date", "a purpose"])
def test_what_is_asked_in_the_next_sentence_joins_the_answer(town: Chatbot, question: str,
                                                             answer: str) -> None:
    reply = town.ask(question)
    assert reply.kind == "answer" and answer in reply.text


def test_a_sentence_that_already_answers_stays_alone(town: Chatbot) -> None:
    reply = town.ask("When did the Riverton Public Library open?")
    assert reply.text.startswith("The Riverton Public Library opened on March 3, 1958")
    assert "40,000 dollars" not in reply.text


# 2. Paraphrases and acronyms.

def test_since_when_asks_for_a_date(town: Chatbot) -> None:
    reply = town.ask("riverton and lindau twin towns - since when?")
    assert reply.kind == "answer" and "1994" in reply.text


def test_an_acronym_is_read_through_the_documents_words(town: Chatbot) -> None:
    reply = town.ask("How many bus lines does the RTA run?")
    assert reply.kind == "answer" and "nine bus lines" in reply.text


# 3. Misspelt names and words, and real words that are no typos.

def test_misspelt_names_and_words_are_repaired(town: Chatbot) -> None:
    reply = town.ask("when did the rivertn libary open")
    assert reply.kind == "answer" and "March 3, 1958" in reply.text
    assert reply.explanation.corrections == {"rivertn": "riverton", "libary": "library"}


def test_a_real_word_the_document_lacks_is_not_corrected() -> None:
    speller = SpellingCorrector().fit(["inter", "town", "nazarbayev"])
    fixed, changes = speller.correct(["winter", "nazarbaev"])
    assert fixed == ["winter", "nazarbayev"] and changes == {"nazarbaev": "nazarbayev"}


# 4. Follow-ups.

def test_a_pronoun_follow_up_reads_the_last_answer(town: Chatbot) -> None:
    conv = town.conversation()
    conv.ask("Who is the mayor of Riverton?")
    assert "June 2022" in conv.ask("when did he visit Lindau?").text


def test_an_ellipsis_swaps_what_is_asked_for(town: Chatbot) -> None:
    conv = town.conversation()
    assert "3.2 million" in conv.ask("How much did Riverton export to Lindau in 2020?").text
    assert "1.1 million" in conv.ask("what about imports?").text


def test_a_follow_up_after_small_talk_still_reads_the_last_answer(town: Chatbot) -> None:
    conv = town.conversation()
    conv.ask("Who organises the annual book fair?")
    assert conv.ask("thanks!").kind == "intent"
    reply = conv.ask("when was the last one held?")
    assert reply.kind == "answer" and "October 5, 2021" in reply.text


def test_a_follow_up_asks_for_what_the_last_answer_lacked(town: Chatbot) -> None:
    conv = town.conversation()
    conv.ask("Who visited Lindau in June 2022?")
    reply = conv.ask("what was the purpose of that?")
    assert reply.kind == "answer" and "joint trade office" in reply.text


def test_who_did_she_meet_reads_on_in_the_passage_of_the_last_answer(town: Chatbot) -> None:
    conv = town.conversation()
    assert "Petra Vogt" in conv.ask("Who led the delegation from Lindau?").text
    reply = conv.ask("who did she meet?")
    assert reply.kind == "answer" and "Tom Reyes" in reply.text


def test_a_topic_shift_marker_makes_a_new_question(town: Chatbot) -> None:
    conv = town.conversation()
    conv.ask("How many bus lines are there?")
    reply = conv.ask("different topic: when did its public library open?")
    assert reply.kind == "answer" and "March 3, 1958" in reply.text


def test_a_whole_question_with_a_pronoun_does_not_lean_on_the_last_answer(
        town: Chatbot) -> None:
    conv = town.conversation()
    conv.ask("How many books does the library hold?")
    reply = conv.ask("When did the mayor of Riverton make his visit to Lindau?")
    assert reply.kind == "answer" and "June 2022" in reply.text


# 5. Questions the document nearly answers: say what is missing, quote what it has.

def test_another_year_is_declined_and_the_year_it_has_is_quoted(town: Chatbot) -> None:
    reply = town.ask("How much did Riverton export to Lindau in 2023?")
    assert reply.kind == "fallback" and reply.explanation.unmet == ("2023",)
    assert "doesn't give 2023" in reply.text and "3.2 million dollars in 2020" in reply.text
    assert "2020" in reply.sources[0].text


def test_a_follow_up_about_another_year_is_declined(town: Chatbot) -> None:
    conv = town.conversation()
    assert "3.2 million" in conv.ask("How much did Riverton export to Lindau in 2020?").text
    assert conv.ask("and in 2021?").kind == "fallback"


def test_the_first_holder_is_not_the_current_one(town: Chatbot) -> None:
    reply = town.ask("Who was the first director of the Riverton Transit Authority?")
    assert reply.kind == "fallback" and reply.explanation.unmet == ("the first",)


def test_a_price_or_phone_number_never_given_is_declined(town: Chatbot) -> None:
    for question, missing in (("How much does a bus pass cost?", "a price"),
                              ("What is the phone number of the library?",
                               "a phone number")):
        reply = town.ask(question)
        assert reply.kind == "fallback" and missing in reply.explanation.unmet


@pytest.mark.parametrize(("question", "sentence", "passage", "missing"), [
    ("What was the trade in 2022?", "Trade was 5 in 2017.", "Trade was 5 in 2017.", ("2022",)),
    ("What was the trade in 2022?", "Trade was 5.", "Trade was 5.", ()),
    ("Where did he work in the 1880s?", "In 1882 he worked in Paris.", "In 1882 …", ()),
    ("What happened in January?", "In December it rained.", "In December it rained.",
     ("January",)),
    ("Who was the 4th speaker?", "The 2nd speaker was Ann.", "The 2nd speaker was Ann.",
     ("the 4th",)),
    ("Who was the third speaker?", "The 3rd speaker was Ann.", "The 3rd speaker was Ann.",
     ()),
    ("What is his last name?", "He is Bob Stone, the 2nd son.", "He is Bob Stone.", ()),
    ("How much did the cost of panels fall?", "It fell 80%.", "It fell 80%.", ()),
    ("Who is the foreign minister?", "He met Deputy Foreign Minister Ann Lee.", "…",
     ("the minister (only a deputy minister)",)),
    ("Who is the co-chair?", "Its chair is Bo; the co-chair is Ann.", "…", ()),
])
def test_constraints_are_read_from_the_question(question: str, sentence: str, passage: str,
                                                missing: tuple[str, ...]) -> None:
    assert unmet(question, sentence, passage) == missing


# 6. Two sentences are shown together only when both bear on the question.

def test_an_unrelated_runner_up_is_not_glued_to_the_answer() -> None:
    bot = Chatbot.from_text("Notes\n\nTrade\n\nTrade between Riverton and Lindau reached 3 "
                            "million dollars in 2020.\n\nCouncil\n\nThe council of Riverton "
                            "has 12 members and meets in Riverton.\n")
    reply = bot.ask("How much trade was there between Riverton and Lindau?")
    assert reply.kind == "answer" and "3 million" in reply.text
    assert "council" not in reply.text


def test_another_year_never_promotes_a_sentence_without_a_date(town: Chatbot) -> None:
    reply = town.ask("How many books did the Riverton library hold in 2023?")
    assert reply.kind == "fallback" or "2023" in reply.text


def test_ask_json_names_what_a_near_miss_lacks(tmp_path: Path) -> None:
    document = tmp_path / "town.md"
    document.write_text(TOWN)
    done = run_kzbot("ask", "--json", "--no-cache", "--corpus", str(document),
                     "How much did Riverton export to Lindau in 2023?")
    data = json.loads(done.stdout)
    assert done.returncode == 0 and data["kind"] == "fallback" and data["unmet"] == ["2023"]
