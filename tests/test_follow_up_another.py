"""Follow-ups in other words than the document uses. The same question asked of another
subject: after "who is Freedonia's ambassador to Sylvania?", "and who represents Sylvania in
Fredston?" asks for the other ambassador, though it never says "ambassador". And a pointing
question whose own words the document never uses ("what is it getting ready for?") asks
something new: the next sentence, which names the last answer's subject again, answers it."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import Chatbot
from bot.answering.followups.follow_words import role_words
from bot.answering.followups.followup import stale_shift
from bot.language.places import PLACES
from bot.language.text import content, words
from conftest import last_answer

DOC = """Missions

Since 2019, Anna Berg is the ambassador of Freedonia to Sylvania.

Since 2021, Tomas Kell is the ambassador of Sylvania to Freedonia.

1995 - the embassy of Freedonia is opened in Sylvania.

2001 - the consulate of Freedonia is opened in Ostberg.

Visits

The minister of culture of Sylvania, Ivo Marsh, visited Fredston in May 2020.

The Grain Council is chaired by Lena Holt; its secretary is Omar Vance.

The Harbour Board is chaired by Ruth Kline.

Defence

The Lake Guard brigade was set up in Freedonia with help from Sylvania.
Plans are being drawn up for this unit to join rescue missions.
"""


@pytest.fixture(scope="module")
def bot() -> Chatbot:
    return Chatbot.from_text(DOC, cache=False)


@pytest.mark.parametrize(("turns", "expected"), [
    # the follow-up names the other subject and a place, not the role: the role carries over
    (["Who is Freedonia's ambassador to Sylvania?", "and who represents Sylvania in Fredston?"],
     "Tomas Kell"),
    (["who is the ambassador of freedonia to sylvania?", "and Sylvania's man in Fredston?"],
     "Tomas Kell"),
])
def test_the_same_question_of_another_subject_keeps_the_role(
        bot: Chatbot, turns: list[str], expected: str) -> None:
    assert expected in last_answer(bot, turns)


def test_a_follow_up_that_swaps_the_thing_asked_about_keeps_no_role_word(bot: Chatbot) -> None:
    # "and the embassy?" names no other place: "consulate" is what it swaps, no role
    turns = ["when was the consulate of Freedonia in Ostberg opened?", "and the embassy?"]
    assert "1995" in last_answer(bot, turns)


def test_a_same_kind_question_that_finds_its_own_answer_is_not_rewritten(bot: Chatbot) -> None:
    # "who chairs the Harbour Board?" has its own answer: no "Grain Council" is carried over
    answer = last_answer(bot, ["Who chairs the Grain Council?", "who chairs the Harbour Board?"])
    assert "Ruth Kline" in answer


@pytest.mark.parametrize(("question", "answered", "asked", "expected"), [
    ("who is the US ambassador to Kazakhstan?", "Since 2019, Moser is Ambassador of the U.S.",
     "who represents Kazakhstan in Washington?", ["ambassador"]),
    ("who chairs the council of Velm?", "The council of Velm is chaired by Lena Holt.",
     "who chairs the board of Ostberg?", ["council"]),
    # no other place or name: the follow-up swaps the thing asked about, there is no role
    ("when was the consulate in Almaty opened?", "The consulate opened in Almaty in 2009.",
     "when the embassy?", []),
    ("who chairs the council?", "The council is chaired by Lena Holt.",
     "who chairs the board?", []),
])
def test_role_words_are_what_the_last_question_and_its_answer_share(
        question: str, answered: str, asked: str, expected: list[str]) -> None:
    assert role_words(question, answered, asked) == expected


@given(st.text(max_size=80), st.text(max_size=80), st.text(max_size=80))
def test_role_words_never_repeat_the_follow_up_or_name_a_place(
        question: str, answered: str, asked: str) -> None:
    role = role_words(question, answered, asked)
    own = set(content(words(asked)))
    assert not (set(role) & own) and not any(w in PLACES for w in role)
    assert set(role) <= set(content(words(question))) & set(content(words(answered)))


def test_a_pointer_in_unknown_words_is_answered_by_the_sentence_that_names_it_again(
        bot: Chatbot) -> None:
    turns = ["which brigade was set up with help from Sylvania?", "what is it getting ready for?"]
    assert "rescue missions" in last_answer(bot, turns)



def test_a_word_naming_the_kind_of_answer_keeps_the_last_answer(bot: Chatbot) -> None:
    # "date" is no word of the document, but it names what is asked, not something new
    conversation = bot.conversation()
    conversation.ask("when did Ivo Marsh visit Fredston?")
    assert "May 2020" in conversation.ask("the date?").text


PASSAGE = ["The Lake Guard brigade was set up with help.", "Plans are made for this unit.",
           "Another topic starts here."]
TERMS = [{"lake", "guard", "brigad", "help"}, {"plan", "unit"}, {"topic", "start"}]


@pytest.mark.parametrize(("unknown_only", "passage", "expected"), [
    (True, PASSAGE, [-100.0, 3.0, 0.0]),
    # words the document knows and the answer holds: nothing is missing, nothing moves
    (False, PASSAGE, [0.0, 0.0, 0.0]),
    # the next sentence neither continues the answer nor names it again: nothing moves
    (True, [PASSAGE[0], "Plans are made for a fleet.", PASSAGE[2]], [0.0, 0.0, 0.0]),
])
def test_an_answer_is_stale_for_unknown_words_only_when_the_next_sentence_goes_on(
        unknown_only: bool, passage: list[str], expected: list[float]) -> None:
    shifts = stale_shift(passage, TERMS, [True, False, False], set(), [False] * 3, 100.0, 3.0,
                         unknown_only=unknown_only)
    assert shifts == expected
